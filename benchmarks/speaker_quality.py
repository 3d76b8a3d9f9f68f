"""Speaker and quote-attribution quality on the labelled set in ``tests/indexer/quotes/labelled``.

Run ``python -m benchmarks.speaker_quality`` from the repository root: it prints per-article and
total precision/recall of (1) the set of quoted speakers per article and (2) quote attribution,
where a labelled pair (quote start, speaker) counts as found when an extracted quote starting with
that text carries that speaker. Every extracted quote that matches no labelled pair is a false
positive. ``evaluate()`` returns the same figures as a dict.
"""

from __future__ import annotations

import csv
import json
import re
import time
from pathlib import Path
from typing import Any

import yaml

from indexer.people import PeopleRegistry
from indexer.quotes import extract

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "indexer" / "quotes" / "labelled"
DATA = ROOT.parent / "shared" / "data"
_SPACE = re.compile(r"\s+")
# the Corus samples lost their backslashes: a paragraph break reads as a bare "n"
_CORUS_BREAK = re.compile(r"(?<=[.!?:»\")])n(?=[«\"А-ЯЁA-Z])")


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip().casefold()


def load_text(label: dict[str, Any]) -> str:
    """The article body a label points at (file, JSONL record or 10kGNAD CSV row)."""
    path = ROOT / label["source"]
    fmt = label["format"]
    if fmt == "text":
        return path.read_text(encoding="utf-8")
    if fmt == "jsonl":
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i == label["record"]:
                    text = json.loads(line)[label["field"]]
                    return _CORUS_BREAK.sub("\n", text) if "corus" in str(path) else text
        raise IndexError(f"{path} has no record {label['record']}")
    if fmt == "10kgnad":
        with path.open(encoding="utf-8") as fh:
            for i, row in enumerate(csv.reader(fh, delimiter=";", quotechar="'")):
                if i == label["record"]:
                    return row[1]
        raise IndexError(f"{path} has no row {label['record']}")
    raise ValueError(f"unknown format {fmt!r}")


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


def evaluate(registry: PeopleRegistry | None = None) -> dict[str, Any]:
    """Per-article and total P/R for speakers and quote attribution, with the misses."""
    registry = registry or PeopleRegistry.load(ROOT / "corpus" / "people.yaml")
    articles = {}
    sp_tp = sp_pred = sp_gold = q_tp = q_pred = q_gold = 0
    elapsed = 0.0
    for name, label in labels():
        text = load_text(label)
        t0 = time.perf_counter()
        ex = extract(text, label["language"], registry)
        elapsed += time.perf_counter() - t0
        gold_speakers = set(label.get("speakers") or [])
        pred_speakers = set(ex.speakers)
        gold_pairs = [(_norm(q["start"]), q["speaker"]) for q in label.get("quotes") or []]
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
        wrong = [
            f"{q.text[:40]!r} -> {q.speaker}" for i, q in enumerate(ex.quotes) if i not in used
        ]
        tp = len(gold_speakers & pred_speakers)
        sp_tp += tp
        sp_pred += len(pred_speakers)
        sp_gold += len(gold_speakers)
        q_tp += len(used)
        q_pred += len(ex.quotes)
        q_gold += len(gold_pairs)
        articles[name] = {
            "speakers": list(ex.speakers),
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
    return {
        "articles": articles,
        "n_articles": len(articles),
        "speaker_precision": _ratio(sp_tp, sp_pred),
        "speaker_recall": _ratio(sp_tp, sp_gold),
        "quote_precision": _ratio(q_tp, q_pred),
        "quote_recall": _ratio(q_tp, q_gold),
        "ms_per_article": 1000 * elapsed / max(1, len(articles)),
    }


def main() -> None:
    result = evaluate()
    print(f"{'article':<20} {'spk P':>6} {'spk R':>6} {'quo P':>6} {'quo R':>6}")
    for name, a in result["articles"].items():
        print(
            f"{name:<20} {a['speaker_precision']:6.2f} {a['speaker_recall']:6.2f} "
            f"{a['quote_precision']:6.2f} {a['quote_recall']:6.2f}"
        )
        for key in ("missing_speakers", "extra_speakers", "missed_quotes", "wrong_quotes"):
            for item in a[key]:
                print(f"    {key}: {item}")
    print(
        f"TOTAL over {result['n_articles']} articles: speakers P={result['speaker_precision']:.3f} "
        f"R={result['speaker_recall']:.3f}; quotes P={result['quote_precision']:.3f} "
        f"R={result['quote_recall']:.3f}; {result['ms_per_article']:.2f} ms/article"
    )


if __name__ == "__main__":
    main()
