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

import re
from functools import lru_cache
from html import escape

from search.analysis import APOSTROPHES, normalize, stem_words, word_pattern
from search.compile import HighlightTerms

ELLIPSIS = "…"


def match_spans(text: str, language: str, terms: HighlightTerms) -> list[tuple[int, int]]:
    """Character spans of ``text`` that the query matched, in order, merged.

    Words are tokenised exactly as the index tokenises them (``search.analysis``). Each
    distinct word is normalised and stemmed once; the matching ones are then found with one
    regular-expression scan, so long articles stay cheap to highlight.
    """
    if not terms or not text:
        return []
    folded = _fold(text)
    words = word_pattern(folded)
    distinct = list(dict.fromkeys(words.findall(folded)))
    if not distinct:
        return []
    normal = {w: (normalize(w, language) if "'" in w else w) for w in distinct}
    matched = _matching_words(distinct, normal, language, terms)
    if terms.phrases:
        return _merge(text, _spans_with_phrases(words, folded, normal, matched, terms.phrases))
    if not matched:
        return []
    return _merge(text, [m.span() for m in _surface_pattern(frozenset(matched)).finditer(folded)])


def _fold(text: str) -> str:
    """Lowercase with ASCII apostrophes, keeping every character at its offset."""
    folded = text.lower()
    if len(folded) != len(text):  # a few letters change length when lowercased
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for typographic in APOSTROPHES:  # str.replace runs in C; translate() with a dict does not
        if typographic in folded:
            folded = folded.replace(typographic, "'")
    return folded


def _matching_words(
    distinct: list[str], normal: dict[str, str], language: str, terms: HighlightTerms
) -> set[str]:
    matched: set[str] = set()
    stems = terms.stems.get(language)
    if stems:
        keys = [w for w in distinct if normal[w]]
        for w, s in zip(keys, stem_words([normal[w] for w in keys], language), strict=True):
            if s in stems:
                matched.add(w)
    exact, prefixes = terms.exact, tuple(terms.prefixes)
    if exact or prefixes:
        for w in distinct:
            n = normal[w]
            if n and (n in exact or (prefixes and n.startswith(prefixes))):
                matched.add(w)
    return matched


@lru_cache(maxsize=1024)
def _surface_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding these words as whole tokens (as ``search.analysis`` cuts them)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?<!['’][^\W_])(?:{alternatives})(?![^\W_]|['’][^\W_])")


def _spans_with_phrases(
    words_in: re.Pattern[str],
    folded: str,
    normal: dict[str, str],
    matched: set[str],
    phrases: set[tuple[str, ...]],
) -> list[tuple[int, int]]:
    found = list(words_in.finditer(folded))
    raw_words = [m.group(1) for m in found]
    hit = [w in matched for w in raw_words]
    words = [normal[w] for w in raw_words]
    where: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        where.setdefault(w, []).append(i)
    for phrase in phrases:
        if not all(w in where for w in phrase):
            continue
        n = len(phrase)
        for i in where[phrase[0]]:
            if tuple(words[i : i + n]) == phrase:
                hit[i : i + n] = [True] * n
    return [m.span(1) for m, on in zip(found, hit, strict=True) if on]


def _merge(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join spans separated only by a space or a hyphen ("Jens Stoltenberg", "open-door")."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _only_space_between(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


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
        covered = set()
        for s, e in spans[i:]:  # spans are in text order: stop at the window's end
            if e > end:
                break
            covered.add(text[s:e].lower())
        candidates.append((len(covered), -i, start, end))
    candidates.sort(reverse=True)
    chosen: list[tuple[int, int]] = []
    for _, _, start, end in candidates:
        if all(end <= c0 or start >= c1 for c0, c1 in chosen):
            chosen.append((start, end))
        if len(chosen) == count:
            break
    return sorted(_cover(spans, _word_start(text, a), _word_end(text, b)) for a, b in chosen)


def _cover(spans: list[tuple[int, int]], a: int, b: int) -> tuple[int, int]:
    """Widen ``[a, b)`` so that no marked span is cut in two (a snippet marks whole spans,
    exactly the ones reported as ``matches``)."""
    for s, e in spans:
        if s < a < e:
            a = s
        if s < b < e:
            b = e
    return a, b


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
