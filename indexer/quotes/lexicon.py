"""Word lists that tell a person's name from a title, a role, an organisation or an outlet.

Everything is casefolded; lookups go through the small functions at the bottom. The long lists
(given names, titles, role nouns, organisation words, stopwords) are package data
(``data/*.txt``, :mod:`indexer.quotes.wordlists`), read when a lookup first needs them.

>>> given_gender("Olga"), given_gender("Андрея"), given_gender("Brussels")
('f', 'm', '')
>>> is_role_word("Innenminister"), is_role_word("ÖVP-Klubsprecherin"), is_role_word("Wien")
(True, True, False)
>>> is_org_word("Corp"), is_org_word("Bloomberg"), is_org_word("Gollust")
(True, True, False)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from indexer.quotes.wordlists import word_list

__all__ = [
    "DETERMINERS",
    "INDEFINITE",
    "indefinite_article",
    "PARTICLES",
    "PARTICLES_AFTER_VON",
    "PREPOSITIONS",
    "given_gender",
    "given_stopwords",
    "is_given",
    "is_given_stopword",
    "is_modifier_title",
    "is_org_name",
    "is_org_word",
    "is_role_word",
    "is_stop",
    "is_title",
    "plain",
]

PARTICLES = frozenset("von van der de del la le da di du dos bin ibn ter".split())
#: particles that join a name only after "van"/"von" ("van der Bellen"), else they are articles
PARTICLES_AFTER_VON = frozenset("der den".split())

_RU_TITLE_ENDINGS = (("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", ""), ("ы", ""), ("я", "ь"))
#: titles only when written in lower case ("don Espergencio", but "Don Townson")
#: titles only in lower case: capitalised, the same words are surnames ("Pepe Reina",
#: "Fernando Rey", "Король")
_LOWER_TITLES = frozenset(
    "don doña dom papa pontífice rey reina påven påve kung drottning папа король королева".split()
)
#: firms named after people: the whole run is an organisation ("Morgan Stanley said")
_ORG_PHRASES = frozenset(
    """morgan stanley|merrill lynch|goldman sachs|salomon brothers|shearson lehman|lehman brothers|
    drexel burnham|drexel burnham lambert|kidder peabody|dean witter|paine webber|smith barney|
    ernst young|ernst and young|arthur andersen|peat marwick|price waterhouse|deloitte touche|
    coopers lybrand|kleinwort benson|warburg pincus|charles schwab|dow jones|standard poor|
    moody's|johnson johnson|procter gamble|marks spencer|hewlett packard|rolls royce|
    mercedes benz|alfa romeo|louis vuitton|christian dior|yves saint laurent|calvin klein|
    ralph lauren|tommy hilfiger|walt disney|jp morgan|j p morgan|morgan grenfell|
    bausch lomb|baker hughes|black decker|sherwin williams|dun bradstreet""".split("|")
)
_ORG_PHRASES = frozenset(" ".join(p.split()) for p in _ORG_PHRASES)
_ORG_PHRASE_WORDS = frozenset(w for p in _ORG_PHRASES for w in p.split())
#: German weekdays with a time of day, one word ("Dienstagabend", "Sonntagvormittag")
_DAYTIME = re.compile(
    "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    "(?:s|früh|morgen|vormittag|mittag|nachmittag|abend|nacht)$"
)

DETERMINERS = frozenset("the der die das den dem des el la los las le les il lo det den".split())
INDEFINITE = frozenset("a an ein eine einer einem einen un una uno une en ett".split())
PREPOSITIONS = frozenset(
    """to with by for from of against at about on in into than like as toward towards mit von
    gegen für an auf zu bei nach über unter vor neben hinter gegenüber de a con por para contra
    sobre entre hacia hasta sin tras à avec pour contre sur till med för av mot hos på kring vid
    från efter utan om
    о к для у от при про над под за об из до против""".split()
)


def indefinite_article(word: str, language: str) -> bool:
    """An indefinite article in ``language``; Swedish "en" and English "a" are Spanish
    prepositions ("dijo en rueda de prensa", "dijo a los medios").

    >>> [indefinite_article(w, lang) for w, lang in (("en", "sv"), ("en", "es"), ("a", "en"))]
    [True, False, True]
    """
    if word in ("en", "ett"):
        return language in ("sv", "da", "no")
    if word == "a":
        return language == "en"
    return word in INDEFINITE


def plain(word: str) -> str:
    """Casefolded and without accents: ``"Álvaro"`` -> ``"alvaro"``."""
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


@dataclass(frozen=True, slots=True)
class _Tables:
    """The package-data lists as lookup tables (built once, see :func:`_tables`)."""

    given: dict[str, str]  # plain given name -> "m", "f" or "u" (either)
    russian: dict[str, str]  # Russian given name, nominative -> "m" or "f"
    ambiguous: frozenset[str]  # given names more often something else
    titles: frozenset[str]
    role_end: re.Pattern[str]  # a role noun ending a German compound, also genitive
    org: frozenset[str]
    stop: frozenset[str]


@functools.cache
def _tables() -> _Tables:
    titles = frozenset(word_list("name_words", "titles"))
    org = frozenset(word_list("name_words", "organisations"))
    stop = frozenset(word_list("name_words", "stopwords"))
    suffixes = sorted(word_list("name_words", "role_suffixes"), key=len, reverse=True)
    given: dict[str, str] = {plain(w): "m" for w in word_list("given_names", "male")}
    for w in word_list("given_names", "female"):
        given[plain(w)] = "u" if given.get(plain(w)) == "m" else "f"
    for section, gender in (("male", "m"), ("female", "f"), ("either", "u")):
        for w in word_list("census_names", section):
            if w not in stop and w not in PARTICLES and w not in titles:
                given.setdefault(plain(w), gender)
    russian = dict.fromkeys(word_list("given_names", "russian_male"), "m") | dict.fromkeys(
        word_list("given_names", "russian_female"), "f"
    )
    for section, gender in (("male", "m"), ("female", "f"), ("either", "u")):
        for w in word_list("world_names", section):
            if w in stop or w in PARTICLES or w in titles or w in org:
                continue
            if "\u0400" <= w[:1] <= "\u04ff":
                if gender != "u":
                    russian.setdefault(w, gender)
            else:
                given.setdefault(plain(w), gender)
    return _Tables(
        given=given,
        russian=russian,
        ambiguous=frozenset(word_list("given_names", "ambiguous")),
        titles=titles,
        role_end=re.compile("(?:" + "|".join(suffixes) + ")s?$"),
        org=org,
        stop=stop,
    )


_RU_ENDINGS = (  # case ending -> nominative endings to try
    ("ем", ("й", "")),
    ("ом", ("",)),
    ("ой", ("а",)),
    ("ей", ("я", "ь")),
    ("ью", ("ь",)),
    ("ию", ("ий", "ия")),
    ("ия", ("ий",)),
    ("ии", ("ия", "ий")),
    ("ие", ("ий",)),
    ("ью", ("ь",)),
    ("я", ("й", "ь")),
    ("ю", ("й", "ь", "я")),
    ("е", ("й", "", "а", "я", "ь")),
    ("а", ("",)),
    ("у", ("", "а")),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
)


@functools.lru_cache(maxsize=16_384)
def russian_given(word: str) -> tuple[str, str, str]:
    """(nominative, gender, case ending) of a Russian given name in any case, else ``("", "", "")``.

    >>> russian_given("Андрея"), russian_given("Ольгой")
    (('Андрей', 'm', 'я'), ('Ольга', 'f', 'ой'))
    """
    low = word.casefold()
    russian = _tables().russian
    if low in russian:
        return word, russian[low], ""
    for ending, bases in _RU_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = low[: -len(ending)]
            for base in bases:
                if stem + base in russian:
                    nom = word[: len(word) - len(ending)] + base
                    return nom, russian[stem + base], ending
    return "", "", ""


#: ambiguous given names that are English words only ("bill", "will", "max"): in an article in
#: another language a capitalised one before a surname is the name ("Bill Gates habló")
_ENGLISH_WORD_NAMES = frozenset(
    "bill will max jack guy ray dean earl chase grace june april sandy".split()
)
#: the languages whose texts read those words as words
_ENGLISH = frozenset(("en", "und", ""))


@functools.lru_cache(maxsize=65_536)
def _given(word: str, english: bool = True) -> str:
    low = plain(word)
    tables = _tables()
    if low in tables.ambiguous and (english or low not in _ENGLISH_WORD_NAMES):
        return ""
    found = tables.given.get(low)
    if found:
        return found
    if "\u0400" <= word[:1] <= "\u04ff":
        return russian_given(word)[1]
    return ""


def given_gender(word: str) -> str:
    """``"m"``/``"f"`` for a common given name (any case form in Russian), else ``""``."""
    found = _given(word)
    return found if found != "u" else ""


def is_given(word: str, language: str = "und") -> bool:
    """A common given name, whatever its gender (see :func:`given_gender`); in a text in
    ``language`` other than English, also the names that are English words ("Bill").

    >>> is_given("Bill"), is_given("Bill", "es"), is_given("Paris", "es")
    (False, True, False)
    """
    return bool(_given(word, language in _ENGLISH))


@functools.lru_cache(maxsize=65_536)
def is_title(word: str) -> bool:
    """Title and role words that precede names ("Minister", "Kammer-Präsident", "Dr.")."""
    low = word.casefold().rstrip(".")
    if low in _LOWER_TITLES:
        return word[:1].islower()
    titles = _tables().titles
    if low in titles or ("-" in low and low.rsplit("-", 1)[1] in titles):
        return True
    if "\u0400" <= low[:1] <= "\u04ff":  # Russian case forms: "тренера", "министром"
        return any(
            low.endswith(e) and low[: -len(e)] + base in titles
            for e, base in _RU_TITLE_ENDINGS
            if len(low) > len(e) + 2
        )
    return False


@functools.cache
def given_stopwords() -> frozenset[str]:
    """The capitalised forms :func:`is_given_stopword` is true of ("Domingo", "Julio")."""
    given = {*word_list("given_names", "male"), *word_list("given_names", "female")}
    stop = word_list("name_words", "stopwords")
    return frozenset(w.capitalize() for w in stop if w in given and len(w) > 2)


def is_given_stopword(word: str) -> bool:
    """A common given name that is a month or weekday of another language ("Domingo",
    "Julio"): a stopword there, a name when capitalised inside a sentence ("Finance Minister
    Domingo Cordovez"). Two letters are too few to tell ("Al Ahli" is a bank).

    >>> is_given_stopword("Domingo"), is_given_stopword("Al"), is_given_stopword("Monday")
    (True, False, False)
    """
    return word in given_stopwords()


@functools.cache
def _modifiers() -> frozenset[str]:
    return frozenset(word_list("name_words", "modifiers"))


def is_modifier_title(word: str) -> bool:
    """A title word that makes a role only before another one ("Trade" of "Trade Minister",
    "Chief Executive", "a major bank"): a lone capitalised word after it ("Trade Unions",
    "General Agreement", "a major Swiss bank") is no surname.

    >>> is_modifier_title("Trade"), is_modifier_title("major"), is_modifier_title("Minister")
    (True, True, False)
    """
    return word.casefold().rstrip(".") in _modifiers()


@functools.lru_cache(maxsize=65_536)
def is_role_word(word: str) -> bool:
    """A title, or a German compound ending in a role noun ("Innenminister", "Teamkicker")."""
    if is_title(word):
        return True
    low = word.casefold()
    if len(low) < 7:
        return False
    tail = low.rsplit("-", 1)[-1]
    m = _tables().role_end.search(tail)
    return m is not None and m.start() > 2


@functools.lru_cache(maxsize=65_536)
def is_org_word(word: str) -> bool:
    """A word that makes a capitalised run an organisation or an outlet, or a compound that
    ends in a company's legal form ("HandelsgmbH", "Holding-AG").

    >>> is_org_word("HandelsgmbH"), is_org_word("Holding-AG"), is_org_word("Schönleitner")
    (True, True, False)
    """
    low = word.casefold().rstrip(".")
    return low in _tables().org or (len(low) > 6 and low.endswith(_LEGAL_FORMS))


#: the legal forms that end the compound name of a company
_LEGAL_FORMS = ("gmbh", "-ag", "-kg", "gesellschaft", "-inc", "-ltd")


def is_org_name(words: list[str]) -> bool:
    """A run of words that names an organisation or an outlet ("Medical Graphics Corp",
    "Morgan Stanley", "Bloomberg")."""
    if any(is_org_word(w) for w in words):
        return True
    low = [w.casefold() for w in words if w not in ("&", "and")]
    if len(low) < 2 or not any(w in _ORG_PHRASE_WORDS for w in low):
        return False
    return any(
        " ".join(low[i : i + n]) in _ORG_PHRASES for n in (2, 3, 4) for i in range(len(low) - n + 1)
    )


def is_stop(word: str) -> bool:
    """Function words, months and weekdays: never part of a name.

    >>> is_stop("Dienstagabend"), is_stop("the"), is_stop("Ende")
    (True, True, False)
    """
    low = word.casefold()
    return low in _tables().stop or _DAYTIME.match(low) is not None


#: endings of Spanish (and Italian, Portuguese) adjectives of nationality and kind that stand
#: between a role and a name: "el científico japonés X", "el actor mexicano X"
ROMANCE_ADJECTIVE_ENDINGS = (
    "ano",
    "ana",
    "ino",
    "ina",
    "eño",
    "eña",
    "és",
    "esa",
    "ense",
    "ico",
    "ica",
    "ista",
    "al",
    "ar",
    "ivo",
    "iva",
    "ese",
)
#: the same with the French endings: "le joueur français X", "le président italien X"
ADJECTIVE_ENDINGS = (*ROMANCE_ADJECTIVE_ENDINGS, "ais", "aise", "ien", "ienne")
