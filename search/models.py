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


@dataclass(frozen=True, slots=True)
class TranslatedMatch:
    """A query word that matched an article through its translation: the word as typed,
    and the article's words it matched (as written, in text order)."""

    word: str
    matched: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WordTranslation:
    """How one query word was translated into one language: ``how`` (``word``, ``lemma``,
    ``stem``, ``compound``, ``phrase``, ``pivot``, ``similar``, ``kept`` or ``number``),
    ``via`` (the lemma, compound, bridge language or phrase involved) and the translations
    searched for, best first."""

    word: str
    language: str
    how: str
    translations: tuple[str, ...]
    via: str = ""


@dataclass(slots=True)
class Translation:
    """What a translated search did: the query's language (``source``), the languages it
    was translated into, each word's translations, and a ``note`` when it could not
    translate (no lexicons: what to install)."""

    source: str | None
    languages: tuple[str, ...] = ()
    words: list[WordTranslation] = field(default_factory=list)
    note: str | None = None


@dataclass(slots=True)
class Hit:
    """One ranked article with its highlighted snippets (``translated``: query words it
    matched through their translation)."""

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
    translated: list[TranslatedMatch] = field(default_factory=list)


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
    translation: Translation | None = None  # with translate=True
