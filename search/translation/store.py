"""The compiled pairs of a lexicon directory (``<index root>/lexicons``), opened on first use.

A pair with a file of its own is *direct*; a pair without one is translated through a third
language when both legs exist (``sv -> es`` as ``sv -> en -> es``), preferably English.

>>> pivot_pairs([("sv", "en"), ("en", "sv"), ("es", "en"), ("en", "es")])
[('es', 'sv', 'en'), ('sv', 'es', 'en')]
>>> Lexicons("/nonexistent").pairs()
[]
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from search.translation.lexicon import (
    SUFFIX,
    Lexicon,
    LexiconFormatError,
    LexiconHeader,
    lexicon_filename,
    read_header,
)

#: Where an index keeps its compiled lexicons, relative to the index root.
LEXICON_DIRECTORY = "lexicons"
#: Languages tried as a bridge, best first.
PIVOTS = ("en",)


@dataclass(frozen=True, slots=True)
class ActivePair:
    """A pair a directory can translate: by its own file, or ``via`` a third language."""

    source: str
    target: str
    header: LexiconHeader | None = None
    via: str | None = None

    @property
    def pair(self) -> str:
        return f"{self.source}-{self.target}"

    def describe(self) -> str:
        """``de-en (dict-de-en 1.9-6, GPL-2+; 290,411 headwords)`` or ``sv-es (via en)``."""
        if self.header is None:
            return f"{self.pair} (via {self.via})"
        packages = "; ".join(
            f"{p.name} {p.version}, {p.licence or 'licence unknown'}" for p in self.header.packages
        )
        return f"{self.pair} ({packages}; {self.header.counts.get('headwords', 0):,} headwords)"


def pivot_pairs(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(source, target, bridge) of every pair without a file that two files connect."""
    have = set(pairs)
    languages = sorted({lang for pair in have for lang in pair})
    out = []
    for source in languages:
        for target in languages:
            if source == target or (source, target) in have:
                continue
            bridges = [p for p in PIVOTS if (source, p) in have and (p, target) in have]
            bridges += sorted(
                p
                for p in languages
                if p not in bridges and (source, p) in have and (p, target) in have
            )
            if bridges:
                out.append((source, target, bridges[0]))
    return out


def active_pairs(directory: str | Path) -> list[ActivePair]:
    """Every pair a lexicon directory translates (reads only the file headers).

    Files of another format version or that are damaged are left out; ``presslens
    lexicons`` rewrites them.
    """
    direct = []
    for path in sorted(Path(directory).glob(f"*{SUFFIX}")):
        try:
            header = read_header(path)
        except (OSError, ValueError, KeyError):
            continue
        if path.name == lexicon_filename(header.source, header.target):
            direct.append(ActivePair(header.source, header.target, header))
    pivots = pivot_pairs((p.source, p.target) for p in direct)
    return sorted(
        direct + [ActivePair(s, t, None, via) for s, t, via in pivots],
        key=lambda p: (p.source, p.target),
    )


class Lexicons:
    """The compiled pairs of one directory; each file is mapped on first use, then shared.

    Safe to use from several threads. A missing directory simply has no pairs.
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._open: dict[tuple[str, str], Lexicon | None] = {}
        self._bridges: dict[tuple[str, str], list[str]] = {}
        self._available = {
            tuple(path.name.removesuffix(SUFFIX).split("-", 1))
            for path in self.directory.glob(f"*{SUFFIX}")
        }

    def pairs(self) -> list[tuple[str, str]]:
        """The directed pairs with a file of their own."""
        return sorted(p for p in self._available if len(p) == 2)  # type: ignore[misc]

    def get(self, source: str, target: str) -> Lexicon | None:
        """The compiled ``source -> target`` pair; None when there is none or it is unreadable."""
        key = (source, target)
        if key not in self._available:
            return None
        found = self._open.get(key, False)
        if found is not False:
            return found  # type: ignore[return-value]
        with self._lock:
            if key not in self._open:
                try:
                    self._open[key] = Lexicon.open(
                        self.directory / lexicon_filename(source, target)
                    )
                except (OSError, LexiconFormatError, ValueError, KeyError):
                    self._open[key] = None
            return self._open[key]

    def bridges(self, source: str, target: str) -> list[str]:
        """Languages through which ``source`` reaches ``target`` (English first).

        When the pair has a file of its own, a bridge is used only if both of its legs hold
        more headwords than the direct pair: a small lexicon (Swedish-English) is completed
        through larger ones (Swedish-German, German-English), a large one is not diluted.
        """
        found = self._bridges.get((source, target))
        if found is None:
            languages = sorted({lang for pair in self._available for lang in pair})
            ordered = [p for p in PIVOTS if p in languages]
            ordered += [p for p in languages if p not in PIVOTS]
            direct = self._headwords(source, target)
            found = self._bridges[(source, target)] = [
                p
                for p in ordered
                if p not in (source, target)
                and (source, p) in self._available
                and (p, target) in self._available
                and min(self._headwords(source, p), self._headwords(p, target)) > direct
            ]
        return found

    def _headwords(self, source: str, target: str) -> int:
        """Headwords of a compiled pair (0 when there is none)."""
        lexicon = self.get(source, target)
        return 0 if lexicon is None else lexicon.header.counts.get("headwords", 0)

    def can_translate(self, source: str, target: str) -> bool:
        return (source, target) in self._available or bool(self.bridges(source, target))

    def close(self) -> None:
        with self._lock:
            for lexicon in self._open.values():
                if lexicon is not None:
                    lexicon.close()
            self._open.clear()

    def __enter__(self) -> Lexicons:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
