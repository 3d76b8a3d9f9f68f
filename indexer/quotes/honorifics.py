"""English honorifics: "Mr", "Mrs", "Ms", "Miss" and "Dr" go before a surname, never before a
given name or an organisation.

So "Mr Howard" is a man whose surname is Howard, not Howard Flight, whom the same article names;
and "Dr Fox" is a person, though "Fox" alone would be a broadcaster. ("Sir" and "Dame" go before
a given name: "Sir Clive"; they are no honorifics here.)

>>> is_honorific("Mr"), is_honorific("Dr."), is_honorific("Sir"), is_honorific("Minister")
(True, True, False, False)
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["HONORIFICS", "honorific_gender", "honorific_surname", "is_honorific"]

#: honorifics that stand before a surname, casefolded and without their full stop
HONORIFICS = frozenset("mr mrs ms miss dr".split())


def is_honorific(word: str) -> bool:
    """``word`` is an honorific that goes before a surname ("Mr", "Mrs", "Dr.").

    >>> is_honorific("mrs"), is_honorific("Lord")
    (True, False)
    """
    return word.casefold().rstrip(".") in HONORIFICS


_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def honorific_gender(word: str) -> str:
    """The gender an honorific gives: "m" for "Mr", "f" for "Mrs", "Ms" and "Miss", else "".

    >>> honorific_gender("Mrs"), honorific_gender("Dr")
    ('f', '')
    """
    return _GENDERS.get(word.casefold().rstrip("."), "")


def honorific_surname(
    word: str, role: str, full_names: Collection[str], addressed: Collection[str]
) -> bool:
    """A given name after an honorific is a surname ("Mr Howard"), unless the article names
    someone in full with it first and never calls that person by honorific and surname
    ("Mr Kim" for Kim Yungmin, whose family name comes first). ``addressed`` holds the
    words the article puts after an honorific.

    >>> honorific_surname("Howard", "mr", ["Howard Flight"], {"Howard", "Flight"})
    True
    >>> honorific_surname("Kim", "mr", ["Kim Yungmin"], {"Kim"})
    False
    """
    if not is_honorific(role):
        return False
    owners = [n for n in full_names if len(n.split()) > 1 and n.split()[0] == word]
    return all(n.split()[-1] in addressed for n in owners)
