"""A Spanish description in lower case right before a name makes it a person's, though the
given name is none the lexicon knows: "el cirujano Guevara Montaño", "el científico y sexólogo
japonés Seino Ketsubou". Spanish writes roles in lower case and puts them, with the article
and any adjectives of nationality or kind, straight before the name they describe; a run of
capitals after that is the person the article introduces.

>>> t = "Lo dijo el cirujano Guevara Montaño ayer."
>>> described_role(t, t.index("Guevara"))
'cirujano'
>>> t = "el científico y sexólogo japonés Seino Ketsubou"
>>> described_role(t, t.index("Seino"))
'sexólogo'
>>> t = "Lo dijo Guevara Montaño ayer."
>>> described_role(t, t.index("Guevara"))
''
"""

from __future__ import annotations

import re

from indexer.quotes.lexicon import ROMANCE_ADJECTIVE_ENDINGS, is_role_word

__all__ = ["described_role", "genitive_article"]

#: the words right before a position, each followed by a single space
_WORDS_BEFORE = re.compile(r"(?<![\w-])((?:[^\W\d_][\w-]* ){1,7})$")
#: the articles that open the description ("del", "al" are "de el", "a el")
_ARTICLES = frozenset("el la del al un una".split())
#: what may stand between the article and the name besides roles: joining words, "ex"
_JOINERS = frozenset("y e ex".split())
_WINDOW = 90  # characters before the name the description is looked for in


def described_role(text: str, start: int) -> str:
    """The role noun of the description that stands right before ``start`` (the article, roles,
    adjectives and "y" between), the one nearest the name; empty when there is none.

    >>> described_role("según la investigadora María Pérez", 23)
    'investigadora'
    >>> described_role("el gran Juan Pérez", 8)
    ''
    """
    m = _WORDS_BEFORE.search(text, max(0, start - _WINDOW), start)
    if m is None or m.end() != start:
        return ""
    words = m.group(1).split()
    role = ""
    for word in reversed(words):
        low = word.casefold()
        if low in _ARTICLES:
            return role
        if not word[:1].islower():
            return ""
        if is_role_word(word):
            role = role or low
        elif low not in _JOINERS and not low.endswith(ROMANCE_ADJECTIVE_ENDINGS):
            return ""
        elif not role and low in _JOINERS:
            return ""  # "el ministro y Juan Pérez": the name is no role's
    return ""


def genitive_article(words: list[str], k: int, prepositions: frozenset[str]) -> bool:
    """``words[k]`` follows an article after a preposition ("de la OMS", "de los Pinos"): it is
    the name of what the description belongs to, not the person described.

    >>> genitive_article(["director", "de", "la", "OMS"], 3, frozenset({"de"}))
    True
    >>> genitive_article(["director", "Juan"], 1, frozenset({"de"}))
    False
    """
    return (
        k >= 2
        and words[k - 1].casefold() in ("la", "las", "los", "el")
        and words[k - 2].casefold() in prepositions
    )
