"""What presslens keeps in memory per Whoosh segment, shared by every snapshot that has it.

A segment never changes once written (only its deletions do), so its per-document values
(facet columns, field lengths) are read once, when a segment first appears, and a new
snapshot after a change reads only the new segments: reopening after ``presslens add`` costs
the added articles, not the archive. Posting lists read for queries are cached by segment
too, in one least-recently-used cache bounded in bytes per process.

>>> cache = ByteBoundedCache(max_bytes=1000)
>>> _ = [cache.get_or(i, lambda: np.zeros(100, np.uint8)) for i in range(50)]
>>> cache.bytes <= 1000, len(cache)
(True, 10)
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from sys import intern
from typing import Any

import numpy as np
from whoosh.reading import SegmentReader

from search.schema import MULTI_SEP
from search.whoosh_internals import (
    fixed_column_array,
    length_bytes,
    segment_id,
    term_postings,
    var_bytes_column,
)

#: Bytes of decoded posting lists kept per process (the most recently used ones).
POSTING_CACHE_BYTES = 128 * 1024 * 1024


def _nbytes(value: Any) -> int:
    if isinstance(value, np.ndarray):
        return value.nbytes
    if isinstance(value, tuple | list):
        return sum(_nbytes(v) for v in value) + 64
    return 64


class ByteBoundedCache:
    """Least-recently-used values, evicted when their arrays pass ``max_bytes`` in all."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.bytes = 0
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._items

    def get_or(self, key: Hashable, make: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = make()
        with self._lock:
            if key not in self._items:
                self._items[key] = value
                self.bytes += _nbytes(value)
                while len(self._items) > 1 and self.bytes > self.max_bytes:
                    _, old = self._items.popitem(last=False)
                    self.bytes -= _nbytes(old)
        return value


#: Posting lists of every segment of this process, by (segment, field, term).
POSTINGS = ByteBoundedCache(POSTING_CACHE_BYTES)


def segment_postings(reader: Any, field: str, term: str) -> tuple[np.ndarray, np.ndarray]:
    """Segment-local document numbers (deleted ones included) and weights of a term, from
    the per-process cache (which remembers absent terms too)."""

    def read() -> tuple[np.ndarray, np.ndarray]:
        return term_postings(reader, field, term) if (field, term) in reader else _EMPTY

    return POSTINGS.get_or((segment_id(reader), field, term), read)


def deleted_docs(reader: Any) -> np.ndarray:
    """Segment-local numbers of a segment's deleted documents (deletions change: not cached)."""
    return np.fromiter(reader.segment().deleted_docs(), dtype=np.int64)


class SegmentData:
    """One segment's per-document values, read once from whichever reader asks first."""

    def __init__(self, segid: str, size: int) -> None:
        self.id = segid
        self.size = size
        self._lengths: dict[str, np.ndarray | None] = {}
        self._facets: SegmentFacets | None = None
        self._vocabularies: dict[str, Vocabulary] = {}
        self._loading: set[str] = set()
        self._lock = threading.Lock()
        self._loaded = threading.Condition(self._lock)

    def lengths(self, reader: Any, field: str) -> np.ndarray | None:
        """Each document's length byte in ``field`` (``None`` if no document has it)."""
        with self._lock:
            if field not in self._lengths:
                self._lengths[field] = length_bytes(reader, field)
            return self._lengths[field]

    def reserve_vocabulary(self, field: str) -> bool:
        """Claim the loading of ``field``'s terms (``False``: loaded or being loaded): from
        now on searches wait for them (briefly) instead of going without."""
        with self._lock:
            if field in self._vocabularies or field in self._loading:
                return False
            self._loading.add(field)
            return True

    def release_vocabulary(self, field: str) -> None:
        """Give up a claimed load (the reader went away): searches stop waiting for it."""
        with self._lock:
            self._loading.discard(field)
            self._loaded.notify_all()

    def load_vocabulary(self, reader: Any, field: str) -> None:
        """Read the segment's terms of ``field``, claimed with ``reserve_vocabulary``
        (``reader`` must not be in use by another thread: the snapshot loads them with a
        reader of its own)."""
        try:
            vocabulary = Vocabulary(  # interned: segments share most of their words
                (intern(t.decode("utf-8") if isinstance(t, bytes) else t), info.doc_frequency())
                for t, info in reader.iter_prefix(field, "")
            )
        except BaseException:
            with self._lock:
                self._loading.discard(field)
                self._loaded.notify_all()
            raise
        with self._lock:
            self._loading.discard(field)
            self._vocabularies[field] = vocabulary
            self._loaded.notify_all()

    def vocabulary(self, field: str, timeout: float) -> Vocabulary | None:
        """The segment's terms of ``field`` (see :class:`Vocabulary`); while they are being
        loaded, wait at most ``timeout`` seconds; ``None`` if they are not there."""
        with self._lock:
            if field not in self._vocabularies and field in self._loading and timeout > 0:
                self._loaded.wait_for(
                    lambda: field in self._vocabularies or field not in self._loading,
                    timeout=timeout,
                )
            return self._vocabularies.get(field)

    def facets(self, reader: Any) -> SegmentFacets:
        """The article facet columns (articles index only)."""
        with self._lock:
            if self._facets is None:
                self._facets = SegmentFacets(
                    outlets=_texts(reader, "outlet_col"),
                    languages=_texts(reader, "language_col"),
                    published=_numbers(reader, "published_col", self.size),
                    speakers=[
                        v.split(MULTI_SEP) if v else [] for v in _texts(reader, "speakers_col")
                    ],
                )
            return self._facets


def _numbers(reader: Any, column: str, size: int) -> np.ndarray:
    if not reader.has_column(column):
        return np.full(size, -1, np.int32)
    return fixed_column_array(reader.column_reader(column, translate=False), size, np.dtype("i4"))


def _texts(reader: Any, column: str) -> list[str]:
    return [v.decode("utf-8") for v in var_bytes_column(reader, column)]


class Vocabulary:
    """A segment's terms of one field in order, with their document frequencies: what a
    typo may stand for (the terms sharing its first letter) and what a prefix expands to
    (the most frequent terms that start with it), read without going back to Whoosh.

    >>> v = Vocabulary([("nato", 9), ("natural", 3), ("nation", 5), ("veto", 2)])
    >>> v.counts_starting_with("n")[0], v.most_frequent("nat", 2)
    (['nation', 'nato', 'natural'], [(9, 'nato'), (5, 'nation')])
    >>> v.first_starting_with("nat", 2)
    ['nation', 'nato']
    """

    def __init__(self, terms: Iterable[tuple[str, int]]) -> None:
        pairs = sorted((t, f) for t, f in terms if t)
        self.terms: list[str] = [t for t, _ in pairs]
        self.frequencies = np.fromiter((f for _, f in pairs), np.int64, len(pairs))

    def _range(self, prefix: str) -> tuple[int, int]:
        low = bisect.bisect_left(self.terms, prefix)
        high = bisect.bisect_left(self.terms, prefix + "\U0010ffff", low)
        return low, high

    def first_starting_with(self, prefix: str, count: int) -> list[str]:
        """The first ``count`` terms starting with ``prefix``, alphabetically."""
        low, high = self._range(prefix)
        return self.terms[low : min(high, low + count)]

    def counts_starting_with(self, char: str) -> tuple[list[str], np.ndarray]:
        """The terms whose first character is ``char`` and their document frequencies
        (none for a digit: numbers are never typos)."""
        low, high = (0, 0) if char.isdigit() else self._range(char)
        return self.terms[low:high], self.frequencies[low:high]

    def most_frequent(self, prefix: str, count: int) -> list[tuple[int, str]]:
        """``(document frequency, term)`` of the ``count`` most frequent terms starting with
        ``prefix``, most frequent first (ties: alphabetical)."""
        low, high = self._range(prefix)
        if high - low > count:
            chosen = low + np.argpartition(-self.frequencies[low:high], count - 1)[:count]
        else:
            chosen = np.arange(low, high)
        found = [(int(self.frequencies[i]), self.terms[i]) for i in chosen.tolist()]
        return sorted(found, key=lambda item: (-item[0], item[1]))


def summed_most_frequent(lists: list[list[tuple[int, str]]], count: int) -> list[tuple[int, str]]:
    """``(frequency, term)`` of the ``count`` terms most frequent over all segments' lists
    (frequencies summed), most frequent first (ties: alphabetical).

    >>> summed_most_frequent([[(3, "nato"), (1, "natal")], [(2, "nation"), (1, "nato")]], 2)
    [(4, 'nato'), (2, 'nation')]
    """
    found: dict[str, int] = {}
    for terms in lists:
        for frequency, term in terms:
            found[term] = found.get(term, 0) + frequency
    return sorted(((f, t) for t, f in found.items()), key=lambda i: (-i[0], i[1]))[:count]


class SegmentFacets:
    """A segment's facet values as segment-local ordinals and vocabularies."""

    def __init__(
        self,
        outlets: list[str],
        languages: list[str],
        published: np.ndarray,
        speakers: list[list[str]],
    ) -> None:
        self.outlet, self.outlet_vocab = ordinals(outlets)
        self.language, self.language_vocab = ordinals(languages)
        self.published = published
        counts = np.fromiter((len(s) for s in speakers), np.int64, len(speakers))
        self.speaker_indptr = np.zeros(len(speakers) + 1, np.int64)
        np.cumsum(counts, out=self.speaker_indptr[1:])
        self.speaker_values, self.speaker_vocab = ordinals([n for names in speakers for n in names])


def ordinals(values: list[str]) -> tuple[np.ndarray, list[str]]:
    """Each value's position in the vocabulary of distinct values (first seen first)."""
    vocab: dict[str, int] = {}
    ords = np.fromiter((vocab.setdefault(v, len(vocab)) for v in values), np.int32, len(values))
    return ords, list(vocab)


_EMPTY = (np.zeros(0, np.int64), np.zeros(0, np.float32))
_SEGMENTS: weakref.WeakValueDictionary[tuple[str, int], SegmentData] = weakref.WeakValueDictionary()
_SEGMENTS_LOCK = threading.Lock()


def segment_data(reader: Any) -> SegmentData:
    """The shared data of the segment ``reader`` reads (segments never change once written;
    it lives as long as a snapshot holds it)."""
    key = (segment_id(reader), reader.doc_count_all())
    with _SEGMENTS_LOCK:
        found = _SEGMENTS.get(key)
        if found is None:
            found = _SEGMENTS[key] = SegmentData(*key)
        return found


def segment_leaves(reader: Any) -> list[tuple[SegmentReader, int]]:
    """``(segment reader, first document number)`` of each segment (none for an empty index)."""
    return [
        (leaf, int(offset))
        for leaf, offset in reader.leaf_readers()
        if isinstance(leaf, SegmentReader)
    ]


def live_mask(reader: Any) -> np.ndarray:
    """Which document numbers of ``reader`` are live (not deleted), one bool each."""
    live = np.ones(reader.doc_count_all(), dtype=bool)
    for leaf, offset in segment_leaves(reader):
        if leaf.has_deletions():
            live[deleted_docs(leaf) + offset] = False
    return live


__all__ = [
    "POSTINGS",
    "POSTING_CACHE_BYTES",
    "ByteBoundedCache",
    "SegmentData",
    "SegmentFacets",
    "Vocabulary",
    "deleted_docs",
    "ordinals",
    "live_mask",
    "segment_data",
    "segment_leaves",
    "segment_postings",
    "summed_most_frequent",
]
