"""Figures from answers: per split (tune, check, all) and per language.

Cranfield: nDCG@10 (graded gains, see ``cranfield.GAINS``) and recall@100. XQuAD-R: MRR@10
with the answer sentence in the question's language (and its average over the languages);
cross-language MRR@10 from the same rankings with the answer in another language; and what
explains them: questions with no hit, presslens' any-word fallbacks, and the share of the top
ten in the question's own language.

>>> cross_pairs(("en", "de", "es", "ru", "tr"))
[('de', 'en'), ('es', 'en'), ('ru', 'en'), ('tr', 'en'), ('en', 'de'), ('en', 'es'), ('en', 'ru')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from benchmarks.relevance.metrics import mean, ndcg_at, recall_at, reciprocal_rank
from benchmarks.relevance.model import cross_pairs
from benchmarks.relevance.run import Answer

MRR_DEPTH = 10
NDCG_DEPTH = 10
RECALL_DEPTH = 100


def in_split(answers: Sequence[Answer], split: str) -> list[Answer]:
    return [a for a in answers if split == "all" or a.question.split == split]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def cranfield_scores(answers: Sequence[Answer], split: str) -> dict[str, Any]:
    """nDCG@10, recall@100, and how many questions found nothing or fell back, in ``split``."""
    chosen = in_split(answers, split)
    return {
        "questions": len(chosen),
        "ndcg@10": _round(
            mean(ndcg_at(a.ranking.ids, a.question.judgements["en"], NDCG_DEPTH) for a in chosen)
        ),
        "recall@100": _round(
            mean(
                recall_at(a.ranking.ids, a.question.judgements["en"], RECALL_DEPTH) for a in chosen
            )
        ),
        "zero_hits": sum(1 for a in chosen if not a.ranking.ids),
        "fallbacks": sum(1 for a in chosen if a.ranking.fallback),
    }


def _mrr(answers: Sequence[Answer], target: str) -> float | None:
    return mean(
        reciprocal_rank(a.ranking.ids, a.question.judgements[target], MRR_DEPTH) for a in answers
    )


def _mrr_in_language(answers: Sequence[Answer], target: str) -> float | None:
    """MRR@10 of the answer in ``target`` among ``target``'s documents only."""
    ranked = [a for a in answers if target in a.ranking.in_language]
    if len(ranked) < len(answers):
        return None
    return mean(
        reciprocal_rank(a.ranking.in_language[target], a.question.judgements[target], MRR_DEPTH)
        for a in ranked
    )


def xquad_scores(
    answers: Sequence[Answer],
    split: str,
    languages: Sequence[str],
    document_language: Mapping[str, str],
) -> dict[str, Any]:
    """MRR@10 per language and averaged, cross-language MRR@10, and diagnostics, in ``split``."""
    chosen = in_split(answers, split)
    by_language = {lang: [a for a in chosen if a.question.language == lang] for lang in languages}
    mono = {lang: _round(_mrr(group, lang)) for lang, group in by_language.items() if group}
    present = [v for v in mono.values() if v is not None]
    cross = {}
    cross_in_language = {}
    for source, target in cross_pairs(languages):
        if by_language.get(source):
            cross[f"{source}->{target}"] = _round(_mrr(by_language[source], target))
            within = _mrr_in_language(by_language[source], target)
            if within is not None:
                cross_in_language[f"{source}->{target}"] = _round(within)
    to_english = [v for k, v in cross.items() if k.endswith("->en") and v is not None]
    into_english = {k: v for k, v in cross.items() if k.endswith("->en")}
    from_english = {k: v for k, v in cross.items() if not k.endswith("->en")}
    same_language = {}
    for lang, group in by_language.items():
        hits = [document_language.get(doc) for a in group for doc in a.ranking.ids[:MRR_DEPTH]]
        same_language[lang] = _round(sum(h == lang for h in hits) / len(hits)) if hits else None
    return {
        "questions": {lang: len(group) for lang, group in by_language.items()},
        "mrr@10": {**mono, "avg": _round(mean(present))},
        "cross_mrr@10": {**into_english, "avg->en": _round(mean(to_english)), **from_english},
        "cross_mrr@10_in_language": cross_in_language,
        "zero_hits": {
            lang: sum(1 for a in group if not a.ranking.ids) for lang, group in by_language.items()
        },
        "fallbacks": {
            lang: sum(1 for a in group if a.ranking.fallback) for lang, group in by_language.items()
        },
        "same_language_top10": same_language,
    }


def per_query(answers: Sequence[Answer], depth: int) -> list[dict[str, Any]]:
    """Each question's rank of its judged documents (first relevant within ``depth``)."""
    rows = []
    for a in answers:
        ranks = {}
        for target, gains in a.question.judgements.items():
            relevant = {doc for doc, gain in gains.items() if gain > 0}
            found = [i for i, doc in enumerate(a.ranking.ids[:depth], 1) if doc in relevant]
            ranks[target] = found[0] if found else None
        rows.append(
            {
                "id": a.question.id,
                "split": a.question.split,
                "total": a.ranking.total,
                "fallback": a.ranking.fallback,
                "first_relevant": ranks,
                "top": a.ranking.ids[:MRR_DEPTH],
            }
        )
    return rows
