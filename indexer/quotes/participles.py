"""An English past participle of a verb of saying right after an article or a possessive is an
adjective, not a verb: "the reported average take-home income", "its stated aim", "the
announced cuts" say nothing, and have no subject to give a quote in their sentence to.

>>> t = "Since 1997, the reported average income had risen."
>>> attributive(t, t.index("reported"), t.index(" average"))
True
>>> t = "The paper reported the news."
>>> attributive(t, t.index("reported"), t.index(" the news"))
False
"""

from __future__ import annotations

import re

__all__ = ["attributive"]

#: what stands before an adjective and never before a finite verb
_DETERMINERS = frozenset("the a an its their his her our this these those".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_REACH = 12


def attributive(text: str, vstart: int, vend: int) -> bool:
    """The verb at ``vstart:vend`` ends in "-ed", an article or possessive stands right before
    it and a word right after it."""
    if not text[vstart:vend].casefold().endswith("ed"):
        return False
    before = _WORD_BEFORE.search(text[max(0, vstart - _REACH) : vstart])
    if before is None or before.group(1).casefold() not in _DETERMINERS:
        return False
    return _WORD_AFTER.match(text, vend) is not None
