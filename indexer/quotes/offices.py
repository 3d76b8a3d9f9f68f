"""Whether a description names the office the article gave a person: "the Foreign Secretary"
is not "Shadow foreign secretary Michael Ancram" nor "Home Secretary Charles Clarke".

A role word alone ("secretary") matches too much: the words of an office that stand before it
tell offices apart. A qualifier that makes another office ("shadow", "former", "deputy") must
be in both, and a capitalised word of an office written as a title ("the Foreign Secretary")
must be among the words the article put before the person's name; before a role in lower case
a capitalised word names an organisation ("the Royal Trust president"), not the office.

>>> text = "Shadow foreign secretary Michael Ancram spoke."
>>> same_office(text, text.index("Michael"), ["The", "Foreign", "Secretary"])
False
>>> text = "Foreign Secretary Jack Straw spoke."
>>> same_office(text, text.index("Jack"), ["the", "Foreign", "Secretary"])
True
"""

from __future__ import annotations

import re

__all__ = ["same_office"]

#: qualifiers that make an office another one: a shadow minister is not the minister
_OTHER_OFFICE = frozenset("shadow former ex deputy vice acting assistant junior".split())
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_TITLE_REACH = 40  # characters before a name that its title may take
_TITLE_WORDS = 4


def _title_words(text: str, start: int) -> list[str]:
    """The last few words right before ``start``, up to a punctuation mark, casefolded."""
    before = text[max(0, start - _TITLE_REACH) : start]
    cut = max(before.rfind(c) for c in '.,;:!?()"“”\n')
    return [w.casefold() for w in _WORD.findall(before[cut + 1 :])][-_TITLE_WORDS:]


def same_office(text: str, name_start: int, description: list[str]) -> bool:
    """The description's words (its determiner, qualifiers and role noun) fit the title the
    article put before the name at ``name_start``; no words fit any title."""
    if not description:
        return True
    title = set(_title_words(text, name_start))
    for w in title.intersection(_OTHER_OFFICE):
        if w not in (d.casefold() for d in description):
            return False
    words = description[1:-1]  # between the determiner and the role noun
    formal = description[-1][:1].isupper()  # "the Foreign Secretary", not "the Trust president"
    for w in words:
        low = w.casefold()
        if low in _OTHER_OFFICE and low not in title:
            return False
        if formal and w[:1].isupper() and low not in title:
            return False
    return True
