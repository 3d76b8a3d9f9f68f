"""Each segment keeps the words of ``text`` and of titles in memory, read in the background:
segments share the words they have in common (one string each), and what is read from memory
is what Whoosh's term index says (title completions alike either way)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from search import SearchIndex, open_index
from search.segments import SegmentData
from search.view import VOCABULARY_FIELDS

ARTICLES = [
    {
        "id": "en-1",
        "text": "NATO diplomats met Russia in Brussels.\n\nThe talks ended without a deal.",
    },
    {"id": "sv-1", "text": "Diplomater från Nato mötte Ryssland.\n\nSamtalen slutade utan avtal."},
    {"id": "en-2", "text": "Diplomatic talks resume in Geneva.\n\nDiplomats expect long talks."},
    {
        "id": "sv-2",
        "text": "Diplomatiska samtal i Genève.\n\nDiplomaterna väntar sig långa samtal.",
    },
]


@pytest.fixture(scope="module")
def segmented(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """Four articles in three segments (a build, then two adds)."""
    from indexer.build import add_records, build_index_from_records

    root = tmp_path_factory.mktemp("vocabularies") / "index"
    build_index_from_records(ARTICLES[:2], root, procs=1)
    add_records(ARTICLES[2:3], root)
    add_records(ARTICLES[3:], root)
    with open_index(root) as idx:
        view = idx.view()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not all(
            data.vocabulary(field, timeout=0.5) is not None
            for data in view.segments
            for field in VOCABULARY_FIELDS
        ):
            pass
        yield idx


def test_every_segment_keeps_its_words_and_title_words(segmented: SearchIndex) -> None:
    view = segmented.view()
    assert len(view.segments) == 3
    for data in view.segments:
        for field in VOCABULARY_FIELDS:
            assert data.vocabulary(field, timeout=0) is not None


def test_segments_share_the_words_they_have_in_common(segmented: SearchIndex) -> None:
    first, second = (data.vocabulary("text", timeout=0) for data in segmented.view().segments[:2])
    common = set(first.terms) & set(second.terms)
    assert "diplomats" in common or "diplomater" in common
    by_text = {t: t for t in second.terms}
    assert all(word is by_text[word] for word in first.terms if word in common)


@pytest.mark.parametrize("typed", ["diplom", "talk", "samtal", "diplomater", "genè"])
def test_completions_from_memory_equal_those_from_whooshs_term_index(
    segmented: SearchIndex, typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_memory = segmented.suggest(typed)
    monkeypatch.setattr(SegmentData, "vocabulary", lambda self, field, timeout: None)
    assert segmented.suggest(typed) == from_memory
    assert any(s.kind == "title" for s in from_memory)
