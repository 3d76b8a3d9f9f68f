"""Who said a quote: the subject of the verb of saying that attaches to it.

The order of evidence: an attribution right after the closing mark (``,” said X`` / ``,” X said``
/ ``», — заявил он`` / ``", indicó.``), then a verb of saying earlier in the same sentence
(``X said that “…”``, ``X: “…”``), then a trailing ``…”, he added`` clause, then source markers
(``according to X``, ``laut X``, ``для X``), then a headline that opens with the person
(``Kaká sobre Neymar: "…"``), then a next sentence that gives the statement to someone
(``«…». Об этом заявил Иван Петров``). Who the subject of the verb is, is
:mod:`indexer.quotes.subjects`' question; a subject that is present but not a person
("Interfax reported", "the paper says") makes the quote anonymous instead of falling through
to weaker rules.

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

from indexer.quotes.abbreviations import first_stop
from indexer.quotes.appositions import closes_apposition
from indexer.quotes.asides import aside
from indexer.quotes.bare_attribution import bare_statement
from indexer.quotes.clause_names import (
    after_preposition,
    apposed_subject,
    only_role,
    own_clause_subject,
    says_of,
)
from indexer.quotes.coreference import ANONYMOUS, NOBODY, Context, is_person
from indexer.quotes.described_subjects import named_description
from indexer.quotes.genitives import genitive, kin_genitive
from indexer.quotes.headline_tails import headline_tail
from indexer.quotes.headlines import headline
from indexer.quotes.lexicon import DETERMINERS, INDEFINITE, indefinite_article, is_org_word
from indexer.quotes.marks import Span
from indexer.quotes.names import bare_name
from indexer.quotes.relatives import relative_antecedent
from indexer.quotes.subjects import (
    CLAUSE_END,
    COMPLEMENTIZER,
    FILLERS,
    NON_PERSON,
    POSSESSIVES,
    SENTENCE_END,
    WORD,
    description,
    sentence_start,
    subject_after_verb,
    subject_among,
    subject_before_verb,
    subject_candidate,
    verb_gender,
    word_matches,
)
from indexer.quotes.trailing import closing_subject
from indexer.quotes.verbs import (
    CONJUNCTIONS,
    LISTENER_VERBS,
    QUOTING_VERBS,
    ZERO_SUBJECT_FOLLOWERS,
    source_pattern,
    zufolge_pattern,
)
from indexer.quotes.zero_subjects import only_subordinator

__all__ = ["ANONYMOUS", "NOBODY", "attribute_dash", "attribute_marked", "said_next"]

_LEAD = re.compile(r"[\s,;:—–\-]*")
_NEXT_QUOTE = re.compile(r"[\"“„«‘]")
#: a name in quotation marks inside an attribution (an outlet, a firm, a work): at most four
#: capitalised-first words and no sentence punctuation ("в интервью «Известиям»")
_NAME_IN_MARKS = re.compile(r"[«„“\"][^\W\d_][\w-]*(?:[ -][\w-]+){0,3}[»“”\"]")
_MAX_AFTER = 250
#: the marks that end a sentence
_STOPS = (".", "!", "?", "…")
_MAX_SUBJECT_WORDS = 9
#: object pronouns that may stand before the verb: "nos dijo el profesor", "мне сказал"
_CLITICS = frozenset("me te se nos os le les mir uns ihm мне нам ему ей им".split())
#: a source marker with a pronoun: "по его словам", "по ее словам" (by his, her words)
_BY_HIS_WORDS = re.compile(r"(?<![\w-])по\s+(его|ее|её)\s+словам", re.IGNORECASE)
#: "in his opinion": "En su opinión, “…”", "A su juicio, …", "según él, «…»"; the person who
#: spoke last, close before, holds it
_IN_HIS_VIEW = re.compile(
    r"(?<![\w-])(?:en\s+su\s+opinión|a\s+su\s+(?:juicio|parecer)|según\s+(?:él|ella))(?![\w-])",
    re.IGNORECASE,
)
_VIEW_REACH = 600
#: "as" before a verb of saying whose subject follows it: "Как заявил Иван Петров, «…»"
_AS = frozenset("как as como según wie som".split())
_AS_REACH = 60
#: auxiliaries of a compound tense of the verb of saying ("…”, ha recordado", "…, hat er gesagt")
_AUX = frozenset("ha han había habían habría habrían hubo has have had hat hatte hatten".split())


def _after(ctx: Context, span: Span, hi: int) -> tuple[str | None, bool]:
    """Attribution following the quote; returns (speaker, tight)."""
    text = ctx.text
    lead = _LEAD.match(text, span.close_at, hi)
    ws = lead.end() if lead else span.close_at
    limit = min(hi, span.close_at + _MAX_AFTER)
    nq = _NEXT_QUOTE.search(text, ws, limit)
    while nq and _NAME_IN_MARKS.match(text, nq.start()):  # "сказал «Известиям» Петров"
        nq = _NEXT_QUOTE.search(text, _NAME_IN_MARKS.match(text, nq.start()).end(), limit)
    if nq:
        limit = nq.start()
    se = first_stop(SENTENCE_END, text, ws, limit)  # not "said U.S. Trade Representative …"
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
    if COMPLEMENTIZER.match(text, v.end()):
        return None, False  # "…', Obrador dijo que …": reported speech, not this quote's source
    if v.group().casefold() in QUOTING_VERBS:  # "— цитирует ТАСС Ивана Петрова"
        named = [c for c in ctx.candidates(v.end(), limit) if c.kind == "name"]
        return (named[-1].value if named else NOBODY), True
    pre = text[ws : v.start()]
    words = [
        w for w in WORD.findall(pre) if w.casefold() not in _CLITICS and w.casefold() not in _AUX
    ]
    anaphora = _ANAPHORA.get(ctx.language)
    if words and anaphora is not None and anaphora.fullmatch(pre + " "):
        words = []  # "», — об этом заявил Иван Петров": the subject follows the verb
    joined = text[span.end : ws]
    if text[span.end - 1 : span.end] in _STOPS and len(WORD.findall(pre)) <= 3:
        tail = text[v.end() : limit]
        ends = limit == len(text) or text[limit] in _STOPS  # a stop or the text's end
        if len(WORD.findall(tail)) <= _SHORT_TAIL and ":" not in tail and ends:
            if any(c.kind in _NAMED for c in ctx.candidates(ws, limit)):
                joined += "."  # "… for nine years... " Hailey later recalled.": it ended
    unpunctuated = not any(c in joined for c in ",.!?…—–-:;")
    if unpunctuated and not words and ctx.language == "es":
        if bare_statement(text, span.start, span.end):  # '"…" dice el doctor Gary Smith'
            who = _subject_after(ctx, v, limit, span.open_at)
            if who is not None and who != NOBODY:
                return who, True
    if unpunctuated:
        subject = closing_subject(text, span.end, ws, v.start(), v.end(), limit)
        if ctx.language == "en" and subject is not None and limit < len(text):
            if ctx.verbs(sentence_start(text, 0, span.open_at), span.open_at):
                return None, False  # "Consumers said "…" …, Dauster said.": theirs, reported
            cands = [c for c in ctx.candidates(subject, v.start()) if c.kind in _NAMED]
            who = ctx.resolve(cands[-1], span.open_at) if cands else None
            return (who if is_person(who) else None), False  # "…" if …, Mr Milburn told X.
        return None, False  # "“open door” policy … and Stoltenberg repeated": not attribution
    if not words:
        return _subject_after(ctx, v, limit, span.open_at), True
    tight = (
        "," not in pre
        and len(words) <= _MAX_SUBJECT_WORDS
        and words[0].casefold() not in CONJUNCTIONS
    )
    if tight:
        who = subject_before_verb(ctx, ws, v.start(), span.open_at)
        subject_like = len(words) <= 4 and words[0].casefold() not in ZERO_SUBJECT_FOLLOWERS
        if who != NOBODY or subject_like:
            return who, True
    if closes_apposition(pre, ctx.language) and _opens_sentence(text, span.open_at):
        named = ctx.candidates(ws, v.start())  # "…," Roy Asher, chief economist of X, told …
        if named and named[0].kind == "name" and named[0].start == ws:
            if text[named[0].end : named[0].end + 1] == ",":
                return named[0].value, True
    # loose: "… talks, he added." at the end of the sentence
    comma = pre.rfind(",")
    if comma >= 0 and len(WORD.findall(pre[comma:])) <= 4:
        who = subject_before_verb(ctx, ws + comma + 1, v.start(), span.open_at)
        if who != NOBODY:
            return who, False
        if not WORD.findall(pre[comma:]):
            return subject_after_verb(ctx, v.end(), limit, span.open_at, v.group()), False
    return None, False


def _subject_after(ctx: Context, v: re.Match[str], limit: int, open_at: int) -> str | None:
    """The subject after a verb of saying; in Spanish, the name a described subject ends with
    ("valoró el experto del Imperial College Joeri Rogelj") before the description itself."""
    if ctx.language == "es":
        tail = ctx.text[v.end() : limit]
        start = v.end() + len(tail) - len(tail.lstrip())
        named = named_description(ctx, start, limit)
        if named:
            return named
    return subject_after_verb(ctx, v.end(), limit, open_at, v.group())


#: who may close a sentence with its attribution: a person named, or a pronoun for one
_NAMED = ("name", "pronoun")
#: words after the verb of an attribution that ends its sentence ("told reporters")
_SHORT_TAIL = 2


def _opens_sentence(text: str, open_at: int) -> bool:
    """The quotation mark at ``open_at`` opens a sentence (or the text): a statement, not a
    name in marks inside a noun phrase ("la asociación "mis pelos, mis axilas", Xóchitl …")."""
    before = text[:open_at].rstrip()
    return not before or before[-1] in '.!?:…"”»'


def _before(ctx: Context, span: Span, lo: int, prev_close: int) -> str | None:
    text = ctx.text
    start = sentence_start(text, max(lo, prev_close), span.open_at)  # not before that quote
    if start >= span.open_at:
        return None
    verbs = ctx.verbs(start, span.open_at)
    if verbs:
        v = verbs[-1]
        cands = [
            c
            for c in ctx.candidates(start, v.start())
            if c.kind != "generic" and not aside(text, c.start, c.end)
        ]
        antecedent = relative_antecedent(ctx, start, v.start())
        if antecedent:  # "contactó a Noam Chomsky, quien … afirmó: “…”"
            return ctx.resolve(antecedent, span.open_at)
        own = own_clause_subject(ctx, start, v.start(), cands)
        if own:  # "Following meetings with X, the groups issued a statement saying …"
            if own[0].group().casefold() in NON_PERSON:
                return NOBODY
            who = description(ctx, own, span.open_at, verb_gender(v.group(), ctx.language))
            if not is_person(who):
                return who  # a group, an organisation, a source never named: not X
            # "the Kiwi said": someone named in the sentence may be who it describes
        if cands:
            subject = apposed_subject(ctx, start, cands, v.start()) or subject_among(ctx, cands)
            if kin_genitive(text, subject.start, ctx.language):
                return ANONYMOUS  # "El abogado de Juan Pérez dijo": the lawyer, unnamed
            who = ctx.resolve(subject, span.open_at)
            if who:
                return who
        clause = start
        for m in CLAUSE_END.finditer(text, start, v.start()):
            if text[m.start()] in ",;":
                clause = m.end()  # the subject stands in the verb's own clause
        words = [
            w
            for w in word_matches(text, clause, v.start())
            if w.group().casefold() not in FILLERS and w.group().casefold() not in CONJUNCTIONS
        ]
        if only_subordinator(WORD.findall(text, clause, v.start()), ctx.language):
            words = []  # "…, ya que aseveró que …": the subject is left out
        vgender = verb_gender(v.group(), ctx.language)
        if not words:  # "Resaltó: “…”", "Sobre Trump, puntualizó que “…”", "Said X: “…”"
            after = ctx.candidates(v.end(), span.open_at)
            reported = COMPLEMENTIZER.match(text, v.end())  # "destacó que Hugo López “…”"
            if after and genitive(text, after[0].start, ctx.language):
                after = []  # "Pidió el despido del técnico Carlos Ruiz": no subject
            if after and after[0].kind == "name" and v.group().casefold() not in LISTENER_VERBS:
                if clause > start and says_of(ctx, after[0].end):
                    return NOBODY  # "Another participant, who …, said Lyng was "unresponsive""
                if not reported:
                    return after[0].value
            return ctx.salient(span.open_at, vgender) or NOBODY
        if not cands:
            first = words[0].group().casefold()
            if first in _ADVERBIAL_OPENERS.get(ctx.language, ()):
                who = _subject_after_adverbial(ctx, v, span.open_at)
                if who:  # "Al respecto añadió Carlos Martínez que “…”", "Im Interview sagte X"
                    return who
            if first in _AS and len(words) == 1:  # "Как заявил Иван Петров, «…»", "As said X"
                after = [c for c in ctx.candidates(v.end(), span.open_at) if c.kind == "name"]
                if after and after[0].start - v.end() <= _AS_REACH:
                    return after[0].value
            if first in NON_PERSON:
                return NOBODY
            if first in INDEFINITE and not indefinite_article(first, ctx.language):
                return ctx.salient(span.open_at, vgender) or NOBODY  # "En este sentido aclara":
                # a preposition spelled like an article opens an adverbial; no subject is said
            if first in DETERMINERS or first in INDEFINITE or first in POSSESSIVES:
                return description(ctx, words, span.open_at, vgender)
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
            if kin_genitive(text, cands[-1].start, ctx.language):
                return None  # "Papá de Angélica Rivera rompe el silencio: “…”": the father
            if not after_preposition(ctx.text, cands[-1]):
                return ctx.resolve(cands[-1], span.open_at)
            # "Ana Berg le responde a Carlos Salinas: “…”": the one answered is no speaker
            named = [c for c in cands[:-1] if c.kind == "name" and subject_candidate(ctx, c)]
            if named:
                return ctx.resolve(named[-1], span.open_at)
    for m in source_pattern().finditer(text, start, span.open_at):
        cands = ctx.candidates(m.end(), span.open_at)
        if cands and (cands[0].start == m.end() or only_role(text, m.end(), cands[0])):
            who = ctx.resolve(cands[0], span.open_at)
            if who:
                return who
    for m in _BY_HIS_WORDS.finditer(text, start, span.open_at):  # "По ее словам, «…»"
        return ctx.salient(span.open_at, "m" if m.group(1).casefold() == "его" else "f")
    if _IN_HIS_VIEW.search(text, start, span.open_at):
        event = ctx.last_speaker(span.open_at)
        if event is not None and span.open_at - event[0] <= _VIEW_REACH and is_person(event[1]):
            return event[1]
    for m in zufolge_pattern().finditer(text, start, span.open_at):
        cands = ctx.candidates(start, m.start())
        if cands and cands[-1].end == m.start():
            return ctx.resolve(cands[-1], span.open_at)
    return None


#: prepositions that open an adverbial before the verb, in languages whose subject then
#: follows the verb ("Al respecto añadió X", "Zur Frage meinte X", "В интервью заявил X")
_ADVERBIAL_OPENERS = {
    "es": frozenset("a al en sobre durante tras ante con por para desde respecto acerca".split()),
    "de": frozenset("zur zum im am in auf bei nach vor über mit gegenüber von".split()),
    "ru": frozenset("в во на по при после у с о об к".split()),
}
#: how many words may stand between such a verb and the name of its subject ("el secretario")
_INVERTED_GAP = 3


def _subject_after_adverbial(ctx: Context, v: re.Match[str], open_at: int) -> str | None:
    """The person named right after a verb of saying that an adverbial opens its clause with:
    the subject, not an object ("dijo a Pedro Sánchez" names the listener)."""
    if v.group().casefold() in LISTENER_VERBS:
        return None
    after = [c for c in ctx.candidates(v.end(), open_at) if c.kind == "name"]
    if not after:
        return None
    gap = WORD.findall(ctx.text, v.end(), after[0].start)
    if len(gap) > _INVERTED_GAP or (gap and gap[0].casefold() in _ADVERBIAL_OPENERS[ctx.language]):
        return None
    if gap and not all(w[:1].islower() for w in gap):
        return None
    return after[0].value


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
        if ctx.language != "en" or not is_person(who) or _opens_sentence(ctx.text, span.open_at):
            return who
        start = sentence_start(ctx.text, max(lo, prev_close), span.open_at)
        if not ctx.verbs(start, span.open_at):
            return who
        before = _before(ctx, span, lo, prev_close)  # a quote inside a reported sentence
        return NOBODY if before == NOBODY else who  # "Guidance said … "…", Mr Thomas said."
    before = _before(ctx, span, lo, prev_close)
    if before is not None:
        return before
    if who is not None:
        return who
    return headline(ctx, span) or headline_tail(ctx, span) or said_next(ctx, span.close_at, hi)


#: what opens a sentence that gives the statement before it to someone: "Об этом заявил …",
#: "Así lo afirmó …", "Das sagte …", "Det sade …", "So said …"
_ANAPHORA = {
    "ru": re.compile(r"[ \t]*(?:об\s+этом|это|так)\s+", re.IGNORECASE),
    "es": re.compile(r"[ \t]*(?:así\s+lo|así|eso\s+lo|lo)\s+", re.IGNORECASE),
    "de": re.compile(r"[ \t]*(?:das|dies)\s+", re.IGNORECASE),
    "sv": re.compile(r"[ \t]*(?:det|så)\s+", re.IGNORECASE),
    "en": re.compile(r"[ \t]*(?:so|that\s+is\s+what|that\s+was\s+what)\s+", re.IGNORECASE),
}
_SENTENCE_GAP = re.compile(r"[\s.!?…]*(?:,?\s*[—–-]\s*)?")
_ANAPHORA_REACH = 30


def said_next(ctx: Context, close: int, hi: int) -> str | None:
    """The person the next sentence gives the statement ending at ``close`` to, when that
    sentence opens with "this" and a verb of saying: "«…». Об этом заявил Иван Петров",
    "«…». Así lo afirmó Juan Pérez", "… Das sagte Hans Müller", "…” So said Anna Berg."""
    pattern = _ANAPHORA.get(ctx.language)
    if pattern is None:
        return None
    text = ctx.text
    gap = _SENTENCE_GAP.match(text, close)
    m = pattern.match(text, gap.end() if gap else close)
    if m is None:
        return None
    stop = SENTENCE_END.search(text, m.end())
    end = min(stop.start() if stop else len(text), max(hi, m.end()))
    v = ctx.verb(m.end(), end)
    if v is None or v.start() - m.end() > _ANAPHORA_REACH:
        return None
    names = [c for c in ctx.candidates(m.end(), v.start()) if c.kind == "name"]
    between = text[m.end() : v.start()]
    if names:  # "That was what Anna Berg told reporters": the name alone before the verb
        between = text[m.end() : names[0].start] + " " + text[names[-1].end : v.start()]
    if any(
        w.casefold() not in _CLITICS and w.casefold() not in _AUX for w in WORD.findall(between)
    ):
        return None  # "Das Team um Hans Müller sagte": the subject is something else
    for c in ctx.candidates(m.end(), end):
        if c.kind == "name" and subject_candidate(ctx, c):
            return c.value
    return None


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
        who = subject_after_verb(ctx, v.end(), end, start, v.group())
        if who == NOBODY:
            who = None
        clause = SENTENCE_END.search(text, v.end(), end)
        resume = clause.end() if clause else end
        return cut, who, resume
    return end, None, end
