"""Text analysis as pure functions: tokenize, normalise, drop stopwords, stem (Snowball).

Every field of the index and every query goes through these functions, so what is indexed
and what is searched are analysed identically. ``search/whoosh_analysis.py`` wraps them for
Whoosh; highlighting calls them directly.

>>> [t.text for t in tokenize("Ukraine's open-door policy, USA:s dörr-policy")]
["ukraine's", 'open', 'door', 'policy', 'usa', 'dörr', 'policy']
>>> analyze("diskussioner", "sv"), analyze("discussions", "en")
(['diskussion'], ['discuss'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import Stemmer
from whoosh.lang.stopwords import stoplists

from search.languages import STEMMERS, UNDETERMINED

# Invisible characters (Unicode's default-ignorable format characters: soft hyphen, zero-width
# space and joiners, bidirectional marks, word joiner, byte order mark) inside a word belong
# to the word and are removed from its term: "o\u200bil" and "ex\u00adample" are "oil" and
# "example", as typed and as indexed.
_INVISIBLE = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_DROP_INVISIBLE = dict.fromkeys(
    c
    for a, b in re.findall("(.)(?:-(.))?", _INVISIBLE)
    for c in map(chr, range(ord(a), ord(b or a) + 1))
)
# A word: letters/digits, with inner apostrophes ("Ukraine's", "aujourd'hui"); a Nordic
# colon genitive ("USA:s", "Nato:s") belongs to the word but is not part of the term.
# Hyphens, dashes, slashes and quotes separate words ("open-door" -> open, door).
_PART = f"[^\\W_](?:[^\\W_]|[{_INVISIBLE}])*"
_WORD = re.compile(f"({_PART}(?:['’]{_PART})*)(?::[^\\W\\d_]{{1,3}}\\b)?")
# The same words in text without invisible characters (nearly all text), found twice as fast.
_VISIBLE_WORD = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)(?::[^\W\d_]{1,3}\b)?")
_ANY_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", **_DROP_INVISIBLE})
# Elided articles and prepositions ("l'OTAN", "dell'Europa") are not part of the word.
_ELISION = {
    "fr": re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'"),
    "it": re.compile(r"^(?:[cdlmnstv]|un|all|dall|dell|nell|sull|coll|quell|quest)'"),
}
_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(stoplists[lang]) for lang in STEMMERS if lang in stoplists
}


@dataclass(frozen=True, slots=True)
class Token:
    """A normalised word and where it stands in the original text."""

    text: str
    start: int
    end: int
    position: int


def normalize(word: str, language: str = UNDETERMINED) -> str:
    """Lowercase, unify apostrophes and remove elisions, as the index does for ``language``.

    >>> normalize("L’OTAN", "fr"), normalize("Ukraine’s", "en")
    ('otan', "ukraine's")
    """
    word = word.lower().translate(_APOSTROPHES)
    if "'" in word:
        elision = _ELISION.get(language)
        if elision is not None:
            word = elision.sub("", word)
        elif language not in ("en", UNDETERMINED):
            word = word.replace("'", "")
    return word


def tokenize(text: str, language: str = UNDETERMINED) -> Iterator[Token]:
    """Split ``text`` into normalised word tokens with character offsets and positions."""
    for position, match in enumerate(word_pattern(text).finditer(text)):
        word = normalize(match.group(1), language)
        if word:
            yield Token(word, match.start(1), match.end(1), position)


@cache
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(STEMMERS[language], 20000)


def stem(word: str, language: str) -> str:
    """Snowball stem of an already normalised ``word``; unchanged for unstemmed languages.

    Module-level so Whoosh can pickle schemas that use it.

    >>> stem("diskussioner", "sv"), stem("regierungen", "de"), stem("xyz", "und")
    ('diskussion', 'regier', 'xyz')
    """
    if language not in STEMMERS:
        return word
    return _stemmer(language).stemWord(word)


def stem_words(words: list[str], language: str) -> list[str]:
    """Stem many words at once (faster than one by one)."""
    if language not in STEMMERS:
        return list(words)
    return _stemmer(language).stemWords(words)


def stopwords(language: str) -> frozenset[str]:
    """The stopword list for ``language`` (empty when presslens has none)."""
    return _STOPWORDS.get(language, frozenset())


def is_stopword(word: str, language: str) -> bool:
    return word in _STOPWORDS.get(language, ())


#: Per language: a word as written -> its term ("" when it is a stopword or empty).
#: News vocabulary is Zipfian, so nearly every word is a dictionary hit after a few articles.
_TERM_CACHE_SIZE = 300_000
_terms: dict[str, dict[str, str]] = {}
_exact: dict[str, str] = {}


def _term(raw: str, language: str) -> str:
    word = normalize(raw, language)
    if not word or word in _STOPWORDS.get(language, ()):
        return ""
    return stem(word, language)


def _cached(cache: dict[str, str]) -> dict[str, str]:
    if len(cache) > _TERM_CACHE_SIZE:
        cache.clear()
    return cache


def analyze(text: str, language: str) -> list[str]:
    """The terms ``text`` becomes in ``language``'s stemmed fields (stopwords dropped).

    Same as normalising every token of :func:`tokenize`, dropping stopwords and stemming the
    rest, through a per-language cache of words already seen.
    """
    table = _cached(_terms.setdefault(language, {}))
    out: list[str] = []
    for raw in word_pattern(text).findall(text):
        term = table.get(raw)
        if term is None:
            term = table[raw] = _term(raw, language)
        if term:
            out.append(term)
    return out


def analyze_exact(text: str) -> list[str]:
    """The terms ``text`` becomes in the unstemmed ``text`` field (no stopwords removed)."""
    return [term for _, term in positioned_exact(text)]


def positioned_exact(text: str) -> list[tuple[int, str]]:
    """``(position, term)`` of every token of the unstemmed fields (as :func:`tokenize`)."""
    table = _cached(_exact)
    out: list[tuple[int, str]] = []
    for position, raw in enumerate(word_pattern(text).findall(text)):
        term = table.get(raw)
        if term is None:
            term = table[raw] = normalize(raw)
        if term:
            out.append((position, term))
    return out


def exact_positions(text: str) -> dict[str, list[int]]:
    """Every term of the unstemmed fields with its token positions (as :func:`tokenize`).

    >>> exact_positions("Nato och Ryssland, Nato")
    {'nato': [0, 3], 'och': [1], 'ryssland': [2]}
    """
    table = _cached(_exact)
    found: dict[str, list[int]] = {}
    where_is = found.get
    for position, raw in enumerate(word_pattern(text).findall(text)):
        term = table.get(raw)
        if term is None:
            term = table[raw] = normalize(raw)
        if term:
            where = where_is(term)
            if where is None:
                found[term] = [position]
            else:
                where.append(position)
    return found


#: The word pattern every analyzer tokenises with (group 1 is the word).
WORD = _WORD


def word_pattern(text: str) -> re.Pattern[str]:
    """A pattern finding exactly :data:`WORD`'s words in ``text``: a simpler, faster one
    when ``text`` has no invisible characters.

    >>> word_pattern("Nato:s veto").findall("Nato:s veto")
    ['Nato', 'veto']
    >>> word_pattern("o\u200bil").findall("o\u200bil")
    ['o\u200bil']
    """
    return _WORD if _ANY_INVISIBLE.search(text) else _VISIBLE_WORD


#: Typographic apostrophes, which every analyzer reads as ASCII "'".
APOSTROPHES = tuple(chr(c) for c in _APOSTROPHES)
