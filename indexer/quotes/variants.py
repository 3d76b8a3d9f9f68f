"""One name per person among the names an article gives: the shorter variants of a name
joined to the longer one ("López Obrador" -> "Andrés Manuel López Obrador"), and a pair of
surnames to the name whose surname opens it ("la diputada Salinas Lozano" -> "Carmen Salinas":
the paternal and maternal surnames of a Spanish name).

>>> join_variants(["Andrés Manuel López Obrador", "López Obrador", "Carmen Salinas",
...                "Salinas Lozano"], "es")
{'López Obrador': 'Andrés Manuel López Obrador', 'Salinas Lozano': 'Carmen Salinas'}
"""

from __future__ import annotations

from collections.abc import Iterable

from indexer.people import skeleton
from indexer.quotes.lexicon import is_given

__all__ = ["join_variants"]


def _suffix_key(name: str) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in name.split())


def join_variants(unregistered: Iterable[str], language: str = "und") -> dict[str, str]:
    """Shorter unregistered names that are the tail (or, of two words or more, the head) of
    exactly one longer one -> the longer; two surnames -> the one name they complete.

    "López Obrador" -> "Andrés Manuel López Obrador"; "Carlos Salinas" -> "Carlos Salinas de
    Gortari"; "Ban Ki-moon" and "Ban Ki Moon" share a key.
    """
    names = sorted(dict.fromkeys(unregistered), key=lambda n: -len(n.split()))
    keys = {n: _suffix_key(n) for n in names}
    joined: dict[str, str] = {}
    by_key: dict[tuple[str, ...], str] = {}
    for n in names:
        k = keys[n]
        if k in by_key:
            joined[n] = by_key[k]
            continue
        longer = {
            by_key.get(keys[o], o)
            for o in names
            if len(keys[o]) > len(k)
            and (
                keys[o][len(keys[o]) - len(k) :] == k  # "López Obrador"
                or (len(k) > 1 and keys[o][: len(k)] == k)  # "Carlos Salinas (de Gortari)"
            )
        }
        if len(longer) == 1:
            joined[n] = longer.pop()
        by_key.setdefault(k, joined.get(n, n))
    owners: dict[str, set[str]] = {}  # surname -> the names of a given name and that surname
    for o in names:
        if len(keys[o]) == 2:
            owners.setdefault(keys[o][1], set()).add(o)
    for n in names:
        if n not in joined and len(keys[n]) == 2 and keys[n][0] in owners:
            owner = _surname_pair_of(n, owners[keys[n][0]], language)
            if owner is not None:
                joined[n] = joined.get(owner, owner)
    return joined


def _surname_pair_of(name: str, owners: set[str], language: str) -> str | None:
    """The one name of a given name and a surname whose surname opens ``name``, two words
    with no given name: "Salinas Lozano" of "Carmen Salinas", "Videgaray Caso" of "Luis
    Videgaray"."""
    if is_given(name.split()[0], language):
        return None
    found = {o for o in owners if is_given(o.split()[0], language)}
    return found.pop() if len(found) == 1 else None
