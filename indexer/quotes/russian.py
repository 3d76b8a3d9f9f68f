"""Russian names in their case forms: back to the nominative, and what is no surname.

A Russian name is declined with the sentence ("заявил Андрею Бусыгину", "по словам Ольги
Андреевой"); the speaker's name is its nominative. The given name tells the case (its ending) and
the gender; the surname and patronymic follow it.

>>> russian_nominative(["Андрею", "Бусыгину"]), is_russian_surname("Калинкин")
(['Андрей', 'Бусыгин'], True)
"""

from __future__ import annotations

import re
from collections.abc import Collection

from indexer.quotes.lexicon import is_role_word, russian_given

__all__ = [
    "is_cyrillic",
    "is_russian_surname",
    "not_a_surname",
    "russian_nominative",
    "spoken_surname",
]

_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична)(?:а|у|ем|е|ы|ой|ою)?$")


def _ru_surname(word: str, gender: str, ending: str) -> str:
    """The nominative of a Russian surname whose given name carried the case ``ending``."""
    if not ending or not ("\u0400" <= word[:1] <= "\u04ff"):
        return word
    low = word.casefold()
    if gender == "f":
        for old, new in (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ую", "ая")):
            if low.endswith(old) and len(low) > len(old) + 2:
                return word[: -len(old)] + new
        if ending == "у" and low.endswith("у"):
            return word[:-1] + "а"
        return word
    for old, new in _RU_ADJECTIVAL:
        if low.endswith(old):
            return word[: -len(old)] + new
    if ending in ("ем", "ом"):  # instrumental: "Песковым", "Семаком"
        return word[:-2] if low.endswith(("ым", "ом", "ем")) and len(low) > 4 else word
    if len(low) > 3 and low[-1] in "ауе" and low[-2] not in _RU_VOWELS:
        return word[:-1]  # "Бусыгина", "Березнюка"; vowel stems are foreign and indeclinable
    if len(low) > 3 and low[-1] in "яю":
        return word[:-1] + "й"
    return word


_RU_VOWELS = "аеёиоуыэюяь"
_RU_ADJECTIVAL = (
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("скому", "ский"),
    ("цкому", "цкий"),
    ("ским", "ский"),
    ("цким", "цкий"),
    ("ском", "ский"),
    ("цком", "цкий"),
)


def _ru_patronymic(word: str) -> str:
    m = _PATRONYMIC.search(word.casefold())
    if not m:
        return word
    low = m.group()
    for stem in ("ович", "евич", "ьич", "овна", "евна", "ична"):
        if low.startswith(stem):
            return word[: m.start()] + word[m.start() : m.start() + len(stem)]
    return word


def russian_nominative(words: list[str]) -> list[str]:
    """A Cyrillic full name in any case -> nominative ("Андрея Бусыгина" -> Андрей Бусыгин).

    >>> russian_nominative(["Андрея", "Бусыгина"]), russian_nominative(["Ольги", "Андреевой"])
    (['Андрей', 'Бусыгин'], ['Ольга', 'Андреева'])
    """
    nom, gender, ending = russian_given(words[0])
    if not nom:
        return words
    out = [nom]
    for w in words[1:]:
        if _PATRONYMIC.search(w.casefold()):
            out.append(_ru_patronymic(w))
        else:
            out.append(_ru_surname(w, gender, ending))
    return out


def is_cyrillic(word: str) -> bool:
    """The word starts with a Cyrillic letter."""
    return "\u0400" <= word[:1] <= "\u04ff"


def is_russian_surname(word: str) -> bool:
    """A nominative Russian surname ending: "Калинкин", "Петрова", "Достоевский", "Шевченко"."""
    return _RU_SURNAME.search(word) is not None


def not_a_surname(text: str, word: str, end: int, say: Collection[str]) -> bool:
    """A Cyrillic word after a title that is no surname: an adjective or a noun in a genitive
    phrase ("президент Европейского еврейского общества", "председатель Центра исследований").

    ``end`` is where the word ends in ``text``; ``say`` the verbs of saying (a name the verb
    follows is a surname after all: "председатель Центра заявил" is not asked here).
    """
    if _RU_SURNAME.search(word):
        return False
    nxt = _RU_LOWER.match(text, end)
    if nxt is None:
        return False
    follower = _NEXT_WORD.match(text, end)
    return _RU_ADJECTIVE.search(word) is not None or (
        follower is not None and follower.group(1).casefold() not in say
    )


#: Russian surname endings, nominative ("Калинкин", "Петрова", "Достоевский", "Шевченко")
_RU_SURNAME = re.compile(
    r"[а-яё](?:ов|ев|ёв|ин|ын|ский|цкий|ской|ко|ук|юк|ич|ова|ева|ёва|ина|ына|ская|цкая)$"
)
#: Russian adjective endings of the oblique cases, and a lower-case word after one
_RU_ADJECTIVE = re.compile(r"[а-яё](?:ого|его|ому|ему|ыми|ими|ых|их)$")
_RU_LOWER = re.compile(r" [а-яё]")
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def spoken_surname(word: str, text: str, start: int) -> bool:
    """A Cyrillic word right after a verb of saying, in its clause, that is a surname
    ("пояснил Калинкин", "сказал Бальбек"): no role, and no word the text also writes in lower
    case. (In Latin script the subject of "said" alone is as often a team, a country or a firm:
    "said Liverpool", "said Microsoft".)"""
    if not is_cyrillic(word) or not text[:start].rstrip(" ")[-1:].isalpha():
        return False  # "…, — сказал он. Москва …": the next sentence
    if is_russian_surname(word):
        return True
    if len(word) < 4 or word.isupper() or is_role_word(word):
        return False
    low = word.casefold()
    return re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) is None
