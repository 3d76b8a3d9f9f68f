"""Names with a nickname in quotation marks between the given name and the surname: Saúl
"Canelo" Álvarez, Jorge "El Burro" Van Rankin, Joaquín 'El Chapo' Guzmán. The person is the
given name and the surname ("Jorge Van Rankin"); the nickname is no quote and no name apart.

>>> t = 'Lo dijo Jorge "El Burro" Van Rankin, accionista.'
>>> [(t[a:b], name) for a, b, name in nicknamed(t)]
[('Jorge "El Burro" Van Rankin', 'Jorge Van Rankin')]
"""

from __future__ import annotations

import re

from indexer.quotes.lexicon import is_given

__all__ = ["nicknamed"]

_CAP = r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+"
#: the nickname in marks, after a lower-case letter and a space, before the surname
_NICKNAME = re.compile(
    r"[\"“«'‘](?<=[a-záéíóúñü] .)[A-ZÁÉÍÓÚÑ][^\"”»'’\n]{0,24}[\"”»'’] "
    r"(?=[A-ZÁÉÍÓÚÑ]|(?:de|del|van|von|da|dos) )"
)
_GIVEN = re.compile(rf"(?<![\w-])((?:{_CAP} )?({_CAP})) $")
_SURNAME = re.compile(
    rf"(?:(?:de la|de los|del|de|van|von|da|dos) )?{_CAP}(?: (?:(?:de la|del|de|y) )?{_CAP})?"
    r"(?![\w-])"
)
_MARKS = frozenset("\"“«'‘")


def nicknamed(text: str, language: str = "und") -> list[tuple[int, int, str]]:
    """(start, end, name) of each name whose nickname in marks stands between a given name
    and a surname; ``name`` leaves the nickname out."""
    if not any(c in text for c in _MARKS):
        return []
    found = []
    for m in _NICKNAME.finditer(text):
        before = _GIVEN.search(text, max(0, m.start() - 40), m.start())
        after = _SURNAME.match(text, m.end())
        if before is None or after is None:
            continue
        given, first_given = before.group(1), before.group(2)
        if not is_given(given.split()[0], language):  # "Según Joaquín 'El Chapo' Guzmán"
            if not is_given(first_given, language):
                continue
            given = first_given
        found.append((m.start() - 1 - len(given), after.end(), f"{given} {after.group()}"))
    return found
