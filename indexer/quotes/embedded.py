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

#: a word followed by "that" ("destacó que", "said that", "sagte, dass", "сказал, что")
_BEFORE_THAT = re.compile(r"([^\W\d_]+),?\s+(?:que|that|dass|что)(?![\w-])", re.IGNORECASE)


def reported_subject(text: str, sentence: int, pos: int, say: Collection[str]) -> bool:
    """Between ``sentence`` (where the sentence opens) and the name at ``pos``, a verb of
    saying in ``say`` (casefolded words) is followed by "that"."""
    return any(m.group(1).casefold() in say for m in _BEFORE_THAT.finditer(text, sentence, pos))
