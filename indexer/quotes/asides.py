"""A name set off as an aside, between dashes or in parentheses: an apposition that tells who
a noun before it is ("un secretario de Salud –Jorge Alcocer- con tanto conocimiento", "the
minister (John Smith)"), never the subject of the verb of saying after it.

>>> t = "Nunca se había tenido un secretario –Jorge Alcocer- así, señaló."
>>> aside(t, t.index("Jorge"), t.index("-", t.index("Jorge")))
True
>>> t = "Jorge Alcocer señaló:"
>>> aside(t, 0, 13)
False
"""

from __future__ import annotations

__all__ = ["aside"]

#: the marks that open an aside, and those that close it
_OPEN = "(–—-"
_CLOSE = ")–—-"


def aside(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands alone between an opening and a closing aside mark (spaces
    allowed inside them): "–Jorge Alcocer-", "( John Smith )"."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = end
    while j < len(text) and text[j] in " \t":
        j += 1
    if i == 0 or j >= len(text) or text[i - 1] not in _OPEN or text[j] not in _CLOSE:
        return False
    return (text[i - 1] == "(") == (text[j] == ")")
