"""Who "he", "the Norwegian", "der 48-Jährige" or "Nato-chefen" is: the most salient person.

Candidates for the subject of a verb of saying are named mentions (outside quotes: a name
inside a quote is never its speaker), pronouns and descriptions. Pronouns, zero subjects
("…”, añadió.") and definite descriptions resolve to the most *salient* person before them:
the later of the last person who spoke (a quote, or reported speech "X said that…") and the last
person named as the subject of a sentence, of the right gender. Registry roles ("Nato-chefen")
resolve to the person who has them. A description that is an outlet, an organisation, a group or
an earlier anonymous source ("the paper", "the officials", "a spokesman … the spokesman") is
nobody.

>>> from indexer.people import PeopleRegistry
>>> ctx = Context("Jens Stoltenberg spoke. He left.", PeopleRegistry.empty(), [], "en")
>>> ctx.resolve(ctx.candidates(24, 31)[0], 24)
'Jens Stoltenberg'
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from indexer.people import PeopleRegistry
from indexer.quotes.asides import aside
from indexer.quotes.descriptions import describe, same_role
from indexer.quotes.embedded import reported_subject
from indexer.quotes.genitives import apposed, genitive, governed
from indexer.quotes.lexicon import PREPOSITIONS
from indexer.quotes.names import Mention, find_mentions
from indexer.quotes.participles import silent_participle
from indexer.quotes.pronoun_subjects import pronoun_opens
from indexer.quotes.sentences import opening_before
from indexer.quotes.speakers import ANONYMOUS, NOBODY, is_person
from indexer.quotes.trailing import reported_clause
from indexer.quotes.verbs import (
    PRONOUNS,
    find_verbs,
    german_speech,
    pronoun_pattern,
    say_words,
)

__all__ = ["ANONYMOUS", "NOBODY", "Candidate", "Context", "Verb", "is_person"]

_GENERIC = re.compile(
    r"(?<![\w-])(?:(?:the|der|die|el|la|le|den|det)\s+(?:[\w-]+\s+){0,3}?(?:vice-?|ex-?)?"
    r"(?:official|diplomat|minister|spokesman|spokeswoman|spokesperson|envoy|president|"
    r"chancellor|ambassador|premier|agent|coach|mayor|governor|pontiff|pope|Ministerin|"
    r"Sprecher|Sprecherin|Kanzler|Kanzlerin|Präsident|Präsidentin|Diplomat|Trainer|"
    r"Bürgermeister|Bürgermeisterin|Papst|ministro|ministra|portavoz|diplomático|funcionario|"
    r"presidente|presidenta|canciller|embajador|entrenador|alcalde|alcaldesa|gobernador|"
    r"gobernadora|pontífice|papa|ministre|porte-parole|diplomate)"
    r"|ministern|diplomaten|talespersonen|presidenten|generalsekreteraren|"
    r"дипломат|министр|пресс-секретарь|премьер)(?![\w-])",
    re.IGNORECASE,
)
_RECENT = 300  # characters within which a person named once is still salient
#: a Russian noun in the genitive between a title and the name ("пресс-секретарь ведомства
#: Мария Сидорова"), not a verb in the past tense
_GENITIVE = re.compile(r"[а-яё-]+(?<!л)(?:а|я|ы|и|ов|ев|ей|ого|его)\s+")
#: a sentence that opens with a definite description: "La ministra …", "The coach …"
_DESCRIBED = re.compile(
    r"(?:(?:But|And|Yet)[ \t]+the|The|Der|Die|El|La|Le|Den|Det)[ \t]+"
    r"((?:[^\W\d_][\w-]*[ \t]+){0,2}[^\W\d_][\w-]*)"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\w-]*")
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


class Verb:
    """A verb of saying found in the text, read like a regex match (``start()``, ``group()``)."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible subject: ``kind`` is "name", "pronoun", "role" or "generic"."""

    start: int
    end: int
    kind: str
    value: str  # canonical name, pronoun gender, or role phrase


#: who the subject of a verb of saying is: (context, verb start, verb end, paragraph start)
Reported = Callable[["Context", int, int, int], "str | None"]


class Context:
    """Everything attribution needs about one article: mentions, quote spans, speakers so far."""

    def __init__(
        self,
        text: str,
        registry: PeopleRegistry,
        quoted: list[tuple[int, int]],
        language: str,
        mentions: list[Mention] | None = None,
        reported: Reported | None = None,
    ) -> None:
        self.text = text
        self.registry = registry
        self.language = language
        self.mentions = (
            find_mentions(text, registry, language, say_words(language))
            if mentions is None
            else mentions
        )
        self.mention_starts = self._starts = [m.start for m in self.mentions]
        self.quoted = sorted(quoted)
        self._role_re, self._roles = _role_pattern(registry)
        self._events: list[tuple[int, str]] = []  # (position, speaker), sorted
        # reported speech whose subject is read only when salience first looks past it
        self._reported = reported
        self._pending: deque[tuple[int, int, int]] = deque()  # (verb start, end, paragraph)
        self._subjects: list[Mention] | None = None
        self._verbs: list[Verb] | None = None
        self._lower: str | None = None
        self._verb_starts: list[int] = []
        self._counts: dict[str, int] = {}
        for m in self.mentions:
            self._counts[m.name] = self._counts.get(m.name, 0) + 1

    # -- verbs of saying --------------------------------------------------------------------
    def verbs(self, start: int, end: int) -> list[Verb]:
        """Verbs of saying lying inside ``text[start:end]`` (the text is scanned once)."""
        if self._verbs is None:
            text = self.text
            german = self.language == "de"
            self._verbs = [
                Verb(text, a, b)
                for a, b in find_verbs(text, self.language)
                if (b - a != 2 or text[a:b].lower() != "so" or _quotative_so(text, a, b))
                and (not german or german_speech(text, a, b))
                and not (self.language == "en" and silent_participle(text, a, b))  # "was told"
            ]
            self._verb_starts = [v.start() for v in self._verbs]
        i = bisect.bisect_left(self._verb_starts, start)
        j = i
        verbs = self._verbs
        while j < len(verbs) and verbs[j].end() <= end:
            j += 1
        return verbs[i:j]

    def verb(self, start: int, end: int) -> Verb | None:
        """The first verb of saying inside ``text[start:end]``, or ``None``."""
        found = self.verbs(start, end)
        return found[0] if found else None

    # -- quotes and speakers ----------------------------------------------------------------
    def inside_quote(self, pos: int) -> bool:
        """True when ``pos`` lies inside a quoted statement."""
        i = bisect.bisect_right(self.quoted, (pos, 1 << 62)) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def add_speaker(self, pos: int, name: str) -> None:
        """Record that ``name`` spoke at ``pos`` (a quote or reported speech)."""
        bisect.insort(self._events, (pos, name))

    def report(self, vstart: int, vend: int, paragraph: int) -> None:
        """A verb of saying outside quotes (reported speech, "X said that …"), in text order:
        its subject speaks at ``vstart``. It is read (with the ``reported`` function the
        context was made with) only when a question about speakers looks past it; what the
        subject is depends only on what comes before the verb, so the answer is the same."""
        self._pending.append((vstart, vend, paragraph))

    def _read_reported(self, pos: int) -> None:
        pending = self._pending
        while pending and pending[0][0] < pos:
            vstart, vend, paragraph = pending.popleft()
            who = self._reported(self, vstart, vend, paragraph) if self._reported else None
            if who:
                self.add_speaker(vstart, who)

    def last_speaker(self, pos: int) -> tuple[int, str] | None:
        """(position, speaker) of the last quote or reported speech before ``pos``."""
        if self._pending:
            self._read_reported(pos)
        i = bisect.bisect_left(self._events, (pos, "")) - 1
        return self._events[i] if i >= 0 else None

    def gender(self, name: str) -> str:
        """``"m"``, ``"f"`` or ``""`` for a person named in this article."""
        g = self.registry.gender(name)
        if g:
            return g
        return next((m.gender for m in self.mentions if m.name == name and m.gender), "")

    # -- salience ---------------------------------------------------------------------------
    def _subject_mentions(self) -> list[Mention]:
        """Mentions outside quotes that open their sentence or stand before a verb of saying."""
        if self._subjects is None:
            text = self.text
            say = say_words(self.language)
            subjects = []
            last_sentence = held = -1  # held: a sentence whose first name is a genitive
            for m in self.mentions:
                if self.inside_quote(m.start):
                    continue
                sentence = opening_before(text, m.start)
                first = sentence != last_sentence or (
                    sentence == held and apposed(text, m.start, m.end)
                )  # "El padre de Angélica Rivera, Eduardo Fernández, …": he is the subject
                last_sentence = sentence
                if first and (
                    genitive(text, m.start, self.language) or governed(text, m.start, self.language)
                ):
                    first, held = False, sentence  # "el despido del técnico Ricardo La Volpe"
                before = _WORD.findall(text[max(sentence, m.start - 30) : m.start])
                prev = before[-1].casefold() if before else ""
                after = _WORD.match(text, _skip(text, m.end))
                follows = after is not None and after.group().casefold() in say
                if first and (prev in PREPOSITIONS or pronoun_opens(text, sentence, m.start)):
                    first = False  # "They could picture Michael Howard": not the subject
                if first and (
                    aside(text, m.start, m.end) or reported_subject(text, sentence, m.start, say)
                ):
                    first = False  # "secretario –Jorge Alcocer-", "destacó que Hugo López": not it
                if first or follows:
                    subjects.append(m)
            described = self._described_subjects()
            if described:
                subjects = sorted(subjects + described, key=lambda m: m.start)
            self._subjects = subjects
        return self._subjects

    def _described_subjects(self) -> list[Mention]:
        """Sentences that open with the role the article gave a person ("la ministra de
        Educación, Lucia Azzolina" … "La ministra de Educación, por su parte, afrontó …"): that
        person is their subject."""
        given = [m for m in self.mentions if m.role]
        if not given:
            return []
        found = []
        text = self.text
        for d in _DESCRIBED.finditer(text, given[0].end):
            before = text[d.start() - 2 : d.start()]
            if not (before.endswith("\n") or (before[:1] in ".!?…" and before[1:].isspace())):
                continue  # not where a sentence opens
            heads = d.group(1).casefold().split()
            owner = next(
                (
                    m
                    for m in reversed(given)
                    if m.end <= d.start(1) and any(same_role(m.role, h) for h in heads)
                ),
                None,
            )
            if owner is not None and not self.inside_quote(d.start(1)):
                found.append(
                    Mention(d.start(1), d.end(1), owner.name, owner.registered, gender=owner.gender)
                )
        return found

    def salient(self, pos: int, gender: str = "", pronoun: bool = False) -> str | None:
        """The person "he", "she", a zero subject or "the coach" most likely means at ``pos``:
        the later of the last speaker (a pronoun skips organisations) and the last subject."""
        if self._pending:
            self._read_reported(pos)
        at = pos  # "X would lead, he said.": "he" is looked for before the clause it reports
        clause = reported_clause(self.text, pos, say_words(self.language)) if pronoun else None
        if clause is not None:
            at = clause
        best_pos, best = -1, None
        i = bisect.bisect_left(self._events, (at, "")) - 1
        while i >= 0:
            p, name = self._events[i]
            i -= 1
            if name == NOBODY and pronoun:
                continue
            if not gender or not is_person(name) or self.gender(name) in ("", gender):
                best_pos, best = p, name
                break
        for m in reversed(self._subject_mentions()):
            if m.start >= at:
                continue
            if m.start <= best_pos:
                break
            if gender and self.gender(m.name) not in ("", gender):
                continue
            if self._counts.get(m.name, 0) < 2 and pos - m.start > _RECENT:
                continue  # a person named once, long ago, is not who "he" is
            best_pos, best = m.start, m.name
            break
        return best if best is not None else self.last_person(at, gender)

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
            if gender and self.gender(m.name) not in ("", gender):
                continue
            return m.name
        return None

    # -- candidates -------------------------------------------------------------------------
    def candidates(self, start: int, end: int) -> list[Candidate]:
        """Possible subjects inside ``text[start:end]`` (outside quotes), ordered by position."""
        found: list[Candidate] = []
        lo = bisect.bisect_left(self._starts, start)
        name_starts = set()
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            if m.end <= end and not self.inside_quote(m.start):
                name_starts.add(m.start)
                found.append(Candidate(m.start, m.end, "name", m.name))
        text = self.text

        def before_name(e: int) -> bool:
            j = e
            while j < end and text[j] in " ,":
                j += 1
            if j - e > 2:
                return False
            for _ in range(2):  # "пресс-секретарь ведомства Мария Сидорова": a genitive between
                if j in name_starts:
                    return True
                g = _GENITIVE.match(text, j, end)
                if g is None:
                    return False
                j = g.end()
            return j in name_starts

        for m in pronoun_pattern().finditer(text, start, end):
            if not self.inside_quote(m.start()):
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

    def _cataphora(self, cand: Candidate) -> str | None:
        """A pronoun in the attribution of the quote that opens the text, with nobody before
        it: the first person named after it ("«…», — заявил он. … Как пояснил Калинкин")."""
        first = self.quoted[0] if self.quoted else None
        if first is None or self.text[: first[0]].strip(_OPENING) or cand.start - first[1] > 40:
            return None  # "Как считает эксперт … «…», — заявил он": the expert, unnamed
        i = bisect.bisect_left(self._starts, cand.end)
        for m in self.mentions[i:]:
            if m.start - cand.end > _CATAPHORA_REACH:
                return None
            if not self.inside_quote(m.start) and self.gender(m.name) in ("", cand.value):
                return m.name
        return None

    def resolve(self, cand: Candidate, pos: int) -> str | None:
        """The canonical person a candidate stands for at ``pos``, or ``None``."""
        if cand.kind == "name":
            return cand.value
        if cand.kind == "pronoun":
            return self.salient(cand.start, cand.value, pronoun=True) or self._cataphora(cand)
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
            return self.describe(cand.value, cand.start)
        return None

    def describe(self, phrase: str, pos: int, gender: str = "", at: int | None = None) -> str:
        """The person a description in a subject slot stands for, else :data:`NOBODY` or
        :data:`ANONYMOUS` (see :func:`indexer.quotes.descriptions.describe`)."""
        return describe(self, phrase, pos, gender, at)

    @property
    def lower(self) -> str:
        """The text in lower case (same offsets: extraction reads such texts only)."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower


#: how far after a pronoun with nothing before it the person it stands for is named
_CATAPHORA_REACH = 400
_OPENING = ' \t\n"«„“‘—–-'


def _quotative_so(text: str, a: int, b: int) -> bool:
    """German "so" attributes only after a comma and before a name: "…, so Faymann."."""
    if not text[max(0, a - 3) : a].rstrip().endswith(","):
        return False
    nxt = _WORD.match(text, b + 1)
    return nxt is not None and (nxt.group()[:1].isupper() or nxt.group() in ("der", "die"))


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,":
        pos += 1
    return pos
