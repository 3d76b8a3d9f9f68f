"""Tokenizing and analysing text: the pure functions, their Whoosh adapters and field types."""

from __future__ import annotations

import pickle
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.analysis import WORD, analyze, analyze_exact, normalize, stem, tokenize, word_pattern
from search.languages import LANGUAGES, UNDETERMINED
from search.schema import ExactText, StemmedText, build_quote_schema, build_schema
from search.whoosh_analysis import analyzer_for, exact_analyzer

ALL_LANGUAGES = (*LANGUAGES, UNDETERMINED)


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("de-escalate", "en", ["de", "escalate"]),
        ("an open-door policy", "en", ["an", "open", "door", "policy"]),
        ("Natos dörr-policy", "sv", ["natos", "dörr", "policy"]),
        ("Ukraine's position", "en", ["ukraine's", "position"]),
        ("Ukraine’s position", "en", ["ukraine's", "position"]),
        ("USA:s svar", "sv", ["usa", "svar"]),
        ("“Nej”, sade han – inte nu", "sv", ["nej", "sade", "han", "inte", "nu"]),
        ("«Нет» — сказал он", "ru", ["нет", "сказал", "он"]),
        ("„Nein“ – sagte er", "de", ["nein", "sagte", "er"]),
        ("l’OTAN aujourd'hui", "fr", ["otan", "aujourd'hui"]),
        ("dell'Europa", "it", ["europa"]),
        ("2022-01-12: 3,5 %", UNDETERMINED, ["2022", "01", "12", "3", "5"]),
        ("snake_case", "en", ["snake", "case"]),
    ],
)
def test_hyphens_apostrophes_quotes_and_dashes_split_sensibly(
    text: str, language: str, words: list[str]
) -> None:
    assert [t.text for t in tokenize(text, language)] == words


def test_tokens_point_at_the_original_characters() -> None:
    text = "Sa “Stoltenberg” i Bryssel"
    assert [text[t.start : t.end] for t in tokenize(text, "sv")] == [
        "Sa",
        "Stoltenberg",
        "i",
        "Bryssel",
    ]


@pytest.mark.parametrize(
    ("text", "language", "terms"),
    [
        ("discussions", "en", ["discuss"]),
        ("the discussions", "en", ["discuss"]),  # 'the' is an English stopword
        ("diskussioner", "sv", ["diskussion"]),
        ("och diskussionerna", "sv", ["diskussion"]),  # 'och' is a Swedish stopword
        ("Regierungen", "de", ["regier"]),
        ("переговоры", "ru", ["переговор"]),
        ("discussions", UNDETERMINED, ["discussions"]),  # neutral: no stemming
        ("the", UNDETERMINED, ["the"]),  # neutral: no stopwords
    ],
)
def test_analyze_lowercases_drops_stopwords_and_stems(
    text: str, language: str, terms: list[str]
) -> None:
    assert analyze(text, language) == terms


def test_unsupported_language_falls_back_to_the_neutral_analyzer() -> None:
    assert analyze("Discussions", "zh") == ["discussions"]
    assert [t.text for t in analyzer_for("zh")("Discussions")] == ["discussions"]


def test_exact_terms_keep_stopwords_and_word_forms() -> None:
    assert analyze_exact("The Discussions of Ukraine’s") == [
        "the",
        "discussions",
        "of",
        "ukraine's",
    ]


def test_stem_is_module_level_so_schemas_pickle() -> None:
    for schema in (build_schema(), build_quote_schema()):
        clone = pickle.loads(pickle.dumps(schema))
        assert clone.names() == schema.names()
    assert stem("diskussioner", "sv") == "diskussion"


def test_every_supported_language_has_stemmed_title_and_body_fields() -> None:
    names = set(build_schema().names())
    for language in LANGUAGES:
        assert {f"title_{language}", f"body_{language}"} <= names
    assert "text" in names and isinstance(build_schema()["text"], ExactText)


# Text with the characters that matter: letters of several scripts, apostrophes, hyphens,
# dashes, quotes, colons, digits and whitespace.
TEXT = st.lists(
    st.sampled_from(
        list("abcdeåäöüßéAÖÉЖжя'’-–—:“”«»„ \n.,0123456789_İı")
        + ["USA:s", "l'", "dell'", "the ", "och ", "diskussioner"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=TEXT, language=st.sampled_from(ALL_LANGUAGES))
def test_whoosh_analyzer_and_analyze_always_agree(text: str, language: str) -> None:
    whoosh_terms = [t.text for t in analyzer_for(language)(text)]
    assert whoosh_terms == analyze(text, language)


@settings(max_examples=150, deadline=None)
@given(text=TEXT, language=st.sampled_from(ALL_LANGUAGES))
def test_analyze_equals_tokenize_then_stopwords_then_stem(text: str, language: str) -> None:
    from search.analysis import stopwords

    expected = [
        stem(t.text, language)
        for t in tokenize(text, language)
        if t.text not in stopwords(language)
    ]
    assert analyze(text, language) == expected


@settings(max_examples=100, deadline=None)
@given(text=TEXT, language=st.sampled_from(LANGUAGES))
def test_stemmed_field_indexes_exactly_the_analyzed_terms(text: str, language: str) -> None:
    field = StemmedText(language)
    indexed = {term.decode(): freq for term, freq, _, _ in field.index(text)}
    assert indexed == dict(Counter(analyze(text, language)))


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_exact_field_indexes_the_positions_whoosh_would(text: str) -> None:
    field = ExactText()
    fast = {term: value for term, _, _, value in field.index(text)}
    whoosh = {
        term.encode(): value
        for term, _, _, value in field.format.word_values(text, exact_analyzer(), mode="index")
    }
    assert fast == whoosh


@given(word=st.text(min_size=1, max_size=12))
def test_normalize_is_idempotent(word: str) -> None:
    for language in ("en", "sv", "fr"):
        once = normalize(word, language)
        assert normalize(once, language) == once


@settings(max_examples=300)
@given(st.text(alphabet="aößяЖ漢1_ :'’-.\u00ad\u200bsSeE", max_size=60))
def test_the_fast_word_pattern_finds_exactly_the_words_of_the_full_one(text: str) -> None:
    """English, Swedish, German, Russian and Chinese letters, digits, apostrophes, colon
    genitives, underscores, and invisible characters."""
    fast = [m.span(1) for m in word_pattern(text).finditer(text)]
    assert fast == [m.span(1) for m in WORD.finditer(text)]
