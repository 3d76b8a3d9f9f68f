"""Verbs of saying, pronouns and source markers per language, compiled once at import.

>>> bool(verb_pattern("sv").search("..., sade Stoltenberg."))
True
"""

from __future__ import annotations

import re

__all__ = [
    "CONJUNCTIONS",
    "PRONOUNS",
    "ZERO_SUBJECT_FOLLOWERS",
    "pronoun_pattern",
    "source_pattern",
    "verb_pattern",
]

_VERBS: dict[str, str] = {
    "en": """said says say told tells added adds stressed stresses noted notes warned warns argued
        argues explained explains insisted insists declared
        declares stated states asked asks replied
        replies responded answered admitted admits conceded concedes acknowledged claimed claims
        wrote writes tweeted announced commented remarked recalled emphasised emphasized underlined
        underscored continued concluded confirmed suggested urged cautioned complained predicted
        promised vowed reiterated repeated saying adding warning noting stressing telling insisting
        arguing explaining declaring""",
    "sv": """sade sa säger sagt berättade berättar fastslog fastslår betonade betonar meddelade
        meddelar framhöll framhåller påpekade påpekar
        skrev skriver förklarade förklarar konstaterade
        konstaterar svarade svarar tillade tillägger underströk understryker menade menar hävdade
        uppgav uppger varnade varnar sägs""",
    "de": """sagte sagt sagten erklärte erklärt betonte betont meinte meint warnte warnt fügte
        ergänzte ergänzt kritisierte kritisiert forderte fordert schrieb schreibt berichtete räumte
        bestätigte bestätigt unterstrich versicherte versichert stellte gab sprach""",
    "es": """dijo dice afirmó afirma señaló señala declaró declara explicó explica aseguró asegura
        añadió añade agregó agrega indicó indica manifestó sostuvo sostiene subrayó destacó
        destaca advirtió advierte comentó expresó apuntó insistió reconoció respondió precisó
        informó anunció mencionó denunció criticó recalcó enfatizó puntualizó concluyó escribió
        aseveró""",
    "fr": """déclaré dit affirmé affirme expliqué explique ajouté ajoute souligné souligne indiqué
        indique assuré assure estimé estime précisé précise averti martelé insisté reconnu répondu
        déclare écrit""",
    "ru": """сказал сказала заявил заявила отметил отметила подчеркнул подчеркнула добавил добавила
        сообщил сообщила пояснил пояснила говорит заметил заметила признал признала ответил ответила
        напомнил напомнила указал указала рассказал рассказала написал написала предупредил
        предупредила уточнил уточнила констатировал объяснил объяснила сообщает передает""",
}
_PHRASES: dict[str, str] = {
    "en": r"made\s+it\s+(?:plain|clear)|pointed\s+out|points\s+out|went\s+on",
    "de": r"so",
    "fr": r"a(?:-t-(?:il|elle))?\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|indiqué|assuré"
    r"|estimé|précisé|averti|martelé|insisté|reconnu|répondu)|(?:ajoute|explique|déclare|"
    r"souligne|précise|assure|estime)-t-(?:il|elle)",
}
_PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "han": "m",
    "hon": "f",
    "er": "m",
    "él": "m",
    "ella": "f",
    "il": "m",
    "elle": "f",
    "он": "m",
    "она": "f",
}
PRONOUNS = _PRONOUNS
#: words that may open an attribution clause but never its subject
CONJUNCTIONS = frozenset(
    "but and yet however men och aber und doch pero y sino mais et но и а однако".split()
)
#: words that may follow a bare verb of saying whose subject is left out ("añadió en", "сказал в")
ZERO_SUBJECT_FOLLOWERS = frozenset(
    """en a in at on to durante después tras ante im bei vor nach när i på efter в на после во при
    из у с по""".split()
)
_SOURCES = (
    r"according\s+to|for|per|enligt|laut|según|para|selon|pour|d'après|по\s+словам|по\s+мнению"
)

_LANGS = tuple(_VERBS)


def _compile_verbs(langs: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted({w for lang in langs for w in _VERBS[lang].split()}, key=len, reverse=True)
    phrases = [_PHRASES[lang] for lang in langs if lang in _PHRASES]
    alternatives = "|".join([*phrases, *map(re.escape, words)])
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_BY_LANG: dict[str, re.Pattern[str]] = {
    lang: _compile_verbs(tuple(dict.fromkeys((lang, "en")))) for lang in _LANGS
}
_ANY = _compile_verbs(tuple(lang for lang in _LANGS if lang != "de"))
_PRONOUN_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_PRONOUNS) + r")(?![\w-])", re.IGNORECASE)
_SOURCE_RE = re.compile(rf"(?<![\w-])(?:{_SOURCES})\s+", re.IGNORECASE)
_ZUFOLGE_RE = re.compile(r"\s+zufolge\b", re.IGNORECASE)


def verb_pattern(language: str) -> re.Pattern[str]:
    """The compiled verb-of-saying pattern for a language (its verbs plus English ones).

    Unknown languages get every language's verbs except the German particle "so".
    """
    return _BY_LANG.get(language, _ANY)


def pronoun_pattern() -> re.Pattern[str]:
    """Third-person singular subject pronouns of every supported language."""
    return _PRONOUN_RE


def source_pattern() -> re.Pattern[str]:
    """Source markers that introduce a speaker: "according to", "laut", "según", "по словам"."""
    return _SOURCE_RE


def zufolge_pattern() -> re.Pattern[str]:
    """The German postposition of sources: "Katzian zufolge"."""
    return _ZUFOLGE_RE
