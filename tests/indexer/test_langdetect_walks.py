"""langdetect's random walks in batches: the same probabilities however they are batched."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector

from indexer import langdetect_walks
from indexer.langdetect_walks import SEED, TRIALS, walk_probabilities

_MATRIX = np.random.default_rng(7).uniform(0.0001, 0.05, size=(40, 6))


def _langdetect_walks(rows: list[int], matrix: np.ndarray) -> list[float]:
    """``Detector._detect_block`` as langdetect writes it, one text, plain Python."""
    rnd = random.Random()
    rnd.seed(SEED)
    width = matrix.shape[1]
    totals = [0.0] * width
    for _ in range(TRIALS):
        prob = [1.0 / width] * width
        alpha = Detector.ALPHA_DEFAULT + rnd.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
        weight = alpha / Detector.BASE_FREQ
        step = 0
        while True:
            row = matrix[rnd.choice(rows)]
            for k in range(width):
                prob[k] *= weight + float(row[k])
            if step % 5 == 0:
                total = sum(prob)
                peak = 0.0
                for k in range(width):
                    prob[k] /= total
                    peak = max(peak, prob[k])
                if peak > Detector.CONV_THRESHOLD or step >= Detector.ITERATION_LIMIT:
                    break
            step += 1
        for k in range(width):
            totals[k] += prob[k] / TRIALS
    return totals


_SAMPLES = [
    [0, 1, 2, 3],
    [5],
    list(range(40)),
    [7, 7, 8],
    list(range(17)),  # 17 rows: 5 bits, almost half of the draws rejected
    [1, 30, 12, 12, 9, 33],
]


def test_the_walks_are_langdetects_bit_for_bit() -> None:
    found = walk_probabilities(_SAMPLES, _MATRIX)
    assert found == [_langdetect_walks(rows, _MATRIX) for rows in _SAMPLES]


@pytest.mark.parametrize(
    ("pool", "window", "vector_min"),
    [
        (1, 24, 12),  # one text at a time
        (3, 24, 12),  # texts start as others finish
        (128, 24, 0),  # every round's draws in numpy
        (128, 24, 1_000),  # every round's draws in Python
        (128, 5, 0),  # windows too short: rejections fall back to one by one
    ],
)
def test_batching_and_drawing_never_change_a_probability(
    pool: int, window: int, vector_min: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = walk_probabilities(_SAMPLES, _MATRIX)
    monkeypatch.setattr(langdetect_walks, "_WINDOW", window)
    monkeypatch.setattr(langdetect_walks, "_VECTOR_MIN", vector_min)
    assert walk_probabilities(_SAMPLES, _MATRIX, pool=pool) == expected


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.integers(0, 39), min_size=1, max_size=30), min_size=1, max_size=6))
def test_any_texts_walk_as_in_langdetect(samples: list[list[int]]) -> None:
    assert walk_probabilities(samples, _MATRIX, pool=2) == [
        _langdetect_walks(rows, _MATRIX) for rows in samples
    ]


def test_no_texts_no_walks() -> None:
    assert walk_probabilities([], _MATRIX) == []
