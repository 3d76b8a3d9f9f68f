"""How a query of several words matches and ranks: the matching strategy, and the query's
language.

People type keywords (``veto ukraine``) and questions (``How many nations contain
"Amazonas" in their names?``). presslens reads both the same way, in each document's own
language (see ``search.compile``):

- every word is a *clause*; stopwords of the document's language are not clauses there
  (they still add their exact-form score), so a stopword never switches stemming off;
- ``match="auto"`` (the default): with one or two clauses every clause must match (if no
  document has them all, any one does: the "any-word" fallback); with three or more, a
  document needs one of them, and ranks by BM25 times the share of the clauses it matches
  (``COORDINATION``): documents matching most words come first, the others still count;
- ``match="all"``: every clause must match, phrases are exact filters, no fallback;
  ``match="any"``: any clause matches, ranked as above;
- phrases and quoted words inside a longer query add their words as clauses and boost the
  documents that have them exactly; alone, a phrase must match exactly;
- a word said twice, in any form the document's language stems alike, is one clause; a
  hyphenated word inside a longer query is one clause, the exact compound or its words
  together (alone, or under ``match="all"``, the exact compound);
- documents in the query's language are preferred, the others not excluded: each
  language's documents get ``1 + LANGUAGE_PREFERENCE * P(language | query words)``.

The query's language is inferred from the index itself: how often each query word occurs
(as typed) in each language's documents, against that language's share of the index
(Dirichlet-smoothed toward the whole index; a word no language has says nothing). A
``lang`` filter or ``lang:`` makes it moot: only that language's documents are candidates.

>>> minimum_clauses("auto", 2), minimum_clauses("auto", 5), minimum_clauses("all", 5)
(2, 1, 5)
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

MATCH_MODES = ("auto", "all", "any")
#: Exponent of the share of matched clauses a score is multiplied by.
COORDINATION = 0.5
#: Documents in a language get ``1 + LANGUAGE_PREFERENCE * P(language)`` times their score.
LANGUAGE_PREFERENCE = 1.0
#: From this many clauses on, "auto" needs only one of them (fewer: all of them).
RANKED_FROM = 3
#: Dirichlet smoothing of a language's word model toward the whole index, in documents, as
#: a share of the average language's size (so a language with a few misdetected documents
#: cannot win on a word it happens to have, in a large index or a small one).
SMOOTHING = 1 / 3


def minimum_clauses(match: str, clauses: int) -> int:
    """How many of ``clauses`` a document must match under ``match``."""
    if match == "all" or (match == "auto" and clauses < RANKED_FROM):
        return clauses
    return min(1, clauses)


def infer_languages(frequencies: Iterable[np.ndarray], language_sizes: np.ndarray) -> np.ndarray:
    """P(language | words) for the languages of an index.

    ``frequencies``: for each query word, in how many documents of each language it occurs
    (as typed); ``language_sizes``: how many documents each language has. A language's
    share of the index is the prior; each word multiplies in its smoothed rate in that
    language. Words no document has are skipped.

    >>> sizes = np.array([1000, 1000])                   # two languages, same size
    >>> infer_languages([np.array([300, 0]), np.array([50, 2])], sizes).round(2).tolist()
    [0.97, 0.03]
    """
    sizes = language_sizes.astype(np.float64)
    total = float(sizes.sum())
    if not total:
        return np.zeros(len(sizes))
    log_p = np.log(np.maximum(sizes, 1.0) / total)
    smoothing = SMOOTHING * total / max(1, int((sizes > 0).sum()))
    for counts in frequencies:
        seen = float(counts.sum())
        if not seen:
            continue
        background = (seen + 0.5) / (total + 1.0)
        log_p += np.log((counts + smoothing * background) / (sizes + smoothing))
    log_p[sizes == 0] = -math.inf
    top = log_p.max()
    if not math.isfinite(top):
        return np.zeros(len(sizes))
    weights = np.exp(log_p - top)
    return weights / weights.sum()


__all__ = [
    "COORDINATION",
    "LANGUAGE_PREFERENCE",
    "MATCH_MODES",
    "RANKED_FROM",
    "infer_languages",
    "minimum_clauses",
]
