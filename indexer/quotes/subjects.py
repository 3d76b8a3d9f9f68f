"""The subject of a verb of saying: who "said", "dijo", "сказала" or "erklärte" is.

The subject follows the grammar of the verb: after it (``said the Norwegian``), before it
(``Stoltenberg said``), or left out (``…”, añadió.``), in which case it is the most salient
person. The listener of "told" is never the speaker; a plural verb ("erklärten", "сказали") has
nobody in particular. A subject that is present but not a person ("Interfax reported", "a
European diplomat said", "the paper says") is :data:`NOBODY` or :data:`ANONYMOUS`, so that
weaker rules do not give the statement to someone else.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> text = "Anna Berg spoke. She said that it works."
>>> ctx = Context(text, PeopleRegistry.empty(), [], "en")
>>> subject_of(ctx, 21, 25, 0)
'Anna Berg'
"""

from __future__ import annotations

import re

from indexer.quotes.abbreviations import first_stop
from indexer.quotes.asides import aside
from indexer.quotes.coreference import ANONYMOUS, NOBODY, Candidate, Context, is_person
from indexer.quotes.genitives import genitive
from indexer.quotes.gerunds import gerund_after_of
from indexer.quotes.lexicon import (
    DETERMINERS,
    INDEFINITE,
    PREPOSITIONS,
    indefinite_article,
    is_org_word,
    is_stop,
)
from indexer.quotes.names import bare_name
from indexer.quotes.verbs import (
    CONJUNCTIONS,
    IMPERSONAL_VERBS,
    LISTENER_VERBS,
    ZERO_SUBJECT_FOLLOWERS,
)
from indexer.quotes.zero_subjects import zero_subject

__all__ = [
    "CLAUSE_END",
    "COMPLEMENTIZER",
    "FILLERS",
    "NON_PERSON",
    "POSSESSIVES",
    "SENTENCE_END",
    "WORD",
    "description",
    "sentence_start",
    "speaker_of_verb",
    "subject_after_verb",
    "subject_among",
    "subject_candidate",
    "subject_before_verb",
    "subject_of",
    "verb_gender",
    "word_matches",
]

#: a verb of saying followed by "that" reports a clause: a name after it is that clause's subject
COMPLEMENTIZER = re.compile(r"\s+(?:que|that|dass|что)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”»’]*(?:\s|$))|\n")
CLAUSE_END = re.compile(r"[,;!?\n(\"“”«»„]|[.:](?=\s|$)|\s[—–-]\s")
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
WORD = re.compile(r"[^\W\d_][\w’'\-]*|\d[\w’'\-]*")
_FR_PRONOUN = re.compile(r"-t-(il|elle)$", re.IGNORECASE)
_NEAR_SUBJECT = 60
#: words that may stand between a verb of saying and its subject, or between subject and verb
FILLERS = frozenset(
    """also then later earlier today yesterday now again still has had have was is will would
    auch noch dann jetzt zuvor weiters lediglich dazu nun ebenfalls bereits schon
    también además luego ayer hoy entonces ya ha han había habían habría habrían hubo
    hat hatte hatten""".split()
)
#: possessive determiners: "said his wife, Sheila", "sagte seine Frau"
POSSESSIVES = frozenset("his her their its sein seine ihr ihre su sus его её их".split())
#: pronouns for somebody the article does not name
_SOMEONE = frozenset(
    """one another someone somebody uno una otro otra alguien jemand einer eine один одна
    другой кто-то некто någon""".split()
)
#: pronouns that are never a person ("it said", "they said")
NON_PERSON = frozenset("it they es ello ellos ellas они оно".split())
#: a web address: "golem.de", "milenio.com"
_DOMAIN = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|de|at|ch|es|mx|ru|uk|se|info)\b", re.IGNORECASE
)
#: the impersonal subject pronoun of a language: nobody in particular speaks
_IMPERSONAL = {"de": "man", "fr": "on", "sv": "man"}
_TIME = frozenset(
    """today yesterday tomorrow earlier later recently week weekend morning evening night
    monday tuesday wednesday thursday friday saturday sunday martes lunes miércoles jueves
    viernes sábado domingo semana mañana tarde noche día""".split()
)


def word_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(WORD.finditer(text, start, end))


def verb_gender(verb: str, language: str) -> str:
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


def description(ctx: Context, words: list[re.Match[str]], pos: int, gender: str) -> str | None:
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
    m = CLAUSE_END.search(text, end + 1, limit)
    stop = m.start() if m else limit
    words = word_matches(text, end + 1, stop)
    if not words or not words[0].group()[:1].isupper():
        return None
    cands = ctx.candidates(words[0].start(), stop)
    if cands and cands[0].kind == "name" and cands[0].start == words[0].start():
        return cands[0].value
    name = _capitalised(ctx, words)
    return name if is_person(name) else None


def _dash_apposition(ctx: Context, end: int, limit: int, pos: int) -> str | None:
    """The person a description after the verb names behind a dash: "заявил один из
    организаторов — президент Европейского еврейского общества Вячеслав Кантор"."""
    start = _DASH.match(ctx.text, end)
    if start is None:
        return None
    m = CLAUSE_END.search(ctx.text, start.end(), limit)
    stop = m.start() if m else limit
    cands = [c for c in ctx.candidates(start.end(), stop) if c.kind == "name"]
    return ctx.resolve(cands[0], pos) if cands else None


def subject_after_verb(ctx: Context, vend: int, limit: int, pos: int, verb: str) -> str | None:
    """Subject standing after the verb (``said the Norwegian``), or the implied one."""
    text = ctx.text
    aside = _ASIDE.match(text, vend, limit)
    if aside:  # "заявил, в частности, один из …", "said, however, the minister"
        vend = aside.end()
    m = first_stop(_SUBJECT_END, text, vend, limit)  # "said Sen. Tom Harkin": no end
    end = m.start() if m else limit
    gender = _FR_PRONOUN.search(verb)
    if gender:
        return ctx.salient(pos, "m" if gender.group(1).lower() == "il" else "f") or NOBODY
    vgender = verb_gender(verb, ctx.language)
    if vgender == "p":
        return NOBODY
    words = word_matches(text, vend, end)
    if verb.casefold() in LISTENER_VERBS:
        return ctx.salient(pos, vgender) or NOBODY  # "…,” he told X" has its subject before
    while words and words[0].group().casefold() in FILLERS:
        words = words[1:]
    if words and _IMPERSONAL.get(ctx.language) == words[0].group().casefold():
        return NOBODY  # "betonte man im Büro der Stadträtin Sandra Frauenberger"
    start = words[0].start() if words else end
    cands = [c for c in ctx.candidates(start, end) if c.start - start <= _NEAR_SUBJECT]
    if not cands and words and _DASH.match(text, end):
        named = _dash_apposition(ctx, end, limit, pos)
        if named:
            return named
    if cands and subject_candidate(ctx, cands[0]):
        if cands[0].kind in ("generic", "role") and _bare_description(words):
            named = _apposition(ctx, end, limit)  # "sagte der Sprecher …, Martin Ulrich"
            if named:
                return named
        return ctx.resolve(cands[0], pos) or NOBODY
    if verb.casefold() in IMPERSONAL_VERBS:
        return NOBODY
    if not words:
        return ctx.salient(pos, vgender) or NOBODY
    first = words[0].group()
    low = first.casefold()
    if _IMPERSONAL.get(ctx.language) == low:  # "betonte man im Büro …", "dit-on"
        return NOBODY
    if low in _SOMEONE:  # "said one", "said another", "dijo uno de ellos"
        return ANONYMOUS
    if low in POSSESSIVES:
        named = _apposition(ctx, end, limit)  # "dijo su abogado, Juan Pérez": named after it
        if named:
            return named
    if low in ZERO_SUBJECT_FOLLOWERS or low in PREPOSITIONS or low in _TIME or is_stop(first):
        if low not in DETERMINERS and not indefinite_article(low, ctx.language):
            return ctx.salient(pos, vgender) or NOBODY
    if indefinite_article(low, ctx.language):
        return ANONYMOUS
    if low in DETERMINERS or low in POSSESSIVES:
        if len(words) > 1 and (words[1].group().casefold() in _TIME or is_stop(words[1].group())):
            return ctx.salient(pos, vgender) or NOBODY
        named = _apposition(ctx, end, limit)
        if named:
            return named
        if low in POSSESSIVES:
            return ANONYMOUS
        return description(ctx, words, pos, vgender)
    if first[:1].isupper():
        return _capitalised(ctx, words)
    if _DOMAIN.match(text, words[0].start()):
        return NOBODY  # "schreibt golem.de", "informó milenio.com": an outlet
    if ctx.language == "de":  # nouns are capitalised: a lower-case word here is an adverb
        rest = words[1:]  # "kündigte dezidiert eine Wiederkandidatur an"
        while rest and rest[0].group()[:1].islower() and not _article(rest[0].group()):
            if rest[0].group() in PREPOSITIONS:
                return NOBODY  # "…, warnte wieder vor der …": its subject came first
            rest = rest[1:]
        if not rest:  # "…, meinte Schieder, betonte aber gleichzeitig: …": the same subject
            return ctx.salient(pos, vgender) or NOBODY
        if indefinite_article(rest[0].group().casefold(), "de"):
            return ANONYMOUS
        return description(ctx, rest, pos, vgender)
    if ctx.language in ("ru", "es", "sv"):
        return description(ctx, words, pos, vgender)
    return ctx.salient(pos, vgender) or NOBODY


#: what joins the nouns of one description ("the head of the agency", "der Sprecher der …")
_GENITIVE_LINKS = frozenset("of de del der des von vom".split())


def _bare_description(words: list[re.Match[str]]) -> bool:
    """A subject that is a description and nothing else, whose apposition names it: no
    preposition but "of" ("the spokesman of the ministry", not "the minister at a rally with
    the candidate, Kamala Harris")."""
    return len(words) <= 7 and not any(
        w.group().casefold() in PREPOSITIONS and w.group().casefold() not in _GENITIVE_LINKS
        for w in words
    )


def _article(word: str) -> bool:
    """A determiner, a possessive or an indefinite article (what opens a noun phrase)."""
    low = word.casefold()
    return low in DETERMINERS or low in POSSESSIVES or low in INDEFINITE


def subject_among(ctx: Context, cands: list[Candidate]) -> Candidate:
    """The subject among the candidates before a verb: the last that hangs on no preposition
    ("Dan Cleary, un exempleado de Marilyn Manson, afirmó" is Dan Cleary), else the last."""
    return next((c for c in reversed(cands) if subject_candidate(ctx, c)), cands[-1])


def subject_candidate(ctx: Context, cand: Candidate) -> bool:
    """A candidate right after a preposition is an object ("with John Smith"), not a subject."""
    j = cand.start - 1
    text = ctx.text
    while j >= 0 and text[j] == " ":
        j -= 1
    k = j
    while k >= 0 and text[k].isalpha():
        k -= 1
    return text[k + 1 : j + 1].casefold() not in PREPOSITIONS


def subject_before_verb(ctx: Context, start: int, vstart: int, pos: int) -> str | None:
    """Subject standing before the verb (``Stoltenberg said``, ``he added``, ``the paper says``)."""
    cands = ctx.candidates(start, vstart)
    if cands:
        return ctx.resolve(subject_among(ctx, cands), pos) or NOBODY
    words = word_matches(ctx.text, start, vstart)
    while words and words[-1].group().casefold() in FILLERS:
        words = words[:-1]
    if not words:
        return NOBODY
    first = words[0].group().casefold()
    if first in DETERMINERS or first in INDEFINITE or first in POSSESSIVES:
        return description(ctx, words, pos, "")
    if all(w.group()[:1].isupper() for w in words) and len(words) <= 3:
        return bare_name(" ".join(w.group() for w in words)) or NOBODY
    return NOBODY


#: how far back a sentence may open: text with no sentence end for longer (a run of marks, a
#: list, a body that lost its punctuation) is cut there, so that each verb or quote of it does
#: not scan it again from its paragraph's start
_SENTENCE_REACH = 2000


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` opens, not before ``lo`` (its paragraph's start) and
    at most :data:`_SENTENCE_REACH` characters back.

    >>> sentence_start("Es regnet. Anna sagt es.", 0, 18)
    10
    """
    start = lo = max(lo, pos - _SENTENCE_REACH)
    for m in SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def subject_of(ctx: Context, vstart: int, vend: int, lo: int) -> str | None:
    """The subject of a verb of saying outside quotes (reported speech): a person,
    :data:`NOBODY`, :data:`ANONYMOUS`, or ``None`` when the clause has no subject to read."""
    text = ctx.text
    if gerund_after_of(text, vstart, vend):
        return None  # "accused Mr Blair of telling lies": Mr Blair speaks nowhere here
    start = max(sentence_start(text, lo, vstart), lo)
    clauses = [m for m in CLAUSE_END.finditer(text, start, vstart) if text[m.start()] in ",;"]
    if clauses:
        start = clauses[-1].end()
    cands = ctx.candidates(start, vstart)
    if cands:
        return ctx.resolve(cands[-1], vstart)
    words = [
        w
        for w in word_matches(text, start, vstart)
        if w.group().casefold() not in FILLERS and w.group().casefold() not in CONJUNCTIONS
    ]
    if not words:
        # "Michael Howard, asked about Mr Blair, said …": the subject opens the sentence
        first = [
            c
            for c in ctx.candidates(max(sentence_start(text, lo, vstart), lo), vstart)
            if not aside(text, c.start, c.end)  # "un secretario –Jorge Alcocer- con …, señaló"
        ]
        if clauses and first and first[0].kind == "name" and subject_candidate(ctx, first[0]):
            return first[0].value
        end = CLAUSE_END.search(text, vend)
        after = ctx.candidates(vend, end.start() if end else len(text))
        if (
            not COMPLEMENTIZER.match(text, vend)  # "destacó que Hugo López …": his clause
            and after
            and after[0].kind == "name"
            and after[0].start - vend <= _NEAR_SUBJECT
            and not genitive(text, after[0].start, ctx.language)  # "Pidió el despido de X"
        ):
            return after[0].value
        opening = max(sentence_start(text, lo, vstart), lo)
        vgender = verb_gender(text[vstart:vend], ctx.language)
        if vgender != "p" and zero_subject(text, opening, vstart, ctx.language):
            return ctx.salient(vstart, vgender)  # "En ese sentido, manifestó que …"
        return None
    first = words[0].group().casefold()
    if first in NON_PERSON:
        return NOBODY
    if first in DETERMINERS or indefinite_article(first, ctx.language) or first in POSSESSIVES:
        who = description(ctx, words, vstart, verb_gender(text[vstart:vend], ctx.language))
        if not is_person(who) and words[-1].group().casefold() in _RELATIVES:
            return None  # "Un desafío que asegura es difícil": the challenge says nothing
        return who
    return None


#: relative pronouns after which the verb of saying may have a subject left out (Spanish
#: "que" is also its object: "un desafío que asegura es difícil")
_RELATIVES = frozenset(("que",))


#: German prepositions that open a phrase put before the verb ("In der Causa …", "Mit Blick
#: auf …"); not "laut", whose phrase names the source
_DE_PREPOSITIONS = frozenset(
    """in im mit zu zur zum bei beim nach über für von vom auf am an aus gegen trotz wegen unter
    vor hinter neben seit ohne durch um""".split()
)


def _subject_right_after(ctx: Context, vend: int, limit: int, pos: int) -> str | None:
    """The person or pronoun right after a German verb (``sagte er``, ``sagte Anna Berg``),
    :data:`NOBODY` for the generic ``man``, ``None`` when neither stands there."""
    after = word_matches(ctx.text, vend, min(limit, vend + _NEAR_SUBJECT))
    if after and after[0].group() == "man":
        return NOBODY
    cands = [c for c in ctx.candidates(vend, limit) if c.start - vend <= _NEAR_SUBJECT]
    if after and cands and cands[0].kind in ("name", "pronoun"):
        if cands[0].start == after[0].start():
            return ctx.resolve(cands[0], pos) or NOBODY
    return None


def speaker_of_verb(
    ctx: Context, start: int, vstart: int, vend: int, limit: int, verb: str
) -> str | None:
    """The subject of a verb of saying whose clause starts at ``start`` (before it if there
    is one, else after it), used for ``… erklärte der Kanzler: …``."""
    if verb_gender(verb, ctx.language) == "p":
        return NOBODY
    clauses = [
        m for m in CLAUSE_END.finditer(ctx.text, start, vstart) if ctx.text[m.start()] in ",;"
    ]
    if clauses:  # "…keine Stopptaste geben, so Faymann": the subject's clause starts at the comma
        start = clauses[-1].end()
    words = [
        w
        for w in word_matches(ctx.text, start, vstart)
        if w.group().casefold() not in FILLERS and w.group().casefold() not in CONJUNCTIONS
    ]
    if ctx.language == "de" and words and words[0].group().casefold() in _DE_PREPOSITIONS:
        # "In der Causa Fritz Grünbaum empfahl man …": German puts one part before its verb,
        # here a prepositional phrase, and the subject after the verb
        who = _subject_right_after(ctx, vend, limit, vstart)
        if who is not None:
            return who
    if words:  # a subject stands before the verb: it decides, known person or not
        who = subject_before_verb(ctx, start, vstart, vstart)
        if is_person(who):
            return who
        after = [c for c in ctx.candidates(vend, limit) if c.kind == "name"]
        if after and after[0].start - vend <= _NEAR_SUBJECT and subject_candidate(ctx, after[0]):
            return after[0].value  # "Aufklärung fordert auch Joachim Feher: …" (object first)
        return who
    return subject_after_verb(ctx, vend, limit, vstart, verb)
