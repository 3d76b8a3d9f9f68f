"""Where quoted speech is: quotation marks of every convention, dialogue dashes, speaker headings.

Pairs “…” "…" „…“ «…» »…« ‘…’ '…' and ”…” (Swedish); tolerates closing marks that are reversed or
detached from the quote (``answer, “he said``); carries a quote across paragraphs when the next
paragraph reopens it; leaves apostrophes alone.

>>> [(s.kind, "«a» b „c“"[s.start:s.end]) for s in find_marked("«a» b „c“")]
[('mark', 'a'), ('mark', 'c')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "dash_lines", "find_marked", "paragraphs"]

_DOUBLE = '"“”„«»‟'
_SINGLE = "'‘’‚‹›"
_MARK_RE = re.compile(r"[\"“”„«»‟'‘’‚‹›]")
_OPEN_BEFORE = set("([{—–-/:;") | set(_DOUBLE) | set(_SINGLE)
_CLOSE_AFTER = set(".,;:!?)]}…—–-") | set(_DOUBLE) | set(_SINGLE)
_STRICT_OPENERS = "«„‚‹"
_CLOSERS = {
    "«": "»",
    "»": "«",
    "‹": "›",
    "›": "‹",
    "„": '“”"',
    "“": '“”"',
    "”": '”“"',
    '"': '"”“',
    "‟": '”“"',
    "‚": "‘’'",
    "‘": "’‘'",
    "'": "'’",
    "’": "’'",
}
_MAX_SINGLE = 300
_DASH_LINE = re.compile(r"[ \t]*(?:[–—][ \t]*|-[ \t]+)(?=\S)")
_LINE_RE = re.compile(r"[^\n]+")
_STRIP = " \t\r,;:"


@dataclass(slots=True)
class Span:
    """A stretch of quoted speech: ``text[start:end]`` is the statement itself.

    ``open_at``/``close_at`` delimit it with its marks (the attribution search starts outside).
    """

    start: int
    end: int
    open_at: int
    close_at: int
    kind: str  # "mark", "dash" or "heading"
    paragraph: int
    speaker: str | None = None
    hint: str | None = None  # heading text naming the speaker


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    return [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.group().strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool, str, str]:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    left = not nxt.isspace() and (prev.isspace() or prev in _OPEN_BEFORE)
    right = not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)
    return left, right, prev, nxt


def find_marked(text: str, paras: list[tuple[int, int]] | None = None) -> list[Span]:
    """Quotes delimited by quotation marks, in order of their opening mark."""
    paras = paragraphs(text) if paras is None else paras
    spans: list[Span] = []
    open_char = ""
    open_at = start = para_open = -1
    for p, (lo, hi) in enumerate(paras):
        if open_char:
            # a quote left open at the end of the previous paragraph continues only if this one
            # reopens it; otherwise it ended with that paragraph
            first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
            if first < hi and text[first] == open_char and open_char in _DOUBLE:
                lo = first + 1
            else:
                _close_at_end(text, spans, open_at, start, paras[p - 1][1], para_open)
                open_char = ""
        for m in _MARK_RE.finditer(text, lo, hi):
            i = m.start()
            c = m.group()
            left, right, prev, nxt = _flanks(text, i, lo, hi)
            if c in _SINGLE and prev.isalnum() and nxt.isalnum():
                continue  # apostrophe
            if not open_char:
                if c in _STRICT_OPENERS or (left and not (c in _SINGLE and prev.isalnum())):
                    if c in "»’" and not prev.isspace() and i > lo:
                        continue
                    open_char, open_at, start, para_open = c, i, i + 1, p
                continue
            single_open = open_char in _SINGLE
            if c in _SINGLE and not single_open:
                continue  # nested single quote inside a double one
            if c in _DOUBLE and single_open:
                continue
            if c not in _CLOSERS.get(open_char, ""):
                continue
            if single_open and (nxt.isalpha() or (left and not right)):
                continue
            s, e = _trim(text, start, i)
            if e > s:
                spans.append(Span(s, e, open_at, i + 1, "mark", para_open))
            open_char = ""
        if open_char and open_char in _SINGLE:
            open_char = ""  # single quotes never span paragraphs: it was an apostrophe
    if open_char and paras:
        _close_at_end(text, spans, open_at, start, paras[-1][1], para_open)
    return spans


def _close_at_end(
    text: str, spans: list[Span], open_at: int, start: int, end: int, para: int
) -> None:
    """An unclosed double quote runs to the end of its paragraph if it is long enough."""
    s, e = _trim(text, start, end)
    if e - s >= 20 and len(text[s:e].split()) >= 4:
        spans.append(Span(s, e, open_at, e, "mark", para))


def dash_lines(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(paragraph index, content start, paragraph end) of dialogue-dash paragraphs."""
    found = []
    for p, (lo, hi) in enumerate(paras):
        m = _DASH_LINE.match(text, lo, hi)
        if m:
            found.append((p, m.end(), hi))
    return found
