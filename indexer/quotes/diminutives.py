"""Spanish diminutives of given names: "Carmelita" is Carmen, "Juanito" is Juan. An article
may call a person it named in full by the diminutive of the given name alone.

>>> diminutive_of("Juanito", "Juan Pérez")
True
"""

from __future__ import annotations

__all__ = ["diminutive_of"]

_DIMINUTIVES = ("cita", "cito", "illa", "illo", "ita", "ito")
_STEM = 4  # letters a diminutive shares with the given name it comes from


def diminutive_of(word: str, full: str) -> bool:
    """``word`` is a Spanish diminutive of the given name of ``full``, a name of two words or
    more: "Carmelita" of "Carmen Salinas", "Juanito" of "Juan Pérez".

    >>> diminutive_of("Carmelita", "Carmen Salinas"), diminutive_of("Carmen", "Carmen Salinas")
    (True, False)
    """
    parts = full.split()
    low = word.casefold()
    suffix = next((d for d in _DIMINUTIVES if low.endswith(d)), "")
    if len(parts) < 2 or not suffix or len(low) - len(suffix) < _STEM - 1:
        return False
    given = parts[0].casefold()
    return low != given and low[:_STEM] == given[:_STEM] and len(given) >= _STEM - 1
