"""A headline that gives its quote first and the speaker after a colon: "“No pensé que el país
fuera a empeorar”: Damián Alcázar", "“Las misas no se pagan”: papa Francisco". The convention
of Spanish-language (above all Mexican) news: the line ends with the name, a role word at most
before it.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> from indexer.quotes.marks import find_marked
>>> t = "“No pensé que empeoraría”: Damián Alcázar\\nEl actor Damián Alcázar habló."
>>> span = find_marked(t)[0]
>>> headline_tail(Context(t, PeopleRegistry.empty(), [(0, 26)], "es"), span)
'Damián Alcázar'
"""

from __future__ import annotations

import re

from indexer.quotes.coreference import Context
from indexer.quotes.lexicon import is_role_word
from indexer.quotes.marks import Span
from indexer.quotes.subjects import SENTENCE_END, WORD

__all__ = ["headline_tail"]

_COLON = re.compile(r"[ \t]*:[ \t]*")
#: how far into the text a headline's quote may close
_REACH = 300


def headline_tail(ctx: Context, span: Span) -> str | None:
    """The person named after a colon that follows the headline's quote, ending the line."""
    text = ctx.text
    if span.close_at > _REACH or "\n" in text[: span.open_at]:
        return None
    if SENTENCE_END.search(text, 0, span.open_at):
        return None
    colon = _COLON.match(text, span.close_at)
    if colon is None or colon.end() == span.close_at:
        return None
    end = text.find("\n", colon.end())
    end = len(text) if end < 0 else end
    names = [c for c in ctx.candidates(colon.end(), end) if c.kind == "name"]
    if len(names) != 1 or text[names[0].end : end].strip(" \t."):
        return None
    before = WORD.findall(text, colon.end(), names[0].start)
    if len(before) > 1 or (before and not is_role_word(before[0])):
        return None
    return names[0].value
