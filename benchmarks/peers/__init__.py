"""Peer engines for the presslens benchmarks, behind one small interface.

Every engine does the same work per query: the top 10 hits by relevance, a highlighted body snippet
for each, and exact ``outlet`` and ``language`` facet counts over *all* matches. Peers are told each
record's true language (they have no detector); presslens is not, and detects it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

Record = dict[str, str | None]

#: How many hits each query returns.
TOP_N = 10


@dataclass(slots=True)
class QueryResult:
    """What one benchmark query returned, in engine-neutral form."""

    total: int
    ids: list[str]
    snippets: list[str]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


class Engine(Protocol):
    """A search engine under benchmark; one instance owns one index directory."""

    name: str

    def build(self, records: Iterable[Record]) -> int:
        """Build a fresh index from ``records``; return how many were indexed."""
        ...

    def add(self, records: Iterable[Record]) -> int:
        """Add ``records`` to the built index and make them searchable; return how many."""
        ...

    def open(self) -> None:
        """Open the index for searching (once; searches reuse it)."""
        ...

    def search(self, query: str) -> QueryResult:
        """Run one benchmark query (see ``benchmarks.queries`` for its syntax)."""
        ...

    def suggest(self, prefix: str) -> list[str]:
        """Completions for ``prefix`` (may be empty when the engine has none)."""
        ...

    def close(self) -> None:
        """Release files and searchers."""
        ...


def directory_size(path: Path) -> int:
    """Total bytes of the files under ``path``."""
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def full_text(record: Record) -> str:
    """Title and body as one text (what a language detector would read)."""
    return f"{record.get('title') or ''}\n{record.get('text') or ''}"
