"""Feedback for questions (``search.feedback``): the best articles' shared words re-rank
what matched, weighed by how much those articles agree, in English and Swedish."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from search import open_index
from search.article_search import matching
from search.feedback import DOCUMENTS, agreement, feedback_weight, with_feedback
from search.interpret import interpret
from search.matches import Matches
from tests.support.corpora import index_articles

# Ten or more articles share the question's words; the topical ones also share words the
# question does not say (a story), the scattered ones share nothing else (answers to
# different questions that happen to use its words).
TOPICAL = {
    "en": (
        "how does supersonic panel flutter depend on aeroelastic stiffness",
        "Supersonic panel flutter: wind tunnel tests of membrane damping, run {i}. The membrane "
        "damping measured in the tunnel explains the flutter of each panel.",
        "Membrane damping in the wind tunnel: the membrane damping and the tunnel tests, with "
        "panel flutter noted once.",
    ),
    "sv": (
        "hur påverkar överljudsfart panelfladder och aeroelastisk styvhet",
        "Panelfladder i överljudsfart: vindtunnelförsök med membrandämpning, försök {i}. "
        "Membrandämpningen i vindtunneln förklarar panelfladder och styvhet.",
        "Membrandämpning i vindtunneln: membrandämpningen och vindtunnelförsöken, med "
        "panelfladder nämnt en gång.",
    ),
}
SCATTERED_WORDS = {
    "en": "harbour ferry orchard violin glacier lantern meadow saddle pigeon quarry walnut "
    "harvest".split(),
    "sv": "hamnen färjan fruktträdgården fiolen glaciären lyktan ängen sadeln duvan stenbrottet "
    "valnöten skörden".split(),
}


BACKGROUND = {
    "en": "The council met on {day} to discuss the budget for schools and roads in district {i}.",
    "sv": "Fullmäktige möttes på {day} för att diskutera budgeten för skolor och vägar i distrikt "
    "{i}.",
}
DAYS = {"en": ("Monday", "Tuesday", "Friday"), "sv": ("måndag", "tisdag", "fredag")}


def _articles(lang: str, *, topical: bool) -> dict[str, str]:
    """Twelve articles with the question's words, and thirty about something else (so the
    words the twelve share are rare in the index)."""
    question, template, _ = TOPICAL[lang]
    articles = {
        f"{lang}-background-{i}": f"---\nlanguage: {lang}\n---\n"
        + BACKGROUND[lang].format(day=DAYS[lang][i % 3], i=i)
        + "\n"
        for i in range(30)
    }
    for i in range(DOCUMENTS + 2):
        if topical:
            text = template.format(i=i)
        else:
            words = SCATTERED_WORDS[lang]
            text = f"{question.split()[-1]} {question.split()[-3]}. " + " ".join(
                words[(i + k) % len(words)] + str(i) for k in range(6)
            )
        articles[f"{lang}-{i}"] = f"---\nlanguage: {lang}\n---\n{text}\n"
    return articles


def _gain(root: Path, q: str) -> tuple[float, Matches, Matches]:
    """The feedback's largest added score, as a share of the best score."""
    with open_index(root) as index:
        view = index.view()
        query = interpret(view, q)
        found = matching(view, query)
        after = with_feedback(view, query.node, found, query.preferences)
    best = float(found.scores.max())
    return float((after.scores - found.scores).max()) / best, found, after


@pytest.mark.parametrize(
    "value, weight",
    [(0.0, 0.0), (0.1, 0.2), (0.45, 0.9), (0.5, 1.0), (0.9, 1.0)],
)
def test_the_feedback_weight_follows_the_agreement_up_to_the_querys_own(
    value: float, weight: float
) -> None:
    assert feedback_weight(value) == pytest.approx(weight)


def _documents(
    having: dict[str, int], lang: str = "en", total: int = 10
) -> list[tuple[str, set[str]]]:
    """``total`` articles in ``lang``; ``having[term]`` of them have ``term``."""
    return [(lang, {t for t, n in having.items() if i < n}) for i in range(total)]


@pytest.mark.parametrize(
    "having, lang, said, expected",
    [
        ({"damp": 10, "tunnel": 6}, "en", set(), 0.8),
        ({"damp": 10, "flutter": 10}, "en", {("en", "flutter")}, 1.0),
        ({"membran": 2, "fladder": 10}, "sv", {("sv", "fladder")}, 0.2),
        ({"flutter": 10}, "en", {("en", "flutter")}, 0.0),  # nothing new: no feedback
    ],
)
def test_agreement_is_the_share_of_top_articles_having_each_new_word(
    having: dict[str, int], lang: str, said: set[tuple[str, str]], expected: float
) -> None:
    chosen = [(lang, term) for term in having]
    assert agreement(chosen, _documents(having, lang), said) == pytest.approx(expected)


def test_a_word_counts_only_in_articles_of_its_language() -> None:
    documents = _documents({"tunnel": 10}, "en", 5) + _documents({"tunnel": 5}, "sv", 5)
    assert agreement([("sv", "tunnel")], documents, set()) == pytest.approx(0.5)


def test_no_articles_read_means_no_agreement() -> None:
    assert agreement([("en", "damp")], [], set()) == 0.0


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_articles_that_agree_on_a_topic_get_stronger_feedback_than_scattered_ones(
    tmp_path: Path, lang: str
) -> None:
    q = TOPICAL[lang][0]
    topical, _, _ = _gain(index_articles(tmp_path / "a", _articles(lang, topical=True)), q)
    scattered, _, _ = _gain(index_articles(tmp_path / "b", _articles(lang, topical=False)), q)
    assert topical == pytest.approx(1.0)  # as much as the query's own words
    assert scattered == pytest.approx(0.2)  # each article's other words are its own


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_feedback_adds_to_scores_and_never_adds_or_removes_a_match(
    build_index: Callable[..., Path], lang: str
) -> None:
    articles = _articles(lang, topical=True)
    question, _, on_topic = TOPICAL[lang]
    articles[f"{lang}-story"] = f"---\nlanguage: {lang}\n---\n{on_topic}\n"
    _, found, after = _gain(build_index(articles), question)
    assert np.array_equal(found.docs, after.docs)
    assert (after.scores >= found.scores).all()


@pytest.mark.parametrize(
    "q", ["panel flutter", "panelfladder vindtunnel", "supersonic panel flutter"]
)
def test_keyword_queries_get_no_feedback(build_index: Callable[..., Path], q: str) -> None:
    root = build_index({**_articles("en", topical=True), **_articles("sv", topical=True)})
    gain, _, _ = _gain(root, q)
    assert gain == 0.0
