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
"""

from __future__ import annotations

from indexer.quotes.lexicon import is_given

__all__ = ["GENITIVE_ARTICLES", "after_numeral", "nameless_run"]

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
