"""Building and updating the index from a corpus: full, incremental, add, remove.

The corpus directory is the source of truth. ``sync_corpus`` compares each file's content
hash with the index and analyses only what was added or changed; files that disappeared
are removed from the index. A file that fails to parse is reported and, if an older
version is indexed, that version stays: nothing is lost.

A full build forks one worker per core; each parses, detects the languages of a chunk of
articles at once, extracts quotes *and* writes its own segments
(``search.writer.write_generation``), so writing postings runs on every core too.
Incremental runs analyse chunks in a process pool while the main process writes into the
live generation.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from indexer.corpus import (
    DEFAULT_MAX_BYTES,
    Failure,
    Source,
    parse_source,
    read_sources,
    scan_corpus,
)
from indexer.language import warm_up
from indexer.people import PeopleRegistry
from indexer.pipeline import prepare_many
from search import index_exists
from search.errors import ArticleFormatError
from search.models import Article
from search.writer import IndexWriter, indexed_ids, read_manifest, write_generation

Progress = Callable[[int, int], None]
#: Below this many articles the pool costs more than it saves.
POOL_THRESHOLD = 64


@dataclass
class BuildReport:
    """What one indexer run did; ``failed`` names each file and its problem."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    full: bool = False

    @property
    def analysed(self) -> int:
        return self.added + self.updated

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["failed_count"] = len(self.failed)
        return data


# ------------------------------------------------------------------ preparation
_registry: PeopleRegistry | None = None


def _init_worker(registry: PeopleRegistry) -> None:
    global _registry
    _registry = registry


#: What a worker reports for one source: (id if indexed, error, warnings).
Outcome = tuple[str | None, str | None, list[str]]


#: Articles analysed together (their languages are detected in one batch).
CHUNK = 32


def _prepare_chunk(sources: Sequence[Source]) -> list[tuple[Article | None, str | None, list[str]]]:
    """Parse and analyse a few sources: ``(article, error, warnings)`` for each."""
    results: list[tuple[Article | None, str | None, list[str]]] = []
    parsed = []
    for source in sources:
        try:
            parsed.append((len(results), parse_source(source), source.path))
            results.append((None, None, []))
        except ArticleFormatError as exc:
            results.append((None, str(exc), []))
    articles = prepare_many([p for _, p, _ in parsed], _registry, [path for _, _, path in parsed])
    for (k, one, _), article in zip(parsed, articles, strict=True):
        results[k] = (article, None, one.warnings)
    return results


def _prepare_for_segment(sources: Sequence[Source]) -> list[tuple[Article | None, Outcome]]:
    return [
        (article, (article.id if article else None, error, warnings))
        for article, error, warnings in _prepare_chunk(sources)
    ]


def prepare_all(
    sources: list[Source], registry: PeopleRegistry, procs: int
) -> Iterator[tuple[Article | None, str | None, list[str]]]:
    """Parse and analyse sources, in a pool of ``procs`` processes when worth it."""
    _init_worker(registry)
    chunks = [sources[k : k + CHUNK] for k in range(0, len(sources), CHUNK)]
    if procs <= 1 or len(sources) < POOL_THRESHOLD:
        for chunk in chunks:
            yield from _prepare_chunk(chunk)
        return
    warm_up()  # load langdetect's profiles once, shared by the forked workers
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(procs, initializer=_init_worker, initargs=(registry,)) as pool:
        for prepared in pool.imap(_prepare_chunk, chunks):
            yield from prepared


# ------------------------------------------------------------------- the runs
def _metadata(registry: PeopleRegistry, corpus: Path | None) -> dict[str, Any]:
    aliases = {}
    for person in registry.people():
        aliases[person.canonical] = [
            a for a in registry.aliases(person.canonical) if a != person.canonical
        ]
    return {"aliases": aliases, "corpus": str(corpus) if corpus else None}


def _write_full(
    root: Path,
    sources: list[Source],
    registry: PeopleRegistry,
    report: BuildReport,
    *,
    procs: int,
    progress: Progress | None,
    wait: bool,
    on_wait: Callable[[str], None] | None,
    corpus: Path | None,
) -> None:
    """A full build: workers analyse *and* write segments of a new generation."""
    total = len(sources)
    done = 0

    def on_result(outcome: Outcome) -> None:
        nonlocal done
        article_id, error, warnings = outcome
        report.warnings.extend(warnings)
        if error is not None:
            report.failed.append(error)
        elif article_id is not None:
            report.added += 1
        done += 1
        if progress:
            progress(done, total)

    _init_worker(registry)
    if procs > 1 and total >= POOL_THRESHOLD:
        warm_up()  # load langdetect's profiles once, shared by the forked workers
    else:
        procs = 1
    write_generation(
        root,
        sources,
        _prepare_for_segment,
        procs=procs,
        on_result=on_result,
        wait=wait,
        on_wait=on_wait,
        metadata=_metadata(registry, corpus),
        chunk_size=CHUNK,
    )


def _write(
    root: Path,
    sources: list[Source],
    registry: PeopleRegistry,
    report: BuildReport,
    *,
    full: bool,
    known: set[str],
    remove: Iterable[str] = (),
    procs: int,
    progress: Progress | None,
    wait: bool,
    on_wait: Callable[[str], None] | None,
    corpus: Path | None,
) -> None:
    if full:
        _write_full(
            root,
            sources,
            registry,
            report,
            procs=procs,
            progress=progress,
            wait=wait,
            on_wait=on_wait,
            corpus=corpus,
        )
        return
    with IndexWriter(
        root, wait=wait, on_wait=on_wait, metadata=_metadata(registry, corpus)
    ) as writer:
        for article_id in remove:
            if writer.remove(article_id):
                report.removed += 1
        total = len(sources)
        for done, (article, error, warnings) in enumerate(
            prepare_all(sources, registry, procs), start=1
        ):
            report.warnings.extend(warnings)
            if error is not None:
                report.failed.append(error)
            elif article is not None:
                writer.add(article)
                if article.id in known:
                    report.updated += 1
                else:
                    report.added += 1
            if progress:
                progress(done, total)


def sync_corpus(
    corpus: Path,
    root: Path,
    *,
    full: bool = False,
    registry: PeopleRegistry | None = None,
    procs: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> BuildReport:
    """Bring the index at ``root`` in line with the corpus directory."""
    started = time.perf_counter()
    corpus, root = Path(corpus), Path(root)
    registry = registry if registry is not None else PeopleRegistry.load(corpus / "people.yaml")
    procs = procs or min(2, os.cpu_count() or 1)
    full = full or not index_exists(root)
    report = BuildReport(full=full)
    sources, failures = read_sources(scan_corpus(corpus), max_bytes=max_bytes)
    report.failed.extend(str(f) for f in failures)
    manifest = {} if full else read_manifest(root)
    if full:
        todo, gone = sources, []
    else:
        todo = [s for s in sources if manifest.get(s.id, ("", ""))[0] != _hash_of(s)]
        present = {s.id for s in sources} | {_failed_id(f) for f in failures}
        gone = [i for i in manifest if i not in present]
        report.unchanged = len(sources) - len(todo)
    if todo or gone or full:
        _write(
            root,
            todo,
            registry,
            report,
            full=full,
            known=set(manifest),
            remove=gone,
            procs=procs,
            progress=progress,
            wait=wait,
            on_wait=on_wait,
            corpus=corpus,
        )
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _hash_of(source: Source) -> str:
    from indexer.articles import content_hash

    return content_hash(source.data) if source.data is not None else ""


def _failed_id(failure: Failure) -> str:
    return Path(failure.path.split(":")[0]).stem


def index_sources(
    sources: list[Source],
    root: Path,
    *,
    registry: PeopleRegistry | None = None,
    remove: Iterable[str] = (),
    procs: int = 1,
    wait: bool = True,
    corpus: Path | None = None,
) -> BuildReport:
    """Add or replace these articles (and remove ``remove``) in an existing index.

    Only the given ids are looked up in the index, so the cost does not grow with its size.
    """
    started = time.perf_counter()
    root = Path(root)
    registry = registry or PeopleRegistry.empty()
    full = not index_exists(root)
    known = set() if full else indexed_ids(root, (s.id for s in sources))
    report = BuildReport(full=full)
    _write(
        root,
        sources,
        registry,
        report,
        full=full,
        known=known,
        remove=remove,
        procs=procs,
        progress=None,
        wait=wait,
        on_wait=None,
        corpus=corpus,
    )
    report.seconds = round(time.perf_counter() - started, 3)
    return report


# --------------------------------------------------------- records (benchmarks)
_RECORD_KEYS = ("title", "text", "outlet", "published", "url", "authors")


def _record_sources(records: Iterable[dict[str, Any]]) -> list[Source]:
    out = []
    for number, record in enumerate(records, start=1):
        rec = {k: v for k, v in record.items() if k in _RECORD_KEYS and v}
        article_id = str(record.get("id") or f"record-{number}")
        out.append(Source(article_id, f"record:{number}", record=rec))
    return out


def build_index_from_records(
    records: Iterable[dict[str, Any]], index_dir: Path, *, procs: int = 2
) -> dict[str, Any]:
    """Full build from article dicts (``id``, ``text``, optional metadata): benchmarks."""
    started = time.perf_counter()
    report = BuildReport(full=True)
    _write_full(
        Path(index_dir),
        _record_sources(records),
        PeopleRegistry.empty(),
        report,
        procs=procs,
        progress=None,
        wait=False,
        on_wait=None,
        corpus=None,
    )
    return {
        "added": report.added,
        "failed": len(report.failed),
        "seconds": round(time.perf_counter() - started, 3),
    }


def add_records(records: Iterable[dict[str, Any]], index_dir: Path) -> dict[str, Any]:
    """Incremental add of article dicts into an existing index: benchmarks."""
    report = index_sources(_record_sources(records), Path(index_dir))
    return {
        "added": report.added + report.updated,
        "failed": len(report.failed),
        "seconds": report.seconds,
    }


__all__ = [
    "BuildReport",
    "add_records",
    "build_index_from_records",
    "index_sources",
    "read_sources",
    "sync_corpus",
]
