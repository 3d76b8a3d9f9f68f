"""Appositions between a speaker's name and the verb of saying after a quote.

After a quote, the name that opens the attribution is the speaker when an apposition set off
by commas stands between it and the verb: ``"…," Roy Asher, chief economist of X, told …``.
English newswires often leave out the apposition's closing comma (``"…," Frederick Chiluba,
leader of the Zambian Congress of Trade Unions said.``); the name is the speaker all the same.

>>> closes_apposition("Roy Asher, chief economist of X, ", "es")
True
>>> closes_apposition("Frederick Chiluba, leader of the unions ", "en")
True
>>> closes_apposition("Frederick Chiluba, leader of the unions ", "sv")
False
"""

from __future__ import annotations

__all__ = ["closes_apposition"]

#: languages whose writers drop an apposition's closing comma before the verb
_OPEN_APPOSITION = frozenset({"en"})
#: words in an apposition that open a clause of its own: its verb may be the one found
_CLAUSE_OPENERS = frozenset("who whom whose which that and but".split())
#: an apposition longer than this is no apposition left open
_MAX_WORDS = 14


def closes_apposition(pre: str, language: str) -> bool:
    """``pre``, the words between a closing quotation mark and the verb of saying, ends an
    apposition after the name that opens it: a comma ends it, or (English) the name's comma is
    its only one and no relative pronoun or conjunction opens a clause inside it.

    >>> closes_apposition("Todd Domer, director of the association who ", "en")
    False
    """
    stripped = pre.rstrip()
    if stripped.endswith(","):
        return True
    if language not in _OPEN_APPOSITION or stripped.count(",") != 1:
        return False
    words = stripped.split(",", 1)[1].split()
    return 0 < len(words) <= _MAX_WORDS and not any(w.casefold() in _CLAUSE_OPENERS for w in words)
