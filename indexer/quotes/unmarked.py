"""Direct speech whose quotation marks were stripped (the German 10kGNAD bodies lost theirs).

A statement is direct speech when it is attributed by a verb of saying in an inserted clause
(``Das ist ein Wahnsinn, sagt Krismer.``, ``…, so Faymann.``) or introduced by a colon after a
speaker (``betonte der Kanzler: Die Außengrenze soll …``), and it is not reported speech: German
reports speech in the subjunctive (``Die Lage sei ernst, sagte er.``), which is no quote.
Sentences in the first person right before or after an attributed statement belong to it; a
sentence in the first person right after someone's reported speech is that person speaking
(``…, sein Unternehmen habe sich beteiligt. Wir haften hier also …``), and a statement the next
sentence gives to someone is theirs (``Die Entscheidung ist gefallen. Das sagte Hans Müller.``).

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import NOBODY, Context, is_person
>>> text = "Wien – Krismer ist sauer. Das ist ein Wahnsinn, sagt Helga Krismer."
>>> ctx = Context(text, PeopleRegistry.empty(), [], "de")
>>> [(text[s.start:s.end], s.speaker) for s in unmarked_spans(ctx, [(0, len(text))], set(), [])]
[('Das ist ein Wahnsinn', 'Helga Krismer')]
"""

from __future__ import annotations

import functools
import re

from indexer.quotes.answers import answer
from indexer.quotes.attribution import attribute_dash, said_next
from indexer.quotes.comma_speech import after_comma
from indexer.quotes.continued import joined
from indexer.quotes.coreference import NOBODY, Context, is_person
from indexer.quotes.framed import framed_start
from indexer.quotes.fronted_subjects import fronted_subject
from indexer.quotes.leads import introduces_speaker, present_lead
from indexer.quotes.marks import Span
from indexer.quotes.mood import FIRST_PERSON_WORD, is_reported
from indexer.quotes.named_lead import after_named
from indexer.quotes.reported import in_past, reported_rest, trimmed, within_report
from indexer.quotes.subjects import speaker_of_verb
from indexer.quotes.subordinate import subordinate_only

__all__ = ["unmarked_spans"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: words after an ordinal number: "13. Dezember", "16. Runde" (the dot ends no sentence)
_ORDINAL_NOUNS = frozenset(
    """jänner januar februar märz april mai juni juli august september oktober november dezember
    runde minute platz mal jahrhundert spieltag stock bezirk klasse liga""".split()
)
_ABBREVIATIONS = frozenset("dr st nr bzw ca mio mrd abs vgl zb ua prof mag ing dipl".split())
_STOP = re.compile(r"[.!?…](?=\s+[^\W\d_a-zäöüß])")
#: a capitalised function word right after a word: a heading ran into the next sentence
_GLUED = re.compile(
    r"(?<=[a-zäöüß])\s+(?=(?:Der|Die|Das|Es|Ich|Wir|Er|Ein|Eine|Im|Am|Auf|Bei|Mit|Nach|Dabei|"
    r"Doch|Aber|Auch|Nur|Wie|Was|Als|Wenn|Zudem|Damit|Dann|Jetzt|Heute|Seit|Für|Um|Nun)\s)"
)
#: words of talk, not of reporting: modal particles, the generic "man"
_SPOKEN = frozenset("ja halt eh man".split())
#: a speaker's label that opens a turn of an interview: "Bussmann: …", "STANDARD: …"
_LABEL = re.compile(r"\s*[^\W\d_][\w-]*:\s")
#: the interviewer's label in a question-and-answer interview ("Frage: …", "STANDARD: …")
_INTERVIEWER = frozenset("frage question pregunta вопрос interviewer".split())
_MIN_WORDS = 3
#: a topic put before the verb of saying: "Was den Fall Leopoldstadt betrifft, betonte …"
_TOPIC = re.compile(r"\b(?:betrifft|angeht|anbelangt|anlangt)[\s,]*$")
#: a noun and the clause that tells its content, put before the verb of saying as its object:
#: "Gerüchte, dass …, dementiert X", "Berichte, wonach …, bestätigte Y nicht"
_OBJECT = re.compile(
    r"\s*(?:(?:[Dd]ie|[Dd]er|[Dd]en|[Aa]lle|[Nn]eue|[Nn]euen|[Jj]üngsten?)\s+)?"
    r"(?!(?:Das|Dies|Es|Er|Sie|Wir|Ich|Man)\b)[A-ZÄÖÜ][\w-]*,\s+(?:dass|wonach|ob)\s"
)
#: what opens a sentence that gives the one before it to someone ("Das sagte …")
_ANAPHORA_DE = re.compile(r"(?:Das|Dies)\s")
#: a reported sentence whose subject is a person already named: "Sie wolle …", "Er sei …"
_PRONOUN_OPENS = re.compile(r"(?:Er|Sie)\s")
#: the pronouns of a person spoken of, in any case
_THIRD_PERSON = frozenset("er sie ihm ihn ihr".split())
#: the place and dash that open a news body: "Wien –", "Wien/Linz –", "Riad -"
_DATELINE = re.compile(r"\s*(?:[A-ZÄÖÜ][\w.]*(?:[ /-][A-ZÄÖÜ(][\w.()]*){0,3})\s+[–-]\s+")
#: the topic put before the verb, not a statement: "Zur Frage, ob …, sagte Mitrow, dies sei …"
_QUESTION = re.compile(
    r"\s*(?:zur frage|auf die frage|auf nachfrage|gefragt|befragt|angesprochen)\b", re.IGNORECASE
)


def _first_person(clause: str) -> bool:
    return FIRST_PERSON_WORD.search(clause) is not None


def _ends_sentence(text: str, m: re.Match[str]) -> bool:
    i = m.start()
    if text[i] != ".":
        return True
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    before = text[j:i]
    nxt = _WORD.match(text, m.end() + len(text[m.end() :]) - len(text[m.end() :].lstrip()))
    if before.isdigit() and nxt is not None and nxt.group().casefold() in _ORDINAL_NOUNS:
        return False
    return not (before.casefold() in _ABBREVIATIONS or (len(before) == 1 and before.isalpha()))


def _sentences(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences of a German paragraph, a subheading that lost its line break set apart
    ("… liegt. Eine Mutfrage Es hat schon Mut gekostet": no German sentence goes on with a
    capitalised "Es" after a word)."""
    cuts = [m.end() for m in _STOP.finditer(text, lo, hi) if _ends_sentence(text, m)]
    cuts += [m.start() for m in _GLUED.finditer(text, lo, hi)]
    out = []
    start = lo
    for cut in sorted(cuts):
        if cut > start:
            out.append((start, cut))
            start = cut
            while start < hi and text[start].isspace():
                start += 1
    if start < hi:
        out.append((start, hi))
    return out


def _direct(ctx: Context, a: int, b: int, spoken: bool = False) -> bool:
    """A sentence that reads as the speaker's own words: first person, no subjunctive, no
    verb of saying and nobody named. With ``spoken``, the particles of talk count too
    ("man hat ja gesehen"), for a sentence right before an attributed statement."""
    clause = ctx.text[a:b]
    if any(c in clause for c in '"“”„«»') or is_reported(clause) or _LABEL.match(clause):
        return False  # quoted, reported, or the next turn of an interview ("STANDARD: …")
    if ctx.verb(a, b) or any(a <= m.start < b for m in ctx.mentions):
        return False
    if _first_person(clause):
        return True
    words = _WORD.findall(clause)
    return spoken and any(w.casefold() in _SPOKEN for w in words) and not in_past(words)


def unmarked_spans(
    ctx: Context,
    paras: list[tuple[int, int]],
    skip: set[int],
    taken: list[tuple[int, int]],
) -> list[Span]:
    """Statements whose quotation marks were stripped, with their speakers."""
    text = ctx.text
    spans: list[Span] = []
    for p, (lo, hi) in enumerate(paras):
        if p in skip:
            continue
        sentences = _sentences(text, lo, hi)
        used: set[int] = set()
        here: list[Span] = []
        direct = functools.partial(_direct, ctx)
        for k, (a, b) in enumerate(sentences):
            if k in used or any(x < b and a < y for x, y in taken):
                continue
            clause = text[a:b]
            if any(c in clause for c in '"“”„«»'):
                continue
            found = (
                answer(ctx, sentences, k, p, used, lambda x, y: _direct(ctx, x, y))
                or _inverted(ctx, sentences, k, p, used)
                or _colon(ctx, sentences, k, p, used)
                or after_comma(ctx, sentences, k, p, used)
            )
            here.extend(found)
        for k in range(1, len(sentences)):
            if k not in used and k - 1 not in used:
                here.extend(_after_report(ctx, sentences, k, p, used, taken))
            if k not in used and k - 1 not in used:  # "Klitschko erklärte, dass … . Ich war …"
                here.extend(after_named(ctx, sentences, k, p, used, taken, direct))
        for k in range(len(sentences) - 1):
            if k not in used and k + 1 not in used:
                here.extend(_said_next(ctx, sentences, k, p, used, taken))
        if len(sentences) > 2:
            here.extend(within_report(ctx, sentences, p, used, here))
        spans.extend(joined(text, here))
    return spans


def _said_next(
    ctx: Context,
    sentences: list[tuple[int, int]],
    k: int,
    p: int,
    used: set[int],
    taken: list[tuple[int, int]],
) -> list[Span]:
    """``Die Entscheidung ist gefallen. Das sagte Hans Müller am Montag.`` – a statement the
    next sentence gives to someone."""
    text = ctx.text
    a, b = sentences[k]
    if not _ANAPHORA_DE.match(text, sentences[k + 1][0]):
        return []  # the cheap test first: the next sentence opens with "Das"/"Dies"
    if any(x < b and a < y for x, y in taken) or any(c in text[a:b] for c in '"“”„«»'):
        return []
    if len(_WORD.findall(text, a, b)) < _MIN_WORDS or is_reported(text[a:b]) or ctx.verb(a, b):
        return []
    who = said_next(ctx, b, sentences[k + 1][1])
    if not is_person(who) or any(a <= m.start < b for m in ctx.mentions):
        return []
    used.update((k, k + 1))
    s, e = trimmed(text, a, b)
    return [Span(s, e, s, e, "unmarked", p, speaker=who)]


def _after_report(
    ctx: Context,
    sentences: list[tuple[int, int]],
    k: int,
    p: int,
    used: set[int],
    taken: list[tuple[int, int]],
) -> list[Span]:
    """``Er verwies darauf, man habe … beteiligt. Wir haften hier also …`` – a sentence in the
    first person right after someone's reported speech is that person speaking."""
    text = ctx.text
    pa, pb = sentences[k - 1]
    a, b = sentences[k]
    if not _first_person(text[a:b]) or any(x < b and pa < y for x, y in taken):
        return []  # the cheap tests first
    if not is_reported(text[pa:pb]) or not _direct(ctx, a, b) or "(" in text[a:b]:
        return []
    if len(_WORD.findall(text, a, b)) < _MIN_WORDS:
        return []
    verbs = ctx.verbs(pa, pb)
    if verbs:  # "Schönleitner verwies darauf, sein Unternehmen habe …": the verb's subject
        v = verbs[0]
        who = speaker_of_verb(ctx, pa, v.start(), v.end(), pb, v.group())
    elif _PRONOUN_OPENS.match(text, pa) or any(pa <= m.start < pb for m in ctx.mentions):
        who = ctx.salient(a)  # "Sie wolle eine Gesellschaft …": the person spoken of
    else:
        return []
    if not is_person(who):
        return []
    last = k
    while last + 1 < len(sentences) and last + 1 not in used and _direct(ctx, *sentences[last + 1]):
        last += 1
    used.update(range(k, last + 1))
    s, e = trimmed(text, a, sentences[last][1])
    return [Span(s, e, s, e, "unmarked", p, speaker=who)]


def _inverted(
    ctx: Context, sentences: list[tuple[int, int]], k: int, p: int, used: set[int]
) -> list[Span]:
    """``Das ist ein Wahnsinn, sagt Krismer.`` (and first-person sentences around it)."""
    text = ctx.text
    a, b = sentences[k]
    cut, who, resume = attribute_dash(ctx, a, b)
    if who is None or cut >= b or reported_rest(text, cut, b):
        return []  # "Die Reform, so Anna Berg, sei nötig": the rest reports her words
    intro = text.find(": ", cut, b)
    if intro >= 0 and is_reported(text[a:cut]):  # "…seien der Anfang, meint X: Auch …, sagt er."
        cut, who, resume = attribute_dash(ctx, intro + 2, b)
        if who is None or cut >= b:
            return []
    if _TOPIC.search(text, a, cut):
        return []  # "Was den Fall Leopoldstadt betrifft, betonte man …": a topic, no statement
    if _OBJECT.match(text, a, cut):
        return []  # "Gerüchte, dass …, dementiert X: …": the verb's object, no statement
    colon = text.rfind(": ", a, cut)
    if colon >= 0 and (_direct(ctx, a, colon, spoken=True) or present_lead(ctx, a, colon)):
        colon = -1  # "Wenn man … steht, fährt man nach Wien: Ins Halbfinale, so X": all speech
    s = colon + 2 if colon >= 0 else a
    if colon >= 0:  # "X macht mobil: …, so der Ex-Chef": the one named before the colon is
        after = attribute_dash(ctx, s, b)  # salient where the statement starts
        if after[0] == cut and is_person(after[1]):
            who = after[1]
    if colon >= 0 and not any(c.kind == "name" for c in ctx.candidates(cut, b)):
        head = _head_speaker(ctx, a, colon)  # "meint Anwalt Bitsche: Auch …, sagt er."
        if is_person(head) and ctx.verb(a, colon):
            who = head
    dateline = _DATELINE.match(text, s, cut)  # "Wien – Der Fall ist klar, sagte …"
    if dateline:
        s = dateline.end()
    statement = text[s:cut]
    if len(_WORD.findall(statement)) < _MIN_WORDS or is_reported(statement):
        return []
    if statement.lstrip()[:4].casefold() in ("dass", "ob ", "wie ") or _QUESTION.match(statement):
        return []
    if subordinate_only(statement):
        return []  # "Weil es Probleme gibt, fordert Bieber …": the sentence's first part
    if fronted_subject(ctx, s, cut, b):
        return []  # "Der Augenzeuge X, der …, sagte, das Unglück …": the verb's subject
    first = k
    opens: int | None = None  # where the speech starts inside the first sentence taken
    while colon < 0 and first > 0 and first - 1 not in used:
        pa, pb = sentences[first - 1]
        if _direct(ctx, pa, pb, spoken=True):
            first -= 1
            intro = text.find(": ", pa, pb)  # "Er sieht es als Auftrag: Wir wollen …"
            if intro >= 0 and not _first_person(text[pa:intro]):
                opens = intro + 2
                break
            continue
        intro = text.find(": ", pa, pb)  # "Kritik kam von der FPÖ: Faymann träumt …"
        if (
            intro >= 0
            and first == k
            and not ctx.verb(pa, intro)
            and not is_reported(text[intro:pb])
            and introduces_speaker(ctx, pa, intro)
        ):
            s = intro + 2
        break
    if first == k and colon < 0 and s == a:  # "Franziskus warnte … . Viel Freiheit … . …, sagte er"
        first = framed_start(ctx, sentences, k, used, who) or k
    if first < k:
        s = sentences[first][0] if opens is None else opens
    used.update(range(first, k + 1))
    s, e = trimmed(text, s, cut)
    out = [Span(s, e, s, cut, "unmarked", p, speaker=who)]
    rest = _colon_tail(ctx, cut, b, p, who)
    out += rest
    last = k
    while last + 1 < len(sentences) and _direct(ctx, *sentences[last + 1]):
        last += 1
    if last > k:
        s, e = trimmed(text, sentences[k + 1][0], sentences[last][1])
        out.append(Span(s, e, s, e, "unmarked", p, speaker=who))
        used.update(range(k + 1, last + 1))
    return out


def _colon_tail(ctx: Context, start: int, end: int, p: int, who: str) -> list[Span]:
    """``…, sagte Faymann, aber: Wir arbeiten …`` – the statement resumes after a colon."""
    text = ctx.text
    colon = text.find(": ", start, end)
    if colon < 0:
        return []
    s, e = trimmed(text, colon + 2, end)
    tail = text[s:e]
    if len(_WORD.findall(tail)) < _MIN_WORDS or is_reported(tail) or not _first_person(tail):
        return []
    return [Span(s, e, s, e, "unmarked", p, speaker=who)]


def _colon(
    ctx: Context, sentences: list[tuple[int, int]], k: int, p: int, used: set[int]
) -> list[Span]:
    """``betonte der Kanzler: Die Außengrenze soll …`` – a statement introduced by a colon."""
    text = ctx.text
    a, b = sentences[k]
    colon = text.find(": ", a, b)
    if colon < 0:
        return []
    s, e = trimmed(text, colon + 2, b)
    tail = text[s:e]
    if len(_WORD.findall(tail)) < _MIN_WORDS or is_reported(tail) or ctx.verb(s, e):
        return []  # too short, reported, or telling what someone else said
    nxt = sentences[k + 1] if k + 1 < len(sentences) else None
    following = nxt is not None and _direct(ctx, *nxt)
    verb = ctx.verb(a, colon)
    if not (_first_person(tail) or following or verb):
        return []
    if not (_first_person(tail) or following) and not verb:
        return []
    before = sentences[k - 1] if k else (a, a)
    if not verb and _nobody_in(ctx, a, colon) and not is_reported(text[before[0] : before[1]]):
        return []  # "Das Grundprinzip ist simpel: …": the article's own words
    who = _head_speaker(ctx, a, colon)
    if not is_person(who) or any(s <= m.start < e and m.name == who for m in ctx.mentions):
        return []  # nobody, or a statement that names its own speaker: narrative, not speech
    used.add(k)
    last = k
    while last + 1 < len(sentences) and _direct(ctx, *sentences[last + 1]):
        last += 1
    if last > k:  # the statement goes on in the first person: one quote
        e = trimmed(text, s, sentences[last][1])[1]
        used.update(range(k + 1, last + 1))
    return [Span(s, e, s, e, "unmarked", p, speaker=who)]


def _nobody_in(ctx: Context, a: int, colon: int) -> bool:
    """The words before a colon name nobody who could speak after it: no person, pronoun or
    description, no label of one word ("Fink:"), and no reported speech of someone."""
    words = _WORD.findall(ctx.text, a, colon)
    if len(words) == 1 or ctx.candidates(a, colon) or not _THIRD_PERSON.isdisjoint(words):
        return False  # "…, dämpft sie: Lassen Sie uns ehrlich sein"
    return not is_reported(ctx.text[a:colon])


def _head_speaker(ctx: Context, a: int, colon: int) -> str | None:
    """Who speaks after ``head:``: the subject of its verb of saying, a person named in it,
    else the last speaker."""
    head = _WORD.findall(ctx.text, a, colon)
    if len(head) == 1 and (head[0].isupper() or head[0].casefold() in _INTERVIEWER):
        return NOBODY  # "STANDARD: Interpretiere ich Sie richtig …?" – the paper asks
    verbs = ctx.verbs(a, colon)
    if verbs:
        v = verbs[-1]
        return speaker_of_verb(ctx, a, v.start(), v.end(), colon, v.group())
    cands = ctx.candidates(a, colon)
    if cands:
        return ctx.resolve(cands[-1], colon)
    if len(head) == 1 and head[0][:1].isupper():  # "Fink: Wenn wir …": a label, not the last
        owners = {m.name for m in ctx.mentions if m.name.split()[-1] == head[0]}  # speaker
        return owners.pop() if len(owners) == 1 else None
    return ctx.salient(colon)
