"""A Spanish subject after the verb that describes a person and then names them.

'"…", valoró el experto en cambio climático del Imperial College Joeri Rogelj', '…, reconoció
el entrenador azulgrana Xavi Pascual', '…, escribió la propia Selena Gomez': the subject is
one noun phrase, an article, a description of any length, and the name that ends it. The
description alone would point back to whoever held that role before ("el experto" the expert
quoted earlier); the name it ends with is who speaks. A name after a preposition is not the
subject but its complement ("dijo el abogado de Juan Pérez"), and a comma, a verb or a
relative word ends the phrase before any name.

>>> phrase_words("el experto del Imperial College")
['el', 'experto', 'del', 'Imperial', 'College']
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from indexer.quotes.lexicon import PREPOSITIONS

if TYPE_CHECKING:
    from indexer.quotes.coreference import Context

__all__ = ["named_description", "phrase_words"]

_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\d[\w-]*")
#: the articles a described subject opens with
_ARTICLES = frozenset("el la".split())
#: words that end the noun phrase before a name: a relative opens a clause ("y" may join two
#: fields of one description: "el experto en cambio climático y medio ambiente")
_CLAUSE_WORDS = frozenset("que quien quienes cual cuyo cuya donde pero".split())
#: words that make the name after them a complement, not the subject
_COMPLEMENT_WORDS = PREPOSITIONS | frozenset("del al los las".split())
#: the longest description before the name, in words
_MAX_WORDS = 14
#: what ends the phrase: a comma, a clause mark or a sentence stop
_PHRASE_END = re.compile(r"[,;:!?()\n\"“”«»]|\.(?=\s|$)")


def phrase_words(text: str) -> list[str]:
    """The words of a stretch of text, abbreviations and hyphens kept whole.

    >>> phrase_words("la propia Selena Gomez")
    ['la', 'propia', 'Selena', 'Gomez']
    """
    return _WORD.findall(text)


def named_description(ctx: Context, start: int, limit: int) -> str | None:
    """The person named at the end of a described subject starting at ``start`` (right after
    a Spanish verb of saying), before ``limit``; ``None`` when the subject is no such phrase.

    >>> from indexer.people import PeopleRegistry
    >>> from indexer.quotes.coreference import Context
    >>> t = "“Ya”, reconoció el entrenador azulgrana Xavi Pascual."
    >>> ctx = Context(t, PeopleRegistry.empty(), [(1, 3)], "es")
    >>> named_description(ctx, t.index(" el") + 1, len(t))
    'Xavi Pascual'
    """
    text = ctx.text
    end = _PHRASE_END.search(text, start, limit)
    stop = end.start() if end else limit
    first = _WORD.match(text, start)
    if first is None or first.group().casefold() not in _ARTICLES:
        return None
    names = [c for c in ctx.candidates(first.end(), stop) if c.kind == "name"]
    if not names:
        return None
    between = phrase_words(text[first.end() : names[0].start])
    if not between or len(between) > _MAX_WORDS:
        return None
    if between[-1].casefold() in _COMPLEMENT_WORDS:
        return None  # "dijo el abogado de Juan Pérez": Juan Pérez is the lawyer's client
    if any(w.casefold() in _CLAUSE_WORDS for w in between):
        return None
    if ctx.verb(first.end(), names[0].start) is not None:
        return None
    return names[0].value
