"""presslens' own query nodes, beside Whoosh's (``whoosh.query``), for what Whoosh's query
language cannot say: a minimum number of matching parts with coordination, a language
branch, boosts that add score but no documents. ``search.compile`` builds them and
``search.engine`` evaluates them; Whoosh never runs them.

>>> from whoosh import query as wq
>>> AtLeast([wq.Term("text", "veto"), wq.Term("text", "nato")], 1, 0.5).minimum
1
"""

from __future__ import annotations

from whoosh import query as wq


class AtLeast(wq.CompoundQuery):
    """Documents matching at least ``minimum`` of the subqueries; a document's score is the
    sum of its parts' times ``(matched / len(subqueries)) ** coord`` (coordination)."""

    def __init__(self, subqueries: list[wq.Query], minimum: int, coord: float = 0.0) -> None:
        super().__init__(subqueries)
        self.minimum = minimum
        self.coord = coord

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, AtLeast)
            and self.subqueries == other.subqueries
            and (self.minimum, self.coord) == (other.minimum, other.coord)
        )

    def __hash__(self) -> int:
        return hash((tuple(self.subqueries), self.minimum, self.coord))


class InLanguage(wq.Query):
    """``query`` among the documents analysed in ``language`` only, their scores times
    ``boost`` (the query's preference for the language)."""

    def __init__(self, language: str, query: wq.Query, boost: float = 1.0) -> None:
        self.language = language
        self.query = query
        self.boost = boost

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InLanguage) and (self.language, self.query, self.boost) == (
            other.language,
            other.query,
            other.boost,
        )

    def __hash__(self) -> int:
        return hash((self.language, self.query, self.boost))

    def __repr__(self) -> str:
        return f"InLanguage({self.language!r}, {self.query!r}, {self.boost!r})"

    def is_leaf(self) -> bool:
        return False

    def children(self) -> list[wq.Query]:
        return [self.query]


class WithBoosts(wq.Query):
    """``query``'s documents, each also scored by the ``boosts`` it matches (which never
    add documents: a phrase inside a longer query, a stopword's exact form)."""

    def __init__(self, query: wq.Query, boosts: list[wq.Query]) -> None:
        self.query = query
        self.boosts = boosts

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WithBoosts) and (self.query, self.boosts) == (
            other.query,
            other.boosts,
        )

    def __hash__(self) -> int:
        return hash((self.query, tuple(self.boosts)))

    def __repr__(self) -> str:
        return f"WithBoosts({self.query!r}, {self.boosts!r})"

    def is_leaf(self) -> bool:
        return False

    def children(self) -> list[wq.Query]:
        return [self.query, *self.boosts]


class SynonymSet(wq.Query):
    """Alternatives of one field read as one term (Pirkola's structured query, for a
    translated word's translations): a document's term frequency is the sum of the
    alternatives' (a phrase counts once), the document frequency that of their union, and
    BM25 scores the set once.

    >>> SynonymSet("body_en", [("talk",), ("convers",), ("phone", "call")]).alternatives[2]
    ('phone', 'call')
    """

    def __init__(
        self, fieldname: str, alternatives: list[tuple[str, ...]], boost: float = 1.0
    ) -> None:
        self.fieldname = fieldname
        self.alternatives = [tuple(a) for a in alternatives]
        self.boost = boost

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SynonymSet) and (
            self.fieldname,
            self.alternatives,
            self.boost,
        ) == (other.fieldname, other.alternatives, other.boost)

    def __hash__(self) -> int:
        return hash((self.fieldname, tuple(self.alternatives), self.boost))

    def __repr__(self) -> str:
        return f"SynonymSet({self.fieldname!r}, {self.alternatives!r}, {self.boost!r})"


class Rescore(wq.Query):
    """``query``'s documents, the best ``window`` of them also scored by ``terms`` (the
    words as typed, in the unstemmed field): a bonus that re-ranks the top without
    touching every match (Elasticsearch's rescore, in spirit).

    >>> Rescore(wq.Term("body_en", "elect"), [wq.Term("text", "elections")], 1000).window
    1000
    """

    def __init__(self, query: wq.Query, terms: list[wq.Term], window: int) -> None:
        self.query = query
        self.terms = terms
        self.window = window

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rescore) and (self.query, self.terms, self.window) == (
            other.query,
            other.terms,
            other.window,
        )

    def __hash__(self) -> int:
        return hash((self.query, tuple(self.terms), self.window))

    def __repr__(self) -> str:
        return f"Rescore({self.query!r}, {self.terms!r}, {self.window!r})"

    def is_leaf(self) -> bool:
        return False

    def children(self) -> list[wq.Query]:
        return [self.query, *self.terms]


__all__ = ["AtLeast", "InLanguage", "Rescore", "SynonymSet", "WithBoosts"]
