"""An index with nothing in it, or with articles but no quotes, answers every question."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.service import ArticleService
from search import open_index


@pytest.fixture
def empty(build_index) -> Path:
    return build_index({})


def test_an_empty_corpus_builds_an_index_that_opens_and_answers(empty: Path) -> None:
    with open_index(empty) as idx:
        assert idx.stats().documents == 0 and idx.stats().languages == ()
        assert idx.search("veto").total == 0
        assert idx.search("").total == 0 and idx.search("").facets["outlet"] == []
        assert idx.search("nato*").total == 0 and idx.search('"open door"').total == 0
        assert idx.quotes("veto").total == 0 and idx.quotes("").total == 0
        assert idx.speakers() == [] and idx.suggest("ve") == []


@pytest.mark.parametrize(
    "text, query",
    [
        ("Penguins danced in Lund on Tuesday, a rare sight for the city.", "penguins"),
        ("Pingvinerna dansade i Lund i tisdags, en ovanlig syn för staden.", "pingviner"),
    ],
)
def test_a_newsroom_that_starts_empty_adds_articles(
    empty: Path, tmp_path: Path, text: str, query: str
) -> None:
    service = ArticleService(tmp_path / "corpus", empty)
    assert service.put("first", f"{text}\n".encode()).created
    with open_index(empty) as idx:
        assert [h.id for h in idx.search(query).hits] == ["first"]


def test_articles_without_quotes_list_no_speakers_and_no_quotes(build_index) -> None:
    root = build_index(
        {
            "en": "Penguins danced in Lund on Tuesday, a rare sight for the city.",
            "sv": "Pingvinerna dansade i Lund i tisdags, en ovanlig syn för staden.",
        }
    )
    with open_index(root) as idx:
        assert idx.search("lund").total == 2
        assert idx.speakers() == []
        assert idx.quotes("").total == 0 and idx.quotes("lund").total == 0
        assert idx.quotes("", speakers=("Anna Berg",), languages=("sv",)).total == 0
