"""A headline that opens with a person, or with the role of the one person the article gives
it, and goes on to a quote: the quote is that person's (``Kaká sobre Neymar: "…"``,
``Außenminister Zaorálek sieht "gefährlichen Zusammenhang"``). Only the article's first
sentence is a headline.

>>> from indexer.quotes import extract
>>> t = 'Anna Berg on the plan: "We will not accept this"\\nThe minister spoke.'
>>> [(q.text, q.speaker) for q in extract(t, "en").quotes]
[('We will not accept this', 'Anna Berg')]
"""

from __future__ import annotations

from indexer.quotes.coreference import Candidate, Context
from indexer.quotes.lexicon import is_role_word
from indexer.quotes.marks import Span
from indexer.quotes.subjects import SENTENCE_END, WORD

__all__ = ["headline"]

#: how many words may stand between the person a headline opens with and the quote
_HEADLINE_GAP = 4
_HEADLINE_COLON_GAP = 12  # words between a headline's role and a quote after a colon
#: how far into the text a headline's quote may open: text with no sentence end (a run of marks,
#: a list) has no headline, and each quote would otherwise scan the text before it again
_HEADLINE_REACH = 300


def headline(ctx: Context, span: Span) -> str | None:
    """A headline that opens with a person and goes on to a quote gives it to that person:
    ``Kaká sobre Neymar: "…"``, ``Außenminister Zaorálek sieht "gefährlichen Zusammenhang"``.
    Only the article's first sentence is a headline."""
    text = ctx.text
    if span.open_at > _HEADLINE_REACH or SENTENCE_END.search(text, 0, span.open_at):
        return None
    cands = [c for c in ctx.candidates(0, span.open_at) if c.kind == "name"]
    if not cands:
        return _headline_role(ctx, span)
    if cands[0].start != len(text) - len(text.lstrip()) and not _titled(ctx, cands[0]):
        return None
    gap = WORD.findall(text, cands[0].end, span.open_at)
    return cands[0].value if len(gap) <= _HEADLINE_GAP else None


def _headline_role(ctx: Context, span: Span) -> str | None:
    """A headline that opens with a role alone goes to the one person the article gives that
    role: ``Bundeskanzler "nur zuversichtlich" …`` … ``Bundeskanzler Werner Faymann``; one that
    opens with a role and gives the quote after a colon may say more in between
    (``Arsenal-Trainer ob des Dopingfalls verwundert: "…"``)."""
    words = WORD.findall(ctx.text, 0, span.open_at)
    colon = ctx.text[: span.open_at].rstrip().endswith(":")
    gap = _HEADLINE_COLON_GAP if colon else _HEADLINE_GAP
    if not words or len(words) > gap or not is_role_word(words[0]):
        return None  # "Arsenal-Trainer ob … verwundert: "Bedeutet, …"": the colon gives it
    role = words[0].casefold()
    owners = {m.name for m in ctx.mentions if m.role and m.role == role}
    return owners.pop() if len(owners) == 1 else None


def _titled(ctx: Context, cand: Candidate) -> bool:
    """Only a title or role stands before the name ("Außenminister Zaorálek")."""
    words = WORD.findall(ctx.text, 0, cand.start)
    return len(words) == 1 and is_role_word(words[0])
