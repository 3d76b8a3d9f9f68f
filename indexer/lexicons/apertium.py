"""Apertium bilingual dictionaries, read from their compiled lttoolbox transducers.

Debian's ``apertium-*`` packages ship only compiled files. A bilingual dictionary
(``spa-eng.autobil.bin``) is a letter transducer from ``lemma<tags>`` to ``lemma<tags>``;
walking every path from its initial state lists its entries. The binary format
(lttoolbox 3.5 and later, with or without the ``LTTB`` header): variable-length numbers,
the alphabet (tag names, then the symbol pairs the arcs refer to), then named transducers,
each with its initial state, final states and per-state arcs relative to the state number.

>>> read_number(b"\\x05", 0), read_number(b"\\x40\\x5a", 0), read_number(b"\\x80\\x01\\x02", 0)
((5, 1), (90, 2), (258, 3))
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer.lexicons.entries import Entry, clean_headword

_WEIGHTS = 1  # transducer feature bit: arcs and finals carry weights
_TAG = re.compile(r"<[^>]*>")


def read_number(data: bytes, at: int) -> tuple[int, int]:
    """An lttoolbox variable-length number at ``at``: (value, offset after it)."""
    first = data[at]
    value, extra = first & 0x3F, first >> 6
    for i in range(extra):
        value = (value << 8) | data[at + 1 + i]
    return value, at + 1 + extra


@dataclass(frozen=True, slots=True)
class Transducer:
    initial: int
    finals: frozenset[int]
    #: Per state: (symbol pair number, next state) of each arc.
    arcs: tuple[tuple[tuple[int, int], ...], ...]


@dataclass(frozen=True, slots=True)
class TransducerSet:
    """A compiled lttoolbox file: its symbols and its named transducers."""

    tags: tuple[str, ...]
    pairs: tuple[tuple[int, int], ...]
    transducers: dict[str, Transducer]

    def symbol(self, code: int) -> str:
        """The text of one side of a pair: a letter, a ``<tag>``, or '' (epsilon)."""
        if code == 0:
            return ""
        return self.tags[-code - 1] if code < 0 else chr(code)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def number(self) -> int:
        value, self.at = read_number(self.data, self.at)
        return value

    def skip_weight(self) -> None:
        for _ in range(2):  # mantissa and exponent, each possibly in two numbers
            if self.number() >= 0x04000000:
                self.number()

    def text(self) -> str:
        return "".join(chr(self.number()) for _ in range(self.number()))

    def header(self, magic: bytes) -> int:
        if self.data[self.at : self.at + 4] != magic:
            return 0
        features = int.from_bytes(self.data[self.at + 4 : self.at + 12], "little")
        self.at += 12
        return features


def read_transducers(path: str | Path) -> TransducerSet:
    """Read a compiled lttoolbox file (``.bin``)."""
    reader = _Reader(Path(path).read_bytes())
    reader.header(b"LTTB")
    for _ in range(reader.number()):  # the letters of the alphabet
        reader.number()
    tags = tuple(f"<{reader.text()}>" for _ in range(reader.number()))
    bias = len(tags)
    pairs = tuple((reader.number() - bias, reader.number() - bias) for _ in range(reader.number()))
    transducers: dict[str, Transducer] = {}
    for _ in range(reader.number()):
        name = reader.text()
        weighted = bool(reader.header(b"LTTD") & _WEIGHTS)
        initial = reader.number()
        finals, base = set(), 0
        for _ in range(reader.number()):
            base += reader.number()
            finals.add(base)
            if weighted:
                reader.skip_weight()
        states = reader.number()
        arcs = []
        for state in range(states):
            out, symbol = [], 0
            for _ in range(reader.number()):
                symbol += reader.number()
                out.append((symbol, (state + reader.number()) % states))
                if weighted:
                    reader.skip_weight()
            arcs.append(tuple(out))
        transducers[name] = Transducer(initial, frozenset(finals), tuple(arcs))
    return TransducerSet(tags, pairs, transducers)


def paths(fst: TransducerSet, name: str = "main@standard") -> Iterator[tuple[str, str]]:
    """Every (left, right) string pair of a transducer without cycles through letters.

    Arcs reading digits are not followed (number patterns loop), nor arcs back into the
    current path.
    """
    transducer = fst.transducers[name]
    stack: list[tuple[int, str, str, frozenset[int]]] = [
        (transducer.initial, "", "", frozenset((transducer.initial,)))
    ]
    while stack:
        state, left, right, on_path = stack.pop()
        if state in transducer.finals:
            yield left, right
        for pair, target in transducer.arcs[state]:
            a, b = fst.pairs[pair]
            if target in on_path or (a > 0 and chr(a).isdigit()):
                continue
            stack.append((target, left + fst.symbol(a), right + fst.symbol(b), on_path | {target}))


def read_apertium_bilingual(path: str | Path) -> Iterator[Entry]:
    """The entries of a compiled Apertium bilingual dictionary (``xxx-yyy.autobil.bin``).

    Proper nouns are left out (names cross languages unchanged); ``#`` (the mark of a
    multiword's invariable part) becomes a space.
    """
    found: dict[str, list[str]] = {}
    for left, right in paths(read_transducers(path)):
        if "<np>" in left or "<num>" in left:
            continue
        source = clean_headword(_TAG.sub("", left).replace("#", ""))
        target = clean_headword(_TAG.sub("", right).replace("#", ""))
        if source and target:
            translations = found.setdefault(source, [])
            if target not in translations:
                translations.append(target)
    for headword, translations in found.items():
        yield Entry(headword, tuple(translations))
