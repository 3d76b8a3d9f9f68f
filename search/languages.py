"""Which languages presslens analyses, and how other spellings of codes map onto them
(the one language table: the detector, front matter, the API and ``lang:`` all use it).

>>> supported_language("sv"), supported_language("nb"), supported_language("pt-BR")
('sv', 'no', 'pt')
>>> supported_language("zh-cn")  # detected but not stemmed: neutral analysis
'und'
>>> canonical_code("zh-CN"), canonical_code("nn"), canonical_code("pt_BR")
('zh', 'no', 'pt-br')
"""

from __future__ import annotations

#: ISO 639-1 code -> PyStemmer (Snowball) algorithm, for every language the index claims.
STEMMERS: dict[str, str] = {
    "da": "danish",
    "de": "german",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "tr": "turkish",
}

#: Languages with their own fields in the index (``body_<code>``, ``title_<code>``).
LANGUAGES: tuple[str, ...] = tuple(sorted(STEMMERS))
UNDETERMINED = "und"

#: Codes that langdetect, front matter or users spell differently from presslens.
CODE_ALIASES: dict[str, str] = {"nb": "no", "nn": "no", "se": "sv", "zh-cn": "zh", "zh-tw": "zh"}


def canonical_code(code: str) -> str:
    """A language code as presslens writes it: lowercase, ``-`` for ``_``, aliases mapped."""
    code = code.strip().lower().replace("_", "-")
    return CODE_ALIASES.get(code, code)


def supported_language(code: str | None) -> str:
    """Map a detector or front-matter code onto a supported language, else ``'und'``."""
    if not code:
        return UNDETERMINED
    base = canonical_code(code).split("-", 1)[0]
    base = CODE_ALIASES.get(base, base)
    return base if base in STEMMERS else UNDETERMINED
