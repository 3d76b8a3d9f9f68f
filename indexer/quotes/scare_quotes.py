"""English news quotes speech in double marks and sets terms, names and scare quotes in single
ones: a few words in single marks inside a sentence ("customers calling 'on the move'", "a
'loan-for-oil deal'", "dubbed 'le cost killer'") are nobody's statement, unless an
attribution follows them ("'No,' he said") or they are broken by a comma as speech is ("would
'never, never ever' join"). Two apostrophes stand for a double mark
(''We gave him a chance,'' said O'Sullivan) and are speech.

>>> from indexer.quotes.marks import find_marked
>>> t = "More customers are calling 'on the move' using their phones."
>>> scare_quoted(t, find_marked(t)[0])
True
>>> t = "''We gave him a chance,'' said the coach."
>>> scare_quoted(t, find_marked(t)[0])
False
"""

from __future__ import annotations

import re

from indexer.quotes.marks import Span

__all__ = ["scare_quoted", "so_called"]

_SINGLE = "'‘’"
_MAX_WORDS = 4


def scare_quoted(text: str, span: Span) -> bool:
    """``span`` is in single marks (one, not two apostrophes) and holds at most a few words,
    with no comma or other mark of speech inside."""
    mark = text[span.open_at : span.open_at + 1]
    if not mark or mark not in _SINGLE or span.open_at + 1 >= len(text):
        return False
    if text[span.open_at + 1] in _SINGLE or text[span.open_at - 1 : span.open_at] in _SINGLE:
        return False  # '' … '': two apostrophes make a double mark
    body = text[span.start : span.end]
    if any(c in body for c in ",;:!?"):
        return False  # "would 'never, never ever' join": a speaker's emphatic words
    return len(body.split()) <= _MAX_WORDS


_SO_CALLED = re.compile(r"(?<![\w-])so-called[ \t\n]*$", re.IGNORECASE)


def so_called(text: str, span: Span) -> bool:
    """ "so-called" stands right before the marks: the words are a term, whoever uses it
    ("the so-called "grey market" for Porsche cars, he said", "a so-called "swing line"").

    >>> from indexer.quotes.marks import find_marked
    >>> t = 'the so-called "grey market" for cars, he said.'
    >>> so_called(t, find_marked(t)[0])
    True
    """
    return _SO_CALLED.search(text, max(0, span.open_at - 20), span.open_at) is not None
