"""Language detection: langdetect, seeded once, with an honest 'und' for text it cannot judge.

>>> detect_language("Det här var inte någon enkel diskussion, sade Stoltenberg.").code
'sv'
>>> detect_language("12 345 -- !!").code
'und'

langdetect's own detector spends most of its time in pure-Python loops (a 55-language
probability list multiplied element by element, thousands of times per article). This module
runs the *same* algorithm on langdetect's profiles with the inner loops in numpy, and
advances the random walks of a whole batch of texts together (:func:`detect_languages`,
``indexer.langdetect_walks``): the same seeded random draws, the same IEEE operations in the
same order, hence bit-for-bit the same probabilities (``tests/indexer/test_language.py``
checks this against ``langdetect`` itself). Per article on the real news (CPU time, prefix
and n-grams included): langdetect ~3.3 ms; here ~0.48 ms in batches of 256 (the indexer's),
~0.75 ms in batches of 32, ~2.4 ms for a text alone (a round of five steps costs ~20 numpy
calls, shared by the whole batch).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
from langdetect import DetectorFactory
from langdetect.detector import Detector
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

from indexer.langdetect_walks import SEED, walk_probabilities
from indexer.wire_tables import wire_table_share
from search import UNDETERMINED, canonical_code

#: Fewer letters than this and a guess would be noise.
MIN_LETTERS = 12
#: Detection reads a prefix: accuracy is flat beyond a few hundred characters, cost is not.
PREFIX_CHARS = 1200

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
                cache = model_cache()
                _model = _read_model(cache)
                if _model is None:  # not there yet, or damaged: parse and keep again
                    _model = _model_from_langdetect()
                    shutil.rmtree(cache, ignore_errors=True)
                    _write_model(cache, _model)
    return _model


def _model_from_langdetect() -> _Model:
    """langdetect's profiles, parsed by langdetect (~0.8 s: 55 JSON files)."""
    init_factory()
    from langdetect.detector_factory import _factory

    probs: dict[str, list[float]] = _factory.word_lang_prob_map
    width = len(_factory.langlist)
    matrix = np.fromiter(
        itertools.chain.from_iterable(probs.values()),
        dtype=np.float64,
        count=len(probs) * width,
    ).reshape(len(probs), width)
    return _Model(list(_factory.langlist), {word: row for row, word in enumerate(probs)}, matrix)


def model_cache() -> Path:
    """Where the parsed profiles are kept between processes (``$XDG_CACHE_HOME/presslens``,
    one directory per langdetect version): the matrix is memory-mapped, so loading takes
    milliseconds and every process on the machine shares its pages."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "presslens" / f"langdetect-{version('langdetect')}"


def _read_model(directory: Path) -> _Model | None:
    try:
        languages = np.load(directory / "languages.npy", allow_pickle=False).tolist()
        ngrams = np.load(directory / "ngrams.npy", allow_pickle=False).tolist()
        matrix = np.load(directory / "matrix.npy", mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError):
        return None
    if matrix.shape != (len(ngrams), len(languages)):
        return None
    return _Model(languages, {gram: row for row, gram in enumerate(ngrams)}, matrix)


def _write_model(directory: Path, model: _Model) -> None:
    """Keep ``model`` for the next process; a cache that cannot be written is skipped."""
    staging = directory.with_name(f"{directory.name}.{os.getpid()}.tmp")
    try:
        staging.mkdir(parents=True, exist_ok=True)
        np.save(staging / "languages.npy", np.array(model.languages), allow_pickle=False)
        np.save(staging / "ngrams.npy", np.array(list(model.rows)), allow_pickle=False)
        np.save(staging / "matrix.npy", model.matrix, allow_pickle=False)
        staging.rename(directory)
    except OSError:  # read-only home, or another process was first: fine either way
        shutil.rmtree(staging, ignore_errors=True)


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
#: word -> its rows when a space follows it (every word but a text's last)
_word_cache: dict[str, tuple[int, ...]] = {}


def _ngrams(text: str, rows: dict[str, int]) -> list[int]:
    """Rows of the 1-, 2- and 3-grams of ``text``, in ``Detector._extract_ngrams`` order."""
    result: list[int] = []
    extend = result.extend
    words = text.translate(_normalized).split(" ")
    last = words.pop()
    cache = _word_cache
    if len(cache) > _WORD_CACHE_SIZE:
        cache.clear()
    known = cache.get
    for word in words:
        if word:
            found = known(word)
            if found is None:
                found = cache[word] = _word_rows(word, True, rows)
            extend(found)
    if last:
        extend(_word_rows(last, False, rows))
    return result


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
    return detect_languages([text])[0]


def detect_languages(texts: Sequence[str]) -> list[DetectedLanguage]:
    """:func:`detect_language` for each of ``texts``; in batches of 256, ~5x faster per text
    than one at a time.

    >>> [d.code for d in detect_languages(["Det här var inte någon enkel diskussion.",
    ...                                    "This was not a simple discussion at all."])]
    ['sv', 'en']
    """
    found = langdetect_many(texts)
    for k, (text, language) in enumerate(zip(texts, found, strict=True)):
        if language.code != "en":
            share = wire_table_share(text[:PREFIX_CHARS])
            if share:
                found[k] = DetectedLanguage("en", round(share, 4))
    return found


def langdetect_fast(text: str) -> DetectedLanguage:
    """langdetect's own answer (numpy inner loops, identical results), nothing more."""
    return langdetect_many([text])[0]


def langdetect_many(texts: Sequence[str]) -> list[DetectedLanguage]:
    """:func:`langdetect_fast` for many texts, their random walks advanced together."""
    found = [DetectedLanguage(UNDETERMINED, 0.0)] * len(texts)
    model = _load_model()
    numbers: list[int] = []
    samples: list[list[int]] = []
    for number, text in enumerate(texts):
        sample = text[:PREFIX_CHARS]
        if not _has_letters(sample):
            continue
        rows = _ngrams(_prepare_text(sample), model.rows)
        if rows:
            numbers.append(number)
            samples.append(rows)
    walks = walk_probabilities(samples, model.matrix)
    for number, probabilities in zip(numbers, walks, strict=True):
        best = _best(probabilities, model.languages)
        if best is not None:
            code = canonical_code(best.lang)
            found[number] = DetectedLanguage(code, round(float(best.prob), 4))
    return found


def langdetect_reference(text: str) -> DetectedLanguage:
    """The same detection through langdetect's own (slow) ``Detector``: for tests."""
    sample = text[:PREFIX_CHARS]
    if not _has_letters(sample):
        return DetectedLanguage(UNDETERMINED, 0.0)
    init_factory()
    DetectorFactory.seed = SEED
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
    code = canonical_code(found[0].lang)
    return DetectedLanguage(code, round(float(found[0].prob), 4))
