"""``python -m benchmarks.versus REV`` builds an index with each version's own code and
times both on the same queries, in one run, as a ratio."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import versus


def test_summary_is_the_median_over_rounds_of_each_rounds_percentiles() -> None:
    rounds = [[1.0] * 19 + [10.0], [2.0] * 19 + [20.0], [3.0] * 19 + [30.0]]
    assert versus.summary(rounds) == {"p50_ms": 2.0, "p95_ms": 20.0}  # nearest rank: the 20th


def test_a_version_against_itself_is_measured_both_ways_from_its_own_source(
    tmp_path: Path,
) -> None:
    out = tmp_path / "versus.json"
    report = versus.main(["HEAD", "--size", "300", "--rounds", "1", "--passes", "1",
                          "--workdir", str(tmp_path), "--json", str(out)])  # fmt: skip
    assert json.loads(out.read_text()) == report
    earlier = report["earlier"]
    assert (tmp_path / f"src-{earlier}" / "search" / "__init__.py").is_file()
    for name in (earlier, versus.CURRENT):
        assert (tmp_path / f"300-{name}" / "presslens" / "index" / "CURRENT").exists()
        figures = report["figures"][name]
        assert 0 < figures["p50_ms"] <= figures["p95_ms"]
    assert report["ratios"]["p95_ms"] == pytest.approx(
        report["figures"][versus.CURRENT]["p95_ms"] / report["figures"][earlier]["p95_ms"],
        abs=0.001,
    )
    assert "| ratio |" in versus.render(report)
