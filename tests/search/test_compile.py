"""Compiling the AST per language branch, and what gets highlighted."""

from __future__ import annotations

import pytest
from whoosh import query as wq

from search.compile import Compiler, HighlightTerms
from search.query import parse
from search.synonyms import Synonyms

SYNONYMS = Synonyms(
    [("Nato", "NATO", "North Atlantic Treaty Organization"), ("Russia", "Ryssland")]
)
COMPILER = Compiler(("en", "sv"), SYNONYMS)


def test_an_empty_query_matches_everything() -> None:
    assert COMPILER.compile(None) == wq.Every()


@pytest.mark.parametrize(
    ("query", "term"),
    [
        ("discussions", wq.Term("body_en", "discuss")),
        ("diskussioner", wq.Term("body_sv", "diskussion")),
        ("veto", wq.Term("text", "veto")),  # the und branch: as typed
    ],
)
def test_words_are_stemmed_per_language_branch(query: str, term: wq.Query) -> None:
    assert term in set(COMPILER.compile(parse(query)).leaves())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nato*", wq.Prefix("text", "nato")),
        ("Regier*", wq.Prefix("text", "regier")),  # a prefix is never stemmed
        ("title:rus*", wq.Prefix("title_exact", "rus")),
        ('"open door"', wq.Phrase("text", ["open", "door"])),
        ("speaker:stoltenberg", wq.Term("speaker_names", "stoltenberg")),
        ('outlet:"The News 24"', wq.Phrase("outlet_name", ["the", "news", "24"])),
        ("lang:sv", wq.Term("language", "sv")),
        ("lang:nb", wq.Term("language", "no")),
    ],
)
def test_each_form_compiles_to_its_whoosh_query(query: str, expected: wq.Query) -> None:
    compiled = COMPILER.compile(parse(query))
    assert compiled == expected or expected in set(compiled.leaves())


def test_a_synonym_expands_to_every_spelling_including_multi_word_ones() -> None:
    leaves = set(COMPILER.compile(parse("Ryssland")).leaves())
    assert {wq.Term("body_en", "russia"), wq.Term("body_sv", "ryssland")} <= leaves
    nato = set(COMPILER.compile(parse("NATO")).leaves())
    assert wq.Phrase("text", ["north", "atlantic", "treaty", "organization"]) in nato


def test_a_stopword_adds_no_constraint_in_its_language() -> None:
    en_branch = COMPILER._branch(parse("the veto"), "en")
    assert "the" not in {t for _, t in en_branch.iter_all_terms()}


def test_a_one_letter_prefix_is_an_exact_word_not_a_lexicon_scan() -> None:
    assert COMPILER.compile(parse("n*")) == wq.Term("text", "n")


@pytest.mark.parametrize(
    ("query", "lang", "stems", "exact", "phrases", "prefixes"),
    [
        ("discussions", "en", {"discuss"}, set(), set(), set()),
        ("diskussion", "sv", {"diskussion"}, set(), set(), set()),
        ('"veto"', "en", set(), {"veto"}, set(), set()),
        ('"open door"', "en", set(), set(), {("open", "door")}, set()),
        ("nato*", "en", set(), set(), set(), {"nato"}),
        ("title:veto", "en", {"veto"}, set(), set(), set()),
        ("veto -kremlin", "en", {"veto"}, set(), set(), set()),
        ("speaker:stoltenberg", "en", set(), set(), set(), set()),
        ("the", "en", set(), set(), set(), set()),
        ("och", "sv", set(), set(), set(), set()),
    ],
)
def test_highlight_terms_are_what_matched_in_each_language(
    query: str,
    lang: str,
    stems: set[str],
    exact: set[str],
    phrases: set[tuple[str, ...]],
    prefixes: set[str],
) -> None:
    terms = COMPILER.highlight_terms(parse(query))
    assert terms.stems.get(lang, set()) == stems
    assert (terms.exact, terms.phrases, terms.prefixes) == (exact, phrases, prefixes)


def test_highlight_terms_include_every_synonym() -> None:
    terms = COMPILER.highlight_terms(parse("Ryssland"))
    assert terms.stems["en"] == {"russia", "ryssland"}
    assert "ryssland" in terms.stems["sv"]
    assert ("north", "atlantic", "treaty", "organization") in COMPILER.highlight_terms(
        parse("nato")
    ).phrases


def test_undetermined_articles_are_highlighted_as_typed() -> None:
    assert COMPILER.highlight_terms(parse("The Vetoes")).stems["und"] == {"the", "vetoes"}
    assert not HighlightTerms()
