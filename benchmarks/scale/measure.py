"""One engine's run, in a process of its own: build, size, open, query, suggest, add, reopen.

:func:`run_engine_process` spawns the process and samples its memory (and its children's: the
presslens build forks two workers) per phase; :func:`measure_engine` is what runs inside. The
records come from :class:`benchmarks.data.Collection`, which cycles the corpus lazily, so the
harness holds the real corpus once (``harness_rss_mb``) whatever the size.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import queue as queue_module
import statistics
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.data import collection
from benchmarks.peers import Engine, QueryResult, directory_size
from benchmarks.queries import BenchQuery, suggest_prefixes
from benchmarks.scale.memory import TreeSampler, maxrss_mb, own_rss_mb

#: A word whose total shows the added articles are searchable.
PROBE = BenchQuery("said", "probe")


def percentiles(samples_ms: Sequence[float]) -> dict[str, float | int | None]:
    """Nearest-rank p50/p95 and the maximum of ``samples_ms`` (None when empty)."""
    from benchmarks.http_load import percentile

    if not samples_ms:
        return {"p50_ms": None, "p95_ms": None, "max_ms": None, "samples": 0}
    return {
        "p50_ms": round(percentile(samples_ms, 0.50), 3),
        "p95_ms": round(percentile(samples_ms, 0.95), 3),
        "max_ms": round(max(samples_ms), 3),
        "samples": len(samples_ms),
    }


#: Engine name -> (module, class, where its index goes under the work directory); each module
#: is imported only when its engine runs (a peer's package may be missing).
ENGINE_CLASSES = {
    "presslens": ("benchmarks.presslens_engine", "PresslensEngine", "presslens/index"),
    "tantivy": ("benchmarks.peers.tantivy_engine", "TantivyEngine", "tantivy"),
    "fts5": ("benchmarks.peers.fts5_engine", "Fts5Engine", "fts5/articles.db"),
    "whoosh-plain": ("benchmarks.peers.whoosh_plain", "WhooshPlainEngine", "whoosh-plain"),
}


def make_engine(name: str, workdir: Path) -> tuple[Engine, Path]:
    """The engine called ``name`` with its index under ``workdir``; returns (engine, index path)."""
    if name not in ENGINE_CLASSES:
        raise ValueError(f"Unknown engine {name!r}")
    module, cls, where = ENGINE_CLASSES[name]
    path = workdir / where
    return getattr(importlib.import_module(module), cls)(path), path


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def _timed_cpu(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """``fn()``, its wall time and the CPU time this process spent on it (seconds). On a busy
    machine the CPU time is the steadier figure: waiting for a core does not count."""
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return value, time.perf_counter() - wall, time.process_time() - cpu


def _entry(query: BenchQuery, result: QueryResult, articles: int) -> dict[str, Any]:
    return {
        "class": query.kind,
        "total": result.total,
        "share": round(result.total / articles, 6) if articles else None,
        "outlet_sum": sum(result.facets.get("outlet", {}).values()),
        "languages": result.facets.get("language", {}),
        "hits": len(result.ids),
        "snippets": sum(1 for s in result.snippets if s),
        "top": result.ids[:3],
        "ms": [],
    }


def run_queries(
    engine: Engine, queries: Sequence[BenchQuery], repeats: int, articles: int
) -> dict[str, Any]:
    """One warm-up pass (timed as ``cold``), then ``repeats`` timed passes over ``queries``."""
    per_query: dict[str, dict[str, Any]] = {}
    runnable = [q for q in queries if q.kind not in engine.unsupported]
    for query in runnable:
        result, seconds = _timed(lambda q=query: engine.search(q))
        per_query[query.label] = {
            **_entry(query, result, articles), "cold_ms": seconds * 1000, "cpu": [],
        }  # fmt: skip
    for _ in range(repeats):
        for query in runnable:
            _, seconds, cpu = _timed_cpu(lambda q=query: engine.search(q))
            per_query[query.label]["ms"].append(seconds * 1000)
            per_query[query.label]["cpu"].append(cpu * 1000)
    by_class: dict[str, list[float]] = {}
    cpu_by_class: dict[str, list[float]] = {}
    cold: dict[str, list[float]] = {}
    for label, entry in per_query.items():
        samples = entry.pop("ms")
        cpu_samples = entry.pop("cpu")
        by_class.setdefault(entry["class"], []).extend(samples)
        cpu_by_class.setdefault(entry["class"], []).extend(cpu_samples)
        entry["median_cpu_ms"] = round(statistics.median(cpu_samples), 3) if cpu_samples else None
        cold.setdefault(entry["class"], []).append(entry["cold_ms"])
        entry["median_ms"] = round(statistics.median(samples), 3) if samples else None
        entry["cold_ms"] = round(entry["cold_ms"], 3)
        per_query[label] = entry
    classes = {
        kind: {
            **percentiles(samples),
            "queries": len(cold[kind]),
            "cpu_p50_ms": percentiles(cpu_by_class[kind])["p50_ms"],
            "cpu_p95_ms": percentiles(cpu_by_class[kind])["p95_ms"],
            "cold_p50_ms": percentiles(cold[kind])["p50_ms"],
            "cold_max_ms": percentiles(cold[kind])["max_ms"],
            "median_share": statistics.median(
                e["share"] for e in per_query.values() if e["class"] == kind
            ),
        }
        for kind, samples in by_class.items()
    }
    every = [s for kind, samples in by_class.items() if kind != "legacy" for s in samples]
    every_cpu = [s for kind, samples in cpu_by_class.items() if kind != "legacy" for s in samples]
    return {
        "classes": classes,
        "all": percentiles(every),
        "all_cpu": percentiles(every_cpu),
        "unsupported": sorted({q.kind for q in queries if q.kind in engine.unsupported}),
        "per_query": per_query,
    }


def measure_engine(
    name: str,
    workdir: Path,
    data_dir: Path,
    size: int | None,
    queries: Sequence[BenchQuery],
    repeats: int,
    add_count: int,
    base_limit: int | None = None,
    phase: Callable[[str], None] = lambda _: None,
    reuse: bool = False,
) -> dict[str, Any]:
    """Everything measured for one engine; meant to run in a fresh process. ``reuse``: an
    index an earlier run built in ``workdir`` is measured as it is (presslens only; its
    build figures are that build's)."""
    phase("load")
    articles = collection(size, data_dir, base_limit)
    rss_loaded = own_rss_mb()
    engine, path = make_engine(name, workdir)
    phase("build")
    earlier = engine.earlier_build() if reuse and hasattr(engine, "earlier_build") else None
    if earlier is not None:
        built, build_s = earlier
    else:
        built, build_s = _timed(lambda: engine.build(iter(articles)))
    phase("open")
    index_bytes = directory_size(path)
    _, open_s = _timed(engine.open)
    phase("query")
    measured = run_queries(engine, queries, repeats, len(articles))
    suggest_ms: list[float] = []
    if name == "presslens":
        for prefix in suggest_prefixes():
            suggest_ms.append(_timed(lambda p=prefix: engine.suggest(p))[1] * 1000)
    phase("add")
    before = engine.search(PROBE).total
    run = os.getpid()  # new ids on every run, also for an index measured again (``reuse``)
    extra = [{**r, "id": f"add-{run}-{r['id']}"} for r in articles.head(add_count)]
    added, add_s = _timed(lambda: engine.add(extra))
    _, reopen_s = _timed(engine.reopen)
    after, first_s = _timed(lambda: engine.search(PROBE).total)
    _, second_s = _timed(lambda: engine.search(PROBE))
    engine.close()
    searchable_s = add_s + reopen_s
    legacy = measured["classes"].get("legacy", {})
    return {
        "engine": name,
        "reused_index": earlier is not None,
        "articles": built,
        "build_seconds": round(build_s, 3),
        "index_articles_per_s": round(built / build_s, 1) if build_s else None,
        "add_articles": added,
        "add_seconds": round(searchable_s, 3),
        "add_commit_seconds": round(add_s, 3),
        "add_articles_per_s": round(added / searchable_s, 1) if searchable_s else None,
        "reopen_ms": round(reopen_s * 1000, 2),
        "first_search_after_reopen_ms": round(first_s * 1000, 2),
        "second_search_after_reopen_ms": round(second_s * 1000, 2),
        "added_visible": after - before,
        "index_bytes": index_bytes,
        "index_mb": round(index_bytes / 2**20, 1),
        "open_ms": round(open_s * 1000, 2),
        "queries": legacy.get("queries"),
        "timed_searches": legacy.get("samples"),
        "p50_ms": legacy.get("p50_ms"),
        "p95_ms": legacy.get("p95_ms"),
        "max_ms": legacy.get("max_ms"),
        **measured,
        "suggest": percentiles(suggest_ms) if suggest_ms else None,
        "harness_rss_mb": rss_loaded,
        "rss_after_loading_mb": rss_loaded,
        "peak_rss_mb": maxrss_mb(),
        "index_path": str(path),
    }


def _child(channel: Any, args: tuple[Any, ...], reuse: bool = False) -> None:
    try:
        phase = lambda name: channel.put(("phase", name))  # noqa: E731
        channel.put(measure_engine(*args, phase=phase, reuse=reuse))
    except BaseException:  # reported to the parent, which prints it
        channel.put({"error": traceback.format_exc()})


def run_engine_process(
    name: str,
    workdir: Path,
    data_dir: Path,
    size: int | None,
    queries: Sequence[BenchQuery],
    repeats: int,
    add_count: int,
    base_limit: int | None = None,
    reuse: bool = False,
) -> dict[str, Any]:
    """Run :func:`measure_engine` in a spawned process, sampling its tree's memory per phase."""
    ctx = multiprocessing.get_context("spawn")
    channel = ctx.Queue()
    args = (name, workdir, data_dir, size, list(queries), repeats, add_count, base_limit)
    process = ctx.Process(target=_child, args=(channel, args, reuse))
    process.start()
    result: dict[str, Any] | None = None
    with TreeSampler(process.pid or 0) as sampler:
        while result is None:
            try:
                message = channel.get(timeout=0.5)
            except queue_module.Empty:
                if not process.is_alive():
                    result = {"error": f"process exited with code {process.exitcode}"}
                continue
            if isinstance(message, tuple):
                sampler.phase(message[1])
            else:
                result = message
    process.join(timeout=60)
    channel.close()
    channel.join_thread()
    memory = sampler.summary()
    build = memory["phases"].get("build", {})
    result["memory"] = memory
    result["peak_tree_mb"] = memory["tree_peak_rss_mb"]
    result["build_memory"] = {
        "engine_process_peak_rss_mb": build.get("root_peak_rss_mb"),
        "workers_peak_rss_mb": build.get("children_peak_rss_mb", []),
        "workers_peak_pss_mb": build.get("children_peak_pss_mb", []),
        "tree_peak_rss_mb": build.get("tree_peak_rss_mb"),
        "tree_peak_pss_mb": build.get("tree_peak_pss_mb"),
    }
    return result
