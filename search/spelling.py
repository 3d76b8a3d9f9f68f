"""Typo correction with evidence, at a bounded cost.

A word is rewritten only when nothing in the index has it (as typed, stemmed in any of the
index's languages, or through a synonym): then the closest indexed word replaces it (the
fewest edits, insertions, deletions, substitutions or swaps of two neighbours: one for words
under six letters, two from six; the same first letter; among equals the most frequent).
A word the index has is never rewritten; when it has six letters or more and a close
spelling is far more frequent in the language where the word is most frequent
(``goverment`` next to ``government`` in English; not German ``Helm`` next to English
``held``), that spelling is offered as ``did_you_mean`` and the query runs as typed. Only
spellings written that way in ``FAR_MORE`` times as many documents are compared with it
(the closest of those wins, however rare a closer word is), so checking a real word costs a
look at the frequent words, not at the whole vocabulary.

Bounded: words under ``MIN_LENGTH`` or over ``MAX_LENGTH`` characters, numbers, and words
beyond the first ``MAX_CORRECTED_WORDS`` are left alone; candidates come from one pass of
rapidfuzz over the indexed words that share the first letter (per segment, loaded once); the
search's deadline is checked between words.

>>> correct(view, parse("Stoltenbreg veto"))                              # doctest: +SKIP
Spelling(node=..., did_you_mean='Stoltenberg veto', rewritten=True)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from search.analysis import analyze, analyze_exact
from search.engine import NO_DEADLINE, VOCABULARY_WAIT, Deadline
from search.query import Node, Word, leaves, render, replace_words
from search.schema import body_field, title_field
from search.view import SPELLING_FIELD, IndexView

#: Shorter words are never corrected; longer "words" are not typos (a pasted hash, noise).
MIN_LENGTH = 4
MAX_LENGTH = 30
#: Words of one query checked for typos.
MAX_CORRECTED_WORDS = 8
#: Edits allowed: one below this length, two from it.
TWO_EDITS_FROM = 6
#: A word gets a did-you-mean for a close spelling in ``FAR_MORE`` times as many documents
#: (and at least ``FAR_MORE``) of the language where the word is most frequent.
FAR_MORE = 50
#: Candidates kept per segment (the closest).
CANDIDATES = 20
#: The field whose words are candidates: every word of every article, as typed.
FIELD = SPELLING_FIELD


@dataclass(frozen=True)
class Spelling:
    """The query to run, what to suggest, and whether the query was rewritten."""

    node: Node | None
    did_you_mean: str | None = None
    rewritten: bool = False


def correct(view: IndexView, node: Node | None, deadline: Deadline = NO_DEADLINE) -> Spelling:
    """Rewrite absent words to their closest indexed spelling; suggest far more frequent
    spellings of rare ones."""
    rewrites: dict[str, str] = {}
    suggestions: dict[str, str] = {}
    checked = 0
    for leaf in leaves(node):
        if not isinstance(leaf, Word) or leaf.text in rewrites or leaf.text in suggestions:
            continue
        tokens = analyze_exact(leaf.text)
        if len(tokens) != 1 or not MIN_LENGTH <= len(tokens[0]) <= MAX_LENGTH:
            continue
        if any(ch.isdigit() for ch in tokens[0]):
            continue
        checked += 1
        if checked > MAX_CORRECTED_WORDS:
            break
        deadline.check()
        spelling = _better_spelling(view, leaf.text, tokens[0], deadline)
        if spelling is None:
            continue
        spelling = spelling.capitalize() if leaf.text[:1].isupper() else spelling
        target = rewrites if not any(frequencies(view, leaf.text).values()) else suggestions
        target[leaf.text] = spelling
    if rewrites:
        corrected = replace_words(node, rewrites)
        offered = replace_words(corrected, suggestions)
        return Spelling(corrected, render(offered), rewritten=True)
    if suggestions:
        return Spelling(node, render(replace_words(node, suggestions)))
    return Spelling(node)


def _better_spelling(view: IndexView, word: str, token: str, deadline: Deadline) -> str | None:
    """The spelling to rewrite ``word`` to (it is absent) or to suggest (it is far rarer
    than a close spelling, in its own language); ``None``: leave it as typed."""
    found = frequencies(view, word)
    if found is None:
        return None
    if not any(found.values()):
        best = closest_word(view, token, deadline)
        return best[0] if best else None
    language, count = max(found.items(), key=lambda item: item[1])
    if len(token) < TWO_EDITS_FROM or count * FAR_MORE > view.doc_count:
        return None  # a short word's neighbours are other words; a common word is right
    enough = max(FAR_MORE, FAR_MORE * count)
    best = closest_word(view, token, deadline, minimum=enough)  # only far more frequent ones
    if best is None:
        return None
    theirs = frequencies(view, best[0]) or {}
    return best[0] if theirs.get(language, 0) >= enough else None


def frequencies(view: IndexView, word: str) -> dict[str, int] | None:
    """In how many documents of each indexed language ``word`` (or a synonym) appears,
    stemmed in that language (``und``: as typed, in any document); ``None`` for a phrase or
    a stopword, which are never corrected."""
    found: dict[str, int] = {}
    for alt in view.synonyms.expand(word):
        tokens = analyze_exact(alt)
        if len(tokens) != 1:
            return None
        found["und"] = max(found.get("und", 0), view.doc_frequency(FIELD, tokens[0]))
        for lang in view.languages:
            stems = analyze(alt, lang)
            if not stems:
                return None
            count = max(
                view.doc_frequency(body_field(lang), stems[0]),
                view.doc_frequency(title_field(lang), stems[0]),
            )
            found[lang] = max(found.get(lang, 0), count)
    return found


def closest_word(
    view: IndexView, word: str, deadline: Deadline = NO_DEADLINE, minimum: int = 0
) -> tuple[str, int] | None:
    """The closest indexed word with the same first letter (in at least ``minimum``
    documents, as written), and in how many documents it appears; ``None`` when none is
    within the edits allowed. (A segment whose words are still being loaded after a change
    is waited for until the deadline, then skipped.)"""
    most = 1 if len(word) < TWO_EDITS_FROM else 2
    words, counts = _choices(view, word[0], deadline)
    if minimum > 0:  # the most frequent come first: the frequent enough are a prefix
        words = words[: int(np.searchsorted(-counts, -minimum, "right"))]
    found: dict[str, int] = {}
    for candidate, distance, _ in process.extract(
        word, words, scorer=OSA.distance, score_cutoff=most, limit=CANDIDATES
    ):
        if candidate != word:
            found[candidate] = min(found.get(candidate, most), int(distance))
    if not found:
        return None
    ranked = sorted(((distance, -view.doc_frequency(FIELD, c), c) for c, distance in found.items()))
    _, minus_frequency, best = ranked[0]
    return best, -minus_frequency


def _choices(view: IndexView, char: str, deadline: Deadline) -> tuple[list[str], np.ndarray]:
    """The snapshot's distinct words starting with ``char``, the most frequent first, and in
    how many documents each appears (as written): every segment's, joined once per snapshot
    (a segment's words recur in the others, so comparing each segment's list would repeat
    the work as often as there are segments)."""
    known = view.spelling_choices.get(char)
    if known is not None:
        return known
    totals: dict[str, int] = {}
    complete = True
    for data in view.segments:
        vocabulary = data.vocabulary(FIELD, timeout=min(deadline.remaining(), VOCABULARY_WAIT))
        if vocabulary is None:
            complete = False  # still loading: this search goes without, the next one joins it
            continue
        words, counts = vocabulary.counts_starting_with(char)
        if not totals:
            totals = dict(zip(words, counts.tolist(), strict=True))
            continue
        get = totals.get
        for w, n in zip(words, counts.tolist(), strict=True):
            totals[w] = get(w, 0) + n
    counts = np.fromiter(totals.values(), np.int64, len(totals))
    order = np.argsort(-counts, kind="stable")
    listed = list(totals)
    joined = ([listed[i] for i in order.tolist()], counts[order])
    if complete:
        view.spelling_choices[char] = joined
    return joined


__all__ = ["MAX_CORRECTED_WORDS", "Spelling", "closest_word", "correct", "frequencies"]
