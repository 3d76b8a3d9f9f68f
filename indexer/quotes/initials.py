"""Initials that open a person's name: "R. P. Goenka", "L. Jack Van Fossen".

A capital letter and its dot opens a name when a capitalised word or another initial follows
it, and no letter or dot is glued before it (the "S." of "U.S." belongs to an abbreviation).

>>> text = 'said R. P. Goenka, president'
>>> leading_initial(text, 5, 6), leading_initial(text, 8, 9)
(True, True)
>>> leading_initial("the U.S. Treasury", 6, 7)
False
"""

from __future__ import annotations

import re

__all__ = ["leading_initial"]

#: after the initial: its dot, one space, then further initials and a capitalised word
_AFTER = re.compile(r"\. (?:[A-Z]\. )*[A-Z][a-z]")


def leading_initial(text: str, start: int, end: int) -> bool:
    """``text[start:end]``, one capital letter, is an initial opening a name: a dot, a space
    and a capitalised word or another initial follow, and it stands alone before.

    >>> leading_initial("Plan B. Then", 5, 6), leading_initial("A. B. C.", 0, 1)
    (True, False)
    """
    if end - start != 1 or not text[start].isupper():
        return False
    if start and (text[start - 1].isalnum() or text[start - 1] in ".'’-"):
        return False
    return _AFTER.match(text, end) is not None
