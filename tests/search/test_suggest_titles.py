"""Title completions (``search.suggest``): the most frequent title words starting with what
was typed come first, and each word's most recently indexed articles first, in English and
Swedish."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.build import add_records, build_index_from_records
from search import open_index
from search.suggest import suggest

FIRST = [
    # English: "nato" is in three titles, "nation" and "natural" (alphabetically first) in one
    {"id": "en-1", "title": "Nato ministers meet in Brussels", "text": "The ministers met."},
    {"id": "en-2", "title": "Nato rejects a veto", "text": "The alliance said no."},
    {"id": "en-3", "title": "A nation votes", "text": "The vote was held on Sunday."},
    {"id": "en-4", "title": "Natural gas prices rise", "text": "Gas rose on Monday."},
    # Swedish: "regeringen" in three titles, "regel" (alphabetically first) in one
    {"id": "sv-1", "title": "Regeringen lägger fram budgeten", "text": "Budgeten lades fram."},
    {"id": "sv-2", "title": "Regeringen svarar kritikerna", "text": "Kritiken besvarades."},
    {"id": "sv-3", "title": "En ny regel för fisket", "text": "Fisket får nya regler."},
]
LATER = [
    {"id": "en-5", "title": "Nato chief warns Moscow", "text": "The warning came late."},
    {"id": "sv-4", "title": "Regeringen avgår", "text": "Statsministern avgick i dag."},
]


@pytest.fixture(scope="module")
def titled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("titles") / "index"
    build_index_from_records(FIRST, root, procs=1)
    add_records(LATER, root)  # indexed later: the most recent
    return root


@pytest.mark.parametrize(
    "typed, first_title",
    [
        ("nat", "Nato chief warns Moscow"),  # "nato" before "nation"; the latest first
        ("Nat", "Nato chief warns Moscow"),
        ("reg", "Regeringen avgår"),  # "regeringen" before "regel"; the latest first
    ],
)
def test_titles_of_the_most_frequent_word_come_first_latest_first(
    titled: Path, typed: str, first_title: str
) -> None:
    with open_index(titled) as index:
        titles = [s.text for s in suggest(index.view(), typed) if s.kind == "title"]
    assert titles[0] == first_title


@pytest.mark.parametrize(
    "typed, also",
    [("nat", "Natural gas prices rise"), ("re", "En ny regel för fisket")],
)
def test_rarer_title_words_still_complete(titled: Path, typed: str, also: str) -> None:
    with open_index(titled) as index:
        titles = [s.text for s in suggest(index.view(), typed, limit=12) if s.kind == "title"]
    assert also in titles
