"""A statement whose sentence names an organisation by its acronym, as a subject, and no
person, is the organisation's: "la Organización Panamericana de la Salud (OPS), alertó …: “…”",
"planteó … la Red de Mujeres Construyendo una Nueva República (RMCNR)". The last person who
spoke does not say it.

An organisation is introduced this way, with the acronym in parentheses after its capitalised
name; a person never is. It stands as a subject when no preposition comes before its article
("ante la Comisión (CNDH)" is an object).

>>> t = "Además, la Organización Panamericana de la Salud (OPS), alertó: “no”."
>>> organisation_subject(t, 0, len(t), [])
True
>>> t = "Además, criticó a la Comisión Federal de Electricidad (CFE): “no”."
>>> organisation_subject(t, 0, len(t), [])
False
"""

from __future__ import annotations

import bisect
import re

from indexer.quotes.lexicon import PREPOSITIONS
from indexer.quotes.subjects import SENTENCE_END, sentence_start

__all__ = ["organisation_statement", "organisation_subject"]

#: an article, a capitalised name of up to eight words (short lower-case words between them:
#: "Red de Mujeres Construyendo una Nueva República"), and its acronym in parentheses
_ACRONYM_NAME = re.compile(
    r"(?<![\w-])(?:[Ll]as?|[Ee]l|[Ll]os)[ \t]+"
    r"(?:[A-ZÁÉÍÓÚÑ][\w/-]*[ \t]+(?:[a-záéíóúñ]{1,5}[ \t]+){0,2}){1,8}"
    r"\((?:[A-ZÁÉÍÓÚÑ]{2,10})\b"
)
_WORD = re.compile(r"[^\W\d_][\w-]*")
#: what makes the organisation after it an object: "desde el Comité (CEN)", "ante la SCJN"
_PREPOSITIONS = PREPOSITIONS | frozenset(
    "en desde ante bajo durante mediante según del al junto frente cerca".split()
)
#: how far before and after a quote its sentence is read (a body with no sentence end is not
#: read on)
_REACH = 600


def organisation_subject(text: str, start: int, end: int, mention_starts: list[int]) -> bool:
    """``text[start:end]`` (a sentence) names no person (``mention_starts`` sorted) and names an
    organisation with its acronym, after no preposition."""
    if text.find("(", start, end) < 0:
        return False  # no acronym, no organisation named by it
    i = bisect.bisect_left(mention_starts, start)
    if i < len(mention_starts) and mention_starts[i] < end:
        return False
    for m in _ACRONYM_NAME.finditer(text, start, end):
        before = _WORD.findall(text, max(start, m.start() - 20), m.start())
        if not before or before[-1].casefold() not in _PREPOSITIONS:
            return True
    return False


def organisation_statement(
    text: str, lo: int, open_at: int, close_at: int, mention_starts: list[int], language: str
) -> bool:
    """The quote between ``open_at`` and ``close_at`` (in a paragraph opening at ``lo``) stands
    in a sentence whose part before it, or whose part after it, is an organisation's: it names
    the organisation as a subject and no person (Spanish text: the articles are Spanish)."""
    if language != "es" or text.find("(", max(lo, open_at - _REACH), close_at + _REACH) < 0:
        return False  # no acronym near the quote: no organisation named by one
    start = sentence_start(text, max(lo, open_at - _REACH), open_at)
    stop = SENTENCE_END.search(text, close_at + 1, close_at + _REACH)
    end = stop.end() if stop else min(len(text), close_at + _REACH)
    if organisation_subject(text, close_at, end, mention_starts):
        return True  # "“…”, planteó … la Red de Mujeres (RMCNR)."
    named_after = bisect.bisect_left(mention_starts, close_at) < bisect.bisect_left(
        mention_starts, end
    )  # "…(CBP), se hizo para “…”, aseveró Videgaray": he is named
    return not named_after and organisation_subject(text, start, open_at, mention_starts)
