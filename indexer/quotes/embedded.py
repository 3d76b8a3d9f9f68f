"""A name inside the clause a verb of saying reports ("destacó que el subsecretario Hugo
López-Gatell “ha hecho …”", "said that Anna Berg had left"): the subject of what is said, not
of the sentence, so never the person a zero subject or a pronoun later stands for.

>>> say = {"destacó", "said"}
>>> t = "También destacó que el subsecretario Hugo López-Gatell “ha hecho”."
>>> reported_subject(t, 0, t.index("Hugo"), say)
True
>>> t = "Hugo López-Gatell destacó que todo va bien."
>>> reported_subject(t, 0, 0, say)
False
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["reported_subject"]

#: "that" after a word ("destacó que", "said that", "sagte, dass", "сказал, что")
_THAT = re.compile(r",?\s+(?:que|that|dass|что)(?![\w-])", re.IGNORECASE)
_LAST_WORD = re.compile(r"([^\W\d_]+)$")


def reported_subject(text: str, sentence: int, pos: int, say: Collection[str]) -> bool:
    """Between ``sentence`` (where the sentence opens) and the name at ``pos``, a verb of
    saying in ``say`` (casefolded words) is followed by "that"."""
    for m in _THAT.finditer(text, sentence, pos):
        word = _LAST_WORD.search(text, max(sentence, m.start() - 30), m.start())
        if word is not None and word.group(1).casefold() in say:
            return True
    return False
