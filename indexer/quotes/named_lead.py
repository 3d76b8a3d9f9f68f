"""First-person speech right after a sentence about someone, in German text that lost its marks.

A German report often names a person as the subject of one sentence and lets them speak in
the next, without a verb of saying: ``Klitschko erklärte auch, dass er sich dem Boxen widmet.
Ich war noch nie zum Entspannen hier.``, ``Iraschko-Stolz hatte einen Startverzicht erwogen. In
der Früh habe ich mich ganz schlecht gefühlt.`` The first-person sentence
(and the first-person sentences after it) is that person speaking. The person must open the
sentence before as its subject: at most a conjunction, an adverb or a role stand before the
name, and no preposition governs it (``Mit Merkel …`` is no subject); a verb of saying in that
sentence must be the person's, and without one the sentence tells of the past (one in the present
about someone may be the speaker's own words about them: ``Umgekehrt braucht Fury eine
Therapie.``); the first-person sentence must carry no attribution of its own (``Wir sind die
Post, riefen sie``) nor a pronoun that may stand for the person (``Anna
Berg spielte in Wien. Wir haben sie gesehen.``: someone speaks of her).

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> from indexer.quotes.names import find_mentions
>>> text = "Hans Bauer erklärte, dass er trainiert. Ich war noch nie hier zum Entspannen."
>>> ms = find_mentions(text, PeopleRegistry.empty(), "de")
>>> ctx = Context(text, PeopleRegistry.empty(), [], "de", ms)
>>> sentences = [(0, 39), (40, 77)]
>>> spoken = lambda a, b: "Ich" in text[a:b]
>>> [(text[s.start:s.end], s.speaker) for s in after_named(ctx, sentences, 1, 0, set(), [], spoken)]
[('Ich war noch nie hier zum Entspannen', 'Hans Bauer')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from indexer.quotes.coreference import Context, is_person
from indexer.quotes.marks import Span
from indexer.quotes.mood import FIRST_PERSON_WORD, is_reported
from indexer.quotes.reported import in_past, trimmed
from indexer.quotes.subjects import speaker_of_verb

__all__ = ["after_named"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: at most this many words stand before the subject in its sentence ("Und Ferrari-Präsident")
_MAX_BEFORE = 3
_MAX_LEAD = 60  # characters: what three words and a role take at most
#: a phrase put first, then the finite verb and the subject: "Im Moment des Triumphs dachte X"
_MAX_INVERTED_LEAD = 90
_MAX_INVERTED_WORDS = 8
#: words right before a name after which it is no subject: pronouns that are the subject
_PRONOUNS = frozenset("ich du er sie es wir ihr man".split())
_MIN_WORDS = 3
#: an attribution inserted after a comma, a verb and a pronoun: "…, riefen sie", "…, heißt es"
_INSERTED = re.compile(r",\s+[a-zäöüß]+\s+(?:es|sie|er|man)\b")
#: the word right after a name, spaces between
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")
#: words before a name that make it no subject: prepositions, and words that link it to another
_NOT_SUBJECT = frozenset(
    """mit von für gegen bei nach laut zu zur zum über unter neben vor hinter ohne wie als
    auch dass ob an auf aus um durch seit trotz wegen während dem den des""".split()
)


def after_named(
    ctx: Context,
    sentences: list[tuple[int, int]],
    k: int,
    p: int,
    used: set[int],
    taken: list[tuple[int, int]],
    direct: Callable[[int, int], bool] | None = None,
) -> list[Span]:
    """Sentence ``k`` (and the first-person sentences after it) as the speech of the person
    who opens sentence ``k - 1`` as its subject; ``direct`` tells a sentence of speech."""
    text = ctx.text
    pa, pb = sentences[k - 1]
    a, b = sentences[k]
    who = _subject(ctx, pa, pb)  # the cheap tests first: a subject before, the first person
    if who is None or direct is None or FIRST_PERSON_WORD.search(text, a, b) is None:
        return []
    if "(" in text[a:b] or text[pa:pb].rstrip()[-1:] == "?":
        return []
    if len(_WORD.findall(text, a, b)) < _MIN_WORDS or any(x < b and pa < y for x, y in taken):
        return []
    if _INSERTED.search(text, a, b):
        return []  # "Wir sind die Post, riefen sie": attributed to others in the sentence itself
    if not direct(a, b) or is_reported(text[pa:pb]) or ctx.inside_quote(pa):
        return []
    if _speaks_of(text, a, b, ctx.gender(who)):
        return []  # "Anna Berg spielte in Wien. Wir haben sie gesehen": others speak of her
    verbs = ctx.verbs(pa, pb)
    if not verbs and not in_past(_WORD.findall(text, pa, pb)):
        return []  # "Umgekehrt braucht Fury eine Therapie.": speech about him, not narration
    if verbs:  # "Appel raus, skandierten sie …": a verb of saying there must be the person's
        v = verbs[0]
        if speaker_of_verb(ctx, pa, v.start(), v.end(), pb, v.group()) != who:
            return []
    last = k
    while last + 1 < len(sentences) and last + 1 not in used and direct(*sentences[last + 1]):
        last += 1
    used.update(range(k, last + 1))
    s, e = trimmed(text, a, sentences[last][1])
    return [Span(s, e, s, e, "unmarked", p, speaker=who)]


#: third-person pronouns by the gender of whom they may stand for
_THIRD = {"m": frozenset("er ihn ihm".split()), "f": frozenset("sie ihr".split())}


def _speaks_of(text: str, a: int, b: int, gender: str) -> bool:
    """The sentence ``a:b`` has a third-person pronoun that may stand for a person of
    ``gender`` (either, when it is unknown): its speaker talks of that person.

    >>> _speaks_of("Wir haben sie gesehen", 0, 21, "f"), _speaks_of("Ich war müde", 0, 12, "")
    (True, False)
    """
    words = {w for w in _WORD.findall(text, a, b) if w.islower()}
    pronouns = _THIRD.get(gender) or _THIRD["m"] | _THIRD["f"]
    return not words.isdisjoint(pronouns)


def _subject(ctx: Context, a: int, b: int) -> str | None:
    """The person named at the head of the sentence ``a:b``, when nothing but a few words
    (no preposition, no comma) stand before the name, or a phrase put first and the finite
    verb do, and a word in lower case follows it."""
    text = ctx.text
    k = bisect.bisect_left(ctx.mention_starts, a)
    if k >= len(ctx.mentions) or ctx.mentions[k].start >= b:
        return None
    m = ctx.mentions[k]
    if m.start - a > _MAX_INVERTED_LEAD or "," in text[a : m.start]:
        return None
    before = _WORD.findall(text, a, m.start)
    if (
        m.start - a > _MAX_LEAD
        or len(before) > _MAX_BEFORE
        or any(w.casefold() in _NOT_SUBJECT for w in before)
    ) and not _inverted(before, m.role):
        return None
    nxt = _NEXT_WORD.match(text, m.end)
    if nxt is None or not nxt.group(1)[:1].islower():
        return None
    return m.name if is_person(m.name) else None


def _inverted(before: list[str], role: str) -> bool:
    """The words before a name are a phrase put first and the finite verb: the name, right
    after that verb (and "sich", and its role), is the subject: "Im Moment des Triumphs dachte
    Kohlschreiber …", "Die Strecke hat sich Bezirksrat Stumpf ausgesucht" (not "Dann traf er
    Merkel", not "mit Merkel").

    >>> _inverted(["Im", "Moment", "des", "Triumphs", "dachte"], "")
    True
    >>> _inverted(["Dann", "traf", "er"], ""), _inverted(["Gespräche", "mit"], "")
    (False, False)
    >>> _inverted(["Die", "Strecke", "hat", "sich", "Bezirksrat"], "bezirksrat")
    True
    """
    words = before[:-1] if role and before and before[-1].casefold() == role else before
    if words and words[-1] == "sich":
        words = words[:-1]
    if len(words) < 2 or len(before) > _MAX_INVERTED_WORDS:
        return False
    verb = words[-1]
    return (
        verb[:1].islower()
        and verb not in _PRONOUNS
        and verb not in _NOT_SUBJECT
        and verb.endswith(("t", "te", "en", "ten"))
    )
