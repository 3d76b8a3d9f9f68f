"""Choosing a page of ranked documents, and checking what a client asked for.

>>> import numpy as np
>>> top(np.array([0, 2, 5]), np.array([0.5, 2.0, 2.0]), 0, 2)
([2, 5], [2.0, 2.0])
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from search.errors import InvalidParameterError
from search.limits import SearchLimits
from search.matches import Matches
from search.strategy import MATCH_MODES

SORTS = ("relevance", "newest", "oldest")
#: Matches at least 1/DENSE_SHARE of the collection take their date-sorted page from the
#: snapshot's date order.
DENSE_SHARE = 16


def check_paging(page: int, per_page: int, sort: str, limits: SearchLimits) -> None:
    """Raise ``InvalidParameterError`` naming the parameter that is out of range."""
    if page < 1:
        raise InvalidParameterError("page", f"must be 1 or more, got {page}")
    if per_page < 1:
        raise InvalidParameterError("per_page", f"must be 1 or more, got {per_page}")
    if per_page > limits.max_per_page:
        raise InvalidParameterError(
            "per_page", f"must be {limits.max_per_page} or less (got {per_page})"
        )
    if page * per_page > limits.max_page_window:
        raise InvalidParameterError(
            "page",
            f"page x per_page must stay within {limits.max_page_window:,} "
            f"(got {page * per_page:,}); narrow the query or the filters instead of paging deeper",
        )
    if sort not in SORTS:
        raise InvalidParameterError("sort", f"use one of {', '.join(SORTS)}, got {sort!r}")


def check_match(match: str) -> None:
    """Raise ``InvalidParameterError`` for a matching strategy presslens does not have."""
    if match not in MATCH_MODES:
        raise InvalidParameterError("match", f"use one of {', '.join(MATCH_MODES)}, got {match!r}")


def page_of(
    published: np.ndarray,
    found: Matches,
    page: int,
    per_page: int,
    sort: str,
    date_order: Callable[[str], np.ndarray] | None = None,
) -> tuple[list[int], list[float]]:
    """The page of ``found``: by score (ties by document order), or by publication date
    (newest or oldest first; undated last, ties by document order). Only the first
    ``page * per_page`` documents are ever sorted; ``date_order(sort)``, every document in
    that date order, lets matches that cover much of the collection be read off it instead
    (it is asked for only then)."""
    start, end = (page - 1) * per_page, page * per_page
    if start >= len(found):
        return [], []
    docs = found.docs
    if sort == "relevance":
        return top(docs, found.scores, start, end)
    if date_order is not None and len(docs) * DENSE_SHARE >= len(published):
        chosen = _first_members(date_order(sort), docs, len(published), end)[start:end]
        return chosen.tolist(), [0.0] * len(chosen)
    days = published[docs].astype(np.int64)
    undated = days < 0
    if sort == "oldest":
        days = np.where(undated, days.max() + 1, days)
    else:
        days = np.where(undated, 1, -days)
    chosen = _earliest(days, end)[start:end]
    return docs[chosen].tolist(), [0.0] * len(chosen)


def top(
    docs: np.ndarray, scores: np.ndarray, start: int, end: int
) -> tuple[list[int], list[float]]:
    """Ranks ``start:end`` of ``docs`` by descending score (``scores`` aligned with
    ``docs``), ties in document order."""
    if start >= len(docs):
        return [], []
    # Documents are ascending: ranking by (-score, position) breaks ties by document.
    chosen = _smallest_by(-scores.astype(np.float64), end)[start:end]
    return docs[chosen].tolist(), scores[chosen].astype(float).tolist()


def _first_members(order: np.ndarray, docs: np.ndarray, size: int, count: int) -> np.ndarray:
    """The first ``count`` documents of ``order`` that are among ``docs``, read in
    doubling chunks (dense matches fill a page from the first chunk).

    >>> _first_members(np.array([4, 0, 3, 1, 2]), np.array([1, 2, 3]), 5, 2).tolist()
    [3, 1]
    """
    member = np.zeros(size, dtype=bool)
    member[docs] = True
    picked: list[np.ndarray] = []
    found, position, step = 0, 0, max(64, 2 * count)
    while found < count and position < len(order):
        chunk = order[position : position + step]
        hits = chunk[member[chunk]]
        picked.append(hits)
        found += len(hits)
        position += step
        step *= 2
    return np.concatenate(picked)[:count] if picked else np.zeros(0, np.int64)


def _earliest(days: np.ndarray, count: int) -> np.ndarray:
    """Positions of the ``count`` smallest ``days`` (whole numbers), ties by position, in
    that order: the day that holds the ``count``-th is found by counting per day (the
    days of an archive span thousands, its documents millions), then only the documents
    up to that day are sorted.

    >>> _earliest(np.array([5, 3, 9, 3, 4]), 3).tolist()
    [1, 3, 4]
    """
    if not len(days):
        return np.zeros(0, np.int64)
    low = int(days.min())
    if count >= len(days) or int(days.max()) - low > 4 * len(days):
        return np.lexsort((np.arange(len(days)), days))[:count]
    per_day = np.cumsum(np.bincount(days - low))
    last = low + int(np.searchsorted(per_day, count))
    candidates = np.flatnonzero(days <= last)
    order = np.argsort(days[candidates], kind="stable")
    return candidates[order][:count]


def _smallest_by(key: np.ndarray, count: int) -> np.ndarray:
    """Positions of the ``count`` smallest keys, ties by position, in that order."""
    if count < len(key):
        threshold = np.partition(key, count - 1)[count - 1]
        candidates = np.flatnonzero(key <= threshold)
        order = np.lexsort((candidates, key[candidates]))
        return candidates[order][:count]
    return np.lexsort((np.arange(len(key)), key))


__all__ = ["DENSE_SHARE", "SORTS", "check_match", "check_paging", "page_of", "top"]
