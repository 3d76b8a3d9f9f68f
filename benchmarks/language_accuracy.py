"""How often presslens' language detection names the true language of the real articles.

    python -m benchmarks.language_accuracy            # every article (~23,900; about a minute)
    python -m benchmarks.language_accuracy --limit 200

Runs ``indexer.language.detect_language(title + "\\n" + body)`` on the articles under
``../shared/data/`` (English Reuters and BBC, German, Spanish, Russian) and compares the answer with
the language of the source collection. Nothing is excluded by default: near-empty Reuters items
count (an ``und`` answer is a miss). ``--min-letters N`` leaves out items with fewer than N letters
and says so in the output.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.data import DEFAULT_DATA_DIR, Record, load_articles

#: The issue's bar: at least this share of articles must get their true language.
REQUIRED_ACCURACY = 0.99
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


def letters(text: str) -> int:
    """How many letters ``text`` holds."""
    return len(_LETTER.findall(text))


def _text(record: Record) -> str:
    return f"{record.get('title') or ''}\n{record.get('text') or ''}"


def sample(records: Iterable[Record], limit_per_language: int | None) -> dict[str, list[Record]]:
    """The first ``limit_per_language`` records of each true language (all when None)."""
    chosen: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        bucket = chosen[str(record["language"])]
        if limit_per_language is None or len(bucket) < limit_per_language:
            bucket.append(record)
    return dict(chosen)


def evaluate(
    limit_per_language: int | None = None,
    *,
    data_dir: Path = DEFAULT_DATA_DIR,
    min_letters: int = 0,
    total: int | None = None,
) -> dict[str, Any]:
    """Detect every sampled article's language and compare it with the truth.

    The sample is the first ``limit_per_language`` articles of each language (every language
    weighs the same), or, with ``total``, the first ``total`` articles of the corpus order (each
    language in its corpus share, like the whole corpus).

    Returns ``{"overall": {...}, "languages": {lang: {...}}, "sources": {source: {...}},
    "misses": [...], "excluded": [...], "min_letters": ..., "seconds": ...}``; each summary has
    ``evaluated``, ``correct`` and ``accuracy``; each miss has ``id``, ``source``, ``true``,
    ``detected``, ``probability``, ``letters`` and ``preview`` (first 80 characters).
    """
    from indexer.language import detect_languages

    started = time.perf_counter()
    if total is not None:
        by_language = sample(load_articles(data_dir, limit=total), None)
    else:
        by_language = sample(load_articles(data_dir), limit_per_language)
    counts: dict[str, dict[str, dict[str, int]]] = {
        "languages": defaultdict(lambda: {"evaluated": 0, "correct": 0}),
        "sources": defaultdict(lambda: {"evaluated": 0, "correct": 0}),
    }
    misses: list[dict[str, Any]] = []
    excluded: list[dict[str, Any]] = []
    for language, records in sorted(by_language.items()):
        judged = []
        for record in records:
            text = _text(record)
            n_letters = letters(text)
            if n_letters < min_letters:
                preview = " ".join(text.split())[:80]
                excluded.append({"id": record["id"], "letters": n_letters, "preview": preview})
            else:
                judged.append((record, text, n_letters))
        answers = detect_languages([text for _, text, _ in judged])
        for (record, text, n_letters), detected in zip(judged, answers, strict=True):
            preview = " ".join(text.split())[:80]
            ok = detected.code == language
            for key, name in (("languages", language), ("sources", str(record["source"]))):
                counts[key][name]["evaluated"] += 1
                counts[key][name]["correct"] += int(ok)
            if not ok:
                misses.append(
                    {
                        "id": record["id"],
                        "source": record["source"],
                        "true": language,
                        "detected": detected.code,
                        "probability": detected.probability,
                        "letters": n_letters,
                        "preview": preview,
                    }
                )

    def summarise(c: dict[str, int]) -> dict[str, Any]:
        accuracy = c["correct"] / c["evaluated"] if c["evaluated"] else None
        return {**c, "accuracy": accuracy}

    evaluated = sum(c["evaluated"] for c in counts["languages"].values())
    correct = sum(c["correct"] for c in counts["languages"].values())
    return {
        "limit_per_language": limit_per_language,
        "total_limit": total,
        "min_letters": min_letters,
        "overall": summarise({"evaluated": evaluated, "correct": correct}),
        "languages": {k: summarise(v) for k, v in sorted(counts["languages"].items())},
        "sources": {k: summarise(v) for k, v in sorted(counts["sources"].items())},
        "misses": misses,
        "excluded": excluded,
        "seconds": round(time.perf_counter() - started, 2),
    }


def render(report: dict[str, Any], *, max_misses: int | None = None) -> str:
    """The report as markdown: accuracy per language and per source, then every miss."""

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{100 * value:.2f}%"

    overall = report["overall"]
    lines = [
        "## Language detection accuracy (indexer.language.detect_language on title + body)",
        "",
        f"overall: {overall['correct']:,} / {overall['evaluated']:,} = {pct(overall['accuracy'])}"
        f" (required >= {100 * REQUIRED_ACCURACY:.0f}%)"
        + (
            f"; per-language limit {report['limit_per_language']}"
            if report["limit_per_language"]
            else ""
        ),
    ]
    if report["min_letters"]:
        lines.append(
            f"EXCLUDED from the measurement: {len(report['excluded'])} articles with fewer than "
            f"{report['min_letters']} letters."
        )
    else:
        lines.append("Nothing excluded: near-empty items count, and 'und' is a miss.")
    lines += ["", "| language | evaluated | correct | accuracy |", "|---|---:|---:|---:|"]
    for name, c in report["languages"].items():
        lines.append(f"| {name} | {c['evaluated']:,} | {c['correct']:,} | {pct(c['accuracy'])} |")
    lines += ["", "| source | evaluated | correct | accuracy |", "|---|---:|---:|---:|"]
    for name, c in report["sources"].items():
        lines.append(f"| {name} | {c['evaluated']:,} | {c['correct']:,} | {pct(c['accuracy'])} |")
    misses = report["misses"]
    shown = misses if max_misses is None else misses[:max_misses]
    lines += ["", f"misses: {len(misses)}" + (f" (first {len(shown)})" if shown != misses else "")]
    if shown:
        lines += [
            "",
            "| id | true | detected | p | letters | first 80 chars |",
            "|---|---|---|---:|---:|---|",
        ]
        for m in shown:
            preview = m["preview"].replace("|", "\\|")
            lines.append(
                f"| {m['id']} | {m['true']} | {m['detected']} | {m['probability']:.2f} | "
                f"{m['letters']} | {preview} |"
            )
    if report["excluded"]:
        lines += ["", "excluded:"]
        lines += [
            f"- {e['id']} ({e['letters']} letters): {e['preview']}" for e in report["excluded"]
        ]
    lines.append(f"\n({report['seconds']} s)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.language_accuracy", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--limit", type=int, default=None, help="articles per language")
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--min-letters", type=int, default=0, help="exclude shorter items (stated)")
    parser.add_argument("--max-misses", type=int, default=None, help="misses to print")
    args = parser.parse_args(argv)
    report = evaluate(args.limit, data_dir=args.data_dir, min_letters=args.min_letters)
    print(render(report, max_misses=args.max_misses))
    return report


if __name__ == "__main__":
    main()
