"""One statement, not two: German speech that goes on over a sentence stop to its attribution.

Text that lost its marks shows a statement of several sentences as pieces: the sentences in the
first person after an attribution (``…, erklärte Scolik. In meinem Bereich entstehen … Das
heißt, ich bin zuständig.``) and the sentence the next attribution closes (``Der Sender gehört
dann zu mir, so Scolik.``). Two pieces of one speaker with nothing but a sentence stop between
them are one statement: it starts where the first starts. Pieces with an attribution between
them stay two statements (``…, sagte er. Und es ist sehr langwierig.`` is not joined to what
came before the "sagte"), and so do a statement a colon introduced and the one after it
(``…, so Faymann: Wer das will, muss dafür sein. Anders geht es nicht, sagte er.``).

>>> from indexer.quotes.marks import Span
>>> text = "In meinem Bereich entstehen Ressorts. Der Sender gehört zu mir, so Scolik."
>>> parts = [Span(0, 36, 0, 36, "unmarked", 0, "R"), Span(38, 62, 38, 62, "unmarked", 0, "R")]
>>> [text[s.start:s.end] for s in joined(text, parts)]
['In meinem Bereich entstehen Ressorts. Der Sender gehört zu mir']
"""

from __future__ import annotations

import re

from indexer.quotes.marks import Span

__all__ = ["joined"]

#: what may stand between two pieces of one statement: a sentence stop and spaces
_STOP_ONLY = re.compile(r"[.!?…]\s+")


def joined(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` (of one paragraph, any order) with every run of pieces of one speaker that
    only a sentence stop separates made one statement, in text order."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.speaker is not None
            and prev.speaker == s.speaker
            and prev.end < s.start
            and _STOP_ONLY.fullmatch(text, prev.end, s.start)
            and not text[: prev.start].rstrip().endswith(":")
        ):
            out[-1] = Span(
                prev.start, s.end, prev.open_at, s.close_at, prev.kind, prev.paragraph, s.speaker
            )
            continue
        out.append(s)
    return out
