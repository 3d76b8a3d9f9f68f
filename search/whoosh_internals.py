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

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh.codec import whoosh3
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.matching.wrappers import WrappingMatcher
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
    (whoosh3.W3LeafMatcher, "_read_data"),
    (whoosh3.W3LeafMatcher, "_next_block"),
    (whoosh3, "_lenfield"),
    (numeric, "_length_byte_cache"),
)
#: Instance attributes used (checked by ``tests/search/test_whoosh_internals.py``).
INSTANCE_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "SegmentWriter": ("_added",),
    "W3Codec": ("_blocklimit", "_compression"),
    "W3FieldWriter": ("_postfile", "_tindex", "_fieldid"),
    "W3LeafMatcher": ("_data", "_blocklength", "_atend", "_lastblock"),
    "SegmentReader": ("_perdoc",),
    "FixedBytesColumn.Reader": ("_fixedlen", "_count", "_dbfile", "_basepos", "_defaultbytes"),
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

#: Whoosh's table of the lengths each length byte stands for (ascending).
LENGTH_BYTE_TABLE: tuple[int, ...] = tuple(numeric._length_byte_cache)
LENGTHS_COLUMN = whoosh3.LENGTHS_COLUMN


# ---------------------------------------------------------------------------- reading
def posting_blocks(matcher: Any) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """``(document numbers, weights)`` of each block of a term's posting list, as arrays.

    ``matcher`` is what ``SegmentReader.postings`` returns: Whoosh's block matcher, or that
    matcher wrapped to hide deleted documents (unwrapped here: callers filter deletions
    themselves, with the live-document mask). Ids are delta-decoded with numpy.
    """
    while isinstance(matcher, WrappingMatcher):
        matcher = matcher.child
    if not isinstance(matcher, whoosh3.W3LeafMatcher):
        raise WhooshInternalsError(
            f"expected Whoosh's W3 block matcher, got {type(matcher).__name__}"
        )
    while not matcher._atend:
        matcher._read_data()
        deltas, weights, _ = matcher._data
        ids = np.cumsum(np.asarray(deltas, dtype=np.int64))
        count = matcher._blocklength
        if weights is None:
            block_weights = np.ones(count, dtype=np.float32)
        elif isinstance(weights, float):
            block_weights = np.full(count, weights, dtype=np.float32)
        else:
            block_weights = np.asarray(weights, dtype=np.float32)
        yield ids, block_weights
        if matcher._lastblock:
            break
        matcher._next_block()


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
    "posting_blocks",
]
