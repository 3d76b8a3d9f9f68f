"""Language detection names the true language of at least 99% of real news articles."""

from __future__ import annotations

import pytest

from benchmarks.language_accuracy import REQUIRED_ACCURACY, evaluate, render
from benchmarks.run import DEFAULT_DATA_DIR

pytestmark = pytest.mark.skipif(
    not DEFAULT_DATA_DIR.is_dir(), reason=f"real corpus not found at {DEFAULT_DATA_DIR}"
)


@pytest.fixture(scope="module")
def report() -> dict:
    return evaluate(200, data_dir=DEFAULT_DATA_DIR)


def test_sample_covers_every_corpus_language(report: dict) -> None:
    assert set(report["languages"]) == {"en", "de", "es", "ru"}
    assert all(c["evaluated"] >= 60 for c in report["languages"].values())


def test_at_least_99_percent_of_articles_get_their_true_language(report: dict) -> None:
    assert report["overall"]["accuracy"] >= REQUIRED_ACCURACY, render(report)


def test_every_miss_is_reported_with_id_and_preview(report: dict) -> None:
    overall = report["overall"]
    assert len(report["misses"]) == overall["evaluated"] - overall["correct"]
    for miss in report["misses"]:
        assert miss["id"] and len(miss["preview"]) <= 80 and miss["detected"] != miss["true"]


def test_corpus_proportioned_sample_reaches_99_percent() -> None:
    """Reuters in its real share (its earnings tables were the hard case: 98.13% before the
    wire-table rule, 99.85% over all 23,902 articles after it)."""
    report = evaluate(total=1500, data_dir=DEFAULT_DATA_DIR)
    assert report["overall"]["accuracy"] >= REQUIRED_ACCURACY, render(report, max_misses=20)
