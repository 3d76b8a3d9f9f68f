"""Labelled-set quality: P and R >= 0.9, and the five shipped articles come out exactly."""

import pytest

from benchmarks.speaker_quality import DATA, evaluate

SHIPPED = [f"shipped_00{i}" for i in range(5)]


@pytest.fixture(scope="module")
def result():
    return evaluate()


def test_shipped_articles_are_exactly_right(result):
    for name in SHIPPED:
        assert result["articles"][name]["exact"], (name, result["articles"][name])


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is missing: only shipped articles")
def test_precision_and_recall_reach_target(result):
    assert result["n_articles"] >= 20
    for key in ("speaker_precision", "speaker_recall", "quote_precision", "quote_recall"):
        assert result[key] >= 0.9, (key, result[key])
