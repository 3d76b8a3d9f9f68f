"""Pseudo-relevance feedback for questions: the best-ranked articles' own words sharpen the
ranking of what matched (RM3-style).

A question of several content words ("how can the aerodynamic performance of channel flow
ground effect machines be calculated") states its topic in words the relevant articles
share with each other more than with the query. The first ranking's top ``DOCUMENTS``
articles each give their most weighty words (term frequency in the article's opening, times
the word's idf in its language, times the article's share of the top score); the
``TERMS`` best are scored over the articles that already matched, and added to their scores.
Nothing is added to or removed from the matches: totals and facets stay those of the query
as typed. Keyword queries (fewer than ``FROM_WORDS`` content words) are left alone, and so
are searches being typed.

How much the new words weigh depends on how much the top articles agree (selective
feedback, after Cronen-Townsend, Zhou and Croft's query clarity). When the first ranking
found one topic, its articles share the words the query did not say; when it found
scattered answers (single sentences, a question whose words each belong to another story),
each article's other words are its own, and adding them drifts away from the question.
The *agreement* is the average share of the top articles that have each added word that is
not a query word; the feedback weighs ``AGREEMENT_WEIGHT`` times it against the query's own
words, at most ``MAX_WEIGHT`` (as much as the query: RM3's even mixture).

>>> FROM_WORDS, DOCUMENTS, TERMS, AGREEMENT_WEIGHT, MAX_WEIGHT
(4, 10, 10, 2.0, 1.0)
>>> feedback_weight(0.45), feedback_weight(0.12), feedback_weight(0.9)
(0.9, 0.24, 1.0)
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

import numpy as np
from whoosh import query as wq

from search.analysis import analyze, analyze_exact, stopwords
from search.documents import analysis_language
from search.engine import NO_DEADLINE, Deadline
from search.matches import Matches
from search.query import Node, Phrase, Word, leaves
from search.query_nodes import InLanguage
from search.schema import body_field, title_field
from search.view import IndexView

#: Questions of at least this many content words get feedback.
FROM_WORDS = 4
#: The top articles read and the words added.
DOCUMENTS = 10
TERMS = 10
#: The added words weigh this many times the top articles' agreement on them against the
#: query's own words, and never more than ``MAX_WEIGHT`` times.
AGREEMENT_WEIGHT = 2.0
MAX_WEIGHT = 1.0
#: Characters of each article read (its title and opening: where news states its topic).
OPENING = 2000
#: The most frequent words of the top articles whose idf is looked up.
CANDIDATES = 30


def typed_words(node: Node | None) -> set[str]:
    """The query's distinct words as typed (phrases give theirs)."""
    return {
        w
        for leaf in leaves(node)
        if isinstance(leaf, Word | Phrase)
        for w in analyze_exact(leaf.text)
    }


def content_words(view: IndexView, node: Node | None) -> int:
    """The query's distinct words that are not stopwords in every indexed language."""
    words = typed_words(node)
    languages = view.languages or ("und",)
    return sum(1 for w in words if not all(w in stopwords(lang) for lang in languages))


def feedback_weight(agreement: float) -> float:
    """The added words' weight against the query's for the top articles' ``agreement``."""
    return round(min(MAX_WEIGHT, AGREEMENT_WEIGHT * agreement), 6)


def agreement(
    chosen: Iterable[tuple[str, str]],
    documents: Sequence[tuple[str, Collection[str]]],
    query_terms: Collection[tuple[str, str]],
) -> float:
    """The average share of ``documents`` (each a language and its terms) that have each
    chosen ``(language, term)`` the query did not say; 0 without any.

    >>> documents = [("en", {"flutter", "panel", "buckl"})] * 4    # 4 of 10 say "panel"
    >>> documents += [("en", {"flutter", "buckl"})] * 2 + [("en", {"buckl"})] * 4
    >>> chosen = [("en", "flutter"), ("en", "panel"), ("en", "buckl")]
    >>> agreement(chosen, documents, {("en", "buckl")})             # "buckl": a query word
    0.5
    """
    new = [key for key in chosen if key not in query_terms]
    if not new or not documents:
        return 0.0
    having = sum(
        1
        for lang, term in new
        for language, terms in documents
        if language == lang and term in terms
    )
    return having / (len(new) * len(documents))


def query_terms(node: Node | None, languages: Iterable[str]) -> set[tuple[str, str]]:
    """The query's words as each of ``languages`` stems them."""
    words = typed_words(node)
    return {(lang, stem) for lang in set(languages) for w in words for stem in analyze(w, lang)}


def with_feedback(
    view: IndexView,
    node: Node | None,
    found: Matches,
    preferences: dict[str, float] | None = None,
    deadline: Deadline = NO_DEADLINE,
) -> Matches:
    """``found`` re-scored with the words of its best articles, each language's words
    weighted by the query's preference for it (unchanged for keyword queries, or when
    fewer than ``DOCUMENTS`` articles matched)."""
    preferences = preferences or {}
    if len(found) < DOCUMENTS or content_words(view, node) < FROM_WORDS:
        return found
    top = found.docs[np.argsort(-found.scores, kind="stable")[:DOCUMENTS]]
    best = float(found.scores.max())
    if best <= 0:
        return found
    frequency: Counter[tuple[str, str]] = Counter()  # sum of tf / length x share
    read: list[tuple[str, Collection[str]]] = []  # each article's language and terms
    for docnum in top.tolist():
        deadline.check()
        data = view.stored(docnum)["data"]
        lang = analysis_language(data.get("language", "und"))
        if lang == "und":
            continue
        terms = analyze(f"{data.get('title', '')}\n{data.get('body', '')[:OPENING]}", lang)
        if not terms:
            continue
        share = float(found.scores[np.searchsorted(found.docs, docnum)]) / best
        counts = Counter(terms)
        read.append((lang, counts))
        for term, tf in counts.items():
            frequency[(lang, term)] += tf / len(terms) * share
    weights: dict[tuple[str, str], float] = {}
    for (lang, term), weight in frequency.most_common(CANDIDATES):
        size = view.engine.language_sizes.get(lang, 1)
        df = view.doc_frequency(body_field(lang), term)
        weights[(lang, term)] = weight * math.log(1.0 + (size - df + 0.5) / (df + 0.5))
    chosen = sorted(weights.items(), key=lambda item: -item[1])[:TERMS]
    said = query_terms(node, {lang for lang, _ in read})
    mixture = feedback_weight(agreement([key for key, _ in chosen], read, said))
    if not chosen or mixture <= 0:
        return found
    heaviest = chosen[0][1]
    expansion = wq.Or(
        [
            InLanguage(
                lang,
                wq.Or([wq.Term(title_field(lang), t), wq.Term(body_field(lang), t)]),
                weight / heaviest * preferences.get(lang, 1.0),
            )
            for (lang, t), weight in chosen
        ]
    )
    extra = view.engine.evaluate(expansion, deadline)
    if not len(extra):
        return found
    where = np.searchsorted(extra.docs, found.docs)
    where[where >= len(extra.docs)] = 0
    hit = extra.docs[where] == found.docs
    added = np.zeros(len(found), np.float32)
    added[hit] = extra.scores[where[hit]]
    scale = mixture * best / max(float(added.max()), 1e-9)
    return Matches(found.docs, found.scores + added * scale, found.counts)


__all__ = [
    "AGREEMENT_WEIGHT",
    "DOCUMENTS",
    "FROM_WORDS",
    "MAX_WEIGHT",
    "TERMS",
    "agreement",
    "content_words",
    "feedback_weight",
    "query_terms",
    "typed_words",
    "with_feedback",
]
