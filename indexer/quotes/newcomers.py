"""Someone new takes the floor: a sentence that opens with another person between the last
speaker's words and an unattributed statement.

A statement in marks with no attribution of its own continues the last speaker ("…," said
Nadal. "I was lucky."), also across a sentence or two of narration. When one of those sentences
opens with someone else ("US coach Patrick McEnroe wants Roddick to play more on clay. "It will
help these guys …""), that person has taken the floor and the statement is no longer the last
speaker's: the narration introduces the next voice. A person named inside a sentence ("where
he trained with champion Robert Korzeniowski"), in the possessive ("Finnan's position"), or in
a clause the speaker reports ("He said that Treasury Secretary James Baker …") takes nobody's
floor; and once the last speaker is named again ("Manager Brian Kerr praised Finnan. Finnan's
position is right-back. "As I play …""), the floor is his again.

>>> from indexer.quotes.names import Mention
>>> text = 'Bo said so. Coach Ann Lee wants more. "Yes."'
>>> newcomer(text, [Mention(18, 25, "Ann Lee", False)], 0, 38, "Bo Ek")
'Ann Lee'
>>> text = 'Bo said so. He trained with Ann Lee. "Yes."'
>>> newcomer(text, [Mention(28, 35, "Ann Lee", False)], 0, 37, "Bo Ek") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from indexer.quotes.lexicon import DETERMINERS, is_role_word
from indexer.quotes.names import Mention

__all__ = ["newcomer"]

#: where a sentence ends: a stop, then space (a single capital before it is an initial, "E.")
_STOP = re.compile(r"(?<![\s.][A-Z])(?<!\b(?:Mr|Dr|St|Ms))[.!?][\"”’]?\s+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_OPENING_WORDS = 6  # words that may stand before the name: "The Guardian's film critic"
_REACH = 200  # how far back the sentence's start is looked for


def newcomer(
    text: str,
    mentions: Sequence[Mention],
    since: int,
    until: int,
    speaker: str,
    quoted: Callable[[int], bool] = lambda _: False,
) -> str | None:
    """The last person other than ``speaker`` who opens a sentence of narration between
    ``since`` (where the last speaker spoke) and ``until`` (the statement), else ``None``.
    ``quoted`` tells whether a position lies inside a quote (names there are no subjects)."""
    own = set(speaker.split())
    for m in reversed(mentions):
        if not since < m.start < until or quoted(m.start):
            continue
        if own & set(m.name.split()):
            return None  # named again since ("Finnan's position …"): the floor is his again
        if text[m.end : m.end + 1] in ("'", "’"):
            continue  # "Finnan's normal position": a possessive, not the subject
        if _opens_sentence(text, m.start):
            return m.name
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """Only capitalised words, determiners and roles stand between the sentence's start and
    ``start``: "US coach Patrick McEnroe", "Legislator Hui Yin-fat", "The Guardian's film critic
    Peter Bradshaw"; a paragraph break counts as a sentence's start."""
    lo = max(0, start - _REACH)
    head = text[lo:start]
    cut = max((m.end() for m in _STOP.finditer(head)), default=-1)
    cut = max(cut, head.rfind("\n") + 1)
    if cut <= 0 and lo > 0:
        return False  # no sentence start within reach
    words = _WORD.findall(head[cut:])
    if len(words) > _OPENING_WORDS:
        return False
    return all(w[:1].isupper() or w in DETERMINERS or is_role_word(w) for w in words)
