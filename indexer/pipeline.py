"""From a parsed file to an ``Article`` ready for the index: language and speakers.

Pure (given the registry): the same input always gives the same article.

>>> from indexer.articles import ParsedArticle
>>> art = prepare(ParsedArticle(id="a", title="", body="Det här var inte någon enkel "
...               "diskussion, sade Stoltenberg till pressen i Bryssel."))
>>> art.language
'sv'
"""

from __future__ import annotations

from collections.abc import Sequence

from indexer.articles import ParsedArticle
from indexer.language import detect_languages
from indexer.people import PeopleRegistry
from indexer.quotes import extract
from search import UNDETERMINED, Article, supported_language


def prepare(parsed: ParsedArticle, registry: PeopleRegistry | None = None) -> Article:
    """Detect the language (front matter wins), extract quotes, speakers and people."""
    return prepare_many([parsed], registry)[0]


def prepare_many(
    parsed: Sequence[ParsedArticle],
    registry: PeopleRegistry | None = None,
) -> list[Article]:
    """:func:`prepare` for many articles; their languages are detected in one batch, which
    costs a fraction per article of detecting them one at a time (same answers)."""
    undetected = [p for p in parsed if not p.language]
    detected = iter(detect_languages([f"{p.title}\n{p.body}" for p in undetected]))
    articles = []
    for one in parsed:
        if one.language:
            language, probability = one.language, 1.0
        else:
            found = next(detected)
            language, probability = found.code, found.probability
        articles.append(_article(one, language, probability, registry))
    return articles


def _article(
    parsed: ParsedArticle,
    language: str,
    probability: float,
    registry: PeopleRegistry | None,
) -> Article:
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
        source_path=parsed.source_path,
        content_hash=parsed.content_hash,
    )
