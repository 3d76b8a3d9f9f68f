"""Completions for search-as-you-type: speakers (any spelling, several words allowed:
``jens stol``), titles and indexed words.

One word: names, then titles (of the most frequent title words starting with it, the most
recently indexed articles first), then indexed words by frequency. After other words, the last
one is completed in their context: a completion is offered only when it occurs together
with them in some article, names first, then words, those that occur together most often
first (``oil pri`` offers
"oil prices", never "oil David Prior"). A name replaces the typed words it covers (``tony
bl`` -> "Tony Blair"); after other words it is offered only when it occurs with them
(``veto stol`` -> "veto Jens Stoltenberg"), and never glued after words that begin a name
already (so ``tony bl`` never offers "tony Antony Blinken") or after stopwords alone ("the
David Prior").

Cheap per keystroke: bisection over a sorted list of name words, the title and text
lexicons, a few stored titles, and for context the posting lists of the nearest
``CONTEXT_WORDS`` earlier words (each read once, then cached) and of at most
``CONTEXT_CANDIDATES`` completions.

>>> [s.text for s in suggest(view, "stolt")]                              # doctest: +SKIP
['Jens Stoltenberg', 'stoltenberg']
>>> [s.text for s in suggest(view, "veto diskuss")]                       # doctest: +SKIP
['veto diskussion', 'veto diskussioner']
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

import numpy as np

from search.analysis import analyze, analyze_exact, tokenize
from search.engine import VOCABULARY_FIELD, prefix_terms
from search.schema import body_field, title_field
from search.segments import segment_data, segment_postings, summed_most_frequent
from search.view import TITLE_WORDS_FIELD, IndexView

#: The most frequent terms of the lexicon considered for the word being typed, at most
#: (each segment offers its own most frequent, summed over the segments).
MAX_TERMS = 200
#: Terms read for each completion a one-word prefix may show (some are dropped: they
#: repeat a title or a name already offered).
TERMS_PER_COMPLETION = 4
#: The most frequent terms checked against the context of the earlier words.
CONTEXT_CANDIDATES = 48
#: The earlier words that make the context: the nearest ones (a bound on the work per
#: keystroke, whatever was pasted before).
CONTEXT_WORDS = 4
#: Names (not quoted in the context) whose words are looked up in it, at most.
NAMES_LOOKED_UP = 12
#: Titles offered after other words, at most (words and names come first there).
CONTEXT_TITLES = 2
#: Title words starting with the prefix read (the most frequent), and the titles of each
#: read (the most recently indexed).
TITLE_TERMS = 20
TITLES_PER_TERM = 3


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
    head = prefix[: tokens[-1].start]
    names = name_completions(view, typed)
    covering = [canonical for canonical, start in names if start == 0]
    for canonical in covering:
        add(canonical, "speaker")
    if len(typed) == 1:
        for title in _titles(view, last, []):
            if len(out) >= limit // 2 + 2:
                break
            add(title, "title")
        for _, word in _terms(view, last, min(MAX_TERMS, TERMS_PER_COMPLETION * limit)):
            add(head + word, "term")
        return out
    context = Context(view)
    earlier = typed[:-1][-CONTEXT_WORDS:]
    together: list[tuple[float, str, str]] = [
        (score, head + word, "term")
        for score, word in _terms_in_context(view, last, earlier, context)
    ]
    if not covering:  # the typed words do not begin a name: names may follow them
        together += [
            (score, prefix[: tokens[start].start] + canonical, "speaker")
            for score, canonical, start in _names_in_context(view, typed, names, context)
        ]
    # names that go with the earlier words first (a person is what most multi-word prefixes
    # are after), then words, each by how often they occur together
    for _, text, kind in sorted(together, key=lambda t: (t[2] != "speaker", -t[0])):
        add(text, kind)
    if len(out) < limit:  # titles only fill up: words and names that go together first
        within = context.mask(earlier)
        for title in islice(_titles(view, last, typed[:-1], within), CONTEXT_TITLES):
            add(title, "title")
    return out


class Context:
    """Which articles hold every one of some typed words (each word stemmed in every
    language of the index, or as written), computed once per set of words."""

    def __init__(self, view: IndexView) -> None:
        self.view = view
        self._words: dict[str, np.ndarray] = {}
        self._masks: dict[tuple[str, ...], np.ndarray] = {}
        self._speakers: dict[tuple[str, ...], dict[str, int]] = {}

    def word(self, word: str) -> np.ndarray:
        """Mask of the articles containing ``word`` in any form the index analysed it to."""
        found = self._words.get(word)
        if found is None:
            engine = self.view.engine
            found = np.zeros(engine.size, dtype=bool)
            found[engine.postings("text", word)[0]] = True
            for language in self.view.languages:
                for stem in dict.fromkeys(analyze(word, language)):
                    for field in (body_field(language), title_field(language)):
                        found[engine.postings(field, stem)[0]] = True
            self._words[word] = found
        return found

    def mask(self, words: Iterable[str]) -> np.ndarray:
        """Mask of the articles containing every one of ``words``."""
        key = tuple(dict.fromkeys(words))
        found = self._masks.get(key)
        if found is None:
            found = self.view.live.copy()
            for word in key:
                found &= self.word(word)
                if not found.any():
                    break
            self._masks[key] = found
        return found

    def speakers(self, words: Iterable[str]) -> dict[str, int]:
        """How many articles holding every one of ``words`` quote each speaker."""
        key = tuple(dict.fromkeys(words))
        found = self._speakers.get(key)
        if found is None:
            columns = self.view.columns
            counts = columns.speaker_counts(np.flatnonzero(self.mask(key)))
            found = {
                name: int(n)
                for name, n in zip(columns.speaker_vocab, counts.tolist(), strict=True)
                if n
            }
            self._speakers[key] = found
        return found

    def content(self, words: Iterable[str]) -> list[str]:
        """The words that are not a stopword in any language of the index."""
        languages = self.view.languages
        return [w for w in words if all(analyze(w, language) for language in languages)]


def _terms(view: IndexView, last: str, count: int) -> list[tuple[int, str]]:
    """(document frequency, word) of the ``count`` most frequent indexed words starting
    with ``last``, most frequent first."""
    return view.engine.expansions(VOCABULARY_FIELD, last, count)


def _terms_in_context(
    view: IndexView, last: str, earlier: list[str], context: Context
) -> list[tuple[int, str]]:
    """(association, word) of indexed words starting with ``last`` that occur with the
    earlier words; first those found together most often, relative to how often they occur
    at all (``oil prices ri``: "rise" before "right")."""
    within = context.mask(earlier)
    if not within.any():
        return []
    together = []
    for df, word in _terms(view, last, CONTEXT_CANDIDATES):
        count = int(np.count_nonzero(within[view.engine.postings("text", word)[0]]))
        if count:
            together.append((_association(count, df), word))
    return sorted(together, key=lambda t: (-t[0], t[1]))


def _names_in_context(
    view: IndexView, typed: list[str], names: list[tuple[str, int]], context: Context
) -> Iterator[tuple[float, str, int]]:
    """(association, name, first typed word it replaces) of names that follow other typed
    words: only names those words occur with, and never after stopwords alone."""
    looked_up = 0
    quoting = view.article_speaker_counts
    for canonical, start in names:
        earlier = context.content(typed[:start][-CONTEXT_WORDS:])
        if not earlier:
            continue
        quoted = context.speakers(earlier).get(canonical, 0)
        if quoted:
            yield _association(quoted, quoting.get(canonical, quoted)), canonical, start
        elif looked_up < NAMES_LOOKED_UP:
            looked_up += 1
            named = _naming(view, canonical, context.mask(earlier))
            if named:
                yield _association(named, named), canonical, start


def _association(together: int, alone: int) -> float:
    """How strongly a completion goes with the earlier words: the articles holding both,
    weighted by the share of the completion's own articles they are."""
    return together * together / max(alone, together, 1)


def _naming(view: IndexView, canonical: str, within: np.ndarray) -> int:
    """Articles of ``within`` that hold every word of the name ``canonical``."""
    if not within.any():
        return 0
    found = within.copy()
    for word in dict.fromkeys(analyze_exact(canonical)):
        hit = np.zeros(len(found), dtype=bool)
        hit[view.engine.postings("text", word)[0]] = True
        found &= hit
        if not found.any():
            return 0
    return int(np.count_nonzero(found))


def _titles(
    view: IndexView, last: str, earlier: list[str], within: np.ndarray | None = None
) -> Iterator[str]:
    """Titles with a word starting with ``last`` and every earlier word (as a prefix), of
    articles ``within`` the context (read only for those): the most frequent such title
    words first, each word's most recently indexed articles first."""
    for term in _title_words(view, last):
        for docnum in _latest_titled(view, term, TITLES_PER_TERM):
            if within is not None and not within[docnum]:
                continue
            title = view.stored(docnum)["data"].get("title", "")
            if title and _contains_words(title, earlier):
                yield title


def _latest_titled(view: IndexView, term: str, count: int) -> list[int]:
    """The last ``count`` live articles indexed with ``term`` in their title, latest first:
    the newest segments are read first, only until they are found (a common title word's
    whole list is not needed)."""
    engine = view.engine
    found: list[int] = []
    for leaf, offset in reversed(engine.leaves):
        local, _ = segment_postings(leaf, TITLE_WORDS_FIELD, term)
        if len(local):
            docs = (local + offset)[::-1]
            found += docs[engine.live[docs]][: count - len(found)].tolist()
            if len(found) >= count:
                break
    return found


def _title_words(view: IndexView, prefix: str) -> list[str]:
    """Up to ``TITLE_TERMS`` title words starting with ``prefix``, the most frequent first:
    from each segment's vocabulary in memory (while it loads, Whoosh's term index gives that
    segment's first words alphabetically)."""
    lists = []
    for leaf, _ in view.engine.leaves:
        vocabulary = segment_data(leaf).vocabulary(TITLE_WORDS_FIELD, timeout=0)
        if vocabulary is None:
            lists.append(prefix_terms(leaf, TITLE_WORDS_FIELD, prefix, TITLE_TERMS))
        else:
            lists.append(vocabulary.most_frequent(prefix, TITLE_TERMS))
    return [word for _, word in summed_most_frequent(lists, TITLE_TERMS)]


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


__all__ = [
    "CONTEXT_CANDIDATES",
    "CONTEXT_WORDS",
    "MAX_TERMS",
    "Context",
    "Suggestion",
    "name_completions",
    "suggest",
]
