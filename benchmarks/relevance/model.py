"""What a relevance run works on: documents, judged questions, and a ranker's answer.

A collection is indexed once per engine; every question is asked once, exactly as typed, and
its ranking is scored against each of its judgement sets (``judgements[target]``: document id
-> gain). Cranfield has one target (``en``); an XQuAD-R question has one per language, so
the monolingual score (target = the question's language) and the cross-language scores
(another target) come from the same ranking.

>>> q = Question("q1", "wo?", "de", "tune", {"de": {"s1": 1.0}, "en": {"s7": 1.0}})
>>> sorted(q.judgements)
['de', 'en']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

#: The two halves every figure is reported for (plus ``all``).
SPLITS = ("tune", "check")
#: English questions are scored against these languages' answers (besides English).
FROM_ENGLISH = ("de", "es", "ru")


def cross_pairs(languages: Sequence[str]) -> list[tuple[str, str]]:
    """(question language, answer language) pairs of the cross-language columns.

    >>> cross_pairs(("en", "de", "es", "ru", "tr"))[:4]
    [('de', 'en'), ('es', 'en'), ('ru', 'en'), ('tr', 'en')]
    """
    to_english = [(lang, "en") for lang in languages if lang != "en"]
    from_english = [("en", lang) for lang in FROM_ENGLISH if lang in languages]
    return to_english + from_english if "en" in languages else []


@dataclass(frozen=True, slots=True)
class Document:
    """One retrievable unit. ``language`` is the true language: peers are told it (they have
    no detector), presslens is not (it detects, as in real use)."""

    id: str
    text: str
    title: str = ""
    language: str = ""


@dataclass(frozen=True, slots=True)
class Question:
    """A query as a person typed it, with its judgements per target language."""

    id: str
    text: str
    language: str
    split: str
    judgements: Mapping[str, Mapping[str, float]]


@dataclass(frozen=True, slots=True)
class Collection:
    """Documents and questions; rankings are taken ``depth`` deep."""

    name: str
    documents: Sequence[Document]
    questions: Sequence[Question]
    depth: int


@dataclass(slots=True)
class Ranking:
    """What an engine answered: ids in rank order, how many matched, and (presslens) whether
    it fell back to any-word matching."""

    ids: list[str]
    total: int
    fallback: str | None = None
    extra: dict[str, object] = field(default_factory=dict)
    #: Answer language -> the same question's ranking among that language's documents
    #: only (what a reader sees with that language's facet ticked).
    in_language: dict[str, list[str]] = field(default_factory=dict)


class Ranker(Protocol):
    """An engine under test; one instance indexes one collection."""

    name: str

    def build(self, documents: Sequence[Document]) -> None:
        """Index ``documents`` (a fresh index)."""
        ...

    def search(self, query: str, depth: int) -> Ranking:
        """The first ``depth`` documents for ``query`` as typed."""
        ...

    # Optional: ``search_in(query, depth, language) -> list[str]``, the ranking among one
    # language's documents (presslens: its language filter); engines without it are asked
    # ``DEEP`` documents, filtered by their true language.

    def describe(self) -> str:
        """One line on how the engine analyses text and forms queries."""
        ...

    def close(self) -> None:
        """Release the index."""
        ...
