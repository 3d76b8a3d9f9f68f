"""How presslens' costs grow with the collection: a fitted power law over several benchmark sizes.

    python -m benchmarks.scale_report                          # benchmarks/results/*.json
    python -m benchmarks.scale_report --dir benchmarks/results/baseline --project 3m,10m
    python -m benchmarks.scale_report --engines presslens,tantivy --json model.json

For every figure (latency per query class, build time and rate, index size, build memory per
worker, server memory, add-100 and reopen times) it fits ``value = a * articles ** b`` by least
squares over the sizes found (log-log), and prints the exponent ``b`` (0: flat, 1: linear), the
factor per doubling of the collection (``2 ** b``), R², each size's value and the projection to
larger collections. A figure measured at fewer than two sizes gets no fit.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.queries import CLASSES

RESULTS_DIR = Path(__file__).resolve().parent / "results"
SIZES = ("26k", "100k", "300k", "1m")

Getter = Callable[[dict[str, Any], str], float | None]


def fit(sizes: Sequence[float], values: Sequence[float]) -> dict[str, float]:
    """Least-squares fit of ``values = a * sizes ** b`` in log-log space.

    >>> f = fit([1e4, 1e5, 1e6], [1.0, 10.0, 100.0])
    >>> round(f["exponent"], 3), round(f["per_doubling"], 3), round(f["r2"], 3)
    (1.0, 2.0, 1.0)
    """
    xs = [math.log(s) for s in sizes]
    ys = [math.log(v) for v in values]
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx if sxx else 0.0
    a = my - b * mx
    total = sum((y - my) ** 2 for y in ys)
    residual = sum((y - (a + b * x)) ** 2 for x, y in zip(xs, ys, strict=True))
    return {
        "exponent": b,
        "coefficient": math.exp(a),
        "per_doubling": 2**b,
        "r2": 1 - residual / total if total else 1.0,
    }


def _dig(data: Any, *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def _engine(name: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda report: (report.get("engines") or {}).get(name) or {}


def metrics(engine: str) -> dict[str, Callable[[dict[str, Any]], float | None]]:
    """Figure name -> how to read it from one size's report, for ``engine``."""
    e = _engine(engine)
    out: dict[str, Callable[[dict[str, Any]], float | None]] = {}
    for kind in (*CLASSES, "all", "legacy"):
        for stat in ("p50_ms", "p95_ms"):
            if kind == "all":
                out[f"all {stat[:3]} ms"] = lambda r, s=stat: _dig(e(r), "all", s)
            elif kind == "legacy":  # the top-level figures of every results file, old or new
                out[f"legacy {stat[:3]} ms"] = lambda r, s=stat: e(r).get(s)
            else:
                out[f"{kind} {stat[:3]} ms"] = lambda r, k=kind, s=stat: _dig(e(r), "classes", k, s)
    for kind in CLASSES:  # the first pass on a freshly opened index (nothing cached yet)
        out[f"{kind} 1st pass p50 ms"] = lambda r, k=kind: _dig(e(r), "classes", k, "cold_p50_ms")
        out[f"{kind} 1st pass max ms"] = lambda r, k=kind: _dig(e(r), "classes", k, "cold_max_ms")
    for kind in (*CLASSES, "all"):  # CPU time per search: steadier on a busy machine
        for stat in ("p50_ms", "p95_ms"):
            key = f"{kind} CPU {stat[:3]} ms"
            if kind == "all":
                out[key] = lambda r, s=stat: _dig(e(r), "all_cpu", s)
            else:
                out[key] = lambda r, k=kind, s=f"cpu_{stat}": _dig(e(r), "classes", k, s)
    out.update(
        {
            "build s": lambda r: e(r).get("build_seconds"),
            "build art/s": lambda r: e(r).get("index_articles_per_s"),
            "index MB": lambda r: e(r).get("index_mb"),
            "build peak per worker MB": lambda r: max(
                _dig(e(r), "build_memory", "workers_peak_rss_mb") or [None], key=lambda v: v or 0
            ),
            "build peak engine process MB": lambda r: _dig(
                e(r), "build_memory", "engine_process_peak_rss_mb"
            ),
            "peak tree MB": lambda r: e(r).get("peak_tree_mb"),
            "add 100 searchable s": lambda r: e(r).get("add_seconds"),
            "reopen ms": lambda r: e(r).get("reopen_ms"),
            "1st search after reopen ms": lambda r: e(r).get("first_search_after_reopen_ms"),
        }
    )
    if engine == "presslens":
        out.update(
            {
                "suggest p95 ms": lambda r: _dig(e(r), "suggest", "p95_ms"),
                "HTTP all p50 ms": lambda r: _dig(r, "http", "all", "p50_ms"),
                "HTTP all p95 ms": lambda r: _dig(r, "http", "all", "p95_ms"),
                "HTTP legacy p95 ms": lambda r: _dig(r, "http", "search", "p95_ms"),
                "HTTP /suggest p95 ms": lambda r: _dig(r, "http", "suggest", "p95_ms"),
                "server memory MB": lambda r: (
                    _dig(r, "http", "server_memory_mb") or _dig(r, "http", "server_peak_tree_mb")
                ),
            }
        )
    return out


def load(directory: Path, sizes: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The results file of each size found in ``directory`` (missing sizes are left out)."""
    found = {}
    for size in sizes:
        path = directory / f"{size}.json"
        if path.is_file():
            found[size] = json.loads(path.read_text(encoding="utf-8"))
    return found


def model(
    reports: dict[str, dict[str, Any]], engine: str, project: Sequence[int]
) -> list[dict[str, Any]]:
    """One row per figure: the values per size, the fit and the projections."""
    rows = []
    for name, read in metrics(engine).items():
        points = []
        for size, report in reports.items():
            value = read(report)
            if isinstance(value, int | float) and value > 0:
                points.append((size, int(report["articles"]), float(value)))
        row: dict[str, Any] = {"figure": name, "values": {s: v for s, _, v in points}}
        if len({n for _, n, _ in points}) >= 2:
            fitted = fit([n for _, n, _ in points], [v for _, _, v in points])
            row.update(fitted)
            row["projected"] = {
                str(n): fitted["coefficient"] * n ** fitted["exponent"] for n in project
            }
        if points:
            rows.append(row)
    return rows


def _size(text: str) -> int:
    from benchmarks.run import parse_size

    value = parse_size(text)
    if value is None:
        raise argparse.ArgumentTypeError("give a number of articles, e.g. 3m")
    return value


def render(rows: list[dict[str, Any]], sizes: Sequence[str], project: Sequence[int]) -> str:
    head = (
        "| figure | " + " | ".join(sizes) + " | exponent | x per doubling | R² | "
        + " | ".join(f"at {n:,}" for n in project) + " |"
    )  # fmt: skip
    lines = [head, "|---|" + "---:|" * (len(sizes) + 3 + len(project))]
    for row in rows:
        values = [row["values"].get(s) for s in sizes]
        cells = [f"{v:,.2f}" if v is not None else "-" for v in values]
        if "exponent" in row:
            cells += [f"{row['exponent']:.2f}", f"{row['per_doubling']:.2f}", f"{row['r2']:.2f}"]
            cells += [f"{row['projected'][str(n)]:,.1f}" for n in project]
        else:
            cells += ["-"] * (3 + len(project))
        lines.append(f"| {row['figure']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.scale_report", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--dir", type=Path, default=RESULTS_DIR, help="where <size>.json are")
    parser.add_argument("--sizes", default=",".join(SIZES), help="result files to read")
    parser.add_argument("--engines", default="presslens,tantivy,fts5")
    parser.add_argument("--project", default="3m,10m", help="sizes to project to")
    parser.add_argument("--json", type=Path, default=None, help="also write the model here")
    args = parser.parse_args(argv)
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    project = [_size(s) for s in args.project.split(",") if s.strip()]
    reports = load(args.dir, sizes)
    if len(reports) < 2:
        raise SystemExit(f"Need results of two sizes or more in {args.dir}; found {list(reports)}")
    present = list(reports)
    articles = ", ".join(f"{s} = {reports[s]['articles']:,}" for s in present)
    print(f"Sizes: {articles} articles (cycled beyond the real corpus: "
          f"{', '.join(s for s in present if reports[s].get('cycled')) or 'none'}).")  # fmt: skip
    out: dict[str, Any] = {"sizes": {s: reports[s]["articles"] for s in present}, "engines": {}}
    for engine in [e.strip() for e in args.engines.split(",") if e.strip()]:
        rows = model(reports, engine, project)
        if not rows:
            continue
        out["engines"][engine] = rows
        print(f"\n### {engine}\n\n{render(rows, present, project)}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    main()
