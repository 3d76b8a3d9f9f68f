"""Typo correction with evidence: absent words are rewritten, rare misspellings get a
did-you-mean, real words are left alone, and none of it costs more than a few words' worth."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from search import SearchIndex, open_index
from tests.support.corpora import index_articles

FILLER_EN = "The committee met again on Tuesday and published its report in the afternoon."
FILLER_SV = "Utskottet möttes igen i tisdags och lade fram sin rapport på eftermiddagen."


@pytest.fixture(scope="module")
def spelled(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    articles = {}
    for n in range(60):
        articles[f"gov-{n}"] = f"The government answered help requests. {FILLER_EN} {n}"
        articles[f"reg-{n}"] = f"Regeringen svarade på frågorna om budgeten. {FILLER_SV} {n}"
    articles["typo-en"] = f"The goverment said nothing. {FILLER_EN}"
    articles["ship-en"] = f"The captain stood at the helm of the ship. {FILLER_EN}"
    articles["typo-sv"] = f"Regringen sade ingenting. {FILLER_SV}"  # one misspelt article
    # a rare misspelling whose closest word is as rare (one edit) and a frequent one two away
    articles["far-en"] = f"The govermint said nothing to the govermina. {FILLER_EN}"
    articles["far-sv"] = f"Regringenn och regringenx sade ingenting. {FILLER_SV}"
    with open_index(index_articles(tmp_path_factory.mktemp("spelling"), articles)) as idx:
        yield idx


@pytest.mark.parametrize(
    "typed, corrected, language",
    [
        ("governmnet", "government", "en"),  # a swap
        ("govrnment", "government", "en"),  # a deletion
        ("Regeringenn", "Regeringen", "sv"),  # an insertion, capital kept
        ("regerinegn", "regeringen", "sv"),
    ],
)
def test_a_word_nothing_has_is_rewritten_to_the_closest_indexed_word(
    spelled: SearchIndex, typed: str, corrected: str, language: str
) -> None:
    result = spelled.search(typed)
    assert result.did_you_mean == corrected and result.query == corrected
    assert result.total == 60 and {h.language for h in result.hits} == {language}


@pytest.mark.parametrize(
    "typed, offered",
    [("goverment", "government"), ("Regringen", "Regeringen"),
     ("govermint", "government"), ("regringenn", "regeringen")],
)  # fmt: skip
def test_a_rare_misspelling_runs_as_typed_with_a_did_you_mean(
    spelled: SearchIndex, typed: str, offered: str
) -> None:
    result = spelled.search(typed)
    assert result.total == 1 and result.query == typed
    assert result.did_you_mean == offered


@pytest.mark.parametrize("word", ["helm", "help", "government", "regeringen", "budgeten"])
def test_a_real_word_is_never_rewritten_nor_second_guessed(spelled: SearchIndex, word: str) -> None:
    result = spelled.search(word)
    assert result.did_you_mean is None and result.query == word and result.total >= 1


@pytest.mark.parametrize(
    "typed",
    [
        "a" * 1000,
        " ".join(["x" * 120] * 8),
        " ".join(f"wrd{n}qq" for n in range(300)),
        "qwertyuiopasdfghjklzxcvbnmqwertyu",
    ],
)
def test_hopeless_words_cost_next_to_nothing(spelled: SearchIndex, typed: str) -> None:
    started = time.perf_counter()
    result = spelled.search(typed)
    assert time.perf_counter() - started < 1.0
    assert result.total == 0 and result.did_you_mean is None


def test_a_long_query_corrects_at_most_eight_words(spelled: SearchIndex) -> None:
    words = ["governmnet"] * 1 + [f"regerin{c}gn" for c in "abcdefghij"]
    result = spelled.search(" ".join(words))
    assert result.did_you_mean is not None
    assert result.did_you_mean.count("regeringen") <= 7


def test_every_segment_has_its_spelling_vocabulary(spelled: SearchIndex) -> None:
    view = spelled.view()
    assert all(data.vocabulary("text", timeout=5) is not None for data in view.segments)


@pytest.mark.parametrize(
    ("added", "typed", "corrected"),
    [
        ("The harbour strikes ended in Gothenburg.", "Gothenbrug", "Gothenburg"),
        ("Strejken i Göteborgs hamn tog slut.", "Göteborsg", "Göteborgs"),
    ],
)
def test_words_of_every_segment_are_candidates_joined_once_per_snapshot(
    tmp_path: Path, added: str, typed: str, corrected: str
) -> None:
    from indexer.build import add_records, build_index_from_records

    root = tmp_path / "index"
    build_index_from_records([{"id": "base", "text": f"{FILLER_EN} {FILLER_SV}"}], root, procs=1)
    add_records([{"id": "added", "text": added}], root)  # a segment of its own
    with open_index(root) as idx:
        view = idx.view()
        assert len(view.segments) == 2
        assert all(data.vocabulary("text", timeout=5) is not None for data in view.segments)
        found = idx.search(typed)
        assert found.total == 1 and found.did_you_mean == corrected
        assert corrected.lower() in view.spelling_choices[typed[0].lower()][0]
