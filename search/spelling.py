"""Typo correction: a query word that matches nothing, replaced by the most frequent
indexed word within a small edit distance (Whoosh's corrector over the unstemmed words).

>>> from search.query import parse                                        # doctest: +SKIP
>>> correct(view, parse("Stoltenbreg veto"))                              # doctest: +SKIP
(And(nodes=(Word(text='Stoltenberg'), Word(text='veto'))), 'Stoltenberg veto')
"""

from __future__ import annotations

from search.analysis import analyze, analyze_exact
from search.query import Node, Word, leaves, render, replace_words
from search.schema import body_field, title_field
from search.view import IndexView

#: Words of one query checked for typos (the corrector is the costly part of a search).
MAX_CORRECTED_WORDS = 8


def exists(view: IndexView, word: str) -> bool:
    """Whether ``word`` (or a synonym) matches something, stemmed or as typed; stopwords
    and phrases count as existing (nothing to correct)."""
    reader = view.reader
    for alt in view.synonyms.expand(word):
        tokens = analyze_exact(alt)
        if len(tokens) != 1:
            return True  # phrases are not corrected
        if reader.doc_frequency("text", tokens[0]):
            return True
        for lang in view.languages:
            stems = analyze(alt, lang)
            if not stems:
                return True  # a stopword: nothing to correct
            if reader.doc_frequency(body_field(lang), stems[0]) or reader.doc_frequency(
                title_field(lang), stems[0]
            ):
                return True
    return False


def correct(view: IndexView, node: Node | None) -> tuple[Node | None, str | None]:
    """``node`` with misspelled words replaced, and the corrected query (``None`` when
    nothing was corrected)."""
    fixes: dict[str, str] = {}
    checked = 0
    for leaf in leaves(node):
        if not isinstance(leaf, Word) or leaf.text in fixes:
            continue
        checked += 1
        if checked > MAX_CORRECTED_WORDS:  # bounded work for very long queries
            break
        tokens = analyze_exact(leaf.text)
        if len(tokens) != 1 or len(tokens[0]) < 4 or tokens[0].isdigit():
            continue
        if exists(view, leaf.text):
            continue
        suggestion = closest_word(view, tokens[0])
        if suggestion:
            fixes[leaf.text] = suggestion.capitalize() if leaf.text[:1].isupper() else suggestion
    if not fixes:
        return node, None
    corrected = replace_words(node, fixes)
    return corrected, render(corrected)


def closest_word(view: IndexView, word: str) -> str | None:
    """The most frequent indexed word within edit distance 1 (2 from six letters)."""
    corrector = view.searcher.corrector("text")
    maxdist = 1 if len(word) < 6 else 2
    candidates = corrector.suggest(word, limit=5, maxdist=maxdist, prefix=1)
    if not candidates:
        return None
    reader = view.reader
    return max(candidates, key=lambda c: reader.doc_frequency("text", c))


__all__ = ["MAX_CORRECTED_WORDS", "closest_word", "correct", "exists"]
