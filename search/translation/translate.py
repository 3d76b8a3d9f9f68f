"""Structured query translation: each source word becomes one group of target terms.

A group is meant to be scored as one synonym set (Pirkola's structured queries: the term
frequencies of its members summed, the document frequency taken over their union), so a
word with eight translations weighs as much as a word with one.

How a word is translated, in order:

1. a number stays as it is;
2. the word and its adjacent word as a two-word headword (``Vereinigte Staaten``);
3. the word as a headword, then its lemmas (the compiled ``forms`` table), then its
   Snowball stem (every headword with that stem);
4. a closed compound, split into parts the lexicon knows: one group per part;
5. through a third language when the pair has no entry (``sv -> de -> en``);
6. a word nobody knows is kept (names cross languages), transliterated when the scripts
   differ, and matched to similar-looking terms of the target vocabulary when there is one.

>>> from search.translation.lexicon import LexiconHeader, write_lexicon
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = write_lexicon(folder / "de-en.pllex", LexiconHeader("de", "en"),
...                   {"gespräch": ["talk", "conversation"], "mitglied": ["member"],
...                    "land": ["country"]}, forms={"gespräche": ["gespräch"]})
>>> groups = translate(["Gespräche", "Mitgliedsländer", "Nato", "2022"], "de", "en",
...                    Lexicons(folder))
>>> for group in groups:
...     print(group.word, group.how, group.terms)
Gespräche lemma (('talk',), ('convers',))
mitglieds compound (('member',),)
länder compound (('countri',),)
Nato kept (('nato',),)
2022 number (('2022',),)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from search.analysis import analyze, is_stopword, normalize, stem, tokenize
from search.translation.compounds import split_compound
from search.translation.lexicon import Lexicon, stem_key
from search.translation.skeleton import has_cyrillic, transliterate
from search.translation.store import Lexicons
from search.translation.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class TranslationOptions:
    """The bounds and choices of :func:`translate` (defaults measured on XQuAD-R, tune half)."""

    #: At most this many groups per query (the first words of the query win).
    max_groups: int = 16
    #: At most this many alternatives per group, best first.
    max_alternatives: int = 8
    #: Multi-word translations: ``"phrase"`` (kept as a phrase), ``"words"`` (each word an
    #: alternative of its own) or ``"drop"``.
    phrases: str = "phrase"
    #: Keep a multi-word translation that analysis reduces to one term ("ta upp" -> "ta"):
    #: the meaning was in the combination, the one term is usually far more general.
    shrunk_phrases: bool = False
    #: Complete a group with the translations of the word's whole stem family.
    stem_fill: bool = True
    #: Split closed compounds the lexicons do not know as a whole.
    compounds: bool = True
    #: Through a third language (when its lexicons are larger than the direct pair's, see
    #: ``Lexicons.bridges``): ``"fallback"`` (only words the direct pair does not
    #: translate), ``"fill"`` (also to complete smaller groups) or ``"off"``.
    pivot: str = "fill"
    #: Per pivot step, how many translations are followed.
    pivot_fanout: int = 4
    #: Similar-looking vocabulary terms given to a word no lexicon translates.
    similar: int = 2
    #: Also add similar-looking terms to translated groups (cognates the lexicon misses).
    similar_fill: bool = False
    #: Keep the word itself as an alternative when the target vocabulary has it.
    keep_known: bool = True
    #: With a vocabulary, leave out translations the target collection never uses.
    prefer_vocabulary: bool = True


DEFAULT_OPTIONS = TranslationOptions()
#: Languages written in Cyrillic.
CYRILLIC = frozenset({"ru", "uk", "bg", "sr", "mk", "be"})


@dataclass(frozen=True, slots=True)
class Alternative:
    """One translation of a source word: as the lexicon writes it, and as index terms."""

    text: str
    #: The target language's index terms; more than one: a phrase.
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TranslationGroup:
    """The translations of one source word (or one part of a compound), as one synonym set.

    ``how`` says what found them: ``number``, ``phrase`` (a two-word headword),
    ``word`` (the word is a headword), ``lemma`` (through an inflected form), ``stem``,
    ``compound``, ``pivot``, ``similar`` (looks like a target term) or ``kept``.
    ``via`` names the lemma, compound, bridge language or source phrase involved.
    """

    word: str
    source: str
    target: str
    how: str
    alternatives: tuple[Alternative, ...]
    via: str = ""

    @property
    def terms(self) -> tuple[tuple[str, ...], ...]:
        """Each alternative's index terms (a tuple of one term, or a phrase)."""
        return tuple(a.terms for a in self.alternatives)


@dataclass(frozen=True, slots=True)
class _Token:
    raw: str  # as typed
    word: str  # normalised


def _tokens(words: Iterable[str], language: str) -> list[_Token]:
    out: list[_Token] = []
    for raw in words:
        for token in tokenize(raw, language):
            text = raw[token.start : token.end]
            out.append(_Token(text, normalize(token.text, language)))
    return out


def _lookup(lexicon: Lexicon, word: str, options: TranslationOptions) -> tuple[list[str], str, str]:
    """(translations, how, via) of one normalised word in one pair, best first.

    The word as a headword, then through its lemmas, then (``stem_fill``, or when nothing
    else matched) the translations of its Snowball stem family.
    """
    found = list(lexicon.words(word))
    how, via = ("word" if found else ""), ""
    for lemma in lexicon.lemmas(word):
        extra = lexicon.words(lemma)
        if extra:
            found += [t for t in extra if t not in found]
            how, via = how or "lemma", via or lemma
    if options.stem_fill or not found:
        by_stem = lexicon.stems(stem_key(word, lexicon.source))
        how = how or ("stem" if by_stem else "")
        found += [t for t in by_stem if t not in found]
    return found, how, via


def _alternatives(
    texts: Iterable[str],
    target: str,
    vocabulary: Vocabulary | None,
    options: TranslationOptions,
) -> list[Alternative]:
    """Analysed, deduplicated alternatives; with a vocabulary, those it knows first (or only)."""
    known: dict[tuple[str, ...], Alternative] = {}
    unknown: dict[tuple[str, ...], Alternative] = {}
    for text in texts:
        terms = tuple(analyze(text, target))
        if not terms or (len(terms) == 1 and " " in text and not options.shrunk_phrases):
            continue
        candidates = [Alternative(text, terms)]
        if len(terms) > 1:
            if options.phrases == "drop":
                continue
            if options.phrases == "words":
                candidates = [Alternative(text, (t,)) for t in terms]
        for alternative in candidates:
            if vocabulary is None or all(t in vocabulary for t in alternative.terms):
                known.setdefault(alternative.terms, alternative)
            else:
                unknown.setdefault(alternative.terms, alternative)
        if len(known) >= options.max_alternatives:
            break
    ranked = list(known.values())
    if vocabulary is None or not options.prefer_vocabulary:
        ranked += [a for t, a in unknown.items() if t not in known]
    return ranked[: options.max_alternatives]


def _kept(token: _Token, target: str) -> list[str]:
    """The word as typed, and transliterated when the target writes another script."""
    texts = [token.raw]
    if has_cyrillic(token.raw) != (target in CYRILLIC):
        texts.append(transliterate(token.raw))
    return texts


def _pivot(
    lexicons: Lexicons,
    bridges: Sequence[str],
    word: str,
    source: str,
    target: str,
    options: TranslationOptions,
) -> tuple[list[str], str]:
    """Translations of ``word`` through the first bridge language that has any.

    Each of the word's first ``2 * pivot_fanout`` bridge-language translations contributes
    its first ``pivot_fanout`` onward translations, in that order (the caller keeps those
    the target vocabulary knows, up to ``max_alternatives``).
    """
    for bridge in bridges:
        first, second = lexicons.get(source, bridge), lexicons.get(bridge, target)
        if first is None or second is None:
            continue
        middle, _, _ = _lookup(first, word, options)
        found: list[str] = []
        for text in middle[: 2 * options.pivot_fanout]:
            key = " ".join(normalize(w, bridge) for w in text.split())
            onward = second.words(key) or second.stems(stem_key(text, bridge))
            found += [t for t in onward[: options.pivot_fanout] if t not in found]
        if found:
            return found, bridge
    return [], ""


class _Translator:
    """One query's translation context: the pair, its bridges, the vocabulary, the options."""

    def __init__(
        self,
        source: str,
        target: str,
        lexicons: Lexicons,
        vocabulary: Vocabulary | None,
        options: TranslationOptions,
    ) -> None:
        self.source, self.target = source, target
        self.lexicons, self.vocabulary, self.options = lexicons, vocabulary, options
        self.lexicon = lexicons.get(source, target)
        self.bridge_languages = lexicons.bridges(source, target) if options.pivot != "off" else []
        self.bridges = [lexicons.get(source, b) for b in self.bridge_languages]

    def group(
        self, word: str, how: str, alternatives: Sequence[Alternative], via: str = ""
    ) -> TranslationGroup:
        return TranslationGroup(word, self.source, self.target, how, tuple(alternatives), via)

    def alternatives(self, texts: Iterable[str]) -> list[Alternative]:
        return _alternatives(texts, self.target, self.vocabulary, self.options)

    def known(self, word: str) -> bool:
        """Whether any lexicon of the route knows ``word`` (for compound splitting)."""
        lexicons = [self.lexicon, *self.bridges]
        return any(lexicon is not None and lexicon.knows(word) for lexicon in lexicons)

    def whole(self, word: str) -> tuple[list[Alternative], str, str]:
        """(alternatives, how, via) of a word translated as a whole, directly or by a bridge."""
        alternatives: list[Alternative] = []
        how = via = ""
        if self.lexicon is not None:
            texts, how, via = _lookup(self.lexicon, word, self.options)
            alternatives = self.alternatives(texts)
            if not alternatives:
                how = via = ""
        pivot = self.options.pivot
        if self.bridge_languages and (
            not alternatives
            or (pivot == "fill" and len(alternatives) < self.options.max_alternatives)
        ):
            texts, bridge = _pivot(
                self.lexicons, self.bridge_languages, word, self.source, self.target, self.options
            )
            have = {a.terms for a in alternatives}
            extra = [a for a in self.alternatives(texts) if a.terms not in have]
            if extra and not alternatives:
                how, via = "pivot", bridge
            alternatives += extra
        return alternatives[: self.options.max_alternatives], how, via

    def word(self, token: _Token) -> list[TranslationGroup]:
        """The groups of one source word (several for a split compound)."""
        options, vocabulary = self.options, self.vocabulary
        as_is = []
        if vocabulary is not None and options.keep_known:
            as_is = list(self.alternatives(_kept(token, self.target)))
        alternatives, how, via = self.whole(token.word)
        if not alternatives and options.compounds:
            parts = split_compound(token.word, self.source, self.known)
            groups = []
            for part in parts or ():
                translated, _, _ = self.whole(part)
                if translated:
                    groups.append(self.group(part, "compound", translated, token.raw))
            if groups:
                return groups
        looks_alike: list[Alternative] = []
        if (
            vocabulary is not None
            and options.similar
            and (not alternatives or options.similar_fill)
        ):
            terms = vocabulary.similar(stem(token.word, self.source), options.similar)
            looks_alike = [Alternative(t, (t,)) for t in terms]
        if not alternatives:
            if as_is:
                how = "kept"
            elif looks_alike:
                how = "similar"
            else:
                return [self.group(token.raw, "kept", self.alternatives(_kept(token, self.target)))]
        merged: dict[tuple[str, ...], Alternative] = {}
        for alternative in [*alternatives, *as_is, *looks_alike]:
            merged.setdefault(alternative.terms, alternative)
        return [self.group(token.raw, how, list(merged.values())[: options.max_alternatives], via)]


def translate(
    words: Sequence[str],
    source: str,
    target: str,
    lexicons: Lexicons,
    *,
    vocabulary: Vocabulary | None = None,
    options: TranslationOptions = DEFAULT_OPTIONS,
) -> tuple[TranslationGroup, ...]:
    """Translate query words from ``source`` into ``target``, one group per source word.

    ``words`` are the query's words as typed (operators and field prefixes already removed);
    stopwords of ``source`` are dropped. ``vocabulary`` (optional) is the target language's
    terms. Without a lexicon for the pair (directly or through a third language) only
    numbers and kept words come back. Cost: a few hash probes per word, no file reading.
    """
    translator = _Translator(source, target, lexicons, vocabulary, options)
    tokens = _tokens(words, source)
    groups: list[TranslationGroup] = []
    skip = False
    for i, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if len(groups) >= options.max_groups:
            break
        if is_stopword(token.word, source):
            continue
        if any(ch.isdigit() for ch in token.word):
            number = _alternatives([token.raw], target, None, options)
            groups.append(translator.group(token.raw, "number", number))
            continue
        lexicon = translator.lexicon
        if lexicon is not None and i + 1 < len(tokens):
            after = tokens[i + 1]
            phrase = translator.alternatives(lexicon.words(f"{token.word} {after.word}"))
            if phrase:
                groups.append(translator.group(f"{token.raw} {after.raw}", "phrase", phrase))
                skip = True
                continue
        groups += translator.word(token)
    return tuple(groups[: options.max_groups])
