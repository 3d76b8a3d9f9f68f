"""The target language's vocabulary: which terms exist, and which look like a given word.

Query translation uses a vocabulary, when the caller has one, for two things: to prefer the
translations that can match something (a dictionary lists many equivalents the collection
never uses), and to match words the lexicon does not know (names, cognates) to terms that
look alike, across alphabets (see :mod:`search.translation.skeleton`).

Anything with ``__contains__`` and ``similar`` will do; :class:`TermVocabulary` builds one
from a list of index terms (for presslens, the terms of a language's ``body_<lang>`` field).

>>> vocabulary = TermVocabulary(["diskussion", "förhandling", "presid", "obama"])
>>> "diskussion" in vocabulary, vocabulary.similar("discussion")
(True, ('diskussion',))
>>> vocabulary.similar("Обама"), vocabulary.similar("президент")
(('obama',), ('presid',))
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from search.translation.skeleton import skeleton

#: Shortest skeleton matched by prefix (shorter ones must match whole).
MIN_PREFIX = 4
#: How much of the longer skeleton a prefix match must cover.
MIN_COVER = 0.6


@runtime_checkable
class Vocabulary(Protocol):
    """What translation needs to know about the target language's terms."""

    def __contains__(self, term: object) -> bool: ...

    def similar(self, word: str, limit: int = 2) -> tuple[str, ...]:
        """Terms that look like ``word`` (any script), best first."""
        ...


class TermVocabulary:
    """A set of index terms with a spelling-skeleton index for :meth:`similar`."""

    def __init__(self, terms: Iterable[str]) -> None:
        self._terms = frozenset(terms)
        by_skeleton: dict[str, list[str]] = {}
        for term in self._terms:
            key = skeleton(term)
            if len(key) >= 3:
                by_skeleton.setdefault(key, []).append(term)
        self._by_skeleton = {k: tuple(sorted(v, key=len)) for k, v in by_skeleton.items()}
        self._sorted = sorted(self._by_skeleton)

    def __contains__(self, term: object) -> bool:
        return term in self._terms

    def __len__(self) -> int:
        return len(self._terms)

    def similar(self, word: str, limit: int = 2) -> tuple[str, ...]:
        """Terms whose skeleton equals ``word``'s, or one is a prefix of the other.

        A prefix must be at least :data:`MIN_PREFIX` letters and cover :data:`MIN_COVER` of
        the longer skeleton (index terms are stems: ``presid`` for "president").
        """
        key = skeleton(word)
        if len(key) < 3:
            return ()
        found: list[tuple[int, str]] = []
        exact = self._by_skeleton.get(key, ())
        found += [(0, term) for term in exact]
        if len(key) >= MIN_PREFIX:
            shortest = max(MIN_PREFIX, int(len(key) * MIN_COVER + 0.999))
            for size in range(len(key) - 1, shortest - 1, -1):
                found += [(len(key) - size, t) for t in self._by_skeleton.get(key[:size], ())]
            start = bisect.bisect_right(self._sorted, key)
            for other in self._sorted[start : start + 50]:
                if not other.startswith(key):
                    break
                if len(key) >= len(other) * MIN_COVER:
                    found += [(len(other) - len(key), t) for t in self._by_skeleton[other]]
        found.sort(key=lambda x: x[0])
        return tuple(dict.fromkeys(term for _, term in found))[:limit]
