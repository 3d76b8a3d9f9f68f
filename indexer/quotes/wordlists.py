"""Word lists shipped as package data (``indexer/quotes/data/*.txt``), read once, when first asked.

A file holds sections: a ``[name]`` line, then words separated by white space over as many lines
as it takes; a line that starts with ``#`` is a comment (the file's origin and licence).

>>> "aaron" in word_list("census_names", "male"), word_list("name_words", "titles")[:2]
(True, ('president', 'vice'))
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["word_list"]


@functools.cache
def _sections(file: str) -> dict[str, tuple[str, ...]]:
    """Every section of ``data/<file>.txt``: name -> its words, in file order."""
    text = resources.files(__package__).joinpath("data", f"{file}.txt").read_text("utf-8")
    sections: dict[str, list[str]] = {}
    words: list[str] | None = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            words = sections.setdefault(line[1:-1], [])
        elif words is None:
            raise ValueError(f"data/{file}.txt: words before the first [section]")
        else:
            words.extend(line.split())
    return {name: tuple(found) for name, found in sections.items()}


def word_list(file: str, section: str) -> tuple[str, ...]:
    """The words of one section of ``data/<file>.txt`` (``KeyError`` names a missing one)."""
    return _sections(file)[section]
