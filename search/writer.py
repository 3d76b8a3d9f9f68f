"""Writing articles into the index: full rebuilds into a new generation, or incremental.

>>> from pathlib import Path; import tempfile
>>> from search.models import Article
>>> root = Path(tempfile.mkdtemp()) / "index"
>>> with IndexWriter(root, full=True) as w:
...     w.add(Article(id="a1", title="Nato", body="Diskussioner i Bryssel", language="sv"))
>>> sorted(read_manifest(root))
['a1']
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from whoosh import index as whoosh_index

from search.documents import to_documents
from search.errors import IndexCorruptError
from search.models import Article
from search.schema import ARTICLES, QUOTES, build_quote_schema, build_schema
from search.store import (
    current_generation,
    new_generation,
    read_metadata,
    remove_stale_generations,
    switch_to,
    write_metadata,
    writer_lock,
)

#: Whoosh's in-memory posting pool per writer; above it postings spill to disk.
WRITER_LIMIT_MB = 512


def open_whoosh(generation: Path, indexname: str = ARTICLES):
    """Open one Whoosh index of a generation, turning Whoosh's errors into ours."""
    try:
        return whoosh_index.open_dir(str(generation), indexname=indexname)
    except Exception as exc:  # Whoosh raises many kinds for damaged directories
        raise IndexCorruptError(str(generation), f"{type(exc).__name__}: {exc}") from exc


class IndexWriter:
    """One writing session under the writer lock; commits on a clean exit, else nothing."""

    def __init__(
        self,
        root: Path,
        *,
        full: bool = False,
        wait: bool = False,
        on_wait: Callable[[str], None] | None = None,
        metadata: dict | None = None,
    ) -> None:
        self.root = Path(root)
        self.full = full
        self.metadata = metadata or {}
        self._lock = writer_lock(self.root, wait=wait, on_wait=on_wait)
        self.added = 0
        self.removed = 0
        self._started = 0.0

    def __enter__(self) -> IndexWriter:
        self._lock.__enter__()
        try:
            self._started = time.perf_counter()
            if self.full:
                self.generation = new_generation(self.root)
                path = str(self.generation)
                self._ix = whoosh_index.create_in(path, build_schema(), indexname=ARTICLES)
                self._qix = whoosh_index.create_in(path, build_quote_schema(), indexname=QUOTES)
            else:
                self.generation = current_generation(self.root)
                self._ix = open_whoosh(self.generation, ARTICLES)
                self._qix = open_whoosh(self.generation, QUOTES)
            self._writer = self._ix.writer(limitmb=WRITER_LIMIT_MB)
            self._qwriter = self._qix.writer(limitmb=64)
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def add(self, article: Article) -> None:
        """Add or replace ``article`` (its quotes are replaced with it)."""
        if not self.full:
            self._writer.delete_by_term("article_id", article.id)
            self._qwriter.delete_by_term("article_id", article.id)
        article_doc, quote_docs = to_documents(article)
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
                if self.full:
                    remove_stale_generations(self.root, keep=self._live_name())
        finally:
            self._lock.__exit__(exc_type, exc, tb)

    def _live_name(self) -> str:
        try:
            return current_generation(self.root).name
        except Exception:
            return ""

    def _commit(self) -> None:
        # Quotes first: if we die between the two commits, the article still carries its
        # old content hash, so the next run redoes both.
        self._qwriter.commit(optimize=False, merge=not self.full)
        self._writer.commit(optimize=False, merge=not self.full)
        self._ix.close()
        self._qix.close()
        metadata = read_metadata(self.generation)
        metadata.update(self.metadata)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        metadata.setdefault("created", now)
        metadata["last_reindex"] = now
        metadata["last_reindex_seconds"] = round(time.perf_counter() - self._started, 3)
        write_metadata(self.generation, metadata)
        if self.full:
            switch_to(self.root, self.generation)


def read_manifest(root: Path) -> dict[str, tuple[str, str]]:
    """``{article id: (content hash, source path)}`` of the live index, for incremental runs."""
    ix = open_whoosh(current_generation(Path(root)))
    try:
        with ix.searcher() as searcher:
            manifest: dict[str, tuple[str, str]] = {}
            reader = searcher.reader()
            for docnum in reader.all_doc_ids():
                stored = reader.stored_fields(docnum)
                data = stored.get("data", {})
                manifest[stored["id"]] = (
                    data.get("content_hash", ""),
                    data.get("source_path", ""),
                )
            return manifest
    finally:
        ix.close()


__all__ = ["IndexWriter", "open_whoosh", "read_manifest"]
