"""The people registry: canonical names, spellings and roles of people the news talks about.

The registry is read from ``corpus/people.yaml`` (its comment header documents the format). It maps
every alias, transliteration and close spelling variant of a registered name to one canonical name,
so that "Grusjko", "Gruschko", "Грушко" and "Alexander Grushko" all become one person.

>>> reg = PeopleRegistry.from_records([{"name": "Alexander Grushko", "aliases": ["Grusjko"]}])
>>> reg.canonical("Gruschko"), reg.canonical("Aleksandr Grusjko"), reg.canonical("Nato")
('Alexander Grushko', 'Alexander Grushko', None)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from search.errors import ArticleFormatError

__all__ = ["Person", "PeopleRegistry", "skeleton"]

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ' y ' e iu ia".split(),
        strict=True,
    )
)
_SPELLING = (
    ("shch", "sh"),
    ("sch", "sh"),
    ("sj", "sh"),
    ("tsh", "ch"),
    ("tch", "ch"),
    ("kh", "h"),
    ("ou", "u"),
    ("x", "ks"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
)
_NON_LETTER = re.compile(r"[^a-z ]+")
_DOUBLE = re.compile(r"([a-z])\1+")
#: names whose canonical form is cached; when full, the cache starts over (the names of the
#: articles read now are the ones asked again)
_CACHE_SIZE = 50_000


@functools.lru_cache(maxsize=65_536)
def skeleton(name: str) -> str:
    """Reduce a name to a spelling-independent key (transliteration and j/y/i, sch/sh folded).

    A pure function of ``name``, memoized: the same names recur across articles.

    >>> skeleton("Grusjko") == skeleton("Gruschko") == skeleton("Грушко") == skeleton("Grushko")
    True
    """
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(_CYRILLIC.get(ch, ch) for ch in text if not unicodedata.combining(ch))
    text = text.replace("-", " ").replace("’", "").replace("'", "")
    for old, new in _SPELLING:
        text = text.replace(old, new)
    text = _NON_LETTER.sub("", text)
    return _DOUBLE.sub(r"\1", " ".join(text.split()))


def _within_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one inserted, deleted or replaced letter."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i + 1 :] == b[i + 1 :] if la == lb else a[i:] == b[i + 1 :]


def _deletions(word: str) -> tuple[str, ...]:
    """``word`` with one letter left out, at every position: two words one edit apart share one
    of these (or one is the other's), so an index of them finds close spellings at once."""
    return tuple(word[:i] + word[i + 1 :] for i in range(len(word))) if len(word) >= 5 else ()


def _cyrillic_inflection(a: str, b: str) -> bool:
    """Russian case endings: "Пескова"/"Песковым" against "Песков" (compared as skeletons)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


@dataclass(frozen=True, slots=True)
class Person:
    """One registered person: canonical name, every known spelling, roles per language."""

    canonical: str
    aliases: tuple[str, ...] = ()
    roles: Mapping[str, list[str]] = field(default_factory=dict)
    gender: str = ""  # "m", "f" or "" when unknown; used for he/she resolution


class PeopleRegistry:
    """Canonical names of people, with aliases, transliteration variants and roles.

    >>> reg = PeopleRegistry.empty()
    >>> reg.canonical("Anyone") is None
    True
    """

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._people: list[Person] = list(people)
        self._by_name: dict[str, str] = {}
        self._by_skeleton: dict[str, set[str]] = {}
        self._surnames: dict[str, set[str]] = {}  # surname skeleton -> canonical names
        self._near: dict[str, set[str]] = {}  # surname, its one-letter deletions, prefixes
        self._given: dict[str, str] = {}  # canonical -> given-name skeleton
        self._cache: dict[str, str | None] = {}
        for person in self._people:
            names = (person.canonical, *person.aliases)
            for name in names:
                self._by_name[name.casefold()] = person.canonical
                self._by_skeleton.setdefault(skeleton(name), set()).add(person.canonical)
            parts = skeleton(person.canonical).split()
            if len(parts) > 1:
                self._given[person.canonical] = parts[0]
            for name in names:
                surname = skeleton(name).split()[-1:] if name.strip() else []
                for s in surname:
                    self._surnames.setdefault(s, set()).add(person.canonical)
                    for key in (s, *_deletions(s), s[:-1], s[:-2]):
                        self._near.setdefault(key, set()).add(s)

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def empty(cls) -> PeopleRegistry:
        """A registry that knows nobody."""
        return cls()

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> PeopleRegistry:
        """Build from ``{"name", "aliases", "roles", "gender"}`` mappings (the YAML shape)."""
        people = []
        for rec in records:
            roles = {str(k): [str(r) for r in v or ()] for k, v in (rec.get("roles") or {}).items()}
            people.append(
                Person(
                    canonical=str(rec["name"]),
                    aliases=tuple(str(a) for a in rec.get("aliases") or ()),
                    roles=roles,
                    gender=str(rec.get("gender") or ""),
                )
            )
        return cls(people)

    @classmethod
    def load(cls, path: str | Path) -> PeopleRegistry:
        """Read ``people.yaml``; a missing file gives an empty registry.

        Raises ``ArticleFormatError(path, reason, line)`` when the YAML is malformed.
        """
        path = Path(path)
        if not path.is_file():
            return cls.empty()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            raise ArticleFormatError(str(path), f"invalid YAML: {exc}", line) from exc
        except UnicodeDecodeError as exc:
            raise ArticleFormatError(str(path), "not UTF-8 text") from exc
        if data is None:
            return cls.empty()
        records = data.get("people") if isinstance(data, dict) else None
        if not isinstance(records, list):
            raise ArticleFormatError(str(path), "expected a top-level 'people:' list")
        for i, rec in enumerate(records):
            if not isinstance(rec, dict) or not isinstance(rec.get("name"), str):
                raise ArticleFormatError(str(path), f"entry {i + 1} has no 'name'")
            if not isinstance(rec.get("aliases") or [], list) or not isinstance(
                rec.get("roles") or {}, dict
            ):
                raise ArticleFormatError(str(path), f"entry {i + 1}: aliases/roles malformed")
        return cls.from_records(records)

    # -- queries --------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._people)

    def people(self) -> list[Person]:
        """Every registered person, in file order."""
        return list(self._people)

    def person(self, canonical: str) -> Person | None:
        """The registered person with this canonical name, if any."""
        return next((p for p in self._people if p.canonical == canonical), None)

    def canonical(self, name: str) -> str | None:
        """Any alias or close spelling variant -> canonical name; ``None`` when unknown/ambiguous.

        >>> reg = PeopleRegistry.from_records([{"name": "Sergei Ryabkov"}])
        >>> reg.canonical("Riabkov"), reg.canonical("Рябков"), reg.canonical("Lavrov")
        ('Sergei Ryabkov', 'Sergei Ryabkov', None)
        """
        cache = self._cache
        if name in cache:
            return cache[name]
        result = self._lookup(name)
        if len(cache) >= _CACHE_SIZE:
            cache.clear()  # bounded, and still caching the names of the articles read now
        cache[name] = result
        return result

    def _lookup(self, name: str) -> str | None:
        if not self._people or not name.strip():
            return None
        hit = self._by_name.get(name.strip().casefold())
        if hit:
            return hit
        key = " ".join(skeleton(w) for w in name.replace("-", " ").split())
        key = " ".join(key.split())
        if not key:
            return None
        exact = self._by_skeleton.get(key)
        if exact and len(exact) == 1:
            return next(iter(exact))
        parts = key.split()
        surname = parts[-1]
        cyrillic = not name.isascii() and any("\u0400" <= ch <= "\u04ff" for ch in name)
        near: set[str] = set()  # registry surnames that can match: same, one letter, a prefix
        for k in (surname, *_deletions(surname), surname[:-1], surname[:-2]):
            near |= self._near.get(k, set())
        found: set[str] = set()
        for s in near:
            if s == surname or (
                min(len(s), len(surname)) >= 5
                and (_within_one(s, surname) or (cyrillic and _cyrillic_inflection(s, surname)))
            ):
                found |= self._surnames[s]
        if len(parts) > 1 and found:
            given = parts[0]
            found = {
                c
                for c in found
                if c not in self._given
                or self._given[c][0] == given[0]
                and (len(given) <= 2 or _close(self._given[c], given))
            }
        return next(iter(found)) if len(found) == 1 else None

    def is_alias(self, name: str) -> bool:
        """True when ``name`` is a canonical name or an alias written in ``people.yaml``
        (not only a close spelling or a bare surname the registry infers).

        >>> reg = PeopleRegistry.from_records([{"name": "Julianne Smith"}])
        >>> reg.is_alias("julianne smith"), reg.canonical("Smith"), reg.is_alias("Smith")
        (True, 'Julianne Smith', False)
        """
        return name.strip().casefold() in self._by_name

    def aliases(self, canonical: str) -> tuple[str, ...]:
        """Every known spelling of a person, the canonical name first."""
        person = self.person(canonical)
        if person is None:
            return ()
        return tuple(dict.fromkeys((person.canonical, *person.aliases)))

    def alias_groups(self) -> list[tuple[str, ...]]:
        """One group per person for query expansion: names, aliases and surname variants.

        >>> PeopleRegistry.from_records([{"name": "Jens Stoltenberg"}]).alias_groups()
        [('Jens Stoltenberg', 'Stoltenberg')]
        """
        groups = []
        for p in self._people:
            names = [p.canonical, *p.aliases]
            surnames = [n.split()[-1] for n in names if len(n.split()) > 1]
            groups.append(tuple(dict.fromkeys([*names, *surnames])))
        return groups

    def roles(self, language: str | None = None) -> dict[str, list[str]]:
        """Role phrase (casefolded) -> canonical names having it, in ``language`` or all."""
        table: dict[str, list[str]] = {}
        for p in self._people:
            for lang, phrases in p.roles.items():
                if language is not None and lang != language:
                    continue
                for phrase in phrases:
                    names = table.setdefault(phrase.casefold(), [])
                    if p.canonical not in names:
                        names.append(p.canonical)
        return table

    def gender(self, canonical: str) -> str:
        """``"m"``, ``"f"`` or ``""`` for a canonical name."""
        person = self.person(canonical)
        return person.gender if person else ""


def _close(a: str, b: str) -> bool:
    """Given names that are spelling variants: Aleksandr/Alexander, Dmitri/Dmitry, Sergei/Sergey."""
    if _within_one(a, b) or a.startswith(b) or b.startswith(a):
        return True
    return len(a) > 3 and len(b) > 3 and a[:4] == b[:4]
