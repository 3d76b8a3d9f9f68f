"""English honorifics: "Mr", "Mrs", "Ms", "Miss" and "Dr" go before a surname, never before a
given name or an organisation.

So "Mr Howard" is a man whose surname is Howard, not Howard Flight, whom the same article names;
and "Dr Fox" is a person, though "Fox" alone would be a broadcaster. ("Sir" and "Dame" go before
a given name: "Sir Clive"; they are no honorifics here.)

>>> is_honorific("Mr"), is_honorific("Dr."), is_honorific("Sir"), is_honorific("Minister")
(True, True, False, False)
"""

from __future__ import annotations

__all__ = ["HONORIFICS", "is_honorific"]

#: honorifics that stand before a surname, casefolded and without their full stop
HONORIFICS = frozenset("mr mrs ms miss dr".split())


def is_honorific(word: str) -> bool:
    """``word`` is an honorific that goes before a surname ("Mr", "Mrs", "Dr.").

    >>> is_honorific("mrs"), is_honorific("Lord")
    (True, False)
    """
    return word.casefold().rstrip(".") in HONORIFICS
