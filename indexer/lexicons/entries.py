"""Dictionary entries as presslens compiles them, and the clean-up every format shares.

An :class:`Entry` is a headword and its translations, best first, with the notes removed
that dictionaries put around them (grammar in braces, labels in brackets, explanations in
parentheses, abbreviations between slashes).

>>> clean_translations("government /Gov.; Govt./; administration [Am.]")
['government', 'administration']
>>> clean_translations("Gespräch {n}; Unterredung {f} [geh.]")
['Gespräch', 'Unterredung']
>>> clean_translations("to talk (about sth.); to talk sth. over")
['talk', 'talk over']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Longest translation kept, in words: longer ones are explanations, not equivalents.
MAX_WORDS = 3

_NOTES = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|/[^/]*/")
_PLACEHOLDERS = re.compile(
    r"\b(?:sb|sth|smb|smth|jdm|jdn|jds|jd|etw|etw\.|ugs|so|s\.o|s\.th)\.(?=\s|$)|…|\.\.\.",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[;,|]")
_SPACES = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W_]+")
#: Brackets left unbalanced by a wrapped or truncated note.
_BRACKETS = re.compile(r"[(){}\[\]<>]")
_ENGLISH_TO = re.compile(r"^to\s+(?=\S)")


@dataclass(frozen=True, slots=True)
class Entry:
    """One headword (as written) and its translations, best first."""

    headword: str
    translations: tuple[str, ...]


def clean_translations(text: str) -> list[str]:
    """The translations in one line of a dictionary, notes and placeholders removed."""
    text = _NOTES.sub(" ", text)
    out: list[str] = []
    for part in _SEPARATORS.split(text):
        part = _ENGLISH_TO.sub("", _SPACES.sub(" ", _PLACEHOLDERS.sub(" ", part)).strip(" .!?:"))
        if not part or not _LETTER.search(part) or len(part.split()) > MAX_WORDS:
            continue
        if not _BRACKETS.search(part) and part not in out:
            out.append(part)
    return out


def clean_headword(text: str) -> str:
    """A headword without pronunciation, grammar and notes; '' when it is not a word."""
    text = _NOTES.sub(" ", text)
    text = _SPACES.sub(" ", text).strip(" .!?:")
    if "…" in text or not _LETTER.search(text) or len(text.split()) > MAX_WORDS:
        return ""
    return text


class Mentions:
    """A test of raw entry text: does it contain one of ``words`` (any case, whole words)?

    For compiling a small real subset of a dictionary (quick trials, tests).
    :meth:`places` finds where one may stand in raw UTF-8 bytes (a whole database is
    scanned once; only the entries around a place are decoded and tested).

    >>> keep = mentions(["Gespräch", "talk"])
    >>> keep("Gespräch {n}; Unterredung"), keep("Haus {n}; house")
    (True, False)
    >>> keep.places("Ein GESPRÄCH, a talk".encode())    # byte offsets
    [4, 17]
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(w.lower() for w in words if w.strip())
        self._variants = sorted(
            {v.encode() for w in self.words for v in (w, w.capitalize(), w.upper())}
        )

    def __call__(self, text: str) -> bool:
        return not self.words.isdisjoint(_WORDS.findall(text.lower()))

    def places(self, data: bytes) -> list[int]:
        """Sorted offsets in ``data`` where a word of the set (as written, capitalised or
        in capitals) starts."""
        found: set[int] = set()
        for variant in self._variants:
            at = data.find(variant)
            while at >= 0:
                found.add(at)
                at = data.find(variant, at + 1)
        return sorted(found)


def mentions(words: Iterable[str]) -> Mentions:
    """The :class:`Mentions` test of ``words``."""
    return Mentions(words)
