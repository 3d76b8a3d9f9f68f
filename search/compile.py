"""Compiling a parsed query (``search.query``) into a Whoosh query, and what to highlight.

Each article is analysed in its own language, so a query is compiled once per language
present in the index (a *branch*) and the branches are OR'ed: a document matches when all
its words match in its own language. The ``und`` branch matches exact, unstemmed words and
serves undetermined languages. Phrases and prefixes always use the unstemmed ``text``
field, typed as written (a prefix is never stemmed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from whoosh import query as wq

from search.analysis import analyze, analyze_exact, normalize
from search.languages import UNDETERMINED, canonical_code, supported_language
from search.query import MIN_PREFIX, And, Field, Node, Not, Or, Phrase, Prefix, Word, leaves
from search.schema import body_field, title_field
from search.synonyms import Synonyms


@dataclass
class HighlightTerms:
    """What to mark in a document.

    ``stems[lang]``: query words as the document's language stems them (a word is marked
    where it matched: a stopword of that language is not marked); ``stems["und"]`` holds
    the words as typed, for articles in undetermined languages. ``exact``: one-word
    phrases, marked as typed in every language. ``prefixes`` and ``phrases`` likewise.
    """

    stems: dict[str, set[str]] = field(default_factory=dict)
    exact: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    title_only: bool = False

    def __bool__(self) -> bool:
        return bool(self.stems or self.exact or self.prefixes or self.phrases)


@dataclass(frozen=True)
class Compiler:
    """Compiles queries for an index whose articles are in ``languages``."""

    languages: tuple[str, ...]
    synonyms: Synonyms
    quotes: bool = False  # the quote index has no title fields

    # ------------------------------------------------------------------ the query
    def compile(self, node: Node | None) -> wq.Query:
        if node is None:
            return wq.Every()
        branches = [self._branch(node, lang) for lang in (*self.languages, UNDETERMINED)]
        if _has_not(node):
            # An exclusion only holds within its own language's fields: without this, an
            # English article matching the Swedish branch through the shared unstemmed
            # field (a phrase, a prefix) would escape the Swedish-only exclusion.
            branches = [
                None if b is None else wq.And([wq.Term("analysis", lang, boost=0.0), b])
                for b, lang in zip(branches, (*self.languages, UNDETERMINED), strict=True)
            ]
        kept = [b for b in branches if b is not None and b is not wq.NullQuery]
        unique: list[wq.Query] = []
        for b in kept:
            if b not in unique:
                unique.append(b)
        if not unique:
            return wq.NullQuery
        return unique[0] if len(unique) == 1 else wq.Or(unique)

    def _branch(self, node: Node, lang: str) -> wq.Query | None:
        """The query for documents in ``lang``; ``None`` means "no constraint"."""
        if isinstance(node, And):
            positives, negatives = [], []
            for child in node.nodes:
                target = negatives if isinstance(child, Not) else positives
                q = self._branch(child.node if isinstance(child, Not) else child, lang)
                if q is not None:
                    target.append(q)
            if not positives and not negatives:
                return None
            base: wq.Query = (
                self._all(lang)
                if not positives
                else positives[0]
                if len(positives) == 1
                else wq.And(positives)
            )
            if negatives:
                neg = negatives[0] if len(negatives) == 1 else wq.Or(negatives)
                base = wq.AndNot(base, neg)
            return base
        if isinstance(node, Or):
            parts = [self._branch(child, lang) for child in node.nodes]
            if any(p is None for p in parts):
                return None
            return wq.Or(parts)
        if isinstance(node, Not):
            inner = self._branch(node.node, lang)
            return None if inner is None else wq.AndNot(self._all(lang), inner)
        if isinstance(node, Word):
            return self._word(node.text, lang, title_only=False)
        if isinstance(node, Phrase):
            return self._alternatives(node.text, lang, title_only=False)
        if isinstance(node, Prefix):
            return self._prefix(node.text, "text")
        if isinstance(node, Field):
            return self._field(node, lang)
        return None

    @staticmethod
    def _all(lang: str) -> wq.Query:
        """Every document analysed in ``lang`` (the base of a purely negative branch)."""
        return wq.Term("analysis", lang)

    def _word(self, text: str, lang: str, *, title_only: bool) -> wq.Query | None:
        return self._alternatives(text, lang, title_only=title_only)

    def _alternatives(self, text: str, lang: str, *, title_only: bool) -> wq.Query | None:
        alts = self.synonyms.expand(text)
        queries = []
        for alt in alts:
            q = self._one(alt, lang, title_only=title_only)
            if q is None:
                return None  # a stopword in this language: no constraint
            queries.append(q)
        if not queries:
            return wq.NullQuery
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def _one(self, text: str, lang: str, *, title_only: bool) -> wq.Query | None:
        tokens = analyze_exact(text)
        exact_field = "title_exact" if title_only else "text"
        if len(tokens) > 1:
            if self.quotes and title_only:
                return wq.NullQuery
            return wq.Phrase(exact_field, tokens)
        if not tokens:
            return wq.NullQuery
        if lang == UNDETERMINED:
            if self.quotes and title_only:
                return wq.NullQuery
            return wq.Term(exact_field, tokens[0])
        stems = analyze(text, lang)
        if not stems:
            return None
        fields = [title_field(lang)] if title_only else [body_field(lang)]
        if not title_only and not self.quotes:
            fields.insert(0, title_field(lang))
        terms = [wq.Term(f, stems[0]) for f in fields]
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def _prefix(self, text: str, fieldname: str) -> wq.Query:
        prefix = normalize(text)
        if len(prefix) < MIN_PREFIX:
            tokens = analyze_exact(text)
            return wq.Term(fieldname, tokens[0]) if tokens else wq.NullQuery
        return wq.Prefix(fieldname, prefix)

    def _field(self, node: Field, lang: str) -> wq.Query | None:
        inner = node.node
        if node.name == "title":
            if self.quotes:
                return wq.NullQuery
            if isinstance(inner, Prefix):
                return self._prefix(inner.text, "title_exact")
            if isinstance(inner, Word):
                return self._word(inner.text, lang, title_only=True)
            return self._names("title_exact", inner.text)  # type: ignore[union-attr]
        if node.name == "lang":
            code = getattr(inner, "text", "")
            supported = supported_language(code)
            if supported == UNDETERMINED:
                supported = canonical_code(code)
            return wq.Term("language", supported)
        fieldname = "speaker_names" if node.name == "speaker" else "outlet_name"
        if isinstance(inner, Prefix):
            return self._prefix(inner.text, fieldname)
        return self._names(fieldname, inner.text)  # type: ignore[union-attr]

    def _names(self, fieldname: str, text: str) -> wq.Query:
        queries = []
        for alt in self.synonyms.expand(text):
            tokens = analyze_exact(alt)
            if len(tokens) == 1:
                queries.append(wq.Term(fieldname, tokens[0]))
            elif tokens:
                queries.append(wq.Phrase(fieldname, tokens))
        if not queries:
            return wq.NullQuery
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    # ---------------------------------------------------------------- highlighting
    def highlight_terms(self, node: Node | None) -> HighlightTerms:
        terms = HighlightTerms()
        for leaf in leaves(node):
            if isinstance(leaf, Field):
                if leaf.name != "title":
                    continue
                leaf = leaf.node
            if isinstance(leaf, Prefix):
                terms.prefixes.add(normalize(leaf.text))
                continue
            for alt in self.synonyms.expand(getattr(leaf, "text", "")):
                tokens = analyze_exact(alt)
                if len(tokens) > 1:
                    terms.phrases.add(tuple(tokens))
                elif tokens and isinstance(leaf, Phrase):
                    terms.exact.add(tokens[0])
                elif tokens:
                    terms.stems.setdefault(UNDETERMINED, set()).add(tokens[0])
                    for lang in self.languages:
                        stems = analyze(alt, lang)
                        if stems:
                            terms.stems.setdefault(lang, set()).update(stems)
        return terms


def _has_not(node: Node) -> bool:
    if isinstance(node, Not):
        return True
    return isinstance(node, And | Or) and any(_has_not(n) for n in node.nodes)
