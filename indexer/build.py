"""Building and updating the index from a corpus: full, incremental, add, remove.

The corpus directory is the source of truth. ``sync_corpus`` compares each file's content
hash with the index and analyses only what was added or changed; files that disappeared
are removed from the index. A file that fails to parse is reported and, if an older
version is indexed, that version stays: nothing is lost.

Both kinds of run share one pool (``indexer.workers``): ``procs`` forked workers each take
every ``procs``-th chunk of articles, parse them, detect their languages in one batch and
extract quotes. In a full build each worker also writes its own segments of the new
generation (``search.GenerationBuild``), so writing postings runs on every core; in an
incremental run the workers send the articles back and the parent writes them into the
live generation, in corpus order.

One person, one name across the corpus: a full build counts the names every article gives
(each worker's outcomes carry them) and stores the join of their variants in the generation's
metadata, under :data:`SPEAKER_VARIANTS` (``{"Ban Ki Moon": "Ban Ki-moon", ...}``: variant ->
canonical name, never a chain). An incremental run gives the articles it writes the stored names
and adds the joins their new names make (``indexer.quotes.clusters.VariantJoin``).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from indexer.articles import ParsedArticle, content_hash
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
from indexer.quotes.clusters import VariantJoin, cluster_names, name_counts
from indexer.workers import Emit, run_workers
from search import (
    SPEAKER_VARIANTS,
    Article,
    ArticleFormatError,
    GenerationBuild,
    IndexWriter,
    index_exists,
    indexed_ids,
    read_manifest,
    read_metadata,
)

Progress = Callable[[int, int], None]
#: Below this many articles a pool costs more than it saves.
POOL_THRESHOLD = 64
#: Articles analysed together at most (their languages are detected in one batch, which
#: costs less per article the larger it is: see ``indexer.langdetect_walks``).
CHUNK = 256

#: What a run works on: a source to parse, or an article parsed already (the write service).
Item = Source | ParsedArticle


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


@dataclass(frozen=True)
class Outcome:
    """What preparing one item gave: the article (``None`` if it failed) or the error, and
    how often the article names each person (its people once, its speakers once per quote)."""

    article: Article | None
    error: str | None = None
    warnings: tuple[str, ...] = ()
    names: tuple[tuple[str, int], ...] = ()

    def without_article(self) -> Outcome:
        """The outcome to report (the article itself stays in the worker that wrote it)."""
        return Outcome(None, self.error, self.warnings, self.names) if self.article else self


# ------------------------------------------------------------------ preparation
def prepare_chunk(items: Sequence[Item], registry: PeopleRegistry) -> list[Outcome]:
    """Parse and analyse a few items; one outcome per item, in order, never raising for
    one bad article (its outcome names the file and the problem)."""
    outcomes: list[Outcome | None] = []
    parsed: list[tuple[int, ParsedArticle, str]] = []
    for item in items:
        try:
            one = item if isinstance(item, ParsedArticle) else parse_source(item)
            parsed.append((len(outcomes), one, _path_of(item)))
            outcomes.append(None)
        except ArticleFormatError as exc:
            outcomes.append(Outcome(None, str(exc)))
    articles = _prepare_all(parsed, registry)
    for (k, one, path), article in zip(parsed, articles, strict=True):
        if isinstance(article, Exception):
            outcomes[k] = Outcome(None, f"{path}: cannot be analysed ({_describe(article)})")
        else:
            names = tuple(name_counts(article).items())
            outcomes[k] = Outcome(article, None, tuple(one.warnings), names)
    return [o for o in outcomes if o is not None]


def _prepare_all(
    parsed: list[tuple[int, ParsedArticle, str]], registry: PeopleRegistry
) -> list[Article | Exception]:
    """Articles of a batch; if the batch fails, each article alone (so one article that
    breaks analysis costs only itself)."""
    try:
        return list(prepare_many([p for _, p, _ in parsed], registry))
    except Exception:
        out: list[Article | Exception] = []
        for _, one, _ in parsed:
            try:
                out.append(prepare_many([one], registry)[0])
            except Exception as exc:
                out.append(exc)
        return out


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _path_of(item: Item) -> str:
    return item.path if isinstance(item, Source) else item.source_path


def chunk_size(items: int, procs: int) -> int:
    """Articles per chunk: :data:`CHUNK`, or fewer so that each of ``procs`` workers has one.

    >>> chunk_size(100_000, 2), chunk_size(160, 2), chunk_size(3, 1)
    (256, 80, 3)
    """
    return max(1, min(CHUNK, -(-items // procs)))


def _chunks(items: Sequence[Item], worker: int, procs: int) -> list[tuple[int, Sequence[Item]]]:
    """``(chunk number, items)`` of one worker's share: every ``procs``-th chunk. The share
    is fixed, so the same corpus always gives the same index."""
    size = chunk_size(len(items), procs)
    starts = range(worker * size, len(items), procs * size)
    return [(start // size, items[start : start + size]) for start in starts]


# ------------------------------------------------------------------- the runs
@dataclass
class Run:
    """One indexer run: where it writes, what it knows, and what it reports."""

    root: Path
    registry: PeopleRegistry
    report: BuildReport
    procs: int = 1
    progress: Progress | None = None
    wait: bool = False
    on_wait: Callable[[str], None] | None = None
    corpus: Path | None = None
    known: set[str] = field(default_factory=set)
    locked: bool = False  # the caller holds the writer lock (the write service)

    def metadata(self) -> dict[str, Any]:
        aliases = {
            person.canonical: [
                a for a in self.registry.aliases(person.canonical) if a != person.canonical
            ]
            for person in self.registry.people()
        }
        return {"aliases": aliases, "corpus": str(self.corpus) if self.corpus else None}

    def workers_for(self, items: Sequence[Item]) -> int:
        if self.procs > 1 and len(items) >= POOL_THRESHOLD:
            warm_up()  # load langdetect's profiles once, shared by the forked workers
            return self.procs  # each has a chunk at least (``chunk_size``)
        return 1

    def count(self, outcome: Outcome, done: int, total: int) -> None:
        self.report.warnings.extend(outcome.warnings)
        if outcome.error is not None:
            self.report.failed.append(outcome.error)
        elif outcome.article is not None and outcome.article.id in self.known:
            self.report.updated += 1
        else:
            self.report.added += 1
        if self.progress:
            self.progress(done, total)

    # ----------------------------------------------------------------- full build
    def write_full(self, items: Sequence[Item]) -> None:
        """A new generation: workers analyse *and* write its segments; then the switch,
        with the corpus name join in its metadata."""
        total, done = len(items), 0
        names: Counter[str] = Counter()

        def on_message(outcomes: list[Outcome]) -> None:
            nonlocal done
            for outcome in outcomes:
                done += 1
                self.count(outcome, done, total)
                names.update(dict(outcome.names))

        with GenerationBuild(
            self.root,
            wait=self.wait,
            on_wait=self.on_wait,
            metadata=self.metadata(),
            locked=self.locked,
        ) as build:
            registry = self.registry

            def job(worker: int, procs: int, emit: Emit) -> Any:
                sink = build.sink()
                for _, chunk in _chunks(items, worker, procs):
                    outcomes = prepare_chunk(chunk, registry)
                    for outcome in outcomes:
                        if outcome.article is not None:
                            sink.add(outcome.article)
                    emit([o.without_article() for o in outcomes])
                    sink.flush_if_full()
                return sink.finish()

            build.commit(run_workers(job, self.workers_for(items), on_message=on_message))
            build.metadata[SPEAKER_VARIANTS] = cluster_names(names, registry)

    # ------------------------------------------------------------ incremental run
    def write_incremental(self, items: Sequence[Item], remove: Iterable[str] = ()) -> None:
        """Workers analyse; this process writes into the live generation, in item order."""
        total, done = len(items), 0
        registry = self.registry
        with IndexWriter(
            self.root,
            wait=self.wait,
            on_wait=self.on_wait,
            metadata=self.metadata(),
            locked=self.locked,
        ) as writer:
            join = VariantJoin(read_metadata(writer.generation).get(SPEAKER_VARIANTS), registry)
            for article_id in remove:
                if writer.remove(article_id):
                    self.report.removed += 1
            pending: dict[int, list[Outcome]] = {}
            following = 0

            def on_message(message: tuple[int, list[Outcome]]) -> None:
                nonlocal following, done
                pending[message[0]] = message[1]
                while following in pending:  # write chunks in corpus order
                    for outcome in pending.pop(following):
                        if outcome.article is not None:
                            writer.add(join.apply(outcome.article))
                        done += 1
                        self.count(outcome, done, total)
                    following += 1

            def job(worker: int, procs: int, emit: Emit) -> None:
                for number, chunk in _chunks(items, worker, procs):
                    emit((number, prepare_chunk(chunk, registry)))

            run_workers(job, self.workers_for(items), on_message=on_message)
            if join.added:
                writer.metadata[SPEAKER_VARIANTS] = join.stored()


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
    full = full or not index_exists(root)
    report = BuildReport(full=full)
    sources, failures = read_sources(scan_corpus(corpus), max_bytes=max_bytes)
    report.failed.extend(str(f) for f in failures)
    run = Run(
        root,
        registry,
        report,
        procs=procs or min(2, os.cpu_count() or 1),
        progress=progress,
        wait=wait,
        on_wait=on_wait,
        corpus=corpus,
    )
    if full:
        run.write_full(sources)
    else:
        manifest = read_manifest(root)
        run.known = set(manifest)
        todo = [s for s in sources if manifest.get(s.id, ("", ""))[0] != _hash_of(s)]
        present = {s.id for s in sources} | {_failed_id(f) for f in failures}
        gone = [i for i in manifest if i not in present]
        report.unchanged = len(sources) - len(todo)
        if todo or gone:
            run.write_incremental(todo, gone)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _hash_of(source: Source) -> str:
    return content_hash(source.data) if source.data is not None else ""


def _failed_id(failure: Failure) -> str:
    return Path(failure.path.split(":")[0]).stem


def index_items(
    items: Sequence[Item],
    root: Path,
    *,
    registry: PeopleRegistry | None = None,
    remove: Iterable[str] = (),
    procs: int = 1,
    wait: bool = True,
    corpus: Path | None = None,
    locked: bool = False,
) -> BuildReport:
    """Add or replace these articles (and remove ``remove``) in the index at ``root``
    (built, empty, when there is none yet). ``locked``: the caller holds the writer lock.

    Only the given ids are looked up in the index, so the cost does not grow with its size.
    """
    started = time.perf_counter()
    root = Path(root)
    full = not index_exists(root)
    ids = [item.id for item in items]
    run = Run(
        root,
        registry or PeopleRegistry.empty(),
        BuildReport(full=full),
        procs=procs,
        wait=wait,
        corpus=corpus,
        known=set() if full else indexed_ids(root, ids),
        locked=locked,
    )
    if full:
        run.write_full(items)
    else:
        run.write_incremental(items, remove)
    run.report.seconds = round(time.perf_counter() - started, 3)
    return run.report


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
    run = Run(Path(index_dir), PeopleRegistry.empty(), BuildReport(full=True), procs=procs)
    run.write_full(_record_sources(records))
    return {
        "added": run.report.added,
        "failed": len(run.report.failed),
        "seconds": round(time.perf_counter() - started, 3),
    }


def add_records(records: Iterable[dict[str, Any]], index_dir: Path) -> dict[str, Any]:
    """Incremental add of article dicts into an existing index: benchmarks."""
    report = index_items(_record_sources(records), Path(index_dir))
    return {
        "added": report.added + report.updated,
        "failed": len(report.failed),
        "seconds": report.seconds,
    }


__all__ = [
    "BuildReport",
    "Outcome",
    "Run",
    "add_records",
    "build_index_from_records",
    "index_items",
    "prepare_chunk",
    "sync_corpus",
]
