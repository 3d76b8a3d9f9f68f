"""Run the presslens benchmark suite: every engine over the same real articles and the same queries.

    python -m benchmarks.run --size 26k            # the whole real corpus (~23,900 articles)
    python -m benchmarks.run --size 5k --engines tantivy,fts5
    python -m benchmarks.run --size 100k           # the corpus cycled with new ids (flagged)

Each engine runs in its own spawned process (so peak memory is its own): it loads the articles,
builds a fresh index (articles/s), measures the index size, opens it, runs one warm-up pass and
``--repeats`` timed passes over the query set (p50/p95 over every timed query), then adds ``--add``
new articles to the built index (articles/s, searchable afterwards). presslens is then served by a
real uvicorn (``--workers``, 127.0.0.1) for HTTP latency of ``/search`` and ``/suggest`` and a
bounded throughput run with ``--clients`` concurrent clients. Results go to
``benchmarks/results/<size>.json``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from benchmarks.data import corpus_slice, load_articles
from benchmarks.peers import Engine, directory_size
from benchmarks.queries import QUERIES, suggest_prefixes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = (ROOT / ".." / "shared" / "data").resolve()
RESULTS_DIR = ROOT / "benchmarks" / "results"
ENGINE_NAMES = ("presslens", "tantivy", "fts5", "whoosh-plain")
PEERS = ENGINE_NAMES[1:]
FULL_SIZES = {"26k", "full", "all"}
#: A /health round trip slower than this on loopback points at Nagle's algorithm (see render()).
NAGLE_SUSPECT_MS = 20.0


# --------------------------------------------------------------------------- sizes and engines


def parse_size(text: str) -> int | None:
    """``300`` -> 300, ``5k`` -> 5000, ``100k`` -> 100000; ``26k``/``full`` -> None (all)."""
    text = text.strip().lower()
    if text in FULL_SIZES:
        return None
    multiplier = 1000 if text.endswith("k") else 1
    number = float(text[:-1] if text.endswith("k") else text)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"size must be positive, got {text!r}")
    return int(number * multiplier)


def make_engine(name: str, workdir: Path) -> tuple[Engine, Path]:
    """The engine called ``name`` with its index under ``workdir``; returns (engine, index path)."""
    if name == "presslens":
        from benchmarks.presslens_engine import PresslensEngine

        path = workdir / "presslens" / "index"
        return PresslensEngine(path), path
    if name == "tantivy":
        from benchmarks.peers.tantivy_engine import TantivyEngine

        path = workdir / "tantivy"
        return TantivyEngine(path), path
    if name == "fts5":
        from benchmarks.peers.fts5_engine import Fts5Engine

        path = workdir / "fts5" / "articles.db"
        return Fts5Engine(path), path
    if name == "whoosh-plain":
        from benchmarks.peers.whoosh_plain import WhooshPlainEngine

        path = workdir / "whoosh-plain"
        return WhooshPlainEngine(path), path
    raise ValueError(f"Unknown engine {name!r}; choose from {', '.join(ENGINE_NAMES)}.")


# --------------------------------------------------------------------------- memory


def _rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize()
    except (OSError, IndexError, ValueError):
        return 0


def _tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (Linux /proc)."""
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    stack.extend(int(child) for child in fh.read().split())
        except OSError:
            continue
    return pids


class TreeMemorySampler:
    """Samples the summed RSS of a process and its descendants every ``interval`` seconds."""

    def __init__(self, pid: int, interval: float = 0.02) -> None:
        self.pid = pid
        self.interval = interval
        self.peak_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = sum(_rss_bytes(pid) for pid in _tree(self.pid))
            self.peak_bytes = max(self.peak_bytes, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeMemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def peak_mb(self) -> float:
        return round(self.peak_bytes / 2**20, 1)


def _maxrss_mb() -> float:
    """Largest resident set of this process or any waited-for child, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


# --------------------------------------------------------------------------- the per-engine run


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    started = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - started


def _percentiles(samples_ms: Sequence[float]) -> dict[str, float]:
    from benchmarks.http_load import percentile

    return {
        "p50_ms": round(percentile(samples_ms, 0.50), 3),
        "p95_ms": round(percentile(samples_ms, 0.95), 3),
        "max_ms": round(max(samples_ms), 3),
    }


def measure_engine(
    name: str, workdir: Path, data_dir: Path, size: int | None, repeats: int, add_count: int
) -> dict[str, Any]:
    """Everything measured for one engine; meant to run in a fresh process."""
    records = list(load_articles(data_dir)) if size is None else corpus_slice(size, data_dir)[0]
    rss_loaded = _maxrss_mb()
    engine, path = make_engine(name, workdir)
    built, build_s = _timed(lambda: engine.build(records))
    index_bytes = directory_size(path)
    _, open_s = _timed(engine.open)
    per_query: dict[str, dict[str, Any]] = {}
    samples: list[float] = []
    for query in QUERIES:  # warm-up pass (caches, lazy structures); not timed
        engine.search(query)
    for _ in range(repeats):
        for query in QUERIES:
            result, seconds = _timed(lambda q=query: engine.search(q))
            ms = seconds * 1000
            samples.append(ms)
            entry = per_query.setdefault(
                query,
                {
                    "total": result.total,
                    "outlet_sum": sum(result.facets.get("outlet", {}).values()),
                    "languages": result.facets.get("language", {}),
                    "hits": len(result.ids),
                    "snippets": sum(1 for s in result.snippets if s),
                    "top": result.ids[:3],
                    "ms": [],
                },
            )
            entry["ms"].append(round(ms, 3))
    for entry in per_query.values():
        entry["median_ms"] = round(statistics.median(entry.pop("ms")), 3)
    suggest_ms: list[float] = []
    if name == "presslens":
        for prefix in suggest_prefixes():
            suggest_ms.append(_timed(lambda p=prefix: engine.suggest(p))[1] * 1000)
    extra = [{**r, "id": f"add-{r['id']}"} for r in records[:add_count]]
    added, add_s = _timed(lambda: engine.add(extra))
    engine.close()
    return {
        "engine": name,
        "articles": built,
        "build_seconds": round(build_s, 3),
        "index_articles_per_s": round(built / build_s, 1) if build_s else None,
        "add_articles": added,
        "add_seconds": round(add_s, 3),
        "add_articles_per_s": round(added / add_s, 1) if add_s else None,
        "index_bytes": index_bytes,
        "index_mb": round(index_bytes / 2**20, 1),
        "open_ms": round(open_s * 1000, 2),
        "queries": len(QUERIES),
        "timed_searches": len(samples),
        **_percentiles(samples),
        "suggest": _percentiles(suggest_ms) if suggest_ms else None,
        "rss_after_loading_mb": rss_loaded,
        "peak_rss_mb": _maxrss_mb(),
        "index_path": str(path),
        "per_query": per_query,
    }


def _child(queue: Any, args: tuple[Any, ...]) -> None:
    try:
        queue.put(measure_engine(*args))
    except BaseException:  # reported to the parent, which prints it
        queue.put({"error": traceback.format_exc()})


def run_engine_process(
    name: str, workdir: Path, data_dir: Path, size: int | None, repeats: int, add_count: int
) -> dict[str, Any]:
    """Run :func:`measure_engine` in a spawned process and sample its process tree's memory."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(
        target=_child, args=(queue, (name, workdir, data_dir, size, repeats, add_count))
    )
    process.start()
    result: dict[str, Any] | None = None
    with TreeMemorySampler(process.pid or 0) as sampler:
        while result is None:
            try:
                result = queue.get(timeout=0.5)
            except Exception:  # queue.Empty
                if not process.is_alive():
                    result = {"error": f"process exited with code {process.exitcode}"}
    process.join(timeout=60)
    queue.close()
    queue.join_thread()
    result["peak_tree_mb"] = sampler.peak_mb
    return result


# --------------------------------------------------------------------------- HTTP


def search_paths(queries: Sequence[str] = QUERIES) -> list[str]:
    return [f"/search?{urlencode({'q': q, 'per_page': 10})}" for q in queries]


def suggest_paths() -> list[str]:
    return [f"/suggest?{urlencode({'q': p})}" for p in suggest_prefixes()]


def check_response_shape(base_url: str) -> list[str]:
    """Problems with the /search JSON (keys the benchmark relies on); empty when it looks right."""
    import httpx

    problems: list[str] = []
    with httpx.Client(base_url=base_url, timeout=30.0) as client:
        body = client.get(search_paths(["oil"])[0]).json()
    for key in ("total", "hits", "facets"):
        if key not in body:
            problems.append(f"/search JSON has no '{key}'")
    hits = body.get("hits") or []
    if hits and "snippets" not in hits[0]:
        problems.append("/search hits have no 'snippets'")
    facets = body.get("facets") or {}
    for name in ("outlet", "language"):
        if isinstance(facets, dict) and name not in facets:
            problems.append(f"/search facets have no '{name}'")
    return problems


def run_http(
    index_dir: Path,
    *,
    workers: int,
    clients: int,
    seconds: float,
    max_requests: int | None,
    repeats: int,
    smoke: bool = False,
) -> dict[str, Any]:
    """presslens over HTTP: sequential /search and /suggest latency, then concurrent throughput."""
    from benchmarks.http_load import concurrent, sequential
    from tests.support.live import LiveServer

    with LiveServer(
        index_dir,
        ROOT / "corpus",
        workers=workers,
        env={"PRESSLENS_REFRESH_INTERVAL": "0.5"},  # the default, not the tests' quicker one
        log_path=index_dir.parent / "uvicorn.log",
        ready_timeout=90.0,
    ) as server:
        assert server.process is not None
        with TreeMemorySampler(server.process.pid) as sampler:
            problems = check_response_shape(server.url)
            health = sequential(server.url, ["/health"] * 20)
            searches = search_paths()
            if not smoke:
                sequential(server.url, searches)  # warm every worker's caches a little
            search = sequential(server.url, searches, repeats=repeats)
            suggest = sequential(server.url, suggest_paths()[: 12 if smoke else None])
            load = concurrent(
                server.url,
                searches,
                clients=clients,
                seconds=seconds,
                max_requests=max_requests,
            )
    return {
        "workers": workers,
        "response_problems": problems,
        "health": health.summary(),
        "search": search.summary(),
        "suggest": suggest.summary(),
        "throughput": {"clients": clients, **load.summary()},
        "server_peak_tree_mb": sampler.peak_mb,
    }


# --------------------------------------------------------------------------- report


def ratios(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    """presslens' figure / each peer's (speed: >1 is faster; latency, size, memory: >1 is more)."""
    mine = results.get("presslens")
    if not mine or "error" in mine:
        return {}
    out: dict[str, dict[str, float | None]] = {}
    for peer, theirs in results.items():
        if peer == "presslens" or "error" in theirs:
            continue

        def ratio(key: str, theirs: dict[str, Any] = theirs) -> float | None:
            a, b = mine.get(key), theirs.get(key)
            return round(a / b, 2) if a is not None and b else None

        out[peer] = {
            key: ratio(key)
            for key in (
                "index_articles_per_s",
                "add_articles_per_s",
                "p50_ms",
                "p95_ms",
                "index_mb",
                "peak_rss_mb",
                "peak_tree_mb",
            )
        }
    return out


def _fmt(value: Any, digits: int = 1) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def render(report: dict[str, Any]) -> str:
    """The results as markdown tables."""
    lines = [
        f"## presslens benchmark: {report['articles']:,} articles"
        + (" (CORPUS CYCLED with new ids: not all distinct text)" if report["cycled"] else ""),
        "",
        f"{report['queries']} queries x {report['repeats']} timed passes after one warm-up; "
        "top 10 + "
        "snippet + exact outlet/language facets. Peak RSS = largest single process (getrusage); "
        "tree = sampled sum over the engine's process tree.",
        "",
        "| engine | index art/s | add 100 art/s | p50 ms | p95 ms | index MB | peak RSS MB |"
        " tree MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, r in report["engines"].items():
        if "error" in r:
            lines.append(f"| {name} | error: {r['error'].strip().splitlines()[-1]} |||||||")
            continue
        lines.append(
            f"| {name} | {_fmt(r['index_articles_per_s'], 0)} | {_fmt(r['add_articles_per_s'], 0)}"
            f" | {_fmt(r['p50_ms'], 2)} | {_fmt(r['p95_ms'], 2)} | {_fmt(r['index_mb'])}"
            f" | {_fmt(r['peak_rss_mb'])} | {_fmt(r.get('peak_tree_mb'))} |"
        )
    for name, reason in report.get("skipped", {}).items():
        lines.append(f"| {name} | skipped: {reason} |||||||")
    if report.get("ratios"):
        lines += [
            "",
            "presslens / peer (art/s: >1 = presslens faster; ms, MB: >1 = presslens more)",
            "",
            "| peer | index art/s | add art/s | p50 | p95 | index MB | peak RSS | tree |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for peer, r in report["ratios"].items():
            lines.append(
                f"| {peer} | {_fmt(r['index_articles_per_s'], 2)} | "
                f"{_fmt(r['add_articles_per_s'], 2)} | {_fmt(r['p50_ms'], 2)} | "
                f"{_fmt(r['p95_ms'], 2)} | {_fmt(r['index_mb'], 2)} | "
                f"{_fmt(r['peak_rss_mb'], 2)} | {_fmt(r['peak_tree_mb'], 2)} |"
            )
    suggest = (report["engines"].get("presslens") or {}).get("suggest")
    if suggest:
        lines += [
            "",
            f"presslens suggest in-process: p50 {suggest['p50_ms']:.2f} ms, "
            f"p95 {suggest['p95_ms']:.2f} ms",
        ]
    http = report.get("http")
    if http and "error" in http:
        lines += ["", f"HTTP: error: {http['error'].strip().splitlines()[-1]}"]
    elif http:
        s, g, t = http["search"], http["suggest"], http["throughput"]
        lines += [
            "",
            f"presslens over HTTP (uvicorn, {http['workers']} workers, 127.0.0.1):",
            "",
            "| what | requests | errors | p50 ms | p95 ms | per s |",
            "|---|---:|---:|---:|---:|---:|",
            f"| /search sequential | {s['requests']} | {s['errors']} | {_fmt(s['p50_ms'], 2)} | "
            f"{_fmt(s['p95_ms'], 2)} | {_fmt(s['per_second'])} |",
            f"| /suggest sequential | {g['requests']} | {g['errors']} | {_fmt(g['p50_ms'], 2)} | "
            f"{_fmt(g['p95_ms'], 2)} | {_fmt(g['per_second'])} |",
            f"| /search {t['clients']} clients, {t['seconds']:.1f} s | {t['requests']} | "
            f"{t['errors']} | {_fmt(t['p50_ms'], 2)} | {_fmt(t['p95_ms'], 2)} | "
            f"{_fmt(t['per_second'])} |",
            "",
            f"server peak memory (all workers): {http['server_peak_tree_mb']} MB; "
            f"/health keep-alive floor p50 {_fmt(http['health']['p50_ms'], 2)} ms",
        ]
        if (http["health"]["p50_ms"] or 0) > NAGLE_SUSPECT_MS:
            lines.append(
                "WARNING: even /health takes ~40 ms per keep-alive request: Nagle x delayed ACK. "
                "uvicorn --workers N binds its socket with proto 0, so asyncio never sets "
                "TCP_NODELAY (github.com/Kludex/uvicorn/issues/3149). HTTP figures include it."
            )
        if http["response_problems"]:
            lines.append("response shape problems: " + "; ".join(http["response_problems"]))
    return "\n".join(lines)


# --------------------------------------------------------------------------- CLI


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--size", default="26k", help="300, 5k, 26k (whole corpus), 100k (cycled)")
    parser.add_argument(
        "--engines",
        default=",".join(ENGINE_NAMES),
        help=f"comma-separated subset of {','.join(ENGINE_NAMES)}",
    )
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument(
        "--json",
        type=Path,
        default=None,
        help="results file (default benchmarks/results/<size>.json)",
    )
    parser.add_argument("--repeats", type=int, default=3, help="timed passes over the queries")
    parser.add_argument("--add", type=int, default=100, help="articles added to the built index")
    parser.add_argument("--no-http", action="store_true", help="skip the uvicorn measurements")
    parser.add_argument(
        "--smoke", action="store_true", help="fewer HTTP requests (tests: no warm-up, 12 /suggest)"
    )
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    parser.add_argument("--clients", type=int, default=16, help="concurrent HTTP clients")
    parser.add_argument("--throughput-seconds", type=float, default=15.0)
    parser.add_argument(
        "--throughput-requests",
        type=int,
        default=None,
        help="stop the throughput run after this many requests",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where indexes are built (default: a temporary directory, removed)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    args = build_parser().parse_args(argv)
    size = parse_size(args.size)
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = sorted(set(engines) - set(ENGINE_NAMES))
    if unknown:
        raise SystemExit(f"Unknown engine(s) {unknown}; choose from {', '.join(ENGINE_NAMES)}.")
    corpus = sum(1 for _ in load_articles(args.data_dir))
    articles = corpus if size is None else size
    skipped: dict[str, str] = {}
    if "presslens" in engines:
        from benchmarks.presslens_engine import presslens_available

        reason = presslens_available()
        if reason:
            skipped["presslens"] = reason
            engines.remove("presslens")

    own_workdir = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="presslens-bench-")) if own_workdir else args.workdir
    report: dict[str, Any] = {
        "size": args.size,
        "articles": articles,
        "corpus_articles": corpus,
        "cycled": articles > corpus,
        "queries": len(QUERIES),
        "repeats": args.repeats,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "engines": {},
        "skipped": skipped,
    }
    try:
        for name in engines:
            print(f"… {name}: building {articles:,} articles and querying", file=sys.stderr)
            report["engines"][name] = run_engine_process(
                name, workdir, args.data_dir, size, args.repeats, args.add
            )
            if "error" in report["engines"][name]:
                print(report["engines"][name]["error"], file=sys.stderr)
        pl = report["engines"].get("presslens")
        if pl and "error" not in pl and not args.no_http:
            print("… presslens over HTTP", file=sys.stderr)
            try:
                report["http"] = run_http(
                    Path(pl["index_path"]),
                    workers=args.workers,
                    clients=args.clients,
                    seconds=args.throughput_seconds,
                    max_requests=args.throughput_requests,
                    repeats=args.repeats,
                    smoke=args.smoke,
                )
            except Exception:
                report["http"] = {"error": traceback.format_exc()}
                print(report["http"]["error"], file=sys.stderr)
    finally:
        if own_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    report["ratios"] = ratios(report["engines"])
    out = args.json or RESULTS_DIR / f"{args.size}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(render(report))
    print(f"\nresults: {out}")
    return report


if __name__ == "__main__":
    main()
