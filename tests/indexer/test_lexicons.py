"""Bilingual lexicons: reading each installed Debian format, finding packages, versions and
licences, and compiling pairs into a folder that says what it holds (or what to install)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.lexicons import RECOMMENDED, advice, compile_lexicons, find_installed
from indexer.lexicons.apertium import read_apertium_bilingual, read_number
from indexer.lexicons.compile import fan_in, merge, reverse, subset_signature
from indexer.lexicons.dictd import decode_number, read_dictd
from indexer.lexicons.ding import parse_ding
from indexer.lexicons.entries import Entry, clean_translations, mentions
from indexer.lexicons.freedict import parse_freedict, read_freedict
from indexer.lexicons.installed import package_licence
from indexer.lexicons.mueller import parse_mueller, read_mueller
from indexer.lexicons.tei import read_tei
from search.translation import Lexicon, Lexicons, active_pairs

DICTD = Path("/usr/share/dictd")
APERTIUM = Path("/usr/share/apertium/apertium-eng-spa")


def require(*files: Path) -> None:
    """Fail in CI, skip elsewhere, when an installed lexicon file is missing."""
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        message = f"lexicon files missing ({', '.join(missing)}): run .ci/install-lexicons.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


# ------------------------------------------------------------------- entry clean-up


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("talk; interlocution", ["talk", "interlocution"]),
        ("government /Gov.; Govt./; administration [Am.]", ["government", "administration"]),
        ("Gespräch {n}; Unterredung {f} [geh.]", ["Gespräch", "Unterredung"]),
        ("to discuss sth. (with sb.)", ["discuss"]),
        ("kvar, kvarblivande, kvarstående", ["kvar", "kvarblivande", "kvarstående"]),
        ("a very long explanation of the word", []),  # an explanation, not an equivalent
        ("42; ...", []),
    ],
)
def test_translations_lose_grammar_labels_and_notes(line: str, expected: list[str]) -> None:
    assert clean_translations(line) == expected


@settings(max_examples=300)
@given(st.text(max_size=200))
def test_every_parser_reads_any_text_without_failing(text: str) -> None:
    for parse in (parse_ding, parse_freedict, parse_mueller):
        entry = parse(text)
        assert entry is None or (entry.headword and entry.translations)
    for translation in clean_translations(text):
        assert translation.strip() and "{" not in translation and "[" not in translation


# ------------------------------------------------------------------------- formats


@pytest.mark.parametrize(("text", "number"), [("A", 0), ("b", 27), ("BA", 64), ("BOQXT", 20514259)])
def test_dictd_numbers_are_base_64(text: str, number: int) -> None:
    assert decode_number(text) == number


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Gespräch\n {n}\n   talk; interlocution\n", Entry("Gespräch", ("talk", "interlocution"))),
        ("regieren\n\n   to govern; to rule\n", Entry("regieren", ("govern", "rule"))),
        ("Haus…\n\n   domestic\n", None),  # a prefix, not a word
    ],
)
def test_ding_entries(text: str, entry: Entry | None) -> None:
    assert parse_ding(text) == entry


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("allvarlig /ˈallvɑːrlˌɪɡ/\nearnest, serious, staid\n",
         Entry("allvarlig", ("earnest", "serious", "staid"))),
        ("Verhandlung /fɛɐ̯ˈhandlʊŋ/ <n, fem>\n1. förhandling\ngerichtliche Abhandlung\n"
         "2. förhandling, överläggning\nein Interessenausgleich\n",
         Entry("Verhandlung", ("förhandling", "överläggning"))),
        ("samtal /samtˈɑːl/ <n>\nGespräch, Unterhaltung 2.\npratstund; meningsutbyte\n",
         Entry("samtal", ("Gespräch", "Unterhaltung"))),
        ("creed /kɹˈiːd/\n1. iman ikrarı, amentü\n2. itikat, akide.\n",
         Entry("creed", ("iman ikrarı", "amentü", "itikat", "akide"))),
    ],
)  # fmt: skip
def test_freedict_entries_take_senses_not_definitions(text: str, entry: Entry) -> None:
    assert parse_freedict(text) == entry


def test_mueller_entries_keep_russian_equivalents_in_sense_order() -> None:
    text = (
        "government\n   [↗gʌvnmɜnt] _n.\n   1) правительство; organs of government органы\n"
        "   2) форма правления\n   3) _attr. управление (страной)\n"
    )
    assert parse_mueller(text) == Entry(
        "government", ("правительство", "форма правления", "управление")
    )


def test_tei_entries() -> None:
    tei = io.BytesIO(
        b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><entry><form><orth>medlem'
        b'</orth></form><sense><cit type="trans"><quote>member</quote></cit></sense></entry>'
        b"</body></text></TEI>"
    )
    assert list(read_tei(tei)) == [Entry("medlem", ("member",))]


def _encode(value: int) -> bytes:
    """lttoolbox's variable-length number (Compression::multibyte_write)."""
    for extra, limit in enumerate((0x40, 0x4000, 0x400000, 0x40000000)):
        if value < limit:
            raw = value.to_bytes(extra + 1, "big")
            return bytes([raw[0] | (extra << 6)]) + raw[1:]
    raise ValueError(value)


@given(st.integers(min_value=0, max_value=0x3FFFFFFF))
def test_lttoolbox_numbers_round_trip(value: int) -> None:
    encoded = _encode(value)
    assert read_number(encoded + b"\xff", 0) == (value, len(encoded))


# ---------------------------------------------------------- the installed packages


@pytest.mark.parametrize(
    ("parse", "path", "headword", "translation"),
    [
        (parse_ding, DICTD / "german-english.index", "Gespräch", "talk"),
        (parse_ding, DICTD / "english-german.index", "talk", "Gespräch"),
        (parse_freedict, DICTD / "freedict-swe-eng.index", "allvarlig", "serious"),
        (parse_freedict, DICTD / "freedict-eng-swe.index", "discuss", "diskutera"),
        (parse_freedict, DICTD / "freedict-swe-deu.index", "medlemskap", "Mitgliedschaft"),
        (parse_freedict, DICTD / "freedict-tur-eng.index", "kasım", "November"),
        (parse_mueller, DICTD / "mueller7.index", "government", "правительство"),
    ],
)
def test_installed_dictd_dictionaries_are_read(parse, path: Path, headword: str, translation: str):
    require(path)
    found = [parse(text) for word, text in read_dictd(path) if word.lower() == headword.lower()]
    assert any(e is not None and translation in e.translations for e in found), found


@pytest.mark.parametrize(
    ("path", "headword", "translation"),
    [
        (APERTIUM / "spa-eng.autobil.bin", "gobierno", "government"),
        (APERTIUM / "eng-spa.autobil.bin", "university", "universidad"),
    ],
)
def test_installed_apertium_dictionaries_are_read(path: Path, headword: str, translation: str):
    require(path)
    found = [e for e in read_apertium_bilingual(path) if e.headword == headword]
    assert any(translation in e.translations for e in found), found


def test_whole_dictionaries_parse_into_many_entries() -> None:
    require(DICTD / "freedict-swe-eng.index", DICTD / "mueller7.index")
    assert sum(1 for _ in read_freedict(DICTD / "freedict-swe-eng.index")) > 5000
    assert sum(1 for _ in read_mueller(DICTD / "mueller7.index")) > 40000


def test_dictd_entries_come_with_their_headwords() -> None:
    require(DICTD / "freedict-swe-eng.index")
    entries = list(read_dictd(DICTD / "freedict-swe-eng.index"))
    assert len(entries) > 5000
    assert all(text.lower().startswith(headword.lower()) for headword, text in entries[:200])


def test_installed_lexicons_name_package_version_and_licence() -> None:
    require(DICTD / "german-english.index", DICTD / "mueller7.index")
    found = {(x.package, x.source, x.target): x for x in find_installed()}
    ding = found[("dict-de-en", "de", "en")]
    assert ding.version and ding.licence == "GPL-2+"
    assert found[("mueller7-dict", "en", "ru")].licence == "GPL-2+"  # free-form copyright
    assert found[("dict-freedict-swe-eng", "sv", "en")].licence.startswith("GPL")


def test_a_package_without_a_copyright_file_has_no_known_licence() -> None:
    assert package_licence("no-such-package") == ""


# ------------------------------------------------------------------------ compiling


def test_reading_backwards_ranks_by_the_position_in_the_entry() -> None:
    backward = {"talk": ["samtal", "tala"], "conversation": ["samtal"], "speech": ["tal", "samtal"]}
    assert reverse(backward, "sv")["samtal"] == ["talk", "conversation", "speech"]


def test_confirmed_and_common_translations_rank_first() -> None:
    forward = {"sicherheit": ["certitude", "security", "safety"], "schutz": ["safety"],
               "wertpapier": ["security"], "gewissheit": ["certitude"]}  # fmt: skip
    backward = {"sicherheit": ["safety", "security"]}
    assert fan_in(forward, "en")["security"] == 2
    assert merge(forward, backward, "en")["sicherheit"] == ["security", "safety", "certitude"]
    assert merge(forward, backward, "en", "dictionary")["sicherheit"] == [
        "security", "safety", "certitude"]  # fmt: skip


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory):
    """The installed Swedish-English lexicons compiled once (a few seconds)."""
    require(DICTD / "freedict-swe-eng.index", DICTD / "freedict-eng-swe.index")
    folder = tmp_path_factory.mktemp("lexicons")
    (folder / "xx-yy.pllex").write_bytes(b"stale")
    return folder, compile_lexicons(folder, languages={"sv", "en"})


def test_compiling_writes_both_directions_with_counts_and_sources(compiled) -> None:
    folder, report = compiled
    pairs = {p.pair: p for p in report.pairs}
    assert set(pairs) == {"sv-en", "en-sv"}
    assert pairs["sv-en"].counts["headwords"] > 5000 and pairs["sv-en"].size < 5_000_000
    roles = {(s.name, s.role) for s in pairs["sv-en"].packages}
    assert roles == {("dict-freedict-swe-eng", "direct"), ("dict-freedict-eng-swe", "reversed")}
    with Lexicon.open(folder / "sv-en.pllex") as lexicon:
        assert "serious" in lexicon.words("allvarlig")


def test_the_report_lists_pairs_packages_licences_and_what_is_missing(compiled) -> None:
    _, report = compiled
    text = report.format()
    assert "sv-en" in text and "dict-freedict-swe-eng" in text and "GPL" in text
    assert not report.missing  # de-en, es-en... are outside the languages asked for


def test_stale_pairs_are_removed_and_the_folder_knows_its_pairs(compiled) -> None:
    folder, _ = compiled
    assert not (folder / "xx-yy.pllex").exists()
    assert {p.pair for p in active_pairs(folder)} == {"sv-en", "en-sv"}
    assert Lexicons(folder).pairs() == [("en", "sv"), ("sv", "en")]


def test_without_lexicons_nothing_is_written_and_the_report_says_what_to_install(tmp_path):
    report = compile_lexicons(tmp_path, installed=[])
    assert report.pairs == [] and active_pairs(tmp_path) == []
    text = report.format()
    assert "No bilingual lexicon is installed" in text
    for packages in RECOMMENDED.values():
        assert all(p in text for p in packages)


def test_advice_names_the_packages_of_each_missing_pair() -> None:
    lines = advice({("sv", "en")}, {"sv", "en", "de"})
    assert lines == [
        "No de-en lexicon: install dict-de-en (apt-get install), then run this command again.",
        "No sv-de lexicon: install dict-freedict-swe-deu dict-freedict-deu-swe (apt-get install),"
        " then run this command again.",
    ]


def test_compiling_again_keeps_pairs_built_from_the_same_package_versions(compiled) -> None:
    folder, _ = compiled
    again = compile_lexicons(folder, languages={"sv", "en"})
    assert [p.written for p in again.pairs] == [False, False]
    assert "(up to date)" in again.format()
    forced = compile_lexicons(folder, languages={"en"} | {"sv"}, force=True)
    assert all(p.written for p in forced.pairs)


# ------------------------------------------------------------------ a subset, for trials


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Gespräch {n}; Unterredung {f}", True),
        ("GESPRÄCHE {pl}", False),  # whole words only: "gespräche" is not in the set
        ("talk; conversation", True),
        ("Haus {n}; house", False),
    ],
)
def test_a_subset_keeps_the_entries_that_mention_its_words(text: str, kept: bool) -> None:
    keep = mentions(["Gespräch", "talk"])
    assert keep(text) is kept
    if kept:
        assert keep.places(text.encode())  # found in the raw bytes too


@given(st.text(max_size=60), st.lists(st.text(min_size=1, max_size=8), max_size=4))
def test_every_place_a_word_starts_is_found(text: str, words: list[str]) -> None:
    keep = mentions(words)
    data = text.encode()
    for word in {w.lower() for w in words if w.strip()}:
        at = data.find(word.encode())
        if at >= 0:
            assert at in keep.places(data)


def test_a_subset_compiles_in_seconds_and_is_never_taken_for_the_whole(tmp_path: Path) -> None:
    require(DICTD / "freedict-swe-eng.index", DICTD / "freedict-eng-swe.index")
    subset = compile_lexicons(tmp_path, languages={"sv", "en"}, words=["allvarlig", "serious"])
    pairs = {p.pair: p for p in subset.pairs}
    assert 0 < pairs["sv-en"].counts["headwords"] < 100 and pairs["sv-en"].counts["subset"]
    with Lexicon.open(tmp_path / "sv-en.pllex") as lexicon:
        assert "serious" in lexicon.words("allvarlig")
    assert subset_signature(["serious", "allvarlig"]) == pairs["sv-en"].counts["subset"]
    again = compile_lexicons(tmp_path, languages={"sv", "en"}, words=["Serious", "allvarlig"])
    assert not any(p.written for p in again.pairs)  # the same subset: up to date
    other = compile_lexicons(tmp_path, languages={"sv", "en"}, words=["medlem"])
    assert all(p.written for p in other.pairs)  # another subset is compiled anew
