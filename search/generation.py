"""Full builds: a new generation written as segments, committed, then switched live.

A full build never touches the live index: it writes a new generation directory (see
``search.store``), and only when every segment is written does ``CURRENT`` switch to it.
Segments may come from several processes: each calls :meth:`GenerationBuild.sink` after it
has forked and adds articles; the process that opened the build commits what the sinks
return. The caller decides how to share the work (``indexer.build`` forks workers).

>>> from pathlib import Path; import tempfile
>>> from search.models import Article
>>> root = Path(tempfile.mkdtemp()) / "index"
>>> with GenerationBuild(root) as build:
...     sink = build.sink()
...     sink.add(Article(id="a1", title="Nato", body="Diskussioner i Bryssel", language="sv"))
...     build.commit([sink.finish()])
>>> from search.writer import read_manifest
>>> sorted(read_manifest(root))
['a1']
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from whoosh import index as whoosh_index

from search.documents import to_documents
from search.models import Article
from search.schema import ARTICLES, QUOTES, build_quote_schema, build_schema
from search.segment_writer import BulkSegmentWriter
from search.store import new_generation, switch_to, write_metadata, writer_lock
from search.whoosh_internals import commit_segments
from search.writer import COMPOUND, codec, open_whoosh

#: Postings a sink buffers before it writes them out as a segment and starts the next one:
#: ~2.6M is 12,000 news articles; at 8M a build worker peaks just under 1 GB. Smaller caps
#: mean more segments: at 100k articles 4M gave 6 segments and a 16% larger index.
SEGMENT_POSTINGS = 8_000_000


@dataclass
class Segments:
    """The finished segments of one sink, per index (picklable: sent back by workers)."""

    articles: list[Any] = field(default_factory=list)
    quotes: list[Any] = field(default_factory=list)


class _SegmentSeries:
    """Segments of one index written one after the other: a new one whenever full."""

    def __init__(self, ix: Any, segment_postings: int) -> None:
        self.ix = ix
        self.segment_postings = segment_postings
        self.done: list[Any] = []
        self.writer = self._new_writer()

    def _new_writer(self) -> BulkSegmentWriter:
        # No Whoosh lock: the build holds ours; each sink writes only its own segments.
        return BulkSegmentWriter(self.ix, _lk=False, compound=COMPOUND, codec=codec())

    def finish_if_full(self) -> None:
        if self.writer.buffered_postings >= self.segment_postings:
            self.done.append(self.writer.finish_segment())
            self.writer = self._new_writer()

    def finish(self) -> list[Any]:
        """Flush the last segment (its files stay; the build's commit lists them)."""
        if self.writer.has_documents:
            self.done.append(self.writer.finish_segment())
        else:
            self.writer.discard_segment()
        self.ix.close()
        return self.done


class SegmentSink:
    """Writes articles (and their quotes) into new segments of a generation being built."""

    def __init__(self, generation: Path, segment_postings: int = SEGMENT_POSTINGS) -> None:
        self._articles = _SegmentSeries(open_whoosh(generation, ARTICLES), segment_postings)
        self._quotes = _SegmentSeries(open_whoosh(generation, QUOTES), segment_postings)

    def add(self, article: Article) -> None:
        article_doc, quote_docs = to_documents(article)
        self._articles.writer.add_document(**article_doc)
        for doc in quote_docs:
            self._quotes.writer.add_document(**doc)

    def flush_if_full(self) -> None:
        """Start new segments when the current ones hold ``segment_postings`` postings."""
        self._articles.finish_if_full()
        self._quotes.finish_if_full()

    def finish(self) -> Segments:
        return Segments(self._articles.finish(), self._quotes.finish())


class GenerationBuild:
    """A full build under the writer lock: ``sink()`` writers, ``commit()``, then on a clean
    exit the switch; on an error (or a kill) the new generation is never made live."""

    def __init__(
        self,
        root: Path,
        *,
        wait: bool = False,
        on_wait: Callable[[str], None] | None = None,
        metadata: dict[str, Any] | None = None,
        segment_postings: int | None = None,
        locked: bool = False,
    ) -> None:
        self.root = Path(root)
        self.metadata = metadata or {}
        self.segment_postings = segment_postings or SEGMENT_POSTINGS
        # ``locked``: the caller holds the writer lock already (a write service that checks
        # and writes under one lock).
        self._lock: AbstractContextManager[None] = (
            nullcontext() if locked else writer_lock(self.root, wait=wait, on_wait=on_wait)
        )
        self._committed = False
        self._started = 0.0

    def __enter__(self) -> GenerationBuild:
        self._lock.__enter__()
        try:
            self._started = time.perf_counter()
            self.generation = new_generation(self.root)
            path = str(self.generation)
            whoosh_index.create_in(path, build_schema(), indexname=ARTICLES).close()
            whoosh_index.create_in(path, build_quote_schema(), indexname=QUOTES).close()
        except BaseException:
            self._lock.__exit__(None, None, None)
            raise
        return self

    def sink(self) -> SegmentSink:
        """A writer of new segments (one per process; create it after forking)."""
        return SegmentSink(self.generation, self.segment_postings)

    def commit(self, parts: list[Segments]) -> None:
        """List every sink's segments in one table of contents per index."""
        for name, segments in (
            (ARTICLES, [s for part in parts for s in part.articles]),
            (QUOTES, [s for part in parts for s in part.quotes]),
        ):
            ix = open_whoosh(self.generation, name)
            try:
                commit_segments(ix, segments, compound=COMPOUND, codec=codec())
            finally:
                ix.close()
        self._committed = True

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        switched = False
        try:
            if exc_type is None:
                if not self._committed:
                    self.commit([])  # an empty corpus: an empty, readable index
                now = datetime.now(UTC).isoformat(timespec="seconds")
                write_metadata(
                    self.generation,
                    {
                        **self.metadata,
                        "created": now,
                        "last_reindex": now,
                        "last_reindex_seconds": round(time.perf_counter() - self._started, 3),
                    },
                )
                switch_to(self.root, self.generation)
                switched = True
        finally:
            if not switched:
                shutil.rmtree(self.generation, ignore_errors=True)
            self._lock.__exit__(exc_type, exc, tb)


__all__ = ["SEGMENT_POSTINGS", "GenerationBuild", "SegmentSink", "Segments"]
