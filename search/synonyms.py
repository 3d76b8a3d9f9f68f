"""Synonym groups applied at query time (``corpus/synonyms.yaml``, plus speaker aliases).

A group is a list of equivalent spellings; searching any member finds every member::

    groups:
      - [Nato, NATO, North Atlantic Treaty Organization, OTAN]
      - [Russia, Ryssland, Russland, Rusia, Россия]

>>> s = Synonyms([("Nato", "North Atlantic Treaty Organization")])
>>> s.expand("NATO")
('nato', 'north atlantic treaty organization')
>>> s.expand("veto")
('veto',)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from search.analysis import analyze_exact
from search.errors import ArticleFormatError


def _key(text: str) -> str:
    return " ".join(analyze_exact(text))


class Synonyms:
    """Lookup from any spelling to its whole group (normalised, lowercased)."""

    def __init__(self, groups: Iterable[Iterable[str]] = ()) -> None:
        self._groups: dict[str, tuple[str, ...]] = {}
        for group in groups:
            self.add_group(group)

    def add_group(self, group: Iterable[str]) -> None:
        keys = tuple(dict.fromkeys(k for k in (_key(str(m)) for m in group) if k))
        if len(keys) < 2:
            return
        merged = list(keys)
        for key in keys:  # groups sharing a member merge into one
            for other in self._groups.get(key, ()):
                if other not in merged:
                    merged.append(other)
        final = tuple(merged)
        for key in final:
            self._groups[key] = final

    def expand(self, text: str) -> tuple[str, ...]:
        """Every spelling equivalent to ``text`` (``text`` itself first, normalised)."""
        key = _key(text)
        group = self._groups.get(key)
        if not group:
            return (key,) if key else ()
        return (key, *(g for g in group if g != key))

    def __len__(self) -> int:
        return len({id(g) for g in self._groups.values()})

    def __contains__(self, text: object) -> bool:
        """Whether ``text`` (any spelling) belongs to a group."""
        return isinstance(text, str) and _key(text) in self._groups

    def groups(self) -> list[tuple[str, ...]]:
        """Every group once (normalised spellings)."""
        return list({id(g): g for g in self._groups.values()}.values())

    def with_groups(self, groups: Iterable[Iterable[str]]) -> Synonyms:
        """A copy with more groups (the speakers' aliases of one index); ``self`` unchanged.

        >>> base = Synonyms([("Nato", "OTAN")])
        >>> more = base.with_groups([("Jens Stoltenberg", "Stoltenberg")])
        >>> "stoltenberg" in more, "stoltenberg" in base
        (True, False)
        """
        merged = Synonyms(self.groups())
        for group in groups:
            merged.add_group(group)
        return merged

    @classmethod
    def load(cls, path: str | Path) -> Synonyms:
        """Read a synonyms YAML file; a missing file means no synonyms."""
        path = Path(path)
        if not path.exists():
            return cls()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise ArticleFormatError(
                str(path), f"invalid YAML: {exc}", mark.line + 1 if mark else None
            ) from exc
        groups = data.get("groups", []) if isinstance(data, dict) else data
        if not isinstance(groups, list) or not all(isinstance(g, list) for g in groups):
            raise ArticleFormatError(str(path), "expected 'groups:' followed by a list of lists")
        return cls(groups)
