"""presslens under benchmark, in-process, through its public API only.

The adapter hands presslens the records *without* their true ``language`` (presslens detects it)
and asks each search for exactly what the peers compute: the top 10 hits with a highlighted snippet
and exact ``outlet``/``language`` facet counts (disjunctive, under the query's filters). The HTTP
side (uvicorn) lives in ``benchmarks.scale.http``.
"""

from __future__ import annotations

import importlib
import shutil
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from benchmarks.peers import FACETS, TOP_N, QueryResult, Record
from benchmarks.queries import BenchQuery


def presslens_available() -> str | None:
    """None when the presslens API the benchmark needs is importable, else the reason it is not."""
    try:
        build = importlib.import_module("indexer.build")
        search = importlib.import_module("search")
    except ImportError as exc:
        return f"presslens API not importable: {exc}"
    missing = [
        name
        for module, name in (
            (build, "build_index_from_records"),
            (build, "add_records"),
            (search, "open_index"),
        )
        if not hasattr(module, name)
    ]
    return f"presslens API missing: {', '.join(missing)}" if missing else None


def without_language(records: Iterable[Record]) -> Iterator[Record]:
    """The records as presslens receives them: no true-language hint."""
    for record in records:
        yield {key: value for key, value in record.items() if key != "language"}


#: Seconds a benchmark search may take before it counts as failed (see ``open``).
BENCH_TIMEOUT = 120.0


class PresslensEngine:
    """presslens' own index in ``index_dir``, built with ``procs`` processes."""

    name = "presslens"
    unsupported: frozenset[str] = frozenset()

    def __init__(self, index_dir: Path, *, procs: int = 2) -> None:
        self.index_dir = index_dir
        self.procs = procs
        self._index: Any = None
        self.last_summary: dict[str, Any] = {}

    def build(self, records: Iterable[Record]) -> int:
        from indexer.build import build_index_from_records

        # A fresh build: an index an earlier run left in the work directory would stay on
        # disk as the previous generation and count in the index size.
        shutil.rmtree(self.index_dir, ignore_errors=True)
        self.index_dir.parent.mkdir(parents=True, exist_ok=True)
        self.last_summary = dict(
            build_index_from_records(without_language(records), self.index_dir, procs=self.procs)
        )
        return int(self.last_summary.get("added", 0))

    def add(self, records: Iterable[Record]) -> int:
        from indexer.build import add_records

        self.last_summary = dict(add_records(without_language(records), self.index_dir))
        return int(self.last_summary.get("added", 0))

    def reopen(self) -> None:
        """``SearchIndex.refresh()``: the open index picks up the new generation."""
        assert self._index is not None
        self._index.refresh()

    def open(self) -> None:
        from search import SearchLimits, open_index

        # A cold first search of a huge index may pass the service's 2 s budget (a 503 in the
        # API): the benchmark waits for it and reports its time instead.
        self._index = open_index(self.index_dir, limits=SearchLimits(timeout=BENCH_TIMEOUT))

    def earlier_build(self) -> tuple[int, float] | None:
        """(articles, seconds) of the full build that wrote the index in ``index_dir``, for a
        run that reuses it (``--reuse``): from its generation's name (when the build began)
        and when ``CURRENT`` switched to it; None when there is no finished build."""
        from search import open_index

        current = self.index_dir / "CURRENT"
        if not current.is_file():
            return None
        generation = current.read_text(encoding="utf-8").strip()
        began = datetime.strptime(generation.split("-")[1], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        seconds = current.stat().st_mtime - began.timestamp()
        with open_index(self.index_dir) as index:
            return index.stats().documents, seconds

    def search(self, query: BenchQuery) -> QueryResult:
        from search import Filters

        assert self._index is not None
        filters = Filters(
            languages=query.languages,
            outlets=query.outlets,
            since=date.fromisoformat(query.since) if query.since else None,
            until=date.fromisoformat(query.until) if query.until else None,
        )
        result = self._index.search(
            query.text,
            filters,
            per_page=TOP_N,
            sort=query.sort,
            facets=FACETS,
            highlight=True,
        )
        return QueryResult(
            total=int(result.total),
            ids=[hit.id for hit in result.hits],
            snippets=[hit.snippets[0] if hit.snippets else "" for hit in result.hits],
            facets={
                name: {value.value: int(value.count) for value in result.facets.get(name, [])}
                for name in FACETS
            },
        )

    def suggest(self, prefix: str) -> list[str]:
        assert self._index is not None
        return [getattr(s, "text", s) for s in self._index.suggest(prefix, limit=8)]

    def close(self) -> None:
        if self._index is not None:
            close = getattr(self._index, "close", None)
            if callable(close):
                close()
            self._index = None
