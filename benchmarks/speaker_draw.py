"""Draw articles to label for speaker quality, reproducibly, from the records no label uses.

Run ``python -m benchmarks.speaker_draw --seed 26 10kgnad=14 fakenews-es=12 bbc=8 reuters=8``
from the repository root. For each collection it takes the records (``load_text``'s reading:
BBC and Spanish lines, German CSV rows, Reuters NEWIDs) in record order, keeps those that no
label file names, of at most 6,000 characters, that match the collection's filter (a German
verb of saying; a quotation mark elsewhere; ``10kgnad/loose``, for reads once the German
candidates ran out, a wider set of German verbs of saying), shuffles them with a fresh
``random.Random(seed)`` and prints the first ``n``. This is how ``dev5`` onwards were drawn;
``DRAWS`` records each draw so a test can redo it.

Development also reads unlabelled articles (a random sample of the extractor's output, judged
by reading). ``READS`` records those samples, drawn the same way, and every draw after
``check4`` leaves their records out as well, so a held-out set holds no article a developer
has read. (``check4`` was drawn before reads were recorded: it shares German rows 15, 601 and
653, Spanish lines 159, 490, 871 and 1528 and Reuters NEWID 7695 with the eighth round's
samples.)

>>> _counts(["bbc=8", "reuters=2"])
{'bbc': 8, 'reuters': 2}
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
from collections.abc import Iterable
from functools import cache

from benchmarks.speaker_quality import DATA, _reuters, labels, set_of, source_of

MAX_CHARS = 6000
#: what a candidate must hold: a German verb of saying, a quotation mark elsewhere
FILTERS = {
    "10kgnad": re.compile(
        r"\b(sagte|sagt|erklärte|meinte|betonte|sagen|kritisierte|fügte|ergänzte)\b|\bso \w+"
    ),
    "fakenews-es": re.compile('[«“"]'),
    "bbc": re.compile('["“”]'),
    "reuters": re.compile('["“”]'),
    # for reads once the German candidates above are used up: more verbs of saying and sources
    "10kgnad/loose": re.compile(
        r"\b(sagt\w*|erklärt\w*|betont\w*|meint\w*|kritisiert\w*|fordert\w*|warnt\w*"
        r"|ergänzt\w*|fügte|berichtet\w*|zufolge)\b|\bso\s[A-ZÄÖÜ]\w+|\blaut\s[A-ZÄÖÜ]"
    ),
}
#: every draw in order: (set, seed, articles per collection); a draw excludes the records of
#: every label except those of its own and later draws
DRAWS: tuple[tuple[str, int, dict[str, int]], ...] = (
    ("dev5", 20, {"10kgnad": 10, "fakenews-es": 10, "bbc": 5, "reuters": 5}),
    ("dev6", 21, {"10kgnad": 12, "fakenews-es": 12}),
    ("dev7", 22, {"10kgnad": 14, "fakenews-es": 12, "bbc": 8, "reuters": 8}),
    ("check2", 23, {"10kgnad": 14, "fakenews-es": 12, "bbc": 8, "reuters": 8}),
    ("dev8", 24, {"10kgnad": 14, "fakenews-es": 16, "bbc": 12, "reuters": 6}),
    ("check3", 25, {"10kgnad": 14, "fakenews-es": 14, "bbc": 8, "reuters": 8}),
    ("check4", 26, {"10kgnad": 14, "fakenews-es": 14, "bbc": 8, "reuters": 8}),
    ("check5", 27, {"10kgnad": 14, "fakenews-es": 14, "bbc": 8, "reuters": 8}),
    ("check6", 28, {"10kgnad": 10, "fakenews-es": 14, "bbc": 8, "reuters": 8}),
)
#: the unlabelled samples read while developing, in order: (name, seed, articles per collection,
#: the last draw made before it); a read is drawn from the records that no label of that draw or
#: an earlier one names and no earlier read holds
READS: tuple[tuple[str, int, dict[str, int], str], ...] = (
    ("read8-es", 81, {"fakenews-es": 150}, "check3"),
    ("read8-de", 82, {"10kgnad": 150}, "check3"),
    ("read8-en", 83, {"bbc": 100, "reuters": 60}, "check3"),
    ("read9-es", 91, {"fakenews-es": 150}, "check5"),
    ("read9-de", 92, {"10kgnad": 150}, "check5"),
    ("read9-en", 93, {"bbc": 100, "reuters": 60}, "check5"),
    ("read9b-es", 94, {"fakenews-es": 150}, "check5"),
    ("read9b-de", 95, {"10kgnad": 150}, "check5"),
    ("read9c-es", 96, {"fakenews-es": 150}, "check5"),
    ("read10-es", 101, {"fakenews-es": 150}, "check6"),
    ("read10-en", 103, {"bbc": 100, "reuters": 60}, "check6"),
    ("blind10-es", 102, {"fakenews-es": 100}, "check6"),
    ("blind10-en", 104, {"bbc": 60, "reuters": 40}, "check6"),
    ("blind10-de", 106, {"10kgnad/loose": 80}, "check6"),
    ("blind11-es", 111, {"fakenews-es": 167}, "check6"),
    ("blind11-en", 112, {"bbc": 300, "reuters": 200}, "check6"),
)
#: the last draw made before reads were recorded; later draws leave out every read
BLIND_TO_READS = "check4"


def collection_of(key: str) -> str:
    """The collection a filter reads: ``collection_of("10kgnad/loose") == "10kgnad"``."""
    return key.split("/")[0]


@cache
def records(source: str) -> tuple[tuple[int, str], ...]:
    """(record, body) of every article of a collection, in record order."""
    if source == "10kgnad":
        with (DATA / "news-de-10kgnad" / "test.csv").open(encoding="utf-8") as fh:
            rows = csv.reader(fh, delimiter=";", quotechar="'")
            return tuple((i, row[1]) for i, row in enumerate(rows))
    if source == "reuters":
        return tuple(sorted(_reuters((DATA / "news-en-reuters21578").resolve()).items()))
    path, field = {
        "bbc": ("news-en-bbc/bbc.jsonl", "body"),
        "fakenews-es": ("news-es-fakenewscorpus/fakenews_es.jsonl", "Text"),
    }[source]
    with (DATA / path).open(encoding="utf-8") as fh:
        return tuple((i, json.loads(line)[field]) for i, line in enumerate(fh))


def used_records(excluding: Iterable[str] = ()) -> dict[str, set[int]]:
    """The records each collection's label files name, leaving out the sets ``excluding``."""
    skip = set(excluding)
    used: dict[str, set[int]] = {}
    for _, label in labels():
        if "record" in label and set_of(label) not in skip:
            used.setdefault(source_of(label), set()).add(label["record"])
    return used


def draw(seed: int, counts: dict[str, int], used: dict[str, set[int]]) -> dict[str, list[int]]:
    """The first ``n`` shuffled candidates of each collection (see the module docstring)."""
    out = {}
    for source, n in counts.items():
        taken = used.get(collection_of(source), set())
        cands = [
            i
            for i, text in records(collection_of(source))
            if i not in taken and len(text) <= MAX_CHARS and FILTERS[source].search(text)
        ]
        random.Random(seed).shuffle(cands)
        out[source] = cands[:n]
    return out


def _names() -> list[str]:
    return [name for name, _, _ in DRAWS]


def read_records(before: str | None = None) -> dict[str, set[int]]:
    """The records of every read made before the draw ``before`` (all reads when ``None``)."""
    names = _names()
    out: dict[str, set[int]] = {}
    for _, seed, counts, after in READS:
        if before is not None and names.index(after) >= names.index(before):
            break
        used = _merge(used_records(names[names.index(after) + 1 :]), out)
        for source, drawn in draw(seed, counts, used).items():
            out.setdefault(collection_of(source), set()).update(drawn)
    return out


def _merge(*parts: dict[str, set[int]]) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for part in parts:
        for source, taken in part.items():
            out.setdefault(source, set()).update(taken)
    return out


def redraw(set_name: str) -> dict[str, list[int]]:
    """A recorded draw done again: what ``set_name`` should hold."""
    names = _names()
    at = names.index(set_name)
    _, seed, counts = DRAWS[at]
    used = used_records(names[at:])
    if at > names.index(BLIND_TO_READS):
        used = _merge(used, read_records(set_name))
    return draw(seed, counts, used)


def _counts(items: Iterable[str]) -> dict[str, int]:
    pairs = (item.split("=", 1) for item in items)
    return {source: int(n) for source, n in pairs}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True, help="the draw's random seed")
    parser.add_argument(
        "counts", nargs="+", help=f"COLLECTION=N, collections: {', '.join(FILTERS)}"
    )
    args = parser.parse_args(argv)
    used = _merge(used_records(), read_records())
    for source, drawn in draw(args.seed, _counts(args.counts), used).items():
        print(source, " ".join(map(str, drawn)))


if __name__ == "__main__":
    main()
