"""Speaker and quote-attribution quality on the labelled set in ``tests/indexer/quotes/labelled``.

Run ``python -m benchmarks.speaker_quality`` from the repository root. It prints precision and
recall of (1) the set of people quoted per article and (2) quote attribution, where a labelled
pair (quote start, speaker) counts as found when an extracted quote starting with that text
carries that speaker; every extracted quote that matches no labelled pair is a false positive.
Quotes labelled with speaker ``null`` (organisations, outlets, anonymous sources) are never
expected: extracting one with a person's name is a false positive.

The labelled articles fall into these sets, each reported per language and per source:

- ``dev`` to ``dev8``: labels with ``split: dev``, ``dev2`` ... ``dev8``
  (a second to eighth development set, each labelled before the extractor's next round), the
  sets the extractor is tuned on;
- ``check`` to ``check6``: labels with that ``split``, never tuned on (their misses are
  listed only with ``--show check,...``); ``held-out`` pools them; a set named in ``SEALED``
  (labelled before a round's development) stays out of the default tables and of the pool
  until the round's decisions are made, and is then scored once;
- ``old``: the first fifteen real articles, labelled before the split existed;
- ``shipped``: the five articles of ``corpus/``, which must come out exactly right.

Every article is read as the indexer receives it (``benchmarks.data``): Reuters bodies stay
hard-wrapped, the Russian samples keep their stray ``n`` line breaks.

``evaluate()`` returns the same figures as a dict.

>>> source_of({"source": "../shared/data/news-en-reuters21578", "format": "reuters"})
'reuters'
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from benchmarks.data import load_reuters
from indexer.people import PeopleRegistry
from indexer.quotes import extract

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "indexer" / "quotes" / "labelled"
DATA = ROOT.parent / "shared" / "data"
SETS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "check",
    "check2",
    "check3",
    "check4",
    "check5",
    "check6",
    "held-out",
    "old",
    "shipped",
)
#: the sets never tuned on; ``held-out`` pools them
HELD_OUT = ("check", "check2", "check3", "check4", "check5", "check6")
#: held out and sealed: labelled, never tuned on, scored once when a round's decisions are made
SEALED: tuple[str, ...] = ()
#: the sets the extractor may be tuned on: every set but the held-out and sealed ones
TUNED = tuple(s for s in SETS if s not in (*HELD_OUT, *SEALED, "held-out"))
_SPACE = re.compile(r"\s+")
_SOURCES = (
    ("news-en-bbc", "bbc"),
    ("news-en-reuters21578", "reuters"),
    ("news-de-10kgnad", "10kgnad"),
    ("news-es-fakenewscorpus", "fakenews-es"),
    ("news-ru-corus-samples", "corus-ru"),
)


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip().casefold()


@cache
def _reuters(directory: Path) -> dict[int, str]:
    return {int(str(r["id"]).split("-")[1]): str(r["text"]) for r in load_reuters(directory.parent)}


def load_text(label: dict[str, Any]) -> str:
    """The article body a label points at, exactly as the indexer receives it.

    Formats: ``text`` (a corpus file), ``jsonl`` (0-based line ``record``, body in ``field``),
    ``10kgnad`` (0-based CSV row), ``reuters`` (``record`` is the NEWID, body as
    ``benchmarks.data.load_reuters`` reads it).
    """
    path = ROOT / label["source"]
    fmt = label["format"]
    if fmt == "text":
        return path.read_text(encoding="utf-8")
    if fmt == "jsonl":
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i == label["record"]:
                    return json.loads(line)[label["field"]]
        raise IndexError(f"{path} has no record {label['record']}")
    if fmt == "10kgnad":
        with path.open(encoding="utf-8") as fh:
            for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
                if i == label["record"]:
                    return row[1]
        raise IndexError(f"{path} has no row {label['record']}")
    if fmt == "reuters":
        return _reuters(path.resolve())[label["record"]]
    raise ValueError(f"unknown format {fmt!r}")


def source_of(label: dict[str, Any]) -> str:
    """The collection a label's article comes from (``bbc``, ``reuters``, ``10kgnad``...)."""
    if label["source"].startswith("corpus/"):
        return "shipped"
    return next((name for key, name in _SOURCES if key in label["source"]), "other")


def set_of(label: dict[str, Any]) -> str:
    """``dev`` to ``dev8``, ``check`` to ``check6``, ``old`` (before the split) or ``shipped``."""
    if label.get("split"):
        return str(label["split"])
    return "shipped" if source_of(label) == "shipped" else "old"


def labels(include_data: bool = True) -> list[tuple[str, dict[str, Any]]]:
    """(name, label) for every labelled article; data-set ones only if ../shared/data exists."""
    out = []
    for path in sorted(LABELLED.glob("*.yaml")):
        label = yaml.safe_load(path.read_text(encoding="utf-8"))
        if label["source"].startswith("../") and not (include_data and DATA.is_dir()):
            continue
        out.append((path.stem, label))
    return out


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def _score(label: dict[str, Any], ex: Any) -> dict[str, Any]:
    """One article's counts and misses."""
    gold_speakers = set(label.get("speakers") or [])
    pred_speakers = set(ex.speakers)
    quotes = label.get("quotes") or []
    gold_pairs = [(_norm(q["start"]), q["speaker"]) for q in quotes if q.get("speaker")]
    nobody = [_norm(q["start"]) for q in quotes if not q.get("speaker")]
    used: set[int] = set()
    missed = []
    for snippet, speaker in gold_pairs:
        hit = next(
            (
                i
                for i, q in enumerate(ex.quotes)
                if i not in used and q.speaker == speaker and _norm(q.text).startswith(snippet)
            ),
            None,
        )
        if hit is None:
            missed.append(f"{snippet[:40]!r} -> {speaker}")
        else:
            used.add(hit)
    wrong = []
    given_to_nobody = 0
    for i, q in enumerate(ex.quotes):
        if i in used:
            continue
        text = _norm(q.text)
        org = any(text.startswith(s) for s in nobody)
        given_to_nobody += org
        wrong.append(f"{q.text[:40]!r} -> {q.speaker}" + (" (labelled: no person)" if org else ""))
    tp = len(gold_speakers & pred_speakers)
    return {
        "speakers": list(ex.speakers),
        "counts": (tp, len(pred_speakers), len(gold_speakers), len(used), len(ex.quotes)),
        "gold_quotes": len(gold_pairs),
        "nobody_quotes": len(nobody),
        "given_to_nobody": given_to_nobody,
        "speaker_precision": _ratio(tp, len(pred_speakers)),
        "speaker_recall": _ratio(tp, len(gold_speakers)),
        "quote_precision": _ratio(len(used), len(ex.quotes)),
        "quote_recall": _ratio(len(used), len(gold_pairs)),
        "missing_speakers": sorted(gold_speakers - pred_speakers),
        "extra_speakers": sorted(pred_speakers - gold_speakers),
        "missed_quotes": missed,
        "wrong_quotes": wrong,
        "exact": not missed and not wrong and gold_speakers == pred_speakers,
    }


def _totals(articles: Iterable[dict[str, Any]]) -> dict[str, Any]:
    sp_tp = sp_pred = sp_gold = q_tp = q_pred = q_gold = n = nobody = 0
    for a in articles:
        tp, pred, gold, qtp, qpred = a["counts"]
        sp_tp, sp_pred, sp_gold = sp_tp + tp, sp_pred + pred, sp_gold + gold
        q_tp, q_pred, q_gold = q_tp + qtp, q_pred + qpred, q_gold + a["gold_quotes"]
        nobody += a["given_to_nobody"]
        n += 1
    return {
        "n_articles": n,
        "gold_quotes": q_gold,
        "given_to_nobody": nobody,
        "speaker_precision": _ratio(sp_tp, sp_pred),
        "speaker_recall": _ratio(sp_tp, sp_gold),
        "quote_precision": _ratio(q_tp, q_pred),
        "quote_recall": _ratio(q_tp, q_gold),
    }


def evaluate(registry: PeopleRegistry | None = None) -> dict[str, Any]:
    """Per-article, per-set (x language, x source) and total P/R, with the misses.

    ``result["groups"][set]["all"]``, ``["language"][code]`` and ``["source"][name]`` hold
    the totals of one set; the top-level figures cover every labelled article.
    """
    registry = registry or PeopleRegistry.load(ROOT / "corpus" / "people.yaml")
    articles: dict[str, dict[str, Any]] = {}
    elapsed = 0.0
    for name, label in labels():
        text = load_text(label)
        t0 = time.perf_counter()
        ex = extract(text, label["language"], registry)
        elapsed += time.perf_counter() - t0
        scored = _score(label, ex)
        scored.update(set=set_of(label), language=label["language"], source=source_of(label))
        articles[name] = scored
    groups: dict[str, dict[str, Any]] = {}
    for set_name in SETS:
        members = [
            a
            for a in articles.values()
            if a["set"] == set_name or (set_name == "held-out" and a["set"] in HELD_OUT)
        ]
        if not members:
            continue
        groups[set_name] = {
            "all": _totals(members),
            "language": {
                lang: _totals(a for a in members if a["language"] == lang)
                for lang in sorted({a["language"] for a in members})
            },
            "source": {
                src: _totals(a for a in members if a["source"] == src)
                for src in sorted({a["source"] for a in members})
            },
        }
    return {
        "articles": articles,
        "groups": groups,
        **_totals(articles.values()),
        "ms_per_article": 1000 * elapsed / max(1, len(articles)),
    }


def _row(name: str, t: dict[str, Any]) -> str:
    return (
        f"  {name:<14} {t['n_articles']:>4} {t['gold_quotes']:>6} "
        f"{t['speaker_precision']:6.2f} {t['speaker_recall']:6.2f} "
        f"{t['quote_precision']:6.2f} {t['quote_recall']:6.2f} {t['given_to_nobody']:>7}"
    )


def report(
    result: dict[str, Any],
    show: Iterable[str] = TUNED,
    sets: Iterable[str] = SETS,
) -> str:
    """The tables of the ``sets``, then the misses of every article in the ``show`` sets, then
    the total over the articles of the ``sets`` (so a total printed while tuning, without the
    held-out sets, holds none of their articles)."""
    lines = []
    tables = set(sets)
    for set_name, g in result["groups"].items():
        if set_name not in tables:
            continue
        lines.append(f"\n[{set_name}]  {'':<9} arts quotes  spk P  spk R  quo P  quo R  org->p")
        lines.append(_row("all", g["all"]))
        lines += [_row(lang, t) for lang, t in g["language"].items()]
        lines += [_row(src, t) for src, t in g["source"].items()]
    shown = set(show)
    for name, a in result["articles"].items():
        if a["set"] not in shown or a["exact"]:
            continue
        lines.append(
            f"{name} [{a['set']}] spk P {a['speaker_precision']:.2f} R {a['speaker_recall']:.2f}"
            f" quo P {a['quote_precision']:.2f} R {a['quote_recall']:.2f}"
        )
        for key in ("missing_speakers", "extra_speakers", "missed_quotes", "wrong_quotes"):
            lines += [f"    {key}: {item}" for item in a[key]]
    counted = tables | set(HELD_OUT) if "held-out" in tables else tables
    total = _totals(a for a in result["articles"].values() if a["set"] in counted)
    lines.append(
        f"\nTOTAL over the {total['n_articles']} articles of these sets: speakers "
        f"P={total['speaker_precision']:.3f} R={total['speaker_recall']:.3f}; quotes "
        f"P={total['quote_precision']:.3f} R={total['quote_recall']:.3f}; "
        f"{result['ms_per_article']:.2f} ms/article over all {result['n_articles']}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--show",
        default=",".join(TUNED),
        help="comma-separated sets whose per-article misses are listed (default: all but the "
        "held-out check to check6)",
    )
    parser.add_argument(
        "--sets",
        default=",".join(s for s in SETS if s not in SEALED),
        help="comma-separated sets whose tables (and total) are printed (default: all but the "
        "sealed ones; while tuning, leave out check to check6 and held-out)",
    )
    args = parser.parse_args(argv)
    show = [s for s in args.show.split(",") if s]
    print(report(evaluate(), show, [s for s in args.sets.split(",") if s]))


if __name__ == "__main__":
    main()
