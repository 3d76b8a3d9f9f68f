"""Who said a quote: a name (or pronoun, or description) with a verb of saying next to it.

The order of evidence: an attribution right after the closing mark (``,” said X`` / ``,” X said``
/ ``», — заявил он``), then a verb of saying earlier in the same sentence (``X said that “…”``),
then a trailing ``…”, he added`` clause, then source markers (``according to X``, ``laut X``,
``для X``). A subject that is present but not a person ("Interfax reported", "a European
diplomat said") makes the quote anonymous instead of falling through to weaker rules.

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

from indexer.quotes.coreference import Candidate, Context
from indexer.quotes.marks import Span
from indexer.quotes.names import bare_name
from indexer.quotes.verbs import (
    CONJUNCTIONS,
    ZERO_SUBJECT_FOLLOWERS,
    source_pattern,
    verb_pattern,
    zufolge_pattern,
)

__all__ = ["NOBODY", "attribute_dash", "attribute_marked"]

#: the quote has an explicit subject that is not a person (an outlet, "a diplomat", "officials")
NOBODY = "\x00nobody"

_SENTENCE_END = re.compile(r"[.!?…](?=[\s\"”»’]*(?:\s|$))|\n")
_CLAUSE_END = re.compile(r"[,;!?\n(\"“”«»„]|[.:](?=\s|$)")
_LEAD = re.compile(r"[\s,;:—–\-]*")
_WORD = re.compile(r"[^\W\d_][\w’'\-:]*")
_NEXT_QUOTE = re.compile(r"[\"“„«‘]")
_FR_PRONOUN = re.compile(r"-t-(il|elle)$", re.IGNORECASE)
_MAX_AFTER = 250
_MAX_SUBJECT_WORDS = 9


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _resolve_first(ctx: Context, cands: list[Candidate], pos: int) -> str | None:
    return ctx.resolve(cands[0], pos) if cands else None


def _subject_after_verb(ctx: Context, vend: int, limit: int, pos: int, verb: str) -> str | None:
    """Subject standing after the verb (``said the Norwegian``), or the implied one."""
    m = _CLAUSE_END.search(ctx.text, vend, limit)
    end = m.start() if m else limit
    gender = _FR_PRONOUN.search(verb)
    if gender:
        return ctx.last_person(pos, "m" if gender.group(1).lower() == "il" else "f") or NOBODY
    cands = [c for c in ctx.candidates(vend, end) if c.start - vend <= 60]
    if cands:
        return ctx.resolve(cands[0], pos) or NOBODY
    words = _words(ctx.text[vend:end])
    if not words or words[0].casefold() in ZERO_SUBJECT_FOLLOWERS:
        return ctx.last_person(pos) or NOBODY
    if words[0][:1].isupper():
        return bare_name(_lead_caps(words)) or NOBODY
    return NOBODY


def _lead_caps(words: list[str]) -> str:
    caps = []
    for w in words[:4]:
        if not w[:1].isupper():
            break
        caps.append(w)
    return " ".join(caps)


def _subject_before_verb(ctx: Context, start: int, vstart: int, pos: int) -> str | None:
    """Subject standing before the verb (``Stoltenberg said``, ``he added``)."""
    cands = ctx.candidates(start, vstart)
    if cands:
        return ctx.resolve(cands[-1], pos) or NOBODY
    words = _words(ctx.text[start:vstart])
    if words and all(w[:1].isupper() for w in words) and len(words) <= 3:
        return bare_name(" ".join(words)) or NOBODY
    return NOBODY


def _sentence_start(text: str, lo: int, pos: int) -> int:
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    return start


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
    v = verb_pattern(ctx.language).search(text, ws, limit)
    if v is None:
        return None, False
    pre = text[ws : v.start()]
    words = _words(pre)
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
    if comma >= 0 and len(_words(pre[comma:])) <= 4:
        who = _subject_before_verb(ctx, ws + comma + 1, v.start(), span.open_at)
        if who != NOBODY:
            return who, False
        if not _words(pre[comma:]):
            return _subject_after_verb(ctx, v.end(), limit, span.open_at, v.group()), False
    return None, False


def _before(ctx: Context, span: Span, lo: int, prev_close: int) -> str | None:
    text = ctx.text
    start = max(_sentence_start(text, lo, span.open_at), prev_close)
    if start >= span.open_at:
        return None
    verbs = list(verb_pattern(ctx.language).finditer(text, start, span.open_at))
    if verbs:
        v = verbs[-1]
        cands = ctx.candidates(start, v.start())
        if cands:
            who = ctx.resolve(cands[-1], span.open_at)
            if who:
                return who
        after = ctx.candidates(v.end(), span.open_at)
        if after and after[0].kind == "name":
            return after[0].value
        if not cands:
            name = bare_name(text[start : v.start()].rstrip())
            if name and text[start : v.start()].rstrip().endswith(name.split()[-1]):
                return name
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
    for v in verb_pattern(ctx.language).finditer(text, start, end):
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
