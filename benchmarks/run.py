"""Run the presslens benchmark: every engine over the same real articles and the same queries.

    python -m benchmarks.run --size 26k            # the whole real corpus (~23,900 articles)
    python -m benchmarks.run --size 100k           # the corpus cycled (new ids, spread dates)
    python -m benchmarks.run --size 1m --workdir /tmp/bench-1m   # keep the indexes
    python -m benchmarks.run --size 5k --engines tantivy,fts5 --no-http

Each engine runs in its own spawned process (``benchmarks.scale.measure``): it builds a fresh
index (articles/s, per-process peak memory: presslens forks two build workers), measures the
index on disk, runs the query classes of ``benchmarks.queries`` (one warm-up pass, ``--repeats``
timed passes), then adds ``--add`` articles and reopens its searcher. presslens is then served
by a real uvicorn (``--workers``, 127.0.0.1: ``benchmarks.scale.http``). Results go to
``benchmarks/results/<size>.json`` and are printed as markdown (``benchmarks.scale.report``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.data import collection
from benchmarks.queries import CLASS_QUERIES, LEGACY, benchmark_queries, resolve
from benchmarks.scale.measure import make_engine, run_engine_process
from benchmarks.scale.memory import own_rss_mb
from benchmarks.scale.report import ratios, render

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = (ROOT / ".." / "shared" / "data").resolve()
RESULTS_DIR = ROOT / "benchmarks" / "results"
ENGINE_NAMES = ("presslens", "tantivy", "fts5", "whoosh-plain")
FULL_SIZES = {"26k", "full", "all"}
#: Plain Whoosh builds at ~600 articles/s and answers common words in 150 ms at 100k: larger
#: runs skip it (and say so).
SKIP_ABOVE = {"whoosh-plain": 100_000}

__all__ = ["DEFAULT_DATA_DIR", "main", "make_engine", "parse_size"]


def parse_size(text: str) -> int | None:
    """``300`` -> 300, ``5k`` -> 5000, ``1m`` -> 1000000; ``26k``/``full`` -> None (all).

    >>> parse_size("300k"), parse_size("1m"), parse_size("26k")
    (300000, 1000000, None)
    """
    text = text.strip().lower()
    if text in FULL_SIZES:
        return None
    multiplier = {"k": 1000, "m": 1_000_000}.get(text[-1:], 1)
    number = float(text[:-1] if multiplier > 1 else text)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"size must be positive, got {text!r}")
    return int(number * multiplier)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--size", default="26k", help="300, 5k, 26k (whole corpus), 100k, 300k, 1m")
    parser.add_argument(
        "--engines",
        default=",".join(ENGINE_NAMES),
        help=f"comma-separated subset of {','.join(ENGINE_NAMES)}",
    )
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument(
        "--corpus-limit",
        type=int,
        default=None,
        help="cycle only the first N real articles (tests: cycling at a tiny size)",
    )
    parser.add_argument(
        "--json", type=Path, default=None, help="results file (default results/<size>.json)"
    )
    parser.add_argument("--repeats", type=int, default=5, help="timed passes over the queries")
    parser.add_argument("--add", type=int, default=100, help="articles added to the built index")
    parser.add_argument("--no-http", action="store_true", help="skip the uvicorn measurements")
    parser.add_argument("--no-legacy", action="store_true", help="skip the earlier ~40 queries")
    parser.add_argument(
        "--smoke", action="store_true", help="fewer HTTP requests (tests: no warm-up, 12 /suggest)"
    )
    parser.add_argument("--workers", type=int, default=2, help="uvicorn workers")
    parser.add_argument("--clients", type=int, default=16, help="concurrent HTTP clients")
    parser.add_argument("--throughput-seconds", type=float, default=15.0)
    parser.add_argument(
        "--throughput-requests", type=int, default=None, help="stop the throughput run after N"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="measure the presslens index an earlier run built in --workdir instead of building "
        "it again (its build figures are that build's), and keep the other engines' results "
        "of the results file",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where indexes are built and kept (default: a temporary directory, removed)",
    )
    return parser


def _engines(args: argparse.Namespace, articles: int) -> tuple[list[str], dict[str, str]]:
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    unknown = sorted(set(engines) - set(ENGINE_NAMES))
    if unknown:
        raise SystemExit(f"Unknown engine(s) {unknown}; choose from {', '.join(ENGINE_NAMES)}.")
    skipped: dict[str, str] = {}
    if "presslens" in engines:
        from benchmarks.presslens_engine import presslens_available

        reason = presslens_available()
        if reason:
            skipped["presslens"] = reason
    for name, limit in SKIP_ABOVE.items():
        if name in engines and articles > limit:
            skipped[name] = f"not run above {limit:,} articles (too slow to build and query)"
    return [e for e in engines if e not in skipped], skipped


def code_version() -> dict[str, Any]:
    """The commit measured and the product files changed since (read-only git)."""
    import subprocess

    def git(*args: str) -> str:
        try:
            done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        except OSError:
            return ""
        return done.stdout.rstrip() if done.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "search", "indexer", "api")
    return {
        "commit": git("rev-parse", "--short", "HEAD").strip() or None,
        "changed": [line[3:] for line in changed.splitlines()],
    }


def _notes(report: dict[str, Any]) -> list[str]:
    notes = []
    if report["cycled"]:
        notes.append(
            f"Cycled: {report['corpus_articles']:,} distinct articles repeated to "
            f"{report['articles']:,}; the vocabulary stays that of the real corpus, so costs "
            "that follow the lexicon (typo correction, prefix expansion, /suggest) are lower than "
            "in a real archive of this size, and repeated texts tie in relevance."
        )
    pl = report["engines"].get("presslens") or {}
    if pl and "error" not in pl and pl.get("added_visible", 1) <= 0:
        notes.append("presslens: the added articles were not visible after the reopen")
    return notes


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    args = build_parser().parse_args(argv)
    size = parse_size(args.size)
    found = collection(size, args.data_dir, args.corpus_limit)
    articles = len(found)
    queries = resolve(benchmark_queries(legacy=not args.no_legacy), found.dates())
    engines, skipped = _engines(args, articles)
    own_workdir = args.workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="presslens-bench-")) if own_workdir else args.workdir
    report: dict[str, Any] = {
        "size": args.size,
        "articles": articles,
        "corpus_articles": len(found.base),
        "cycled": found.cycled,
        "queries": 0 if args.no_legacy else len(LEGACY),
        "class_queries": len(CLASS_QUERIES),
        "query_set": [
            {
                "class": q.kind,
                "label": q.label,
                "text": q.text,
                "since": q.since,
                "until": q.until,
                "languages": q.languages,
                "outlets": q.outlets,
                "sort": q.sort,
            }
            for q in queries
            if q.kind != "legacy"
        ],  # fmt: skip
        "repeats": args.repeats,
        "sample_interval_s": 0.1,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_at_start": os.getloadavg(),
        },
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "code": code_version(),
        "harness_parent_rss_mb": own_rss_mb(),
        "engines": {},
        "skipped": skipped,
    }
    del found  # each engine process loads its own copy
    try:
        for name in engines:
            print(f"… {name}: building {articles:,} articles and querying", file=sys.stderr)
            result = run_engine_process(
                name, workdir, args.data_dir, size, queries, args.repeats, args.add,
                args.corpus_limit, reuse=args.reuse,
            )  # fmt: skip
            report["engines"][name] = result
            if "error" in result:
                print(result["error"], file=sys.stderr)
        pl = report["engines"].get("presslens")
        if pl and "error" not in pl and not args.no_http:
            print("… presslens over HTTP", file=sys.stderr)
            try:
                from benchmarks.scale.http import run_http

                report["http"] = run_http(
                    Path(pl["index_path"]), queries, workers=args.workers, clients=args.clients,
                    seconds=args.throughput_seconds, max_requests=args.throughput_requests,
                    repeats=args.repeats, smoke=args.smoke,
                )  # fmt: skip
            except Exception:
                report["http"] = {"error": traceback.format_exc()}
                print(report["http"]["error"], file=sys.stderr)
    finally:
        if own_workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    out = args.json or RESULTS_DIR / f"{args.size}.json"
    if args.reuse and out.is_file():  # the engines not run now keep the earlier run's results
        earlier = json.loads(out.read_text(encoding="utf-8"))
        for name, result in earlier.get("engines", {}).items():
            report["engines"].setdefault(name, {**result, "from_run": earlier.get("started")})
    report["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    report["machine"]["load_average_at_end"] = os.getloadavg()
    report["ratios"] = ratios(report["engines"])
    report["notes"] = _notes(report)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(render(report))
    print(f"\nresults: {out}")
    return report


if __name__ == "__main__":
    main()
