"""The bulk segment writer writes the index Whoosh's own writer writes, posting for posting.

Full builds write their segments with ``BulkSegmentWriter``; everything that reads an index
(Whoosh's readers, ``search.engine``) reads them as Whoosh's own. These tests build the same
documents with both writers and compare everything a reader can see: the terms, each term's
statistics, every block's statistics and postings, stored fields, columns and lengths.
"""

from __future__ import annotations

import tempfile
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import fields, index
from whoosh.writing import SegmentWriter

from indexer.corpus import parse_source, read_sources, scan_corpus
from indexer.pipeline import prepare_many
from search import segment_writer
from search.documents import to_documents
from search.models import Article, Quote
from search.schema import ARTICLES, QUOTES, build_quote_schema, build_schema
from search.segment_writer import BulkSegmentWriter, add_terms, compress
from search.writer import codec
from tests.conftest import CORPUS

Docs = list[tuple[dict[str, Any], list[dict[str, Any]]]]


def _build(directory: Path, writer_class: type, docs: Docs) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(directory), build_schema(), indexname=ARTICLES)
    qix = index.create_in(str(directory), build_quote_schema(), indexname=QUOTES)
    writer = writer_class(ix, compound=False, codec=codec())
    qwriter = writer_class(qix, compound=False, codec=codec())
    for article_doc, quote_docs in docs:
        writer.add_document(**article_doc)
        for quote_doc in quote_docs:
            qwriter.add_document(**quote_doc)
    writer.commit()
    qwriter.commit()
    return directory


def _blocks(matcher: Any) -> list[tuple]:
    out = []
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        matcher._read_values()
        out.append(
            (
                matcher._blocklength,
                matcher._maxid,
                matcher._maxweight,
                matcher._minlength,
                matcher._maxlength,
                tuple(matcher._ids),
                tuple(matcher._weights),
                tuple(matcher._values),
            )
        )
        matcher._next_block()
    return out


def _snapshot(directory: Path, indexname: str) -> dict[str, Any]:
    """Everything a reader can see of an index."""
    ix = index.open_dir(str(directory), indexname=indexname)
    with ix.reader() as reader:
        terms = {}
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            stats = (
                info.weight(),
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                info.min_id(),
                info.max_id(),
            )
            terms[fieldname, text] = (stats, _blocks(reader.postings(fieldname, text)))
        names = reader.schema.names()
        docs = range(reader.doc_count_all())
        return {
            "terms": terms,
            "stored": list(reader.all_stored_fields()),
            "columns": {f: list(reader.column_reader(f)) for f in names if reader.has_column(f)},
            "lengths": {
                f: ([reader.doc_field_length(d, f) for d in docs], reader.field_length(f))
                for f in names
                if reader.schema[f].scorable
            },
        }


def _assert_same_indexes(docs: Docs, directory: Path) -> dict[str, Any]:
    whoosh = _build(directory / "whoosh", SegmentWriter, docs)
    bulk = _build(directory / "bulk", BulkSegmentWriter, docs)
    snapshots = {}
    for indexname in (ARTICLES, QUOTES):
        expected = _snapshot(whoosh, indexname)
        assert _snapshot(bulk, indexname) == expected
        snapshots[indexname] = expected
    return snapshots


def _shipped_docs() -> Docs:
    sources, failures = read_sources(scan_corpus(CORPUS))
    assert not failures
    parsed = [parse_source(source) for source in sources]
    return [to_documents(article) for article in prepare_many(parsed)]


def test_the_shipped_corpus_gives_the_same_index_with_either_writer(tmp_path: Path) -> None:
    snapshots = _assert_same_indexes(_shipped_docs(), tmp_path)
    languages = {text for field, text in snapshots[ARTICLES]["terms"] if field == "language"}
    assert {b"en", b"sv"} <= languages
    assert snapshots[QUOTES]["stored"], "the seed articles quote people"


def _article(number: int, language: str, body: str, title: str = "") -> Article:
    return Article(
        id=f"a{number}",
        title=title,
        body=body,
        language=language,
        outlet="Reuters" if number % 2 else "Dagens Nyheter",
        speakers=("Jens Stoltenberg",) if number % 3 == 0 else (),
        quotes=(Quote("Jens Stoltenberg", body[:20], 0, 20),) if number % 3 == 0 else (),
    )


@pytest.mark.parametrize("window", [segment_writer.WINDOW, 5])
def test_long_posting_lists_span_several_blocks_identically(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    monkeypatch.setattr(segment_writer, "WINDOW", window)  # postings listed a window at a time
    docs = []
    for n in range(300):
        language, body = (
            ("sv", "Diskussioner om Natos dörr-policy, sade Stoltenberg i Bryssel.")
            if n % 2
            else ("en", "Talks on Ukraine's open-door policy, Stoltenberg said " * (1 + n % 4))
        )
        docs.append(to_documents(_article(n, language, body, title=f"Nato {n % 7}")))
    snapshots = _assert_same_indexes(docs, tmp_path)
    blocks = [len(b) for _, b in snapshots[ARTICLES]["terms"].values()]
    assert max(blocks) >= 2  # "stoltenberg" is in all 300 articles: 128 postings per block


_WORDS = [
    "diskussion",
    "diskussioner",
    "Nato",
    "Ukraine's",
    "open-door",
    "dörr-policy",
    "de-escalate",
    "said",
    "sade",
    "переговоры",
    "Грушко",
    "the",
    "och",
    "«Nej»",
    "—",
    "2022",
]
_documents = st.lists(
    st.tuples(
        st.sampled_from(["en", "sv", "ru", "und"]),
        st.lists(st.sampled_from(_WORDS), min_size=0, max_size=40).map(" ".join),
        st.lists(st.sampled_from(_WORDS), max_size=4).map(" ".join),
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=25, deadline=None)
@given(_documents)
def test_any_documents_give_the_same_index_with_either_writer(
    documents: list[tuple[str, str, str]],
) -> None:
    docs = [
        to_documents(_article(n, language, body, title))
        for n, (language, body, title) in enumerate(documents)
    ]
    with tempfile.TemporaryDirectory() as directory:
        _assert_same_indexes(docs, Path(directory))


def test_whoosh_searches_a_bulk_written_segment(tmp_path: Path) -> None:
    ix = index.create_in(str(tmp_path), fields.Schema(id=fields.ID(stored=True), body=fields.TEXT))
    writer = BulkSegmentWriter(ix)
    writer.add_document(id="sv", body="Det var ingen enkel diskussion")
    writer.add_document(id="en", body="Talks on an open-door policy")
    writer.commit()
    with ix.searcher() as searcher:
        assert [hit["id"] for hit in searcher.documents(body="diskussion")] == ["sv"]
        assert [hit["id"] for hit in searcher.documents(body="policy")] == ["en"]


@pytest.mark.parametrize(
    ("keywords", "message"),
    [({"_boost": 2.0}, "_boost"), ({"_stored_body": "x"}, "_boost or _stored_")],
)
def test_keywords_the_bulk_writer_does_not_support_are_refused(
    tmp_path: Path, keywords: dict, message: str
) -> None:
    ix = index.create_in(str(tmp_path), fields.Schema(body=fields.TEXT))
    writer = BulkSegmentWriter(ix)
    with pytest.raises(ValueError, match=message):
        writer.add_document(body="Nato", **keywords)
    writer.cancel()


def test_the_bulk_writer_only_adds(tmp_path: Path) -> None:
    ix = index.create_in(str(tmp_path), fields.Schema(body=fields.TEXT))
    writer = BulkSegmentWriter(ix)
    with pytest.raises(NotImplementedError):
        writer.delete_document(0)
    writer.cancel()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=5000), st.integers(min_value=1, max_value=9))
def test_compressed_blocks_inflate_to_what_was_compressed(data: bytes, level: int) -> None:
    assert zlib.decompress(compress(data, level)) == data


def test_terms_must_arrive_in_order(tmp_path: Path) -> None:
    from whoosh.filedb.filestore import FileStorage
    from whoosh.filedb.filetables import OrderedHashWriter

    table = OrderedHashWriter(FileStorage(str(tmp_path)).create_file("terms"))
    add_terms(table, [b"b"], [b"1"])
    with pytest.raises(ValueError, match="Keys must increase"):
        add_terms(table, [b"a"], [b"2"])
    table.close()
