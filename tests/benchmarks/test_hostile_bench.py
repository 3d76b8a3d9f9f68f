"""``python -m benchmarks.hostile`` runs end to end at a tiny size, and its parts behave."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import hostile
from benchmarks.data import DEFAULT_DATA_DIR
from search import SearchIndex

WORDS = ["regeringen", "budgeten", "government", "parliament", "stoltenberg", "alliance"] * 3


def test_every_family_is_generated_deterministically_within_what_a_client_may_send() -> None:
    first = hostile.families(WORDS, seed=3, per_family=5)
    assert first == hostile.families(WORDS, seed=3, per_family=5)
    assert len(first) == 11 and all(len(items) == 5 for items in first.values())
    assert all(0 < len(q) <= hostile.MAX_QUERY for _, q in hostile.iter_queries(first))
    assert first["long word"][:3] == ["a" * 200, "a" * 400, "a" * 1000]
    assert "co* pr* re* st* de* in*" in first["many prefixes"]
    assert {"Blair,Brown", "oil/opec"} <= set(first["punctuation-joined words"])


@pytest.mark.parametrize(
    ("word", "seed"), [("regeringen", 1), ("government", 2), ("stoltenberg", 3)]
)
def test_a_typo_is_one_edit_away(word: str, seed: int) -> None:
    import random

    typo = hostile._typo(word, random.Random(seed))
    assert typo != word or len(set(word)) < len(word)
    assert abs(len(typo) - len(word)) <= 1


def test_in_process_reports_each_family_with_its_worst_request(
    shipped_index: SearchIndex,
) -> None:
    queries = hostile.families(WORDS, per_family=2)
    results = hostile.in_process(shipped_index, queries)
    assert set(results) == set(queries)
    for figures in results.values():
        assert figures["requests"] == 6 and figures["max_ms"] >= figures["p50_ms"] >= 0
        assert set(figures["outcomes"]) <= {"ok", "SearchTimeoutError"}
        assert figures["worst"].split(":")[0] in ("search", "quotes", "suggest")


@pytest.mark.server
def test_over_http_health_is_measured_and_no_undocumented_5xx_answers(
    shipped_index_path: Path,
) -> None:
    paths = hostile.hostile_paths(hostile.families(WORDS, per_family=2))
    figures = hostile.over_http(shipped_index_path, paths, seconds=2.0, clients=2, workers=1)
    assert figures["health_requests"] > 10 and figures["health_failures"] == 0
    assert figures["hostile_requests"] > 0 and figures["other_5xx"] == 0
    text = hostile.table({"in_process": {}, "http": figures})
    assert "/health over HTTP" in text and "other 5xx 0" in text


@pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"no corpus at {DEFAULT_DATA_DIR}")
def test_the_command_writes_its_results_and_prints_a_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "hostile.json"
    argv = ["--size", "40", "--index", str(tmp_path / "index"), "--per-family", "2"]
    hostile.main([*argv, "--no-http", "--out", str(out)])
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["documents"] == 40 and len(saved["in_process"]) == 11
    printed = capsys.readouterr().out
    assert "long word" in printed and "in-process goal" in printed
