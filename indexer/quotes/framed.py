"""Where a German statement starts when it is framed by its speaker on both sides.

Text that lost its marks often opens a statement with the speaker's verb of saying in a
sentence of its own (``In seiner Ansprache warnte Papst Franziskus vor der Konsumkultur.``) or
with the same speaker's last attributed statement (``…, sagt Gächter.``), then gives the
speaker's sentences, and attributes only the last of them (``Viel Freiheit, aber wenig
Autonomie. Immer mehr Menschen fühlen sich einsam, sagte der Heilige Vater.``). The sentences
between the two are the statement's, when each could be said by the speaker: no subjunctive,
no past tense (the narrator's: "Woran dies bisher scheiterte, …"), no verb of saying, nobody
named, no "er" or "seine" speaking of a third person, no marks. The frame has to be the same
person's, and not in the subjunctive (reported speech goes on in forms the indicative shares,
"Solche Wechsel gehörten …"); at most a few sentences are read back.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> from indexer.quotes.names import find_mentions
>>> text = ("Papst Franziskus warnte vor der Kultur. Viel Freiheit, aber wenig Autonomie. "
...         "Immer mehr Menschen sind einsam, sagte Franziskus.")
>>> reg = PeopleRegistry.empty()
>>> ctx = Context(text, reg, [], "de", find_mentions(text, reg, "de", ()))
>>> framed_start(ctx, [(0, 39), (40, 76), (77, 126)], 2, set(), "Franziskus")
1
"""

from __future__ import annotations

import bisect
import re

from indexer.quotes.coreference import Context
from indexer.quotes.mood import is_reported
from indexer.quotes.reported import in_past
from indexer.quotes.subjects import speaker_of_verb

__all__ = ["framed_start"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: words that speak of a third person: the narrator's, where a speaker would say "ich"
_THIRD_PERSON = frozenset("er sein seine seinen seinem seiner seines ihm ihn".split())
_MAX_SENTENCES = 3
_MIN_WORDS = 3


def _sayable(ctx: Context, a: int, b: int) -> bool:
    """``text[a:b]`` could be the speaker's own sentence (see the module docstring)."""
    clause = ctx.text[a:b]
    if any(c in clause for c in '"“”„«»():'):
        return False
    raw = _WORD.findall(clause)
    if len(raw) < _MIN_WORDS or raw[0] in ("Er", "Sie"):
        return False
    if any(w.casefold() in _THIRD_PERSON for w in raw) or is_reported(clause) or in_past(raw):
        return False
    k = bisect.bisect_left(ctx.mention_starts, a)
    if k < len(ctx.mentions) and ctx.mentions[k].start < b:
        return False
    return ctx.verb(a, b) is None


def framed_start(
    ctx: Context, sentences: list[tuple[int, int]], k: int, used: set[int], who: str
) -> int | None:
    """The first sentence of the statement that sentence ``k`` attributes to ``who``, when
    the sentences before it are framed by ``who``'s verb of saying; else ``None``."""
    first = k
    while first > 0 and k - first < _MAX_SENTENCES and first - 1 not in used:
        if not _sayable(ctx, *sentences[first - 1]):
            break
        first -= 1
    if first == k or first == 0:
        return None
    a, b = sentences[first - 1]
    verbs = ctx.verbs(a, b)
    if not verbs or is_reported(ctx.text[a:b]):
        return None  # a frame in the subjunctive goes on reporting: "gehörten" is no speech
    v = verbs[-1]
    if speaker_of_verb(ctx, a, v.start(), v.end(), b, v.group()) != who:
        return None
    return first
