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
_NICKNAMED = re.compile(
    rf"\b((?:{_CAP} )?({_CAP})) [\"“«'‘][A-ZÁÉÍÓÚÑ][^\"”»'’\n]{{0,24}}[\"”»'’] "
    rf"((?:(?:de la|de los|del|de|van|von|da|dos) )?{_CAP}(?: (?:(?:de la|del|de|y) )?{_CAP})?)"
    r"(?![\w-])"
)


def nicknamed(text: str, language: str = "und") -> list[tuple[int, int, str]]:
    """(start, end, name) of each name whose nickname in marks stands between a given name
    and a surname; ``name`` leaves the nickname out."""
    if "'" not in text and '"' not in text and "“" not in text and "«" not in text:
        return []
    found = []
    for m in _NICKNAMED.finditer(text):
        given, first_given, surname = m.group(1), m.group(2), m.group(3)
        if not is_given(given.split()[0], language) and not is_given(first_given, language):
            continue
        if not is_given(given.split()[0], language):  # "Según Joaquín 'El Chapo' Guzmán"
            given = first_given
        found.append((m.end(1) - len(given), m.end(), f"{given} {surname}"))
    return found
