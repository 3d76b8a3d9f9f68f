"""Compiling a parsed query (``search.query``) into a Whoosh query, and what to highlight.

Each article is analysed in its own language, so a query is compiled once per language
present in the index (a *branch*, which only that language's documents can match) and the
branches are OR'ed. Within a branch the top-level clauses follow the matching strategy of
``search.strategy``; nested groups (``(a OR b)``) keep their strict boolean meaning. A word
matches its stem in the language's title and body fields and its form as typed in the
unstemmed ``text`` field (which also scores); a stopword of the language is not a clause
there. The ``und`` branch matches exact, unstemmed words and serves undetermined languages.
Phrases and prefixes always use the unstemmed ``text`` field, typed as written (a prefix is
never stemmed).

With a translation (``search.crosslang``), each word of a target language's branch is one
clause whose stemmed part is a synonym set (``SynonymSet``: summed term frequencies, the
document frequency of the union): the word's translations into that language together
with the word itself, so a translated word counts like the word it translates, once. A
translation of several words is matched as a phrase of the unstemmed ``text`` field (the
stemmed fields keep no positions).
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field

from whoosh import query as wq

from search.analysis import analyze, analyze_exact, normalize
from search.crosslang import ClauseTranslation, QueryTranslation
from search.languages import UNDETERMINED, canonical_code, supported_language
from search.query import MIN_PREFIX, And, Field, Node, Not, Or, Phrase, Prefix, Word, leaves
from search.query_nodes import AtLeast, InLanguage, SynonymSet, WithBoosts
from search.schema import body_field, title_field
from search.strategy import COORDINATION, minimum_clauses
from search.synonyms import Synonyms

#: A hyphenated word of at most this many parts (``state-of-the-art``) also matches its
#: words apart; a longer chain is only ever its exact form (a bound on a pasted chain).
COMPOUND_PARTS = 4


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
    #: ``translated[lang][stem]``: the query word a target-language stem translates.
    translated: dict[str, dict[str, str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.stems or self.exact or self.prefixes or self.phrases)


@dataclass(frozen=True)
class Compiler:
    """Compiles queries for an index whose articles are in ``languages``."""

    languages: tuple[str, ...]
    synonyms: Synonyms
    quotes: bool = False  # the quote index has no title fields

    # ------------------------------------------------------------------ the query
    def compile(
        self,
        node: Node | None,
        *,
        match: str = "auto",
        preferences: dict[str, float] | None = None,
        translation: QueryTranslation | None = None,
        only: Collection[str] | None = None,
    ) -> wq.Query:
        """One branch per language (plus ``und``), each among that language's documents
        only, scored times ``preferences[language]`` (default 1); see ``search.strategy``.
        ``translation``: the words of the target languages' branches, translated;
        ``only``: the branches of these languages only."""
        if node is None:
            return wq.Every()
        preferences = preferences or {}
        branches: list[InLanguage] = []
        for lang in (*self.languages, UNDETERMINED):
            if only is not None and lang not in only:
                continue
            clauses = translation.clauses(lang) if translation is not None else None
            prefix = translation is not None and translation.prefix
            branch = self._ranked(node, lang, match, clauses, prefix)
            if branch is not None and branch is not wq.NullQuery:
                branches.append(InLanguage(lang, branch, preferences.get(lang, 1.0)))
        if not branches:
            return wq.NullQuery
        if len({b.query for b in branches}) == 1 and all(b.boost == 1.0 for b in branches):
            if len(branches) == len(self.languages) + 1 and only is None:
                return branches[0].query  # the same in every language: one query
        return branches[0] if len(branches) == 1 else wq.Or(branches)

    def _ranked(
        self,
        node: Node,
        lang: str,
        match: str,
        translated: Sequence[ClauseTranslation] | None = None,
        prefix: bool = False,
    ) -> wq.Query | None:
        """The branch for ``lang``: the top-level clauses under the matching strategy
        (``translated``: its words' translations, in order; ``prefix``: the last of them is
        the word being typed, a ``Prefix``)."""
        children = node.nodes if isinstance(node, And) else (node,)
        words: Iterator[ClauseTranslation | None] = iter(translated or ())
        positives = [c for c in children if not isinstance(c, Not)]
        negatives = [q for c in children if isinstance(c, Not) if (q := self._branch(c.node, lang))]
        counted: list[wq.Query] = []
        boosts: list[wq.Query] = []
        required: list[wq.Query] = []
        alone = len(positives) == 1
        seen: set[tuple[str, ...]] = set()  # the plain words' stems so far
        typed = positives[-1] if translated and prefix else None  # the word being typed
        for child in positives:
            if isinstance(child, Field):
                q = self._field(child, lang)
                if q is not None:
                    required.append(q)
            elif isinstance(child, Word):
                translation = next(words, None)
                if translation is not None and translation.dropped:
                    continue  # a stopword of the query's language, or part of a headword
                said: tuple[str, ...] = ()
                if translation is not None and translation.groups:
                    clause = self._translated(translation, lang)
                elif (said := self._stems(child.text, lang)) in seen:
                    continue  # said before, in this form or another: one clause
                elif match == "all" or alone:
                    clause = self._word(child.text, lang, title_only=False)
                else:
                    clause = self._compound(child.text, lang)
                if said:
                    seen.add(said)
                if clause is not None:
                    counted.append(clause)
                elif (exact := self._exact(child.text)) and exact not in boosts:
                    boosts.append(exact)  # a stopword here: it only adds its exact score
            elif isinstance(child, Phrase) and (match == "all" or alone):
                q = self._alternatives(child.text, lang, title_only=False)
                if q is not None:
                    required.append(q)
            elif isinstance(child, Phrase):
                # inside a longer query: its words count, its exact form boosts
                for word in analyze_exact(child.text):
                    clause = self._word(word, lang, title_only=False)
                    if clause is not None:
                        counted.append(clause)
                phrase = self._alternatives(child.text, lang, title_only=False)
                if phrase is not None:
                    boosts.append(phrase)
            else:
                q = self._branch(child, lang)
                translation = next(words, None) if child is typed else None
                if q is not None and translation is not None and translation.groups:
                    also = self._translated(translation, lang)  # the word being typed, known
                    q = q if also is None else wq.Or([q, also])
                if q is not None:
                    counted.append(q)
        if not counted and boosts and not required:
            counted, boosts = boosts, []  # only stopwords: their exact forms must match
        if not counted and not required:
            if not negatives:
                return None
            required.append(self._all(lang))
        if counted:
            minimum = minimum_clauses(match, len(counted))
            coord = 0.0 if match == "all" else COORDINATION
            required.append(counted[0] if len(counted) == 1 else AtLeast(counted, minimum, coord))
        base = required[0] if len(required) == 1 else wq.And(required)
        if boosts:
            base = WithBoosts(base, boosts)
        if negatives:
            base = wq.AndNot(base, negatives[0] if len(negatives) == 1 else wq.Or(negatives))
        return base

    def _branch(self, node: Node, lang: str) -> wq.Query | None:
        """A nested part of the query, with strict boolean meaning, for documents in
        ``lang``; ``None`` means "no constraint" (a stopword of ``lang``)."""
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
            # a stopword in an OR adds nothing; it does not make the whole OR match everything
            parts = [p for p in (self._branch(child, lang) for child in node.nodes) if p]
            if not parts:
                return None
            return parts[0] if len(parts) == 1 else wq.Or(parts)
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
    def _stems(text: str, lang: str) -> tuple[str, ...]:
        """A plain word as ``lang`` analyses it (as typed for ``und``; none for a stopword)."""
        return tuple(analyze_exact(text) if lang == UNDETERMINED else analyze(text, lang))

    def _compound(self, text: str, lang: str) -> wq.Query | None:
        """A word inside a longer query; a hyphenated one (``shock-sound``, ``re-entry``) is
        one clause matching the exact compound or its words anywhere in the document, each
        stemmed (its stopwords left out): "interaction of shock waves with sound" answers
        "shock-sound wave interaction" too."""
        whole = self._word(text, lang, title_only=False)
        tokens = analyze_exact(text)
        if whole is None or not 2 <= len(tokens) <= COMPOUND_PARTS:
            return whole
        parts = [self._word(token, lang, title_only=False) for token in tokens]
        parts = [p for p in parts if p is not None and p is not wq.NullQuery]
        if len(parts) < 2:
            return whole
        return wq.Or([whole, wq.And(parts)])

    def _exact(self, text: str) -> wq.Query | None:
        """The word as typed, in the unstemmed field (every language)."""
        tokens = analyze_exact(text)
        return wq.Term("text", tokens[0]) if len(tokens) == 1 else None

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
        if not title_only:
            terms.append(wq.Term("text", tokens[0]))  # the form as typed scores too
        return terms[0] if len(terms) == 1 else wq.Or(terms)

    def _translated(self, translation: ClauseTranslation, lang: str) -> wq.Query | None:
        """A word's clause in a target language: one synonym set per stemmed field of its
        translations and itself (each part of a compound a set of its own), its form as
        typed in ``text``, and translations of several words as ``text`` phrases."""
        own: list[tuple[str, ...]] = []
        exact: list[wq.Query] = []
        for text in translation.words:
            for alt in self.synonyms.expand(text):
                tokens = analyze_exact(alt)
                if len(tokens) > 1:
                    exact.append(wq.Phrase("text", tokens))
                elif tokens:
                    exact.append(wq.Term("text", tokens[0]))
                    own += [(s,) for s in analyze(alt, lang)[:1]]
        fields = [body_field(lang)] if self.quotes else [title_field(lang), body_field(lang)]
        sets: list[wq.Query] = []
        for number, group in enumerate(translation.groups):
            alternatives = [a.terms for a in group.alternatives]
            single = list(dict.fromkeys((own if number == 0 else []) + alternatives))
            single = [a for a in single if len(a) == 1]
            sets += [SynonymSet(f, single) for f in fields] if single else []
            for alternative in group.alternatives:
                tokens = analyze_exact(alternative.text)
                if len(alternative.terms) > 1 and len(tokens) > 1:
                    exact.append(wq.Phrase("text", tokens))
        parts = list(dict.fromkeys(sets + exact))
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else wq.Or(parts)

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
    def highlight_terms(
        self,
        node: Node | None,
        translation: QueryTranslation | None = None,
        match: str = "auto",
    ) -> HighlightTerms:
        """What to mark for ``node`` searched under ``match``: the words of a phrase or of a
        hyphenated word inside a longer query match apart too (``_ranked``), so they are
        marked apart as well as together."""
        terms = HighlightTerms()
        apart = _matched_apart(node, match)

        def add_word(word: str) -> None:
            terms.stems.setdefault(UNDETERMINED, set()).update(analyze_exact(word)[:1])
            for lang in self.languages:
                stems = analyze(word, lang)
                if stems:
                    terms.stems.setdefault(lang, set()).update(stems)

        for lang, clauses in (translation.targets if translation is not None else {}).items():
            for clause in clauses:
                own = {s for word in clause.words for s in analyze(word, lang)}
                for group in clause.groups:
                    word = group.via if group.how == "compound" else group.word
                    for alternative in group.alternatives:
                        if len(alternative.terms) == 1:
                            (stem,) = alternative.terms
                            terms.stems.setdefault(lang, set()).add(stem)
                            if group.how not in ("kept", "number") and stem not in own:
                                terms.translated.setdefault(lang, {}).setdefault(stem, word)
                        elif len(tokens := tuple(analyze_exact(alternative.text))) > 1:
                            terms.phrases.add(tokens)
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
                    for token in tokens if leaf in apart else ():
                        add_word(token)
                elif tokens and isinstance(leaf, Phrase):
                    terms.exact.add(tokens[0])
                elif tokens:
                    add_word(alt)
        return terms


def _matched_apart(node: Node | None, match: str) -> set[Node]:
    """The phrases and hyphenated words whose words match one by one: those inside a longer
    query (not alone, not under ``match="all"``), as ``Compiler._ranked`` compiles them."""
    if match == "all" or not isinstance(node, And):
        return set()
    positives = [c for c in node.nodes if not isinstance(c, Not)]
    if len(positives) < 2:
        return set()
    return {
        c
        for c in positives
        if isinstance(c, Phrase)
        or (isinstance(c, Word) and 2 <= len(analyze_exact(c.text)) <= COMPOUND_PARTS)
    }
