"""Where sentences end and open, for the readers that look back from a word to its sentence.

A stop ends a sentence when space follows it (after any closing marks); a line break always
does. Looking back is bounded, so that text with no stop does not make every look-back read it
from its start again.

>>> text = 'Anna Berg spoke. "Yes." Tom Ray will lead, she said.'
>>> opening_before(text, text.index("she"))
22
"""

from __future__ import annotations

import re

__all__ = ["SENTENCE_STOP", "opening_before"]

#: a sentence's end: a stop with space after it (closing marks between), or a line break
SENTENCE_STOP = re.compile(r"[.!?…](?=[\s\"”»’]*\s)|\n")
_REACH = 400  # characters a look-back reads


def opening_before(text: str, pos: int, reach: int = _REACH) -> int:
    """Just after the stop of the last sentence end before ``pos`` (closing marks and space
    not skipped), at most ``reach`` characters back."""
    lo = max(0, pos - reach)
    start = lo
    for m in SENTENCE_STOP.finditer(text, lo, pos):
        start = m.end()
    return start
