"""People a German report names by the given name alone: "sagt Melanie, die aus Berlin
angereist ist", "Mohammed konnte bleiben". Reportage names ordinary people so; a given name
that is the subject of a verb of saying, and that opens no full name the article gives, is that
person wherever it stands, so that "die Soziologiestudentin" or "er" can point back to them.

>>> sorted(lone_given([(0, 7, "Melanie"), (30, 35, "Wiese")], "Melanie sagt es. Sie kam zur Wiese.",
...                   "de", frozenset({"sagt"}), set()))
['Melanie']
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from indexer.people import skeleton
from indexer.quotes.lexicon import is_given

__all__ = ["lone_given"]


def lone_given(
    singles: list[tuple[int, int, str]],
    text: str,
    language: str,
    say: Collection[str],
    named: set[str],
    speaks: Callable[[str, int, int, Collection[str]], bool] | None = None,
) -> set[str]:
    """The given names in ``singles`` that speak alone in German text (see the module), none
    of them the first word of a name in ``named``; ``speaks`` tells whether the word at
    ``start:end`` is the subject of a verb of saying beside it."""
    if language != "de":
        return set()
    firsts = {skeleton(n.split()[0]) for n in named if " " in n}
    found: set[str] = set()
    others: set[str] = set()  # words that are no given name, or open a full name
    for start, end, word in singles:
        if word in found or word in others:
            continue
        if not is_given(word) or skeleton(word) in firsts:
            others.add(word)
        elif speaks is None or speaks(text, start, end, say):
            found.add(word)
    return found
