"""From a parsed file to an ``Article`` ready for the index: language and speakers.

Pure (given the registry): the same input always gives the same article.

>>> from indexer.articles import ParsedArticle
>>> art = prepare(ParsedArticle(id="a", title="", body="Det här var inte någon enkel "
...               "diskussion, sade Stoltenberg till pressen i Bryssel."))
>>> art.language
'sv'
"""

from __future__ import annotations

from indexer.articles import ParsedArticle
from indexer.language import detect_language
from indexer.people import PeopleRegistry
from indexer.quotes import extract
from search.languages import UNDETERMINED, supported_language
from search.models import Article


def prepare(
    parsed: ParsedArticle, registry: PeopleRegistry | None = None, source_path: str = ""
) -> Article:
    """Detect the language (front matter wins), extract quotes, speakers and people."""
    if parsed.language:
        language, probability = parsed.language, 1.0
    else:
        detected = detect_language(f"{parsed.title}\n{parsed.body}")
        language, probability = detected.code, detected.probability
    analysed = supported_language(language) if language != UNDETERMINED else UNDETERMINED
    # Keep the detected code for display when we have no stemmer for it.
    shown = analysed if analysed != UNDETERMINED else language
    extraction = extract(parsed.body, analysed, registry)
    return Article(
        id=parsed.id,
        title=parsed.title,
        body=parsed.body,
        outlet=parsed.outlet,
        published=parsed.published,
        url=parsed.url,
        language=shown,
        language_probability=probability,
        authors=parsed.authors,
        speakers=extraction.speakers,
        people=extraction.people,
        quotes=extraction.quotes,
        source_path=source_path,
        content_hash=parsed.content_hash,
    )
