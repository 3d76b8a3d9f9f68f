"""A surname that opens with a particle, written again without the given name: "Van Dyke"
after "Daniel Van Dyke", "De Clercq" after "Willy De Clercq".

A capitalised run of two words or more that opens with no given name, title or verb of saying is
no name by itself; one that opens with a name particle ("Van", "De", "Du", "Le") and is the tail
of exactly one longer name the article gives is that person again, as a bare surname would be.
(Only after a particle: "López Obrador" after "Andrés Manuel López Obrador" is the Spanish
custom of two surnames, which :mod:`indexer.quotes.names` joins where both are names.)

>>> tail_owner(["Van", "Dyke"], {"Daniel Van Dyke", "Anna Berg"})
'Daniel Van Dyke'
>>> tail_owner(["Grand", "Rapids"], {"Daniel Van Dyke"}) is None
True
>>> tail_owner(["López", "Obrador"], {"Andrés Manuel López Obrador"}) is None
True
"""

from __future__ import annotations

from collections.abc import Collection

from indexer.people import skeleton
from indexer.quotes.lexicon import PARTICLES

__all__ = ["tail_owner"]


def tail_owner(words: list[str], named: Collection[str]) -> str | None:
    """The one name in ``named`` longer than ``words`` that ends in them (spelling variants
    allowed, as for surnames), when ``words`` open with a name particle; else ``None``."""
    n = len(words)
    if n < 2 or words[0].casefold() not in PARTICLES:
        return None
    key = [skeleton(w) for w in words]
    owners = {
        full
        for full in named
        if len(parts := full.split()) > n and [skeleton(w) for w in parts[-n:]] == key
    }
    return owners.pop() if len(owners) == 1 else None
