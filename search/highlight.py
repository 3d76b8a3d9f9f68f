"""Stemming-aware highlighting and snippets, as pure functions over text.

A token is marked when its stem (in the document's language) is a query stem, when it is a
query word as typed, when it starts with a query prefix, or when it is part of a query
phrase. Text is HTML-escaped first; only ``<mark>`` is ever inserted.

>>> from search.compile import HighlightTerms
>>> terms = HighlightTerms(stems={"sv": {"diskussion"}})
>>> spans = match_spans("Tuffa diskussioner <b>", "sv", terms)
>>> spans
[(6, 18)]
>>> mark("Tuffa diskussioner <b>", spans)
'Tuffa <mark>diskussioner</mark> &lt;b&gt;'
"""

from __future__ import annotations

from html import escape

from search.analysis import stem_words, tokenize
from search.compile import HighlightTerms

ELLIPSIS = "…"


def match_spans(text: str, language: str, terms: HighlightTerms) -> list[tuple[int, int]]:
    """Character spans of ``text`` that the query matched, in order, merged."""
    if not terms or not text:
        return []
    tokens = list(tokenize(text, language))
    if not tokens:
        return []
    words = [t.text for t in tokens]
    hit = [False] * len(tokens)
    stems = terms.stems.get(language)
    if stems:
        for i, s in enumerate(stem_words(words, language)):
            if s in stems:
                hit[i] = True
    exact, prefixes = terms.exact, tuple(terms.prefixes)
    if exact or prefixes:
        for i, w in enumerate(words):
            if w in exact or (prefixes and w.startswith(prefixes)):
                hit[i] = True
    for phrase in terms.phrases:
        n = len(phrase)
        first = phrase[0]
        for i in range(len(words) - n + 1):
            if words[i] == first and tuple(words[i : i + n]) == phrase:
                hit[i : i + n] = [True] * n
    spans: list[tuple[int, int]] = []
    for tok, on in zip(tokens, hit, strict=True):
        if not on:
            continue
        if spans and _only_space_between(text, spans[-1][1], tok.start):
            spans[-1] = (spans[-1][0], tok.end)
        else:
            spans.append((tok.start, tok.end))
    return spans


def _only_space_between(text: str, a: int, b: int) -> bool:
    return b - a <= 2 and not text[a:b].strip(" -")


def mark(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """HTML-escaped ``text[start:end]`` with each span wrapped in ``<mark>``."""
    end = len(text) if end is None else end
    out: list[str] = []
    pos = start
    for a, b in spans:
        if b <= start or a >= end:
            continue
        a, b = max(a, start), min(b, end)
        out.append(escape(text[pos:a]))
        out.append(f"<mark>{escape(text[a:b])}</mark>")
        pos = b
    out.append(escape(text[pos:end]))
    return "".join(out)


def snippets(
    text: str,
    spans: list[tuple[int, int]],
    *,
    count: int = 3,
    size: int = 160,
) -> list[str]:
    """Up to ``count`` whole-word fragments of about ``size`` characters around the best
    matches, in text order; with no match, the lead (the beginning of the text)."""
    if not text:
        return []
    if not spans:
        end = _word_end(text, min(len(text), size))
        return [_one_line(mark(text, [], 0, end)) + (ELLIPSIS if end < len(text) else "")]
    windows = _best_windows(text, spans, count, size)
    out = []
    for a, b in windows:
        prefix = ELLIPSIS if a > 0 else ""
        suffix = ELLIPSIS if b < len(text) else ""
        out.append(prefix + _one_line(mark(text, spans, a, b)) + suffix)
    return out


def _one_line(html: str) -> str:
    return " ".join(html.split())


def _best_windows(
    text: str, spans: list[tuple[int, int]], count: int, size: int
) -> list[tuple[int, int]]:
    """Choose non-overlapping windows covering the most distinct matched words."""
    candidates = []
    for i, (a, _) in enumerate(spans):
        start = max(0, a - size // 3)
        end = min(len(text), start + size)
        covered = {text[s:e].lower() for s, e in spans[i:] if e <= end}
        candidates.append((len(covered), -i, start, end))
    candidates.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for _, _, start, end in candidates:
        if all(end <= c0 or start >= c1 for c0, c1 in chosen):
            chosen.append((start, end))
        if len(chosen) == count:
            break
    return sorted((_word_start(text, a), _word_end(text, b)) for a, b in chosen)


def _word_start(text: str, i: int) -> int:
    if i <= 0:
        return 0
    j = i
    while j > 0 and not text[j - 1].isspace() and i - j < 30:
        j -= 1
    return j if j == 0 or text[j - 1].isspace() else i


def _word_end(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    j = i
    while j < len(text) and not text[j].isspace() and j - i < 30:
        j += 1
    return j
