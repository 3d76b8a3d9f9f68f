"""A short quote that goes on the sentence of an attributed one is the same speaker's: "dijo a
la policía que sufre una “adicción sexual” y que veía esos lugares como “una tentación”", "Anand
asegura que será el “próximo brote”, que será “realmente escandaloso”". Only when nothing stands
between the two that could bring in someone else: no sentence end, no person named, no verb of
saying.

>>> t = "Ana dijo que es el “próximo brote”, que será “realmente escandaloso”."
>>> continues(t, t.index("”") + 1, t.index("“realmente"), [], [])
True
>>> continues(t.replace(", que", ". Que"), t.index("”") + 1, t.index("“realmente"), [], [])
False
"""

from __future__ import annotations

import bisect
import re

__all__ = ["continues"]

#: what ends a sentence between two quotes
_STOP = re.compile(r"[.!?…](?=\s)|\n")
#: how far apart the two quotes may stand
_REACH = 160


def continues(
    text: str, close: int, open_at: int, mention_starts: list[int], verb_starts: list[int]
) -> bool:
    """The quote opening at ``open_at`` goes on the sentence of the quote that closed at
    ``close``: near, with no sentence end, person named or verb of saying in between
    (``mention_starts`` and ``verb_starts`` sorted)."""
    if open_at < close or open_at - close > _REACH or _STOP.search(text, close, open_at):
        return False
    for starts in (mention_starts, verb_starts):
        i = bisect.bisect_left(starts, close)
        if i < len(starts) and starts[i] < open_at:
            return False
    return True
