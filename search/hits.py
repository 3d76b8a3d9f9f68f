"""A matching article as the ``Hit`` a client sees: its stored fields, the query's words
marked in its title, and the best snippets of its body.

>>> from search.compile import HighlightTerms
>>> SnippetOptions().count, SnippetOptions().size
(3, 160)
"""

from __future__ import annotations

from dataclasses import dataclass

from search.analysis import WORD, normalize, stem_words
from search.compile import HighlightTerms
from search.documents import analysis_language, article_from_stored
from search.highlight import mark, match_spans, snippets
from search.models import Hit, TranslatedMatch
from search.view import IndexView


@dataclass(frozen=True)
class SnippetOptions:
    """How many snippets each hit shows, and about how long each is (characters)."""

    count: int = 3
    size: int = 160


def make_hit(
    view: IndexView, docnum: int, score: float, terms: HighlightTerms, options: SnippetOptions
) -> Hit:
    """The hit for document ``docnum`` of ``view``, highlighted for ``terms``."""
    stored = view.stored(docnum)
    article = article_from_stored(stored["id"], stored["data"])
    analysed = analysis_language(article.language)
    title_spans = match_spans(article.title, analysed, terms) if terms else []
    body_spans = match_spans(article.body, analysed, terms) if terms else []
    return Hit(
        id=article.id,
        title=article.title,
        outlet=article.outlet,
        language=article.language,
        published=article.published,
        url=article.url,
        speakers=tuple(dict.fromkeys(view.speaker_name(s) for s in article.speakers)),
        score=round(score, 4),
        title_html=mark(article.title, title_spans),
        snippets=snippets(article.body, body_spans, count=options.count, size=options.size),
        matches={"title": title_spans, "body": body_spans},
        translated=translated_matches(
            [(article.title, title_spans), (article.body, body_spans)],
            analysed,
            terms.translated.get(analysed, {}),
        ),
    )


def translated_matches(
    texts: list[tuple[str, list[tuple[int, int]]]], language: str, translated: dict[str, str]
) -> list[TranslatedMatch]:
    """The query words that matched ``texts`` (each with its marked spans) through a
    translation: ``translated`` maps a stem of ``language`` to the query word it translates.

    >>> translated_matches([("Tuffa diskussioner.", [(6, 18)])], "sv", {"diskussion": "talks"})
    [TranslatedMatch(word='talks', matched=('diskussioner',))]
    """
    if not translated:
        return []
    found: dict[str, dict[str, None]] = {}
    for text, spans in texts:
        words = [m.group(1) for a, b in spans for m in WORD.finditer(text[a:b])]
        normal = [normalize(w, language) for w in words]
        for word, stem in zip(words, stem_words(normal, language), strict=True):
            source = translated.get(stem)
            if source is not None:
                found.setdefault(source, {})[word.lower()] = None
    return [TranslatedMatch(word, tuple(matched)) for word, matched in found.items()]


__all__ = ["SnippetOptions", "make_hit"]
