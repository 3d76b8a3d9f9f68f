"""Which languages presslens analyses, and how other spellings of codes map onto them
(the one language table: the detector, front matter, the API and ``lang:`` all use it).

>>> supported_language("sv"), supported_language("nb"), supported_language("pt-BR")
('sv', 'no', 'pt')
>>> supported_language("zh-cn")  # detected but not stemmed: neutral analysis
'und'
>>> canonical_code("zh-CN"), canonical_code("nn"), canonical_code("pt_BR")
('zh', 'no', 'pt-br')
>>> is_language_code("pt-BR"), is_language_code("sv"), is_language_code("xx")
(True, True, False)
"""

from __future__ import annotations

import re

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

#: Every ISO 639-1 code: what a language given in front matter, JSON Lines or the API may be.
ISO_639_1: frozenset[str] = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu
    cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
    hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv
    kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr
    nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq
    sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
    yi yo za zh zu""".split()
)
_CODE_SHAPE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")

#: Codes that langdetect, front matter or users spell differently from presslens. (``se`` is
#: Northern Sami, not Swedish, so it is no alias: a Sami article is not stemmed as Swedish.)
CODE_ALIASES: dict[str, str] = {"nb": "no", "nn": "no", "zh-cn": "zh", "zh-tw": "zh"}


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


def is_language_code(code: str) -> bool:
    """Whether ``code`` names a language: an ISO 639-1 code, optionally with region or
    script subtags (``pt-BR``, ``zh-Hant-TW``, ``pt_BR``), or ``und`` (undetermined).

    >>> [is_language_code(c) for c in ("en", "SV", "zh-cn", "und", "xx", "english", "e")]
    [True, True, True, True, False, False, False]
    """
    text = code.strip().lower().replace("_", "-")
    if not _CODE_SHAPE.fullmatch(text):
        return False
    base = text.split("-", 1)[0]
    return base in ISO_639_1 or base == UNDETERMINED
