"""Which languages presslens analyses, and how detector codes map onto them.

>>> supported_language("sv")
'sv'
>>> supported_language("zh-cn")  # detected but not stemmed: neutral analysis
'und'
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

#: Detector codes that are spelled differently from ours.
_ALIASES = {"nb": "no", "nn": "no", "se": "sv"}


def supported_language(code: str | None) -> str:
    """Map a detector or front-matter code onto a supported language, else ``'und'``."""
    if not code:
        return UNDETERMINED
    code = code.strip().lower().replace("_", "-")
    code = _ALIASES.get(code, code)
    base = code.split("-", 1)[0]
    return base if base in STEMMERS else UNDETERMINED
