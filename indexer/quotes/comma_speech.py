"""German direct speech after a verb of saying and a comma, in text that lost its marks.

``Zur Größenordnung meinte Faymann, unter 1.000 Menschen wird das nicht so funktionieren, wie
wir uns das versprechen.`` The statement after the comma is the speaker's own words when it
is in the indicative and in the first person, and opens as a main clause would: not with
"dass", "ob", a relative pronoun or a conjunction (``sagte Müller, der seit 2010 Chef ist``),
which continue the narrator's sentence. In the subjunctive it is reported speech
(``Faymann sagte, auch Deutschland würde Leute schicken``), no quote.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> text = "Dazu meinte Werner Faymann, unter 1.000 Menschen wird das nicht gehen, wie wir wissen."
>>> ctx = Context(text, PeopleRegistry.empty(), [], "de")
>>> [(text[s.start:s.end], s.speaker) for s in after_comma(ctx, [(0, len(text))], 0, 0, set())]
[('unter 1.000 Menschen wird das nicht gehen, wie wir wissen', 'Werner Faymann')]
"""

from __future__ import annotations

import re

from indexer.quotes.coreference import Context, is_person
from indexer.quotes.marks import Span
from indexer.quotes.mood import KONJUNKTIV_II_AUXILIARIES, KONJUNKTIV_II_MODALS, is_reported
from indexer.quotes.subjects import speaker_of_verb

__all__ = ["after_comma"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_FIRST_PERSON = frozenset(
    "ich mich mir mein meine meinen meinem meiner wir uns unser unsere".split()
)
#: words that open a subordinate or coordinate clause: the narrator's sentence goes on
_CLAUSE_OPENERS = frozenset(
    """dass ob wie wo wann warum weil da als nachdem bevor während obwohl wenn falls damit der
    die das dem den des deren dessen denen welche welcher welches und oder aber sondern denn
    sowie zumal wobei womit woran worauf was man er sie es""".split()
)
#: Konjunktiv II: reported speech after a comma, whoever the subject
_KONJUNKTIV_II = KONJUNKTIV_II_AUXILIARIES | KONJUNKTIV_II_MODALS
#: at most this many words between the verb of saying and the comma: its subject alone
_SUBJECT_WORDS = 4
_MIN_WORDS = 5


def after_comma(
    ctx: Context, sentences: list[tuple[int, int]], k: int, p: int, used: set[int]
) -> list[Span]:
    """The statement after ``verb subject,`` in sentence ``k``, as a quote, else nothing."""
    text = ctx.text
    a, b = sentences[k]
    verbs = ctx.verbs(a, b)
    if not verbs:
        return []
    v = verbs[0]
    comma = text.find(", ", v.end(), b)
    if comma < 0 or any(o.start() < comma for o in verbs[1:]):
        return []
    if comma < 0 or len(_WORD.findall(text, v.end(), comma)) > _SUBJECT_WORDS:
        return []
    s, e = comma + 2, b
    while e > s and text[e - 1] in " \t\n.,;:":
        e -= 1
    tail = _WORD.findall(text, s, e)
    low = [w.casefold() for w in tail]
    if len(tail) < _MIN_WORDS or low[0] in _CLAUSE_OPENERS or not _FIRST_PERSON & set(low):
        return []
    if is_reported(text[s:e]) or any(w in _KONJUNKTIV_II for w in low):
        return []  # "…, auch unsere Nachbarn würden Leute schicken": reported
    if any(c in text[a:b] for c in '"“”„«»'):
        return []
    if any(s <= m.start < e for m in ctx.mentions):
        return []
    who = speaker_of_verb(ctx, a, v.start(), v.end(), comma, v.group())
    if not is_person(who):
        return []
    used.add(k)
    return [Span(s, e, s, e, "unmarked", p, speaker=who)]
