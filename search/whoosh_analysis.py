"""Whoosh adapters for ``search.analysis``: one analyzer per language, picklable.

Built like Whoosh's ``LanguageAnalyzer``: tokenizer | stopwords (if any) | Snowball stemmer
(if any). An unsupported language gets the neutral analyzer (no stopwords, no stemming).
"""

from __future__ import annotations

from whoosh.analysis import Filter, StopFilter, Token, Tokenizer

from search.analysis import stem, stopwords, tokenize
from search.languages import STEMMERS, UNDETERMINED


class PresslensTokenizer(Tokenizer):
    """Whoosh tokenizer over :func:`search.analysis.tokenize` for one language."""

    def __init__(self, language: str = UNDETERMINED) -> None:
        self.language = language

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.language == self.language  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self.language))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize_: bool = True,
        mode: str = "",
        **kwargs: object,
    ):
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for tok in tokenize(value, self.language):
            t.text = tok.text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = value[tok.start : tok.end]
            if positions:
                t.pos = start_pos + tok.position
            if chars:
                t.startchar = start_char + tok.start
                t.endchar = start_char + tok.end
            yield t


class SnowballFilter(Filter):
    """Stems tokens with PyStemmer's Snowball algorithm for ``language``.

    Holds only the language code (the stemmer comes from a module-level cache), so schemas
    using it pickle.
    """

    def __init__(self, language: str) -> None:
        self.language = language

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.language == self.language  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((type(self), self.language))

    def __call__(self, tokens):
        language = self.language
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text, language)
            yield t


def analyzer_for(language: str):
    """The Whoosh analyzer of ``language``'s stemmed fields."""
    chain = PresslensTokenizer(language)
    stop = stopwords(language)
    if stop:
        chain = chain | StopFilter(stoplist=stop, minsize=1, renumber=False)
    if language in STEMMERS:
        chain = chain | SnowballFilter(language)
    return chain


def exact_analyzer():
    """The analyzer of the unstemmed ``text`` field: tokens as written, lowercased."""
    return PresslensTokenizer(UNDETERMINED)
