"""Cranfield-1400 (``../shared/data/cranfield``): aeronautics abstracts, 225 questions, graded
judgements.

Quirks handled here:

- ``cranqrel`` numbers questions by their position in ``cran.qry`` (1..225), not by the
  ``.I`` numbers written there (001, 002, 004, 008, ...).
- Relevance codes follow Cleverdon: 1 = a complete answer, 2 = high relevance, 3 = useful
  background, 4 = minimum interest; ``-1`` (one line per question) marks the paper the
  question was written from. Gains: ``GAINS`` (1 -> 4, 2 -> 3, 3 -> 2, 4 -> 1, -1 -> 0), so
  nDCG rewards a complete answer most; ``-1`` counts as not relevant, as ``trec_eval`` reads
  any code <= 0.
- Documents 471 and 995 are empty (no title, no text): they are left out, since no engine
  can index them (presslens refuses an empty article); 995's judgement stays, for every engine.
- Split: questions at odd positions (1st, 3rd, ...) are ``tune``, even positions ``check``.

>>> GAINS[1], GAINS[4], GAINS[-1]
(4.0, 1.0, 0.0)
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from benchmarks.relevance.model import Collection, Document, Question

#: Cleverdon's relevance code -> nDCG gain.
GAINS = {1: 4.0, 2: 3.0, 3: 2.0, 4: 1.0, -1: 0.0}
#: Rankings are taken this deep (recall@100).
DEPTH = 100
_RECORD = re.compile(r"^\.I\s+(\d+)\s*$", re.M)
_FIELD = re.compile(r"^\.([TABW])\s*$", re.M)


def _records(text: str) -> list[tuple[str, dict[str, str]]]:
    """``(number, {field letter: text})`` for each ``.I`` record of a Cranfield file."""
    starts = list(_RECORD.finditer(text))
    out = []
    for k, start in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        body = text[start.end() : end]
        marks = list(_FIELD.finditer(body))
        fields = {}
        for j, mark in enumerate(marks):
            stop = marks[j + 1].start() if j + 1 < len(marks) else len(body)
            fields[mark.group(1)] = " ".join(body[mark.end() : stop].split())
        out.append((start.group(1), fields))
    return out


def split_of(position: int) -> str:
    """``tune`` for the 1st, 3rd, ... question in file order, ``check`` for the others.

    >>> split_of(1), split_of(2)
    ('tune', 'check')
    """
    return "tune" if position % 2 == 1 else "check"


def load(directory: Path) -> Collection:
    """The abstracts (title ``.T``, text ``.W``, whitespace collapsed) that have text, and the
    225 judged questions."""
    documents = [
        Document(id=number, title=fields.get("T", ""), text=fields.get("W", ""), language="en")
        for number, fields in _records((directory / "cran.all.1400").read_text("utf-8"))
        if fields.get("T") or fields.get("W")
    ]
    gains: dict[int, dict[str, float]] = defaultdict(dict)
    for line in (directory / "cranqrel").read_text("utf-8").splitlines():
        if line.strip():
            position, doc, code = line.split()
            gains[int(position)][doc] = GAINS[int(code)]
    questions = [
        Question(
            id=str(position),
            text=fields["W"],
            language="en",
            split=split_of(position),
            judgements={"en": gains[position]},
        )
        for position, (_number, fields) in enumerate(
            _records((directory / "cran.qry").read_text("utf-8")), start=1
        )
    ]
    return Collection("cranfield", documents, questions, DEPTH)
