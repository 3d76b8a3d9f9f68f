"""Direct speech inside someone's run of reported speech, in German text that lost its marks.

German news reports a person's words in the subjunctive, sentence after sentence, once a verb
of saying has said whose they are (``Man könne davon ausgehen, …, sagte die Psychotherapeutin.
Die Schule sei der ideale Rahmen.``). A sentence in the indicative that stands between two
sentences of the same person's speech is that person speaking directly (``… Die Kinder dürfen
erzählen, aber sie müssen nicht. Oft seien Fragen … belastend``), and so is a sentence in the
first person right after such a run. A statement right before the same person's attributed
statement joins it (``Die Täter dürfen nicht ungestraft davonkommen. Sie müssen … bestraft
werden, forderte er.``). Narrative stays out: a sentence in the past tense, one that names
someone, speaks of "er"/"sie" or "seine", or carries a verb of saying of its own.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> text = ("Das sei wichtig, sagte Barbara Preitler. Die Kinder dürfen erzählen, aber sie "
...         "müssen nicht. Oft seien Fragen belastend.")
>>> ctx = Context(text, PeopleRegistry.empty(), [], "de")
>>> sentences = [(0, 40), (41, 91), (92, 119)]
>>> [(text[s.start:s.end], s.speaker) for s in within_report(ctx, sentences, 0, set(), [])]
[('Die Kinder dürfen erzählen, aber sie müssen nicht', 'Barbara Preitler')]
"""

from __future__ import annotations

import bisect
import re

from indexer.quotes.coreference import Context, is_person
from indexer.quotes.marks import Span
from indexer.quotes.mood import KONJUNKTIV_II, is_reported, weak_preterite
from indexer.quotes.subjects import speaker_of_verb

__all__ = ["in_past", "reported_rest", "trimmed", "within_report"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: what a speaker says and a narrator rarely does: what must, may or can be, the particles of
#: talk, the generic "man", the first person
_SPOKEN = frozenset(
    """muss müssen darf dürfen soll sollen kann können ja halt eh eben doch man ich mich mir
    mein meine meinen meinem meiner wir uns unser unsere""".split()
)
#: strong and mixed verbs in the past tense: the narrator's tense, not a speaker's
_STRONG_PAST = frozenset(
    """war waren kam kamen ging gingen gab gaben hatte hatten wurde wurden stand standen sah
    sahen fand fanden blieb blieben lag lagen zog zogen nahm nahmen traf trafen fiel fielen
    hielt hielten brachte brachten dachte dachten wusste wussten rief riefen lief liefen wandte
    wandten nannte nannten kannte kannten sandte sandten""".split()
)
#: words that speak of a third person: the narrator's, where a speaker would say "ich"
_THIRD_PERSON = frozenset("er sein seine seinen seinem seiner seines ihm".split())
_FIRST_PERSON = frozenset(
    "ich mich mir mein meine meinen meinem meiner wir uns unser unsere".split()
)
_MIN_WORDS = 4


def in_past(raw: list[str]) -> bool:
    """The words of a sentence tell of the past, as a narrator does: "ging man", "sagte"."""
    return any(
        w.casefold() in _STRONG_PAST
        or (i and w[:1].islower() and weak_preterite(w, narrative=True))
        for i, w in enumerate(raw)
    )


def _mood(ctx: Context, a: int, b: int) -> str:
    """``reported`` (subjunctive), ``plain`` (an indicative statement a speaker could make) or
    ``other`` (quoted, narrative, naming someone, or in the past tense)."""
    clause = ctx.text[a:b]
    if any(c in clause for c in '"“”„«»():'):
        return "other"
    raw = _WORD.findall(clause)
    words = [w.casefold() for w in raw]
    if is_reported(clause) or any(w in KONJUNKTIV_II for w in words):
        return "reported"
    if len(words) < _MIN_WORDS or any(w in _THIRD_PERSON for w in words):
        return "other"
    if raw[0] in ("Sie", "Er") or in_past(raw):
        return "other"
    if ctx.verb(a, b) or _named(ctx, a, b):
        return "other"
    return "plain" if any(w in _SPOKEN for w in words) else "other"


def _named(ctx: Context, a: int, b: int) -> list[str]:
    """The people named inside ``text[a:b]``."""
    starts = ctx.mention_starts
    i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
    return [m.name for m in ctx.mentions[i:j]]


def within_report(
    ctx: Context,
    sentences: list[tuple[int, int]],
    p: int,
    used: set[int],
    found: list[Span],
) -> list[Span]:
    """Indicative statements inside a person's run of reported speech, as quotes; ``found``
    holds the paragraph's statements already attributed (a joining one grows backwards)."""
    text = ctx.text
    n = len(sentences)
    who: list[str | None] = [None] * n
    mood: list[str] = ["other"] * n
    owner: dict[int, Span] = {}
    for s in found:
        for k, (a, b) in enumerate(sentences):
            if a < s.end and s.start < b and is_person(s.speaker):
                owner.setdefault(k, s)
    run: str | None = None
    for k, (a, b) in enumerate(sentences):
        if k in owner:
            run = who[k] = owner[k].speaker
            mood[k] = "said"
            continue
        if k in used:
            run = None
            continue
        v = ctx.verb(a, b)
        if run is None and v is None:
            continue  # outside a run only a verb of saying may open one
        mood[k] = _mood(ctx, a, b)
        if mood[k] == "reported":
            if v is not None:
                run = speaker_of_verb(ctx, a, v.start(), v.end(), b, v.group())
                run = run if is_person(run) else None
            elif any(name != run for name in _named(ctx, a, b)):
                run = None
            who[k] = run
        elif mood[k] == "plain":
            who[k] = run  # provisional: speech only if the run goes on after it
        else:
            run = None
    out: list[Span] = []
    for k in range(1, n):
        speaker = who[k - 1]
        if mood[k] != "plain" or not is_person(speaker) or mood[k - 1] == "plain":
            continue
        a, b = sentences[k]
        nxt = mood[k + 1] if k + 1 < n else "end"
        first = any(w.casefold() in _FIRST_PERSON for w in _WORD.findall(text, a, b))
        goes_on = nxt in ("reported", "said") and who[k + 1] == speaker
        if not (goes_on or (first and mood[k - 1] == "reported")):
            continue
        s, e = trimmed(text, a, b)
        if nxt == "said" and owner[k + 1].start == trimmed(text, *sentences[k + 1])[0]:
            owner[k + 1].start = owner[k + 1].open_at = s  # one statement before its "sagte er"
        else:
            out.append(Span(s, e, s, e, "unmarked", p, speaker=speaker))
        used.add(k)
    return out


def trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` without the spaces and dashes before it and the spaces and punctuation
    after it: a statement's own span."""
    while a < b and text[a] in " \t\n–—-":
        a += 1
    while b > a and text[b - 1] in " \t\n.,;:":
        b -= 1
    return a, b


#: the most words between an inserted attribution's comma and the comma after it ("so X,")
_ATTRIBUTION_WORDS = 5
#: words of a third person that stand for the subject ("…, sagte X, er habe …" is ambiguous)
_PRONOUNS = frozenset("er sie es man".split())


def reported_rest(text: str, cut: int, end: int) -> bool:
    """The attribution inserted at ``cut`` ends at a comma, and the sentence goes on with a
    complement ("dass", "ob") or with a verb in the subjunctive: the words before it open
    reported speech, no quote ("Renationalisierung und Austerität, so Varoufakis, seien nicht
    die Lösung", "Um zu werben, meinte er, dass …"); an indicative rest, or an adverb, is
    speech ("…, sagt Dedovic, springen sie auf", "…, sagte Kräuter, heute aber gehe es …").
    Only the verb and its subject stand between the two commas ("…, berichtete Weiss darüber,
    dass …" has the complement of "darüber").

    >>> t = "Die Reform, so Anna Berg, sei nötig."
    >>> reported_rest(t, t.index(", so"), len(t))
    True
    >>> t = "Wenn sie ihn sehen, sagt Dedovic, springen sie auf."
    >>> reported_rest(t, t.index(", sagt"), len(t))
    False
    """
    comma = text.find(", ", cut + 1, end)
    if comma < 0:
        return False
    between = _WORD.findall(text, cut, comma)
    if len(between) > _ATTRIBUTION_WORDS or not all(
        w[:1].isupper() or w in _PRONOUNS for w in between[1:]
    ):
        return False  # "…, berichtete Weiss darüber, dass …": the verb and its subject only
    words = _WORD.findall(text, comma + 2, end)[:2]
    if not words or not words[0][:1].islower() or words[0] in _PRONOUNS:
        return False
    return words[0] in ("dass", "ob") or is_reported(" ".join(words))
