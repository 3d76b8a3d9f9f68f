"""Whoosh's private surface, named in one place and checked on real objects: a Whoosh
release without one of these names fails here (and at import), not silently in scores."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from whoosh import columns, fields, index
from whoosh.codec.whoosh3 import W3Codec

from search import whoosh_internals as internals
from search.segment_writer import BulkSegmentWriter

SCHEMA = fields.Schema(
    id=fields.ID(stored=True, unique=True),
    body=fields.TEXT(),
    tag=fields.COLUMN(columns.VarBytesColumn()),
)


@pytest.fixture
def ix(tmp_path: Path):
    ix = index.create_in(str(tmp_path), SCHEMA)
    writer = BulkSegmentWriter(ix, codec=W3Codec(blocklimit=4, compression=1))
    for n in range(10):
        body = "nato " * (n + 1) + ("veto" if n % 2 else "fred")
        writer.add_document(id=f"d{n}", body=body, tag=f"t{n % 3}".encode())
    writer.commit()
    return ix


def test_every_required_name_exists_in_the_installed_whoosh() -> None:
    internals.check_whoosh()


def test_a_missing_name_fails_loudly_and_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    class Renamed:
        pass

    monkeypatch.setattr(internals, "REQUIRED", (*internals.REQUIRED, (Renamed, "_gone")))
    with pytest.raises(internals.WhooshInternalsError, match=r"Renamed\._gone"):
        internals.check_whoosh()


def test_the_instance_attributes_exist_on_real_objects(ix, tmp_path: Path) -> None:
    writer = BulkSegmentWriter(ix)
    with ix.searcher() as searcher:
        leaf = searcher.reader().leaf_readers()[0][0]
        column = leaf._perdoc.column_reader("_body_len", internals.LENGTHS_COLUMN)
        tags = leaf.column_reader("tag", translate=False)
        objects = {
            "VarBytesColumn.Reader": tags,
            "SegmentWriter": writer,
            "W3Codec": writer.codec,
            "W3FieldWriter": writer.fieldwriter,
            "SegmentReader": leaf,
            "W3TermsReader": leaf._terms,
            "FixedBytesColumn.Reader": column,
        }
        missing = [
            f"{kind}.{name}"
            for kind, names in internals.INSTANCE_ATTRIBUTES.items()
            for name in names
            if not hasattr(objects[kind], name)
        ]
    writer.cancel()
    assert missing == []


def _walk(matcher):
    while matcher.is_active():
        yield matcher.id(), matcher.weight()
        matcher.next()


@pytest.mark.parametrize("term", ["nato", "veto", "fred"])
def test_term_postings_are_whooshs_postings_across_blocks(ix, term: str) -> None:
    with ix.searcher() as searcher:
        leaf = searcher.reader().leaf_readers()[0][0]
        ids, weights = internals.term_postings(leaf, "body", term)
        expected = list(_walk(leaf.postings("body", term)))
    assert list(zip(ids.tolist(), weights.tolist(), strict=True)) == expected
    assert term != "nato" or len(ids) == 10  # three blocks of at most 4


def test_term_postings_include_deleted_documents(ix) -> None:
    writer = ix.writer()
    writer.delete_by_term("id", "d3")
    writer.commit(merge=False)
    with ix.searcher() as searcher:
        leaf = searcher.reader().leaf_readers()[0][0]
        ids, _ = internals.term_postings(leaf, "body", "veto")
    assert ids.tolist() == [1, 3, 5, 7, 9]  # deletions are the caller's to filter


def test_length_bytes_are_whooshs_own(ix) -> None:
    with ix.searcher() as searcher:
        reader = searcher.reader()
        lengths = internals.length_bytes(reader, "body")
        assert lengths is not None
        expected = [reader.doc_field_length(d, "body") for d in range(10)]
        table = np.asarray(internals.LENGTH_BYTE_TABLE)
        assert table[lengths].tolist() == expected
        assert internals.length_bytes(reader, "id") is None  # an unscored field


def test_var_bytes_columns_are_read_in_one_piece(ix) -> None:
    with ix.searcher() as searcher:
        leaf = searcher.reader().leaf_readers()[0][0]
        assert internals.var_bytes_column(leaf, "tag") == list(leaf.column_reader("tag"))


def test_block_settings_are_the_codecs() -> None:
    assert internals.block_settings(W3Codec(blocklimit=64, compression=1)) == (64, 1)
    with pytest.raises(internals.WhooshInternalsError):
        internals.block_settings(object())
