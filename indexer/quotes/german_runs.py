"""German capitalised runs that name nobody, though they look like names.

German capitalises every noun, so a run of capitals is often a noun phrase: after a numeral it
counts things ("zehn Tage Ausharren", "zwei Millionen Satelliten-Haushalte"); after a role and
a genitive article it names what the role belongs to ("der Mitgründer der Stiftung"); and a
run of three words or more that holds no given name the lexicon knows is a heading that ran
into the next sentence ("Pontifikale Metaphern Franziskus erwähnte …") or a phrase ("Welche
der Funktionen"), not an unknown person.

>>> after_numeral("zehn Tage Ausharren im Niemandsland", 5)
True
>>> nameless_run(["Welche", "der", "Funktionen"]), nameless_run(["Irfan", "al-Alawi"])
(True, False)

A word with the ending of a German noun opens no name ("Menschen von Dächern"), unless it is a
given name the lexicon knows: "Melanie Senger", "Franz Fischler", "Dominik Thiem".

>>> german_noun("Regierung"), german_noun("Melanie"), german_noun("Lorenz")
(True, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Collection

from indexer.quotes.lexicon import DETERMINERS, PREPOSITIONS, is_given

__all__ = [
    "GENITIVE_ARTICLES",
    "GERMAN_NOUN",
    "after_numeral",
    "german_noun",
    "nameless_run",
    "name_length",
    "said_across_adverb",
]

#: endings of German nouns, which are capitalised but seldom a first name
GERMAN_NOUN = re.compile(
    r"(?:ung|heit|keit|schaft|tion|sion|tät|ismus|nis|tum|ment|enz|anz|ik|ur|ei|ie|chen)$",
    re.IGNORECASE,
)

#: numerals and quantifiers: what counts the noun after it
_NUMERALS = frozenset(
    """zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig
    fünfzig hundert tausend hunderte tausende dutzende einige mehrere viele wenige""".split()
)
#: the articles after a role that open its genitive or dative complement ("Chef der Firma")
GENITIVE_ARTICLES = frozenset("der des dem den".split())


def after_numeral(text: str, start: int) -> bool:
    """The word right before ``start`` (spaces between) is a numeral: "zehn Tage", "2.000
    Menschen", "zwei Millionen Kunden".

    >>> after_numeral("Das ist Tage Ausharren", 8), after_numeral("mit 1.500 Flüchtlingen", 10)
    (False, True)
    >>> after_numeral("2. Akito Watabe", 3)
    False
    """
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == start or text[j - 1] == ".":
        return False  # "2. Akito Watabe": an ordinal ranks a name
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in ".,"):
        k -= 1
    word = text[k:j].strip(".,")
    return bool(word) and (word.replace(".", "").replace(",", "").isdigit() or word in _NUMERALS)


def nameless_run(words: list[str]) -> bool:
    """Three words or more, none of them (nor a part of a hyphenated one) a given name: no person
    the article introduces.

    >>> nameless_run(["Pontifikale", "Metaphern", "Franziskus"])
    True
    >>> nameless_run(["Bundesbank-Vorstand", "Carl-Ludwig", "Thiele"])
    False
    """
    return len(words) > 2 and not any(is_given(p) for w in words for p in w.split("-"))


def german_noun(word: str) -> bool:
    """``word`` ends like a German noun ("-ung", "-heit", "-ie", "-anz" …) and is no given name
    the lexicon knows ("Melanie", "Franz" end so too).

    >>> german_noun("Energie"), german_noun("Stefanie"), german_noun("Sambo")
    (True, False, False)
    """
    return GERMAN_NOUN.search(word) is not None and not is_given(word)


#: the particles a German noble name joins with; after a full name they open a complement
_NOBLE = frozenset(("von", "zu", "vom", "zum"))


def name_length(words: list[str]) -> int:
    """How many of the run's words are the name: a given name and a surname end it before
    "von" ("Franz Küberl von Konzernen" is Franz Küberl asking something of firms), while a
    particle right after the given name belongs to the name ("Richard von Weizsäcker").

    >>> name_length(["Franz", "Küberl", "von", "Konzernen"])
    2
    >>> name_length(["Ursula", "von", "der", "Leyen"]), name_length(["Anna", "Berg"])
    (4, 2)
    """
    if len(words) > 3 and words[2] in _NOBLE and words[1] not in _NOBLE and is_given(words[0]):
        return 2
    return len(words)


#: a verb, then one lower-case word, then the name at the end of the stretch
_VERB_ADVERB = re.compile(r"([^\W\d_]+)[ \t]+([a-zäöüß]+)[ \t]+$")


def said_across_adverb(text: str, start: int, say: Collection[str]) -> bool:
    """A verb of saying, then one adverb or object pronoun, then the name at ``start``: "sagte
    einst Witali Smirnow", "schreibt etwa Giles Fraser", "kommentiert dies Markus Distelberger"
    (an article or a preposition is no such word: "sagte gegenüber Hans Bauer" names the
    listener).

    >>> t = "…, sagte einst Witali Smirnow."
    >>> said_across_adverb(t, t.index("Witali"), {"sagte"})
    True
    >>> t = "…, sagte gegenüber Witali Smirnow."
    >>> said_across_adverb(t, t.index("Witali"), {"sagte"})
    False
    """
    m = _VERB_ADVERB.search(text, max(0, start - 60), start)
    if m is None or m.group(1).casefold() not in say:
        return False
    return m.group(2) not in DETERMINERS and m.group(2) not in PREPOSITIONS
