"""English wire-service shorthand, which character n-gram detectors misread.

Financial and commodity wires print results as tables of English abbreviations::

    CINRAM LTD 4TH QTR NET
    Shr 45 cts vs 58 cts
    Net 1.1 mln vs 829,000

langdetect's profiles see no English prose there and answer Swedish or German with high
confidence (386 of Reuters-21578's earnings tables came out Swedish). A table whose words are
mostly this shorthand is English.

>>> is_english_wire_table("CINRAM LTD 4TH QTR NET\\nShr 45 cts vs 58 cts\\nNet 1.1 mln vs 829,000")
True
>>> is_english_wire_table("Det här var inte någon enkel diskussion, sade Stoltenberg.")
False
"""

from __future__ import annotations

import re

#: Abbreviations that only English-language wire tables use; a table must use several.
ABBREVIATIONS = frozenset(
    "shr shrs cts ct dlrs dlr mln mlns bln revs qtr qtly mths mth avg vs pct oper div".split()
)
#: Words that fill the rest of such tables.
TABLE_WORDS = ABBREVIATIONS | frozenset(
    "net loss profit sales year nine six three months record prior pay payable "
    "billion tonnes bushels nil vol change open high low close prev unch stg "
    "up down from to and the of for in on at was were is".split()
)
MIN_ABBREVIATIONS = 3
MIN_SHARE = 0.4
_WORD = re.compile(r"[^\W\d_]+")


def wire_table_share(text: str) -> float:
    """The share of wire-table words in ``text`` when it is such a table, else 0.0."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words or len(ABBREVIATIONS.intersection(words)) < MIN_ABBREVIATIONS:
        return 0.0
    share = sum(w in TABLE_WORDS for w in words) / len(words)
    return share if share >= MIN_SHARE else 0.0


def is_english_wire_table(text: str) -> bool:
    """True when ``text`` is mostly English wire shorthand (several distinct abbreviations)."""
    return wire_table_share(text) > 0.0
