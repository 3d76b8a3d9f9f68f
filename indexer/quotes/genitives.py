"""A Spanish name that hangs on "de" after a noun is a genitive, the complement of that noun,
never the subject of the sentence: "el despido del director técnico Ricardo La Volpe", "al
gobierno de Alfredo del Mazo". When the noun is a person ("Papá de Angélica Rivera", "el
abogado de Juan Pérez"), that person speaks, not the one named after "de".

>>> t = "el despido del director técnico Ricardo La Volpe"
>>> genitive(t, t.index("Ricardo"), "es"), genitive(t, t.index("Ricardo"), "en")
(True, False)
>>> t = "Papá de Angélica Rivera rompe el silencio:"
>>> kin_genitive(t, t.index("Angélica"), "es")
True
>>> t = "Palabras de Angélica Rivera:"
>>> genitive(t, t.index("Angélica"), "es"), kin_genitive(t, t.index("Angélica"), "es")
(True, False)
"""

from __future__ import annotations

import re

from indexer.quotes.lexicon import DETERMINERS, is_role_word

__all__ = ["clause_words_before", "genitive", "governed", "kin_genitive"]

#: the words that link a noun to its genitive, by language
_LINKS = {"es": frozenset(("de", "del"))}
#: nouns of kinship: "el padre de X" is a person, and the one who speaks
_KIN = frozenset(
    """padre madre papá mamá hijo hija esposo esposa marido mujer hermano hermana abuelo abuela
    tío tía novio novia pareja viudo viuda suegro suegra nieto nieta primo prima""".split()
)
_WORD = re.compile(r"[^\W\d_][\w-]*")
#: how many lower-case role words and articles may stand between "de" and the name
_BETWEEN = 3


def clause_words_before(text: str, start: int, most: int = 8) -> list[str]:
    """The words before ``start`` in its clause (within 80 characters), nearest last, at most
    ``most`` of them.

    >>> clause_words_before("Dijo, según el abogado de Ana", 26)
    ['según', 'el', 'abogado', 'de']
    """
    lo = max(0, start - 80)
    cut = max(text.rfind(c, lo, start) for c in ',.;:!?\n()"“”«»')
    return _WORD.findall(text, max(lo, cut + 1), start)[-most:]


def _link(words: list[str], language: str) -> int:
    """Index in ``words`` of the "de" the name after them hangs on, else -1: only lower-case
    role words and articles may stand between ("del director técnico")."""
    links = _LINKS.get(language)
    if not links:
        return -1
    for k in range(len(words) - 1, max(-1, len(words) - 2 - _BETWEEN), -1):
        low = words[k].casefold()
        if low in links:
            return k
        if not (words[k][:1].islower() and (is_role_word(low) or low in DETERMINERS)):
            return -1
    return -1


def genitive(text: str, start: int, language: str) -> bool:
    """The name at ``start`` hangs on "de" after a noun (through role words and articles)."""
    if language not in _LINKS:
        return False
    words = clause_words_before(text, start)
    k = _link(words, language)
    return k > 0


#: German prepositions that govern a role and the name after it ("mit Konzernchef Frank Appel")
_GERMAN_PREPOSITIONS = frozenset(
    """mit von für gegen bei nach über unter neben vor hinter ohne zu an auf aus um durch seit
    trotz wegen während samt gegenüber""".split()
)


def governed(text: str, start: int, language: str) -> bool:
    """The German name at ``start`` follows a preposition and a role: "Das Management mit
    Konzernchef Frank Appel an der Spitze …" – the object of the preposition, no subject.

    >>> t = "Das Management mit Konzernchef Frank Appel fahre den Laden an die Wand."
    >>> governed(t, t.index("Frank"), "de"), governed(t, t.index("Frank"), "en")
    (True, False)
    """
    if language != "de":
        return False
    words = clause_words_before(text, start, 2)
    return (
        len(words) == 2
        and words[0].casefold() in _GERMAN_PREPOSITIONS
        and words[1][:1].isupper()
        and is_role_word(words[1])
    )


def kin_genitive(text: str, start: int, language: str) -> bool:
    """The name at ``start`` is the genitive of a noun for a person: a relative ("Papá de",
    "la esposa de") or a role ("el abogado de", "la portavoz de")."""
    if language not in _LINKS:
        return False
    words = clause_words_before(text, start)
    k = _link(words, language)
    if k <= 0:
        return False
    noun = words[k - 1].casefold()
    return noun in _KIN or is_role_word(noun)


def apposed(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands between commas, after a description it names: "el
    padre de Angélica Rivera, Eduardo Fernández, ha roto el silencio"."""
    return text[:start].rstrip(" \t").endswith(",") and text[end:].lstrip(" \t").startswith(",")
