"""Phrases are found from positions decoded in bulk: exactly the documents where the words
stand in order, one after the other, whatever the segments and however far apart the
occurrences (one-, two- and four-byte position gaps, a word repeated over a thousand times)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import fields, index
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.formats import Positions
from whoosh.query import Term

from search.phrases import common_documents, phrase_documents
from search.segments import segment_leaves
from search.whoosh_internals import decode_positions

#: English and Swedish words, and filler that pushes occurrences far apart.
VOCABULARY = ["the", "prime", "minister", "sade", "att", "regeringen", "x"]


def build(folder: Path, segments: list[list[str]]) -> index.Index:
    """An index of space-separated documents, one Whoosh segment per list."""
    schema = fields.Schema(text=fields.TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=True))
    ix = index.create_in(str(folder), schema)
    for texts in segments:
        writer = ix.writer()
        for text in texts:
            writer.add_document(text=text)
        writer.commit(merge=False)
    return ix


def brute_force(texts: list[str], words: list[str]) -> list[int]:
    """Documents where ``words`` occur consecutively, read token by token."""
    tokens = [text.split() for text in texts]
    n = len(words)
    return [
        doc
        for doc, found in enumerate(tokens)
        if any(found[i : i + n] == words for i in range(len(found) - n + 1))
    ]


def phrase_search(ix: index.Index, words: list[str]) -> list[int]:
    with ix.searcher() as searcher:
        leaves = segment_leaves(searcher.reader())
        lists = [
            np.array(sorted(searcher.docs_for_query(Term("text", word))), np.int64)
            for word in words
        ]
        return phrase_documents(leaves, "text", words, common_documents(lists)).tolist()


def spread(words: list[str], gap: int) -> str:
    """``words`` with ``gap`` filler tokens between neighbours."""
    return (" " + " ".join(["x"] * gap) + " ").join(words) if gap else " ".join(words)


@pytest.mark.parametrize(
    ("texts", "words", "expected"),
    [
        (["prime minister", "minister prime", "the prime x minister"], ["prime", "minister"], [0]),
        (["regeringen sade att", "att sade regeringen"], ["sade", "att"], [0]),
        (["sade sade sade", "sade"], ["sade", "sade"], [0]),
        (["the prime minister the", "prime the minister"], ["the", "prime", "minister"], [0]),
        ([spread(["x", "prime", "minister"], 300), "prime minister"], ["prime", "minister"], [1]),
        ([spread(["prime"], 0) + " " + spread(["x"] * 70000, 0) + " prime minister"],
         ["prime", "minister"], [0]),
        ([" ".join(["att"] * 1500) + " regeringen"], ["att", "regeringen"], [0]),
        ([" ".join(["att", "x"] * 1200)], ["att", "att"], []),
    ],
)  # fmt: skip
def test_a_phrase_is_its_words_in_order_and_adjacent(tmp_path, texts, words, expected):
    assert phrase_search(build(tmp_path, [texts]), words) == expected == brute_force(texts, words)


def test_phrases_span_segments_with_their_own_document_numbers(tmp_path):
    segments = [["prime minister", "x"], ["minister prime", "the prime minister"], ["prime"]]
    ix = build(tmp_path, segments)
    assert phrase_search(ix, ["prime", "minister"]) == [0, 3]


texts_strategy = st.lists(
    st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=40).map(" ".join),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    segments=st.lists(texts_strategy, min_size=1, max_size=3),
    words=st.lists(st.sampled_from(VOCABULARY[:-1]), min_size=2, max_size=3),
)
def test_phrases_agree_with_reading_the_tokens(segments, words):
    texts = [text for segment in segments for text in segment]
    with tempfile.TemporaryDirectory() as folder:
        assert phrase_search(build(Path(folder), segments), words) == brute_force(texts, words)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, 1 << 20), min_size=1, max_size=30, unique=True).map(sorted),
        min_size=1,
        max_size=20,
    )
)
def test_positions_decode_in_bulk_as_whoosh_encodes_them(lists):
    counts, positions = decode_positions([Positions().encode(p) for p in lists])
    assert counts.tolist() == [len(p) for p in lists]
    assert positions.tolist() == [x for p in lists for x in p]
