"""Query evaluation over sparse posting lists: the cost follows the matches, not the archive.

Whoosh stores the postings; this module reads each term's list straight into numpy (see
``search.segments``: cached per segment, bounded in bytes) and evaluates a compiled query
(``search.compile``) as sorted arrays of document numbers with a score each:

- a term is its posting list, scored by BM25 (as Whoosh scores it: field boosts are in the
  weights, ``idf = log(N / (df + 1)) + 1``);
- OR merges lists and adds the scores (and counts how many parts matched); AND intersects,
  AND NOT subtracts; ``AtLeast`` keeps documents matching enough of its parts;
- ``InLanguage`` keeps a language's documents (each article is analysed in its own
  language, so a query is compiled once per language);
- phrases take the candidates that have every word (an intersection) and check the
  positions of those only (``search.phrases``); prefixes expand the lexicon, within a budget.

Nothing here allocates or scans an array as long as the collection, except for a query
that really touches most of it (a merge of huge lists is then counted densely).

>>> Deadline.after(2.0).remaining() > 1.9
True
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.util.numeric import byte_to_length

from search.documents import analysis_language
from search.errors import SearchTimeoutError
from search.matches import Matches, intersect, subtract, union
from search.phrases import common_documents, phrase_documents
from search.query_nodes import AtLeast, InLanguage, Rescore, SynonymSet, WithBoosts
from search.schema import field_language
from search.segments import (
    ByteBoundedCache,
    segment_data,
    segment_leaves,
    segment_postings,
    summed_most_frequent,
)

B = 0.75
K1 = 1.2
#: A prefix expands to at most this many terms of the lexicon (the most frequent are kept);
#: a query's prefixes share ``MAX_EXPANSION_TERMS`` in all.
MAX_EXPANSION = 128
MAX_EXPANSION_TERMS = 128
#: The field whose terms each segment keeps in memory (with their frequencies), for typo
#: correction and prefixes: every word of every article, as typed.
VOCABULARY_FIELD = "text"
#: Seconds a search waits for a new segment's vocabulary still being read (then it goes
#: without: Whoosh's term index for prefixes, fewer candidates for typos).
VOCABULARY_WAIT = 0.5
#: Prefix results and per-language splits kept per snapshot (bytes of their arrays).
DERIVED_CACHE_BYTES = 32 * 1024 * 1024
#: Phrase results kept per snapshot, apart: a phrase of common words costs seconds to
#: check in a large archive, and must not be pushed out by cheap results.
PHRASE_CACHE_BYTES = 24 * 1024 * 1024
#: Terms' live documents with their BM25 scores kept per snapshot (the statistics a score
#: depends on are the snapshot's: a repeated word costs a lookup, not a scoring pass).
SCORED_CACHE_BYTES = 96 * 1024 * 1024

_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)
_NO_DOCS = np.zeros(0, np.int64)
_NO_SCORES = np.zeros(0, np.float32)
_NOTHING = Matches(_NO_DOCS, _NO_SCORES)


@dataclass(frozen=True)
class Deadline:
    """When a search must stop (``time.monotonic()`` seconds)."""

    at: float
    seconds: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        return cls(time.monotonic() + seconds, seconds)

    def check(self) -> None:
        if time.monotonic() > self.at:
            raise SearchTimeoutError(self.seconds)

    def remaining(self) -> float:
        """Seconds left (a day at most: ``NO_DEADLINE`` has no end)."""
        return max(0.0, min(self.at - time.monotonic(), 86400.0))


NO_DEADLINE = Deadline(math.inf, math.inf)


class Engine:
    """Evaluates compiled queries for one snapshot of one index (not thread-safe).

    ``languages``: each document's analysis language as an ordinal into ``language_vocab``
    (documents of a language are a query branch's candidates).
    """

    def __init__(
        self,
        searcher: Any,
        live: np.ndarray,
        language: np.ndarray,
        language_vocab: list[str],
    ) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.size = len(live)
        self.live = live
        # Each document's analysis language (its own, or "und"), as an ordinal.
        analysed = [analysis_language(code) for code in language_vocab]
        self.analysis_codes = {code: i for i, code in enumerate(dict.fromkeys(analysed))}
        table = np.asarray([self.analysis_codes[code] for code in analysed], dtype=np.int32)
        self.analysis = table[language] if len(table) else np.zeros(len(live), np.int32)
        counts = np.bincount(self.analysis[live], minlength=len(self.analysis_codes))
        #: Live documents per analysis language: N of a language's fields in BM25.
        self.language_sizes = {code: int(counts[i]) for code, i in self.analysis_codes.items()}
        self.live_count = int(live.sum())
        self.schema = self.reader.schema
        self.leaves = segment_leaves(self.reader)
        self._derived = ByteBoundedCache(DERIVED_CACHE_BYTES)
        self._phrases = ByteBoundedCache(PHRASE_CACHE_BYTES)
        self._scored = ByteBoundedCache(SCORED_CACHE_BYTES)
        self._lengths: dict[str, tuple[np.ndarray, float]] = {}
        self.deadline = NO_DEADLINE
        self._expansion = MAX_EXPANSION

    # ------------------------------------------------------------------- postings
    def postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and weights of ``term`` in ``field`` (live documents only)."""
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for leaf, offset in self.leaves:
            local, tf = segment_postings(leaf, field, term)
            if len(local):
                ids.append(local + offset if offset else local)
                weights.append(tf)
        if not ids:
            return _NO_DOCS, _NO_SCORES
        docs = ids[0] if len(ids) == 1 else np.concatenate(ids)
        tf = weights[0] if len(weights) == 1 else np.concatenate(weights)
        keep = self.live[docs]
        return (docs, tf) if keep.all() else (docs[keep], tf[keep])

    def languages_of(self, field: str, term: str) -> np.ndarray:
        """How many live documents of each analysis language (``analysis_codes`` order) have
        ``term`` in ``field`` (kept for the snapshot, a few bytes per term)."""

        def count() -> np.ndarray:
            docs, _ = self.postings(field, term)
            return np.bincount(self.analysis[docs], minlength=len(self.analysis_codes))

        return self._scored.get_or(("languages", field, term), count)

    def field_lengths(self, field: str) -> tuple[np.ndarray, float]:
        """Each document's length in ``field`` (0 without it) and the average over live
        documents that have it."""
        cached = self._lengths.get(field)
        if cached is None:
            raw = np.zeros(self.size, dtype=np.uint8)
            for leaf, offset in self.leaves:
                found = segment_data(leaf).lengths(leaf, field)
                if found is not None:
                    raw[offset : offset + len(found)] = found
            lengths = _BYTE_TO_LENGTH[raw]
            present = lengths[self.live & (raw > 0)]
            cached = self._lengths[field] = (
                lengths,
                float(present.mean()) if len(present) else 1.0,
            )
        return cached

    # ----------------------------------------------------------------- evaluation
    def evaluate(self, q: wq.Query, deadline: Deadline = NO_DEADLINE) -> Matches:
        """Live documents matching ``q``, scored; ``SearchTimeoutError`` past ``deadline``."""
        self.deadline = deadline
        prefixes = {(p.fieldname, p.text) for p in _prefixes(q)}
        self._expansion = max(1, MAX_EXPANSION_TERMS // max(1, len(prefixes)))
        return self._eval(q, None)

    def _eval(self, q: wq.Query, lang: str | None) -> Matches:
        """``q``'s matches; within a language branch (``lang``) only that language's
        documents: a part that is the same in every branch (a word as typed, a phrase, a
        prefix) is evaluated once per query and split by language."""
        self.deadline.check()
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return Matches.empty()
        if isinstance(q, InLanguage):
            return self._eval(q.query, q.language).scaled(q.boost)
        if isinstance(q, WithBoosts):
            return self._with_boosts(self._eval(q.query, lang), q.boosts, lang)
        if isinstance(q, Rescore):
            return self._rescore(self._eval(q.query, lang), q)
        if isinstance(q, AtLeast):
            return self._at_least(q, lang)
        if isinstance(q, wq.AndNot):
            return subtract(self._eval(q.a, lang), self._eval(q.b, lang))
        if isinstance(q, wq.And):
            parts = sorted((self._eval(sub, lang) for sub in q.subqueries), key=len)
            found = parts[0] if parts else Matches.empty()
            for part in parts[1:]:
                found = intersect(found, part)
            return found
        if isinstance(q, wq.Or):  # only AtLeast counts its parts
            return union([self._eval(sub, lang) for sub in q.subqueries], self.size, counted=False)
        field = getattr(q, "fieldname", None)
        if lang is not None:
            language = field_language(field) if field else None
            if language is not None:  # a language's own field: only its documents have it
                return self._leaf(q) if language == lang else Matches.empty()
            return self._in_language(lang, q)
        return self._leaf(q)

    def _leaf(self, q: wq.Query) -> Matches:
        if isinstance(q, wq.Every):
            docs = np.flatnonzero(self.live)
            return Matches(docs, np.zeros(len(docs), np.float32))
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        if isinstance(q, SynonymSet):
            return self._synonym_set(q)
        if isinstance(q, wq.Prefix):
            return self._prefix(q)
        raise TypeError(f"presslens cannot evaluate {type(q).__name__} queries")

    def _in_language(self, language: str, q: wq.Query) -> Matches:
        """The documents of ``language`` among ``q``'s, ``q`` evaluated once per query."""
        code = self.analysis_codes.get(language)
        if code is None:
            return Matches.empty()
        budget = self._expansion if isinstance(q, wq.Prefix) else 0  # expansions vary
        key = ("by language", q, budget)
        split = self._derived.get_or(key, lambda: self._split(self._leaf(q)))
        for part_code, docs, scores in split:
            if part_code == code:
                return Matches(docs, scores)
        return _NOTHING

    def _split(self, found: Matches) -> tuple[tuple[int, np.ndarray, np.ndarray], ...]:
        """``found`` cut by analysis language: ``(language code, docs, scores)`` per
        language present, each part in document order (kept for the snapshot)."""
        if not len(found):
            return ()
        codes = self.analysis[found.docs]
        order = np.argsort(codes, kind="stable")
        ordered = codes[order]
        parts = []
        for code in np.unique(ordered).tolist():
            low = int(np.searchsorted(ordered, code, "left"))
            high = int(np.searchsorted(ordered, code, "right"))
            chosen = order[low:high]
            parts.append((code, found.docs[chosen], found.scores[chosen]))
        return tuple(parts)

    def _with_boosts(self, found: Matches, boosts: list[wq.Query], lang: str | None) -> Matches:
        if not len(found):
            return found
        scores = found.scores.copy()
        for boost in boosts:
            extra = self._eval(boost, lang)
            if not len(extra):
                continue
            where = np.searchsorted(extra.docs, found.docs)
            where[where >= len(extra.docs)] = 0
            hit = extra.docs[where] == found.docs
            scores[hit] += extra.scores[where[hit]]
        return Matches(found.docs, scores, found.counts)

    def _rescore(self, found: Matches, q: Rescore) -> Matches:
        """``found`` with its best ``q.window`` documents also scored by ``q.terms``."""
        if not len(found) or not q.terms:
            return found
        if len(found) > q.window:
            best = np.argpartition(-found.scores, q.window - 1)[: q.window]
        else:
            best = np.arange(len(found))
        docs = found.docs[best]
        extra = np.zeros(len(best), np.float32)
        for term in q.terms:
            scored = self.scored(term.fieldname, term.text)
            if not len(scored):
                continue
            where = np.searchsorted(scored.docs, docs)
            where[where >= len(scored.docs)] = 0
            hit = scored.docs[where] == docs
            extra[hit] += scored.scores[where[hit]] * term.boost
        scores = found.scores.copy()
        scores[best] += extra
        return Matches(found.docs, scores, found.counts)

    def _at_least(self, q: AtLeast, lang: str | None) -> Matches:
        parts = [self._eval(sub, lang) for sub in q.subqueries]
        merged = union(parts, self.size)
        if not len(merged):
            return merged
        if merged.counts is None:
            merged = Matches(merged.docs, merged.scores, np.ones(len(merged), np.int32))
        found = merged.only(merged.counts >= q.minimum)
        if q.coord and len(q.subqueries) > 1:
            share = found.counts.astype(np.float32) / len(q.subqueries)
            found = Matches(found.docs, found.scores * share**q.coord, found.counts)
        return found

    def _term(self, field: str, text: str, boost: float = 1.0) -> Matches:
        return self.scored(field, text).scaled(boost)

    def scored(self, field: str, text: str) -> Matches:
        """A term's live documents with their BM25 scores (kept for the snapshot)."""

        def score() -> Matches:
            docs, tf = self.postings(field, text)
            if not len(docs):
                return _NOTHING
            return Matches(docs, self.bm25(field, docs, tf))

        return self._scored.get_or((field, text), score)

    def bm25(self, field: str, docs: np.ndarray, tf: np.ndarray) -> np.ndarray:
        """BM25 of one posting list (field boosts are in the weights already: Whoosh
        multiplies them in at indexing). The idf is Lucene's, over the documents that
        could have the term: a language's fields count that language's documents."""
        if field not in self.schema or not self.schema[field].scorable:
            return np.ones(len(docs), np.float32)
        lengths, average = self.field_lengths(field)
        n = self.language_sizes.get(field_language(field), self.live_count)
        df = len(docs)
        idf = math.log(1.0 + (n - df + 0.5) / (df + 0.5))
        norm = K1 * ((1 - B) + B * lengths[docs] / average)
        return (idf * (tf * (K1 + 1)) / (tf + norm)).astype(np.float32)

    def _synonym_set(self, q: SynonymSet) -> Matches:
        docs: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for alternative in q.alternatives:
            if len(alternative) == 1:
                found, tf = self.postings(q.fieldname, alternative[0])
            else:
                found = self._phrase(wq.Phrase(q.fieldname, list(alternative))).docs
                tf = np.ones(len(found), np.float32)
            docs.append(found)
            weights.append(tf)
        if not docs or not sum(len(d) for d in docs):
            return Matches.empty()
        merged = union([Matches(d, w) for d, w in zip(docs, weights, strict=True)], self.size)
        return Matches(merged.docs, self.bm25(q.fieldname, merged.docs, merged.scores) * q.boost)

    def _phrase(self, q: wq.Phrase) -> Matches:
        def find() -> Matches:
            words = list(q.words)
            lists = [self.postings(q.fieldname, w) for w in words]
            candidates = common_documents([docs for docs, _ in lists])
            if not len(candidates):
                return Matches.empty()
            docs = phrase_documents(self.leaves, q.fieldname, words, candidates)
            scores = np.zeros(len(docs), np.float32)
            for wdocs, tf in lists:
                where = np.searchsorted(wdocs, docs)
                scores += self.bm25(q.fieldname, docs, tf[where])
            return Matches(docs, scores)

        found = self._phrases.get_or((q.fieldname, tuple(q.words)), find)
        return found.scaled(q.boost)

    def expansions(self, field: str, prefix: str, count: int) -> list[tuple[int, str]]:
        """``(document frequency, term)`` of the ``count`` most frequent terms of ``field``
        starting with ``prefix``: from the segments' vocabularies when they are loaded (the
        unstemmed field's are, in the background, at each new segment), else from Whoosh's
        term index."""
        wait = min(self.deadline.remaining(), VOCABULARY_WAIT)
        lists = []
        for leaf, _ in self.leaves:
            found = segment_data(leaf).vocabulary(field, timeout=wait)
            if found is not None:
                lists.append(found.most_frequent(prefix, count))
            else:  # not kept, or still being read: this segment's term index
                lists.append(prefix_terms(leaf, field, prefix, limit=1 << 30))
        return summed_most_frequent(lists, count)

    def _prefix(self, q: wq.Prefix) -> Matches:
        """The most frequent terms starting with the prefix: a query's prefixes share
        ``MAX_EXPANSION_TERMS`` (each at most ``MAX_EXPANSION``)."""
        budget = min(MAX_EXPANSION, self._expansion)

        def expand() -> Matches:
            terms = self.expansions(q.fieldname, q.text, budget)
            return union([self._term(q.fieldname, word) for _, word in terms], self.size)

        found = self._derived.get_or(("prefix", q.fieldname, q.text, budget), expand)
        return found.scaled(q.boost)


def _prefixes(q: wq.Query) -> list[wq.Prefix]:
    if isinstance(q, wq.Prefix):
        return [q]
    if isinstance(q, InLanguage):
        return _prefixes(q.query)
    if isinstance(q, WithBoosts):
        return _prefixes(q.query) + [p for b in q.boosts for p in _prefixes(b)]
    if isinstance(q, Rescore):
        return _prefixes(q.query)
    if isinstance(q, SynonymSet):
        return []
    if isinstance(q, wq.AndNot):
        return _prefixes(q.a) + _prefixes(q.b)
    if isinstance(q, wq.CompoundQuery):
        return [p for sub in q.subqueries for p in _prefixes(sub)]
    return []


def prefix_terms(reader: Any, field: str, prefix: str, limit: int) -> list[tuple[int, str]]:
    """``(document frequency, term)`` for up to ``limit`` terms of ``field`` that start with
    ``prefix`` (per segment, frequencies summed), read in one pass over each segment's term
    index: no second lookup per term."""
    found: dict[str, int] = {}
    for leaf, _ in segment_leaves(reader):
        if field not in leaf.schema:
            continue
        for count, (term, info) in enumerate(leaf.iter_prefix(field, prefix)):
            if count >= limit:
                break
            word = term.decode("utf-8") if isinstance(term, bytes) else term
            found[word] = found.get(word, 0) + info.doc_frequency()
    return [(df, word) for word, df in found.items()]


__all__ = [
    "MAX_EXPANSION",
    "MAX_EXPANSION_TERMS",
    "VOCABULARY_FIELD",
    "VOCABULARY_WAIT",
    "NO_DEADLINE",
    "Deadline",
    "Engine",
    "prefix_terms",
]
