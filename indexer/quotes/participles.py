"""English past participles of verbs of saying that give no subject the words: after an article
or a possessive the participle is an adjective ("the reported average take-home income", "its
stated aim"); after a form of "be" it is passive ("Robinson has been blamed for …", "They were
told it would …"), and its subject is who is spoken to or of, never the speaker.

>>> t = "Since 1997, the reported average income had risen."
>>> attributive(t, t.index("reported"), t.index(" average"))
True
>>> t = "The paper reported the news."
>>> attributive(t, t.index("reported"), t.index(" the news"))
False
>>> t = "Robinson has been widely blamed for it."
>>> passive(t, t.index("blamed"), t.index(" for"))
True
"""

from __future__ import annotations

import re

__all__ = ["attributive", "passive", "silent_participle"]

#: what stands before an adjective and never before a finite verb
_DETERMINERS = frozenset("the a an its their his her our this these those".split())
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]")
_REACH = 12
#: a form of "be", an adverb or "not" between it and the participle allowed
_BE = re.compile(
    r"(?<![\w'’])(?:was|were|is|are|been|be|being)[ \t]+(?:(?:[^\W\d_]+ly|also|not)[ \t]+)?$",
    re.IGNORECASE,
)
_BE_REACH = 30
#: participles of verbs of saying that do not end in "-ed"
_IRREGULAR = frozenset("told said written forecast".split())


def attributive(text: str, vstart: int, vend: int) -> bool:
    """The verb at ``vstart:vend`` ends in "-ed", an article or possessive stands right before
    it and a word right after it."""
    if not text[vstart:vend].casefold().endswith("ed"):
        return False
    before = _WORD_BEFORE.search(text[max(0, vstart - _REACH) : vstart])
    if before is None or before.group(1).casefold() not in _DETERMINERS:
        return False
    return _WORD_AFTER.match(text, vend) is not None


def passive(text: str, vstart: int, vend: int) -> bool:
    """The verb at ``vstart:vend`` is a past participle after a form of "be"."""
    word = text[vstart:vend].casefold()
    if not (word.endswith("ed") or word in _IRREGULAR):
        return False
    return _BE.search(text[max(0, vstart - _BE_REACH) : vstart]) is not None


def in_name(text: str, vstart: int) -> bool:
    """The word at ``vstart`` is capitalised inside its sentence, so part of a name, not a
    verb: "the United States' increasing …", "Says Who, a new show".

    >>> t = "It blamed the United States for it."
    >>> in_name(t, t.index("States")), in_name("States often say so.", 0)
    (True, False)
    """
    if not (text[vstart : vstart + 1].isupper() and text[vstart + 1 : vstart + 2].islower()):
        return False  # "SAID" in capitals is still the verb
    before = text[max(0, vstart - 3) : vstart].rstrip(" \t")
    return bool(before) and before[-1].isalnum()


def silent_participle(text: str, vstart: int, vend: int) -> bool:
    """The verb at ``vstart:vend`` is an attributive or a passive participle (see above), or
    no verb at all but a capitalised word of a name (:func:`in_name`)."""
    return attributive(text, vstart, vend) or passive(text, vstart, vend) or in_name(text, vstart)
