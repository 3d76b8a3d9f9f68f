"""A Spanish verb of saying in a relative clause: "… a Noam Chomsky, quien permanece aislado y
afirmó: “…”". The relative pronoun is the verb's subject and stands for the name right before
its comma, which may itself be an object in the main clause ("contactó a Chomsky"); the
speaker is that name, not the main clause's subject.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> t = "El diario contactó a Noam Chomsky, quien afirmó: “Es grave”."
>>> ctx = Context(t, PeopleRegistry.empty(), [(t.index("“") + 1, t.index("”"))], "es")
>>> relative_antecedent(ctx, 0, t.index("afirmó")).value
'Noam Chomsky'
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indexer.quotes.coreference import Candidate, Context

__all__ = ["relative_antecedent"]

#: a comma and the relative pronoun that opens a clause about the person before it
_RELATIVE = re.compile(r",\s+quien(?:es)?(?![\w-])", re.IGNORECASE)
#: a complementizer: the verb after it belongs to a reported clause, not to the relative
_THAT = re.compile(r"(?<![\w-])que(?![\w-])", re.IGNORECASE)


def relative_antecedent(ctx: Context, start: int, vstart: int) -> Candidate | None:
    """The name whose relative clause holds the verb at ``vstart`` ("X, quien … afirmó"),
    when the sentence from ``start`` has one and nobody else is named in that clause.

    >>> from indexer.people import PeopleRegistry
    >>> from indexer.quotes.coreference import Context
    >>> t = "Habló Ana Berg, quien dijo que Tom Ray afirmó algo."
    >>> relative_antecedent(Context(t, PeopleRegistry.empty(), [], "es"), 0, t.index("afirmó"))
    """
    if ctx.language != "es":
        return None
    text = ctx.text
    last = None
    for m in _RELATIVE.finditer(text, start, vstart):
        last = m
    if last is None or _THAT.search(text, last.end(), vstart):
        return None
    if any(c.kind == "name" for c in ctx.candidates(last.end(), vstart)):
        return None
    before = [c for c in ctx.candidates(start, last.start() + 1) if c.kind == "name"]
    if not before or text[before[-1].end : last.start()].strip():
        return None
    return before[-1]
