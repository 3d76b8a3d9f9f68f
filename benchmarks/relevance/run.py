"""Build each engine's index over a collection and ask it every question, as typed.

>>> sorted(ENGINES)
['fts5', 'presslens', 'presslens+translate', 'tantivy', 'tantivy-lang']
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.relevance.model import Collection, Question, Ranker, Ranking, cross_pairs

#: Engine name -> what it is (``Ranker.describe`` gives the details).
ENGINES = {
    "presslens": "presslens, queries as typed",
    "presslens+translate": "presslens, queries as typed, translate=True (the installed lexicons)",
    "fts5": "SQLite FTS5 (porter unicode61), words OR-ed",
    "tantivy": "tantivy, default tokenizer, words OR-ed",
    "tantivy-lang": "tantivy, per-language stopwords + stemmers, words OR-ed",
}


@dataclass(slots=True)
class Answer:
    """One question and what the engine returned for it."""

    question: Question
    ranking: Ranking


@dataclass(slots=True)
class EngineRun:
    """Everything one engine answered on one collection, with timings and notes."""

    engine: str
    description: str
    answers: list[Answer]
    build_seconds: float
    query_seconds: float
    notes: dict[str, Any]


def make_ranker(name: str, presslens_options: Mapping[str, Any], workdir: Path) -> Ranker:
    """A fresh ranker called ``name`` keeping its index under ``workdir``."""
    workdir.mkdir(parents=True, exist_ok=True)
    if name in ("presslens", "presslens+translate"):
        from benchmarks.relevance.presslens_ranker import PresslensRanker

        options = dict(presslens_options)
        if name == "presslens+translate":
            options["translate"] = True
        return PresslensRanker(options, workdir=workdir, name=name)
    if name == "fts5":
        from benchmarks.peers.relevance_fts5 import Fts5Ranker

        return Fts5Ranker(workdir)
    if name in ("tantivy", "tantivy-lang"):
        from benchmarks.peers.relevance_tantivy import TantivyRanker

        return TantivyRanker(per_language=name == "tantivy-lang", workdir=workdir)
    raise ValueError(f"unknown engine {name!r}; use any of {', '.join(ENGINES)}")


def detection_notes(ranker: Ranker, collection: Collection) -> dict[str, Any]:
    """For presslens: how many documents it assigned another language than the true one."""
    detected: dict[str, str] = getattr(ranker, "languages", {}) or {}
    if not detected:
        return {}
    wrong: dict[str, int] = {}
    for document in collection.documents:
        found = detected.get(document.id)
        if found is not None and found != document.language:
            key = f"{document.language}->{found}"
            wrong[key] = wrong.get(key, 0) + 1
    return {
        "documents": len(collection.documents),
        "detected_wrong": sum(wrong.values()),
        "detected_as": dict(sorted(wrong.items(), key=lambda kv: -kv[1])),
    }


def run_engine(
    name: str,
    collection: Collection,
    questions: Sequence[Question],
    *,
    presslens_options: Mapping[str, Any],
    workdir: Path,
) -> EngineRun:
    """Index ``collection`` with engine ``name`` and ask it ``questions``."""
    ranker = make_ranker(name, presslens_options, workdir / collection.name / name)
    try:
        started = time.perf_counter()
        ranker.build(collection.documents)
        built = time.perf_counter()
        answers = [Answer(q, ranker.search(q.text, collection.depth)) for q in questions]
        asked = time.perf_counter()
        if collection.name == "xquad-r":
            add_language_rankings(ranker, collection, answers)
        return EngineRun(
            engine=name,
            description=ranker.describe(),
            answers=answers,
            build_seconds=round(built - started, 3),
            query_seconds=round(asked - built, 3),
            notes=detection_notes(ranker, collection),
        )
    finally:
        ranker.close()


#: Documents asked of an engine without a language filter, to rank one language's among them.
DEEP = 1000


def add_language_rankings(ranker: Ranker, collection: Collection, answers: list[Answer]) -> None:
    """For each cross-language column, the question's ranking among the answer language's
    documents only: ``search_in`` where the engine has it (presslens' language filter),
    else its first ``DEEP`` documents of that (true) language."""
    languages = sorted({d.language for d in collection.documents})
    language_of = {d.id: d.language for d in collection.documents}
    search_in = getattr(ranker, "search_in", None)
    for answer in answers:
        question = answer.question
        targets = [t for s, t in cross_pairs(languages) if s == question.language]
        if not targets:
            continue
        deep = None if search_in else ranker.search(question.text, DEEP).ids
        for target in targets:
            answer.ranking.in_language[target] = (
                search_in(question.text, collection.depth, target)
                if search_in
                else [d for d in deep if language_of.get(d) == target][: collection.depth]
            )


def select_questions(
    collection: Collection, split: str = "all", limit: int | None = None
) -> list[Question]:
    """The questions of ``split`` (``tune``, ``check`` or ``all``); with ``limit``, only the
    first ``limit`` of each language and split."""
    if split not in ("tune", "check", "all"):
        raise ValueError(f"split must be tune, check or all, got {split!r}")
    taken: dict[tuple[str, str], int] = {}
    chosen = []
    for question in collection.questions:
        if split != "all" and question.split != split:
            continue
        key = (question.language, question.split)
        if limit is not None and taken.get(key, 0) >= limit:
            continue
        taken[key] = taken.get(key, 0) + 1
        chosen.append(question)
    return chosen
