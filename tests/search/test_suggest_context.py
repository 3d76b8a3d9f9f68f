"""Completions in the context of the words typed before (issue 19): a multi-word prefix
completes its last word with what occurs together with the earlier words, and a name
replaces the typed words it covers instead of being glued after unrelated ones."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from indexer.build import sync_corpus
from search import SearchIndex, open_index
from tests.conftest import CORPUS

ARTICLES = {
    "en-blair": '"We will win the election," Tony Blair said in London on Monday.',
    "en-blunkett": '"Police numbers will rise," David Blunkett said in Sheffield.',
    "en-oil": "Oil prices rose on Monday. The price of crude oil climbed as OPEC met in Vienna.",
    "en-prior": '"Hospitals need more nurses," David Prior said, prior to the vote on funding.',
    "sv-budget": "Regeringen presenterade budgeten i riksdagen.\n\n"
    "– Vi satsar på skolan, sade finansminister Magdalena Andersson.",
    "sv-hamn": "Hamnen byggs ut när staden växer.\n\n– Det blir en ny kaj, sade Anna Berg.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    base = tmp_path_factory.mktemp("suggest-context")
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "people.yaml", corpus / "people.yaml")  # Antony Blinken among them
    for article_id, text in ARTICLES.items():
        language = article_id[:2]
        (corpus / f"{article_id}.txt").write_text(
            f"---\nlanguage: {language}\ntitle: {article_id}\n---\n{text}\n", encoding="utf-8"
        )
    assert not sync_corpus(corpus, base / "index").failed
    with open_index(base / "index") as idx:
        yield idx


def texts(index: SearchIndex, q: str) -> list[str]:
    return [s.text for s in index.suggest(q)]


@pytest.mark.parametrize(
    ("typed", "offered", "never"),
    [
        # a name replaces the words it covers
        ("tony bl", ["Tony Blair"], ["tony Antony Blinken", "tony David Blunkett"]),
        ("magdalena and", ["Magdalena Andersson"], ["magdalena Anna Berg"]),
        # after other words, only a name that occurs with them
        ("oil pri", ["oil price", "oil prices"], ["oil David Prior", "oil prior"]),
        ("election bl", ["election Tony Blair"], ["election David Blunkett"]),
        ("skolan mag", ["skolan Magdalena Andersson"], ["skolan Anna Berg"]),
        ("hamnen an", ["hamnen Anna Berg"], ["hamnen Magdalena Andersson"]),
        # words that occur together, in either language, earlier words stemmed
        ("hamnen sta", ["hamnen staden"], []),
        ("budget sk", ["budget skolan"], ["budget staden"]),
        ("nurses pri", ["nurses prior", "nurses David Prior"], ["nurses price"]),
    ],
)
def test_a_multi_word_prefix_completes_in_the_context_of_the_earlier_words(
    index: SearchIndex, typed: str, offered: list[str], never: list[str]
) -> None:
    found = texts(index, typed)
    assert set(offered) <= set(found), found
    assert not set(never) & set(found), found


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("hamnen opec", []), ("budgeten pri", []), ("zzzz sta", [])],
)
def test_nothing_is_glued_onto_words_it_never_occurs_with(
    index: SearchIndex, typed: str, expected: list[str]
) -> None:
    assert texts(index, typed) == expected


@pytest.mark.parametrize(
    ("typed", "first"),
    [("bl", "Tony Blair"), ("pri", "David Prior"), ("mag", "Magdalena Andersson")],
)
def test_a_single_word_still_completes_from_the_whole_index(
    index: SearchIndex, typed: str, first: str
) -> None:
    assert first in texts(index, typed)


def test_completions_together_with_the_earlier_words_come_first(index: SearchIndex) -> None:
    assert texts(index, "crude oil")[:1] == ["crude oil"]
