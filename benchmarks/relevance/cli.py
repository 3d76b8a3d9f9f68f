"""``python -m benchmarks.relevance``: the relevance benchmark, every engine in one run.

    python -m benchmarks.relevance                          # everything, tune/check/all
    python -m benchmarks.relevance --split tune --engines presslens,fts5
    python -m benchmarks.relevance --collections xquad-r --presslens-option translate=true
    python -m benchmarks.relevance --limit 5 --json /tmp/r.json   # a quick look

Markdown tables go to stdout, the figures (and with ``--per-query`` every question's ranks)
to ``benchmarks/results/relevance.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.relevance import cranfield, xquad
from benchmarks.relevance.presslens_ranker import check_options, parse_option
from benchmarks.relevance.report import render
from benchmarks.relevance.run import ENGINES, run_engine, select_questions
from benchmarks.relevance.scores import cranfield_scores, per_query, xquad_scores

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = (ROOT / ".." / "shared" / "data").resolve()
RESULTS = ROOT / "benchmarks" / "results" / "relevance.json"
COLLECTIONS = ("cranfield", "xquad-r")


def _names(text: str, known: Sequence[str], what: str) -> list[str]:
    names = [n.strip() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {unknown[0] if unknown else text!r}; use any of {', '.join(known)}"
        )
    return names


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m benchmarks.relevance", description=__doc__)
    p.add_argument(
        "--collections",
        type=lambda t: _names(t, COLLECTIONS, "collection"),
        default=list(COLLECTIONS),
        help="comma-separated: cranfield, xquad-r (default: both)",
    )
    p.add_argument(
        "--engines",
        type=lambda t: _names(t, list(ENGINES), "engine"),
        default=list(ENGINES),
        help=f"comma-separated: {', '.join(ENGINES)} (default: all)",
    )
    p.add_argument(
        "--split",
        choices=("tune", "check", "all"),
        default="all",
        help="which questions to ask; 'all' reports tune, check and all (default)",
    )
    p.add_argument(
        "--presslens-option",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra keyword argument for presslens' SearchIndex.search (repeatable)",
    )
    p.add_argument("--limit", type=int, default=None, help="first N questions per language+split")
    p.add_argument(
        "--articles", type=int, default=None, help="XQuAD-R: only the first N articles (quick runs)"
    )
    p.add_argument("--data-dir", type=Path, default=DATA_DIR, help="the shared data folder")
    p.add_argument("--json", type=Path, default=RESULTS, help="where the JSON goes")
    p.add_argument("--per-query", action="store_true", help="every question's ranks in the JSON")
    return p


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _section(
    collection: Any,
    engines: Sequence[str],
    args: argparse.Namespace,
    options: dict[str, Any],
    workdir: Path,
    descriptions: dict[str, str],
) -> dict[str, Any]:
    questions = select_questions(collection, args.split, args.limit)
    splits = ("tune", "check", "all") if args.split == "all" else (args.split,)
    languages = [lang for lang in xquad.LANGUAGES if any(q.language == lang for q in questions)]
    document_language = {d.id: d.language for d in collection.documents}
    section: dict[str, Any] = {
        "documents": len(collection.documents),
        "languages": languages,
        "engines": {},
        "seconds": {},
    }
    for name in engines:
        run = run_engine(name, collection, questions, presslens_options=options, workdir=workdir)
        if collection.name == "cranfield":
            figures = {s: cranfield_scores(run.answers, s) for s in splits}
        else:
            figures = {
                s: xquad_scores(run.answers, s, languages, document_language) for s in splits
            }
        section["engines"][name] = figures
        descriptions[name] = run.description
        section["seconds"][name] = {"build": run.build_seconds, "questions": run.query_seconds}
        if run.notes:
            section["presslens_detection"] = run.notes
        if args.per_query:
            section.setdefault("per_query", {})[name] = per_query(run.answers, collection.depth)
        print(
            f"{collection.name}: {name} done ({run.build_seconds:.1f} s build, "
            f"{run.query_seconds:.1f} s for {len(questions)} questions)",
            file=sys.stderr,
        )
    return section


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Run the benchmark as ``args`` say; returns the results (also what the JSON holds)."""
    options = dict(parse_option(text) for text in args.presslens_option)
    if any(name.startswith("presslens") for name in args.engines):
        check_options(options)
    results: dict[str, Any] = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "split": args.split,
        "limit": args.limit,
        "articles": args.articles,
        "presslens_options": options,
        "environment": {
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "tantivy": _version("tantivy"),
            "whoosh-reloaded": _version("whoosh-reloaded"),
        },
        "engines": {},
    }
    loaders = {
        "cranfield": lambda: cranfield.load(args.data_dir / "cranfield"),
        "xquad-r": lambda: xquad.load(args.data_dir / "xquad-r-dev", articles=args.articles),
    }
    with tempfile.TemporaryDirectory(prefix="presslens-relevance-") as tmp:
        for name in args.collections:
            results[name] = _section(
                loaders[name](), args.engines, args, options, Path(tmp), results["engines"]
            )
    return results


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        results = run(args)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(render(results))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    indent = None if args.per_query else 1  # every question's ranks: keep the file compact
    args.json.write_text(json.dumps(results, indent=indent, ensure_ascii=False) + "\n", "utf-8")
    print(f"results written to {args.json}", file=sys.stderr)
    return 0
