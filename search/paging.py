"""Choosing a page of ranked documents, and checking what a client asked for.

>>> import numpy as np
>>> top(np.array([0, 2, 5]), np.array([0.5, 2.0, 2.0]), 0, 2)
([2, 5], [2.0, 2.0])
"""

from __future__ import annotations

import numpy as np

from search.errors import InvalidParameterError
from search.limits import SearchLimits
from search.matches import Matches
from search.strategy import MATCH_MODES

SORTS = ("relevance", "newest", "oldest")


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
    published: np.ndarray, found: Matches, page: int, per_page: int, sort: str
) -> tuple[list[int], list[float]]:
    """The page of ``found``: by score (ties by document order), or by publication date
    (newest or oldest first; undated last, ties by document order). Only the first
    ``page * per_page`` documents are ever sorted."""
    start, end = (page - 1) * per_page, page * per_page
    if start >= len(found):
        return [], []
    docs = found.docs
    if sort == "relevance":
        return top(docs, found.scores, start, end)
    days = published[docs].astype(np.int64)
    if sort == "oldest":
        days = np.where(days < 0, 2**31 - 1, days)
    else:
        days = -days
    # Documents are ascending, so a rank within equal days keeps document order.
    key = days * len(docs) + np.arange(len(docs))
    chosen = _smallest(key, end)[start:end]
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


def _smallest(key: np.ndarray, count: int) -> np.ndarray:
    """Positions of the ``count`` smallest keys (unique keys), in ascending key order."""
    if count < len(key):
        part = np.argpartition(key, count - 1)[:count]
        return part[np.argsort(key[part], kind="stable")]
    return np.argsort(key, kind="stable")


def _smallest_by(key: np.ndarray, count: int) -> np.ndarray:
    """Positions of the ``count`` smallest keys, ties by position, in that order."""
    if count < len(key):
        threshold = np.partition(key, count - 1)[count - 1]
        candidates = np.flatnonzero(key <= threshold)
        order = np.lexsort((candidates, key[candidates]))
        return candidates[order][:count]
    return np.lexsort((np.arange(len(key)), key))


__all__ = ["SORTS", "check_match", "check_paging", "page_of", "top"]
