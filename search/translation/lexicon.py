"""The compiled lexicon: one directed language pair in one memory-mapped file, O(1) lookups.

A compiled pair holds three tables, each a hash table of UTF-8 keys:

- ``words``: a source headword (lowercased, one or two words) -> its translations, best first;
- ``stems``: the Snowball stem of a source headword -> the translations of every headword
  with that stem (the fallback for inflected forms no lemmatiser knew);
- ``forms``: an inflected source form -> its lemmas (``gespräche`` -> ``gespräch``), only
  where the stem alone would not find the lemma.

Translations and lemmas are stored once each in string pools and referenced by number.
Opening a file maps it read-only (the pages are shared by every process that opens it) and
parses only the JSON header, so every API worker can open every pair cheaply.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "sv-en.pllex"
>>> header = write_lexicon(path, LexiconHeader("sv", "en"), {"samtal": ["talk", "conversation"]},
...                        forms={"samtalen": ["samtal"]})
>>> header.counts["headwords"], header.counts["translations"]
(1, 2)
>>> lexicon = Lexicon.open(path)
>>> lexicon.words("samtal"), lexicon.lemmas("samtalen"), lexicon.stems("samtal")
(('talk', 'conversation'), ('samtal',), ('talk', 'conversation'))
>>> lexicon.close()

File layout (little-endian): ``b"PLXL"``, u32 format version, u32 header length, the header
(UTF-8 JSON: languages, source packages and licences, entry counts, section offsets), then
8-byte aligned sections. A pool is ``u32 count``, ``u32 offsets[count + 1]`` and the UTF-8
bytes. A table is ``u32 slot count``, ``u32 slots[]`` (0: empty, else record offset + 1,
linear probing from ``crc32(key) % slot count``) and its records: ``u8 key length``, the key,
``varint n`` and ``n`` varint pool ids.
"""

from __future__ import annotations

import json
import mmap
import struct
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import BinaryIO

from search.analysis import normalize, stem

MAGIC = b"PLXL"
FORMAT_VERSION = 1
SUFFIX = ".pllex"
#: Stored translations per headword; queries use fewer (see ``TranslationOptions``).
MAX_STORED = 16
#: Headwords of more words are not stored (queries are looked up one and two words at a time).
MAX_HEADWORD_WORDS = 2
#: Filled share of a hash table's slots (linear probing stays short below ~0.8).
LOAD_FACTOR = 0.7
_U32 = struct.Struct("<I")
_PREAMBLE = struct.Struct("<4sII")


class LexiconFormatError(ValueError):
    """A file that is not a compiled lexicon of this format version."""


@dataclass(frozen=True, slots=True)
class SourcePackage:
    """Where a pair's entries come from: a Debian package, its version and licence."""

    name: str
    version: str = ""
    licence: str = ""
    #: ``direct``, ``reversed`` (the other direction's dictionary, read backwards) or
    #: ``pivot:<lang>`` (composed through a third language).
    role: str = "direct"


@dataclass(frozen=True, slots=True)
class LexiconHeader:
    """What a compiled pair says about itself (the JSON header of the file)."""

    source: str
    target: str
    packages: tuple[SourcePackage, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)
    format: int = FORMAT_VERSION

    @property
    def pair(self) -> str:
        return f"{self.source}-{self.target}"

    def to_json(self) -> dict:
        data = asdict(self)
        data["counts"] = dict(self.counts)
        return data

    @classmethod
    def from_json(cls, data: dict) -> LexiconHeader:
        return cls(
            source=data["source"],
            target=data["target"],
            packages=tuple(SourcePackage(**p) for p in data.get("packages", ())),
            counts=dict(data.get("counts", {})),
            format=data.get("format", FORMAT_VERSION),
        )


def lexicon_filename(source: str, target: str) -> str:
    """``de-en.pllex``: the file of the pair ``source`` -> ``target`` in a lexicon directory."""
    return f"{source}-{target}{SUFFIX}"


def stem_key(headword: str, language: str) -> str:
    """The ``stems`` table key of a headword: each word normalised and stemmed.

    >>> stem_key("Vereinigte Staaten", "de")
    'vereinigt staat'
    """
    return " ".join(stem(normalize(w, language), language) for w in headword.split())


# -- writing ------------------------------------------------------------------------------


def _varint(value: int, out: bytearray) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


class _Pool:
    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def id(self, text: str) -> int:
        found = self.ids.get(text)
        if found is None:
            found = self.ids[text] = len(self.ids)
        return found

    def encode(self) -> bytes:
        blobs = [text.encode("utf-8") for text in self.ids]
        offsets = [0]
        for blob in blobs:
            offsets.append(offsets[-1] + len(blob))
        head = struct.pack(f"<I{len(offsets)}I", len(blobs), *offsets)
        return head + b"".join(blobs)


def _encode_table(rows: Mapping[str, Sequence[int]]) -> bytes:
    slots = max(8, int(len(rows) / LOAD_FACTOR) + 1)
    table = [0] * slots
    records = bytearray()
    for key, ids in rows.items():
        raw = key.encode("utf-8")
        if not raw or len(raw) > 255 or not ids:
            continue
        slot = zlib.crc32(raw) % slots
        while table[slot]:
            slot = (slot + 1) % slots
        table[slot] = len(records) + 1
        records.append(len(raw))
        records += raw
        _varint(len(ids), records)
        for i in ids:
            _varint(i, records)
    return struct.pack(f"<I{slots}I", slots, *table) + bytes(records)


def _merge_by_stem(words: Mapping[str, Sequence[str]], language: str) -> dict[str, list[str]]:
    """Per stem key, the translations of its headwords, the shortest headword's first.

    The shortest headword of a stem family is usually its base form (``gespräch`` before
    ``gespräche`` and ``gesprächig``).
    """
    by_stem: dict[str, list[str]] = {}
    for headword in words:
        by_stem.setdefault(stem_key(headword, language), []).append(headword)
    merged: dict[str, list[str]] = {}
    for key, headwords in by_stem.items():
        headwords.sort(key=lambda h: (len(h), h))
        out: dict[str, None] = {}
        for headword in headwords:
            for translation in words[headword]:
                out.setdefault(translation)
            if len(out) >= MAX_STORED:
                break
        merged[key] = list(out)[:MAX_STORED]
    return merged


def write_lexicon(
    path: str | Path,
    header: LexiconHeader,
    words: Mapping[str, Sequence[str]],
    forms: Mapping[str, Iterable[str]] | None = None,
) -> LexiconHeader:
    """Write a compiled pair atomically; returns the header with its entry counts.

    ``words`` maps source headwords to translations, best first (at most
    :data:`MAX_STORED` are kept, headwords of up to :data:`MAX_HEADWORD_WORDS` words);
    ``forms`` maps inflected forms to their lemmas. The
    ``stems`` table is derived here, with presslens' own Snowball stemmer.
    """
    path = Path(path)
    words = {
        " ".join(normalize(w, header.source) for w in k.split()): list(dict.fromkeys(v))[
            :MAX_STORED
        ]
        for k, v in words.items()
        if v and 0 < len(k.split()) <= MAX_HEADWORD_WORDS
    }
    stems = _merge_by_stem(words, header.source)
    targets, lemmas = _Pool(), _Pool()
    sections = {
        "words": _encode_table({k: [targets.id(t) for t in v] for k, v in words.items()}),
        "stems": _encode_table({k: [targets.id(t) for t in v] for k, v in stems.items()}),
        "forms": _encode_table(
            {
                normalize(k, header.source): [lemmas.id(lemma) for lemma in dict.fromkeys(v)]
                for k, v in (forms or {}).items()
            }
        ),
    }
    sections = {"targets": targets.encode(), "lemmas": lemmas.encode(), **sections}
    counts = {
        **dict(header.counts),  # what the caller records (a subset's signature)
        "headwords": len(words),
        "stems": len(stems),
        "forms": len(forms or {}),
        "translations": len(targets.ids),
        "pairs": sum(len(v) for v in words.values()),
    }
    header = LexiconHeader(header.source, header.target, header.packages, counts)
    body, layout = bytearray(), {}
    for name, blob in sections.items():
        body += b"\0" * (-len(body) % 8)
        layout[name] = [len(body), len(blob)]
        body += blob
    meta = json.dumps({**header.to_json(), "sections": layout}, ensure_ascii=False).encode()
    meta += b" " * (-(len(meta) + _PREAMBLE.size) % 8)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(_PREAMBLE.pack(MAGIC, FORMAT_VERSION, len(meta)) + meta + bytes(body))
    tmp.replace(path)
    return header


# -- reading ------------------------------------------------------------------------------


def read_header(path: str | Path) -> LexiconHeader:
    """The header of a compiled pair, without mapping the file."""
    with open(path, "rb") as fh:
        _, meta = _read_preamble(fh, path)
    return LexiconHeader.from_json(meta)


def _read_preamble(fh: BinaryIO, path: str | Path) -> tuple[int, dict]:
    """(offset of the first section, the header JSON) of an open compiled lexicon."""
    start = fh.read(_PREAMBLE.size)
    if len(start) < _PREAMBLE.size:
        raise LexiconFormatError(f"'{path}' is not a compiled lexicon (too short).")
    magic, version, size = _PREAMBLE.unpack(start)
    if magic != MAGIC:
        raise LexiconFormatError(f"'{path}' is not a compiled lexicon.")
    if version != FORMAT_VERSION:
        raise LexiconFormatError(
            f"'{path}' has lexicon format {version}, this presslens reads {FORMAT_VERSION}; "
            "run 'presslens lexicons' again."
        )
    return _PREAMBLE.size + size, json.loads(fh.read(size))


class Lexicon:
    """A compiled pair, memory-mapped; every lookup is a hash probe (no parsing at open)."""

    def __init__(self, path: Path, buffer: mmap.mmap, meta: dict, body: int) -> None:
        self.path = path
        self.header = LexiconHeader.from_json(meta)
        self._buf = buffer
        self._sections = {name: body + offset for name, (offset, _) in meta["sections"].items()}
        self._slots = {
            name: _U32.unpack_from(buffer, self._sections[name])[0]
            for name in ("words", "stems", "forms")
        }

    @classmethod
    def open(cls, path: str | Path) -> Lexicon:
        path = Path(path)
        with open(path, "rb") as fh:
            body, meta = _read_preamble(fh, path)
            buffer = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        return cls(path, buffer, meta, body)

    @property
    def source(self) -> str:
        return self.header.source

    @property
    def target(self) -> str:
        return self.header.target

    def close(self) -> None:
        self._buf.close()

    def __enter__(self) -> Lexicon:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Lexicon({self.header.pair}, {self.header.counts.get('headwords', 0)} headwords)"

    def words(self, headword: str) -> tuple[str, ...]:
        """Translations of a lowercased source headword (one or two words), best first."""
        return self._strings("targets", self._lookup("words", headword))

    def stems(self, key: str) -> tuple[str, ...]:
        """Translations of every headword whose :func:`stem_key` is ``key``."""
        return self._strings("targets", self._lookup("stems", key))

    def lemmas(self, form: str) -> tuple[str, ...]:
        """Lemmas of an inflected form that the stem alone would not reach."""
        return self._strings("lemmas", self._lookup("forms", form))

    def knows(self, word: str) -> bool:
        """Whether ``word`` is a headword, a known inflected form, or has a known stem."""
        return bool(
            self._lookup("words", word)
            or self._lookup("forms", word)
            or self._lookup("stems", stem_key(word, self.source))
        )

    def _lookup(self, table: str, key: str) -> list[int]:
        raw = key.encode("utf-8")
        if not raw or len(raw) > 255:
            return []
        buf, base = self._buf, self._sections[table]
        slots = self._slots[table]
        records = base + 4 + 4 * slots
        slot = zlib.crc32(raw) % slots
        while True:
            ref = _U32.unpack_from(buf, base + 4 + 4 * slot)[0]
            if not ref:
                return []
            at = records + ref - 1
            size = buf[at]
            if buf[at + 1 : at + 1 + size] == raw:
                return _varints(buf, at + 1 + size)
            slot = (slot + 1) % slots

    def _strings(self, pool: str, ids: list[int]) -> tuple[str, ...]:
        if not ids:
            return ()
        buf, base = self._buf, self._sections[pool]
        out = []
        for i in ids:
            start, end = struct.unpack_from("<II", buf, base + 4 + 4 * i)
            data = base + 4 + 4 * (_U32.unpack_from(buf, base)[0] + 1)
            out.append(buf[data + start : data + end].decode("utf-8"))
        return tuple(out)


def _varints(buf: mmap.mmap, at: int) -> list[int]:
    values: list[int] = []
    count = -1
    value = shift = 0
    while count != len(values):
        byte = buf[at]
        at += 1
        value |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        if count < 0:
            count = value
        else:
            values.append(value)
        value = shift = 0
    return values
