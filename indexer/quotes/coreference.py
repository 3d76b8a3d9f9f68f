"""Who "he", "the Norwegian" or "Nato-chefen" is: the most recent compatible named mention.

Candidates for the subject of a verb of saying are named mentions, pronouns and descriptions
(registry roles, or a definite "the official"/"der Sprecher"/"el diplomático"). Pronouns and
descriptions resolve backwards to the last person named outside quotes who fits: the same gender
for pronouns, the registry role for role descriptions.

>>> from indexer.people import PeopleRegistry
>>> ctx = Context("Jens Stoltenberg spoke. He left.", PeopleRegistry.empty(), [], "en")
>>> ctx.resolve(ctx.candidates(24, 31)[0], 24)
'Jens Stoltenberg'
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from indexer.people import PeopleRegistry
from indexer.quotes.names import Mention, find_mentions
from indexer.quotes.verbs import PRONOUNS, pronoun_pattern

__all__ = ["Candidate", "Context"]

_GENERIC = re.compile(
    r"(?<![\w-])(?:(?:the|der|die|el|la|le|den|det)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:official|diplomat|minister|spokesman|spokeswoman|spokesperson|envoy|president|"
    r"chancellor|ambassador|premier|Ministerin|Sprecher|Sprecherin|Kanzler|Kanzlerin|"
    r"Präsident|Präsidentin|Diplomat|ministro|ministra|portavoz|diplomático|funcionario|"
    r"presidente|presidenta|canciller|embajador|ministre|porte-parole|diplomate)"
    r"|ministern|diplomaten|talespersonen|presidenten|generalsekreteraren|"
    r"дипломат|министр|пресс-секретарь|премьер)(?![\w-])",
    re.IGNORECASE,
)
_ROLE_CACHE: dict[int, tuple[PeopleRegistry, re.Pattern[str] | None, dict[str, list[str]]]] = {}


def _role_pattern(registry: PeopleRegistry) -> tuple[re.Pattern[str] | None, dict[str, list[str]]]:
    cached = _ROLE_CACHE.get(id(registry))
    if cached is not None and cached[0] is registry:
        return cached[1], cached[2]
    table = registry.roles()
    pattern = None
    if table:
        phrases = sorted(table, key=len, reverse=True)
        body = "|".join(re.escape(p) for p in phrases)
        pattern = re.compile(
            rf"(?<![\w-])(?:(?:the|der|die|el|la|le|den|det)\s+)?(?:{body})(?![\w-])",
            re.IGNORECASE,
        )
    if len(_ROLE_CACHE) > 64:
        _ROLE_CACHE.clear()
    _ROLE_CACHE[id(registry)] = (registry, pattern, table)
    return pattern, table


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible subject: ``kind`` is "name", "pronoun", "role" or "generic"."""

    start: int
    end: int
    kind: str
    value: str  # canonical name, pronoun gender, or role phrase


class Context:
    """Everything attribution needs about one article: mentions, quote spans, registry."""

    def __init__(
        self,
        text: str,
        registry: PeopleRegistry,
        quoted: list[tuple[int, int]],
        language: str,
        mentions: list[Mention] | None = None,
    ) -> None:
        self.text = text
        self.registry = registry
        self.language = language
        self.mentions = find_mentions(text, registry) if mentions is None else mentions
        self._starts = [m.start for m in self.mentions]
        self.quoted = sorted(quoted)
        self._role_re, self._roles = _role_pattern(registry)

    def inside_quote(self, pos: int) -> bool:
        """True when ``pos`` lies inside a quoted statement."""
        i = bisect.bisect_right(self.quoted, (pos, 1 << 62)) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _gender(self, name: str) -> str:
        return self.registry.gender(name)

    def last_person(self, pos: int, gender: str = "", among: list[str] | None = None) -> str | None:
        """The last person named before ``pos`` outside quotes, fitting gender/role constraints."""
        i = bisect.bisect_left(self._starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.end > pos or self.inside_quote(m.start):
                continue
            if among is not None and m.name not in among:
                continue
            if gender and self._gender(m.name) not in ("", gender):
                continue
            return m.name
        return None

    def candidates(self, start: int, end: int) -> list[Candidate]:
        """Possible subjects inside ``text[start:end]``, ordered by position."""
        found: list[Candidate] = []
        lo = bisect.bisect_left(self._starts, start)
        names = []
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            if m.end <= end:
                names.append(m)
                found.append(Candidate(m.start, m.end, "name", m.name))
        name_starts = {m.start for m in names}
        text = self.text

        def before_name(e: int) -> bool:
            j = e
            while j < end and text[j] in " ,":
                j += 1
            return j in name_starts and j - e <= 2

        for m in pronoun_pattern().finditer(text, start, end):
            gender = PRONOUNS.get(m.group().casefold(), "")
            found.append(Candidate(m.start(), m.end(), "pronoun", gender))
        if self._role_re is not None:
            for m in self._role_re.finditer(text, start, end):
                if not before_name(m.end()):
                    found.append(Candidate(m.start(), m.end(), "role", m.group()))
        for m in _GENERIC.finditer(text, start, end):
            if not before_name(m.end()) and not any(
                c.start <= m.start() < c.end for c in found if c.kind == "role"
            ):
                found.append(Candidate(m.start(), m.end(), "generic", m.group()))
        found.sort(key=lambda c: (c.start, -c.end))
        return found

    def resolve(self, cand: Candidate, pos: int) -> str | None:
        """The canonical person a candidate stands for at ``pos``, or ``None``."""
        if cand.kind == "name":
            return cand.value
        if cand.kind == "pronoun":
            return self.last_person(cand.start, cand.value)
        if cand.kind == "role":
            phrase = re.sub(
                r"^(?:the|der|die|el|la|le|den|det)\s+", "", cand.value, flags=re.IGNORECASE
            )
            owners = self._roles.get(cand.value.casefold()) or self._roles.get(phrase.casefold())
            if not owners:
                return None
            named = self.last_person(pos, among=owners)
            if named is not None:
                return named
            mentioned = {m.name for m in self.mentions}
            present = [o for o in owners if o in mentioned]
            return present[0] if len(present) == 1 else None
        if cand.kind == "generic":
            return self.last_person(cand.start)
        return None
