"""Searching what people said, and listing who said it.

Quotes live in their own index (see ``search.schema``), analysed like articles in their
article's language; a speaker filter accepts any known spelling of a name.

>>> query = interpret(view, "veto")                                 # doctest: +SKIP
>>> search_quotes(view, query, speakers=("Stoltenberg",)).hits[0].speaker  # doctest: +SKIP
'Jens Stoltenberg'
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from search.article_search import canonical_speakers
from search.documents import analysis_language, quote_from_stored
from search.engine import NO_DEADLINE, Deadline
from search.highlight import match_spans, snippets
from search.interpret import Interpretation
from search.matches import Matches
from search.models import Filters, Translation
from search.paging import top
from search.query import render
from search.view import IndexView

#: Approximate length of a quote's highlighted snippet (short quotes are shown whole).
QUOTE_SNIPPET = 320


@dataclass
class QuoteHit:
    id: str
    article_id: str
    speaker: str
    text: str
    text_html: str
    language: str
    outlet: str
    published: date | None
    title: str
    url: str
    score: float


@dataclass
class QuoteResult:
    total: int
    hits: list[QuoteHit]
    query: str
    took_ms: float = 0.0
    translation: Translation | None = None  # with translate=True


@dataclass
class SpeakerStat:
    name: str
    quotes: int
    articles: int
    aliases: list[str] = field(default_factory=list)


def search_quotes(
    view: IndexView,
    query: Interpretation,
    *,
    speakers: tuple[str, ...] = (),
    languages: tuple[str, ...] = (),
    page: int = 1,
    per_page: int = 10,
    match: str = "auto",
    started: float | None = None,
    deadline: Deadline = NO_DEADLINE,
) -> QuoteResult:
    """Quotes matching ``query`` by ``speakers`` (OR'ed) in ``languages`` (OR'ed)."""
    started = time.perf_counter() if started is None else started
    node = query.node
    if node is None:
        docs = np.flatnonzero(view.quote_live)
        found = Matches(docs, np.zeros(len(docs), np.float32))
    else:
        compiled = view.quote_compiler.compile(
            node, match=match, preferences=query.preferences, translation=query.translation
        )
        found = view.quote_engine.evaluate(compiled, deadline)
    filters = canonical_speakers(view, Filters(speakers=speakers, languages=languages))
    if speakers or languages:
        found = found.only(view.quote_columns.keep(filters, found.docs))
    start, end = (page - 1) * per_page, page * per_page
    if node is not None:
        chosen_docs, chosen_scores = top(found.docs, found.scores, start, end)
    else:  # no query: in index order (articles as they were added, quotes in order)
        chosen_docs = found.docs[start:end].tolist()
        chosen_scores = [0.0] * len(chosen_docs)
    terms = view.quote_compiler.highlight_terms(node, query.translation, match)
    hits = []
    for docnum, score in zip(chosen_docs, chosen_scores, strict=True):
        quote = quote_from_stored(view.qsearcher.stored_fields(docnum))
        spans = match_spans(quote.text, analysis_language(quote.language), terms) if terms else []
        hits.append(
            QuoteHit(
                id=quote.id,
                article_id=quote.article_id,
                speaker=view.speaker_name(quote.speaker),
                text=quote.text,
                text_html=" ".join(snippets(quote.text, spans, count=1, size=QUOTE_SNIPPET)),
                language=quote.language,
                outlet=quote.outlet,
                published=quote.published,
                title=quote.title,
                url=quote.url,
                score=round(score, 4),
            )
        )
    return QuoteResult(
        total=len(found),
        hits=hits,
        query=render(node),
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        translation=query.translation.summary() if query.translation is not None else None,
    )


def speaker_stats(view: IndexView) -> list[SpeakerStat]:
    """Canonical speakers named in articles, with quote and article counts and their
    known aliases, most quoted first."""
    cols = view.quote_columns
    counts = cols.speaker_counts(np.flatnonzero(view.quote_live)).tolist()
    quoted = {name: n for name, n in zip(cols.speaker_vocab, counts, strict=True) if n and name}
    articles = view.article_speaker_counts
    aliases: dict[str, set[str]] = {
        name: set(spellings) for name, spellings in view.metadata.get("aliases", {}).items()
    }
    for variant, canonical in view.renamed.items():
        aliases.setdefault(canonical, set()).add(variant)
    stats = [
        SpeakerStat(name, quoted.get(name, 0), articles.get(name, 0), sorted(aliases.get(name, ())))
        for name in sorted(set(quoted) | set(articles))
    ]
    stats.sort(key=lambda s: (-s.quotes, -s.articles, s.name))
    return stats


__all__ = ["QuoteHit", "QuoteResult", "SpeakerStat", "search_quotes", "speaker_stats"]
