"""Quotes and their speakers, from article text: a pure function, no network, no models.

Pipeline: layout (paragraphs however the text was wrapped, lost line breaks restored:
``layout``) -> person mentions, titles and case forms separated (``names``, ``lexicon``) ->
speaker headings, dialogue dashes, quotation marks (``marks``), direct speech that lost its marks
(``unmarked``) -> attribution by the grammar of verbs of saying, in text order (``attribution``,
``verbs``) -> pronouns, zero subjects and descriptions resolved to the most salient person
(``coreference``) -> one name per person (``PeopleRegistry``, name variants).

>>> from indexer.people import PeopleRegistry, skeleton
>>> reg = PeopleRegistry.from_records(
...     [{"name": "Jens Stoltenberg", "aliases": ["Stoltenberg"], "gender": "m"}]
... )
>>> ex = extract("– Vi är redo, sade Stoltenberg.", "sv", reg)
>>> ex.speakers, ex.quotes[0].text
(('Jens Stoltenberg',), 'Vi är redo')
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from indexer.people import PeopleRegistry, skeleton
from indexer.quotes.attribution import attribute_dash, attribute_marked, said_next
from indexer.quotes.complements import only_complements
from indexer.quotes.continuations import continues
from indexer.quotes.coreference import ANONYMOUS, NOBODY, Context, is_person
from indexer.quotes.diminutives import diminutive_of
from indexer.quotes.firms import names_a_firm
from indexer.quotes.honorifics import is_honorific
from indexer.quotes.layout import read
from indexer.quotes.lexicon import is_given, is_org_word
from indexer.quotes.marks import Span, dash_lines, find_marked, looks_like_title, named_by_genre
from indexer.quotes.names import Mention, find_mentions
from indexer.quotes.newcomers import newcomer
from indexer.quotes.opening_subjects import opening_subject, opens_with_another
from indexer.quotes.org_sentences import organisation_statement
from indexer.quotes.scare_quotes import scare_quoted, so_called
from indexer.quotes.subjects import sentence_start, subject_after_verb
from indexer.quotes.turns import find_turns
from indexer.quotes.unmarked import unmarked_spans
from indexer.quotes.unnamed_subjects import framed_by_unnamed, reported_subject, unnamed_openings
from indexer.quotes.verbs import NONPERSON_HEADS, say_words
from search.models import Quote

__all__ = ["Extraction", "extract"]

_WORD = re.compile(r"\w+")
_MIN_PROPAGATED_WORDS = 3
_NEAR = 160
_STOPS = re.compile(r"[.!?](?=\s)")
_TIGHT_REACH = 60
_COMPLEMENTIZER = re.compile(r"\s+(?:que|that|dass|что)\b", re.IGNORECASE)
_REPORTED_WINDOW = 600
_SPOKE_REACH = 700  # how far back the last speaker still speaks, if nobody else is named


@dataclass(frozen=True)
class Extraction:
    """What :func:`extract` finds in one article."""

    quotes: tuple[Quote, ...]
    speakers: tuple[str, ...]
    people: tuple[str, ...]
    unknown: tuple[str, ...]


_EMPTY = Extraction((), (), (), ())


def extract(text: str, language: str, registry: PeopleRegistry | None = None) -> Extraction:
    """Quotes, speakers and people of an article body; never raises.

    >>> extract('"It works," said Anna Berg.', "en").speakers
    ('Anna Berg',)
    """
    if not isinstance(text, str) or not text.strip():
        return _EMPTY
    try:
        return _extract(
            text, language or "und", PeopleRegistry.empty() if registry is None else registry
        )
    except Exception:  # pragma: no cover - a safety net; tests call _extract directly
        return _EMPTY


def _dashes(ctx: Context, paras: list[tuple[int, int]], skip: set[int]) -> list[Span]:
    spans = []
    for p, cs, hi in dash_lines(ctx.text, paras):
        if p in skip:
            continue
        pos = cs
        while pos < hi:
            cut, who, resume = attribute_dash(ctx, pos, hi)
            s, e = pos, cut
            while s < e and ctx.text[s].isspace():
                s += 1
            while e > s and (ctx.text[e - 1].isspace() or ctx.text[e - 1] == ","):
                e -= 1  # "— Мы готовы, — сказал он": the comma joins the attribution
            if e > s:
                spans.append(Span(s, e, pos, cut, "dash", p, speaker=who))
            nxt = re.compile(r"\s*[–—]\s*").match(ctx.text, resume, hi) if resume < hi else None
            if who is None or nxt is None:
                break
            pos = nxt.end()
    return spans


def _tight(ctx: Context, span: Span) -> bool:
    """An attribution clause right after the quote (``," Anna Berg said``, ``», — заявил``),
    or a colon right before it."""
    text = ctx.text
    if text[: span.open_at].rstrip().endswith(":"):
        return True
    if said_next(ctx, span.close_at, len(text)):
        return True  # "«…». Об этом заявил Иван Петров"
    joint = text[span.end : span.close_at + 3]
    if not any(c in joint for c in ",—–-"):
        return False
    stop = _STOPS.search(text, span.close_at, span.close_at + _TIGHT_REACH)
    end = stop.start() if stop else min(len(text), span.close_at + _TIGHT_REACH)
    verb = ctx.verb(span.close_at, end)
    return verb is not None and not _COMPLEMENTIZER.match(text, verb.end())


#: a line that links to another story, inserted into the body by the publisher
_LINK = re.compile(
    r"\s*(?:te puede interesar|también te puede interesar|lee también|lea también|ver también|"
    r"read more|related|see also|lesen sie auch|mehr zum thema|читайте также|см\. также|"
    r"läs också|läs mer)\b",
    re.IGNORECASE,
)


def _extract(text: str, language: str, registry: PeopleRegistry) -> Extraction:
    layout = read(text)
    t, paras = layout.text, layout.paragraphs
    mentions = find_mentions(t, registry, language, say_words(language))
    links = [(a, b) for a, b in paras if _LINK.match(t, a, b)]
    if links:  # "Te puede interesar: Lolita de la Vega gana …" names nobody of this story
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in links)]
    ctx = Context(t, registry, [], language, mentions, reported=reported_subject)
    turns = find_turns(ctx, paras)
    headings, heading_paras = turns.spans, turns.paragraphs
    dashes = _dashes(ctx, paras, heading_paras)
    dash_ranges = [(s.open_at, s.close_at) for s in dashes]
    marked = [
        s
        for s in find_marked(t, paras)
        if s.paragraph not in heading_paras
        and not any(a <= s.open_at < b for a, b in dash_ranges)
        and not (looks_like_title(t, s) and (named_by_genre(t, s) or not _tight(ctx, s)))
        and not (language == "en" and scare_quoted(t, s) and not _tight(ctx, s))
        and not (language == "en" and so_called(t, s))
    ]
    unmarked: list[Span] = []
    if language == "de":  # 10kGNAD-style text whose quotation marks were stripped
        taken = [*dash_ranges, *((s.open_at, s.close_at) for s in marked)]
        unmarked = unmarked_spans(ctx, paras, heading_paras, taken)
    ctx.quoted = sorted((s.open_at, s.close_at) for s in [*headings, *dashes, *marked, *unmarked])
    if dashes:  # re-resolve now that quoted stretches are known to coreference
        dashes = _dashes(ctx, paras, heading_paras)
    for s in [*headings, *dashes, *unmarked]:
        if s.speaker is not None:
            ctx.add_speaker(s.open_at, s.speaker)
    for pos in unnamed_openings(ctx, [s.open_at for s in marked]):  # "A spokesman denied …"
        ctx.add_speaker(pos, ANONYMOUS)
    _attribute(ctx, marked, paras)
    _propagate(ctx, marked, paras)
    _continue_dashes(dashes)
    marked = [part for s in marked for part in _split_interrupted(ctx, s)]

    quotes = []
    organisations: dict[str, bool] = {}
    complements: dict[str, bool] = {}
    canonical: dict[str, str] = {}  # each name is looked up once, however often it speaks
    for s in sorted([*headings, *dashes, *marked, *unmarked], key=lambda s: s.start):
        if not is_person(s.speaker):
            continue
        if s.speaker not in canonical:
            canonical[s.speaker] = _canonical(s.speaker, registry, mentions, t)
        speaker = canonical[s.speaker]
        if speaker not in organisations:
            organisations[speaker] = _organisation(t, speaker, registry)
        if organisations[speaker]:
            continue
        if s.speaker not in complements:  # "la hija del presidente Peña Nieto": not who speaks
            starts = (
                m.start for m in mentions if m.name == s.speaker and not ctx.inside_quote(m.start)
            )
            complements[s.speaker] = only_complements(t, starts, language)
        if complements[s.speaker]:
            continue
        quotes.append(Quote(speaker=speaker, text=text[s.start : s.end], start=s.start, end=s.end))
    speakers = tuple(dict.fromkeys(q.speaker for q in quotes))
    order = sorted([(m.start, m.name) for m in mentions] + [(q.start, q.speaker) for q in quotes])
    people = tuple(dict.fromkeys(name for _, name in order))
    unknown = tuple(p for p in people if registry.person(p) is None)
    return Extraction(tuple(quotes), speakers, people, unknown)


#: organisation nouns a German compound may end in ("EU-Betrugsbekämpfungsbehörde")
_COMPOUND_HEADS = tuple(h for h in NONPERSON_HEADS if len(h) >= 6 and h.isalpha())


def _organisation(text: str, name: str, registry: PeopleRegistry) -> bool:
    """The article names ``name``, one word, right after an organisation noun: "die Behörde
    Olaf", "la agencia EFE", "the agency Olaf" are organisations, not people (a full name after
    one is a person: "de la empresa Terry Drummond"; registered people never are); or at the
    head of a company's full name ("Carson" of "Carson Pirie Scott and Co")."""
    if " " in name or registry.canonical(name) is not None:
        return False
    if names_a_firm(text, name):
        return True  # "Carson said", after "Carson Pirie Scott and Co"
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        head = _word_before(text, i)
        if head and (end == len(text) or not (text[end].isalnum() or text[end] in "_-")):
            if head in NONPERSON_HEADS or is_org_word(head):
                return True
            if any(head.endswith(h) for h in _COMPOUND_HEADS):
                return True  # a German compound: "Nachrichtenagentur", "Betrugsbekämpfungsbehörde"
        i = text.find(name, end)
    return False


def _word_before(text: str, i: int) -> str:
    """The word (letters first, hyphens allowed) that stands before ``i`` with only spaces or
    tabs between, casefolded; "" when none does."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == i:
        return ""
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_-"):
        k -= 1
    while k < j and not text[k].isalpha():
        k += 1
    return text[k:j].casefold()


def _canonical(name: str, registry: PeopleRegistry, mentions: list[Mention], text: str) -> str:
    """One name per person: a bare surname becomes the full name the article gives."""
    canon = registry.canonical(name)
    if canon:
        return canon
    parts = name.split()
    if len(parts) != 1:
        return name
    key = skeleton(parts[0])
    owners = {
        m.name
        for m in mentions
        if not m.registered and len(m.name.split()) > 1 and key in map(skeleton, m.name.split()[1:])
    }
    if len(owners) == 1:
        return owners.pop()
    surname = any(m.name == name and is_honorific(m.role) for m in mentions)
    if not owners and is_given(parts[0]) and not surname:  # "Jimmy señaló", after "Jimmy Wales"
        owners = {
            m.name
            for m in mentions
            if len(m.name.split()) > 1 and skeleton(m.name.split()[0]) == key
        }
        if len(owners) == 1:
            return owners.pop()
    owners = {m.name for m in mentions if diminutive_of(parts[0], m.name)}
    if len(owners) == 1:  # "Carmelita señaló", after "Carmen Salinas"
        return owners.pop()
    i = text.find(" " + name)
    while i >= 0:
        first = text[text.rfind(" ", 0, i) + 1 : i]
        after = text[i + 1 + len(name) : i + 2 + len(name)]
        if first[:1].isupper() and is_given(first) and not after.isalnum():
            return f"{first} {name}"
        i = text.find(" " + name, i + 1)
    return name


def _attribute(ctx: Context, spans: list[Span], paras: list[tuple[int, int]]) -> None:
    """Attribute quotes in text order; reported speech before each quote counts as speaking."""
    if not spans:
        return
    starts = [a for a, _ in paras]
    scanned = 0
    prev_close: dict[int, int] = {}
    for s in spans:
        lo, hi = paras[s.paragraph]
        hi = next((b for a, b in paras[s.paragraph :] if a <= s.close_at <= b), hi)
        for v in ctx.verbs(max(scanned, s.open_at - _REPORTED_WINDOW), s.open_at):
            if ctx.inside_quote(v.start()):
                continue
            p = bisect.bisect_right(starts, v.start()) - 1
            ctx.report(v.start(), v.end(), starts[p] if p >= 0 else 0)
        scanned = max(scanned, s.close_at)
        s.speaker = attribute_marked(s, ctx, lo, hi, prev_close.get(s.paragraph, lo))
        if is_person(s.speaker) and framed_by_unnamed(
            ctx, prev_close.get(s.paragraph, lo), s.open_at, s.close_at
        ):
            s.speaker = ANONYMOUS  # "President Castro's chief aide said it was "…""
        if is_person(s.speaker) and organisation_statement(
            ctx.text, lo, s.open_at, s.close_at, ctx.mention_starts, ctx.language
        ):
            s.speaker = NOBODY  # "la Organización Panamericana de la Salud (OPS), alertó: “…”"
        prev_close[s.paragraph] = s.close_at
        if s.speaker is not None:
            ctx.add_speaker(s.open_at, s.speaker)


def _propagate(ctx: Context, spans: list[Span], paras: list[tuple[int, int]]) -> None:
    """Unattributed quotes take the speaker of their paragraph, or of the quote they continue."""
    text = ctx.text
    last_in_para: dict[int, Span] = {}
    for s in spans:
        last_in_para[s.paragraph] = s
    verb_starts = [v.start() for v in ctx.verbs(0, len(text))] if spans else []
    for i, s in enumerate(spans):
        lo = paras[s.paragraph][0]
        if s.speaker is not None or organisation_statement(
            text, lo, s.open_at, s.close_at, ctx.mention_starts, ctx.language
        ):
            continue
        prev = spans[i - 1] if i else None
        if (
            prev is not None
            and prev.paragraph == s.paragraph
            and is_person(prev.speaker)
            and continues(text, prev.close_at, s.open_at, ctx.mention_starts, verb_starts)
        ):
            s.speaker = prev.speaker  # "… una “adicción sexual” y que veía … “una tentación”"
            continue
        if len(_WORD.findall(text[s.start : s.end])) < _MIN_PROPAGATED_WORDS:
            continue
        if ctx.language == "en":
            own = ctx.verbs(sentence_start(text, lo, s.open_at), s.open_at)
            if own and not own[-1].group().endswith("ing"):
                continue  # its own verb's subject is no one named ("the MMF, who say …");
                # "saying" has the subject of the sentence, whoever that is
        near = [
            o
            for o in (spans[i - 1] if i else None, spans[i + 1] if i + 1 < len(spans) else None)
            if o is not None
            and o.paragraph == s.paragraph
            and is_person(o.speaker)
            and min(abs(o.open_at - s.close_at), abs(s.open_at - o.close_at)) <= _NEAR
            and len(_STOPS.findall(text[min(o.close_at, s.close_at) : max(o.open_at, s.open_at)]))
            <= 1
            and not opens_with_another(
                text,
                min(o.close_at, s.close_at),
                max(o.open_at, s.open_at),
                ctx.mentions,
                o.speaker,
                ctx.mention_starts,
            )
        ]
        if near:
            s.speaker = near[0].speaker
            continue
        lo, _ = paras[s.paragraph]
        prev = last_in_para.get(s.paragraph - 1)
        if (
            s.open_at - lo <= 1
            and prev is not None
            and is_person(prev.speaker)
            and paras[prev.paragraph][1] - prev.close_at <= 80
        ):
            s.speaker = prev.speaker
            continue
        # a statement that opens its sentence belongs to whoever spoke last, close before it,
        # when nobody else was named in between
        before = text[lo : s.open_at].rstrip()
        subject = opening_subject(ctx, lo, s.open_at)
        if subject is not None and (before == "" or before[-1] in ".!?:"):
            s.speaker = subject  # "Enjuanes coincide. «Sí hay hospitales …»"
            continue
        event = ctx.last_speaker(s.open_at)
        if (before == "" or before[-1] in ".!?:") and event is not None and is_person(event[1]):
            para_start = paras[s.paragraph - 1][0] if s.paragraph else lo
            others = {m.name for m in ctx.mentions if event[0] < m.start < s.open_at}
            if newcomer(text, ctx.mentions, event[0], s.open_at, event[1], ctx.inside_quote):
                continue  # "… said Nadal. Coach Patrick McEnroe wants more clay. "It will …""
            if event[0] >= para_start or (
                s.open_at - event[0] <= _SPOKE_REACH and others <= {event[1]}
            ):
                s.speaker = event[1]


#: an attribution set off by dashes inside the marks: "«…, — объясняет юрист. — …»",
#: "«… —dijo Trudeau—. …»"
_INTERRUPTION = re.compile(
    r"[,.!?…]?[ \t]*[—–][ \t]*([^—–\n«»\"“”]{1,80}?)[ \t]*[—–][ \t]*[.,;:]?\s*"
)
_INTERRUPTION_WORDS = 8


def _split_interrupted(ctx: Context, s: Span) -> list[Span]:
    """A statement interrupted by its attribution is two quotes: the attribution between two
    dashes opens with a verb of saying (or a pronoun or name and one), in lower case."""
    text = ctx.text
    if "—" not in text[s.start : s.end] and "–" not in text[s.start : s.end]:
        return [s]
    for m in _INTERRUPTION.finditer(text, s.start, s.end):
        a, b = m.span(1)
        words = _WORD.findall(text, a, b)
        if not words or len(words) > _INTERRUPTION_WORDS or not text[a].islower():
            continue
        v = ctx.verb(a, b)
        if v is None or len(_WORD.findall(text, a, v.start())) > 1:
            continue
        who = s.speaker
        if not is_person(who):
            who = subject_after_verb(ctx, v.end(), b, s.open_at, v.group())
        if not is_person(who) or m.start() <= s.start or m.end() >= s.end:
            continue
        head_end = m.start()
        while head_end > s.start and text[head_end - 1] in " \t,":
            head_end -= 1
        head = Span(s.start, head_end, s.open_at, s.close_at, s.kind, s.paragraph, who)
        tail = Span(m.end(), s.end, s.open_at, s.close_at, s.kind, s.paragraph, who)
        return [head, *_split_interrupted(ctx, tail)]
    return [s]


def _continue_dashes(spans: list[Span]) -> None:
    """An unattributed dash paragraph belongs to the next attributed one, else the previous."""
    for i, s in enumerate(spans):
        if s.speaker is not None:
            continue
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        prev = spans[i - 1] if i > 0 else None
        if nxt is not None and nxt.paragraph == s.paragraph + 1 and nxt.speaker:
            s.speaker = nxt.speaker
        elif prev is not None and prev.paragraph == s.paragraph - 1 and prev.speaker:
            s.speaker = prev.speaker
