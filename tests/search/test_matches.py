"""Union, intersection and difference of scored document lists equal the same operations on
plain sets and sums, whatever the sizes (the dense, insert and merge paths alike)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from search.matches import Matches, intersect, subtract, union

SIZE = 200


def _matches(docs: set[int]) -> Matches:
    ordered = np.asarray(sorted(docs), dtype=np.int64)
    return Matches(ordered, (ordered % 7 + 1).astype(np.float32))


lists = st.lists(st.sets(st.integers(0, SIZE - 1), max_size=SIZE), min_size=0, max_size=5)


@settings(max_examples=300, deadline=None)
@given(lists)
def test_union_counts_each_part_once_and_adds_scores(parts: list[set[int]]) -> None:
    found = union([_matches(p) for p in parts], SIZE)
    expected = sorted(set().union(*parts)) if parts else []
    assert found.docs.tolist() == expected
    counts = found.counts if found.counts is not None else np.ones(len(found), np.int32)
    assert counts.tolist() == [sum(d in p for p in parts) for d in expected]
    assert np.allclose(found.scores, [sum(d % 7 + 1 for p in parts if d in p) for d in expected])


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(0, SIZE - 1)), st.sets(st.integers(0, SIZE - 1)))
def test_intersect_and_subtract_are_set_operations(a: set[int], b: set[int]) -> None:
    both = intersect(_matches(a), _matches(b))
    assert both.docs.tolist() == sorted(a & b)
    assert np.allclose(both.scores, [2 * (d % 7 + 1) for d in sorted(a & b)])
    assert subtract(_matches(a), _matches(b)).docs.tolist() == sorted(a - b)


def test_a_union_of_one_part_does_not_pass_on_its_own_counts() -> None:
    inner = union([_matches({1, 2}), _matches({2, 3})], SIZE)  # counts 1, 2, 1
    assert union([inner], SIZE).counts is None


@settings(max_examples=200, deadline=None)
@given(lists)
def test_an_uncounted_union_finds_the_same_documents_and_scores(parts: list[set[int]]) -> None:
    counted = union([_matches(p) for p in parts], SIZE)
    uncounted = union([_matches(p) for p in parts], SIZE, counted=False)
    assert uncounted.docs.tolist() == counted.docs.tolist()
    assert np.allclose(uncounted.scores, counted.scores)
