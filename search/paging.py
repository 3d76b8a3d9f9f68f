"""Choosing a page of ranked documents, and checking what a client asked for.

>>> import numpy as np
>>> docs, scores = np.array([0, 2, 5]), np.array([0.5, 0.0, 2.0, 0.0, 0.0, 1.0])
>>> top(docs, scores, 0, 2)
([2, 5], [2.0, 1.0])
"""

from __future__ import annotations

import numpy as np

from search.errors import InvalidParameterError
from search.limits import SearchLimits

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


def page_of(
    published: np.ndarray,
    docs: np.ndarray,
    scores: np.ndarray | None,
    page: int,
    per_page: int,
    sort: str,
) -> tuple[list[int], list[float]]:
    """The page of ``docs``: by score (ties by document order), or by publication date."""
    start, end = (page - 1) * per_page, page * per_page
    if start >= len(docs):
        return [], []
    if sort == "relevance" and scores is not None:
        return top(docs, scores, start, end)
    days = published[docs]
    if sort == "oldest":
        order = np.lexsort((docs, np.where(days < 0, 2**31 - 1, days)))
    else:  # newest first; relevance without a query is newest first too
        order = np.lexsort((docs, -days))
    chosen = docs[order[start:end]].tolist()
    return chosen, [0.0] * len(chosen)


def top(
    docs: np.ndarray, scores: np.ndarray, start: int, end: int
) -> tuple[list[int], list[float]]:
    """Ranks ``start:end`` of ``docs`` by descending score, ties in document order; only the
    first ``end`` are sorted (``argpartition``)."""
    if start >= len(docs):
        return [], []
    ranked = scores[docs]
    chosen = np.argpartition(-ranked, end - 1)[:end] if end < len(docs) else np.arange(len(docs))
    order = chosen[np.lexsort((docs[chosen], -ranked[chosen]))][start:end]
    return docs[order].tolist(), ranked[order].astype(float).tolist()


__all__ = ["SORTS", "check_paging", "page_of", "top"]
