"""Completions for search-as-you-type: speakers (any spelling, several words allowed:
``jens stol``), then titles, then indexed words, each keeping the earlier words.

Cheap per keystroke: bisection over a sorted list of name words, the title and text
lexicons, and at most a few stored titles.

>>> [s.text for s in suggest(view, "stolt")]                              # doctest: +SKIP
['Jens Stoltenberg', 'stoltenberg']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from search.analysis import analyze_exact, tokenize
from search.engine import prefix_terms
from search.view import IndexView

#: Terms of the lexicon read for the word being typed.
MAX_TERMS = 200


@dataclass(frozen=True)
class Suggestion:
    text: str
    kind: str  # "speaker", "title" or "term"


def suggest(view: IndexView, prefix: str, limit: int = 8) -> list[Suggestion]:
    """Up to ``limit`` completions of ``prefix`` (nothing until two letters are typed)."""
    if not prefix or prefix[-1].isspace():
        return []
    tokens = list(tokenize(prefix))
    if not tokens or tokens[-1].end != len(prefix.rstrip("*")):
        return []
    last = tokens[-1].text
    if len(last) < 2:
        return []
    out: list[Suggestion] = []
    seen: set[str] = set()

    def add(text: str, kind: str) -> None:
        key = text.lower()
        if key not in seen and len(out) < limit:
            seen.add(key)
            out.append(Suggestion(text, kind))

    typed = [t.text for t in tokens]
    for canonical, start in name_completions(view, typed):
        add(prefix[: tokens[start].start] + canonical, "speaker")
    head = prefix[: tokens[-1].start]
    reader = view.reader
    budget = limit // 2 + 2
    for term in islice(reader.expand_prefix("title_exact", last), 20):
        if len(out) >= budget:
            break
        for docnum in islice(reader.postings("title_exact", term).all_ids(), 3):
            title = view.stored(docnum)["data"].get("title", "")
            if title and (not head.strip() or _contains_words(title, typed[:-1])):
                add(title, "title")
    terms = prefix_terms(reader, "text", last, limit=MAX_TERMS)
    for _, word in sorted(terms, key=lambda t: (-t[0], t[1])):
        add(f"{head}{word}", "term")
    return out


def name_completions(view: IndexView, typed: list[str]) -> list[tuple[str, int]]:
    """(canonical name, index of the first typed word it replaces): the longest run of
    typed words that a spelling of a name continues, the last word as a prefix."""
    words, entries = view.name_words
    last = typed[-1]
    found: dict[str, int] = {}
    lo = bisect.bisect_left(words, last)
    for i in range(lo, min(lo + 200, len(words))):
        if not words[i].startswith(last):
            break
        canonical, spelling, place = entries[i]
        start = len(typed) - 1
        while (
            start > 0
            and place - (len(typed) - start) >= 0
            and spelling[place - (len(typed) - start)] == typed[start - 1]
        ):
            start -= 1
        if start < found.get(canonical, len(typed)):
            found[canonical] = start
    return sorted(found.items(), key=lambda item: (item[1], item[0].lower()))


def _contains_words(title: str, words: Iterable[str]) -> bool:
    have = set(analyze_exact(title))
    return all(w in have or any(h.startswith(w) for h in have) for w in words)


__all__ = ["Suggestion", "name_completions", "suggest"]
