"""A page of matches is the slice of the full ordering: by score (ties in document order) or
by publication date (newest or oldest first, undated last, ties in document order),
whatever the page, its size, and however many documents share a day."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from search.matches import Matches
from search.paging import page_of

SIZE = 60


def full_order(published: list[int], docs: list[int], scores: list[float], sort: str) -> list[int]:
    """The whole ordering, written the plain way."""
    if sort == "relevance":
        return sorted(docs, key=lambda d: (-scores[docs.index(d)], d))
    dated = [d for d in docs if published[d] >= 0]
    undated = [d for d in docs if published[d] < 0]
    sign = -1 if sort == "newest" else 1
    return sorted(dated, key=lambda d: (sign * published[d], d)) + sorted(undated)


@settings(max_examples=300, deadline=None)
@given(
    published=st.lists(st.integers(-1, 40), min_size=SIZE, max_size=SIZE),
    chosen=st.sets(st.integers(0, SIZE - 1), min_size=1),
    scores=st.lists(st.sampled_from([0.5, 1.0, 2.0, 3.5]), min_size=SIZE, max_size=SIZE),
    page=st.integers(1, 4),
    per_page=st.integers(1, 12),
    sort=st.sampled_from(["relevance", "newest", "oldest"]),
    ordered=st.booleans(),
)
def test_a_page_is_a_slice_of_the_whole_ordering(
    published: list[int],
    chosen: set[int],
    scores: list[float],
    page: int,
    per_page: int,
    sort: str,
    ordered: bool,
) -> None:
    """With or without the snapshot's date order (dense matches read their page off it)."""
    docs = sorted(chosen)
    found = Matches(np.array(docs, np.int64), np.array(scores[: len(docs)], np.float32))
    everything = full_order(published, list(range(SIZE)), [0.0] * SIZE, sort)
    order = (lambda _sort: np.array(everything, np.int64)) if ordered else None
    page_docs, _ = page_of(np.array(published, np.int32), found, page, per_page, sort, order)
    expected = full_order(published, docs, scores[: len(docs)], sort)
    assert page_docs == expected[(page - 1) * per_page : page * per_page]
