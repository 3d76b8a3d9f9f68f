"""A German verb of saying whose subject stands before it, set off by commas: "Der
Augenzeuge Abdel Asis Nakur, der den Umsturz beobachtete, sagte, das Unglück …", "Der
Delegationsleiter, Othmar Karas, erklärte am Mittwoch, …". What stands before the comma is the
subject with its apposition or relative clause, not a statement the verb inserts itself into:
an inserted attribution names its subject right after the verb ("…, sagte Karas."), while
here only adverbials come between the verb and the comma that opens its complement.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> from indexer.quotes.names import find_mentions
>>> text = "Der Delegationsleiter, Othmar Karas, erklärte am Mittwoch, es gebe nichts."
>>> reg = PeopleRegistry.empty()
>>> ctx = Context(text, reg, [], "de", find_mentions(text, reg, "de"))
>>> fronted_subject(ctx, 0, text.index("erklärte") - 2, len(text))
True
"""

from __future__ import annotations

from indexer.quotes.coreference import Context

__all__ = ["fronted_subject"]


def fronted_subject(ctx: Context, start: int, cut: int, end: int) -> bool:
    """The stretch ``start:cut`` names a person, and the verb of saying after ``cut`` is
    followed, before the next comma, by no subject (only adverbials): the stretch is that
    verb's subject.

    >>> from indexer.people import PeopleRegistry
    >>> text = "Das ist gut, sagte er am Montag, und ging."
    >>> fronted_subject(Context(text, PeopleRegistry.empty(), [], "de"), 0, 11, len(text))
    False
    """
    if not any(start <= m.start < cut for m in ctx.mentions):
        return False
    verb = ctx.verb(cut, end)
    if verb is None:
        return False
    comma = ctx.text.find(",", verb.end(), end)
    return comma >= 0 and not ctx.candidates(verb.end(), comma)
