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
from dataclasses import dataclass

from indexer.people import PeopleRegistry
from indexer.quotes.lexicon import DETERMINERS, INDEFINITE, PREPOSITIONS, is_org_word
from indexer.quotes.names import Mention, find_mentions
from indexer.quotes.verbs import NONPERSON_HEADS, PRONOUNS, find_verbs, pronoun_pattern, say_words

__all__ = ["ANONYMOUS", "NOBODY", "Candidate", "Context", "Verb", "is_person"]

#: the speaker is explicitly not a person (an outlet, an organisation, "officials")
NOBODY = "\x00nobody"
#: the speaker is a person the article does not name ("a European diplomat said")
ANONYMOUS = "\x00anonymous"


def is_person(name: str | None) -> bool:
    """True for a speaker's name, false for ``None``, :data:`NOBODY` and :data:`ANONYMOUS`."""
    return bool(name) and name not in (NOBODY, ANONYMOUS)


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
_SENTENCE = re.compile(r"[.!?…](?=[\s\"”»’]*\s)|\n")
_RECENT = 300  # characters within which a person named once is still salient
_INDEFINITE_INTRO = frozenset("a an ein eine einer un una one".split())
#: a definite article right before a description that first comes without "of …" after it
#: points back to the person the story is about ("el político", "the politician")
_DEFINITE = frozenset("the der die el la le".split())
_OF = frozenset("of at for from von vom der des bei de del en för på".split())
#: descriptions that stand for sources, named or not, rather than for the person of the story
_SOURCES = frozenset(
    """spokesman spokeswoman spokesperson official officials source sources analyst analysts
    expert experts witness witnesses police sprecher sprecherin experte expertin zeuge zeugin
    portavoz vocero vocera analista experto experta testigo fuente talesperson
    представитель источник эксперт аналитик свидетель""".split()
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d[\w-]*")
_ROLE_CACHE: dict[int, tuple[PeopleRegistry, re.Pattern[str] | None, dict[str, list[str]]]] = {}
_FEMININE = {"die": "f", "la": "f", "der": "m", "el": "m", "le": "m"}
_RU_ADJ = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ой|ей)$")


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


def head_noun(words: list[str], language: str) -> str:
    """The noun a description is about: "the Lions coach" -> coach, "собеседник агентства" ->
    собеседник, "la titular del INJUVE" -> titular.

    >>> head_noun(["the", "East", "Kilbride", "athlete"], "en")
    'athlete'
    """
    body = [w for w in words if w.casefold() not in DETERMINERS and w.casefold() not in INDEFINITE]
    if not body:
        return ""
    if language in ("es", "fr", "it", "pt"):  # the noun comes first: "el mandatario capitalino"
        return body[0].casefold()
    if language == "ru":
        for w in body:
            if not _RU_ADJ.search(w.casefold()):
                return w.casefold()
        return body[-1].casefold()
    head = body
    for i, w in enumerate(body):
        if i and (w.casefold() in PREPOSITIONS or w.casefold() in ("del", "des", "der", "du")):
            head = body[:i]
            break
    return head[-1].casefold()


class Context:
    """Everything attribution needs about one article: mentions, quote spans, speakers so far."""

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
        self.mentions = (
            find_mentions(text, registry, language, say_words(language))
            if mentions is None
            else mentions
        )
        self._starts = [m.start for m in self.mentions]
        self.quoted = sorted(quoted)
        self._role_re, self._roles = _role_pattern(registry)
        self._events: list[tuple[int, str]] = []  # (position, speaker), sorted
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
            self._verbs = [
                Verb(text, a, b)
                for a, b in find_verbs(text, self.language)
                if b - a != 2 or text[a:b].lower() != "so" or _quotative_so(text, a, b)
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

    def last_speaker(self, pos: int) -> tuple[int, str] | None:
        """(position, speaker) of the last quote or reported speech before ``pos``."""
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
            last_sentence = -1
            for m in self.mentions:
                if self.inside_quote(m.start):
                    continue
                sentence = _sentence_start(text, m.start)
                first = sentence != last_sentence
                last_sentence = sentence
                before = _WORD.findall(text[max(sentence, m.start - 30) : m.start])
                prev = before[-1].casefold() if before else ""
                after = _WORD.match(text, _skip(text, m.end))
                follows = after is not None and after.group().casefold() in say
                if (first and prev not in PREPOSITIONS) or follows:
                    subjects.append(m)
            self._subjects = subjects
        return self._subjects

    def salient(self, pos: int, gender: str = "", pronoun: bool = False) -> str | None:
        """The person "he", "she", a zero subject or "the coach" most likely means at ``pos``:
        the later of the last speaker (a pronoun skips organisations) and the last subject."""
        best_pos, best = -1, None
        i = bisect.bisect_left(self._events, (pos, "")) - 1
        while i >= 0:
            p, name = self._events[i]
            i -= 1
            if name == NOBODY and pronoun:
                continue
            if not gender or not is_person(name) or self.gender(name) in ("", gender):
                best_pos, best = p, name
                break
        for m in reversed(self._subject_mentions()):
            if m.start >= pos:
                continue
            if m.start <= best_pos:
                break
            if gender and self.gender(m.name) not in ("", gender):
                continue
            if self._counts.get(m.name, 0) < 2 and pos - m.start > _RECENT:
                continue  # a person named once, long ago, is not who "he" is
            best_pos, best = m.start, m.name
            break
        return best if best is not None else self.last_person(pos, gender)

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
            return j in name_starts and j - e <= 2

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

    def resolve(self, cand: Candidate, pos: int) -> str | None:
        """The canonical person a candidate stands for at ``pos``, or ``None``."""
        if cand.kind == "name":
            return cand.value
        if cand.kind == "pronoun":
            return self.salient(cand.start, cand.value, pronoun=True)
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
        """The person a description in a subject slot stands for, else :data:`NOBODY` (an
        organisation, an outlet, a group) or :data:`ANONYMOUS` (a person never named).

        "the East Kilbride athlete", "der 33-Jährige", "la cantante", "египетский президент" are
        the most salient person, or the person the article gave that role ("el actor Pepe
        Magaña" ... "relató el actor"); "the paper" and "officials" are nobody; "a spokesman",
        and "the spokesman" after it, are anonymous.
        """
        words = _WORD.findall(phrase)
        if not words:
            return NOBODY
        det = words[0].casefold()
        head = head_noun(words, self.language)
        if not head or head in NONPERSON_HEADS or is_org_word(head):
            return NOBODY
        if det in ("the", "los", "las", "les") and head.endswith("s") and len(words) <= 4:
            if not head.endswith(("ss", "us", "is")) or det != "the":
                return NOBODY
        if det in INDEFINITE:
            return ANONYMOUS
        for m in reversed(self.mentions):  # the person the article gave this role
            if m.start < pos and m.role and _same_role(m.role, head):
                if not self.inside_quote(m.start):
                    return m.name
        lows = [w.casefold() for w in words]
        k = lows.index(head) if head in lows else -1
        key = head  # "глава МВД" is another person than "глава правительства"
        if self.language == "ru" and 0 <= k < len(lows) - 1 and not _RU_ADJ.search(lows[k + 1]):
            key = f"{head} {lows[k + 1]}"
        if self._anonymous(key, pos if at is None else min(at, pos)):
            return ANONYMOUS
        if not gender:
            gender = _FEMININE.get(det, "")
            if self.language == "de" and head.endswith("in") and det == "die":
                gender = "f"
        return self.salient(pos, gender) or ANONYMOUS

    def _anonymous(self, head: str, pos: int) -> bool:
        """True when ``head`` stands for a source the article never named: where it first came,
        it had an indefinite article ("a spokesman … the spokesman") or nobody named after it in
        its sentence ("рассказал пилот управления МЧС … — заявил пилот")."""
        if self._lower is None:
            self._lower = self.text.lower()
        low = self._lower
        i = low.find(head, 0, pos)
        while i >= 0 and self.inside_quote(i):
            i = low.find(head, i + len(head), pos)
        if i < 0:
            return False  # the description introduces itself: the salient person
        before = _WORD.findall(low[max(0, i - 60) : i])[-4:]
        if any(w in _INDEFINITE_INTRO for w in before):
            return True
        if before and before[-1] in _DEFINITE and head not in _SOURCES:
            after = _WORD.match(low, i + len(head) + 1)
            if after is None or after.group() not in _OF:
                return False  # "El político comentó …": the person the story is about
        end = _SENTENCE.search(low, i + len(head))
        stop = min(end.start() if end else len(low), pos)
        k = bisect.bisect_left(self._starts, i + len(head))
        return not (k < len(self.mentions) and self.mentions[k].start < stop)


def _same_role(role: str, head: str) -> bool:
    """ "actor" is "actor", "klubobfrau" is an "obfrau"; "вице-президент" is no "президент"."""
    return role == head or (role.endswith(head) and role[-len(head) - 1] != "-")


def _quotative_so(text: str, a: int, b: int) -> bool:
    """German "so" attributes only after a comma and before a name: "…, so Faymann."."""
    if not text[max(0, a - 3) : a].rstrip().endswith(","):
        return False
    nxt = _WORD.match(text, b + 1)
    return nxt is not None and (nxt.group()[:1].isupper() or nxt.group() in ("der", "die"))


def _sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - 400)
    start = lo
    for m in _SENTENCE.finditer(text, lo, pos):
        start = m.end()
    return start


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " ,":
        pos += 1
    return pos
