"""Language detection: langdetect, seeded once, with an honest 'und' for text it cannot judge.

>>> detect_language("Det här var inte någon enkel diskussion, sade Stoltenberg.").code
'sv'
>>> detect_language("12 345 -- !!").code
'und'
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from langdetect import DetectorFactory
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

UNDETERMINED = "und"
#: Fewer letters than this and a guess would be noise.
MIN_LETTERS = 12
#: Detection reads a prefix: accuracy is flat beyond a few hundred characters, cost is not.
PREFIX_CHARS = 1200

# langdetect reports a few codes differently from the rest of presslens.
_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh", "nb": "no", "nn": "no"}
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_lock = threading.Lock()
_factory_ready = False


@dataclass(frozen=True, slots=True)
class DetectedLanguage:
    code: str
    probability: float


def _ensure_factory() -> None:
    global _factory_ready
    if not _factory_ready:
        with _lock:
            if not _factory_ready:
                init_factory()
                DetectorFactory.seed = 0
                _factory_ready = True


def detect_language(text: str) -> DetectedLanguage:
    """Return the most probable language of ``text`` (ISO 639-1) with its probability.

    Deterministic: the detector is seeded, so the same text always gets the same answer.
    Text with fewer than ``MIN_LETTERS`` letters is ``und`` with probability 0.
    """
    sample = text[:PREFIX_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return DetectedLanguage(UNDETERMINED, 0.0)
    _ensure_factory()
    from langdetect.detector_factory import _factory  # created by init_factory()

    detector = _factory.create()
    detector.append(sample)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return DetectedLanguage(UNDETERMINED, 0.0)
    code = _CODE_MAP.get(best.lang, best.lang)
    return DetectedLanguage(code, round(float(best.prob), 4))
