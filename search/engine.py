"""A numpy evaluator for compiled queries: Whoosh stores the postings, numpy does the rest.

Whoosh matches and scores one posting at a time in Python, which is what makes common words
slow (WHOOSH-NOTES: "said" ~50 ms at 26k articles). This module reads each posting list
block by block straight from Whoosh's codec into numpy arrays (cached per index snapshot),
and evaluates the boolean query over dense per-document arrays:

- a term is a scatter of its postings into a score vector (BM25F, as Whoosh scores it);
- OR adds scores, AND keeps documents every part matched, AND NOT removes documents;
- phrases ask Whoosh for the matching documents (positions), prefixes expand the lexicon.

The result is a boolean mask and a score per document number of the snapshot, from which
``SearchIndex`` takes totals, facet counts and the top hits in a few vectorised steps.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.util.numeric import byte_to_length

from search.whoosh_internals import length_bytes, posting_blocks

B = 0.75
K1 = 1.2
#: Bytes of decoded posting lists kept per snapshot (the most recently used ones).
POSTING_CACHE_BYTES = 64 * 1024 * 1024
#: Phrase and prefix results kept per snapshot.
DERIVED_CACHE = 1024
#: A prefix expands to at most this many terms (the most frequent are kept).
MAX_EXPANSION = 512

_BYTE_TO_LENGTH = np.array([byte_to_length(b) for b in range(256)], dtype=np.float32)


def _nbytes(value: Any) -> int:
    if isinstance(value, np.ndarray):
        return value.nbytes
    if isinstance(value, tuple):
        return sum(_nbytes(v) for v in value)
    return 64


class _LRU(OrderedDict):
    """Least-recently-used cache bounded by entry count and by the bytes of its arrays."""

    def __init__(self, size: int, max_bytes: int = 1 << 62) -> None:
        super().__init__()
        self.size = size
        self.max_bytes = max_bytes
        self.bytes = 0

    def get_or(self, key: Any, make: Any) -> Any:
        try:
            self.move_to_end(key)
            return self[key]
        except KeyError:
            value = make()
            self[key] = value
            self.bytes += _nbytes(value)
            while len(self) > 1 and (len(self) > self.size or self.bytes > self.max_bytes):
                _, old = self.popitem(last=False)
                self.bytes -= _nbytes(old)
            return value


class Match:
    """Matching documents (boolean mask) and their scores, over all document numbers."""

    __slots__ = ("mask", "scores")

    def __init__(self, mask: np.ndarray, scores: np.ndarray) -> None:
        self.mask = mask
        self.scores = scores


class Engine:
    """Evaluates ``whoosh.query`` trees for one reader snapshot (not thread-safe)."""

    def __init__(self, searcher: Any, live: np.ndarray) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.size = len(live)
        self.live = live
        self.schema = self.reader.schema
        self.leaves = [(r, int(offset)) for r, offset in self.reader.leaf_readers()]
        self._postings: _LRU = _LRU(1 << 20, POSTING_CACHE_BYTES)
        self._derived: _LRU = _LRU(DERIVED_CACHE, POSTING_CACHE_BYTES // 2)
        self._lengths: dict[str, tuple[np.ndarray, float]] = {}
        self._column_masks: dict[tuple[str, str], np.ndarray] = {}

    # ------------------------------------------------------------------- postings
    def postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and term frequencies of ``term`` in ``field`` (live docs only)."""
        return self._postings.get_or((field, term), lambda: self._read_postings(field, term))

    def _read_postings(self, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
        ids: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        for reader, offset in self.leaves:
            if (field, term) not in reader:
                continue
            for block_ids, block_weights in posting_blocks(reader.postings(field, term)):
                ids.append(block_ids + offset)
                weights.append(block_weights)
        if not ids:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        docs = np.concatenate(ids)
        tf = np.concatenate(weights)
        keep = self.live[docs]
        return docs[keep], tf[keep]

    def _field_lengths(self, field: str) -> tuple[np.ndarray, float]:
        cached = self._lengths.get(field)
        if cached is None:
            lengths = np.zeros(self.size, dtype=np.float32)
            for reader, offset in self.leaves:
                raw = length_bytes(reader, field)
                if raw is not None:
                    lengths[offset : offset + len(raw)] = _BYTE_TO_LENGTH[raw]
            present = lengths[self.live & (lengths > 0)]
            average = float(present.mean()) if len(present) else 1.0
            cached = self._lengths[field] = (lengths, average)
        return cached

    # ------------------------------------------------------------------ evaluation
    def evaluate(self, q: wq.Query) -> Match:
        """Mask and scores of every live document matching ``q``."""
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return self._empty()
        if isinstance(q, wq.Every):
            return Match(self.live.copy(), np.zeros(self.size, np.float32))
        if isinstance(q, wq.Term):
            return self._term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.AndNot):
            a, b = self.evaluate(q.a), self.evaluate(q.b)
            a.mask &= ~b.mask
            a.scores[~a.mask] = 0
            return a
        if isinstance(q, wq.And | wq.Or):
            parts = [self.evaluate(sub) for sub in q.subqueries]
            return self._combine(parts, every=isinstance(q, wq.And))
        if isinstance(q, wq.Phrase):
            return self._phrase(q)
        if isinstance(q, wq.Prefix):
            return self._prefix(q)
        # Anything else: let Whoosh find the documents, score them flat.
        docs = np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64)
        return self._flat(docs, 1.0)

    def _combine(self, parts: list[Match], every: bool) -> Match:
        """AND (``every``: all parts match) or OR of parts; the scores of the parts add up."""
        if not parts:
            return self._empty()
        mask = parts[0].mask.copy()
        scores = parts[0].scores.copy()
        for part in parts[1:]:
            if every:
                mask &= part.mask
            else:
                mask |= part.mask
            scores += part.scores
        scores[~mask] = 0
        return Match(mask, scores)

    def _empty(self) -> Match:
        return Match(np.zeros(self.size, bool), np.zeros(self.size, np.float32))

    def _flat(self, docs: np.ndarray, score: float) -> Match:
        mask = np.zeros(self.size, bool)
        mask[docs] = True
        mask &= self.live
        return Match(mask, mask.astype(np.float32) * score)

    def _term(self, field: str, text: str, boost: float = 1.0) -> Match:
        docs, tf = self.postings(field, text)
        mask = np.zeros(self.size, bool)
        scores = np.zeros(self.size, np.float32)
        if len(docs):
            mask[docs] = True
            scores[docs] = self._bm25(field, docs, tf) * boost
        return Match(mask, scores)

    def _bm25(self, field: str, docs: np.ndarray, tf: np.ndarray) -> np.ndarray:
        if field not in self.schema or not self.schema[field].scorable:
            return np.ones(len(docs), np.float32)
        lengths, average = self._field_lengths(field)
        idf = math.log(self.size / (len(docs) + 1)) + 1.0
        norm = K1 * ((1 - B) + B * lengths[docs] / average)
        # Field boosts are already in the weights: Whoosh multiplies them in at indexing.
        return (idf * (tf * (K1 + 1)) / (tf + norm)).astype(np.float32)

    def _phrase(self, q: wq.Phrase) -> Match:
        def find() -> tuple[np.ndarray, np.ndarray]:
            docs = np.fromiter(self.searcher.docs_for_query(q), dtype=np.int64)
            docs.sort()
            scores = np.zeros(len(docs), np.float32)
            for word in q.words:
                wdocs, tf = self.postings(q.fieldname, word)
                idx = np.searchsorted(wdocs, docs)
                idx[idx >= len(wdocs)] = 0
                hit = wdocs[idx] == docs if len(wdocs) else np.zeros(len(docs), bool)
                part = np.zeros(len(docs), np.float32)
                if hit.any():
                    part[hit] = self._bm25(q.fieldname, docs[hit], tf[idx[hit]])
                scores += part
            return docs, scores

        docs, part_scores = self._derived.get_or(("phrase", q.fieldname, tuple(q.words)), find)
        mask = np.zeros(self.size, bool)
        scores = np.zeros(self.size, np.float32)
        mask[docs] = True
        scores[docs] = part_scores * q.boost
        return Match(mask, scores)

    def _prefix(self, q: wq.Prefix) -> Match:
        def expand() -> tuple[np.ndarray, np.ndarray]:
            terms = prefix_terms(self.reader, q.fieldname, q.text, limit=1 << 30)
            terms.sort(reverse=True)
            scores = np.zeros(self.size, np.float32)
            mask = np.zeros(self.size, bool)
            for _, word in terms[:MAX_EXPANSION]:
                docs, tf = self.postings(q.fieldname, word)
                if len(docs):
                    mask[docs] = True
                    scores[docs] += self._bm25(q.fieldname, docs, tf)
            docs = np.flatnonzero(mask)
            return docs, scores[docs]

        docs, part_scores = self._derived.get_or(("prefix", q.fieldname, q.text), expand)
        mask = np.zeros(self.size, bool)
        scores = np.zeros(self.size, np.float32)
        mask[docs] = True
        scores[docs] = part_scores * q.boost
        return Match(mask, scores)


def prefix_terms(reader: Any, field: str, prefix: str, limit: int) -> list[tuple[int, str]]:
    """``(document frequency, term)`` for up to ``limit`` terms of ``field`` that start with
    ``prefix`` (per segment, frequencies summed), read in one pass over each segment's term
    index: no second lookup per term."""
    found: dict[str, int] = {}
    for leaf, _ in reader.leaf_readers():
        if field not in leaf.schema:
            continue
        for count, (term, info) in enumerate(leaf.iter_prefix(field, prefix)):
            if count >= limit:
                break
            word = term.decode("utf-8") if isinstance(term, bytes) else term
            found[word] = found.get(word, 0) + info.doc_frequency()
    return [(df, word) for word, df in found.items()]
