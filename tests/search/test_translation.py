"""Query translation: the compiled lexicon format, spelling skeletons, compound splitting,
similar-looking terms, structured translation, and the shipped corpus' cross-language words
with the installed Debian lexicons."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import search.translation as translation
from search.analysis import analyze
from search.translation import (
    ActivePair,
    Lexicon,
    LexiconFormatError,
    LexiconHeader,
    Lexicons,
    SourcePackage,
    TermVocabulary,
    TranslationOptions,
    active_pairs,
    read_header,
    translate,
    write_lexicon,
)
from search.translation.compounds import split_compound
from search.translation.skeleton import skeleton, transliterate

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SV = "000_e42dea71f96fb87d"  # the Swedish article of the shipped corpus
EN_BNE = "001_23adc9ba915df75a"

# ------------------------------------------------------------------------------ helpers


def build(folder: Path, source: str, target: str, words: dict, forms: dict | None = None):
    folder.mkdir(parents=True, exist_ok=True)
    packages = (SourcePackage("dict-test", "1.0", "GPL-2+"),)
    write_lexicon(
        folder / f"{source}-{target}.pllex",
        LexiconHeader(source, target, packages),
        words,
        forms or {},
    )
    return folder


@pytest.fixture
def toy(tmp_path: Path) -> Lexicons:
    """Small hand-written pairs: en <-> sv, sv -> de -> en (a bridge larger than sv-en)."""
    build(
        tmp_path,
        "en",
        "sv",
        {"talk": ["samtal", "tala"], "member": ["medlem"], "united states": ["Förenta staterna"]},
        {"went": ["go"]},
    )
    build(
        tmp_path,
        "sv",
        "en",
        {
            "samtal": ["talk", "conversation"],
            "medlem": ["member"],
            "säkerhet": ["security", "safety"],
            "garanti": ["guarantee"],
            "förhandling": ["negotiation"],
            "telefonsamtal": ["telephone call"],
        },
        {"förhandlingar": ["förhandling"]},
    )
    build(
        tmp_path,
        "sv",
        "de",
        {f"w{i}": ["x"] for i in range(20)} | {"medlemskap": ["Mitgliedschaft"]},
    )
    build(
        tmp_path,
        "de",
        "en",
        {f"w{i}": ["x"] for i in range(20)} | {"mitgliedschaft": ["membership"]},
    )
    return Lexicons(tmp_path)


def terms(groups) -> list[tuple[str, tuple[tuple[str, ...], ...]]]:
    return [(g.how, g.terms) for g in groups]


# ------------------------------------------------------------------------- the format


def test_a_compiled_pair_answers_headwords_forms_and_stems(tmp_path: Path) -> None:
    build(tmp_path, "sv", "en", {"förhandling": ["negotiation"]}, {"förhandlingen": ["x"]})
    with Lexicon.open(tmp_path / "sv-en.pllex") as lexicon:
        assert lexicon.words("förhandling") == ("negotiation",)
        assert lexicon.stems("förhandling") == ("negotiation",)
        assert lexicon.lemmas("förhandlingen") == ("x",)
        assert lexicon.words("okänd") == () and lexicon.lemmas("") == ()


def test_the_header_names_languages_packages_licences_and_counts(tmp_path: Path) -> None:
    build(tmp_path, "de", "en", {"gespräch": ["talk", "conversation"], "haus": ["house"]})
    header = read_header(tmp_path / "de-en.pllex")
    assert (header.source, header.target, header.format) == ("de", "en", 1)
    assert header.packages == (SourcePackage("dict-test", "1.0", "GPL-2+"),)
    assert header.counts["headwords"] == 2 and header.counts["pairs"] == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a compiled lexicon"),
        (b"NOPE" + b"\0" * 20, "not a compiled lexicon"),
        (struct.pack("<4sII", b"PLXL", 99, 2) + b"{}", "run 'presslens lexicons' again"),
    ],
)
def test_other_files_are_refused_with_a_message_that_says_what_to_do(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "de-en.pllex"
    path.write_bytes(content)
    with pytest.raises(LexiconFormatError, match=re.escape(message)):
        Lexicon.open(path)


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzåäöéßжщ", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_word, st.lists(_word, min_size=1, max_size=5, unique=True), max_size=40))
def test_any_lexicon_survives_writing_and_reading(tmp_path_factory, words) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    build(folder, "sv", "en", words)
    with Lexicon.open(folder / "sv-en.pllex") as lexicon:
        for headword, translations in words.items():
            assert lexicon.words(headword) == tuple(translations)[:16]


# ---------------------------------------------------------------------- how words look


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("diskussion", "discussion"),
        ("Telekommunikation", "telecommunication"),
        ("Президент", "president"),
        ("Обама", "Obama"),
        ("Денвер", "Denver"),
        ("Schwarzenegger", "Шварценеггер"),
    ],
)
def test_spellings_of_one_word_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Москва", "moskva"), ("Щукин", "shchukin"), ("Горбачёв", "gorbachev"), ("Юлия", "yuliya")],
)
def test_cyrillic_is_transliterated_to_latin(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


@pytest.mark.parametrize(
    ("word", "language", "parts"),
    [
        ("mitgliedschaftsverhandlungen", "de", ("mitgliedschaft", "verhandlungen")),
        ("bundesregierung", "de", ("bund", "regierung")),
        ("säkerhetsgarantier", "sv", ("säkerhet", "garantier")),
        ("medlemsländer", "sv", ("medlem", "länder")),
        ("regierung", "de", None),  # known as a whole: nothing to split
        ("blaukraut", "de", None),  # "kraut" unknown
        ("securityguarantees", "en", None),  # English writes compounds apart
    ],
)
def test_closed_compounds_split_into_known_parts(word, language, parts) -> None:
    known = {
        "mitgliedschaft", "verhandlungen", "bund", "regierung", "säkerhet", "garantier",
        "medlem", "länder", "blau", "security", "guarantees",
    }  # fmt: skip
    assert split_compound(word, language, known.__contains__) == parts


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("discussion", ("diskussion",)),  # English cognate of a Swedish term
        ("Diskussionen", ("diskussion",)),
        ("Обама", ("obama",)),  # Cyrillic name, Latin term
        ("президент", ("presid",)),  # Russian word, English stem
        ("xylofon", ()),
    ],
)
def test_words_no_lexicon_knows_meet_similar_looking_terms(word, expected) -> None:
    vocabulary = TermVocabulary(["diskussion", "obama", "presid", "nato", "förhandling"])
    assert vocabulary.similar(word) == expected


# ------------------------------------------------------------------------ translation


def test_each_word_becomes_one_group_of_target_terms(toy: Lexicons) -> None:
    groups = translate(["samtal", "medlem"], "sv", "en", toy)
    assert terms(groups) == [("word", (("talk",), ("convers",))), ("word", (("member",),))]
    assert [g.word for g in groups] == ["samtal", "medlem"]


@pytest.mark.parametrize(
    ("words", "source", "target", "expected"),
    [
        (["2022"], "en", "sv", [("number", (("2022",),))]),
        (["talk", "the"], "en", "sv", [("word", (("samtal",), ("tal",)))]),  # stopword dropped
        (["Stoltenberg"], "en", "sv", [("kept", (("stoltenberg",),))]),  # a name crosses
        (["went"], "en", "sv", [("kept", (("went",),))]),  # lemma "go" has no entry
        (["förhandlingar"], "sv", "en", [("lemma", (("negoti",),))]),
        (["samtalen"], "sv", "en", [("stem", (("talk",), ("convers",)))]),
        (
            ["säkerhetsgarantier"],
            "sv",
            "en",
            [("compound", (("secur",), ("safeti",))), ("compound", (("guarante",),))],
        ),
        (["United", "States"], "en", "sv", [("phrase", (("förent", "stat"),))]),
        (["medlemskap"], "sv", "en", [("pivot", (("membership",),))]),  # sv -> de -> en
    ],
)
def test_how_words_are_translated(toy, words, source, target, expected) -> None:
    assert terms(translate(words, source, target, toy)) == expected


def test_a_cyrillic_word_nobody_knows_is_also_kept_transliterated(toy: Lexicons) -> None:
    (group,) = translate(["Грушко"], "ru", "en", toy)
    assert group.how == "kept" and ("grushko",) in group.terms


def test_multiword_translations_are_phrases_words_or_dropped(toy: Lexicons) -> None:
    def alternatives(phrases: str):
        options = TranslationOptions(phrases=phrases)
        return translate(["telefonsamtal"], "sv", "en", toy, options=options)[0].terms

    assert alternatives("phrase") == (("telephon", "call"),)
    assert alternatives("words") == (("telephon",), ("call",))
    dropped = TranslationOptions(phrases="drop", compounds=False)
    (group,) = translate(["telefonsamtal"], "sv", "en", toy, options=dropped)
    assert (group.how, group.terms) == ("kept", (("telefonsamt",),))


def test_a_vocabulary_keeps_translations_the_collection_uses(toy: Lexicons) -> None:
    vocabulary = TermVocabulary(["convers", "nato"])
    (group,) = translate(["samtal"], "sv", "en", toy, vocabulary=vocabulary)
    assert group.terms == (("convers",),)


def test_a_vocabulary_finds_cognates_the_lexicon_lacks(toy: Lexicons) -> None:
    vocabulary = TermVocabulary(analyze("Diskussionen om säkerhetsgarantier", "sv"))
    (group,) = translate(["discussions"], "en", "sv", toy, vocabulary=vocabulary)
    assert (group.how, group.terms) == ("similar", (("diskussion",),))


def test_cost_is_bounded_by_groups_and_alternatives(toy: Lexicons) -> None:
    options = TranslationOptions(max_groups=2, max_alternatives=1)
    groups = translate(
        ["samtal", "medlem", "säkerhet", "garanti"], "sv", "en", toy, options=options
    )
    assert len(groups) == 2 and all(len(g.alternatives) == 1 for g in groups)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=20), st.sampled_from(["sv", "en", "de", "ru"]))
def test_any_words_translate_within_the_bounds(tmp_path_factory, words, source) -> None:
    folder = tmp_path_factory.mktemp("any")
    build(folder, "sv", "en", {"samtal": ["talk"]})
    build(folder, "en", "sv", {"talk": ["samtal"]})
    options = TranslationOptions(max_groups=5, max_alternatives=3)
    vocabulary = TermVocabulary(["talk", "samtal", "nato"])
    for target in ("en", "sv"):
        groups = translate(words, source, target, Lexicons(folder), vocabulary=vocabulary,
                           options=options)  # fmt: skip
        assert len(groups) <= 5 and all(len(g.alternatives) <= 3 for g in groups)
        assert all(term for g in groups for alternative in g.terms for term in alternative)


def test_without_lexicons_only_numbers_and_names_cross(tmp_path: Path) -> None:
    groups = translate(["Stoltenberg", "talks", "2022"], "en", "sv", Lexicons(tmp_path))
    assert terms(groups) == [
        ("kept", (("stoltenberg",),)),
        ("kept", (("talk",),)),
        ("number", (("2022",),)),
    ]


# -------------------------------------------------------------------- lexicon folders


def test_a_folder_tells_its_direct_and_bridged_pairs(toy: Lexicons) -> None:
    pairs = {p.pair: p for p in active_pairs(toy.directory)}
    assert {"de-en", "en-sv", "sv-de", "sv-en"} <= set(pairs)
    assert pairs["sv-en"].header.packages[0].licence == "GPL-2+"
    assert pairs["en-de"] == ActivePair("en", "de", None, "sv")
    assert "via" in pairs["en-de"].describe() and "GPL-2+" in pairs["sv-en"].describe()


def test_a_small_lexicon_is_completed_through_larger_ones_never_the_reverse(toy) -> None:
    assert toy.bridges("sv", "en") == ["de"]  # sv-de and de-en are larger than sv-en
    assert toy.bridges("de", "en") == []  # no de-sv leg


def test_a_missing_folder_has_no_pairs(tmp_path: Path) -> None:
    assert active_pairs(tmp_path / "none") == [] and Lexicons(tmp_path / "none").pairs() == []


def test_the_package_exports_a_sorted_all() -> None:
    names = translation.__all__
    key = [(0 if n.isupper() else 1 if n[0].isupper() else 2, n) for n in names]
    assert key == sorted(set(key)) and all(hasattr(translation, n) for n in names)


# --------------------------------------------- the shipped corpus, real Debian lexicons


@pytest.fixture(scope="module")
def installed() -> Lexicons:
    """The installed German, English and Swedish lexicons (the entries the shipped corpus'
    words need), compiled once and kept: seconds the first time."""
    from tests.search.test_crosslang import compiled_lexicons

    return Lexicons(compiled_lexicons())


def _vocabulary(language: str) -> TermVocabulary:
    ids = [SV] if language == "sv" else [p.stem for p in CORPUS.glob("*.txt") if p.stem != SV]
    texts = [(CORPUS / f"{i}.txt").read_text(encoding="utf-8") for i in ids]
    return TermVocabulary({t for text in texts for t in analyze(text, language)})


@pytest.mark.parametrize(
    ("word", "source", "target", "expected"),
    [
        ("discussions", "en", "sv", "diskussion"),  # finds the Swedish article
        ("medlemskap", "sv", "en", "membership"),
        ("förhandlingar", "sv", "en", "negoti"),
        ("Gespräche", "de", "en", "talk"),
        ("Gespräche", "de", "sv", "samtal"),
        ("talks", "en", "sv", "samtal"),
    ],
)
def test_the_shipped_corpus_words_cross_languages(installed, word, source, target, expected):
    (group,) = translate([word], source, target, installed, vocabulary=_vocabulary(target))
    assert (expected,) in group.terms, group


def test_english_translations_of_swedish_words_occur_in_the_english_articles(installed):
    english = analyze((CORPUS / f"{EN_BNE}.txt").read_text(encoding="utf-8"), "en")
    for word in ("medlemskap", "förhandlingar"):
        (group,) = translate([word], "sv", "en", installed)
        assert any(alternative[0] in english for alternative in group.terms), group


def test_without_a_vocabulary_the_usual_equivalents_come_first(installed):
    (group,) = translate(["Gespräch"], "de", "en", installed)
    assert {("talk",), ("convers",)} <= set(group.terms[:8])
