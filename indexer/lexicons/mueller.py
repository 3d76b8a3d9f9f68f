"""Entries of V. K. Mueller's English-Russian dictionary (Debian's ``mueller7-dict``).

After the headword and its transcription in brackets come numbered senses; each holds
Russian equivalents separated by commas and semicolons, labels such as ``_n.`` or
``_воен.``, and examples that mix English and Russian. Only the purely Russian segments
are translations, in the order of the senses::

    talk
       [tɘ:k]
       1. _n.
          1) разговор; беседа; a heart-to-heart talk разговор по душам
          2) _pl. переговоры

>>> parse_mueller("talk\\n   [tɘ:k]\\n   1. _n.\\n      1) разговор; беседа; a talk разговор\\n"
...               "      2) _pl. переговоры\\n")
Entry(headword='talk', translations=('разговор', 'беседа', 'переговоры'))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from indexer.lexicons.dictd import read_dictd
from indexer.lexicons.entries import MAX_WORDS, Entry, clean_headword

_TRANSCRIPTION = re.compile(r"\[[^\]]*\]")
_LABEL = re.compile(r"(?<!\w)_[^\s.]*\.?")
_PARENTHESES = re.compile(r"\([^)]*\)")
#: Sense numbers ("1.", "2)", "а)") and semicolons separate segments.
_SEGMENT = re.compile(r"(?:^|\s)(?:\d+[.)]|[а-я]\))(?=\s)|;|\n|:")
_RUSSIAN = re.compile(r"^[а-яё][а-яё\- ]*$")
#: Segments that only refer elsewhere ("= villein", "см. ...").
_REFERENCE = re.compile(r"^(?:=|см\.|тж\.)")


def parse_mueller(text: str) -> Entry | None:
    """One Mueller entry, or None when it holds no Russian equivalent."""
    head, _, body = text.partition("\n")
    headword = clean_headword(head)
    body = _PARENTHESES.sub(" ", _TRANSCRIPTION.sub(" ", body))
    body = re.sub(r"\s*\n\s*(?=[а-яё])", " ", body)  # lines wrapped inside a segment
    translations: list[str] = []
    for segment in _SEGMENT.split(body):
        segment = _LABEL.sub(" ", segment).strip()
        if not segment or _REFERENCE.match(segment):
            continue
        for part in segment.split(","):
            part = " ".join(part.split()).strip("-").lower()
            if _RUSSIAN.match(part) and len(part.split()) <= MAX_WORDS and part not in translations:
                translations.append(part)
    if not headword or not translations:
        return None
    return Entry(headword, tuple(translations))


def read_mueller(index: str | Path, keep: Callable[[str], bool] | None = None) -> Iterator[Entry]:
    """Every usable entry of the Mueller dictd database (``mueller7.index``)."""
    for _, text in read_dictd(index, keep):
        entry = parse_mueller(text)
        if entry is not None:
            yield entry
