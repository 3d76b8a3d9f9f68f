"""A firm called by the first word of its name: "Carson" after "Carson Pirie Scott and Co".

News copy names a company in full once ("Carson Pirie Scott and Co said …", "Foster Wheeler
Corp") and then by its first word ("Carson said it was …", "Foster said"). That word is often
also a given name or a surname, so as the subject of a verb of saying it passes for a person.
It is the firm when the article writes it at the head of a capitalised run that ends in a
company's legal form ("Co", "Corp", "Inc", "Group" …), and never as a person's name: with a
given name, an initial or a title right before it ("J.C. Walter of Walter Oil and Gas Corp"
is a man named after his firm).

>>> names_a_firm("Carson Pirie Scott and Co said so. Carson said it was fine.", "Carson")
True
>>> names_a_firm("J.C. Walter of Walter Oil and Gas Corp said so. Walter said it.", "Walter")
False
>>> names_a_firm("Anna Carson said so. Carson said it was fine.", "Carson")
False
"""

from __future__ import annotations

import re

from indexer.quotes.lexicon import is_given, is_title

__all__ = ["names_a_firm"]

#: the legal forms and corporate nouns that end a company's full name
_LEGAL_FORMS = frozenset(
    """co cos corp corporation inc incorporated ltd plc llc group bancorp company companies
    holdings industries ag sa nv""".split()
)
#: the words of a company's name after its first: capitalised words, "and", "&", "of"
_TAIL = r"((?:[ \t]+(?:[A-Z][\w&'.-]*|and|&|of)){1,6})"
_INITIAL = re.compile(r"(?:[A-Z]\.)+$")


def names_a_firm(text: str, word: str) -> bool:
    """``word`` (one word, a speaker) heads a company's full name in ``text`` and nowhere
    stands as a person's surname (after a given name, an initial or a title that is no part
    of the firm's name: "General Acquisition Co" … "General Acquisition said")."""
    if " " in word or not word[:1].isupper():
        return False
    found = list(re.finditer(rf"(?<![\w.-]){re.escape(word)}(?![\w-])" + _TAIL + "?", text))
    heads: set[str] = set()  # the word before each place where ``word`` heads a firm's name
    for m in found:
        tail = (m.group(1) or "").split()
        stop = next((i for i, w in enumerate(tail) if w.endswith(".")), len(tail))
        tail = tail[: stop + 1]  # "J.C. Penney Co Inc. Penney said": the name ends at "Inc."
        while tail and tail[-1] in ("and", "&", "of"):
            tail.pop()
        if tail and tail[0][:1].isupper() and tail[-1].rstrip(".,").casefold() in _LEGAL_FORMS:
            heads.add(_word_before(text, m.start()))
    if not heads:
        return False
    for m in found:
        prev = _word_before(text, m.start())
        if prev in heads or not prev:
            continue
        if is_given(prev) or _INITIAL.match(prev) or is_title(prev):
            return False  # "J.C. Walter", "Anna Carson", "Mr Carson": a person
    return True


def _word_before(text: str, start: int) -> str:
    """The word before ``start`` in its sentence, without punctuation ("" at a sentence's
    start)."""
    before = text[max(0, start - 30) : start].split()
    if not before or before[-1][-1:] in ".!?" and not _INITIAL.match(before[-1]):
        return ""
    return before[-1].strip(",;:(\"'“”<>")
