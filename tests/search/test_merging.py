"""Incremental commits merge the small segments their adds wrote, a bounded number of
documents at a time, and never rewrite a full build's large segments."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.build import add_records, build_index_from_records
from search import merging, open_index
from search.merging import MERGE_AT, MERGE_DOCS, SMALL_SEGMENT_DOCS, small_merge
from search.schema import ARTICLES
from search.store import current_generation
from search.writer import open_whoosh


@given(st.lists(st.integers(min_value=0, max_value=3 * SMALL_SEGMENT_DOCS), max_size=60))
def test_a_commit_merges_only_small_segments_and_a_bounded_number_of_documents(
    counts: list[int],
) -> None:
    chosen = small_merge([(None, n) for n in counts])
    small = [n for n in counts if n < SMALL_SEGMENT_DOCS]
    assert all(counts[i] < SMALL_SEGMENT_DOCS for i in chosen)
    assert (chosen == []) == (len(small) < MERGE_AT)
    assert len(chosen) <= 2 or sum(counts[i] for i in chosen) <= MERGE_DOCS


def _segment_sizes(root: Path) -> list[int]:
    ix = open_whoosh(current_generation(root), ARTICLES)
    try:
        return sorted(s.doc_count_all() for s in ix._segments())  # noqa: SLF001
    finally:
        ix.close()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The harbour strike ended after talks, the union said on Monday."),
        ("sv", "Strejken i hamnen tog slut efter samtal, sade facket på måndagen."),
    ],
)
def test_adds_leave_the_big_segments_alone_and_fold_their_own_segments(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, language: str, text: str
) -> None:
    monkeypatch.setattr(merging, "SMALL_SEGMENT_DOCS", 10)  # the full build's 40 are "big"
    root = tmp_path / "index"
    records = [{"id": f"base-{i}", "text": f"{text} ({i})"} for i in range(40)]
    build_index_from_records(records, root, procs=1)
    big = _segment_sizes(root)
    for batch in range(MERGE_AT + 2):
        add_records([{"id": f"add-{batch}", "text": text}], root)
    sizes = _segment_sizes(root)
    assert [n for n in sizes if n >= 10] == big  # never rewritten
    assert len([n for n in sizes if n < 10]) < MERGE_AT  # the adds' segments were folded
    with open_index(root) as index:
        assert index.stats().documents == 40 + MERGE_AT + 2
        assert index.search("strike" if language == "en" else "strejk").total == 50
