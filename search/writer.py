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

import gc
import multiprocessing
import os
import queue
import shutil
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import SegmentWriter

from search.documents import parse_manifest_entry, to_documents
from search.errors import IndexCorruptError
from search.models import Article
from search.schema import ARTICLES, QUOTES, build_quote_schema, build_schema
from search.segment_writer import BulkSegmentWriter
from search.store import (
    current_generation,
    new_generation,
    read_metadata,
    switch_to,
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
        if not self.full:
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
                if self.full:
                    shutil.rmtree(self.generation, ignore_errors=True)
        finally:
            self._lock.__exit__(exc_type, exc, tb)

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


# ------------------------------------------------------------- parallel full builds
#: Postings a build worker buffers before it writes them out as a segment and starts the
#: next one: ~2.6M is 12,000 news articles; at 8M a worker peaks just under 1 GB. Smaller
#: caps mean more segments: at 100k articles 4M gave 6 segments and a 16% larger index.
SEGMENT_POSTINGS = 8_000_000
#: A worker's outcome for one source: the article to index (or None) and what to report.
Outcome = tuple[Article | None, Any]
#: Turns a chunk of sources into one outcome per source.
Prepare = Callable[[Sequence[Any]], list[Outcome]]


def write_generation(
    root: Path,
    sources: Sequence[Any],
    prepare: Prepare,
    *,
    procs: int = 2,
    on_result: Callable[[Any], None] | None = None,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
    metadata: dict | None = None,
    chunk_size: int = 32,
) -> Path:
    """Full build into a new generation, then switch ``CURRENT`` to it atomically.

    ``procs`` forked workers each take every ``procs``-th chunk of ``sources``, run
    ``prepare`` on the chunk (language detection, quotes...) and write the articles into their
    own segments (``BulkSegmentWriter``), so both analysis and writing use every core; the
    parent only reports progress and commits the segments in one table of contents. The
    chunk assignment is fixed, so the same corpus always gives the same index. Until the
    switch the previous generation stays live; if anything fails (or the process is
    killed) the new generation is never switched to and is removed.
    """
    root = Path(root)
    procs = max(1, min(procs, (len(sources) + chunk_size - 1) // chunk_size or 1))
    started = time.perf_counter()
    with writer_lock(root, wait=wait, on_wait=on_wait):
        generation = new_generation(root)
        try:
            ix = whoosh_index.create_in(str(generation), build_schema(), indexname=ARTICLES)
            qix = whoosh_index.create_in(str(generation), build_quote_schema(), indexname=QUOTES)
            if procs == 1:
                builder = _SegmentBuilder(generation, sources, prepare, 0, 1, chunk_size)
                results = [builder.run(lambda outcomes: _deliver(outcomes, on_result))]
            else:
                results = _run_workers(generation, sources, prepare, procs, chunk_size, on_result)
            _commit_segments(ix, [segment for r in results for segment in r[0]])
            _commit_segments(qix, [segment for r in results for segment in r[1]])
            ix.close()
            qix.close()
            now = datetime.now(UTC).isoformat(timespec="seconds")
            write_metadata(
                generation,
                {
                    **(metadata or {}),
                    "created": now,
                    "last_reindex": now,
                    "last_reindex_seconds": round(time.perf_counter() - started, 3),
                },
            )
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        switch_to(root, generation)
    return generation


def _deliver(outcomes: list[Any], on_result: Callable[[Any], None] | None) -> None:
    if on_result is not None:
        for outcome in outcomes:
            on_result(outcome)


def _commit_segments(ix: Any, segments: list[Any]) -> None:
    """One table of contents listing the workers' finished segments (as Whoosh's MpWriter)."""
    writer = SegmentWriter(ix, compound=COMPOUND, codec=codec())
    try:
        writer._close_segment()
        writer._commit_toc(segments)
    finally:
        writer._finish()


class _SegmentBuilder:
    """One worker's share of a full build: its chunks, written into its own segments."""

    def __init__(
        self,
        generation: Path,
        sources: Sequence[Any],
        prepare: Prepare,
        worker: int,
        procs: int,
        chunk_size: int,
    ) -> None:
        self.generation = generation
        self.sources = sources
        self.prepare = prepare
        self.worker = worker
        self.procs = procs
        self.chunk_size = chunk_size

    def chunks(self) -> Iterator[Sequence[Any]]:
        step = self.procs * self.chunk_size
        for start in range(self.worker * self.chunk_size, len(self.sources), step):
            yield self.sources[start : start + self.chunk_size]

    def run(self, report: Callable[[list[Any]], None]) -> tuple[list[Any], list[Any]]:
        """Write this worker's chunks; the finished segments of each index, in order."""
        articles = _Segments(open_whoosh(self.generation, ARTICLES))
        quotes = _Segments(open_whoosh(self.generation, QUOTES))
        for chunk in self.chunks():
            outcomes = []
            for article, outcome in self.prepare(chunk):
                if article is not None:
                    article_doc, quote_docs = to_documents(article)
                    articles.writer.add_document(**article_doc)
                    for doc in quote_docs:
                        quotes.writer.add_document(**doc)
                outcomes.append(outcome)
            report(outcomes)
            articles.finish_if_full()
            quotes.finish_if_full()
        return articles.finish(), quotes.finish()


class _Segments:
    """A worker's segments of one index: a new one whenever the current one is full."""

    def __init__(self, ix: Any) -> None:
        self.ix = ix
        self.done: list[Any] = []
        self.writer = self._new_writer()

    def _new_writer(self) -> BulkSegmentWriter:
        # No Whoosh lock: the parent holds ours; each worker writes only its own segments.
        return BulkSegmentWriter(self.ix, _lk=False, compound=COMPOUND, codec=codec())

    def finish_if_full(self) -> None:
        if self.writer.buffered_postings >= SEGMENT_POSTINGS:
            self.done.append(self.writer._finalize_segment())
            self.writer = self._new_writer()

    def finish(self) -> list[Any]:
        """Flush the last segment (its files stay; the parent's commit lists them)."""
        if self.writer._added:
            self.done.append(self.writer._finalize_segment())
        else:
            self.writer._close_segment()
        self.ix.close()
        return self.done


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the indexer dies (even by SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers notice the closed queue instead
        pass


def _worker_main(builder: _SegmentBuilder, results: Any, parent: int) -> None:
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    try:
        segments = builder.run(lambda outcomes: results.put(("chunk", outcomes)))
        results.put(("done", builder.worker, segments))
    except BaseException:
        results.put(("error", builder.worker, traceback.format_exc()))
    finally:
        results.close()
        results.join_thread()


def _run_workers(
    generation: Path,
    sources: Sequence[Any],
    prepare: Prepare,
    procs: int,
    chunk_size: int,
    on_result: Callable[[Any], None] | None,
) -> list[tuple[Any, Any]]:
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=_worker_main,
            args=(
                _SegmentBuilder(generation, sources, prepare, k, procs, chunk_size),
                results,
                os.getpid(),
            ),
            daemon=True,
        )
        for k in range(procs)
    ]
    # Objects the parent already has (the sources, langdetect's profiles) move to a generation
    # the collector never visits, so workers don't copy their pages by touching them.
    gc.freeze()
    try:
        for worker in workers:
            worker.start()
    finally:
        gc.unfreeze()
    finished: dict[int, tuple[Any, Any]] = {}
    try:
        while len(finished) < procs:
            try:
                message = results.get(timeout=0.5)
            except queue.Empty:
                dead = [
                    w for k, w in enumerate(workers) if k not in finished and w.exitcode is not None
                ]
                if dead:
                    # Let a last message that is still in the pipe arrive.
                    try:
                        message = results.get(timeout=2)
                    except queue.Empty:
                        raise RuntimeError(
                            f"an indexing worker died (exit code {dead[0].exitcode});"
                            " the index was not changed"
                        ) from None
                else:
                    continue
            kind = message[0]
            if kind == "chunk":
                _deliver(message[1], on_result)
            elif kind == "done":
                finished[message[1]] = message[2]
            else:
                raise RuntimeError(f"an indexing worker failed:\n{message[2]}")
        for worker in workers:
            worker.join()
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
        results.close()
        results.join_thread()
    return [finished[k] for k in range(procs)]


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


__all__ = ["IndexWriter", "indexed_ids", "open_whoosh", "read_manifest", "write_generation"]
