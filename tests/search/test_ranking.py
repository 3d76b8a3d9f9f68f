"""How questions and keyword queries match and rank (``search.strategy``), cause by cause of
the ranking issue, in English and Swedish (and the other languages where the cause is theirs)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from search import SearchIndex, open_index
from tests.support.corpora import index_articles

ARTICLES = {
    # English: retrieval, with and without every word of the question
    "en-retrieval": "Retrieving documents: information retrieval systems rank documents "
    "for people who ask questions in their own words.",
    "en-science": "Information science studies how information is collected, classified, "
    "stored and retrieved. Definitions differ between schools.",
    "en-definition": "A definition of science that everyone accepts is hard to give.",
    "en-other": "The harbour of Lund was quiet on Tuesday; the ferries stayed in port.",
    "en-panthers": "The Panthers defence led the league in sacks, with Kawann Short first.",
    "en-amazonas": "Amazonas is a state of Brazil; several nations name a region Amazonas.",
    # Swedish
    "sv-retrieval": "Sökning i dokument: system för informationssökning rangordnar dokument "
    "åt människor som ställer frågor med egna ord.",
    "sv-riksdag": "Riksdagen debatterade budgeten i tisdags och regeringen försvarade sina "
    "förslag om skatterna.",
    "sv-panthers": "Panthers försvar ledde ligan i sacks, och Kawann Short var bäst.",
    # Spanish
    "es-panthers": "La defensa de los Panthers lideró la liga en capturas, con Kawann Short "
    "como el mejor jugador del equipo.",
    "es-amazonas": "Amazonas es un estado de Brasil y varias naciones llaman así a una región.",
}


@pytest.fixture(scope="module")
def ranked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    articles = {article_id: text + "\n" for article_id, text in ARTICLES.items()}
    with open_index(index_articles(tmp_path_factory.mktemp("ranking"), articles)) as idx:
        yield idx


def _ids(index: SearchIndex, q: str, **options: object) -> list[str]:
    return [h.id for h in index.search(q, per_page=20, **options).hits]


# 1. A stopword never switches stemming off -----------------------------------------------
@pytest.mark.parametrize(
    "q, with_stopword",
    [
        ("retrieving", "retrieving OR the"),  # en: "the" is an English stopword
        ("dokument", "dokument OR och"),  # sv: "och"
        ("retrieving", "the retrieving"),
    ],
)
def test_a_stopword_beside_a_word_keeps_the_word_stemmed(
    ranked: SearchIndex, q: str, with_stopword: str
) -> None:
    alone = _ids(ranked, q)
    assert alone and _ids(ranked, with_stopword)[: len(alone)] == alone


@pytest.mark.parametrize("q", ["the", "what is it", "och det"])
def test_a_query_of_only_stopwords_still_finds_what_has_them(ranked: SearchIndex, q: str) -> None:
    assert ranked.search(q).total > 0


# 2. Not all words or nothing -------------------------------------------------------------
def test_a_question_finds_documents_matching_most_of_its_words(ranked: SearchIndex) -> None:
    result = ranked.search("What is information science? Give definitions where possible.")
    found = [h.id for h in result.hits]
    assert set(found[:2]) == {"en-science", "en-definition"}  # three of the words each
    assert "en-retrieval" in found  # one word: still found, ranked below
    assert result.fallback is None


@pytest.mark.parametrize(
    "q, expected",
    [("veto ukraine", "all"), ("riksdagen budgeten", "all"), ("information retrieval", "all")],
)
def test_two_keywords_still_mean_both_words(ranked: SearchIndex, q: str, expected: str) -> None:
    result = ranked.search(q)
    words = q.split()
    assert (
        all(all(w[:5] in ARTICLES[h.id].lower() for w in words) for h in result.hits)
        or result.fallback == "any-word"
    )


@pytest.mark.parametrize("match, total", [("all", 1), ("any", 3)])
def test_strictness_is_chosen_with_match(ranked: SearchIndex, match: str, total: int) -> None:
    assert ranked.search("information science definitions", match=match).total == total


# 3. A quoted word inside a question boosts, it does not filter ---------------------------
@pytest.mark.parametrize(
    "q, first",
    [
        ('How many nations contain "Amazonas" in their names?', "en-amazonas"),
        ("¿Cuántas naciones se llaman «Amazonas»?", "es-amazonas"),
        ('Vilka nationer heter "Amazonas"?', None),  # no Swedish article: still found
    ],
)
def test_a_quoted_word_in_a_question_does_not_zero_the_result(
    ranked: SearchIndex, q: str, first: str | None
) -> None:
    found = _ids(ranked, q)
    assert found and {"en-amazonas", "es-amazonas"} <= set(found)
    assert first is None or found[0] == first


def test_a_phrase_alone_is_still_an_exact_phrase(ranked: SearchIndex) -> None:
    assert _ids(ranked, '"information retrieval"') == ["en-retrieval"]


# A word said twice is one clause ---------------------------------------------------------
@pytest.mark.parametrize(
    "repeated, once",
    [
        ("retrieval systems rank documents for retrieval", "retrieval systems rank documents for"),
        ("frågor om riksdagen och budgeten och riksdagen", "frågor om riksdagen och budgeten"),
    ],
)
def test_a_word_said_twice_ranks_as_said_once_stopwords_too(
    ranked: SearchIndex, repeated: str, once: str
) -> None:
    def scores(q: str) -> list[tuple[str, float]]:
        return [(h.id, round(h.score, 4)) for h in ranked.search(q, per_page=20).hits]

    assert scores(repeated) == scores(once)
    assert scores(once)


@pytest.mark.parametrize(
    "q, lang, clauses",
    [
        ("buckled plates and buckling loads", "en", 3),  # buckl, plate, load
        ("dokument och dokumenten", "sv", 1),  # dokument (och: a stopword)
        ("dokument och dokumenten", "en", 3),  # three English words
    ],
)
def test_another_form_of_a_word_is_the_same_clause_in_its_language(
    ranked: SearchIndex, q: str, lang: str, clauses: int
) -> None:
    from search.query import parse
    from search.query_nodes import AtLeast, InLanguage

    compiled = ranked.view().compiler.compile(parse(q), preferences={lang: 2.0})
    (branch,) = [b for b in compiled.subqueries if isinstance(b, InLanguage) and b.language == lang]
    inner = branch.query.query if hasattr(branch.query, "boosts") else branch.query
    assert (len(inner.subqueries) if isinstance(inner, AtLeast) else 1) == clauses


# A hyphenated word inside a question: the exact compound, or its words anywhere ----------
COMPOUNDS = {
    "en-apart": "Sound and shock: how each was measured behind the grid.",
    "en-compound": "The shock-sound problem, measured behind the grid.",
    "en-one-part": "Shock absorbers for lorries, measured on the road.",
    "sv-apart": "Kommissionen i EU föreslår en ny budget för jordbruket.",
    "sv-compound": "EU-kommissionen vill ändra reglerna för fiske.",
    "sv-one-part": "Kommissionen för kulturarv samlades i Visby.",
}


@pytest.fixture(scope="module")
def compounds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    articles = {i: f"---\nlanguage: {i[:2]}\n---\n{text}\n" for i, text in COMPOUNDS.items()}
    with open_index(index_articles(tmp_path_factory.mktemp("compounds"), articles)) as idx:
        yield idx


@pytest.mark.parametrize(
    "q, found, missing",
    [
        ("papers on shock-sound wave interaction", {"en-apart", "en-compound"}, "en-one-part"),
        ("förslag från EU-kommissionen om fiske", {"sv-apart", "sv-compound"}, "sv-one-part"),
    ],
)
def test_a_hyphenated_word_in_a_question_finds_its_words_apart_but_not_one_of_them(
    compounds: SearchIndex, q: str, found: set[str], missing: str
) -> None:
    ids = _ids(compounds, q)
    assert found <= set(ids)
    assert missing not in ids


@pytest.mark.parametrize(
    "q, article, marked",
    [
        ("papers on shock-sound wave interaction", "en-apart", ["Sound", "shock"]),
        ("förslag från EU-kommissionen om fiske", "sv-apart", ["Kommissionen", "EU"]),
        ('"shock absorbers" measured grid', "en-apart", ["shock", "measured", "grid"]),
        ('"shock absorbers" measured grid', "en-one-part", ["Shock absorbers", "measured"]),
    ],
)
def test_words_that_match_apart_are_marked_apart(
    compounds: SearchIndex, q: str, article: str, marked: list[str]
) -> None:
    (hit,) = [h for h in compounds.search(q, per_page=20).hits if h.id == article]
    html = " ".join([hit.title_html, *hit.snippets])
    assert all(f"<mark>{word}</mark>" in html for word in marked), html


@pytest.mark.parametrize(
    "q, options",
    [
        ("shock-sound", {}),  # alone: the exact compound
        ("EU-kommissionen", {}),
        ("shock-sound measured grid", {"match": "all"}),  # strict: the exact compound
        ("EU-kommissionen reglerna fiske", {"match": "all"}),
    ],
)
def test_a_hyphenated_word_alone_or_strict_is_the_exact_compound(
    compounds: SearchIndex, q: str, options: dict[str, str]
) -> None:
    assert all(i.endswith("-compound") for i in _ids(compounds, q, **options))
    assert _ids(compounds, q, **options)


# 4. The question's language is preferred, the others not excluded ------------------------
@pytest.mark.parametrize(
    "q, first",
    [
        ("¿Quién lideró a los Panthers en capturas?", "es-panthers"),
        ("Who led the Panthers in sacks?", "en-panthers"),
        ("Vem ledde Panthers försvar?", "sv-panthers"),
    ],
)
def test_the_questions_language_ranks_first_and_names_find_every_language(
    ranked: SearchIndex, q: str, first: str
) -> None:
    found = _ids(ranked, q)
    assert found[0] == first
    assert {"en-panthers", "sv-panthers", "es-panthers"} <= set(found)


# No zero-hit answer for a question with an indexed content word ---------------------------
@pytest.mark.parametrize(
    "q",
    [
        "Where is the harbour of Lund, and why were the ferries quiet?",
        "Vad debatterade riksdagen om zzzqqq?",
        '"Kawann Short" qqqzzz xxyyzz',
    ],
)
def test_a_question_with_one_indexed_word_finds_something(ranked: SearchIndex, q: str) -> None:
    assert ranked.search(q).total > 0
