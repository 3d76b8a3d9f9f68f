"""What translation costs a search: the same queries with and without ``translate=True``.

    python -m benchmarks.translation_latency                     # builds the 26k index once
    python -m benchmarks.translation_latency --index DIR         # an index built already

The index is the whole real corpus (``benchmarks.data.collection``, languages detected as
``presslens index`` does), kept under ``--workdir`` between runs, with the installed lexicons
linked in (compiled once into ``.cache/lexicons``, as the relevance benchmark does). Every
query of the speed benchmark (``benchmarks.queries``: rare and common words, phrases,
prefixes, typos; without their filters) plus questions and words in each language of the
corpus runs both ways in the same process, interleaved: one warm-up pass, then
``--repeats`` timed passes; a query's time is its median, and the table gives p50 and p95
over the queries (nearest rank, as ``make bench``) and their ratio.
Results go to ``benchmarks/results/translation_latency.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path
from typing import Any

from benchmarks.data import DEFAULT_DATA_DIR, collection
from benchmarks.queries import CLASS_QUERIES, QUERIES
from benchmarks.scale.measure import percentiles

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "translation_latency.json"
#: Queries in the corpus' languages that translation changes (words, names, questions).
CROSS_LANGUAGE = (
    "Regierung",
    "Verhandlungen über Gas",
    "wie viele Menschen arbeiten in der Fabrik",
    "elecciones presidenciales",
    "precio del petróleo",
    "правительство",
    "нефть цены",
    "discussions",
    "government talks",
    "how many people lost their jobs at the bank",
    "förhandlingar",
    "Gespräche Nato",
)


def build(index: Path, data_dir: Path) -> None:
    """The whole corpus indexed at ``index``, with the installed lexicons linked in."""
    from benchmarks.presslens_engine import without_language
    from benchmarks.relevance.presslens_ranker import install_lexicons
    from indexer.build import build_index_from_records

    if not (index / "CURRENT").exists():
        records = without_language(collection(None, data_dir))
        print(build_index_from_records(records, index, procs=2), flush=True)
    install_lexicons(index)


def measure(index_dir: Path, repeats: int) -> dict[str, Any]:
    """Median milliseconds per query, both ways, and the percentiles over the queries."""
    from search import SearchLimits, open_index

    queries = list(dict.fromkeys([*QUERIES, *(q.text for q in CLASS_QUERIES), *CROSS_LANGUAGE]))
    times: dict[bool, dict[str, list[float]]] = {False: {}, True: {}}
    with open_index(index_dir, limits=SearchLimits(timeout=60.0)) as index:
        index.translation_ready(120)
        for rep in range(repeats + 1):
            for q in queries:
                for translate in (False, True):
                    started = time.perf_counter()
                    index.search(q, translate=translate)
                    took = (time.perf_counter() - started) * 1000
                    if rep:  # the first pass warms up
                        times[translate].setdefault(q, []).append(took)
        documents = index.stats().documents
    out: dict[str, Any] = {"documents": documents, "queries": len(queries), "repeats": repeats}
    for translate, per_query in times.items():
        found = percentiles([statistics.median(v) for v in per_query.values()])
        key = "translated" if translate else "untranslated"
        out[key] = {"p50_ms": found["p50_ms"], "p95_ms": found["p95_ms"]}
    for q in ("p50_ms", "p95_ms"):
        out[f"ratio_{q[:3]}"] = out["translated"][q] / out["untranslated"][q]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.translation_latency")
    parser.add_argument("--index", type=Path, default=None, help="an index built already")
    parser.add_argument("--workdir", type=Path, default=ROOT / ".cache" / "bench-translation")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    index = args.index or args.workdir / "index"
    if args.index is None:
        build(index, args.data_dir)
    result = measure(index, args.repeats)
    result["machine"] = f"Python {platform.python_version()}, {platform.machine()}"
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(
        f"{result['documents']:,} articles, {result['queries']} queries, "
        f"median of {result['repeats']} passes\n\n"
        "| | p50 ms | p95 ms |\n|---|---:|---:|\n"
        f"| untranslated | {result['untranslated']['p50_ms']:.2f} | "
        f"{result['untranslated']['p95_ms']:.2f} |\n"
        f"| translate=true | {result['translated']['p50_ms']:.2f} | "
        f"{result['translated']['p95_ms']:.2f} |\n"
        f"| ratio | {result['ratio_p50']:.2f}x | {result['ratio_p95']:.2f}x |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
