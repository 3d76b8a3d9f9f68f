"""Every private name of Whoosh that presslens relies on, in one module.

presslens reads posting blocks and fixed-width columns straight into numpy, writes whole
segments without Whoosh's posting pool, and commits segments that forked workers wrote.
Whoosh has no public API for any of that, so this module reaches into its internals, and
nothing else in presslens does: the rest of ``search/`` calls the functions and the
:class:`SegmentWriterHooks` class below.

``REQUIRED`` names each private attribute; :func:`check_whoosh` runs at import and raises
:class:`WhooshInternalsError` naming what is missing, so a Whoosh release that renamed one
fails loudly at start-up instead of silently scoring or reading differently. There are no
fallbacks: a missing per-document length column is an error, not a length of zero.

>>> check_whoosh()  # the installed Whoosh has everything presslens uses
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import numpy as np
from whoosh.codec import whoosh3
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.reading import SegmentReader
from whoosh.system import pack_ushort
from whoosh.util import numeric
from whoosh.writing import SegmentWriter

#: (owner, private name): each is checked at import by :func:`check_whoosh`; instance
#: attributes (set in ``__init__``) are checked on real objects by the test suite.
REQUIRED: tuple[tuple[Any, str], ...] = (
    (SegmentWriter, "_check_state"),
    (SegmentWriter, "_check_fields"),
    (SegmentWriter, "_flush_segment"),
    (SegmentWriter, "_close_segment"),
    (SegmentWriter, "_finalize_segment"),
    (SegmentWriter, "_commit_toc"),
    (SegmentWriter, "_finish"),
    (whoosh3, "_lenfield"),
    (numeric, "_length_byte_cache"),
)
#: Instance attributes used (checked by ``tests/search/test_whoosh_internals.py``).
INSTANCE_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "SegmentWriter": ("_added",),
    "W3Codec": ("_blocklimit", "_compression"),
    "W3FieldWriter": ("_postfile", "_tindex", "_fieldid"),
    "SegmentReader": ("_perdoc", "_terms"),
    "W3TermsReader": ("_postfile",),
    "FixedBytesColumn.Reader": ("_fixedlen", "_count", "_dbfile", "_basepos", "_defaultbytes"),
    "VarBytesColumn.Reader": ("_lengths", "_offsets", "_dbfile", "_basepos"),
}


class WhooshInternalsError(RuntimeError):
    """The installed Whoosh lacks a private name presslens needs (a different version)."""


def check_whoosh() -> None:
    """Raise :class:`WhooshInternalsError` if any name in ``REQUIRED`` is missing."""
    missing = [
        f"{getattr(owner, '__name__', owner)}.{name}"
        for owner, name in REQUIRED
        if not hasattr(owner, name)
    ]
    if missing:
        raise WhooshInternalsError(
            "The installed Whoosh lacks what presslens relies on: "
            + ", ".join(missing)
            + "; install the version pinned in pyproject.toml (whoosh-reloaded 2.7.5)."
        )


check_whoosh()

_INT = struct.Struct("!i")  # Whoosh's StructFile.write_int
#: Whoosh's table of the lengths each length byte stands for (ascending).
LENGTH_BYTE_TABLE: tuple[int, ...] = tuple(numeric._length_byte_cache)
LENGTHS_COLUMN = whoosh3.LENGTHS_COLUMN


# ---------------------------------------------------------------------------- reading
def _posting_blocks(
    reader: SegmentReader, field: str, text: str
) -> Iterator[tuple[int, int, bool, bytes]]:
    """``(count, last document number, compressed, raw data)`` of each block of one term's
    posting list, read in one piece from the segment's postings file (the data is decoded
    by :func:`_block_data`, only for the blocks a caller wants).

    A block is ``[length][pickled info][pickled (ids, weights, values), maybe zlib'd]``
    (``W3PostingsWriter``); the info starts with the count and the block's last id.
    """
    info = reader.term_info(field, text)
    if info.is_inlined():
        raise WhooshInternalsError("inlined postings are not used by presslens' codec")
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps struct.unpack's tuple
        (length,) = length
    data = reader._terms._postfile.get(offset, length)
    if data[:4] != whoosh3.WHOOSH3_HEADER_MAGIC:
        raise WhooshInternalsError(f"no posting list header at {offset} for {field}:{text!r}")
    stream = io.BytesIO(data)
    position, end = 4, len(data)
    while position < end:
        (size,) = _INT.unpack_from(data, position)
        last = size < 0
        size = -size if last else size
        stream.seek(position + 4)
        count, last_id, _, compressed, _, _ = pickle.load(stream)
        block = data[stream.tell() : position + 4 + size]
        yield count, last_id, bool(compressed), block
        position += 4 + size
        if last:
            break


def _block_data(block: bytes, compressed: bool) -> tuple[np.ndarray, Any, list[bytes] | None]:
    """A block's document numbers (ascending), raw weights and encoded values."""
    deltas, weights, values = pickle.loads(zlib.decompress(block) if compressed else block)
    return np.cumsum(np.asarray(deltas, dtype=np.int64)), weights, values


def term_postings(reader: SegmentReader, field: str, text: str) -> tuple[np.ndarray, np.ndarray]:
    """Document numbers (segment-local, ascending) and weights of one term's posting list,
    decoded block by block with numpy (deleted documents included: callers filter them
    with the live-document mask). Ids are delta-coded per block; weights a tuple, an
    array, one float or ``None`` (all 1.0).
    """
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for count, _, compressed, block in _posting_blocks(reader, field, text):
        docs, block_weights, _ = _block_data(block, compressed)
        ids.append(docs)
        if block_weights is None:
            weights.append(np.ones(count, dtype=np.float32))
        elif isinstance(block_weights, float):
            weights.append(np.full(count, block_weights, dtype=np.float32))
        else:
            weights.append(np.asarray(block_weights, dtype=np.float32))
    if len(ids) == 1:
        return ids[0], weights[0]
    return np.concatenate(ids), np.concatenate(weights)


def term_positions(
    reader: SegmentReader, field: str, text: str, wanted: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Where ``text`` stands in each of the segment-local documents ``wanted`` (ascending,
    each known to hold the term): ``(index into wanted, position)`` pairs, grouped by
    document. Only the blocks that hold a wanted document are decoded, so a common word's
    positions cost what the candidates hold, not its whole posting list.
    """
    owners: list[np.ndarray] = []
    values: list[bytes] = []
    first = 0
    for _, last_id, compressed, block in _posting_blocks(reader, field, text):
        if first >= len(wanted):
            break
        stop = int(np.searchsorted(wanted, last_id, "right"))
        if stop > first:
            docs, _, encoded = _block_data(block, compressed)
            if encoded is None:
                raise WhooshInternalsError(f"{field} has no positions")
            where = np.searchsorted(docs, wanted[first:stop])
            owners.append(np.arange(first, stop, dtype=np.int64))
            values.extend(
                itemgetter(*where.tolist())(encoded)
                if stop - first > 1
                else [encoded[int(where[0])]]
            )
        first = stop
    if not values:
        return _NO_INTS, _NO_INTS
    counts, positions = decode_positions(values)
    return np.repeat(np.concatenate(owners), counts), positions


_K = ord("K")
_HEADER = b"\x80\x02]q\x00"  # protocol 2, an empty list, memoised
_NO_INTS = np.zeros(0, np.int64)


def decode_positions(values: list[bytes]) -> tuple[np.ndarray, np.ndarray]:
    """``whoosh.formats.Positions`` values decoded together: each value's count and all
    positions, in order. A value is the count (4 bytes) and the pickled deltas; the usual
    one, every delta under 256, is decoded with numpy, any other by ``pickle``.

    >>> from whoosh.formats import Positions
    >>> counts, positions = decode_positions([Positions().encode(p) for p in ([3, 7], [300], [1])])
    >>> counts.tolist(), positions.tolist()
    ([2, 1, 1], [3, 7, 300, 1])
    """
    n = len(values)
    lengths = np.fromiter(map(len, values), np.int64, n)
    raw = np.frombuffer(b"".join(values), np.uint8)
    starts = np.zeros(n, np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    counts = raw[starts + 3].astype(np.int64)  # big-endian, so the last byte is the lowest
    for shift, byte in ((8, 2), (16, 1), (24, 0)):
        counts |= raw[starts + byte].astype(np.int64) << shift
    many = counts > 1
    # With every delta a one-byte BININT1 ("K" and the byte), the length says it all.
    simple = lengths == 4 + len(_HEADER) + many + 2 * counts + 2
    items = starts + 4 + len(_HEADER) + many
    offsets = np.cumsum(counts) - counts
    deltas = np.empty(int(counts.sum()), np.int64)
    chosen = np.flatnonzero(simple)
    if len(chosen):
        per = counts[chosen]
        within = np.arange(int(per.sum()), dtype=np.int64) - np.repeat(np.cumsum(per) - per, per)
        at = np.repeat(items[chosen], per) + 2 * within
        slots = np.repeat(offsets[chosen], per) + within
        deltas[slots] = raw[at + 1]
        wrong = np.unique(np.repeat(chosen, per)[raw[at] != _K])
        simple[wrong] = False
    for i in np.flatnonzero(~simple).tolist():
        start = int(offsets[i])
        deltas[start : start + int(counts[i])] = pickle.loads(values[i][4:])
    return counts, _grouped_cumsum(deltas, counts)


def _grouped_cumsum(deltas: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Running sums of ``deltas`` restarting at each group of ``counts``."""
    sums = np.cumsum(deltas)
    ends = np.cumsum(counts)
    before = np.zeros(len(counts), np.int64)
    before[1:] = sums[ends[:-1] - 1]
    return sums - np.repeat(before, counts)


def fixed_column_array(column: Any, doccount: int, dtype: np.dtype) -> np.ndarray:
    """All values of a fixed-width column reader as one numpy array, read in one go.

    Whoosh's own iteration reads and unpacks one value at a time; numeric columns are
    stored big-endian, and trailing documents with the default value are not stored.
    """
    width = column._fixedlen
    stored = min(column._count, doccount)
    raw = column._dbfile.get(column._basepos, stored * width)
    values = np.frombuffer(raw, dtype=dtype.newbyteorder(">"), count=stored)
    if stored == doccount:
        return values.astype(dtype)
    default = np.frombuffer(column._defaultbytes, dtype=dtype.newbyteorder(">"))[0]
    out = np.full(doccount, default, dtype=dtype)
    out[:stored] = values
    return out


def segment_id(reader: SegmentReader) -> str:
    """The id of the segment a reader reads (unique, fixed when the segment was written)."""
    return reader.segment().segid


def var_bytes_column(reader: SegmentReader, name: str) -> list[bytes]:
    """Every value of a variable-length bytes column, read in one piece (Whoosh's own
    iteration reads one value per file access)."""
    if not reader.has_column(name):
        return [b""] * reader.doc_count_all()
    column = reader.column_reader(name, translate=False)
    lengths = np.asarray(column._lengths, dtype=np.int64)
    if not len(lengths):
        return []
    offsets = np.asarray(column._offsets, dtype=np.int64)
    blob = column._dbfile.get(column._basepos, int(offsets[-1] + lengths[-1]))
    return [blob[o : o + n] for o, n in zip(offsets.tolist(), lengths.tolist(), strict=True)]


def length_bytes(reader: SegmentReader, field: str) -> np.ndarray | None:
    """Each document's length byte of ``field`` in one segment (``None``: the field has no
    lengths in this segment, because no document of the segment has it)."""
    if not isinstance(reader, SegmentReader):
        raise WhooshInternalsError(f"expected a SegmentReader, got {type(reader).__name__}")
    per_doc = reader._perdoc
    name = whoosh3._lenfield(field)
    if not per_doc.has_column(name):
        return None
    column = per_doc.column_reader(name, LENGTHS_COLUMN)
    return fixed_column_array(column, reader.doc_count_all(), np.dtype("u1"))


# ---------------------------------------------------------------------------- writing
@dataclass(frozen=True)
class FieldFiles:
    """Where one field's postings and term infos go while a segment is written."""

    postfile: Any
    terms: OrderedHashWriter
    prefix: bytes  # the field's number, packed: the first bytes of each term key


class SegmentWriterHooks(SegmentWriter):
    """Whoosh's ``SegmentWriter`` with the private hooks presslens uses under public names.

    Subclasses override :meth:`write_postings` (called when Whoosh flushes the segment)
    instead of Whoosh's private ``_flush_segment``.
    """

    def _flush_segment(self) -> None:  # Whoosh calls this when the segment is written
        self.write_postings()

    def write_postings(self) -> None:
        """Write the buffered postings and close the per-document files (Whoosh's pool)."""
        super()._flush_segment()

    def check_document(self, names: list[str]) -> None:
        """Raise as Whoosh does for a closed writer or a field not in the schema."""
        self._check_state()
        self._check_fields(self.schema, names)

    def mark_added(self) -> None:
        """Record that the segment holds documents (what ``add_document`` does)."""
        self._added = True

    @property
    def has_documents(self) -> bool:
        return bool(self._added)

    def finish_segment(self) -> Any:
        """Write the segment's files and return its Segment, without committing it."""
        return self._finalize_segment()

    def discard_segment(self) -> None:
        """Close an empty segment's files."""
        self._close_segment()

    def field_files(self, fieldname: str, fieldobj: Any) -> FieldFiles:
        """Start writing ``fieldname`` (registers its number) and return its files."""
        fieldwriter = self.fieldwriter
        fieldwriter.start_field(fieldname, fieldobj)
        return FieldFiles(
            fieldwriter._postfile, fieldwriter._tindex, pack_ushort(fieldwriter._fieldid)
        )


def block_settings(codec: Any) -> tuple[int, int]:
    """``(postings per block, zlib level)`` of a W3 codec (what its block writer uses)."""
    if not isinstance(codec, whoosh3.W3Codec):
        raise WhooshInternalsError(f"expected a W3Codec, got {type(codec).__name__}")
    return codec._blocklimit, codec._compression


def commit_segments(ix: Any, segments: list[Any], **writer_options: Any) -> None:
    """Commit segments written by other writers in one table of contents (as Whoosh's
    multiprocessing writer does)."""
    writer = SegmentWriter(ix, **writer_options)
    try:
        writer._close_segment()
        writer._commit_toc(segments)
    finally:
        writer._finish()


__all__ = [
    "INSTANCE_ATTRIBUTES",
    "LENGTHS_COLUMN",
    "LENGTH_BYTE_TABLE",
    "REQUIRED",
    "FieldFiles",
    "SegmentWriterHooks",
    "WhooshInternalsError",
    "block_settings",
    "check_whoosh",
    "commit_segments",
    "fixed_column_array",
    "length_bytes",
    "segment_id",
    "term_postings",
    "var_bytes_column",
]
