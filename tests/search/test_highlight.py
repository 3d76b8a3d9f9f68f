"""Highlighting and snippets as pure functions: stemming-aware, whole words, HTML-safe."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.compile import Compiler, HighlightTerms
from search.highlight import ELLIPSIS, mark, match_spans, snippets
from search.query import parse
from search.synonyms import Synonyms

COMPILER = Compiler(
    ("en", "sv"), Synonyms([("Russia", "Ryssland"), ("Nato", "North Atlantic Treaty Organization")])
)


def marked(text: str, lang: str, query: str) -> list[str]:
    """The words a query marks in ``text``, in order."""
    spans = match_spans(text, lang, COMPILER.highlight_terms(parse(query)))
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize(
    ("text", "lang", "query", "words"),
    [
        (
            "The discussion was long; they discussed it.",
            "en",
            "discussions",
            ["discussion", "discussed"],
        ),
        (
            "Tuffa diskussioner och en diskussion.",
            "sv",
            "diskussion",
            ["diskussioner", "diskussion"],
        ),
        ("Medlemmarna och medlemmar möttes.", "sv", "medlemmar", ["Medlemmarna", "medlemmar"]),
        ("an open door, a door that is open", "en", '"open door"', ["open door"]),
        ("NATO’s open-door policy", "en", '"open door"', ["open-door"]),
        ("Russia and Ryssland", "en", "Ryssland", ["Russia", "Ryssland"]),
        ("Ryssland och Rysslands krav", "sv", "Russia", ["Ryssland", "Rysslands"]),
        (
            "the North Atlantic Treaty Organization (NATO)",
            "en",
            "nato",
            ["North Atlantic Treaty Organization", "NATO"],
        ),
        ("Natos kontor och Nato-länderna", "sv", "nato*", ["Natos", "Nato"]),
        ("the veto and the vote", "en", "the veto", ["veto"]),
        ("det är inget veto", "sv", "det veto", ["veto"]),
        ("veto, not the kremlin", "en", "veto -kremlin", ["veto"]),
        ("Stoltenberg said", "en", "speaker:stoltenberg", []),
    ],
)
def test_marks_what_the_query_matched(text: str, lang: str, query: str, words: list[str]) -> None:
    assert marked(text, lang, query) == words


def test_adjacent_matched_words_make_one_mark() -> None:
    text = "said Jens Stoltenberg today"
    terms = HighlightTerms(stems={"en": {"jen", "stoltenberg", "jens"}})
    assert mark(text, match_spans(text, "en", terms)) == "said <mark>Jens Stoltenberg</mark> today"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "<script>alert(1)</script> veto",
            "&lt;script&gt;alert(1)&lt;/script&gt; <mark>veto</mark>",
        ),
        (
            '<img src=x onerror="x"> veto',
            "&lt;img src=x onerror=&quot;x&quot;&gt; <mark>veto</mark>",
        ),
        ("veto & <b>veto</b>", "<mark>veto</mark> &amp; &lt;b&gt;<mark>veto</mark>&lt;/b&gt;"),
    ],
)
def test_text_is_escaped_before_marks_are_inserted(text: str, expected: str) -> None:
    assert mark(text, match_spans(text, "en", HighlightTerms(stems={"en": {"veto"}}))) == expected


LONG = " ".join(f"word{i}" for i in range(200))


def test_snippets_are_whole_word_fragments_around_matches_joined_by_ellipses() -> None:
    text = LONG.replace("word100", "veto")
    spans = match_spans(text, "en", HighlightTerms(stems={"en": {"veto"}}))
    [snippet] = snippets(text, spans, count=3, size=80)
    assert snippet.startswith(ELLIPSIS) and snippet.endswith(ELLIPSIS)
    inner = snippet.strip(ELLIPSIS)
    assert "<mark>veto</mark>" in inner
    assert all(re.fullmatch(r"word\d+|<mark>veto</mark>", w) for w in inner.split())
    assert len(inner) <= 80 + 2 * 30


@pytest.mark.parametrize(("count", "size"), [(1, 60), (2, 60), (3, 100)])
def test_snippet_count_and_length_are_configurable(count: int, size: int) -> None:
    text = (
        LONG.replace("word20 ", "veto ").replace("word100 ", "veto ").replace("word180 ", "veto ")
    )
    spans = match_spans(text, "en", HighlightTerms(stems={"en": {"veto"}}))
    found = snippets(text, spans, count=count, size=size)
    assert len(found) == count
    assert all(len(s) <= size + 2 * 30 + 2 for s in found)


def test_a_text_without_matches_gives_its_lead() -> None:
    [lead] = snippets(LONG, [], size=50)
    assert lead.startswith("word0 word1") and lead.endswith(ELLIPSIS)


def test_a_snippet_never_cuts_a_marked_span_in_two() -> None:
    text = "x" * 50 + " Jens Stoltenberg " + "y" * 50
    spans = [(51, 67)]
    for size in range(10, 60, 3):
        for snippet in snippets(text, spans, count=1, size=size):
            assert "<mark>Jens Stoltenberg</mark>" in snippet


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("<>&\"' vetoaäå\n\t-–’"))),
    st.integers(1, 4),
    st.integers(20, 200),
)
def test_any_text_gives_escaped_snippets_whose_marks_are_the_spans(
    text: str, count: int, size: int
) -> None:
    terms = HighlightTerms(stems={"sv": {"veto"}}, prefixes={"å"})
    spans = match_spans(text, "sv", terms)
    marked_texts = {html.escape(" ".join(text[a:b].split())) for a, b in spans}
    for snippet in snippets(text, spans, count=count, size=size):
        assert "<" not in re.sub(r"</?mark>", "", snippet)
        assert set(re.findall(r"<mark>(.*?)</mark>", snippet)) <= marked_texts
