"""Matching documents as sorted arrays with a score each, and the set operations on them.

The engine's currency: a term's posting list, a phrase's documents, a whole query's answer
are all ``Matches``: document numbers ascending and unique, with aligned scores. Union,
intersection and difference cost what the arrays hold, never the size of the collection
(a union of huge lists counts densely instead of sorting).

>>> m = Matches(np.array([1, 4, 7]), np.array([0.5, 1.0, 2.0], np.float32))
>>> union([m, Matches(np.array([4, 9]), np.array([1.0, 1.0], np.float32))]).docs.tolist()
[1, 4, 7, 9]
>>> intersect(m, Matches(np.array([4, 9]), np.array([1.0, 1.0], np.float32))).scores.tolist()
[2.0]
"""

from __future__ import annotations

import numpy as np

#: Above this share of the collection, a union counts densely (cheaper than sorting).
DENSE_SHARE = 0.25
#: A union whose shorter lists hold at most 1/SMALL_SHARE of the longest's documents
#: inserts them into it (one pass) instead of merging everything.
SMALL_SHARE = 8

_NO_DOCS = np.zeros(0, np.int64)
_NO_SCORES = np.zeros(0, np.float32)


class Matches:
    """Matching documents (ascending, unique) and their scores, aligned."""

    __slots__ = ("docs", "scores", "counts")

    def __init__(
        self, docs: np.ndarray, scores: np.ndarray, counts: np.ndarray | None = None
    ) -> None:
        self.docs = docs
        self.scores = scores
        #: How many parts of an OR matched each document (``None``: not counted).
        self.counts = counts

    def __len__(self) -> int:
        return len(self.docs)

    @classmethod
    def empty(cls) -> Matches:
        return cls(_NO_DOCS, _NO_SCORES)

    def only(self, keep: np.ndarray) -> Matches:
        return Matches(
            self.docs[keep], self.scores[keep], None if self.counts is None else self.counts[keep]
        )

    def scaled(self, factor: float) -> Matches:
        return self if factor == 1.0 else Matches(self.docs, self.scores * factor, self.counts)


def union(parts: list[Matches], size: int = 0, *, counted: bool = True) -> Matches:
    """Documents in any part; scores added; ``counts``: how many parts matched each
    (``None`` when one part alone matched: one each, or when not ``counted``: a dense
    union of huge parts then only marks which documents any part had)."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return Matches.empty()
    if len(parts) == 1:
        return Matches(parts[0].docs, parts[0].scores)  # its own parts' counts do not count
    parts.sort(key=len)
    big, rest = parts[-1], parts[:-1]
    if sum(len(p) for p in rest) * SMALL_SHARE <= len(big):
        return _insert(big, union(rest, size))
    if size and sum(len(p) for p in parts) > DENSE_SHARE * size:
        return _dense_union(parts, size, counted)
    docs = np.concatenate([p.docs for p in parts])
    scores = np.concatenate([p.scores for p in parts])
    order = np.argsort(docs, kind="stable")
    docs = docs[order]
    starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
    return Matches(
        docs[starts],
        np.add.reduceat(scores[order], starts).astype(np.float32),
        np.diff(np.r_[starts, len(docs)]).astype(np.int32),
    )


def _dense_union(parts: list[Matches], size: int, counted: bool) -> Matches:
    """The union of parts that cover much of the collection: each part's scores (and a
    count, or a mark) added in place into arrays as long as the collection (no
    concatenation, no sort), then the documents any part had."""
    scores = np.zeros(size, np.float32)
    counts = np.zeros(size, np.int32 if counted else bool)
    for part in parts:  # a part's documents are unique: in-place adds are exact
        scores[part.docs] += part.scores
        if counted:
            counts[part.docs] += 1
        else:
            counts[part.docs] = True
    found = np.flatnonzero(counts)
    return Matches(found, scores[found], counts[found] if counted else None)


def _insert(big: Matches, small: Matches) -> Matches:
    """The union of one long part and the union of short ones (``small``, whose counts
    are how many of them matched), in one pass over the long part."""
    where = np.searchsorted(big.docs, small.docs)
    found = where < len(big.docs)
    found[found] = big.docs[where[found]] == small.docs[found]
    scores = big.scores.copy()
    scores[where[found]] += small.scores[found]
    counts = np.ones(len(big), np.int32)
    small_counts = np.ones(len(small), np.int32) if small.counts is None else small.counts
    counts[where[found]] += small_counts[found]
    new = ~found
    return Matches(
        np.insert(big.docs, where[new], small.docs[new]),
        np.insert(scores, where[new], small.scores[new]),
        np.insert(counts, where[new], small_counts[new]),
    )


def intersect(a: Matches, b: Matches) -> Matches:
    """Documents in both; scores added."""
    if not len(a) or not len(b):
        return Matches.empty()
    if len(a) > len(b):
        a, b = b, a
    where = np.searchsorted(b.docs, a.docs)
    where[where >= len(b.docs)] = 0
    hit = b.docs[where] == a.docs
    return Matches(a.docs[hit], a.scores[hit] + b.scores[where[hit]])


def subtract(a: Matches, b: Matches) -> Matches:
    """Documents of ``a`` not in ``b``; ``a``'s scores."""
    if not len(a) or not len(b):
        return a
    where = np.searchsorted(b.docs, a.docs)
    where[where >= len(b.docs)] = 0
    return a.only(b.docs[where] != a.docs)


__all__ = ["DENSE_SHARE", "SMALL_SHARE", "Matches", "intersect", "subtract", "union"]
