"""``python -m benchmarks.translation_latency`` measures both ways in one run, on a real index
(the shipped corpus, the installed lexicons)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import translation_latency
from tests.search.test_crosslang import compiled_lexicons, shipped_with_lexicons


def test_the_benchmark_reports_both_ways_and_their_ratio(tmp_path: Path) -> None:
    shipped_with_lexicons(tmp_path, compiled_lexicons()).close()
    out = tmp_path / "result.json"
    code = translation_latency.main(["--index", str(tmp_path / "index"), "--repeats", "1",
                                     "--json", str(out)])  # fmt: skip
    result = json.loads(out.read_text())
    assert code == 0 and result["documents"] == 5 and result["queries"] > 60
    for way in ("untranslated", "translated"):
        assert 0 < result[way]["p50_ms"] <= result[way]["p95_ms"]
    assert result["ratio_p95"] == pytest.approx(
        result["translated"]["p95_ms"] / result["untranslated"]["p95_ms"]
    )
