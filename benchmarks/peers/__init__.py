"""Peer engines for the presslens benchmarks, behind one small interface.

Every engine does the same work per query (``benchmarks.queries.BenchQuery``): the top 10 hits by
relevance (newest first when the query has no words), a highlighted body snippet for each (the
opening of the body when there is nothing to highlight), and exact ``outlet`` and ``language``
facet counts over *all* matches, each facet counted under every filter but its own (disjunctive,
as presslens counts). Peers are told each record's true language (they have no detector);
presslens is not, and detects it.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from benchmarks.queries import BenchQuery

Record = dict[str, str | None]

#: How many hits each query returns.
TOP_N = 10
#: The facets every query counts.
FACETS = ("outlet", "language")
#: Characters of body text shown when a hit has no word to highlight.
LEAD_CHARS = 200


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
    #: Query classes the engine cannot answer as asked (reported, not timed).
    unsupported: frozenset[str]

    def build(self, records: Iterable[Record]) -> int:
        """Build a fresh index from ``records``; return how many were indexed."""
        ...

    def add(self, records: Iterable[Record]) -> int:
        """Add ``records`` to the built index and commit them; return how many."""
        ...

    def reopen(self) -> None:
        """Make what was committed searchable in the open searcher."""
        ...

    def open(self) -> None:
        """Open the index for searching (once; searches reuse it)."""
        ...

    def search(self, query: BenchQuery) -> QueryResult:
        """Run one benchmark query (see ``benchmarks.queries``)."""
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


def lead(text: str | None) -> str:
    """The opening of a body as an HTML snippet (hits of a query without words).

    >>> lead("<b>Oil</b> rose")
    '&lt;b&gt;Oil&lt;/b&gt; rose'
    """
    return html.escape((text or "")[:LEAD_CHARS], quote=False)


def day_number(published: str | None) -> int:
    """``2021-03-04`` -> 20210304 (0 when undated): a sortable integer date.

    >>> day_number("2021-03-04"), day_number(None)
    (20210304, 0)
    """
    return int(published.replace("-", "")) if published else 0
