"""Searching articles: matching documents, exact disjunctive facets, and a page of hits.

>>> result = search_articles(view, interpret(view, "veto"), Filters())       # doctest: +SKIP
>>> result.total, [f.value for f in result.facets["language"]]             # doctest: +SKIP
(5, ['en', 'sv'])
"""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np

from search.compile import HighlightTerms
from search.engine import NO_DEADLINE, Deadline
from search.errors import InvalidParameterError
from search.facets import FACETS
from search.feedback import FROM_WORDS, content_words, with_feedback
from search.hits import SnippetOptions, make_hit
from search.interpret import Interpretation
from search.matches import Matches
from search.models import Filters, SearchResult
from search.paging import page_of
from search.query import Node, Or, Word, plain_words, render
from search.view import IndexView


def search_articles(
    view: IndexView,
    query: Interpretation,
    filters: Filters,
    *,
    page: int = 1,
    per_page: int = 10,
    sort: str = "relevance",
    facets: tuple[str, ...] = FACETS,
    highlight: bool = True,
    snippet_options: SnippetOptions | None = None,
    match: str = "auto",
    feedback: bool = True,
    started: float | None = None,
    deadline: Deadline = NO_DEADLINE,
) -> SearchResult:
    """Run an interpreted query under ``filters`` (paging already checked)."""
    started = time.perf_counter() if started is None else started
    unknown = [f for f in facets if f not in FACETS]
    if unknown:
        raise InvalidParameterError(
            "facets", f"unknown facet {unknown[0]!r}; use any of {', '.join(FACETS)}"
        )
    filters = canonical_speakers(view, filters)
    node = query.node
    base = matching(view, query, match, deadline)
    fallback = None
    words = plain_words(node)
    if not len(base) and match == "auto" and words and len(words) > 1:
        base = matching(view, query, "any", deadline)  # the same words, any one of them
        node = Or(tuple(Word(w) for w in words))
        fallback = "any-word"
    if feedback and sort == "relevance":
        base = feedback_untranslated(
            view, node, base, query, "any" if fallback else match, deadline
        )
    cols = view.columns
    hits = base.only(cols.keep(filters, base.docs)) if _any_filter(filters) else base
    facet_values = {}
    for facet in facets:
        docs = (
            base.docs[cols.keep(filters, base.docs, skip=facet)]
            if _filtered(filters, facet)
            else hits.docs
        )
        facet_values[facet] = cols.count(
            facet,
            docs,
            selected=_selected(filters, facet),
            since=filters.since,
            until=filters.until,
            everything=len(docs) == len(view.live_docs),
        )
    ranked = "newest" if node is None and sort == "relevance" else sort
    page_docs, page_scores = page_of(cols.published, hits, page, per_page, ranked, cols.date_order)
    translation = query.translation
    terms = (
        view.compiler.highlight_terms(node, translation, match) if highlight else HighlightTerms()
    )
    options = snippet_options or SnippetOptions()
    return SearchResult(
        total=len(hits),
        hits=[
            make_hit(view, d, s, terms, options)
            for d, s in zip(page_docs, page_scores, strict=True)
        ],
        facets=facet_values,
        query=render(node),
        did_you_mean=query.did_you_mean,
        fallback=fallback,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        translation=translation.summary() if translation is not None else None,
    )


def matching(
    view: IndexView,
    query: Interpretation,
    match: str = "auto",
    deadline: Deadline = NO_DEADLINE,
) -> Matches:
    """Matching live documents and their scores (every document, unscored, without a
    query)."""
    if query.node is None:
        return Matches(view.live_docs, np.zeros(len(view.live_docs), np.float32))
    compiled = view.compiler.compile(
        query.node, match=match, preferences=query.preferences, translation=query.translation
    )
    return view.engine.evaluate(compiled, deadline)


def feedback_untranslated(
    view: IndexView,
    node: Node | None,
    found: Matches,
    query: Interpretation,
    match: str,
    deadline: Deadline,
) -> Matches:
    """``found`` with pseudo-relevance feedback (``search.feedback``) taken from the
    query's matches untranslated and applied to them: the languages the query was
    translated into keep their scores, the others rank exactly as without translation."""
    targets = tuple(query.translation.targets) if query.translation is not None else ()
    if not targets or content_words(view, node) < FROM_WORDS:
        return with_feedback(view, node, found, query.preferences, deadline)
    engine = view.engine
    codes = [engine.analysis_codes[t] for t in targets if t in engine.analysis_codes]
    translated = np.isin(engine.analysis[found.docs], codes)
    as_typed = view.compiler.compile(
        query.node, match=match, preferences=query.preferences, only=targets
    )  # the target languages' branches untranslated; the others are the same either way
    untranslated = _joined(found.only(~translated), engine.evaluate(as_typed, deadline))
    own = with_feedback(view, node, untranslated, query.preferences, deadline)
    own = own.only(~np.isin(engine.analysis[own.docs], codes))
    return _joined(own, found.only(translated))


def _joined(a: Matches, b: Matches) -> Matches:
    """Two disjoint sets of matches as one (documents ascending)."""
    docs = np.concatenate([a.docs, b.docs])
    order = np.argsort(docs, kind="stable")
    return Matches(docs[order], np.concatenate([a.scores, b.scores])[order])


def canonical_speakers(view: IndexView, filters: Filters) -> Filters:
    """Speaker filters accept any known spelling (``Grusjko``); facets use the canonical."""
    if not filters.speakers:
        return filters
    names = tuple(
        dict.fromkeys(view.aliases.get(" ".join(s.lower().split()), s) for s in filters.speakers)
    )
    return replace(filters, speakers=names)


def _any_filter(filters: Filters) -> bool:
    return bool(
        filters.outlets or filters.languages or filters.speakers or filters.since or filters.until
    )


def _filtered(filters: Filters, facet: str) -> bool:
    return bool(
        {
            "outlet": filters.outlets,
            "language": filters.languages,
            "speaker": filters.speakers,
            "published": filters.since or filters.until,
        }[facet]
    )


def _selected(filters: Filters, facet: str) -> tuple[str, ...]:
    return {
        "outlet": filters.outlets,
        "language": filters.languages,
        "speaker": filters.speakers,
        "published": (),
    }[facet]


__all__ = ["canonical_speakers", "matching", "search_articles"]
