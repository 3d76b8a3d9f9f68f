"""Markdown tables of a relevance run's results (the dict ``cli.run`` returns and writes as JSON).

>>> table(["engine", "en"], [["fts5", 0.75]])
'| engine | en |\\n|---|---:|\\n| fts5 | 0.750 |'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A markdown table, first column left-aligned, the others right-aligned."""
    lines = [
        "| " + " | ".join(header) + " |",
        "|---|" + "---:|" * (len(header) - 1),
    ]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _splits(section: dict[str, Any]) -> list[str]:
    first = next(iter(section["engines"].values()))
    return [s for s in ("tune", "check", "all") if s in first]


def cranfield(section: dict[str, Any]) -> str:
    splits = _splits(section)
    engines = section["engines"]
    first = next(iter(engines.values()))
    counts = ", ".join(f"{s} {first[s]['questions']}" for s in splits)
    header = ["engine"]
    header += [f"nDCG@10 {s}" for s in splits] + [f"recall@100 {s}" for s in splits]
    header += ["no hit", "any-word fallback"]
    rows = []
    for name, figures in engines.items():
        last = figures[splits[-1]]
        rows.append(
            [name]
            + [figures[s]["ndcg@10"] for s in splits]
            + [figures[s]["recall@100"] for s in splits]
            + [last["zero_hits"], last["fallbacks"] if name.startswith("presslens") else "–"]
        )
    return (
        f"### Cranfield: {section['documents']:,} abstracts, questions as typed ({counts})\n\n"
        + table(header, rows)
    )


def xquad(section: dict[str, Any]) -> str:
    engines = section["engines"]
    languages = section["languages"]
    parts = []
    for split in _splits(section):
        first = next(iter(engines.values()))[split]
        n = "/".join(str(first["questions"][lang]) for lang in languages)
        mono = [
            [name, *(f[split]["mrr@10"].get(k) for k in (*languages, "avg"))]
            for name, f in engines.items()
        ]
        parts.append(
            f"### XQuAD-R MRR@10, {split} ({n} questions per language; "
            f"{section['documents']:,} sentences of {len(languages)} languages in one index)\n\n"
            + table(["engine", *languages, "avg"], mono)
        )
        keys = list(next(iter(engines.values()))[split]["cross_mrr@10"])
        cross = [
            [name, *(f[split]["cross_mrr@10"].get(k) for k in keys)] for name, f in engines.items()
        ]
        parts.append(
            f"### XQuAD-R cross-language MRR@10, {split} (question -> answer language)\n\n"
            + table(["engine", *(k.replace("->", "→") for k in keys)], cross)
        )
        within = [
            [name, *(f[split].get("cross_mrr@10_in_language", {}).get(k) for k in keys)]
            for name, f in engines.items()
        ]
        if any(v is not None for row in within for v in row[1:]):
            parts.append(
                f"### XQuAD-R cross-language MRR@10 within the answer language, {split} "
                "(the same question, only that language's documents ranked: its language "
                "facet ticked)\n\n"
                + table(["engine", *(k.replace("->", "→") for k in keys)], within)
            )
    split = _splits(section)[-1]
    for key, title in (
        ("same_language_top10", "share of the top 10 in the question's language"),
        ("zero_hits", "questions with no hit"),
        ("fallbacks", "presslens questions that fell back to any-word"),
    ):
        rows = [
            [name, *(f[split][key].get(lang) for lang in languages)]
            for name, f in engines.items()
            if key != "fallbacks" or name.startswith("presslens")
        ]
        if rows:
            parts.append(f"### XQuAD-R {title} ({split})\n\n" + table(["engine", *languages], rows))
    return "\n\n".join(parts)


def timings(results: dict[str, Any]) -> str:
    rows = []
    for collection in ("cranfield", "xquad-r"):
        section = results.get(collection)
        if not section:
            continue
        for name, seconds in section["seconds"].items():
            rows.append([collection, name, seconds["build"], seconds["questions"]])
    return "### Seconds (build, all questions)\n\n" + table(
        ["collection", "engine", "build s", "questions s"], rows
    )


def render(results: dict[str, Any]) -> str:
    """The whole report."""
    parts = ["## Relevance (queries exactly as typed)"]
    if results.get("cranfield"):
        parts.append(cranfield(results["cranfield"]))
    if results.get("xquad-r"):
        parts.append(xquad(results["xquad-r"]))
    parts.append(timings(results))
    engines = results.get("engines", {})
    if engines:
        parts.append("Engines:\n" + "\n".join(f"- `{k}`: {v}" for k, v in engines.items()))
    notes = [
        f"- presslens language detection, {name}: {n['detected_wrong']} of {n['documents']} "
        f"documents not in their true language ({n['detected_as']})"
        for name in ("cranfield", "xquad-r")
        if (n := results.get(name, {}).get("presslens_detection"))
    ]
    if notes:
        parts.append("\n".join(notes))
    return "\n\n".join(parts) + "\n"
