"""FreeDict entries in dictd form (the ``dict-freedict-*`` packages).

The first line is the headword with its pronunciation and part of speech; each sense then
starts on a line of its own, numbered when there are several, with the translations
separated by commas. The lines that follow a sense (definitions in the source language,
quoted examples, ``Synonyms:``, ``see:``) are not translations::

    Verhandlung /fɛɐ̯ˈhandlʊŋ/ <n, fem>
    1. förhandling
    gerichtliche Abhandlung einer Strafsache oder Ähnliches
    2. förhandling, överläggning

>>> parse_freedict("acuerdo /akwˈeɾðo/\\n1. accord, agreement\\n2. arrangement\\n").translations
('accord', 'agreement', 'arrangement')
>>> parse_freedict("samtal /samtˈɑːl/ <n>\\nGespräch, Unterhaltung\\npratstund; meningsutbyte\\n")
Entry(headword='samtal', translations=('Gespräch', 'Unterhaltung'))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from indexer.lexicons.dictd import read_dictd
from indexer.lexicons.entries import Entry, clean_headword, clean_translations

_SENSE = re.compile(r"^\s*\d+\.\s+|\s+\d+\.\s*$")
_NUMBERED = re.compile(r"^\s*\d+\.\s")
_TRAILING_SENSE = re.compile(r"\s+\d+\.\s*$")
#: A sentence stop ends the translations of a line ("eğlenceli, hoş. entertainingly ...").
_STOP = re.compile(r"\.\s")
_NOT_TRANSLATION = re.compile(r"^\s*(?:\"|Synonyms?:|see:|Note:|Antonyms?:)")


def parse_freedict(text: str) -> Entry | None:
    """One dictd entry of a FreeDict database, or None when it holds no translation."""
    lines = text.strip("\n").split("\n")
    headword = clean_headword(lines[0])
    translations: list[str] = []
    for number, line in enumerate(lines[1:]):
        if _NOT_TRANSLATION.match(line):
            continue
        if number > 0 and not _NUMBERED.match(line):
            continue
        line = _TRAILING_SENSE.sub("", _NUMBERED.sub("", line))
        line = _STOP.split(line, maxsplit=1)[0]
        for translation in clean_translations(line):
            if translation not in translations:
                translations.append(translation)
    if not headword or not translations:
        return None
    return Entry(headword, tuple(translations))


def read_freedict(index: str | Path, keep: Callable[[str], bool] | None = None) -> Iterator[Entry]:
    """Every usable entry of a FreeDict dictd database (``freedict-swe-eng.index``...)."""
    for _, text in read_dictd(index, keep):
        entry = parse_freedict(text)
        if entry is not None:
            yield entry
