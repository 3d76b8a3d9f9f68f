"""A person a Spanish article names only as the complement of a preposition never speaks in
it: "le desea la muerte al comediante Victor Trujillo", "Respecto a Meade, el senador dijo",
"la hija del presidente Peña Nieto", "una campaña contra Ana Pérez". The one who speaks is a
subject, and Spanish gives a subject no preposition; when every mention of a person outside
the quotes hangs on "a" or "contra" (right after it, or through a description that opens with
an article), or on "de" after a relative or a role ("la hija del presidente X"), the quotes
the article gives that person are someone else's, left unnamed or named in a way the extractor
does not know. A name after "de" and any other noun ("la empresa X", "la propia arquitecta X")
may still be the one who speaks.

>>> t = "Ella le desea la muerte al comediante Victor Trujillo. “Se lo merece”, señaló."
>>> only_complements(t, [t.index("Victor")], "es"), only_complements(t, [t.index("Victor")], "en")
(True, False)
>>> t = "Victor Trujillo respondió. “Se lo merece”, señaló."
>>> only_complements(t, [0], "es")
False
"""

from __future__ import annotations

from collections.abc import Iterable

from indexer.quotes.genitives import clause_words_before, kin_genitive
from indexer.quotes.lexicon import DETERMINERS
from indexer.quotes.verbs import QUOTING_VERBS, say_words

__all__ = ["complement", "only_complements"]

#: the prepositions whose complement a name may be, by language
_LINKS = {"es": frozenset("a al contra".split())}
#: words before the preposition that make the name the source of what is said ("de acuerdo a
#: X", "de acuerdo con X") or no complement of a noun at all
_SOURCE = frozenset(("acuerdo",))
#: how many lower-case words (an article first) may stand between the preposition and the name
_BETWEEN = 3
#: words that open a clause of their own, whose subject the name may be
_CLAUSE_OPENERS = frozenset("que quien quienes cual cuales donde cuando como si".split())
#: the prepositions that hold the article: "al" is "a el", "del" is "de el"
_FUSED = frozenset(("al", "del"))


def complement(text: str, start: int, language: str) -> bool:
    """The name at ``start`` hangs on "a" or "contra", right after it or after a description
    that opens with an article ("al comediante político X", "a la actriz X"), or on "de" after
    a relative or a role ("la hija del presidente X").

    >>> t = "la hija del presidente Peña Nieto"
    >>> complement(t, t.index("Peña"), "es")
    True
    >>> t = "Fue bandera de la arquitecta Leonor Flores"
    >>> complement(t, t.index("Leonor"), "es")
    False
    >>> t = "Al respecto añadió Carlos Martínez"
    >>> complement(t, t.index("Carlos"), "es")
    False
    >>> t = "dijo en rueda de prensa James Comey"
    >>> complement(t, t.index("James"), "es")
    False
    >>> t = "la reunión a la que Ana Pérez asistió"
    >>> complement(t, t.index("Ana"), "es")
    False
    >>> t = "De acuerdo a Mark Millar, será así"
    >>> complement(t, t.index("Mark"), "es")
    False
    """
    links = _LINKS.get(language)
    if not links:
        return False
    if kin_genitive(text, start, language):
        return True  # "la hija del presidente Peña Nieto", "uno de los voceros de Meade"
    say = say_words(language)
    words = clause_words_before(text, start, _BETWEEN + 2)
    between = 0
    for k in range(len(words) - 1, -1, -1):
        low = words[k].casefold()
        if low in links:
            fused = low in _FUSED or (between and words[k + 1].casefold() in DETERMINERS)
            if between and not fused:
                return False  # "en rueda de prensa James Comey": no description of the name
            if any(w.casefold() in QUOTING_VERBS for w in words[:k]):
                return False  # "citó la agencia a Juan Pérez": the one quoted speaks
            return not (k > 0 and words[k - 1].casefold() in _SOURCE)
        if not words[k][:1].islower() or between == _BETWEEN or low in _CLAUSE_OPENERS:
            return False  # "la reunión a la que Juan Pérez asistió": the subject of a clause
        if low in say:
            return False  # "Al respecto añadió Carlos Martínez": the verb's subject follows
        between += 1
    return False


def only_complements(text: str, starts: Iterable[int], language: str) -> bool:
    """Every one of the mentions at ``starts`` (at least one) is a complement; ``starts`` is
    read only in a language with complements, so it may be a lazy generator."""
    if language not in _LINKS:
        return False
    found = list(starts)
    return bool(found) and all(complement(text, s, language) for s in found)
