"""Quotes and their speakers, from article text: a pure function, no network, no models.

Pipeline: paragraphs -> speaker headings, dialogue dashes, quotation marks (``marks``) -> person
mentions (``names``) -> attribution by verbs of saying (``attribution``, ``verbs``) -> pronouns
and descriptions resolved to named people (``coreference``) -> canonical names (``PeopleRegistry``).

>>> from indexer.people import PeopleRegistry
>>> reg = PeopleRegistry.from_records([{"name": "Jens Stoltenberg", "gender": "m"}])
>>> ex = extract("– Vi är redo, sade Stoltenberg.", "sv", reg)
>>> ex.speakers, ex.quotes[0].text
(('Jens Stoltenberg',), 'Vi är redo')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.people import PeopleRegistry, skeleton
from indexer.quotes.attribution import NOBODY, attribute_dash, attribute_marked
from indexer.quotes.coreference import Context
from indexer.quotes.marks import Span, dash_lines, find_marked, paragraphs
from indexer.quotes.names import Mention, find_mentions, is_person_word, is_title
from indexer.quotes.verbs import verb_pattern
from search.models import Quote

__all__ = ["Extraction", "extract"]

_HEADING_END = re.compile(r"[.!?:;,\"”»“'’)\]…]$")
_WORD = re.compile(r"\w+")
_MIN_STATEMENT = 120
_MAX_HEADING = 120
_MIN_PROPAGATED_WORDS = 3
_NEAR = 160
_STOPS = re.compile(r"[.!?](?=\s)")


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


def _headings(
    text: str, paras: list[tuple[int, int]], mentions: list[Mention], language: str
) -> list[Span]:
    """Statements set under a line that names the speaker (Meduza's format)."""
    spans = []
    verbs = verb_pattern(language)
    by_end = {m.end: m for m in mentions}
    if not by_end:
        return spans
    for p, (lo, hi) in enumerate(paras[:-1]):
        line = text[lo:hi].rstrip()
        end = lo + len(line)
        m = by_end.get(end)  # checked first: most lines end in no mention
        if m is None or m.start < lo or (m.surname_only and not m.registered):
            continue
        if len(line) > _MAX_HEADING or _HEADING_END.search(line) or len(line.split()) > 12:
            continue
        if verbs.search(text, lo, end) or not _title_prefix(text[lo : m.start].split()):
            continue
        nlo, nhi = paras[p + 1]
        if nhi - nlo < _MIN_STATEMENT or text[nlo:nhi].lstrip()[:1] in '–—-"“„«':
            continue
        s = nlo + len(text[nlo:nhi]) - len(text[nlo:nhi].lstrip())
        e = nlo + len(text[nlo:nhi].rstrip())
        spans.append(Span(s, e, s, e, "heading", p + 1, speaker=m.name, hint=line))
    return spans


_HEADING_LINKS = frozenset("of de del der för du la el the".split())


def _title_prefix(words: list[str]) -> bool:
    """What precedes the name in a speaker heading: a few capitalised or title words."""
    return len(words) <= 6 and all(
        w[:1].isupper() or is_title(w) or w in _HEADING_LINKS for w in words
    )


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
            while e > s and ctx.text[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append(Span(s, e, pos, cut, "dash", p, speaker=who))
            nxt = re.compile(r"\s*[–—]\s*").match(ctx.text, resume, hi) if resume < hi else None
            if who is None or nxt is None:
                break
            pos = nxt.end()
    return spans


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")


def _unmarked(
    ctx: Context, paras: list[tuple[int, int]], skip: set[int], taken: list[tuple[int, int]]
) -> list[Span]:
    """Statements whose quotation marks were stripped: ``Das stimmt nicht, sagte Leitl.``"""
    spans = []
    for p, (lo, hi) in enumerate(paras):
        if p in skip:
            continue
        for m in _SENTENCE.finditer(ctx.text, lo, hi):
            a, b = m.start(), m.end()
            if any(x < b and a < y for x, y in taken) or any(c in m.group() for c in '"“„«»'):
                continue
            cut, who, _ = attribute_dash(ctx, a, b)
            if who is None or cut >= b:
                continue
            s, e = a, cut
            while s < e and ctx.text[s].isspace():
                s += 1
            if len(_WORD.findall(ctx.text[s:e])) >= 4:
                spans.append(Span(s, e, s, cut, "unmarked", p, speaker=who))
    return spans


def _canonical(name: str, registry: PeopleRegistry, mentions: list[Mention], text: str = "") -> str:
    canon = registry.canonical(name)
    if canon:
        return canon
    key = skeleton(name.split()[-1]) if name.split() else ""
    for m in mentions:
        if not m.registered and len(m.name.split()) > 1 and skeleton(m.name.split()[-1]) == key:
            return m.name
    if len(name.split()) == 1 and text:
        for m in re.finditer(rf"\b([^\W\d_][\w'-]+) {re.escape(name)}\b", text):
            first = m.group(1)
            if first[:1].isupper() and not is_title(first) and is_person_word(first):
                return f"{first} {name}"
    return name


def _extract(text: str, language: str, registry: PeopleRegistry) -> Extraction:
    paras = paragraphs(text)
    mentions = find_mentions(text, registry)
    ctx = Context(text, registry, [], language, mentions)
    headings = _headings(text, paras, mentions, language)
    heading_paras = {s.paragraph for s in headings}
    dashes = _dashes(ctx, paras, heading_paras)
    dash_ranges = [(s.open_at, s.close_at) for s in dashes]
    marked = [
        s
        for s in find_marked(text, paras)
        if s.paragraph not in heading_paras and not any(a <= s.open_at < b for a, b in dash_ranges)
    ]
    if language == "de":  # 10kGNAD-style text whose quotation marks were stripped
        taken = [*dash_ranges, *((s.open_at, s.close_at) for s in marked)]
        dashes += _unmarked(ctx, paras, heading_paras, taken)
    ctx.quoted = sorted((s.open_at, s.close_at) for s in [*headings, *dashes, *marked])
    if dashes:  # re-resolve now that quoted stretches are known to coreference
        dashes = [s for s in _dashes(ctx, paras, heading_paras) if s.kind == "dash"] + [
            s for s in dashes if s.kind == "unmarked"
        ]

    prev_close: dict[int, int] = {}
    for s in marked:
        lo, hi = paras[s.paragraph]
        hi = next((b for a, b in paras[s.paragraph :] if a <= s.close_at <= b), hi)
        s.speaker = attribute_marked(s, ctx, lo, hi, prev_close.get(s.paragraph, lo))
        prev_close[s.paragraph] = s.close_at
    _propagate(text, marked, paras)
    _continue_dashes(dashes)

    quotes = []
    for s in sorted([*headings, *dashes, *marked], key=lambda s: s.start):
        if s.speaker is None or s.speaker == NOBODY:
            continue
        speaker = _canonical(s.speaker, registry, mentions, text)
        quotes.append(Quote(speaker=speaker, text=text[s.start : s.end], start=s.start, end=s.end))
    speakers = tuple(dict.fromkeys(q.speaker for q in quotes))
    order = sorted([(m.start, m.name) for m in mentions] + [(q.start, q.speaker) for q in quotes])
    people = tuple(dict.fromkeys(name for _, name in order))
    unknown = tuple(p for p in people if registry.person(p) is None)
    return Extraction(tuple(quotes), speakers, people, unknown)


def _propagate(text: str, spans: list[Span], paras: list[tuple[int, int]]) -> None:
    """Unattributed quotes take the speaker of their paragraph, or of the quote they continue."""
    by_para: dict[int, set[str]] = {}
    for s in spans:
        if s.speaker and s.speaker != NOBODY:
            by_para.setdefault(s.paragraph, set()).add(s.speaker)
    last_in_para: dict[int, Span] = {}
    for s in spans:
        last_in_para[s.paragraph] = s
    for i, s in enumerate(spans):
        if (
            s.speaker is not None
            or len(_WORD.findall(text[s.start : s.end])) < _MIN_PROPAGATED_WORDS
        ):
            continue
        near = [
            o
            for o in (spans[i - 1] if i else None, spans[i + 1] if i + 1 < len(spans) else None)
            if o is not None
            and o.paragraph == s.paragraph
            and o.speaker not in (None, NOBODY)
            and min(abs(o.open_at - s.close_at), abs(s.open_at - o.close_at)) <= _NEAR
            and len(_STOPS.findall(text[min(o.close_at, s.close_at) : max(o.open_at, s.open_at)]))
            <= 1
        ]
        if near:
            s.speaker = near[0].speaker
            continue
        lo, _ = paras[s.paragraph]
        prev = last_in_para.get(s.paragraph - 1)
        if (
            s.open_at - lo <= 1
            and prev is not None
            and prev.speaker not in (None, NOBODY)
            and paras[prev.paragraph][1] - prev.close_at <= 80
        ):
            s.speaker = prev.speaker


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
