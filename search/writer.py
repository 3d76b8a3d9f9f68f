"""Writing articles into the live index (incremental runs); full builds: ``search.generation``.

>>> from pathlib import Path; import tempfile
>>> from search.generation import GenerationBuild
>>> from search.models import Article
>>> root = Path(tempfile.mkdtemp()) / "index"
>>> with GenerationBuild(root):  # an empty index
...     pass
>>> with IndexWriter(root) as w:
...     w.add(Article(id="a1", title="Nato", body="Diskussioner i Bryssel", language="sv"))
>>> sorted(read_manifest(root))
['a1']
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec

from search.documents import parse_manifest_entry, to_documents
from search.errors import IndexCorruptError
from search.merging import merge_small_segments
from search.models import Article
from search.schema import ARTICLES, QUOTES
from search.store import (
    current_generation,
    read_metadata,
    write_metadata,
    writer_lock,
)

#: Whoosh's in-memory posting pool per writer; above it postings spill to disk.
WRITER_LIMIT_MB = 512
#: Segments stay separate files. Whoosh reads a compound segment by copying each part
#: (postings, terms) out of the mapped file into memory, ~110 MB per worker at 26k articles;
#: separate files are read through the operating system's page cache instead.
COMPOUND = False
#: Postings per block (Whoosh's default) and their zlib level. Level 1 instead of Whoosh's 3:
#: at 26k articles the index is 1.2% larger (172.6 MB, not 170.5) and full builds ran at
#: 942 articles/s instead of 886. Without compression they were ~4% faster still, but the
#: index 60% larger (272 MB).
BLOCK_POSTINGS = 128
COMPRESSION = 1


def codec() -> W3Codec:
    """The Whoosh codec every presslens writer uses (readers need no configuration)."""
    return W3Codec(blocklimit=BLOCK_POSTINGS, compression=COMPRESSION)


def open_whoosh(generation: Path, indexname: str = ARTICLES):
    """Open one Whoosh index of a generation, turning Whoosh's errors into ours."""
    try:
        return whoosh_index.open_dir(str(generation), indexname=indexname)
    except Exception as exc:  # Whoosh raises many kinds for damaged directories
        raise IndexCorruptError(str(generation), f"{type(exc).__name__}: {exc}") from exc


class IndexWriter:
    """One incremental writing session on the live generation, under the writer lock:
    commits on a clean exit, changes nothing otherwise. (Full builds: ``GenerationBuild``.)"""

    def __init__(
        self,
        root: Path,
        *,
        wait: bool = False,
        on_wait: Callable[[str], None] | None = None,
        metadata: dict | None = None,
        locked: bool = False,
    ) -> None:
        self.root = Path(root)
        self.metadata = metadata or {}
        # ``locked``: the caller holds the writer lock already (a write service that checks
        # and writes under one lock).
        self._lock: AbstractContextManager[None] = (
            nullcontext() if locked else writer_lock(self.root, wait=wait, on_wait=on_wait)
        )
        self.added = 0
        self.removed = 0
        self._started = 0.0

    def __enter__(self) -> IndexWriter:
        self._lock.__enter__()
        try:
            self._started = time.perf_counter()
            self.generation = current_generation(self.root)
            self._ix = open_whoosh(self.generation, ARTICLES)
            self._qix = open_whoosh(self.generation, QUOTES)
            self._writer = self._ix.writer(
                limitmb=WRITER_LIMIT_MB, compound=COMPOUND, codec=codec()
            )
            self._names = frozenset(self._writer.schema.names())
            self._qwriter = self._qix.writer(limitmb=64, compound=COMPOUND, codec=codec())
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def add(self, article: Article) -> None:
        """Add or replace ``article`` (its quotes are replaced with it)."""
        self._writer.delete_by_term("article_id", article.id)
        self._qwriter.delete_by_term("article_id", article.id)
        article_doc, quote_docs = to_documents(article)
        names = self._names
        if "hash_col" not in names:  # an index built before the column existed
            article_doc = {k: v for k, v in article_doc.items() if k in names}
        self._writer.add_document(**article_doc)
        for doc in quote_docs:
            self._qwriter.add_document(**doc)
        self.added += 1

    def remove(self, article_id: str) -> bool:
        """Delete an article and its quotes; ``False`` if it was not in the index."""
        deleted = self._writer.delete_by_term("article_id", article_id)
        self._qwriter.delete_by_term("article_id", article_id)
        if deleted:
            self.removed += 1
        return bool(deleted)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self._commit()
            else:
                self._writer.cancel()
                self._qwriter.cancel()
                self._ix.close()
                self._qix.close()
        finally:
            self._lock.__exit__(exc_type, exc, tb)

    def _commit(self) -> None:
        # Quotes first: if we die between the two commits, the article still carries its
        # old content hash, so the next run redoes both.
        self._qwriter.commit(mergetype=merge_small_segments, optimize=False)
        self._writer.commit(mergetype=merge_small_segments, optimize=False)
        self._ix.close()
        self._qix.close()
        metadata = read_metadata(self.generation)
        metadata.update(self.metadata)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        metadata.setdefault("created", now)
        metadata["last_reindex"] = now
        metadata["last_reindex_seconds"] = round(time.perf_counter() - self._started, 3)
        write_metadata(self.generation, metadata)


def read_manifest(root: Path) -> dict[str, tuple[str, str]]:
    """``{article id: (content hash, source path)}`` of the live index, for incremental runs.

    Read from the ``hash_col`` column, so no stored article is unpickled.
    """
    ix = open_whoosh(current_generation(Path(root)))
    try:
        with ix.searcher() as searcher:
            reader = searcher.reader()
            manifest: dict[str, tuple[str, str]] = {}
            if not reader.has_column("hash_col"):  # an index from before the column existed
                for docnum in reader.all_doc_ids():
                    stored = reader.stored_fields(docnum)
                    data = stored.get("data", {})
                    manifest[stored["id"]] = (
                        data.get("content_hash", ""),
                        data.get("source_path", ""),
                    )
                return manifest
            column = reader.column_reader("hash_col")
            for docnum in reader.all_doc_ids():
                article_id, digest, source_path = parse_manifest_entry(column[docnum])
                manifest[article_id] = (digest, source_path)
            return manifest
    finally:
        ix.close()


def indexed_ids(root: Path, ids: Iterable[str]) -> set[str]:
    """Which of ``ids`` the live index holds (term look-ups, whatever the index size)."""
    ix = open_whoosh(current_generation(Path(root)))
    try:
        with ix.searcher() as searcher:
            return {i for i in ids if searcher.document_number(id=i) is not None}
    finally:
        ix.close()


__all__ = ["IndexWriter", "codec", "indexed_ids", "open_whoosh", "read_manifest"]
