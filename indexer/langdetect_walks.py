"""langdetect's seeded random walks, for many texts at once and bit for bit.

langdetect scores a text with seven random walks over its n-grams: draw an n-gram
(``random.choice``), multiply the 55 language probabilities by its row, and every fifth step
normalise and stop once one language passes ``CONV_THRESHOLD``; each walk starts with a
smoothing drawn from ``random.gauss``. Every text's generator is seeded with the same
:data:`SEED`, so every text reads the *same* stream of 32-bit Mersenne Twister outputs; texts
differ only in how many outputs each draw consumes (``_randbelow`` rejects values past the
text's n-gram count). Here the stream is generated once and each text keeps a cursor into
it, so a round of five draws is a few numpy operations for the whole batch instead of a
Python loop per text and draw.

>>> import numpy as np
>>> matrix = np.array([[0.9, 0.1], [0.2, 0.8]])
>>> [round(p, 3) for p in walk_probabilities([[0, 0, 1]], matrix)[0]]
[1.0, 0.0]
"""

from __future__ import annotations

import itertools
import math
import random
import threading

import numpy as np
from langdetect.detector import Detector

#: The seed of langdetect's random trials: the same text always gets the same answer.
SEED = 0
#: Walks per text, as langdetect runs them.
TRIALS = 7
#: langdetect normalises the probabilities every this many steps of a walk.
NORMALIZE_EVERY = 5
#: Stream outputs looked at per text and round; a round needs five accepted draws, and each
#: output is accepted with probability > 1/2, so 24 nearly always suffice (else: one by one).
_WINDOW = 24
#: Below this many texts still walking, a round's draws are cheaper one by one in Python.
_VECTOR_MIN = 12
_TWO_PI = 2.0 * math.pi
_RES53 = 1.0 / 9007199254740992.0


class _Stream:
    """The 32-bit outputs of ``random.Random(SEED)``, grown on demand (shared, thread-safe)."""

    def __init__(self) -> None:
        self._random = random.Random()
        self._random.seed(SEED)
        self._lock = threading.Lock()
        self.words = np.empty(0, dtype=np.uint32)
        self.ints: list[int] = []

    def at_least(self, length: int) -> np.ndarray:
        """The stream's first ``length`` outputs or more."""
        words = self.words
        if len(words) >= length:
            return words
        with self._lock:
            while len(self.words) < length:
                more = max(length - len(self.words), len(self.words), 1 << 16)
                # randbytes(n) is getrandbits(8n) little-endian: successive 32-bit outputs.
                fresh = np.frombuffer(self._random.randbytes(4 * more), dtype="<u4")
                self.words = np.concatenate((self.words, fresh.astype(np.uint32)))
                self.ints = self.ints + fresh.tolist()
            return self.words

    def ints_at_least(self, length: int) -> list[int]:
        """:meth:`at_least` as Python ints (faster to read one at a time)."""
        if len(self.ints) < length:
            self.at_least(length)
        return self.ints


_STREAM = _Stream()


def _uniform(words: np.ndarray, at: int) -> float:
    """``random.random()`` from the two outputs at ``at`` (CPython's ``genrand_res53``)."""
    a, b = int(words[at]) >> 5, int(words[at + 1]) >> 6
    return (a * 67108864.0 + b) * _RES53


class _Gauss:
    """``random.gauss(0.0, 1.0)`` per text: two uniforms give two values, one kept."""

    def __init__(self, texts: int) -> None:
        self.kept: list[float | None] = [None] * texts

    def next(self, text: int, cursor: np.ndarray) -> float:
        z = self.kept[text]
        self.kept[text] = None
        if z is None:
            at = int(cursor[text])
            words = _STREAM.at_least(at + 4)
            x2pi = _uniform(words, at) * _TWO_PI
            g2rad = math.sqrt(-2.0 * math.log(1.0 - _uniform(words, at + 2)))
            z = math.cos(x2pi) * g2rad
            self.kept[text] = math.sin(x2pi) * g2rad
            cursor[text] += 4
        return 0.0 + z * 1.0


def _smoothing(gauss: float) -> float:
    """The smoothing added to every probability of a walk (``alpha / BASE_FREQ``)."""
    return (Detector.ALPHA_DEFAULT + gauss * Detector.ALPHA_WIDTH) / Detector.BASE_FREQ


def _draws(
    cursor: np.ndarray, bits: np.ndarray, counts: np.ndarray, steps: np.ndarray
) -> np.ndarray:
    """Indexes of the next ``steps`` (1 or 5) n-grams drawn by each text, ``random.choice``
    as CPython makes it (``getrandbits(k) >> (32 - k)``, rejected while ``>= count``);
    advances ``cursor``. Rows beyond a text's steps are 0."""
    words = _STREAM.at_least(int(cursor.max()) + _WINDOW)
    candidates = words[cursor[:, None] + np.arange(_WINDOW)] >> (32 - bits)[:, None]
    accepted = candidates < counts[:, None]
    taken = np.cumsum(accepted, axis=1)
    chosen = accepted & (taken <= steps[:, None])
    drawn = np.zeros((len(cursor), NORMALIZE_EVERY), dtype=np.int64)
    rows, columns = np.nonzero(chosen)
    drawn[rows, taken[rows, columns] - 1] = candidates[rows, columns]
    start = cursor.copy()
    cursor += np.argmax(taken >= steps[:, None], axis=1) + 1
    for text in np.flatnonzero(taken[:, -1] < steps).tolist():
        # A long run of rejections (rare): this text's round one output at a time.
        at = int(start[text])
        shift = 32 - int(bits[text])
        for k in range(int(steps[text])):
            while True:
                value = int(_STREAM.at_least(at + 1)[at]) >> shift
                at += 1
                if value < counts[text]:
                    break
            drawn[text, k] = value
        cursor[text] = at
    return drawn


def _draws_one_by_one(
    cursor: list[int], bits: list[int], counts: list[int], first: list[bool]
) -> np.ndarray:
    """:func:`_draws` for a few texts, in Python; advances ``cursor`` (a list here)."""
    ints = _STREAM.ints_at_least(max(cursor) + 64 * NORMALIZE_EVERY)
    drawn = np.zeros((len(cursor), NORMALIZE_EVERY), dtype=np.int64)
    for row, once in enumerate(first):
        at, shift, count = cursor[row], 32 - bits[row], counts[row]
        for k in range(1 if once else NORMALIZE_EVERY):
            while True:
                if at >= len(ints):
                    ints = _STREAM.ints_at_least(at + 1)
                value = ints[at] >> shift
                at += 1
                if value < count:
                    break
            drawn[row, k] = value
        cursor[row] = at
    return drawn


class _Walks:
    """The texts walking now (at most ``pool``), one row each; finished texts make room for
    the next ones, so every round advances a full batch."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.texts = np.zeros(0, dtype=np.int64)  # which text each row is
        self.prob = np.zeros((0, width))
        self.shift = np.zeros(0)
        self.first = np.zeros(0, dtype=bool)  # the round is a walk's first step
        self.step = np.zeros(0, dtype=np.int64)  # the step at which the round normalises
        self.totals = np.zeros((0, width))

    def add(self, texts: np.ndarray, shifts: list[float]) -> None:
        n, width = len(texts), self.width
        self.texts = np.concatenate((self.texts, texts))
        self.prob = np.concatenate((self.prob, np.full((n, width), 1.0 / width)))
        self.shift = np.concatenate((self.shift, shifts))
        self.first = np.concatenate((self.first, np.ones(n, dtype=bool)))
        self.step = np.concatenate((self.step, np.zeros(n, dtype=np.int64)))
        self.totals = np.concatenate((self.totals, np.zeros((n, width))))

    def keep(self, kept: np.ndarray) -> None:
        self.texts, self.prob, self.shift = self.texts[kept], self.prob[kept], self.shift[kept]
        self.first, self.step, self.totals = self.first[kept], self.step[kept], self.totals[kept]


def walk_probabilities(
    samples: list[list[int]], matrix: np.ndarray, pool: int = 128
) -> list[list[float]]:
    """``Detector._detect_block`` for each text's n-gram rows in ``samples``: the language
    probabilities averaged over its walks (``matrix`` has a row per n-gram).

    Up to ``pool`` texts advance together, five steps (one normalisation) per round: one
    gather and five multiplications for all of them at once. A walk's first step is a round
    of one step, padded with rows of 1.0 (``x * 1.0 == x`` exactly). Every value goes
    through the same IEEE operations in the same order as in langdetect (sums left to
    right, as Python's ``sum``), so the probabilities are bit-for-bit langdetect's.
    """
    matrix = np.asarray(matrix)  # a memory map's indexing has Python overhead per call
    every = NORMALIZE_EVERY
    results: list[list[float]] = [[] for _ in samples]
    if not samples:
        return results
    counts = np.array([len(rows) for rows in samples], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(counts)[:-1]))
    flat_rows = np.fromiter(
        itertools.chain.from_iterable(samples), dtype=np.int64, count=int(counts.sum())
    )
    bits = np.array([int(c).bit_length() for c in counts], dtype=np.int64)
    bit_list, count_list = bits.tolist(), counts.tolist()
    cursor = np.zeros(len(samples), dtype=np.int64)  # per text, into the shared stream
    gauss = _Gauss(len(samples))
    trial = [0] * len(samples)
    walks = _Walks(matrix.shape[1])
    waiting = 0  # the next text to start

    def start(n: int) -> None:
        nonlocal waiting
        fresh = np.arange(waiting, min(waiting + n, len(samples)))
        waiting += len(fresh)
        walks.add(fresh, [_smoothing(gauss.next(int(t), cursor)) for t in fresh])

    start(pool)
    while len(walks.texts):
        texts, first = walks.texts, walks.first
        if len(texts) >= _VECTOR_MIN:
            live = cursor[texts]
            picks = _draws(live, bits[texts], counts[texts], np.where(first, 1, every))
        else:
            live = cursor[texts].tolist()
            picks = _draws_one_by_one(
                live,
                [bit_list[t] for t in texts.tolist()],
                [count_list[t] for t in texts.tolist()],
                first.tolist(),
            )
        cursor[texts] = live
        weighted = matrix[flat_rows[offsets[texts][:, None] + picks]] + walks.shift[:, None, None]
        if first.any():
            weighted[first, 1:] = 1.0
        prob = walks.prob
        for k in range(every):
            prob *= weighted[:, k]
        # Python's sum(): left to right. (np.sum adds pairwise: different last bits.)
        norms = np.add.accumulate(prob, axis=1)[:, -1]
        peaks = prob.max(axis=1)
        prob /= norms[:, None]
        stops = (peaks / norms > Detector.CONV_THRESHOLD) | (walks.step >= Detector.ITERATION_LIMIT)
        first[:] = False
        walks.step += every
        finished = []
        for row in np.flatnonzero(stops).tolist():
            text = int(texts[row])
            walks.totals[row] += prob[row] / TRIALS
            trial[text] += 1
            if trial[text] == TRIALS:
                results[text] = walks.totals[row].tolist()
                finished.append(row)
            else:
                walks.shift[row] = _smoothing(gauss.next(text, cursor))
                prob[row] = 1.0 / walks.width
                first[row] = True
                walks.step[row] = 0
        if finished:
            fresh = min(len(finished), len(samples) - waiting)
            for row in finished[:fresh]:  # a finished text's row takes the next text
                walks.texts[row] = waiting
                walks.shift[row] = _smoothing(gauss.next(waiting, cursor))
                prob[row] = 1.0 / walks.width
                first[row] = True
                walks.step[row] = 0
                walks.totals[row] = 0.0
                waiting += 1
            if fresh < len(finished):
                kept = np.ones(len(texts), dtype=bool)
                kept[finished[fresh:]] = False
                walks.keep(kept)
    return results


__all__ = ["NORMALIZE_EVERY", "SEED", "TRIALS", "walk_probabilities"]
