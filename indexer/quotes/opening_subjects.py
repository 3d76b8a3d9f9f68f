"""Sentences between quotes that open with a person named: whose the next statement is.

A short sentence that opens with a person ("Enjuanes coincide.", "Wenger was furious.") gives
the statement after it to that person (:func:`opening_subject`). An unattributed quote near an
attributed one is usually the same speaker's ("…," said Forster. "It would also help."), but
not when a sentence between them opens with someone else (:func:`opens_with_another`): in
``"…" Ruddock, though, is keen to protect his players. "At this stage …"`` the second
statement is not the first speaker's to inherit. A stop that ends a quote ends its sentence
too (``…on the pitch." Ruddock …``).

>>> from indexer.quotes.names import Mention
>>> t = '"Fine," said Ann Lee. Bo Ek is keen. "Go."'
>>> mentions = [Mention(13, 20, "Ann Lee", False), Mention(22, 27, "Bo Ek", False)]
>>> opens_with_another(t, t.index("Bo") - 2, t.rindex('"Go'), mentions, "Ann Lee")
True
>>> opens_with_another(t, t.index("Bo") - 2, t.rindex('"Go'), mentions, "Bo Ek")
False
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from indexer.quotes.coreference import Context, is_person
from indexer.quotes.names import Mention

__all__ = ["opening_subject", "opens_with_another"]

#: a sentence end, then the spaces (and an opening mark) before the next sentence's first word
_NEXT_SENTENCE = re.compile(r"[.!?…][\"”’»]?\s+")
#: a stop that ends a sentence, inside a closing mark or not
_STOPS = re.compile(r"[.!?][\"”’»]?(?=\s)")
_WORD = re.compile(r"\w+")
#: words after the name in a sentence that hands a statement to the person it opens with
_SUBJECT_SENTENCE_WORDS = {"en": 12}
_SUBJECT_SENTENCE_WORDS_ELSEWHERE = 4


def opens_with_another(
    text: str,
    lo: int,
    hi: int,
    mentions: Sequence[Mention],
    speaker: str,
    starts: Sequence[int] | None = None,
) -> bool:
    """Some sentence that starts inside ``text[lo:hi]`` opens with a person named other than
    ``speaker`` (``mentions`` sorted by start; ``starts``, their starts, when known).

    >>> t = '"Fine," said Ann Lee. Lee is keen. "Go."'
    >>> opens_with_another(t, 20, t.rindex('"Go'), [Mention(22, 25, "Lee", False)], "Ann Lee")
    False
    """
    starts = [m.start for m in mentions] if starts is None else starts
    for m in _NEXT_SENTENCE.finditer(text, max(0, lo - 2), hi):  # the stop may end a quote
        i = bisect.bisect_left(starts, m.end())
        if i < len(starts) and starts[i] == m.end() and starts[i] < hi:
            if mentions[i].name.split()[-1] not in speaker.split():
                return True  # not the speaker again, by full name or by surname
    return False


def opening_subject(ctx: Context, lo: int, pos: int) -> str | None:
    """The person a short sentence right before ``pos`` (in its paragraph, from ``lo``) opens
    with, named: "Enjuanes coincide.", "Wenger was furious." — whose the statement after it
    is. English allows a longer sentence ("Ruddock, though, is keen to protect his players.").

    >>> from indexer.people import PeopleRegistry
    >>> from indexer.quotes.names import find_mentions
    >>> t = 'Ann Lee is keen to protect her players from injury. "Go."'
    >>> reg = PeopleRegistry.empty()
    >>> opening_subject(Context(t, reg, [], "en", find_mentions(t, reg)), 0, t.index('"'))
    'Ann Lee'
    """
    text = ctx.text
    end = text[lo:pos].rstrip()
    if not end or end[-1] not in ".!:":
        return None
    stops = list(_STOPS.finditer(text, lo, lo + len(end) - 1))
    start = stops[-1].end() if stops else lo
    while start < pos and text[start].isspace():
        start += 1
    k = bisect.bisect_left(ctx.mention_starts, start)
    if k >= len(ctx.mentions) or ctx.mentions[k].start != start:
        return None
    m = ctx.mentions[k]
    rest = _WORD.findall(text, m.end, lo + len(end))
    most = _SUBJECT_SENTENCE_WORDS.get(ctx.language, _SUBJECT_SENTENCE_WORDS_ELSEWHERE)
    if not rest or len(rest) > most or ctx.inside_quote(start):
        return None
    return m.name if is_person(m.name) else None
