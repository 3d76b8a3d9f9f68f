"""Search across languages: a query's words, translated into every other language of the
index, as clauses of that language's branch (see ``search.compile``).

What is translated: the plain words at the top of a query (``Gespräche Nato``); quoted
phrases, prefixes, fields and nested groups are left as typed (names, numbers and the
people registry cross languages on their own). The query's language is the one whose
lexicons and stopwords know its words best (``search.translation.query_languages``), ties
and near-ties decided by the index (how often the words occur in each language's
documents, ``search.strategy``). Each word becomes one :class:`ClauseTranslation` per
target language: the groups :func:`search.translation.translate` gives it (a compound, one
per part; two words forming one headword, one for both), or ``dropped`` when it is a
stopword of the query's language (its translation is not a clause there).

Results are cached per (words, source, target, vocabulary): a word is looked up once per
snapshot, whatever the queries it appears in.

>>> from search.query import parse
>>> top_words(parse('Gespräche "open door" nato* veto'))
['Gespräche', 'veto']
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from search.analysis import is_stopword, normalize, stem, tokenize
from search.crosslang_vocabulary import SnapshotVocabularies
from search.models import Translation, WordTranslation
from search.query import And, Node, Prefix, Word
from search.strategy import LANGUAGE_PREFERENCE
from search.translation import (
    Lexicon,
    Lexicons,
    TermVocabulary,
    TranslationGroup,
    query_languages,
    translate,
)
from search.translation.lexicon import stem_key
from search.translation.packages import install_advice

#: How much the index's view of the query's language counts against the lexicons' (the
#: share of words a language's lexicons know, 0..1, plus this times P(language | words)).
INDEX_WEIGHT = 0.5
#: Translations remembered per process (each a few groups of a few alternatives).
CACHE_SIZE = 20_000


@dataclass(frozen=True, slots=True)
class ClauseTranslation:
    """One top-level query word (or two forming one headword) in a target language."""

    words: tuple[str, ...]
    groups: tuple[TranslationGroup, ...] = ()
    #: A stopword of the query's language, or the second word of a two-word headword:
    #: no clause of its own in the target language.
    dropped: bool = False


@dataclass(frozen=True)
class QueryTranslation:
    """The query's language and, per target language, its words' translations (aligned
    with :func:`top_words`); ``note`` says why nothing was translated, when so."""

    source: str | None
    targets: Mapping[str, tuple[ClauseTranslation, ...]] = field(default_factory=dict)
    note: str | None = None
    #: The last clause is the word being typed (a prefix): matched as typed or translated.
    prefix: bool = False

    def clauses(self, language: str) -> tuple[ClauseTranslation, ...] | None:
        return self.targets.get(language)

    def summary(self) -> Translation:
        """What a client is told: the query's language, the target languages, and each
        translated word's translations per language (kept words and numbers left out)."""
        words = [
            WordTranslation(
                group.via if group.how == "compound" else group.word,
                language,
                group.how,
                tuple(dict.fromkeys(a.text for a in group.alternatives)),
                "" if group.how == "compound" else group.via,
            )
            for language, clauses in self.targets.items()
            for clause in clauses
            for group in clause.groups
            if group.how not in ("kept", "number") and group.alternatives
        ]
        return Translation(self.source, tuple(self.targets), words, self.note)


def top_words(node: Node | None, prefix: bool = False) -> list[str]:
    """The plain words at the top of a query, in order (what translation works on);
    ``prefix``: and the last one when it is the word being typed (a ``Prefix``)."""
    children = node.nodes if isinstance(node, And) else (node,) if node is not None else ()
    words = [child.text for child in children if isinstance(child, Word)]
    if prefix and children and isinstance(children[-1], Prefix):
        words.append(children[-1].text)
    return words


def source_language(
    known: Mapping[str, float],
    candidates: Sequence[str],
    preferences: Mapping[str, float],
) -> str | None:
    """The language a query is most likely written in, among ``candidates``.

    ``known``: the share of its words each language's lexicons or stopwords know
    (``search.translation.query_languages``), plus :data:`INDEX_WEIGHT` times the index's
    P(language | words) from ``preferences`` (``1 + LANGUAGE_PREFERENCE * P``); None
    without candidates.

    >>> source_language({"de": 1.0, "en": 0.0}, ["de", "en"], {"en": 1.8})
    'de'
    >>> source_language({"de": 1.0, "en": 1.0}, ["de", "en"], {"en": 1.8})
    'en'
    """
    if not candidates:
        return None
    order = {language: i for i, language in enumerate(candidates)}

    def score(language: str) -> tuple[float, int]:
        index = (preferences.get(language, 1.0) - 1.0) / LANGUAGE_PREFERENCE
        return (known.get(language, 0.0) + INDEX_WEIGHT * index, -order[language])

    return max(candidates, key=score)


#: What a lexicon found (the rest is the word kept, or terms that look like it).
FROM_LEXICONS = frozenset({"phrase", "word", "lemma", "stem", "compound", "pivot"})


def _from_lexicons(clause: ClauseTranslation, whole: bool) -> ClauseTranslation:
    """``clause`` with only the groups a lexicon translated, none unless the word is
    ``whole`` (for the word being typed)."""
    groups = tuple(g for g in clause.groups if whole and g.how in FROM_LEXICONS)
    return ClauseTranslation(clause.words, groups, dropped=False)


class CrossLanguage:
    """Query translation for one index: its lexicon directory, the target languages'
    vocabularies per snapshot, and a cache of translated words. Thread-safe."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.lexicons = Lexicons(self.directory)
        self.pairs = self.lexicons.pairs()
        self.sources = sorted({s for s, _ in self.pairs})
        self.vocabularies = SnapshotVocabularies({t for _, t in self.pairs})
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return bool(self.pairs)

    def note(self) -> str:
        """What to install when there is nothing to translate with."""
        return (
            f"Translation needs bilingual lexicons and '{self.directory}' has none: "
            f"{install_advice()}, then run 'presslens lexicons'."
        )

    def opened(self, view: Any, *, background: bool = True) -> threading.Event:
        """A new snapshot: build its target vocabularies (in the background)."""
        return self.vocabularies.build(view, background=background)

    def translate_query(
        self,
        view: Any,
        node: Node | None,
        preferences: Mapping[str, float],
        typed: Node | None = None,
        prefix: bool = False,
    ) -> QueryTranslation:
        """The translations of ``node``'s top-level words into the index's other languages.

        ``typed``: the query before typo correction; a corrected word is translated as
        typed when a lexicon knows it that way (its clause still matches the correction).
        ``prefix``: the last word is being typed; it is translated only where a lexicon
        knows it (a word typed halfway is matched as a prefix only).
        """
        if not self.available:
            return QueryTranslation(None, note=self.note())
        words = top_words(node, prefix)
        prefix = prefix and len(words) > len(top_words(node))
        if not words:
            return QueryTranslation(None)
        originals = top_words(typed, prefix) if typed is not None else words
        if len(originals) != len(words):
            originals = words
        asked = [
            a if a != w and self.knows(a) else w for a, w in zip(originals, words, strict=True)
        ]
        candidates = tuple(dict.fromkeys([*self.sources, *view.languages]))
        key = ("languages", tuple(asked), candidates)
        known = self._cache.get(key)
        if known is None:
            known = self._remember(key, dict(query_languages(asked, self.lexicons, candidates)))
        source = source_language(known, candidates, preferences)  # type: ignore[arg-type]
        if source is None or source not in self.sources:
            return QueryTranslation(source, note=f"No lexicon translates from '{source}'.")
        targets = {
            target: self.clauses(
                words, source, target, self.vocabularies.get(view, target), asked=asked
            )
            for target in view.languages
            if target != source and self.lexicons.can_translate(source, target)
        }
        if prefix:  # a word typed halfway is no word: translated only when a lexicon has it
            whole = self.complete(asked[-1], source)
            targets = {t: (*c[:-1], _from_lexicons(c[-1], whole)) for t, c in targets.items()}
        return QueryTranslation(source, targets, prefix=prefix)

    def clauses(
        self,
        words: Sequence[str],
        source: str,
        target: str,
        vocabulary: TermVocabulary | None = None,
        *,
        asked: Sequence[str] | None = None,
    ) -> tuple[ClauseTranslation, ...]:
        """Each word's translation into ``target`` (two words that form one headword of
        the direct lexicon become one clause); ``asked``: the words to translate where
        they differ from ``words`` (typed before a correction)."""
        asked = list(asked) if asked is not None else list(words)
        lexicon = self.lexicons.get(source, target)
        out: list[ClauseTranslation] = []
        i = 0
        while i < len(words):
            word, text = words[i], asked[i]
            tokens = [normalize(t.text, source) for t in tokenize(text, source)]
            if not tokens or all(is_stopword(t, source) for t in tokens):
                out.append(ClauseTranslation((word,), dropped=True))
                i += 1
                continue
            if lexicon is not None and len(tokens) == 1 and i + 1 < len(words):
                after = [normalize(t.text, source) for t in tokenize(asked[i + 1], source)]
                if len(after) == 1 and lexicon.words(f"{tokens[0]} {after[0]}"):
                    pair = self.groups((text, asked[i + 1]), source, target, vocabulary)
                    if len(pair) == 1 and pair[0].how == "phrase":
                        out.append(ClauseTranslation((word, words[i + 1]), pair))
                        out.append(ClauseTranslation((words[i + 1],), dropped=True))
                        i += 2
                        continue
            out.append(ClauseTranslation((word,), self.groups((text,), source, target, vocabulary)))
            i += 1
        return tuple(out)

    def groups(
        self,
        words: tuple[str, ...],
        source: str,
        target: str,
        vocabulary: TermVocabulary | None,
    ) -> tuple[TranslationGroup, ...]:
        """``translate(words, source, target)``, cached."""
        key = (words, source, target, vocabulary)
        found = self._cache.get(key)
        if found is None:
            found = translate(words, source, target, self.lexicons, vocabulary=vocabulary)
            self._remember(key, found)
        return found  # type: ignore[return-value]

    def _remember(self, key: tuple[Any, ...], value: Any) -> Any:
        with self._lock:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = value
        return value

    def knows(self, word: str) -> bool:
        """Whether a lexicon translates ``word`` from some language (such a word is not a
        typo to correct)."""
        for source in self.sources:
            tokens = [normalize(t.text, source) for t in tokenize(word, source)]
            for _, target in (p for p in self.pairs if p[0] == source):
                lexicon = self.lexicons.get(source, target)
                if lexicon is not None and tokens and all(lexicon.knows(t) for t in tokens):
                    return True
        return False

    def complete(self, word: str, source: str) -> bool:
        """Whether ``word`` reads as a whole word of ``source``: a headword or known form
        of a lexicon, or an inflected form (its Snowball stem is shorter) of a known stem;
        ``medl`` is only the start of one.

        The stem rule is a heuristic for words being typed: a halfway word rarely ends
        in an inflection."""
        tokens = [normalize(t.text, source) for t in tokenize(word, source)]

        def whole(lexicon: Lexicon, token: str) -> bool:
            if lexicon.words(token) or lexicon.lemmas(token):
                return True
            return stem(token, source) != token and bool(lexicon.stems(stem_key(token, source)))

        for _, target in (p for p in self.pairs if p[0] == source):
            lexicon = self.lexicons.get(source, target)
            if lexicon is not None and tokens and all(whole(lexicon, t) for t in tokens):
                return True
        return False

    def close(self) -> None:
        self.lexicons.close()


__all__ = [
    "ClauseTranslation",
    "CrossLanguage",
    "QueryTranslation",
    "source_language",
    "top_words",
]
