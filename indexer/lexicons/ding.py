"""TU Chemnitz "Ding" entries, as Debian's ``dict-de-en`` ships them for dictd.

An entry is the headword, a line of grammar and labels, then the translations separated by
semicolons (wrapped over several lines)::

    Gespräch
     {n}
       talk; interlocution

>>> parse_ding("Gespräch\\n {n}\\n   talk; interlocution\\n")
Entry(headword='Gespräch', translations=('talk', 'interlocution'))
>>> parse_ding("Haus…\\n\\n   domestic; household\\n") is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from indexer.lexicons.dictd import read_dictd
from indexer.lexicons.entries import Entry, clean_headword, clean_translations


def parse_ding(text: str) -> Entry | None:
    """One dictd entry of a Ding database, or None when it holds no usable translation."""
    lines = text.split("\n")
    headword = clean_headword(lines[0])
    translations = clean_translations(" ".join(line.strip() for line in lines[2:]))
    if not headword or not translations:
        return None
    return Entry(headword, tuple(translations))


def read_ding(index: str | Path, keep: Callable[[str], bool] | None = None) -> Iterator[Entry]:
    """Every usable entry of a Ding dictd database (``german-english.index``...)."""
    for _, text in read_dictd(index, keep):
        entry = parse_ding(text)
        if entry is not None:
            yield entry
