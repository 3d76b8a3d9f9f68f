"""This checkout against an earlier version of presslens: the same searches, the same
machine, the same run, so "no regression" is a ratio measured side by side.

    python -m benchmarks.versus dfa237e                  # round 1, over the whole corpus (26k)
    python -m benchmarks.versus v0.1.0 --size 100k --rounds 5

Each version is taken from git (``git archive``; the current one is the working tree), and
builds its own index of the same articles with its own speed benchmark
(``python -m benchmarks.run --size SIZE --engines presslens --no-http --workdir DIR``: the
flags every version has), kept under ``--workdir`` between runs. Then the versions answer
the same queries in alternating rounds, each round a fresh process per version: one warm-up
pass, then ``--passes`` timed passes over the queries (the ~40 queries of every release,
``benchmarks.queries.QUERIES``: top 10, highlights, exact outlet and language facets), CPU
time per search. Per version the table gives the median over rounds of p50 and p95
(nearest rank), and the ratio this/earlier. Results go to ``benchmarks/results/versus.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.data import DEFAULT_DATA_DIR
from benchmarks.http_load import percentile
from benchmarks.queries import QUERIES

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "versus.json"
CURRENT = "working-tree"
#: Run in a version's own checkout (only its ``search`` package is imported): warm-up,
#: timed passes, the CPU milliseconds of every timed search as JSON on stdout.
_CHILD = """
import json, sys, time
from search import Filters, open_index
index, passes, queries = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
idx = open_index(index)
def run(q):
    idx.search(q, Filters(), per_page=10, facets=("outlet", "language"), highlight=True)
for q in queries:
    run(q)
times = []
for _ in range(passes):
    for q in queries:
        started = time.process_time()
        run(q)
        times.append((time.process_time() - started) * 1000)
print(json.dumps(times))
"""


def checkout(revision: str, workdir: Path) -> Path:
    """The source tree of ``revision`` (extracted once under ``workdir``)."""
    sha = git("rev-parse", "--short", revision)
    folder = workdir / f"src-{sha}"
    if not (folder / "search").is_dir():
        folder.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", sha],
            check=True,
            capture_output=True,
        ).stdout
        with tempfile.TemporaryFile() as tar_file:
            tar_file.write(archive)
            tar_file.seek(0)
            with tarfile.open(fileobj=tar_file) as tar:
                tar.extractall(folder, filter="data")
    return folder


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def build(source: Path, size: str, workdir: Path, data_dir: Path) -> Path:
    """The index ``source``'s own benchmark builds of ``size`` articles (built once)."""
    index = workdir / "presslens" / "index"
    if not (index / "CURRENT").exists():
        command = [sys.executable, "-m", "benchmarks.run", "--size", size]
        command += ["--engines", "presslens", "--no-http", "--repeats", "1"]
        command += ["--workdir", str(workdir), "--json", str(workdir / "build.json")]
        command += ["--data-dir", str(data_dir)]
        print(f"… building {size} with {source.name}", file=sys.stderr, flush=True)
        subprocess.run(command, cwd=source, check=True, env=_env(source), stdout=sys.stderr)
    return index


def _env(source: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(source)}


def measure(source: Path, index: Path, passes: int, queries: list[str]) -> list[float]:
    """CPU ms of every timed search, in a fresh process running ``source``'s code."""
    found = subprocess.run(
        [sys.executable, "-c", _CHILD, str(index), str(passes), json.dumps(queries)],
        cwd=source,
        env=_env(source),
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(found.stdout.strip().splitlines()[-1])


def summary(rounds: list[list[float]]) -> dict[str, float]:
    """Median over rounds of each round's p50 and p95."""
    return {
        "p50_ms": round(statistics.median(percentile(r, 0.50) for r in rounds), 3),
        "p95_ms": round(statistics.median(percentile(r, 0.95) for r in rounds), 3),
    }


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks.versus", description=__doc__)
    p.add_argument("revision", help="the earlier version: a commit, tag or branch")
    p.add_argument("--size", default="26k", help="as make bench: 26k (default), 100k, ...")
    p.add_argument("--rounds", type=int, default=3, help="alternating rounds per version")
    p.add_argument("--passes", type=int, default=5, help="timed passes per round")
    p.add_argument("--workdir", type=Path, default=ROOT / ".cache" / "versus")
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    p.add_argument("--json", type=Path, default=RESULTS)
    return p


def main(argv: list[str] | None = None) -> dict[str, Any]:
    args = parser().parse_args(argv)
    earlier = git("rev-parse", "--short", args.revision)
    now = git("rev-parse", "--short", "HEAD")
    changed = bool(git("status", "--porcelain", "--untracked-files=no"))
    data_dir = args.data_dir.resolve()
    sources = {earlier: checkout(earlier, args.workdir), CURRENT: ROOT}
    indexes = {
        name: build(source, args.size, args.workdir / f"{args.size}-{name}", data_dir)
        for name, source in sources.items()
    }
    queries = list(QUERIES)
    timings: dict[str, list[list[float]]] = {name: [] for name in sources}
    for number in range(args.rounds):
        for name, source in sources.items():
            timings[name].append(measure(source, indexes[name], args.passes, queries))
            print(f"… round {number + 1}: {name} done", file=sys.stderr, flush=True)
    figures = {name: summary(rounds) for name, rounds in timings.items()}
    ratios = {
        key: round(figures[CURRENT][key] / figures[earlier][key], 3) for key in ("p50_ms", "p95_ms")
    }
    report = {
        "earlier": earlier,
        "current": f"this checkout ({now}{' + changes' if changed else ''})",
        "size": args.size,
        "queries": len(queries),
        "rounds": args.rounds,
        "passes": args.passes,
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "figures": figures,
        "ratios": ratios,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=1) + "\n")
    print(render(report))
    return report


def render(report: dict[str, Any]) -> str:
    """The markdown table of a ``main`` report."""
    earlier, figures, ratios = report["earlier"], report["figures"], report["ratios"]
    lines = [
        f"## presslens {report['current']} against {earlier}: {report['size']} articles, "
        f"{report['queries']} queries, {report['rounds']} rounds x {report['passes']} passes "
        "(CPU ms per search, medians over rounds)",
        "",
        "| version | p50 ms | p95 ms |",
        "|---|---:|---:|",
        f"| {earlier} | {figures[earlier]['p50_ms']} | {figures[earlier]['p95_ms']} |",
        f"| {report['current']} | {figures[CURRENT]['p50_ms']} | {figures[CURRENT]['p95_ms']} |",
        f"| ratio | {ratios['p50_ms']:.2f}x | {ratios['p95_ms']:.2f}x |",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
