"""The relevance benchmark scores rankings the way its README says, reads both collections
right, forms peer queries that always parse, and runs end to end in seconds."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.peers.relevance_fts5 import match_expression
from benchmarks.peers.relevance_tantivy import TantivyRanker, parser_text
from benchmarks.relevance import cranfield, xquad
from benchmarks.relevance.cli import DATA_DIR, main
from benchmarks.relevance.metrics import (
    first_rank,
    mean,
    ndcg_at,
    recall_at,
    reciprocal_rank,
)
from benchmarks.relevance.model import Document
from benchmarks.relevance.presslens_ranker import parse_option
from benchmarks.relevance.words import query_words

L2 = math.log2(3)


# ------------------------------------------------------------------------------- metrics
@pytest.mark.parametrize(
    ("ranked", "gains", "k", "expected"),
    [
        # ideal order of gains 4, 3 -> 1.0
        (["a", "b"], {"a": 4, "b": 3}, 10, 1.0),
        # swapped: (3 + 4/log2 3) / (4 + 3/log2 3)
        (["b", "a"], {"a": 4, "b": 3}, 10, (3 + 4 / L2) / (4 + 3 / L2)),
        # a non-relevant first: (0 + 2/log2 3) / 2
        (["x", "a"], {"a": 2}, 10, 1 / L2),
        # the ideal uses every judged document, even the ones not retrieved
        (["a"], {"a": 1, "b": 4}, 10, 1 / (4 + 1 / L2)),
        # beyond k counts nothing
        (["x", "y", "a"], {"a": 3}, 2, 0.0),
        # gain 0 (Cranfield's -1: the question's source paper) is not relevant
        (["s", "a"], {"s": 0, "a": 1}, 10, 1 / L2),
        # no relevant document at all
        (["a"], {"a": 0}, 10, 0.0),
        # graded, three deep: (2 + 4/log2 3 + 1/2) / (4 + 2/log2 3 + 1/2)
        (["c", "a", "d"], {"a": 4, "c": 2, "d": 1}, 10, (2 + 4 / L2 + 1 / 2) / (4 + 2 / L2 + 0.5)),
    ],
)
def test_ndcg_uses_linear_graded_gains_and_log2_discount(
    ranked: list[str], gains: dict[str, float], k: int, expected: float
) -> None:
    assert ndcg_at(ranked, gains, k) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "gains", "k", "expected"),
    [
        (["a", "x", "b"], {"a": 1, "b": 2, "c": 3}, 100, 2 / 3),
        (["a", "x", "b"], {"a": 1, "b": 2, "c": 3}, 2, 1 / 3),
        (["s"], {"s": 0, "a": 1}, 100, 0.0),
        ([], {"a": 1}, 100, 0.0),
    ],
)
def test_recall_counts_relevant_documents_found_within_k(
    ranked: list[str], gains: dict[str, float], k: int, expected: float
) -> None:
    assert recall_at(ranked, gains, k) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("ranked", "relevant", "expected_rank", "expected_rr"),
    [
        (["a", "b"], {"a"}, 1, 1.0),
        (["x", "y", "a"], {"a"}, 3, 1 / 3),
        ([f"x{i}" for i in range(9)] + ["a"], {"a"}, 10, 0.1),
        ([f"x{i}" for i in range(10)] + ["a"], {"a"}, None, 0.0),
        ([], {"a"}, None, 0.0),
    ],
)
def test_reciprocal_rank_is_one_over_the_first_relevant_rank_within_ten(
    ranked: list[str], relevant: set[str], expected_rank: int | None, expected_rr: float
) -> None:
    assert first_rank(ranked, relevant, 10) == expected_rank
    assert reciprocal_rank(ranked, relevant, 10) == pytest.approx(expected_rr)


def test_mrr_is_the_mean_of_reciprocal_ranks() -> None:
    rrs = [reciprocal_rank(r, {"a"}, 10) for r in (["a"], ["x", "a"], ["x"], ["x", "y", "z", "a"])]
    assert mean(rrs) == pytest.approx((1 + 1 / 2 + 0 + 1 / 4) / 4)
    assert mean([]) is None


# --------------------------------------------------------------------------- collections
@pytest.fixture(scope="module")
def cran():
    return cranfield.load(DATA_DIR / "cranfield")


@pytest.fixture(scope="module")
def xq():
    return xquad.load(DATA_DIR / "xquad-r-dev")


def test_cranfield_judgements_are_keyed_by_question_position_not_by_its_number(cran) -> None:
    third = cran.questions[2]  # written as ".I 004" in cran.qry
    assert third.id == "3" and third.text.startswith("what problems of heat conduction")
    assert third.judgements["en"]["5"] == cranfield.GAINS[3] == 2.0


def test_cranfield_complete_answers_gain_most_and_source_papers_nothing(cran) -> None:
    first = cran.questions[0].judgements["en"]
    assert first["184"] == 3.0  # code 2, high relevance
    assert first["13"] == 1.0  # code 4, minimum interest
    assert first["486"] == 0.0  # code -1, the paper the question came from
    assert cranfield.GAINS[1] > cranfield.GAINS[2] > cranfield.GAINS[3] > cranfield.GAINS[4]


def test_cranfield_splits_odd_positions_to_tune_and_drops_the_two_empty_abstracts(cran) -> None:
    assert len(cran.questions) == 225 and len(cran.documents) == 1398
    assert [q.split for q in cran.questions[:4]] == ["tune", "check", "tune", "check"]
    assert sum(q.split == "tune" for q in cran.questions) == 113
    assert not {"471", "995"} & {d.id for d in cran.documents}


@pytest.mark.parametrize("language", xquad.LANGUAGES)
def test_xquad_answer_sentence_holds_the_answer_in_every_language(xq, language: str) -> None:
    texts = {d.id: d.text for d in xq.documents}
    raw = json.loads((DATA_DIR / "xquad-r-dev" / f"{language}.json").read_text("utf-8"))
    answers = {
        qa["id"]: qa["answers"][0]["text"]
        for article in raw["data"]
        for paragraph in article["paragraphs"]
        for qa in paragraph["qas"]
    }
    asked = [q for q in xq.questions if q.language == language]
    assert len(asked) == 612
    held = sum(
        answers[q.id.split(":", 1)[1]] in texts[next(iter(q.judgements[language]))] for q in asked
    )
    assert held >= 0.97 * len(asked)  # the rest: answers spanning a sentence break


def test_xquad_pools_five_languages_and_splits_articles_even_tune_odd_check(xq) -> None:
    assert len(xq.documents) == 3078
    assert {d.language for d in xq.documents} == set(xquad.LANGUAGES)
    first = xq.questions[0]
    assert first.split == "tune" and set(first.judgements) == set(xquad.LANGUAGES)
    assert sum(q.split == "tune" and q.language == "de" for q in xq.questions) == 354


# ------------------------------------------------------------------------ query formation
@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Who led the Panthers in sacks?", ["Who", "led", "the", "Panthers", "in", "sacks"]),
        ("Vem ledde Panthers i sacks?", ["Vem", "ledde", "Panthers", "i", "sacks"]),
        ('How many nations contain "Amazonas"?', ["How", "many", "nations", "contain", "Amazonas"]),
        ("Что такое «Амазонас»?", ["Что", "такое", "Амазонас"]),
        ("USA:s dörr-policy, Ukraine's", ["USA", "s", "dörr", "policy", "Ukraine", "s"]),
        ("?! -- ()", []),
    ],
)
def test_peer_queries_are_the_words_as_typed(question: str, words: list[str]) -> None:
    assert query_words(question) == words


def test_fts5_query_ors_quoted_words_and_tantivy_gets_them_lowercased() -> None:
    assert match_expression("Vem ledde Panthers?") == '"Vem" OR "ledde" OR "Panthers"'
    assert parser_text("Who AND NOT Panthers?") == "who and not panthers"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_typed_text_makes_a_valid_fts5_query(text: str) -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61')")
    db.execute("INSERT INTO t VALUES ('Panthers ledde ligan')")
    expression = match_expression(text)
    if expression:
        db.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expression,)).fetchone()


@pytest.fixture(scope="module")
def tantivy_lang(tmp_path_factory: pytest.TempPathFactory):
    ranker = TantivyRanker(per_language=True, workdir=tmp_path_factory.mktemp("tantivy"))
    ranker.build(
        [
            Document("en1", "The Panthers led the league in sacks.", language="en"),
            Document("de1", "Die Panthers führten die Liga an.", language="de"),
            Document("tr1", "Panthers ligde lider oldu.", language="tr"),
        ]
    )
    yield ranker
    ranker.close()


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_any_typed_text_parses_in_tantivy(tantivy_lang, text: str) -> None:
    tantivy_lang.search(text, 10)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("sacks", "en1"), ("führten", "de1"), ("lider", "tr1"), ("the", None), ("ve", None)],
)
def test_tantivy_per_language_fields_stem_and_drop_each_languages_stopwords(
    tantivy_lang, question: str, expected: str | None
) -> None:
    ids = tantivy_lang.search(question, 10).ids
    assert ids == ([expected] if expected else [])


def test_presslens_options_read_booleans_and_numbers() -> None:
    assert parse_option("translate=true") == ("translate", True)
    assert parse_option("strict=False") == ("strict", False)
    assert parse_option("per_page=5") == ("per_page", 5)
    with pytest.raises(ValueError, match="name=value"):
        parse_option("translate")


# ------------------------------------------------------------------------------ end to end
@pytest.fixture(scope="module")
def small_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("relevance") / "relevance.json"
    code = main(
        ["--engines", "fts5,presslens", "--limit", "2", "--articles", "2", "--json", str(out)]
    )
    assert code == 0
    return json.loads(out.read_text("utf-8"))


@pytest.mark.parametrize("engine", ["fts5", "presslens"])
def test_small_run_scores_cranfield_in_tune_check_and_all(small_run: dict, engine: str) -> None:
    figures = small_run["cranfield"]["engines"][engine]
    assert [figures[s]["questions"] for s in ("tune", "check", "all")] == [2, 2, 4]
    assert 0 < figures["all"]["ndcg@10"] <= 1 and 0 < figures["all"]["recall@100"] <= 1


@pytest.mark.parametrize("engine", ["fts5", "presslens"])
def test_small_run_scores_xquad_per_language_and_across(small_run: dict, engine: str) -> None:
    figures = small_run["xquad-r"]["engines"][engine]["all"]
    assert set(figures["mrr@10"]) == {*xquad.LANGUAGES, "avg"}
    assert figures["questions"] == dict.fromkeys(xquad.LANGUAGES, 4)
    into_english = {f"{lang}->en" for lang in ("de", "es", "ru", "tr")}
    from_english = {f"en->{lang}" for lang in ("de", "es", "ru")}
    assert set(figures["cross_mrr@10"]) == into_english | from_english | {"avg->en"}
    assert all(0 <= v <= 1 for v in figures["mrr@10"].values())


@pytest.mark.parametrize("option", ["no_such=1", "per_page=5"])
def test_a_presslens_option_search_cannot_take_fails_naming_it(
    capsys: pytest.CaptureFixture[str], option: str
) -> None:
    code = main(["--collections", "cranfield", "--presslens-option", option, "--limit", "1"])
    assert code == 2
    assert option.split("=")[0] in capsys.readouterr().err


def test_results_go_to_benchmarks_results_by_default() -> None:
    from benchmarks.relevance.cli import RESULTS

    assert RESULTS == Path(__file__).resolve().parents[2] / "benchmarks/results/relevance.json"
