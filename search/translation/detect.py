"""Which language a query is written in, as far as the lexicons and stopword lists tell.

A query is a few words, too short for a text language detector; but a word that one
language's lexicon or stopword list knows and the others' do not is strong evidence.
Each candidate language scores the share of the query's words it knows (stopwords count
half: "die" is German and English); ties keep the order of ``candidates``.

>>> from search.translation.lexicon import LexiconHeader, write_lexicon
>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = write_lexicon(folder / "sv-en.pllex", LexiconHeader("sv", "en"), {"samtal": ["talk"]})
>>> _ = write_lexicon(folder / "en-sv.pllex", LexiconHeader("en", "sv"), {"talk": ["samtal"]})
>>> query_languages(["samtal", "om", "Ukraina"], Lexicons(folder))
[('sv', 0.5), ('en', 0.0)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from search.analysis import is_stopword, normalize, tokenize
from search.translation.store import Lexicons


def query_languages(
    words: Sequence[str], lexicons: Lexicons, candidates: Iterable[str] | None = None
) -> list[tuple[str, float]]:
    """Candidate source languages of ``words``, most likely first, with their scores (0..1).

    ``candidates`` defaults to every language that is the source of a compiled pair.
    """
    sources = sorted({s for s, _ in lexicons.pairs()}) if candidates is None else list(candidates)
    scored = []
    for language in sources:
        tokens = [normalize(t.text, language) for w in words for t in tokenize(w, language)]
        if not tokens:
            scored.append((language, 0.0))
            continue
        lexicon_list = [lexicons.get(language, t) for s, t in lexicons.pairs() if s == language]
        score = 0.0
        for token in tokens:
            if any(lexicon is not None and lexicon.knows(token) for lexicon in lexicon_list):
                score += 1.0 if not is_stopword(token, language) else 0.5
            elif is_stopword(token, language):
                score += 0.5
        scored.append((language, round(score / len(tokens), 3)))
    order = {language: i for i, language in enumerate(sources)}
    return sorted(scored, key=lambda x: (-x[1], order[x[0]]))
