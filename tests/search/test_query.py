"""The query language: what each form parses to, and how lenient and strict modes differ."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.errors import QuerySyntaxError, UnknownFieldError
from search.query import (
    And,
    Field,
    Not,
    Or,
    Phrase,
    Prefix,
    Word,
    join_runs,
    parse,
    plain_words,
    render,
    replace_words,
)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("veto", Word("veto")),
        ("veto ukraine", And((Word("veto"), Word("ukraine")))),
        ('"open door"', Phrase("open door")),
        ("„öppna dörr“", Phrase("öppna dörr")),
        ("-kremlin veto", And((Not(Word("kremlin")), Word("veto")))),
        ("veto NOT kremlin", And((Word("veto"), Not(Word("kremlin"))))),
        ("nato OR otan", Or((Word("nato"), Word("otan")))),
        ("(veto OR membership) nato", And((Or((Word("veto"), Word("membership"))), Word("nato")))),
        ("nato*", Prefix("nato")),
        ("title:veto", Field("title", Word("veto"))),
        ("speaker:stoltenberg", Field("speaker", Word("stoltenberg"))),
        ('speaker:"Jens Stoltenberg"', Field("speaker", Phrase("Jens Stoltenberg"))),
        ("outlet:meduza", Field("outlet", Word("meduza"))),
        ("lang:sv", Field("lang", Word("sv"))),
        ("language:sv", Field("lang", Word("sv"))),
        ("title:(veto OR easy)", Or((Field("title", Word("veto")), Field("title", Word("easy"))))),
        ("+veto", Word("veto")),
        ("veto AND nato", And((Word("veto"), Word("nato")))),
        ("", None),
    ],
)
def test_each_form_parses_to_its_ast(query: str, expected: object) -> None:
    assert parse(query) == expected


@pytest.mark.parametrize(
    ("query", "understood"),
    [
        ('"unbalanced quote', '"unbalanced quote"'),
        ("(veto", "veto"),
        ("veto)", "veto"),
        ("veto OR", "veto"),
        ("OR veto", "veto"),
        ("veto AND", "veto"),
        ("veto -", "veto"),
        ("foo:bar", "foo:bar"),
        ("title:", ""),
        ('""', ""),
        ("NOT", ""),
        ("((((", ""),
        ("*", ""),
        ("nato**", "nato*"),
        ("veto\x00\x1f\x7fnato", "veto nato"),
        ("!" * 1000, ""),
        ("-(veto OR nato)", "-(veto OR nato)"),
        ("-(veto nato)", "-(veto nato)"),
        ("(a b) OR c", "((a b) OR c)"),
        ("*veto", "veto"),
        ("*OR veto", "veto"),
        ("--veto", "veto"),
        ("title:-veto", "-title:veto"),
        ("title:speaker:sherman", "speaker:sherman"),
        ("(" * 1000 + "veto", "veto"),
        ("-" * 999 + "veto", "-veto"),
        ("title:" * 150 + "veto", "title:veto"),
        ("NOT " * 250 + "veto", "veto"),
        ("AND " * 250 + "veto", "veto"),
        ("(" * 40 + "veto nato" + ")" * 40, "veto nato"),
    ],
)
def test_lenient_mode_reads_the_best_interpretation(query: str, understood: str) -> None:
    assert render(parse(query)) == understood


@pytest.mark.parametrize(
    ("query", "position", "fragment"),
    [
        ('veto "open door', 5, "Unclosed quote"),
        ("veto)", 4, "Unmatched ')'"),
        ("(veto", 0, "never closed"),
        ("veto OR", 5, "nothing on its right"),
        ("OR veto", 0, "nothing on its left"),
        ("veto AND", 5, "nothing on its right"),
        ("veto -", 5, "operator without a word"),
        ("title:", 0, "has no value"),
        ('veto ""', 5, "Empty phrase"),
        ("NOT", 0, "excludes nothing"),
        ("n*", 0, "too short"),
        ("*", 0, "operator without a word"),
        ("(" * 40 + "veto" + ")" * 40, 32, "nested deeper than 32"),
        ("-" * 999 + "veto", None, ""),
    ],
)
def test_strict_mode_points_at_the_problem(query: str, position: int | None, fragment: str) -> None:
    if position is None:  # valid in strict mode too
        assert parse(query, strict=True) == parse(query)
        return
    with pytest.raises(QuerySyntaxError) as err:
        parse(query, strict=True)
    assert err.value.position == position
    assert fragment in str(err.value)
    assert f"position {position}" in str(err.value)


def test_strict_mode_names_an_unknown_field_and_the_known_ones() -> None:
    with pytest.raises(UnknownFieldError) as err:
        parse("veto author:smith", strict=True)
    assert err.value.position == 5
    assert "'author:'" in str(err.value) and "title:" in str(err.value)


@pytest.mark.parametrize(
    "query",
    ['veto -"open door" (nato OR otan) speaker:stoltenberg nat*', "title:veto lang:sv"],
)
def test_valid_queries_pass_strict_mode_unchanged(query: str) -> None:
    assert parse(query, strict=True) == parse(query)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("veto ukraine", ["veto", "ukraine"]),
        ("veto", ["veto"]),
        ('"veto ukraine"', None),
        ("veto -ukraine", None),
        ("veto OR ukraine", None),
        ("title:veto ukraine", None),
        ("veto nato*", None),
    ],
)
def test_only_plain_word_queries_qualify_for_the_any_word_fallback(
    query: str, words: list[str] | None
) -> None:
    assert plain_words(parse(query)) == words


@pytest.mark.parametrize(
    ("query", "joined"),
    [
        ("north atlantic treaty organization veto", '"north atlantic treaty organization" veto'),
        ("veto jens stoltenberg", 'veto "jens stoltenberg"'),
        ("stoltenberg jens", "stoltenberg jens"),
        ("(jens stoltenberg) OR nato", '("jens stoltenberg" OR nato)'),
        ("-(jens stoltenberg)", '-"jens stoltenberg"'),
    ],
)
def test_word_runs_naming_one_thing_become_phrases(query: str, joined: str) -> None:
    names = {"north atlantic treaty organization", "jens stoltenberg"}
    assert render(join_runs(parse(query), lambda t: t.lower() in names)) == joined


def test_typo_replacement_keeps_structure() -> None:
    node = parse("Stoltenbreg -(veto OR title:Stoltenbreg)")
    assert render(replace_words(node, {"Stoltenbreg": "Stoltenberg"})) == (
        "Stoltenberg -(veto OR title:Stoltenberg)"
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*'ab vetoNR"()-!*:+|&\x00\x1fé日 ', "OR ", "title:"])))
def test_any_text_parses_leniently_and_renders_to_a_fixed_point(parts: list[str]) -> None:
    node = parse("".join(parts))
    assert parse(render(node)) == node


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_strict_mode_either_parses_or_raises_a_query_syntax_error(query: str) -> None:
    try:
        parse(query, strict=True)
    except QuerySyntaxError as err:
        assert err.position is None or 0 <= err.position <= len(query)


@pytest.mark.parametrize(
    "typed, kept",
    [
        (" ".join(f"w{i}" for i in range(40)), " ".join(f"w{i}" for i in range(32))),
        (
            '"' + " ".join(f"p{i}" for i in range(40)) + '" tail',
            '"' + " ".join(f"p{i}" for i in range(32)) + '"',
        ),
        (
            "-x " + " ".join(f"w{i}" for i in range(40)),
            "-x " + " ".join(f"w{i}" for i in range(31)),
        ),
    ],
)
def test_a_pasted_paragraph_is_searched_by_its_first_32_words(typed: str, kept: str) -> None:
    assert render(parse(typed)) == kept


def test_strict_mode_refuses_more_than_32_words() -> None:
    with pytest.raises(QuerySyntaxError, match="at most 32"):
        parse(" ".join(f"w{i}" for i in range(33)), strict=True)
