"""An English subject that is a person the article does not name, though a name stands in it.

"President Castro's chief aide said", "Tony Blair's spokesman told reporters": the name before
"'s" owns the subject, it is not the subject; the aide speaks, and nobody names him. "A
spokesman for Unison, Britain's biggest union, said after the meeting:", "A Labour spokesman
denied the poster was offensive": the subject is a source the article never names, whatever
its verb, and a quote or a pronoun that follows belongs to that source, not to the person
named last. The subject is one noun phrase: an indefinite article ("a", "an", "one") or a
person's name with "'s", up to three modifiers, a noun for a person (a role or a relative), then
at most a complement ("for Unison", "of the union") and an apposition between commas. A name
elsewhere in it ("A former aide, John Smith, said") makes the subject that person.

>>> unnamed_phrase("President Castro's chief aide", ["Castro"])
True
>>> unnamed_phrase("A spokesman for Unison, Britain's biggest union,", [])
True
>>> unnamed_phrase("A former aide, John Smith,", ["John Smith"])
False
>>> unnamed_phrase("Microsoft's chief executive", [])
False
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from indexer.quotes.lexicon import PREPOSITIONS, is_role_word
from indexer.quotes.sentences import SENTENCE_STOP
from indexer.quotes.speakers import ANONYMOUS
from indexer.quotes.subjects import sentence_start, subject_of
from indexer.quotes.verbs import say_words

if TYPE_CHECKING:
    from indexer.quotes.coreference import Context

__all__ = ["framed_by_unnamed", "reported_subject", "unnamed_openings", "unnamed_phrase"]

#: nouns for a person that are no title: relatives and close associates
_KIN = frozenset(
    """mother father wife husband brother sister son daughter aide aides adviser advisor
    friend partner girlfriend boyfriend widow fiancee fiance cousin uncle aunt""".split()
)
_PHRASE = re.compile(
    r"""(?:(?:But|And|Yet|Meanwhile,?|However,?)\s+)?
    (?:(?P<det>[Aa]n?|[Oo]ne)\s+|(?P<owner>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w-]*)(?:'s|’s)\s+)
    (?P<mods>(?:[\w-]+\s+){0,3}?)
    (?P<head>[a-z][\w-]*)
    (?P<rest>\s+(?:for|at|of|from|with|in)\s+[^,.;:!?"“”()]{1,60}?(?:\s*\([^()]{1,20}\))?)?
    (?P<appos>\s*,[^,.;:!?"“”]{1,60},)?
    \s*$""",
    re.VERBOSE,
)
#: a word that may be the finite verb after such a subject: a past or present tense
_VERB = re.compile(r"\b(?:[a-z]+(?:ed|es)|said|says|told|tells|warned|wrote|spoke)\b")
_OPENING_REACH = 160  # characters from a sentence's opening to its verb
_COMMA = re.compile(r",\s+")
_FIRST_WORD = re.compile(r"\s*(\w+)")
_POSSESSIVE = re.compile(r"['’]s?$")
_FIRST = re.compile(r"(?:An?|One|But|And|Yet|Meanwhile|However)\b")
_POSSESSOR_REACH = 60  # characters from a sentence's opening to a possessive "'s"
#: what such a phrase opens with, checked before the whole phrase is read
_OPENER = re.compile(
    r"\s*(?:(?:But|And|Yet|Meanwhile|However)\b,?\s*)?(?:(?:[Aa]n?|[Oo]ne)\s|(?:\S+\s+){0,3}\S+['’]s\s)"
)


def unnamed_phrase(phrase: str, names: list[str]) -> bool:
    """``phrase`` is a subject naming no one: an indefinite source or a role owned by someone
    else; ``names`` are the people named inside it."""
    m = _PHRASE.match(phrase.strip())
    if m is None:
        return False
    head = m.group("head")
    if not (head in _KIN or (is_role_word(head) and head[:1].islower())):
        return False
    owner = m.group("owner")
    if owner is not None and not any(owner.endswith(n.split()[-1]) for n in names):
        return False  # "Microsoft's chief executive": a firm's role may be a person named before
    appos = m.group("appos") or ""
    inner = phrase[: m.start("head")] if owner is None else m.group("mods")
    return not any(n in appos or (owner is None and n in inner) for n in names)


def _opens_like_one(text: str, a: int) -> bool:
    """The sentence at ``a`` may open with such a phrase: an article, a conjunction or a
    possessive near its start (a quick test before the phrase is read)."""
    head = text[a : a + _POSSESSOR_REACH]
    return _FIRST.match(head) is not None or "'s " in head or "’s " in head


def _names_in(ctx: Context, start: int, end: int) -> list[str]:
    """The names as written between ``start`` and ``end``, without a possessive "'s"."""
    i = bisect.bisect_left(ctx.mention_starts, start)
    j = bisect.bisect_left(ctx.mention_starts, end)
    return [_POSSESSIVE.sub("", ctx.text[m.start : m.end]) for m in ctx.mentions[i:j]]


def _unnamed_before(ctx: Context, start: int, vstart: int) -> bool:
    """The subject of the verb at ``vstart`` is an unnamed person: the phrase from the
    sentence's opening, or from a comma after a phrase put first that opens with a preposition
    or a gerund ("In a broadcast, …", "Speaking on Monday, …"; not "Ann Lee, a lawyer, …")."""
    text = ctx.text
    starts = [start]
    first = _FIRST_WORD.match(text, start, vstart)
    if first and (first.group(1).casefold() in PREPOSITIONS or first.group(1).endswith("ing")):
        starts += [m.end() for m in _COMMA.finditer(text, start, vstart)]
    return any(
        _OPENER.match(text, a, vstart) is not None
        and unnamed_phrase(text[a:vstart], _names_in(ctx, a, vstart))
        for a in starts
    )


def reported_subject(ctx: Context, vstart: int, vend: int, lo: int) -> str | None:
    """:func:`~indexer.quotes.subjects.subject_of`, but :data:`ANONYMOUS` for an English
    subject that names no one ("Tony Blair's spokesman said that …")."""
    if ctx.language == "en" and _unnamed_before(ctx, sentence_start(ctx.text, lo, vstart), vstart):
        return ANONYMOUS
    return subject_of(ctx, vstart, vend, lo)


def unnamed_openings(ctx: Context, quotes: list[int]) -> list[int]:
    """Where the verb stands of each English sentence, outside quotes, whose subject names no
    one ("A Labour spokesman denied …"), among the sentences that hold or precede a quote
    opening at one of ``quotes``: whoever speaks after it is not the person named before."""
    if ctx.language != "en" or not quotes:
        return []
    text = ctx.text
    say = say_words("en")
    stops = [0, *(m.end() for m in SENTENCE_STOP.finditer(text))]
    opens = set()
    for q in quotes:  # the sentence that holds the quote and the one before it
        i = bisect.bisect_right(stops, q) - 1
        opens.update(stops[max(0, i - 1) : i + 1])
    found = []
    for a in sorted(opens):
        while a < len(text) and text[a] in " \t\n":
            a += 1
        if a >= len(text) or not _opens_like_one(text, a):
            continue  # most sentences: no article or possessive opens them
        if ctx.inside_quote(a):
            continue
        for v in _VERB.finditer(text, a, min(len(text), a + _OPENING_REACH)):
            if v.group() not in say and not v.group().endswith("ed"):
                continue
            if _unnamed_before(ctx, a, v.start()):
                found.append(v.start())
            break
    return found


def framed_by_unnamed(ctx: Context, lo: int, open_at: int, close_at: int) -> bool:
    """A quote that a sentence introduces whose subject names no one ("President Castro's
    chief aide said it was needed because of "economic aggression"") and no attribution
    follows."""
    if ctx.language != "en":
        return False
    text = ctx.text
    start = sentence_start(text, lo, open_at)
    verbs = [v for v in ctx.verbs(start, open_at) if not ctx.inside_quote(v.start())]
    if not verbs or not _unnamed_before(ctx, start, verbs[-1].start()):
        return False
    stop = SENTENCE_STOP.search(text, close_at)
    after = ctx.verb(close_at, stop.start() if stop else len(text))
    return after is None
