"""Phrase matching over positions read straight from the posting blocks.

A phrase's candidates are the documents holding all its words (an intersection of posting
lists); :func:`phrase_documents` keeps those where the words stand next to each other, in
order. Positions are read only from the blocks that hold a candidate and decoded together
with numpy (``search.whoosh_internals.term_positions``), the rarest word first; after each
word only the documents still in the running are read for the next, so the cost follows the
candidates, never a common word's whole posting list, and never a Python loop per document.

>>> import tempfile
>>> from whoosh import fields, index
>>> folder = tempfile.mkdtemp()
>>> ix = index.create_in(folder, fields.Schema(text=fields.TEXT(phrase=True)))
>>> writer = ix.writer()
>>> for text in ("prime minister said", "the minister, prime", "a prime minister"):
...     writer.add_document(text=text)
>>> writer.commit()
>>> with ix.searcher() as searcher:
...     leaves = [(searcher.reader(), 0)]
...     phrase_documents(leaves, "text", ["prime", "minister"], np.array([0, 1, 2])).tolist()
[0, 2]
"""

from __future__ import annotations

from typing import Any

import numpy as np

from search.whoosh_internals import term_positions

#: Positions of one document share a key range this wide: ``document * STRIDE + position``.
STRIDE = 1 << 32
_NO_DOCS = np.zeros(0, np.int64)


def common_documents(lists: list[np.ndarray]) -> np.ndarray:
    """The documents in every list (each ascending, unique), shortest list first, each
    step a binary search of the survivors in the next: cost follows the shortest list.

    >>> lists = [np.array([1, 3, 5, 9]), np.array([3, 9]), np.array([0, 3, 4, 9])]
    >>> common_documents(lists).tolist()
    [3, 9]
    """
    if not lists:
        return _NO_DOCS
    ordered = sorted(lists, key=len)
    found = ordered[0]
    for docs in ordered[1:]:
        if not len(found) or not len(docs):
            return _NO_DOCS
        where = np.searchsorted(docs, found)
        where[where >= len(docs)] = 0
        found = found[docs[where] == found]
    return found


def phrase_documents(
    leaves: list[tuple[Any, int]], field: str, words: list[str], candidates: np.ndarray
) -> np.ndarray:
    """The ``candidates`` (ascending global document numbers, each holding every word) in
    which ``words`` stand in this order, one after the other. ``leaves``: each segment's
    reader and the number of its first document."""
    found: list[np.ndarray] = []
    for leaf, offset in leaves:
        low = int(np.searchsorted(candidates, offset))
        high = int(np.searchsorted(candidates, offset + leaf.doc_count_all()))
        if high > low:
            local = candidates[low:high] - offset
            found.append(_in_segment(leaf, field, words, local) + offset)
    return np.concatenate(found) if found else _NO_DOCS


def _in_segment(leaf: Any, field: str, words: list[str], docs: np.ndarray) -> np.ndarray:
    """The segment-local ``docs`` holding the phrase."""
    order = sorted(range(len(words)), key=lambda i: leaf.doc_frequency(field, words[i]))
    starts: np.ndarray | None = None  # document index * STRIDE + where the phrase would start
    for i in order:
        owners, positions = term_positions(leaf, field, words[i], docs)
        fits = positions >= i
        keys = owners[fits] * STRIDE + (positions[fits] - i)
        starts = np.unique(keys) if starts is None else np.intersect1d(starts, keys)
        if not len(starts):
            return _NO_DOCS
        alive, owner = np.unique(starts // STRIDE, return_inverse=True)
        if len(alive) < len(docs):  # read only the survivors for the next word
            docs = docs[alive]
            starts = owner.astype(np.int64) * STRIDE + starts % STRIDE
    return docs if starts is not None else _NO_DOCS


__all__ = ["STRIDE", "common_documents", "phrase_documents"]
