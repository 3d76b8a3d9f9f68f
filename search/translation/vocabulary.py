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
        self._by_skeleton = _by_skeleton(self._terms, {})
        self._sorted = sorted(self._by_skeleton)

    def with_terms(self, terms: Iterable[str]) -> TermVocabulary:
        """A vocabulary of these terms and ``terms``; only the new ones are analysed (an
        index that grew by a few segments costs what those add).

        >>> TermVocabulary(["nato"]).with_terms(["diskussion"]).similar("discussion")
        ('diskussion',)
        """
        added = frozenset(terms) - self._terms
        if not added:
            return self
        grown = TermVocabulary(())
        grown._terms = self._terms | added
        grown._by_skeleton = _by_skeleton(added, self._by_skeleton)
        grown._sorted = sorted(grown._by_skeleton)
        return grown

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


def _by_skeleton(
    terms: Iterable[str], base: dict[str, tuple[str, ...]]
) -> dict[str, tuple[str, ...]]:
    """``base`` (skeleton -> terms, shortest first) with ``terms`` added (a new dict)."""
    grouped: dict[str, list[str]] = {}
    for term in terms:
        key = skeleton(term)
        if len(key) >= 3:
            grouped.setdefault(key, []).append(term)
    merged = dict(base)
    for key, found in grouped.items():
        merged[key] = tuple(sorted({*base.get(key, ()), *found}, key=lambda t: (len(t), t)))
    return merged
