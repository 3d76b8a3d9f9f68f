"""Writing a whole Whoosh segment in one pass, without Whoosh's posting pool.

Whoosh's ``SegmentWriter`` turns every posting into a tuple in a pool, sorts the pool (and,
above ``limitmb``, pickles it to disk and merges it back), then feeds the sorted postings
one call at a time through its block writer. At 12,000 news articles per worker that was
two thirds of a full build. :class:`BulkSegmentWriter` appends each document's postings to
a few flat arrays per field, and when the segment is flushed sorts them by term with numpy,
computes every block's statistics at once and only loops in Python once per block.

The files are Whoosh's own W3 format, read by Whoosh's unchanged readers: the same blocks
of up to ``blocklimit`` postings (delta-coded ids, minified weights and values, block
statistics), the same term infos in the same ordered hash table, and the per-document files
(stored fields, lengths, columns) from Whoosh's own per-document writer. The one difference:
a block whose pickled data is shorter than ``MIN_COMPRESS`` bytes is stored uncompressed
(its block info says so, and readers then skip ``zlib``), since ``zlib`` makes such tiny
blocks longer, not shorter. ``tests/search/test_segment_writer.py`` holds the two writers'
indexes equal, posting by posting.

Fields may offer ``postings(value) -> (terms, freqs, values)`` (term strings, not bytes)
instead of Whoosh's ``index(value)``; presslens's text fields do, which saves a tuple and a
``str.encode`` per posting (each distinct term is encoded once, at flush).

>>> import tempfile
>>> from whoosh import fields, index
>>> ix = index.create_in(tempfile.mkdtemp(), fields.Schema(body=fields.TEXT(stored=True)))
>>> writer = BulkSegmentWriter(ix)
>>> writer.add_document(body="diskussion om Nato")
>>> writer.commit()
>>> with ix.searcher() as s:
...     [hit["body"] for hit in s.documents(body="nato")]
['diskussion om Nato']
"""

from __future__ import annotations

import itertools
import zlib
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from pickle import dumps
from struct import Struct
from typing import Any

import numpy as np
from whoosh import fields
from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.formats import Existence
from whoosh.system import pack_int, pack_long

from search.whoosh_internals import LENGTH_BYTE_TABLE, SegmentWriterHooks, block_settings

#: Pickled block data shorter than this is stored uncompressed: below it zlib saves a few
#: bytes per block (the index grew 1.5%) at ~7 µs each (flushes were 30% faster).
MIN_COMPRESS = 160
#: Postings bytes buffered before they are written to the file.
WRITE_BUFFER = 4 << 20
#: Postings turned into Python lists at a time while a field is written.
WINDOW = 1 << 18

_TERMINFO = Struct("!BfIBBfII")  # W3TermInfo: flags, weight, df, min/max length, max weight, ids
_KEY_VALUE_LENGTHS = Struct("!ii")  # filetables.HashWriter: before each key/value pair
_LENGTH_BYTES = np.asarray(LENGTH_BYTE_TABLE, dtype=np.int64)
_NO_LENGTH = np.iinfo(np.int64).max


@dataclass
class _FieldPostings:
    """One field's postings in document order: parallel flat arrays."""

    #: term (``str`` from ``postings()``, ``bytes`` from ``index()``) -> term id; a term
    #: seen for the first time gets the next id
    term_ids: defaultdict[Any, int] = field(
        default_factory=lambda: defaultdict(itertools.count().__next__)
    )
    tids: array = field(default_factory=lambda: array("I"))
    weights: array = field(default_factory=lambda: array("f"))
    values: list[bytes] = field(default_factory=list)
    #: documents that have postings in this field, and how many each
    docs: array = field(default_factory=lambda: array("I"))
    counts: array = field(default_factory=lambda: array("I"))
    #: field length per document (scorable fields)
    lengths: dict[int, int] = field(default_factory=dict)
    encoded: bool = False  # keys are bytes
    plain_id: bool = False  # a plain ``ID`` field: the value is the one term


class BulkSegmentWriter(SegmentWriterHooks):
    """A ``SegmentWriter`` that buffers postings in flat arrays and writes them in one pass.

    Use it like Whoosh's writer (``add_document``, ``commit``, or ``finish_segment`` for
    a segment another writer commits). It does not support what presslens never uses:
    deleting documents while writing, ``_boost``/``_stored_`` keywords, term vectors and
    spelling fields.
    """

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        self.blocklimit, self.compression = block_settings(self.codec)
        self._fields: dict[str, _FieldPostings] = {}

    def add_document(self, **fields: Any) -> None:
        schema = self.schema
        names = sorted(fields)
        if any(name.startswith("_") for name in names):
            raise ValueError("BulkSegmentWriter does not support _boost or _stored_ keywords")
        self.check_document(names)
        perdocwriter = self.perdocwriter
        docnum = self.docnum
        perdocwriter.start_doc(docnum)
        try:
            for name in names:
                value = fields[name]
                if value is None:
                    continue
                fieldobj = schema[name]
                if fieldobj.vector or fieldobj.separate_spelling():
                    raise ValueError(f"field {name!r}: vectors and spelling are not supported")
                length = 0
                if fieldobj.indexed:
                    length = self._add_postings(name, fieldobj, docnum, value)
                stored = value if fieldobj.stored else None
                perdocwriter.add_field(name, fieldobj, stored, length)
                column = fieldobj.column_type
                if column:
                    perdocwriter.add_column_value(name, column, fieldobj.to_column_value(value))
        except BaseException:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self.mark_added()
        self.docnum += 1

    def _add_postings(self, name: str, fieldobj: Any, docnum: int, value: Any) -> int:
        postings = self._fields.get(name)
        plain_id = postings.plain_id if postings is not None else _is_plain_id(fieldobj)
        identifier = plain_id and isinstance(value, str)
        fast = identifier or (isinstance(value, str) and hasattr(fieldobj, "postings"))
        if postings is None:
            postings = self._fields[name] = _FieldPostings(encoded=not fast, plain_id=plain_id)
        if identifier and not postings.encoded:
            # ``ID``: the whole value is the one term (``IDTokenizer``, ``Existence``).
            terms, freqs, values = [value], [1], [b""]
            weights = [fieldobj.format.field_boost]
        elif fast and not postings.encoded:
            terms, freqs, values = fieldobj.postings(value)
            boost = fieldobj.format.field_boost
            weights = freqs if boost == 1.0 else [f * boost for f in freqs]
        else:
            terms, freqs, weights, values = [], [], [], []
            for tbytes, freq, weight, vbytes in fieldobj.index(value):
                terms.append(tbytes if postings.encoded else tbytes.decode("utf-8"))
                freqs.append(freq)
                weights.append(weight)
                values.append(vbytes if vbytes is not None else b"")
        if not terms:
            return 0
        postings.tids.extend(map(postings.term_ids.__getitem__, terms))
        postings.weights.extend(weights)
        postings.values.extend(values)
        postings.docs.append(docnum)
        postings.counts.append(len(terms))
        if not fieldobj.scorable:
            return 0
        length = sum(freqs)
        postings.lengths[docnum] = length
        return length

    @property
    def buffered_postings(self) -> int:
        """Postings held in memory, waiting for the flush."""
        return sum(len(postings.tids) for postings in self._fields.values())

    def delete_document(self, docnum: int, delete: bool = True) -> None:
        raise NotImplementedError("BulkSegmentWriter only adds documents")

    def write_postings(self) -> None:
        self.perdocwriter.close()
        fieldwriter = self.fieldwriter
        for name in sorted(self._fields):
            fieldobj = self.schema[name]
            files = self.field_files(name, fieldobj)
            write_field(
                files.postfile,
                files.terms,
                files.prefix,
                fieldobj.format.fixed_value_size(),
                self._fields[name],
                blocklimit=self.blocklimit,
                compression=self.compression,
            )
            fieldwriter.finish_field()
        fieldwriter.close()
        self._fields.clear()


def _is_plain_id(fieldobj: Any) -> bool:
    """A Whoosh ``ID`` field as presslens declares it: one term, the value as it is."""
    return (
        type(fieldobj) is fields.ID
        and type(fieldobj.analyzer) is IDTokenizer
        and type(fieldobj.format) is Existence
    )


def write_field(
    postfile: Any,
    tindex: Any,
    field_prefix: bytes,
    fixed_size: int | None,
    postings: _FieldPostings,
    *,
    blocklimit: int,
    compression: int,
) -> None:
    """Write one field's posting lists, in term order, and add their term infos.

    The structure ``W3PostingsWriter`` writes: per term the header tag, then blocks of
    ``[length (negative for the last)][pickled info][pickled, maybe compressed, data]``;
    the term info points at the term's first byte.
    """
    terms = list(postings.term_ids)
    if not terms:
        return
    blocks = _Blocks(postings, terms, blocklimit)
    values = postings.values
    # Postings become Python lists a window at a time (whole terms, ~WINDOW postings), so a
    # flush never holds three Python objects per posting of the whole segment.
    window_end = base = 0
    deltas: list[int] = []
    weights: list[float] = []
    docs: list[int] = []
    order: list[int] = []
    block_counts = blocks.counts.tolist()
    block_min_weight = blocks.min_weight.tolist()
    block_max_weight = blocks.max_weight.tolist()
    block_weight = blocks.weight_sum.tolist()
    block_min_len = blocks.min_length_byte.tolist()
    block_max_len = blocks.max_length_byte.tolist()
    block_has_len = blocks.has_length.tolist()

    chunks: list[bytes] = []
    keys: list[bytes] = []
    infos: list[bytes] = []
    offset = flushed = postfile.tell()
    block = 0
    position = 0
    for term_number, term in enumerate(blocks.sorted_terms):
        count = blocks.term_counts[term_number]
        start = offset
        chunks.append(WHOOSH3_HEADER_MAGIC)
        offset += 4
        total_weight = 0.0
        max_weight = 0.0
        max_length_byte = 0
        min_length_byte: int | None = None
        end_of_term = position + count
        if end_of_term > window_end:
            base, window_end = position, position + max(count, WINDOW)
            deltas = blocks.deltas[base:window_end].tolist()
            weights = blocks.weights[base:window_end].tolist()
            docs = blocks.docs[base:window_end].tolist()
            order = blocks.order[base:window_end].tolist()
        while position < end_of_term:
            end = position + block_counts[block]
            here, there = position - base, end - base
            low, high = block_min_weight[block], block_max_weight[block]
            if low == high:
                mini_weights = None if low == 1.0 else low
            else:
                mini_weights = tuple(weights[here:there])
            if fixed_size is None or fixed_size < 0:
                mini_values: Any = tuple([values[i] for i in order[here:there]])
            elif fixed_size == 0:
                mini_values = None
            else:
                mini_values = b"".join([values[i] for i in order[here:there]])
            data = dumps((tuple(deltas[here:there]), mini_weights, mini_values), 2)
            level = 0
            if compression and len(data) >= MIN_COMPRESS:
                level = compression
                data = compress(data, compression)
            info = dumps(
                (
                    end - position,
                    docs[there - 1],
                    high,
                    level,
                    block_min_len[block],
                    block_max_len[block],
                ),
                2,
            )
            size = len(info) + len(data)
            chunks.append(pack_int(-size if end == end_of_term else size))
            chunks.append(info)
            chunks.append(data)
            offset += 4 + size
            total_weight += block_weight[block]
            if high > max_weight:
                max_weight = high
            if block_has_len[block] and (
                min_length_byte is None or block_min_len[block] < min_length_byte
            ):
                min_length_byte = block_min_len[block]  # length_to_byte keeps the order
            if block_max_len[block] > max_length_byte:
                max_length_byte = block_max_len[block]
            position = end
            block += 1
        keys.append(field_prefix + (term if postings.encoded else term.encode("utf-8")))
        infos.append(
            _TERMINFO.pack(
                0,
                total_weight,
                count,
                min_length_byte or 0,
                max_length_byte,
                max_weight,
                docs[end_of_term - count - base],
                docs[end_of_term - 1 - base],
            )
            + pack_long(start)
            + pack_int(offset - start)
        )
        if offset - flushed > WRITE_BUFFER:
            postfile.write(b"".join(chunks))
            chunks.clear()
            flushed = offset
    postfile.write(b"".join(chunks))
    add_terms(tindex, keys, infos)


class _Blocks:
    """A field's postings sorted by term (then document), cut into blocks, with each
    block's statistics computed by numpy."""

    def __init__(self, postings: _FieldPostings, terms: list[Any], blocklimit: int) -> None:
        # Rank of each term id in term order (bytes order: UTF-8 keeps code point order).
        by_term = sorted(range(len(terms)), key=terms.__getitem__)
        self.sorted_terms = [terms[i] for i in by_term]
        rank = np.empty(len(terms), dtype=np.int64)
        rank[np.asarray(by_term, dtype=np.int64)] = np.arange(len(terms))
        tids = np.frombuffer(postings.tids, dtype=np.uint32)
        per_doc = np.frombuffer(postings.counts, dtype=np.uint32)
        docs = np.repeat(np.frombuffer(postings.docs, dtype=np.uint32), per_doc)
        # Stable: within a term, postings stay in document order.
        self.order = np.argsort(rank[tids], kind="stable")
        self.docs = docs[self.order].astype(np.int64)
        weights = np.frombuffer(postings.weights, dtype=np.float32)[self.order]
        self.weights = weights
        term_counts = np.bincount(tids, minlength=len(terms))[by_term]
        self.term_counts = term_counts.tolist()
        # Blocks: every term's postings in runs of ``blocklimit``.
        blocks_per_term = (term_counts + blocklimit - 1) // blocklimit
        term_start = np.concatenate(([0], np.cumsum(term_counts)[:-1]))
        first_block = np.concatenate(([0], np.cumsum(blocks_per_term)[:-1]))
        nth = np.arange(int(blocks_per_term.sum())) - np.repeat(first_block, blocks_per_term)
        self.block_start = np.repeat(term_start, blocks_per_term) + nth * blocklimit
        term_end = np.repeat(term_start + term_counts, blocks_per_term)
        self.counts = np.minimum(self.block_start + blocklimit, term_end) - self.block_start
        # Ids: deltas within each block, the first one absolute.
        deltas = self.docs.copy()
        deltas[1:] -= self.docs[:-1]
        deltas[self.block_start] = self.docs[self.block_start]
        self.deltas = deltas
        starts = self.block_start
        self.min_weight = np.minimum.reduceat(weights, starts).astype(np.float64)
        self.max_weight = np.maximum.reduceat(weights, starts).astype(np.float64)
        # Whoosh sums a block's float32 weights as Python floats, in order.
        self.weight_sum = np.add.reduceat(weights.astype(np.float64), starts)
        # Field lengths of each block's documents (0: no length, as Whoosh ignores them).
        lengths = np.zeros(int(self.docs.max()) + 1 if len(self.docs) else 1, dtype=np.int64)
        if postings.lengths:
            lengths[np.fromiter(postings.lengths, dtype=np.int64)] = np.fromiter(
                postings.lengths.values(), dtype=np.int64
            )
        doc_lengths = lengths[self.docs]
        present = np.where(doc_lengths > 0, doc_lengths, _NO_LENGTH)
        min_length = np.minimum.reduceat(present, starts)
        self.has_length = min_length != _NO_LENGTH
        max_length = np.maximum.reduceat(doc_lengths, starts)
        self.min_length_byte = np.where(self.has_length, _length_to_byte(min_length), 0)
        self.max_length_byte = _length_to_byte(max_length)


def _length_to_byte(lengths: np.ndarray) -> np.ndarray:
    """``whoosh.util.numeric.length_to_byte`` over an array."""
    return np.minimum(np.searchsorted(_LENGTH_BYTES, lengths, side="left"), 255)


def add_terms(tindex: Any, keys: list[bytes], values: list[bytes]) -> None:
    """``OrderedHashWriter.add`` for many ascending keys at once (one write)."""
    if not keys:
        return
    if keys[0] <= tindex.lastkey:
        raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{keys[0]!r}")
    dbfile = tindex.dbfile
    position = dbfile.tell()
    hashfn = tindex.hashfn
    buckets = tindex.buckets
    index = tindex.index
    parts: list[bytes] = []
    pack = _KEY_VALUE_LENGTHS.pack
    for key, value in zip(keys, values, strict=True):
        parts.append(pack(len(key), len(value)))
        parts.append(key)
        parts.append(value)
        index.append(position)
        digest = hashfn(key)
        buckets[digest & 255].append((digest, position))
        position += 8 + len(key) + len(value)
    dbfile.write(b"".join(parts))
    tindex.lastkey = keys[-1]


def compress(data: bytes, level: int) -> bytes:
    """``zlib.compress(data, level)``, with the window and hash table sized to ``data``.

    Same output format (any zlib reader inflates it); for the small blocks of a posting
    list it is 3-10x faster than ``zlib.compress``, which sets up a 256 KB state per call.

    >>> zlib.decompress(compress(b"nato " * 40, 3)) == b"nato " * 40
    True
    """
    wbits = max(9, min(15, (len(data) - 1).bit_length()))
    compressor = zlib.compressobj(level, zlib.DEFLATED, wbits, max(1, min(8, wbits - 7)))
    return compressor.compress(data) + compressor.flush()


__all__ = ["BulkSegmentWriter", "add_terms", "compress", "write_field"]
