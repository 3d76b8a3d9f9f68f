"""From what a user typed to the query presslens runs: parse it, read runs of words that
name one thing (``North Atlantic Treaty Organization``, ``Jens Stoltenberg``) as phrases so
their synonyms apply, and correct typos.

>>> interpret(view, "Stoltenbreg veto")                                   # doctest: +SKIP
Interpretation(node=..., did_you_mean='Stoltenberg veto')
"""

from __future__ import annotations

from dataclasses import dataclass

from search.query import Node, join_runs, parse
from search.spelling import correct
from search.view import IndexView


@dataclass(frozen=True)
class Interpretation:
    """The query to run (``None``: every document) and the corrected text, if corrected."""

    node: Node | None
    did_you_mean: str | None = None


def interpret(view: IndexView, q: str, *, strict: bool = False) -> Interpretation:
    """Parse ``q`` (``QuerySyntaxError`` in strict mode), join names, correct typos."""
    node = join_runs(parse(q, strict=strict), view.synonyms.__contains__)
    node, did_you_mean = correct(view, node)
    return Interpretation(node, did_you_mean)


__all__ = ["Interpretation", "interpret"]
