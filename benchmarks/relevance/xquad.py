"""XQuAD-R, development split (``../shared/data/xquad-r-dev``): candidate sentences and
questions in five languages, translated in parallel.

Every language's sentences go into one pool (one index). A question is asked in its own
language; its judgement in language ``L`` is the sentence of the same paragraph in ``L`` whose
``sentence_breaks`` span holds that language's ``answers[0].answer_start`` (question ids and
paragraphs are aligned across languages). Split: articles at even positions of a file's
``data`` list are ``tune``, odd positions ``check``.

>>> sentence_id("de", 3, 1, 0)
'de-3-1-0'
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.relevance.model import Collection, Document, Question

LANGUAGES = ("en", "de", "es", "ru", "tr")
#: MRR@10 needs the first ten.
DEPTH = 10


def sentence_id(language: str, article: int, paragraph: int, sentence: int) -> str:
    return f"{language}-{article}-{paragraph}-{sentence}"


def answer_sentence(paragraph: dict[str, Any], answer_start: int) -> int:
    """Index of the sentence whose ``[start, end)`` break holds ``answer_start``.

    >>> answer_sentence({"sentence_breaks": [[0, 10], [11, 30]]}, 12)
    1
    """
    for number, (start, end) in enumerate(paragraph["sentence_breaks"]):
        if start <= answer_start < end:
            return number
    raise ValueError(f"answer at {answer_start} lies in no sentence break")


def split_of(article: int) -> str:
    """``tune`` for even article positions, ``check`` for odd ones.

    >>> split_of(0), split_of(1)
    ('tune', 'check')
    """
    return "tune" if article % 2 == 0 else "check"


def load(
    directory: Path, languages: tuple[str, ...] = LANGUAGES, articles: int | None = None
) -> Collection:
    """All sentences of ``languages`` in one pool, and every question with its answer sentence
    in each of ``languages``; with ``articles``, only the first that many articles."""
    files = {
        lang: json.loads((directory / f"{lang}.json").read_text("utf-8")) for lang in languages
    }
    documents: list[Document] = []
    answers: dict[str, dict[str, str]] = {}
    asked: list[tuple[str, str, str, str]] = []  # (language, question id, text, split)
    for lang, content in files.items():
        for a, article in enumerate(content["data"][:articles]):
            for p, paragraph in enumerate(article["paragraphs"]):
                for s, sentence in enumerate(paragraph["sentences"]):
                    documents.append(Document(sentence_id(lang, a, p, s), sentence, language=lang))
                for qa in paragraph["qas"]:
                    s = answer_sentence(paragraph, qa["answers"][0]["answer_start"])
                    answers.setdefault(qa["id"], {})[lang] = sentence_id(lang, a, p, s)
                    asked.append((lang, qa["id"], qa["question"], split_of(a)))
    questions = [
        Question(
            id=f"{lang}:{qid}",
            text=text,
            language=lang,
            split=split,
            judgements={target: {doc: 1.0} for target, doc in answers[qid].items()},
        )
        for lang, qid, text, split in asked
    ]
    return Collection("xquad-r", documents, questions, DEPTH)
