"""From what a user typed to the query presslens runs: parse it, read runs of words that
name one thing (``North Atlantic Treaty Organization``, ``Jens Stoltenberg``) as phrases so
their synonyms apply, correct typos, and infer the query's language (see
``search.strategy``).

>>> interpret(view, "Stoltenbreg veto")                                   # doctest: +SKIP
Interpretation(node=..., did_you_mean='Stoltenberg veto')
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from search.analysis import analyze_exact
from search.crosslang import CrossLanguage, QueryTranslation
from search.engine import NO_DEADLINE, Deadline
from search.query import MIN_PREFIX, And, Node, Phrase, Prefix, Word, join_runs, leaves, parse
from search.spelling import correct
from search.strategy import LANGUAGE_PREFERENCE, infer_languages
from search.view import IndexView


@dataclass(frozen=True)
class Interpretation:
    """The query to run (``None``: every document), the corrected text if corrected, the
    score multiplier of each language's documents (the query's language preferred), and
    the words' translations into the index's other languages, when asked for."""

    node: Node | None
    did_you_mean: str | None = None
    preferences: dict[str, float] = field(default_factory=dict)
    translation: QueryTranslation | None = None


def interpret(
    view: IndexView,
    q: str,
    *,
    strict: bool = False,
    typing: bool = False,
    deadline: Deadline = NO_DEADLINE,
    translator: CrossLanguage | None = None,
) -> Interpretation:
    """Parse ``q`` (``QuerySyntaxError`` in strict mode), join names, correct typos, and
    with a ``translator``, translate the words into the index's other languages.

    ``typing``: ``q`` is being typed (search as you type), so a last word that the cursor
    is still on is a prefix (``governm`` finds "government"), never a typo to correct.
    Translation starts from the words as typed where a lexicon knows them (a word the
    index lacks is corrected for its own language, and translated as the user wrote it).
    """
    node = join_runs(parse(q, strict=strict), view.synonyms.__contains__)
    prefix = bool(typing and q and not q[-1].isspace())
    if prefix:
        node = last_word_as_prefix(node)
    spelling = correct(view, node, deadline)
    preferences = language_preferences(view, spelling.node)
    translation = None
    if translator is not None:
        translation = translator.translate_query(
            view, spelling.node, preferences, typed=node, prefix=prefix
        )
    return Interpretation(spelling.node, spelling.did_you_mean, preferences, translation)


def language_preferences(view: IndexView, node: Node | None) -> dict[str, float]:
    """``1 + LANGUAGE_PREFERENCE * P(language | words)`` for each analysis language, from
    how often the query's words occur, as typed, in each language's documents."""
    words = list(dict.fromkeys(w for leaf in leaves(node) for w in _words(leaf)))
    engine = view.engine
    codes = engine.analysis_codes
    if not words or len(codes) < 2:
        return {}
    frequencies = [engine.languages_of("text", w) for w in words]  # kept per snapshot
    sizes = np.asarray([engine.language_sizes[c] for c in codes])
    probabilities = infer_languages(frequencies, sizes)
    return {
        code: 1.0 + LANGUAGE_PREFERENCE * float(p)
        for code, p in zip(codes, probabilities, strict=True)
    }


def _words(leaf: Node) -> list[str]:
    if isinstance(leaf, Word | Phrase):
        return analyze_exact(leaf.text)
    return []


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
