"""Language detection: langdetect, seeded once, with an honest 'und' for text it cannot judge.

>>> detect_language("Det här var inte någon enkel diskussion, sade Stoltenberg.").code
'sv'
>>> detect_language("12 345 -- !!").code
'und'

langdetect's own detector spends most of its time in pure-Python loops (a 55-language
probability list multiplied element by element, thousands of times per article). This module
runs the *same* algorithm on langdetect's profiles with the inner loops in numpy: the same
seeded random draws, the same IEEE operations in the same order, hence bit-for-bit the same
probabilities (``tests/indexer/test_language.py`` checks this against ``langdetect`` itself),
about five times faster.
"""

from __future__ import annotations

import itertools
import random
import re
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

from indexer.wire_tables import wire_table_share

UNDETERMINED = "und"
#: Fewer letters than this and a guess would be noise.
MIN_LETTERS = 12
#: Detection reads a prefix: accuracy is flat beyond a few hundred characters, cost is not.
PREFIX_CHARS = 1200
#: The seed of langdetect's random trials: the same text always gets the same answer.
SEED = 0

# langdetect reports a few codes differently from the rest of presslens.
_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh", "nb": "no", "nn": "no"}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_SPACES = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # langdetect's own test: 'A' <= ch <= 'z'
# At or above U+0300 and outside "Latin Extended Additional" (U+1E00-U+1EFF).
_NON_LATIN = re.compile("[\u0300-\u1dff\u1f00-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class DetectedLanguage:
    code: str
    probability: float


class _NormalizedChars(dict):
    """``str.translate`` table applying langdetect's per-character ``NGram.normalize``."""

    def __missing__(self, codepoint: int) -> str:
        value = NGram.normalize(chr(codepoint))
        self[codepoint] = value
        return value


@dataclass(frozen=True)
class _Model:
    """langdetect's profiles as one matrix: a row of 55 language probabilities per n-gram."""

    languages: list[str]
    rows: dict[str, int]
    matrix: np.ndarray


_lock = threading.Lock()
_model: _Model | None = None
_normalized = _NormalizedChars()


def _load_model() -> _Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                init_factory()
                DetectorFactory.seed = SEED
                from langdetect.detector_factory import _factory

                probs: dict[str, list[float]] = _factory.word_lang_prob_map
                width = len(_factory.langlist)
                matrix = np.fromiter(
                    itertools.chain.from_iterable(probs.values()),
                    dtype=np.float64,
                    count=len(probs) * width,
                ).reshape(len(probs), width)
                rows = {word: row for row, word in enumerate(probs)}
                _model = _Model(list(_factory.langlist), rows, matrix)
    return _model


def warm_up() -> None:
    """Load the profiles now (before forking workers, so they share the memory)."""
    _load_model()


def _prepare_text(text: str) -> str:
    """``Detector.append`` then ``Detector.cleaning_text``, with the loops as regexes."""
    text = Detector.URL_RE.sub(" ", text)
    text = Detector.MAIL_RE.sub(" ", text)
    text = NGram.normalize_vi(text)
    text = _SPACES.sub(" ", text[:10000])
    if len(_LATIN.findall(text)) * 2 < len(_NON_LATIN.findall(text)):
        text = _LATIN.sub("", text)
    return text


def _word_rows(word: str, trailing: bool, rows: dict[str, int]) -> tuple[int, ...]:
    """Rows of the n-grams langdetect extracts from one space-delimited ``word``.

    langdetect's ``NGram`` buffer sees `` word `` (a space before, and after unless the text
    ends): every 1-gram of the word and every 2- and 3-gram of the padded word, except at
    positions inside a run of capitals (the second capital onwards).
    """
    found: list[int] = []
    padded = f" {word} " if trailing else f" {word}"
    previous_upper = False
    for j, ch in enumerate(word, start=1):
        upper = ch.isupper()
        if upper and previous_upper:
            continue
        previous_upper = upper
        for gram in (ch, padded[j - 1 : j + 1], padded[j - 2 : j + 1] if j >= 2 else ""):
            row = rows.get(gram)
            if row is not None:
                found.append(row)
    if trailing:
        for gram in (padded[-2:], padded[-3:]):
            row = rows.get(gram)
            if row is not None:
                found.append(row)
    return tuple(found)


_WORD_CACHE_SIZE = 200_000
_word_cache: dict[tuple[str, bool], tuple[int, ...]] = {}


def _ngrams(text: str, rows: dict[str, int]) -> list[int]:
    """Rows of the 1-, 2- and 3-grams of ``text``, in ``Detector._extract_ngrams`` order."""
    result: list[int] = []
    words = text.translate(_normalized).split(" ")
    last = len(words) - 1
    cache = _word_cache
    if len(cache) > _WORD_CACHE_SIZE:
        cache.clear()
    for k, word in enumerate(words):
        if not word:
            continue
        key = (word, k < last)
        found = cache.get(key)
        if found is None:
            found = cache[key] = _word_rows(word, k < last, rows)
        result.extend(found)
    return result


def _probabilities(rows: list[int], model: _Model) -> list[float]:
    """``Detector._detect_block``: seven seeded random walks over the text's n-grams."""
    unique, local = np.unique(np.asarray(rows, dtype=np.intp), return_inverse=True)
    features = model.matrix[unique]
    choices = local.tolist()
    width = len(model.languages)
    rnd = random.Random()
    rnd.seed(SEED)
    # random.choice(seq) is seq[rnd._randbelow(len(seq))]; inlined, same draws.
    count = len(choices)
    bits = count.bit_length()
    getrandbits = rnd.getrandbits
    total = np.zeros(width)
    trials = 7
    for _ in range(trials):
        prob = np.full(width, 1.0 / width)
        alpha = Detector.ALPHA_DEFAULT + rnd.gauss(0.0, 1.0) * Detector.ALPHA_WIDTH
        weighted = features + alpha / Detector.BASE_FREQ
        i = 0
        while True:
            r = getrandbits(bits)
            while r >= count:
                r = getrandbits(bits)
            prob *= weighted[choices[r]]
            if i % 5 == 0:
                values = prob.tolist()
                norm = sum(values)  # sequential, like langdetect's sum()
                prob /= norm
                # max(p / norm) == max(p) / norm: division by a positive number is monotonic.
                if max(values) / norm > Detector.CONV_THRESHOLD or i >= Detector.ITERATION_LIMIT:
                    break
            i += 1
        total += prob / trials
    return total.tolist()


def _best(probabilities: list[float], languages: list[str]) -> Any | None:
    from langdetect.language import Language

    found = [
        Language(lang, p)
        for lang, p in zip(languages, probabilities, strict=True)
        if p > Detector.PROB_THRESHOLD
    ]
    found.sort(reverse=True)
    return found[0] if found else None


def _has_letters(sample: str) -> bool:
    """At least ``MIN_LETTERS`` letters (usually decided by the first few words)."""
    return len(_LETTER.findall(sample, 0, 100)) >= MIN_LETTERS or (
        len(_LETTER.findall(sample)) >= MIN_LETTERS
    )


def detect_language(text: str) -> DetectedLanguage:
    """Return the most probable language of ``text`` (ISO 639-1) with its probability.

    Deterministic: the detector is seeded, so the same text always gets the same answer.
    Text with fewer than ``MIN_LETTERS`` letters is ``und`` with probability 0. English
    wire-service tables ("Shr 45 cts vs 58 cts"), which langdetect reads as Swedish or
    German, are English; their probability is the share of wire shorthand among their words.
    """
    found = langdetect_fast(text)
    if found.code != "en":
        share = wire_table_share(text[:PREFIX_CHARS])
        if share:
            return DetectedLanguage("en", round(share, 4))
    return found


def langdetect_fast(text: str) -> DetectedLanguage:
    """langdetect's own answer (numpy inner loops, identical results), nothing more."""
    sample = text[:PREFIX_CHARS]
    if not _has_letters(sample):
        return DetectedLanguage(UNDETERMINED, 0.0)
    model = _load_model()
    rows = _ngrams(_prepare_text(sample), model.rows)
    if not rows:
        return DetectedLanguage(UNDETERMINED, 0.0)
    best = _best(_probabilities(rows, model), model.languages)
    if best is None:
        return DetectedLanguage(UNDETERMINED, 0.0)
    code = _CODE_MAP.get(best.lang, best.lang)
    return DetectedLanguage(code, round(float(best.prob), 4))


def langdetect_reference(text: str) -> DetectedLanguage:
    """The same detection through langdetect's own (slow) ``Detector``: for tests."""
    sample = text[:PREFIX_CHARS]
    if not _has_letters(sample):
        return DetectedLanguage(UNDETERMINED, 0.0)
    _load_model()
    from langdetect.detector_factory import _factory

    detector = _factory.create()
    detector.seed = SEED
    detector.append(sample)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return DetectedLanguage(UNDETERMINED, 0.0)
    if not found:
        return DetectedLanguage(UNDETERMINED, 0.0)
    code = _CODE_MAP.get(found[0].lang, found[0].lang)
    return DetectedLanguage(code, round(float(found[0].prob), 4))
