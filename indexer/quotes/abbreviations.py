"""Dots that end no sentence: an initial or an abbreviation before the name or title it opens.

Attribution reads the clause after a quote up to the end of its sentence, and a dot followed by
a space ends a sentence, so the subject of ``," said U.S. Trade Representative Clayton
Yeutter.`` or ``," said C.J. Lawrence analyst Harry Mortner.`` was cut off at "U." or "J.". A dot
right after a single capital letter ("E.", "U.S.", "C.J.") or after a title's abbreviation
("Sen.", "Mr.", "Rep."), with a capitalised word right after it, is part of a name, not its
sentence's end.

>>> text = '"Trade will grow," said U.S. Trade Representative Clayton Yeutter. Next.'
>>> stop = first_stop(re.compile(r"[.!?](?=\\s)"), text, 20, len(text))
>>> text[stop.start() - 7 : stop.end()]
'Yeutter.'
"""

from __future__ import annotations

import re

__all__ = ["first_stop", "is_abbreviation_dot"]

#: what stands before a dot that ends no sentence: a lone capital letter, a run of initials,
#: or a title's abbreviation ("Sen.", "Rep.", "Mr.")
_BEFORE = re.compile(
    r"(?:(?<![\w.'’])(?:[A-Z]\.)*[A-Z]|(?<![\w.'’])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt"
    r"|Prof|Rev))$"
)
_AFTER = re.compile(r"[ \t][A-Z]")
_WINDOW = 12  # characters before the dot an initial or an abbreviation takes


def is_abbreviation_dot(text: str, i: int) -> bool:
    """``text[i]`` is a dot that ends an initial or an abbreviation followed by a
    capitalised word ("U.S. Trade", "C.J. Lawrence", "Sen. Tom")."""
    return (
        text[i : i + 1] == "."
        and _AFTER.match(text, i + 1) is not None
        and _BEFORE.search(text, max(0, i - _WINDOW), i) is not None
    )


def first_stop(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The first match of ``pattern`` (a sentence or clause end) in ``text[start:end]`` that is
    not an abbreviation's dot."""
    for m in pattern.finditer(text, start, end):
        if not is_abbreviation_dot(text, m.start()):
            return m
    return None
