"""Language facts through a real index: in every claimed language, one word form finds another.

Each article declares its language in front matter; the query declares none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from search import Filters, open_index
from search.languages import LANGUAGES, STEMMERS, supported_language

# language -> (word in the article, query word that must find it)
STEMMING_FACTS = {
    "da": ("diskussionerne", "diskussion"),
    "de": ("Regierungen", "Regierung"),
    "en": ("discussions", "discussion"),
    "es": ("negociaciones", "negociación"),
    "fi": ("neuvotteluissa", "neuvottelut"),
    "fr": ("négociations", "négociation"),
    "hu": ("tárgyalások", "tárgyalás"),
    "it": ("negoziati", "negoziato"),
    "nl": ("onderhandelingen", "onderhandeling"),
    "no": ("diskusjonene", "diskusjon"),
    "pt": ("negociações", "negociação"),
    "ro": ("negocierile", "negocieri"),
    "ru": ("переговоры", "переговорах"),
    "sv": ("diskussioner", "diskussion"),
    "tr": ("görüşmeler", "görüşme"),
}


def test_the_table_covers_every_language_the_index_claims() -> None:
    assert set(STEMMING_FACTS) == set(LANGUAGES) == set(STEMMERS)
    assert len(LANGUAGES) >= 15


@pytest.fixture(scope="module")
def index_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from indexer.build import sync_corpus

    corpus = tmp_path_factory.mktemp("languages") / "corpus"
    corpus.mkdir()
    for language, (word, _) in STEMMING_FACTS.items():
        (corpus / f"fact-{language}.txt").write_text(
            f"---\nlanguage: {language}\ntitle: {language} {word}\n---\nZyx {word} qwv.\n",
            encoding="utf-8",
        )
    (corpus / "mixed-en.txt").write_text(
        "---\nlanguage: en\n---\nThe talks on an open-door policy will de-escalate; "
        "Ukraine's answer came later.\n",
        encoding="utf-8",
    )
    (corpus / "mixed-sv.txt").write_text(
        "---\nlanguage: sv\n---\nNato:s dörr-policy och Ukrainas svar diskuterades länge.\n",
        encoding="utf-8",
    )
    root = corpus.parent / "index"
    report = sync_corpus(corpus, root)
    assert not report.failed, report.failed
    return root


@pytest.fixture(scope="module")
def search(index_path: Path) -> Callable[..., set[str]]:
    idx = open_index(index_path)

    def run(query: str, *languages: str) -> set[str]:
        result = idx.search(query, Filters(languages=languages), per_page=50)
        return {hit.id for hit in result.hits}

    yield run
    idx.close()


@pytest.mark.parametrize(("language", "forms"), sorted(STEMMING_FACTS.items()))
def test_one_word_form_finds_another_in_its_language(
    search: Callable[..., set[str]], language: str, forms: tuple[str, str]
) -> None:
    _, query = forms
    assert f"fact-{language}" in search(query)
    assert search(query, language) == {f"fact-{language}"}


def test_a_query_needs_no_language_and_finds_swedish_and_english_alike(
    search: Callable[..., set[str]],
) -> None:
    assert {"mixed-en", "mixed-sv"} <= search("policy")


def test_lang_restricts_to_that_language(search: Callable[..., set[str]]) -> None:
    assert search("policy", "sv") == {"mixed-sv"}
    assert search("policy", "en") == {"mixed-en"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("open", "mixed-en"),
        ("door", "mixed-en"),
        ('"open door"', "mixed-en"),
        ("escalate", "mixed-en"),
        ("ukraine's", "mixed-en"),
        ("dörr", "mixed-sv"),
        ('"dörr policy"', "mixed-sv"),
        ("nato", "mixed-sv"),
    ],
)
def test_hyphenated_and_possessive_words_are_found_by_their_parts(
    search: Callable[..., set[str]], query: str, expected: str
) -> None:
    assert expected in search(query)


@pytest.mark.parametrize(
    ("code", "supported"),
    [
        ("sv", "sv"),
        ("SV", "sv"),
        ("sv-FI", "sv"),
        ("nb", "no"),
        ("pt-BR", "pt"),
        ("se", "und"),  # Northern Sami, which presslens does not stem, not Swedish
        ("zh-cn", "und"),
        ("", "und"),
    ],
)
def test_detector_codes_map_onto_supported_languages(code: str, supported: str) -> None:
    assert supported_language(code) == supported
