"""The answers of an interview whose quotation marks were lost: ``Heitzmann: Es sind …``.

A German interview gives each answer a label, the interviewee's surname (or full name) and a
colon, and each question the outlet's (``STANDARD: Wer ist arm? Heitzmann: Es sind nicht immer
dieselben Menschen.``). The label is the attribution: the answer is the person's speech
whether or not it speaks in the first person. A label is a person's when the article names
that person in full and only one person carries the surname; a place, a team, a topic ("Ried:",
"Kurios:", "Tore:") is no one's. Where the outlet labels its questions, an answer runs to the
next label; elsewhere it takes the sentences after it that read as the speaker's own words.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> from indexer.quotes.names import find_mentions
>>> text = "Es spricht Karin Heitzmann. STANDARD: Wer ist arm? Heitzmann: Nicht immer dieselben."
>>> reg = PeopleRegistry.empty()
>>> ctx = Context(text, reg, [], "de", find_mentions(text, reg, "de", ()))
>>> label_owner(ctx, 51, 87)
('Karin Heitzmann', 62)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from indexer.quotes.coreference import Context, is_person
from indexer.quotes.marks import Span
from indexer.quotes.mood import is_reported
from indexer.quotes.reported import trimmed

__all__ = ["answer", "label_owner"]

#: a label at the start of a sentence: one or two capitalised words and a colon
_LABEL = re.compile(r"\s*([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)?):\s")
#: the outlet's label over a question ("STANDARD:", "Frage:")
_QUESTION_LABEL = re.compile(r"\s*(?:[A-ZÄÖÜ]{2,}|Frage|Interviewer):\s")


def label_owner(ctx: Context, a: int, b: int) -> tuple[str, int] | None:
    """The person whose label opens ``text[a:b]``, and where the answer after it starts."""
    m = _LABEL.match(ctx.text, a, b)
    if m is None:
        return None
    words = m.group(1).split()
    if words[0].isupper() or ctx.text.find(": ", m.start(1), m.end()) != m.end(1):
        return None
    owners = {
        n.name
        for n in ctx.mentions
        if len(n.name.split()) > 1
        and n.name.split()[-1] == words[-1]
        and (len(words) == 1 or n.name == m.group(1))
    }
    if len(owners) != 1:
        return None
    who = owners.pop()
    return (who, m.end()) if is_person(who) else None


def answer(
    ctx: Context,
    sentences: list[tuple[int, int]],
    k: int,
    p: int,
    used: set[int],
    direct: Callable[[int, int], bool],
) -> list[Span]:
    """The answer that opens sentence ``k`` with its speaker's label, as one quote; the
    sentences it covers go into ``used``. ``direct`` tells a sentence in the speaker's own
    words, for an interview whose questions carry no label."""
    text = ctx.text
    a, b = sentences[k]
    owner = label_owner(ctx, a, b)
    if owner is None:
        return []
    who, start = owner
    if is_reported(text[start:b]):
        return []
    labelled = any(_QUESTION_LABEL.match(text, x, y) for x, y in sentences)
    last = k
    while last + 1 < len(sentences) and last + 1 not in used:
        x, y = sentences[last + 1]
        if _QUESTION_LABEL.match(text, x, y) or label_owner(ctx, x, y):
            break
        if not (labelled or direct(x, y)):
            break
        last += 1
    s, e = trimmed(text, start, sentences[last][1])
    if s >= e:
        return []
    used.update(range(k, last + 1))
    return [Span(s, e, s, e, "unmarked", p, speaker=who)]
