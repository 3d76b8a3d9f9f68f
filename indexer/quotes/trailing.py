"""The clause a trailing attribution reports: "Tony Blair would lead the campaign, he said."

A pronoun that is the subject of a verb of saying closing its sentence after a comma gives the
clause before it to a speaker, and that clause lies in the pronoun's scope: a person the clause
names is not who the pronoun is ("Blair would lead the campaign, he said" is said of Blair by
someone else; Blair saying it of himself would be "he would lead …, Blair said"). So "he" there
is looked for before the clause, not inside it. Only unquoted clauses: a quote before ``,” he
said`` is the speaker's own words, which name others freely.

>>> text = "Ann Lee spoke. Tom Ray will lead, she said."
>>> reported_clause(text, text.index("she"), frozenset({"said"}))
15
>>> reported_clause("Tom Ray will lead, she said, adding more.", 19, frozenset({"said"}))
"""

from __future__ import annotations

import re
from collections.abc import Collection

from indexer.quotes.sentences import opening_before

__all__ = ["reported_clause"]

#: the pronoun, its verb of saying, at most two more words ("told reporters"), the sentence end
_TRAILING = re.compile(r"[^\W\d_]+[ \t]+([^\W\d_]+)(?:[ \t]+[^\W\d_]+){0,2}[ \t]*(?:[.!?…]|\n|$)")
_REACH = 400  # characters a reported clause may run back


def reported_clause(text: str, pos: int, say: Collection[str]) -> int | None:
    """Where the clause starts that the pronoun at ``pos`` reports, when the pronoun follows a
    comma and is the subject of a verb of saying (in ``say``, casefolded) that ends the
    sentence; else ``None``."""
    j = pos
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] != ",":
        return None
    m = _TRAILING.match(text, pos)
    if m is None or m.group(1).casefold() not in say:
        return None
    start = opening_before(text, j, _REACH)
    while start < j and text[start].isspace():
        start += 1
    return start


_WORDS = re.compile(r"[^\w\s]*[\w'’.-]+")
_SUBJECT_WORDS = 4  # "Mr Milburn", "the party's chairman"
_TAIL_WORDS = 6  # after the verb: "told BBC Radio 4's Today programme"
#: words that open or carry a clause of their own after the verb ("insists the fine is …")
_CLAUSE_WORDS = frozenset(
    "that is are was were be will would has have had can could should may might".split()
)


def closing_subject(
    text: str, quote_end: int, pos: int, vstart: int, vend: int, end: int
) -> int | None:
    """Where the subject of a verb of saying that closes its sentence after a comma starts,
    when a quote inside the sentence stands before it (``… had "risen by 20%" if you took out
    the self-employed, Mr Milburn told BBC Radio.``): the attribution gives the whole sentence,
    the quote in it too. ``quote_end`` is where the quoted words end, ``pos`` where the search
    starts (after the quote), ``end`` the sentence end; ``None`` when the quote ended its own
    sentence, or no comma, a long subject or a tail with a clause of its own ("insists the
    fine is unfair") makes no such attribution.

    >>> t = 'It had "risen" if you took them out, Mr Milburn told the BBC.'
    >>> t[closing_subject(t, 13, 15, t.index("told"), t.index(" the BBC"), len(t) - 1) :]
    ' Mr Milburn told the BBC.'
    """
    if text[quote_end - 1 : quote_end] in (".", "!", "?", "…"):
        return None  # "… serious." But investors …, he said.": the next sentence's
    comma = text.rfind(",", pos, vstart)
    if comma < 0:
        return None
    if len(_WORDS.findall(text, comma + 1, vstart)) > _SUBJECT_WORDS:
        return None
    tail = [w.casefold() for w in _WORDS.findall(text, vend, end)]
    if len(tail) > _TAIL_WORDS or _CLAUSE_WORDS.intersection(tail):
        return None
    return comma + 1
