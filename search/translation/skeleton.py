"""How a word looks across alphabets and spellings: transliteration and a spelling skeleton.

Words a lexicon does not know (names, new coinages, cognates) are matched to target words
that look alike. Both sides are reduced to a *skeleton*: Cyrillic transliterated to Latin,
accents removed, and spellings that differ between languages for one sound merged
(c/k, z/s, ph/f, doubled letters...).

>>> transliterate("Горбачёв"), transliterate("Щукин")
('gorbachev', 'shchukin')
>>> skeleton("Diskussion") == skeleton("discussion")
True
>>> skeleton("Президент"), skeleton("president")
('presiden', 'presiden')
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
    }
)  # fmt: skip
_LATIN_EXTRA = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ı": "i", "đ": "d"})
#: Spellings of one sound that differ between the languages presslens reads: letter groups
#: first (longest first), then single letters.
_GROUPS = (
    ("shch", "sh"), ("tsch", "ch"), ("sch", "sh"), ("ph", "f"), ("th", "t"), ("kh", "h"),
    ("ck", "k"), ("qu", "kv"), ("ts", "s"), ("tz", "s"),
)  # fmt: skip
_GROUP = re.compile("|".join(a for a, _ in _GROUPS))
_GROUP_TO = dict(_GROUPS)
_LETTERS = str.maketrans({"c": "k", "q": "k", "z": "s", "w": "v", "x": "ks", "y": "i", "j": "i"})
_DOUBLED = re.compile(r"(.)\1+")
_NOT_LETTER = re.compile(r"[^a-z]+")
#: Final vowels and "t" carry inflection more than identity ("presidenta", "prezidentu").
_TAIL = re.compile(r"[aeiout]+$")


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains a Cyrillic letter.

    >>> has_cyrillic("Москва"), has_cyrillic("Moskva")
    (True, False)
    """
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def transliterate(word: str) -> str:
    """Lowercase Latin spelling of ``word`` (Cyrillic transliterated, accents removed)."""
    word = word.lower().translate(_CYRILLIC).translate(_LATIN_EXTRA)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The spelling skeleton of ``word``: what stays when script and orthography are set aside.

    >>> skeleton("Telekommunikation") == skeleton("telecommunication")
    True
    """
    latin = _NOT_LETTER.sub("", transliterate(word))
    merged = _GROUP.sub(lambda m: _GROUP_TO[m.group(0)], latin).translate(_LETTERS)
    collapsed = _DOUBLED.sub(r"\1", merged)
    trimmed = _TAIL.sub("", collapsed)
    return trimmed if len(trimmed) >= 3 else collapsed
