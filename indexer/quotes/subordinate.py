"""A German subordinate clause standing alone before a verb of saying is no statement.

German puts a subordinate clause first and the finite verb right after it (``Weil es offene
Probleme gibt, fordert Bieber mehr Engagement``): the clause is the sentence's first part, not
something said, so the text before ", fordert Bieber" is no quote. A statement that opens with
one goes on with its own main clause after a comma (``Wenn man im Viertelfinale steht, dann
fährt man nach Wien, so Glasner``), and is a statement as any other.

>>> subordinate_only("Weil es aber auch offene Probleme gibt")
True
>>> subordinate_only("Wenn man im Viertelfinale steht, dann fährt man nach Wien")
False
"""

from __future__ import annotations

import re

__all__ = ["subordinate_only"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: conjunctions that only ever open a subordinate clause (not "da", "als", "seit", "bis",
#: "während", "damit", which are also adverbs or prepositions opening a main clause)
_SUBORDINATORS = frozenset(
    "weil wenn obwohl obgleich obschon nachdem falls bevor sobald sofern solange indem".split()
)
#: what opens the main clause after a subordinate one: a word that takes up the clause
#: ("dann", "davon") or a finite verb of those that most often stand there
_MAIN_OPENERS = frozenset(
    """dann so davon dafür dagegen daran darauf darüber dazu deshalb ist sind war waren wird
    werden wurde wurden hat haben hatte hatten kann können konnte konnten muss müssen musste
    mussten soll sollen sollte sollten will wollen wollte wollten darf dürfen gibt gab geht
    ging bleibt blieb steht stand kommt kam fährt""".split()
)
_AFTER_COMMA = re.compile(r",\s*([^\W\d_][\w'’-]*)")


def subordinate_only(statement: str) -> bool:
    """``statement`` opens with a subordinating conjunction and no main clause follows it
    (after a comma, a word that takes the clause up or a finite verb: "dann", "wurde").

    >>> subordinate_only("Falls man mit 11 Millionen, die man spart, auskommen könnte")
    True
    >>> subordinate_only("Weil die Ergebnisse es zeigten, wurde nun gehandelt")
    False
    >>> subordinate_only("Das ist erstmals ein klares Commitment")
    False
    """
    first = _WORD.search(statement)
    if first is None or first.group().casefold() not in _SUBORDINATORS:
        return False
    return not any(m.group(1) in _MAIN_OPENERS for m in _AFTER_COMMA.finditer(statement))
