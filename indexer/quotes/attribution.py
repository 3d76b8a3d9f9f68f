"""Who said a quote: the subject of the verb of saying that attaches to it.

The order of evidence: an attribution right after the closing mark (``,” said X`` / ``,” X said``
/ ``», — заявил он`` / ``", indicó.``), then a verb of saying earlier in the same sentence
(``X said that “…”``, ``X: “…”``), then a trailing ``…”, he added`` clause, then source markers
(``according to X``, ``laut X``, ``для X``). The subject follows the grammar of the verb: after
it (``said the Norwegian``), before it (``Stoltenberg said``), or left out (``…”, añadió.``), in
which case it is the most salient person. The listener of "told" is never the speaker. A
subject that is present but not a person ("Interfax reported", "a European diplomat said",
"the paper says") makes the quote anonymous instead of falling through to weaker rules.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> from indexer.quotes.marks import find_marked
>>> text = "“We are ready,” said Anna Berg."
>>> span = find_marked(text)[0]
>>> attribute_marked(span, Context(text, PeopleRegistry.empty(), [(1, 13)], "en"), 0)
'Anna Berg'
"""

from __future__ import annotations

import re

from indexer.quotes.coreference import ANONYMOUS, NOBODY, Candidate, Context, is_person
from indexer.quotes.lexicon import DETERMINERS, INDEFINITE, PREPOSITIONS, is_org_word, is_stop
from indexer.quotes.marks import Span
from indexer.quotes.names import bare_name
from indexer.quotes.verbs import (
    CONJUNCTIONS,
    IMPERSONAL_VERBS,
    LISTENER_VERBS,
    ZERO_SUBJECT_FOLLOWERS,
    source_pattern,
    zufolge_pattern,
)

__all__ = [
    "ANONYMOUS",
    "NOBODY",
    "attribute_dash",
    "attribute_marked",
    "speaker_of_verb",
    "subject_of",
]

_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”»’]*(?:\s|$))|\n")
_CLAUSE_END = re.compile(r"[,;!?\n(\"“”«»„]|[.:](?=\s|$)|\s[—–-]\s")
#: where a subject after its verb ends (names in quotation marks may stand inside it:
#: "сказал генеральный директор «Стейдж Энтертейнмент» Дмитрий Богачев")
_SUBJECT_END = re.compile(r"[,;!?\n(]|[.:](?=\s|$)|\s[—–-]\s")
#: a dash that opens an apposition after a description ("один из организаторов — президент …")
_DASH = re.compile(r"\s[—–]\s")
#: a parenthetical right after the verb of saying, skipped on the way to its subject
_ASIDE = re.compile(
    r",\s*(?:в частности|в свою очередь|кроме того|however|in particular|meanwhile|"
    r"por su parte|además|sin embargo|a su vez|jedoch|allerdings|zudem|außerdem|dabei|dagegen|"
    r"wiederum|ihrerseits|seinerseits),\s*",
    re.IGNORECASE,
)
_LEAD = re.compile(r"[\s,;:—–\-]*")
_WORD = re.compile(r"[^\W\d_][\w’'\-]*|\d[\w’'\-]*")
_NEXT_QUOTE = re.compile(r"[\"“„«‘]")
_FR_PRONOUN = re.compile(r"-t-(il|elle)$", re.IGNORECASE)
_MAX_AFTER = 250
_MAX_SUBJECT_WORDS = 9
_NEAR_SUBJECT = 60
#: words that may stand between a verb of saying and its subject, or between subject and verb
_FILLERS = frozenset(
    """also then later earlier today yesterday now again still has had have was is will would
    auch noch dann jetzt zuvor weiters lediglich dazu nun ebenfalls bereits schon
    también además luego ayer hoy entonces ya ha han había habían habría habrían hubo
    hat hatte hatten""".split()
)
#: a verb of saying followed by "that" reports speech; it does not attribute the quote before it
_COMPLEMENTIZER = re.compile(r"\s+(?:que|that|dass|что)\b", re.IGNORECASE)
#: object pronouns that may stand before the verb: "nos dijo el profesor", "мне сказал"
_CLITICS = frozenset("me te se nos os le les mir uns ihm мне нам ему ей им".split())
#: possessive determiners: "said his wife, Sheila", "sagte seine Frau"
_POSSESSIVES = frozenset("his her their its sein seine ihr ihre su sus его её их".split())
#: auxiliaries of a compound tense of the verb of saying ("…”, ha recordado", "…, hat er gesagt")
_AUX = frozenset("ha han había habían habría habrían hubo has have had hat hatte hatten".split())
#: pronouns for somebody the article does not name
_SOMEONE = frozenset(
    """one another someone somebody uno una otro otra alguien jemand einer eine один одна
    другой кто-то некто någon""".split()
)
#: pronouns that are never a person ("it said", "they said")
_NON_PERSON = frozenset("it they es ello ellos ellas они оно".split())
_TIME = frozenset(
    """today yesterday tomorrow earlier later recently week weekend morning evening night
    monday tuesday wednesday thursday friday saturday sunday martes lunes miércoles jueves
    viernes sábado domingo semana mañana tarde noche día""".split()
)


def _words(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_WORD.finditer(text, start, end))


def _verb_gender(verb: str, language: str) -> str:
    """What the verb tells of its subject: Russian past tense has gender ("сказала" f) and
    number ("сказали"), German and Spanish plurals are nobody in particular ("erklärten")."""
    low = verb.casefold()
    if language == "ru":
        if low.endswith("ла"):
            return "f"
        if low.endswith("ли"):
            return "p"
        return "m" if low.endswith("л") else ""
    if language == "de" and low.endswith(("ten", "ben")) and low not in ("bekräftigten",):
        return "p"
    if language == "es" and low.endswith(("aron", "ieron")):
        return "p"
    return ""


def _description(ctx: Context, words: list[re.Match[str]], pos: int, gender: str) -> str | None:
    """A description in the subject slot ("the Lions coach", "der 33-Jährige", "эксперт")."""
    phrase = " ".join(w.group() for w in words[:6])
    return ctx.describe(phrase, pos, gender, at=words[0].start() if words else pos)


def _capitalised(ctx: Context, words: list[re.Match[str]]) -> str:
    """An unrecognised capitalised subject: a name led by a given name, else :data:`NOBODY`."""
    caps = []
    for w in words[:4]:
        if not w.group()[:1].isupper():
            break
        caps.append(w.group())
    if not caps:
        return NOBODY
    name = bare_name(" ".join(caps))
    return name if name and not any(is_org_word(c) for c in caps) else NOBODY


def _apposition(ctx: Context, end: int, limit: int) -> str | None:
    """The name after a description: "said his wife, Sheila", "dijo su abogado, Juan Pérez"."""
    text = ctx.text
    if end >= limit or text[end] != ",":
        return None
    m = _CLAUSE_END.search(text, end + 1, limit)
    stop = m.start() if m else limit
    words = _words(text, end + 1, stop)
    if not words or not words[0].group()[:1].isupper():
        return None
    cands = ctx.candidates(words[0].start(), stop)
    if cands and cands[0].kind == "name" and cands[0].start == words[0].start():
        return cands[0].value
    name = _capitalised(ctx, words)
    return name if is_person(name) else None


def _indefinite(word: str, language: str) -> bool:
    """An indefinite article in ``language``: Swedish "en" and English "a" are Spanish
    prepositions ("dijo en rueda de prensa", "dijo a los medios")."""
    if word in ("en", "ett"):
        return language in ("sv", "da", "no")
    if word == "a":
        return language == "en"
    return word in INDEFINITE


def _dash_apposition(ctx: Context, end: int, limit: int, pos: int) -> str | None:
    """The person a description after the verb names behind a dash: "заявил один из
    организаторов — президент Европейского еврейского общества Вячеслав Кантор"."""
    start = _DASH.match(ctx.text, end)
    if start is None:
        return None
    m = _CLAUSE_END.search(ctx.text, start.end(), limit)
    stop = m.start() if m else limit
    cands = [c for c in ctx.candidates(start.end(), stop) if c.kind == "name"]
    return ctx.resolve(cands[0], pos) if cands else None


def _subject_after_verb(ctx: Context, vend: int, limit: int, pos: int, verb: str) -> str | None:
    """Subject standing after the verb (``said the Norwegian``), or the implied one."""
    text = ctx.text
    aside = _ASIDE.match(text, vend, limit)
    if aside:  # "заявил, в частности, один из …", "said, however, the minister"
        vend = aside.end()
    m = _SUBJECT_END.search(text, vend, limit)
    end = m.start() if m else limit
    gender = _FR_PRONOUN.search(verb)
    if gender:
        return ctx.salient(pos, "m" if gender.group(1).lower() == "il" else "f") or NOBODY
    vgender = _verb_gender(verb, ctx.language)
    if vgender == "p":
        return NOBODY
    words = _words(text, vend, end)
    if verb.casefold() in LISTENER_VERBS:
        return ctx.salient(pos, vgender) or NOBODY  # "…,” he told X" has its subject before
    while words and words[0].group().casefold() in _FILLERS:
        words = words[1:]
    start = words[0].start() if words else end
    cands = [c for c in ctx.candidates(start, end) if c.start - start <= _NEAR_SUBJECT]
    if not cands and words and _DASH.match(text, end):
        named = _dash_apposition(ctx, end, limit, pos)
        if named:
            return named
    if cands and _subject_candidate(ctx, cands[0]):
        return ctx.resolve(cands[0], pos) or NOBODY
    if verb.casefold() in IMPERSONAL_VERBS:
        return NOBODY
    if not words:
        return ctx.salient(pos, vgender) or NOBODY
    first = words[0].group()
    low = first.casefold()
    if low in _SOMEONE:  # "said one", "said another", "dijo uno de ellos"
        return ANONYMOUS
    if low in ZERO_SUBJECT_FOLLOWERS or low in PREPOSITIONS or low in _TIME or is_stop(first):
        if low not in DETERMINERS and not _indefinite(low, ctx.language):
            return ctx.salient(pos, vgender) or NOBODY
    if _indefinite(low, ctx.language):
        return ANONYMOUS
    if low in DETERMINERS or low in _POSSESSIVES:
        if len(words) > 1 and (words[1].group().casefold() in _TIME or is_stop(words[1].group())):
            return ctx.salient(pos, vgender) or NOBODY
        named = _apposition(ctx, end, limit)
        if named:
            return named
        if low in _POSSESSIVES:
            return ANONYMOUS
        return _description(ctx, words, pos, vgender)
    if first[:1].isupper():
        return _capitalised(ctx, words)
    if ctx.language in ("ru", "de", "es", "sv"):
        return _description(ctx, words, pos, vgender)
    return ctx.salient(pos, vgender) or NOBODY


def _subject_candidate(ctx: Context, cand: Candidate) -> bool:
    """A candidate right after a preposition is an object ("with John Smith"), not a subject."""
    j = cand.start - 1
    text = ctx.text
    while j >= 0 and text[j] == " ":
        j -= 1
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    return text[k + 1 : j + 1].casefold() not in PREPOSITIONS


def _subject_before_verb(ctx: Context, start: int, vstart: int, pos: int) -> str | None:
    """Subject standing before the verb (``Stoltenberg said``, ``he added``, ``the paper says``)."""
    cands = ctx.candidates(start, vstart)
    if cands:
        return ctx.resolve(cands[-1], pos) or NOBODY
    words = _words(ctx.text, start, vstart)
    while words and words[-1].group().casefold() in _FILLERS:
        words = words[:-1]
    if not words:
        return NOBODY
    first = words[0].group().casefold()
    if first in DETERMINERS or first in INDEFINITE or first in _POSSESSIVES:
        return _description(ctx, words, pos, "")
    if all(w.group()[:1].isupper() for w in words) and len(words) <= 3:
        return bare_name(" ".join(w.group() for w in words)) or NOBODY
    return NOBODY


def _sentence_start(text: str, lo: int, pos: int) -> int:
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def subject_of(ctx: Context, vstart: int, vend: int, lo: int) -> str | None:
    """The subject of a verb of saying outside quotes (reported speech): a person,
    :data:`NOBODY`, :data:`ANONYMOUS`, or ``None`` when the clause has no subject to read."""
    text = ctx.text
    start = max(_sentence_start(text, lo, vstart), lo)
    clauses = [m for m in _CLAUSE_END.finditer(text, start, vstart) if text[m.start()] in ",;"]
    if clauses:
        start = clauses[-1].end()
    cands = ctx.candidates(start, vstart)
    if cands:
        return ctx.resolve(cands[-1], vstart)
    words = [
        w
        for w in _words(text, start, vstart)
        if w.group().casefold() not in _FILLERS and w.group().casefold() not in CONJUNCTIONS
    ]
    if not words:
        # "Michael Howard, asked about Mr Blair, said …": the subject opens the sentence
        first = ctx.candidates(max(_sentence_start(text, lo, vstart), lo), vstart)
        if clauses and first and first[0].kind == "name" and _subject_candidate(ctx, first[0]):
            return first[0].value
        end = _CLAUSE_END.search(text, vend)
        after = ctx.candidates(vend, end.start() if end else len(text))
        if after and after[0].kind == "name" and after[0].start - vend <= _NEAR_SUBJECT:
            return after[0].value
        return None
    first = words[0].group().casefold()
    if first in _NON_PERSON:
        return NOBODY
    if first in DETERMINERS or first in INDEFINITE or first in _POSSESSIVES:
        return _description(ctx, words, vstart, _verb_gender(text[vstart:vend], ctx.language))
    return None


def speaker_of_verb(
    ctx: Context, start: int, vstart: int, vend: int, limit: int, verb: str
) -> str | None:
    """The subject of a verb of saying whose clause starts at ``start`` (before it if there
    is one, else after it), used for ``… erklärte der Kanzler: …``."""
    if _verb_gender(verb, ctx.language) == "p":
        return NOBODY
    clauses = [
        m for m in _CLAUSE_END.finditer(ctx.text, start, vstart) if ctx.text[m.start()] in ",;"
    ]
    if clauses:  # "…keine Stopptaste geben, so Faymann": the subject's clause starts at the comma
        start = clauses[-1].end()
    words = [
        w
        for w in _words(ctx.text, start, vstart)
        if w.group().casefold() not in _FILLERS and w.group().casefold() not in CONJUNCTIONS
    ]
    if words:  # a subject stands before the verb: it decides, known person or not
        who = _subject_before_verb(ctx, start, vstart, vstart)
        if is_person(who):
            return who
        after = [c for c in ctx.candidates(vend, limit) if c.kind == "name"]
        if after and after[0].start - vend <= _NEAR_SUBJECT and _subject_candidate(ctx, after[0]):
            return after[0].value  # "Aufklärung fordert auch Joachim Feher: …" (object first)
        return who
    return _subject_after_verb(ctx, vend, limit, vstart, verb)


def _after(ctx: Context, span: Span, hi: int) -> tuple[str | None, bool]:
    """Attribution following the quote; returns (speaker, tight)."""
    text = ctx.text
    lead = _LEAD.match(text, span.close_at, hi)
    ws = lead.end() if lead else span.close_at
    limit = min(hi, span.close_at + _MAX_AFTER)
    nq = _NEXT_QUOTE.search(text, ws, limit)
    if nq:
        limit = nq.start()
    se = _SENTENCE_END.search(text, ws, limit)
    if se:
        limit = se.start()
    if ws >= limit:
        return None, False
    v = ctx.verb(ws, limit)
    if v is None:
        src = source_pattern().match(text, ws, limit)
        if src and text[span.end : ws].strip(' "”»’“') in (",", ""):
            cands = ctx.candidates(src.end(), limit)
            if cands and cands[0].start == src.end():
                return ctx.resolve(cands[0], span.open_at), True
        return None, False
    if _COMPLEMENTIZER.match(text, v.end()):
        return None, False  # "…', Obrador dijo que …": reported speech, not this quote's source
    pre = text[ws : v.start()]
    words = [
        w for w in _WORD.findall(pre) if w.casefold() not in _CLITICS and w.casefold() not in _AUX
    ]
    joined = text[span.end : ws]
    if not any(c in joined for c in ",.!?…—–-:;"):
        return None, False  # "“open door” policy … and Stoltenberg repeated": not attribution
    if not words:
        return _subject_after_verb(ctx, v.end(), limit, span.open_at, v.group()), True
    tight = (
        "," not in pre
        and len(words) <= _MAX_SUBJECT_WORDS
        and words[0].casefold() not in CONJUNCTIONS
    )
    if tight:
        who = _subject_before_verb(ctx, ws, v.start(), span.open_at)
        subject_like = len(words) <= 4 and words[0].casefold() not in ZERO_SUBJECT_FOLLOWERS
        if who != NOBODY or subject_like:
            return who, True
    # loose: "… talks, he added." at the end of the sentence
    comma = pre.rfind(",")
    if comma >= 0 and len(_WORD.findall(pre[comma:])) <= 4:
        who = _subject_before_verb(ctx, ws + comma + 1, v.start(), span.open_at)
        if who != NOBODY:
            return who, False
        if not _WORD.findall(pre[comma:]):
            return _subject_after_verb(ctx, v.end(), limit, span.open_at, v.group()), False
    return None, False


def _before(ctx: Context, span: Span, lo: int, prev_close: int) -> str | None:
    text = ctx.text
    start = max(_sentence_start(text, lo, span.open_at), prev_close)
    if start >= span.open_at:
        return None
    verbs = ctx.verbs(start, span.open_at)
    if verbs:
        v = verbs[-1]
        cands = [c for c in ctx.candidates(start, v.start()) if c.kind != "generic"]
        if cands:
            who = ctx.resolve(cands[-1], span.open_at)
            if who:
                return who
        clause = start
        for m in _CLAUSE_END.finditer(text, start, v.start()):
            if text[m.start()] in ",;":
                clause = m.end()  # the subject stands in the verb's own clause
        words = [
            w
            for w in _words(text, clause, v.start())
            if w.group().casefold() not in _FILLERS and w.group().casefold() not in CONJUNCTIONS
        ]
        vgender = _verb_gender(v.group(), ctx.language)
        if not words:  # "Resaltó: “…”", "Sobre Trump, puntualizó que “…”", "Said X: “…”"
            after = ctx.candidates(v.end(), span.open_at)
            if after and after[0].kind == "name" and v.group().casefold() not in LISTENER_VERBS:
                return after[0].value
            return ctx.salient(span.open_at, vgender) or NOBODY
        if not cands:
            first = words[0].group().casefold()
            if first in _NON_PERSON:
                return NOBODY
            if first in DETERMINERS or first in INDEFINITE or first in _POSSESSIVES:
                return _description(ctx, words, span.open_at, vgender)
            head = text[start : v.start()].rstrip()
            name = bare_name(head)
            if name and head.endswith(name.split()[-1]):
                return name
            if any(is_org_word(w.group()) for w in words[-3:]):
                return NOBODY  # "Medical Graphics Corp said"
            if all(w.group()[:1].isupper() for w in words[-3:]):
                return None  # "Dimension Data calls", "Xóchilt menciona": unknown, not a person
    window = text[start : span.open_at].rstrip()
    if window.endswith(":"):
        cands = ctx.candidates(start, span.open_at)
        if cands and span.open_at - cands[-1].end <= 40:
            return ctx.resolve(cands[-1], span.open_at)
    for m in source_pattern().finditer(text, start, span.open_at):
        cands = ctx.candidates(m.end(), span.open_at)
        if cands and cands[0].start == m.end():
            who = ctx.resolve(cands[0], span.open_at)
            if who:
                return who
    for m in zufolge_pattern().finditer(text, start, span.open_at):
        cands = ctx.candidates(start, m.start())
        if cands and cands[-1].end == m.start():
            return ctx.resolve(cands[-1], span.open_at)
    return None


def attribute_marked(
    span: Span, ctx: Context, lo: int, hi: int = -1, prev_close: int = 0
) -> str | None:
    """Speaker of a quote in marks; ``NOBODY`` for explicit non-person sources, else ``None``.

    ``lo``/``hi`` bound the paragraph; ``prev_close`` is where the previous quote ended.
    """
    hi = len(ctx.text) if hi < 0 else hi
    hi = max(hi, span.close_at)
    who, tight = _after(ctx, span, hi)
    if tight and who is not None:
        return who
    before = _before(ctx, span, lo, prev_close)
    if before is not None:
        return before
    return who


def attribute_dash(ctx: Context, start: int, end: int) -> tuple[int, str | None, int]:
    """Split a dialogue-dash paragraph: (end of the statement, speaker, where it resumes).

    ``– Det här var viktigt, sade Stoltenberg.`` -> statement up to the comma, "Stoltenberg".
    """
    text = ctx.text
    for v in ctx.verbs(start, end):
        head = text[start : v.start()].rstrip()
        if not head or head[-1] not in ",?!–—":
            continue
        cut = start + len(head) - 1
        if text[cut] in "–—":
            cut = start + len(text[start:cut].rstrip())
        elif text[cut] == ",":
            pass
        else:
            cut += 1
        who = _subject_after_verb(ctx, v.end(), end, start, v.group())
        if who == NOBODY:
            who = None
        clause = _SENTENCE_END.search(text, v.end(), end)
        resume = clause.end() if clause else end
        return cut, who, resume
    return end, None, end
