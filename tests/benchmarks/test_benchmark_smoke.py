"""The benchmark suite still runs end to end at a tiny size; its parts behave."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from benchmarks import data
from benchmarks.peers.fts5_engine import match_expression
from benchmarks.presslens_engine import presslens_available, without_language
from benchmarks.queries import (
    CLASS_QUERIES,
    CLASSES,
    LEGACY,
    QUERIES,
    BenchQuery,
    class_check,
    parse,
    resolve,
    suggest_prefixes,
)
from benchmarks.run import DEFAULT_DATA_DIR, main, parse_size
from benchmarks.scale.http import search_path
from benchmarks.scale_report import fit

needs_data = pytest.mark.skipif(
    not DEFAULT_DATA_DIR.is_dir(), reason=f"real corpus not found at {DEFAULT_DATA_DIR}"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("300", 300),
        ("5k", 5000),
        ("100k", 100_000),
        ("300k", 300_000),
        ("1m", 1_000_000),
        ("26k", None),
        ("full", None),
    ],
)
def test_size_argument_accepts_counts_and_k_and_m_suffixes(text: str, expected: int | None) -> None:
    assert parse_size(text) == expected


@pytest.mark.parametrize(
    ("query", "clauses"),
    [
        ("said", [("word", "said")]),
        ("interest rates", [("word", "interest"), ("word", "rates")]),
        ('"world cup"', [("phrase", "world cup")]),
        ("elec*", [("prefix", "elec")]),
        ("Flüchtlinge", [("word", "Flüchtlinge")]),
        ('"oil"', [("word", "oil")]),
        ("", []),
    ],
)
def test_query_syntax_splits_words_phrases_and_prefixes(
    query: str, clauses: list[tuple[str, str]]
) -> None:
    assert parse(query) == clauses


def test_fts5_expression_quotes_terms_and_keeps_prefix_star() -> None:
    assert match_expression('oil "interest rates" elec*') == '"oil" "interest rates" "elec"*'


def test_every_query_class_has_several_queries_and_the_legacy_set_is_unchanged() -> None:
    assert set(CLASSES) == {
        "rare", "common", "words", "phrase", "prefix", "typo", "facets", "date", "date+w",
    }  # fmt: skip
    for kind in CLASSES:
        assert sum(q.kind == kind for q in CLASS_QUERIES) >= 4, kind
    assert len(LEGACY) == len(QUERIES) == 42 and "said" in QUERIES and "нефть" in QUERIES
    assert all(q.text == "" and q.sort == "newest" for q in CLASS_QUERIES if q.kind == "facets")
    assert all(q.window for q in CLASS_QUERIES if q.kind in ("date", "date+w"))
    assert "el" in suggest_prefixes() or "ele" in suggest_prefixes()


@pytest.mark.parametrize(
    ("query", "path"),
    [
        (BenchQuery("oil", "rare"), "/search?q=oil&per_page=10&facets=outlet&facets=language"),
        (
            BenchQuery("", "date", outlets=("Der Standard",), since="2020-01-01", sort="newest"),
            "/search?q=&per_page=10&facets=outlet&facets=language&outlet=Der+Standard"
            "&since=2020-01-01&sort=newest",
        ),
    ],
)
def test_http_requests_carry_the_filters_sort_and_facets(query: BenchQuery, path: str) -> None:
    assert search_path(query) == path


def test_cycled_records_get_new_ids_after_the_first_pass_and_spread_dates() -> None:
    base = [{"id": "a", "text": "x", "published": None}, {"id": "b", "text": "y"}]
    records = list(data.cycled(base, 5))
    assert [r["id"] for r in records] == ["a", "b", "c2-a", "c2-b", "c3-a"]
    assert records[2]["text"] is base[0]["text"]  # copies share the text
    days = [date.fromisoformat(r["published"]) for r in records]
    assert all(date(2006, 1, 1) <= d <= date(2025, 12, 31) for d in days)
    assert len(set(days)) == 5 and records == list(data.cycled(base, 5))  # deterministic


def test_a_cycled_collection_is_lazy_and_spreads_20_years_evenly() -> None:
    found = data.Collection([{"id": str(i), "text": "t"} for i in range(10)], 100_000)
    assert found.cycled and len(found) == 100_000
    assert [r["id"] for r in found.head(12)][-2:] == ["c2-0", "c2-1"]
    dates = list(found.dates())
    years = {d[:4] for d in dates}
    assert years == {str(y) for y in range(2006, 2026)}
    recent = resolve([BenchQuery("", "date", window="recent")], dates)[0]
    share = sum(recent.since <= d <= recent.until for d in dates) / len(dates)
    assert 0.045 <= share <= 0.055 and recent.until == "2025-12-31"


def test_presslens_never_receives_the_true_language() -> None:
    records = [{"id": "x", "title": "t", "text": "b", "language": "en"}]
    assert all("language" not in r for r in without_language(records))


@pytest.mark.parametrize(
    ("sizes", "values", "exponent"),
    [((1, 2, 4, 8), (3.0, 3.0, 3.0, 3.0), 0.0), ((1, 2, 4, 8), (1.0, 2.0, 4.0, 8.0), 1.0)],
)
def test_cost_model_fits_the_growth_exponent(
    sizes: tuple[int, ...], values: tuple[float, ...], exponent: float
) -> None:
    assert fit(sizes, values)["exponent"] == pytest.approx(exponent, abs=1e-9)


@needs_data
def test_loaded_records_have_the_contract_fields_and_clean_text() -> None:
    records = list(data.load_articles(DEFAULT_DATA_DIR, limit=400))
    assert len(records) == 400
    assert {r["language"] for r in records} >= {"en", "de", "es"}
    for record in records:
        assert set(record) == {"id", "title", "text", "outlet", "published", "language", "source"}
        assert record["text"] and "&lt;" not in record["text"] and "&#" not in record["text"]
    reuters = next(r for r in records if r["source"] == "reuters21578")
    assert reuters["outlet"] == "Reuters" and reuters["published"] == "1987-02-26"
    german = next(r for r in records if r["language"] == "de")
    assert german["outlet"] == "Der Standard" and german["title"] is None
    assert not german["text"].startswith("'")
    assert len({r["id"] for r in data.load_articles(DEFAULT_DATA_DIR)}) == sum(
        1 for _ in data.load_articles(DEFAULT_DATA_DIR)
    )


@needs_data
def test_rare_and_common_words_are_what_their_document_frequencies_say() -> None:
    rows = class_check(list(data.load_articles(DEFAULT_DATA_DIR)))
    assert {kind for kind, *_ in rows} == {"rare", "common"}
    assert [(word, share) for _, word, share, ok in rows if not ok] == []


@needs_data
@pytest.mark.slow
def test_benchmark_runs_end_to_end_on_a_cycled_collection(tmp_path: Path) -> None:
    out = tmp_path / "400.json"
    report = main(
        [
            "--size", "400", "--corpus-limit", "150", "--json", str(out), "--repeats", "1",
            "--throughput-seconds", "1", "--throughput-requests", "100", "--smoke",
        ]
    )  # fmt: skip
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["articles"] == 400 and saved["cycled"] is True
    assert all("2006-01-01" <= q["since"] for q in saved["query_set"] if q["since"])
    engines = report["engines"]
    assert {"tantivy", "fts5", "whoosh-plain"} <= set(engines)
    for name, result in engines.items():
        assert "error" not in result, result.get("error")
        assert result["articles"] == 400 and result["add_articles"] == 100
        assert set(result["classes"]) == {*CLASSES, "legacy"} - set(result["unsupported"])
        said = result["per_query"]["said"]
        assert said["total"] > 0 and said["hits"] == 10 and said["snippets"] >= 1
        assert said["outlet_sum"] == said["total"], f"{name}: outlet facet is not exact"
        assert result["added_visible"] > 0, f"{name}: added articles not searchable"
    browse = [q["label"] for q in saved["query_set"] if q["class"] in ("facets", "date")]
    for label in browse:  # no words: every engine counts exactly the same documents
        totals = {name: r["per_query"][label]["total"] for name, r in engines.items()}
        assert len(set(totals.values())) == 1, (label, totals)
    if "presslens" in engines:
        assert len(engines["presslens"]["build_memory"]["workers_peak_rss_mb"]) == 2
        http = report["http"]
        assert "error" not in http, http.get("error")
        assert http["class_errors"] == 0 and http["throughput"]["errors"] == 0
        assert set(http["classes"]) == set(CLASSES) and not http["response_problems"]
        assert http["server_after_queries"]["rss_mb"] > 0
    else:  # still runs the peers; presslens joins as soon as its API imports
        assert presslens_available() is not None


@needs_data
def test_a_run_can_measure_the_index_an_earlier_run_built(tmp_path: Path) -> None:
    out, workdir = tmp_path / "300.json", tmp_path / "work"
    common = ["--size", "300", "--corpus-limit", "150", "--json", str(out), "--repeats", "1",
              "--no-http", "--no-legacy", "--workdir", str(workdir)]  # fmt: skip
    first = main([*common, "--engines", "presslens,fts5"])["engines"]
    again = main([*common, "--engines", "presslens", "--reuse"])["engines"]
    assert again["presslens"]["reused_index"] is True and not first["presslens"]["reused_index"]
    assert again["presslens"]["articles"] == 400  # the 300 built and the first run's 100 added
    assert again["presslens"]["build_seconds"] > 0
    assert "error" not in again["presslens"] and again["presslens"]["added_visible"] > 0
    assert again["fts5"]["from_run"]  # kept from the first run's results file
    assert again["fts5"]["p50_ms"] == first["fts5"]["p50_ms"]
