"""Ranking metrics over one ranked list of document ids and that query's judgements.

Gains are what the judgements say a document is worth (0 or absent: not relevant). nDCG uses
linear gains and the ``log2(rank + 1)`` discount, like ``trec_eval``'s ``ndcg_cut``; the ideal
ranking is every judged document sorted by gain.

>>> ranked = ["d3", "d1", "d9"]
>>> gains = {"d1": 4, "d2": 1, "d3": 2}
>>> round(ndcg_at(ranked, gains, 10), 4)
0.7851
>>> recall_at(ranked, gains, 2), reciprocal_rank(ranked, {"d1"}, 10)
(0.6666666666666666, 0.5)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence


def dcg(gains: Iterable[float]) -> float:
    """Discounted cumulative gain of gains listed in rank order (rank 1 first).

    >>> dcg([3, 0, 1])
    3.5
    """
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


def ndcg_at(ranked: Sequence[str], gains: Mapping[str, float], k: int) -> float:
    """nDCG@k of ``ranked`` (0.0 when no document has a positive gain).

    >>> ndcg_at(["a", "b"], {"b": 1}, 10) == 1 / math.log2(3)
    True
    """
    ideal = dcg(sorted((g for g in gains.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg(max(gains.get(doc, 0), 0) for doc in ranked[:k]) / ideal


def recall_at(ranked: Sequence[str], gains: Mapping[str, float], k: int) -> float:
    """Share of the relevant documents (positive gain) found in the first ``k``.

    >>> recall_at(["a", "x"], {"a": 1, "b": 2, "c": 0}, 100)
    0.5
    """
    relevant = {doc for doc, gain in gains.items() if gain > 0}
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked[:k])) / len(relevant)


def first_rank(ranked: Sequence[str], relevant: Iterable[str], k: int) -> int | None:
    """Rank (1-based) of the first relevant document within the first ``k``, else None.

    >>> first_rank(["a", "b", "c"], {"c"}, 10), first_rank(["a", "b", "c"], {"c"}, 2)
    (3, None)
    """
    wanted = set(relevant)
    for rank, doc in enumerate(ranked[:k], start=1):
        if doc in wanted:
            return rank
    return None


def reciprocal_rank(ranked: Sequence[str], relevant: Iterable[str], k: int) -> float:
    """1 / rank of the first relevant document within ``k`` (0.0 when none): MRR@k per query.

    >>> reciprocal_rank(["a", "b", "c"], {"c"}, 10)
    0.3333333333333333
    """
    rank = first_rank(ranked, relevant, k)
    return 0.0 if rank is None else 1.0 / rank


def mean(values: Iterable[float]) -> float | None:
    """Arithmetic mean, None for no values.

    >>> mean([1.0, 0.0, 0.5]), mean([])
    (0.5, None)
    """
    items = list(values)
    return sum(items) / len(items) if items else None
