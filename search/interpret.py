"""From what a user typed to the query presslens runs: parse it, read runs of words that
name one thing (``North Atlantic Treaty Organization``, ``Jens Stoltenberg``) as phrases so
their synonyms apply, and correct typos.

>>> interpret(view, "Stoltenbreg veto")                                   # doctest: +SKIP
Interpretation(node=..., did_you_mean='Stoltenberg veto')
"""

from __future__ import annotations

from dataclasses import dataclass

from search.engine import NO_DEADLINE, Deadline
from search.query import MIN_PREFIX, And, Node, Prefix, Word, join_runs, parse
from search.spelling import correct
from search.view import IndexView


@dataclass(frozen=True)
class Interpretation:
    """The query to run (``None``: every document) and the corrected text, if corrected."""

    node: Node | None
    did_you_mean: str | None = None


def interpret(
    view: IndexView,
    q: str,
    *,
    strict: bool = False,
    typing: bool = False,
    deadline: Deadline = NO_DEADLINE,
) -> Interpretation:
    """Parse ``q`` (``QuerySyntaxError`` in strict mode), join names, correct typos.

    ``typing``: ``q`` is being typed (search as you type), so a last word that the cursor
    is still on is a prefix (``governm`` finds "government"), never a typo to correct.
    """
    node = join_runs(parse(q, strict=strict), view.synonyms.__contains__)
    if typing and q and not q[-1].isspace():
        node = last_word_as_prefix(node)
    spelling = correct(view, node, deadline)
    return Interpretation(spelling.node, spelling.did_you_mean)


def last_word_as_prefix(node: Node | None) -> Node | None:
    """``node`` with its last plain word read as a prefix (when it is long enough).

    >>> from search.query import parse, render
    >>> render(last_word_as_prefix(parse("nato governm")))
    'nato governm*'
    """
    if isinstance(node, Word):
        return Prefix(node.text) if len(node.text) >= MIN_PREFIX else node
    if isinstance(node, And) and node.nodes and isinstance(node.nodes[-1], Word):
        return And((*node.nodes[:-1], last_word_as_prefix(node.nodes[-1])))  # type: ignore[arg-type]
    return node


__all__ = ["Interpretation", "interpret"]
