"""What careless or hostile typing does to a search: punctuation between words, invisible
characters inside them, piles of prefixes. Each answers as the plain query would, quickly."""

from __future__ import annotations

import time

import pytest

from search import SearchIndex, SearchLimits, SearchTimeoutError, open_index
from search.analysis import analyze, tokenize


def _ids(index: SearchIndex, q: str) -> list[str]:
    return [h.id for h in index.search(q, per_page=20).hits]


@pytest.mark.parametrize(
    "joined, spaced",
    [
        ("veto,Stoltenberg", "veto Stoltenberg"),  # en
        ("Stoltenberg;veto", "Stoltenberg veto"),
        ("Nato/Ryssland", "Nato Ryssland"),  # sv
        ("diskussion,Stoltenberg", "diskussion Stoltenberg"),
        ("veto|Sherman", "veto Sherman"),
    ],
)
def test_words_joined_by_punctuation_are_separate_words(
    shipped_index: SearchIndex, joined: str, spaced: str
) -> None:
    assert _ids(shipped_index, joined) == _ids(shipped_index, spaced) != []


@pytest.mark.parametrize(
    "hidden, plain",
    [
        ("ve\u200bto", "veto"),  # zero-width space (en)
        ("diskus\u00adsion", "diskussion"),  # soft hyphen (sv)
        ("Stolten\u200dberg", "Stoltenberg"),  # zero-width joiner
        ("\ufeffNato", "Nato"),  # byte order mark
        ("Ryss\u2060land", "Ryssland"),  # word joiner
    ],
)
def test_invisible_characters_inside_a_word_are_not_there(
    shipped_index: SearchIndex, hidden: str, plain: str
) -> None:
    assert _ids(shipped_index, hidden) == _ids(shipped_index, plain) != []


@pytest.mark.parametrize(
    "text, language, terms, words",
    [
        ("o\u200bil pri\u00adces", "en", ["oil", "price"], ["o\u200bil", "pri\u00adces"]),
        (
            "diskus\u00adsioner om Ryss\u200bland",
            "sv",
            ["diskussion", "ryssland"],
            ["diskus\u00adsioner", "om", "Ryss\u200bland"],
        ),
    ],
)
def test_indexing_reads_invisible_characters_as_part_of_the_word(
    text: str, language: str, terms: list[str], words: list[str]
) -> None:
    assert analyze(text, language) == terms
    assert [text[t.start : t.end] for t in tokenize(text)] == words  # highlights cover them


def test_a_pile_of_prefixes_is_answered_quickly(shipped_index: SearchIndex) -> None:
    started = time.perf_counter()
    result = shipped_index.search("co* pr* re* st* de* in* an* th* wh* wa*")
    assert time.perf_counter() - started < 2.0
    assert result.total <= 5


@pytest.mark.parametrize("q", ["veto", "diskussion", "Stoltenbreg", "nato*"])
def test_a_search_past_its_time_limit_stops_with_a_clear_error(shipped_index_path, q: str) -> None:
    with open_index(shipped_index_path, limits=SearchLimits(timeout=0.0)) as idx:
        with pytest.raises(SearchTimeoutError, match="PRESSLENS_SEARCH_TIMEOUT"):
            idx.search(q)
        with pytest.raises(SearchTimeoutError):
            idx.quotes(q)


@pytest.mark.parametrize("parts, apart", [(2, True), (4, True), (5, False), (1000, False)])
def test_only_short_hyphenated_words_also_match_their_words_apart(
    shipped_index: SearchIndex, parts: int, apart: bool
) -> None:
    """A pasted chain of a thousand hyphenated words is its exact form only: it does not
    become a thousand clauses."""
    from whoosh import query as wq

    from search.query import parse

    words = ["veto", "diskussion", "Nato", "Stoltenberg"] * (parts // 4 + 1)
    q = f"Ryssland {'-'.join(words[:parts])} samtal"
    compiled = shipped_index.view().compiler.compile(parse(q))
    assert any(isinstance(part, wq.And) for part in _parts(compiled)) == apart
    started = time.perf_counter()
    shipped_index.search(q)
    assert time.perf_counter() - started < 1.0


def _parts(q: object) -> list[object]:
    """``q`` and every query inside it."""
    inner = [*getattr(q, "subqueries", ()), *getattr(q, "boosts", ())]
    inner += [getattr(q, name) for name in ("query", "a", "b") if hasattr(q, name)]
    return [q, *[part for child in inner for part in _parts(child)]]
