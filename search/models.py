"""presslens' own domain types: what the indexer hands to search/ and what search/ hands back.

Nothing here knows about Whoosh or HTTP. ``api/`` turns these into pydantic response models.

>>> a = Article(id="a1", title="Nato", body="Stoltenberg sade ...", language="sv")
>>> a.language
'sv'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Quote:
    """One quoted statement, attributed to a canonical speaker.

    ``start``/``end`` are character offsets of the quoted text inside the article body
    (``body[start:end] == text`` whenever the quote is verbatim in the body).
    """

    speaker: str
    text: str
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Article:
    """A news article as presslens understands it, ready to be indexed."""

    id: str
    title: str
    body: str
    outlet: str = ""
    published: date | None = None
    url: str = ""
    language: str = "und"
    language_probability: float = 0.0
    authors: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    source_path: str = ""
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class FacetValue:
    """One value of a facet with its count under every filter except the facet's own."""

    value: str
    count: int
    selected: bool = False


@dataclass(frozen=True, slots=True)
class Filters:
    """Disjunctive filters: OR within one facet, AND across facets."""

    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None


@dataclass(slots=True)
class Hit:
    """One ranked article with its highlighted snippets."""

    id: str
    title: str
    outlet: str
    language: str
    published: date | None
    url: str
    speakers: tuple[str, ...]
    score: float
    title_html: str = ""
    snippets: list[str] = field(default_factory=list)
    matches: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


@dataclass(slots=True)
class SearchResult:
    """What one search returns: the page of hits, exact totals and facet counts."""

    total: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    query: str
    did_you_mean: str | None = None
    fallback: str | None = None  # e.g. "any-word" when all-words matched nothing
    took_ms: float = 0.0
