"""Quality on volume: the most-quoted speakers of the whole real corpus, read and marked.

Run ``python -m benchmarks.speaker_volume`` from the repository root. It extracts quotes from
every article of ``../shared/data`` (``benchmarks.data.load_articles``, in 2 processes), joins
name variants across the corpus as a full build does (``indexer.quotes.clusters``), lists the
200 speakers with the most quotes, and counts how many of them a reader marked as not a real
person named in full (``speaker_volume_marks.yaml`` beside this file: ``person`` for a real
person named in full; ``partial`` for a person named in part, ``org`` for an organisation or
outlet, ``other`` for anything else). Names not marked yet are listed for a reader to mark.

Articles are read in their source language (the collection's own label, as the language
accuracy benchmark shows detection agrees on 99.85% of them).

``volume()`` returns the same figures as a dict.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from benchmarks.data import DEFAULT_DATA_DIR, load_articles
from indexer.people import PeopleRegistry
from indexer.quotes import extract
from indexer.quotes.clusters import cluster_names

ROOT = Path(__file__).resolve().parent.parent
MARKS = Path(__file__).resolve().parent / "speaker_volume_marks.yaml"
PEOPLE = ROOT / "corpus" / "people.yaml"
PERSON = "person"
KINDS = (PERSON, "partial", "org", "other")

_registry: PeopleRegistry | None = None


def _init(path: str) -> None:
    global _registry
    _registry = PeopleRegistry.load(path)


def _count(chunk: list[tuple[str, str]]) -> tuple[Counter[str], Counter[str]]:
    quotes: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for text, language in chunk:
        ex = extract(text, language, _registry)
        quotes.update(q.speaker for q in ex.quotes)
        people.update(ex.people)
    return quotes, people


def quote_counts(
    data_dir: Path = DEFAULT_DATA_DIR, procs: int = 2, limit: int | None = None
) -> tuple[Counter[str], Counter[str], int]:
    """Quotes per speaker and articles per person over the corpus (names as extracted), and
    the number of articles."""
    articles = [(str(a["text"]), str(a["language"])) for a in load_articles(data_dir, limit)]
    chunks = [articles[i : i + 200] for i in range(0, len(articles), 200)]
    quotes: Counter[str] = Counter()
    people: Counter[str] = Counter()
    with multiprocessing.get_context("fork").Pool(
        procs, initializer=_init, initargs=(str(PEOPLE),)
    ) as pool:
        for q, p in pool.imap_unordered(_count, chunks):
            quotes.update(q)
            people.update(p)
    return quotes, people, len(articles)


def load_marks(path: Path = MARKS) -> dict[str, str]:
    """name -> kind, as a reader marked them."""
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): str(v).split()[0] for k, v in (data.get("marks") or {}).items()}


def volume(
    data_dir: Path = DEFAULT_DATA_DIR, top: int = 200, procs: int = 2, limit: int | None = None
) -> dict[str, Any]:
    """The ``top`` most-quoted speakers after corpus-level joining, with the readers' marks."""
    raw, people, n_articles = quote_counts(data_dir, procs, limit)
    registry = PeopleRegistry.load(PEOPLE)
    join = cluster_names(people + raw, registry)  # every name found, as a full build joins them
    counts: Counter[str] = Counter()
    for name, n in raw.items():
        counts[join.get(name, name)] += n
    marks = load_marks()
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]  # ties by name
    rows = [{"speaker": s, "quotes": n, "mark": marks.get(s, "unmarked")} for s, n in ranked]
    kinds = Counter(r["mark"] for r in rows)
    return {
        "articles": n_articles,
        "speakers": len(counts),
        "quotes": sum(counts.values()),
        "joined_variants": len(join),
        "top": rows,
        "marks": dict(kinds),
        "not_people": sum(v for k, v in kinds.items() if k not in (PERSON, "unmarked")),
        "unmarked": kinds.get("unmarked", 0),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--top", type=int, default=200)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = volume(top=args.top, procs=args.procs, limit=args.limit)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    for i, row in enumerate(result["top"], 1):
        print(f"{i:4d} {row['quotes']:5d}  {row['mark']:<9} {row['speaker']}")
    print(
        f"\n{result['articles']} articles, {result['quotes']} quotes, {result['speakers']} "
        f"speakers ({result['joined_variants']} name variants joined). Of the top "
        f"{len(result['top'])}: {result['not_people']} not a real person named in full "
        f"{dict(sorted(result['marks'].items()))}, {result['unmarked']} not marked yet."
    )


if __name__ == "__main__":
    main()
