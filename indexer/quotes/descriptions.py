"""Who a description in a subject slot is: "the Norwegian", "der 48-Jährige", "la cantante".

A definite description is the person the article gave that role ("el actor Pepe Magaña" …
"relató el actor"), else the most salient person of the right gender; "the paper", "the
officials" and other outlets, organisations and groups are :data:`NOBODY`; "a spokesman", and
"the spokesman" after it, a source the article never names, are :data:`ANONYMOUS`.

>>> head_noun(["der", "33-Jährige"], "de"), head_noun(["el", "mandatario", "capitalino"], "es")
('33-jährige', 'mandatario')
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from indexer.quotes.lexicon import DETERMINERS, INDEFINITE, PREPOSITIONS, is_org_word
from indexer.quotes.offices import same_office
from indexer.quotes.sentences import SENTENCE_STOP
from indexer.quotes.speakers import ANONYMOUS, NOBODY
from indexer.quotes.verbs import NONPERSON_HEADS

if TYPE_CHECKING:
    from indexer.quotes.coreference import Context

__all__ = ["describe", "head_noun", "same_role"]

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
_FEMININE = {"die": "f", "la": "f", "der": "m", "el": "m", "le": "m"}
_RU_ADJ = re.compile(r"(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ой|ей)$")


#: a preposition glued to its article, or a genitive article: the description's noun came
#: before it ("der SPD-Politiker am Freitag", "die Psychotherapeutin zum STANDARD")
_CONTRACTIONS = frozenset("del des der du am im zum zur vom beim ins ans au aux".split())


def head_noun(words: list[str], language: str) -> str:
    """The noun a description is about: "the Lions coach" -> coach, "собеседник агентства" ->
    собеседник, "la titular del INJUVE" -> titular.

    >>> head_noun(["the", "East", "Kilbride", "athlete"], "en")
    'athlete'
    >>> head_noun(["der", "SPD-Politiker", "am", "Freitag"], "de")
    'spd-politiker'
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
        if i and (w.casefold() in PREPOSITIONS or w.casefold() in _CONTRACTIONS):
            head = body[:i]
            break
    return head[-1].casefold()


def describe(ctx: Context, phrase: str, pos: int, gender: str = "", at: int | None = None) -> str:
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
    head = head_noun(words, ctx.language)
    if not head or head in NONPERSON_HEADS or is_org_word(head):
        return NOBODY
    if det in ("the", "los", "las", "les") and head.endswith("s") and len(words) <= 4:
        if not head.endswith(("ss", "us", "is")) or det != "the":
            return NOBODY
    if det == "die" and ctx.language == "de" and head.endswith("en") and len(words) <= 4:
        return NOBODY  # a plural: "so die Grünen", "die Abgeordneten"; one woman is "die …in"
    if ctx.language == "de" and _not_a_person_de(det, head):
        return NOBODY
    if det in INDEFINITE:
        return ANONYMOUS
    office = _office_words(words, head) if ctx.language == "en" else []
    for m in reversed(ctx.mentions):  # the person the article gave this role
        if m.start < pos and m.role and same_role(m.role, head):
            if not ctx.inside_quote(m.start) and same_office(ctx.text, m.start, office):
                return m.name
    apposed = _apposed_to(ctx, head, pos)
    if apposed:
        return apposed
    lows = [w.casefold() for w in words]
    k = lows.index(head) if head in lows else -1
    key = head  # "глава МВД" is another person than "глава правительства"
    if ctx.language == "ru" and 0 <= k < len(lows) - 1 and not _RU_ADJ.search(lows[k + 1]):
        key = f"{head} {lows[k + 1]}"
    if _anonymous(ctx, key, pos if at is None else min(at, pos)):
        return ANONYMOUS
    if at is not None and at > pos and ctx.language == "en" and _introduced(ctx, key, pos, at):
        return ANONYMOUS  # "…," said the regional manager for one of the major oil companies
    if not gender:
        gender = _FEMININE.get(det, "")
        if ctx.language == "de" and head.endswith("in") and det == "die":
            gender = "f"
    return ctx.salient(pos, gender) or ANONYMOUS


#: the few German nouns for a person that are neuter ("das Kind", "das Opfer"), which end
#: their compounds too ("das Stadtoberhaupt", "das Vorstandsmitglied")
_NEUTER_PEOPLE = tuple(
    "kind mädchen opfer mitglied oberhaupt model talent genie idol urgestein".split()
)


def _not_a_person_de(det: str, head: str) -> bool:
    """A German description in the neuter is a thing, an outlet or an institution ("das
    Handelsblatt", "das Ministerium"), not a person, but for the few neuter nouns for people.

    >>> _not_a_person_de("das", "handelsblatt"), _not_a_person_de("das", "stadtoberhaupt")
    (True, False)
    >>> _not_a_person_de("der", "entertainer")
    False
    """
    return det == "das" and not head.endswith(_NEUTER_PEOPLE)


def _office_words(words: list[str], head: str) -> list[str]:
    """The words of a description up to its role noun: "the Foreign Secretary"."""
    lows = [w.casefold() for w in words]
    return words[: lows.index(head) + 1] if head in lows else []


#: an apposition right after a name: ", residente de genética", ", the coach", ", der Sprecher"
#: closed by a comma or a full stop, with no verb of saying inside ("Azucena Uresti, el
#: funcionario dijo que …" goes on with a new clause)
_APPOSITION = re.compile(
    r",[ \t]+(?:(?:el|la|the|der|die)[ \t]+)?([^\W\d_][\w'’-]*)[^,.;:!?\n\"“”«»]{0,80}[,.]"
)


def _apposed_to(ctx: Context, head: str, pos: int) -> str | None:
    """The person the article named right before this role, set off by a comma ("Ana Cecilia
    Jara, residente de genética, explicó …" … "La residente en genética comentó"); the
    latest such person before ``pos``."""
    text = ctx.text
    for m in reversed(ctx.mentions[: bisect.bisect_left(ctx.mention_starts, pos)]):
        a = _APPOSITION.match(text, m.end)
        if (
            a
            and same_role(a.group(1).casefold(), head)
            and not ctx.inside_quote(m.start)
            and ctx.verb(a.start(1), a.end()) is None
        ):
            return m.name
    return None


def _anonymous(ctx: Context, head: str, pos: int) -> bool:
    """True when ``head`` stands for a source the article never named: where it first came,
    it had an indefinite article ("a spokesman … the spokesman") or nobody named after it in
    its sentence ("рассказал пилот управления МЧС … — заявил пилот")."""
    low = ctx.lower
    i = low.find(head, 0, pos)
    while i >= 0 and ctx.inside_quote(i):
        i = low.find(head, i + len(head), pos)
    if i < 0:
        return False  # the description introduces itself: the salient person
    before = _WORD.findall(low[max(0, i - 60) : i])[-4:]
    if any(w in _INDEFINITE_INTRO for w in before):
        return True
    if ctx.language == "de" and head not in _SOURCES and low[:i].rstrip()[-1:] in ".!?\n":
        return False  # "PiS-Vorsitzender gegen Einmischung": a headline's bare role
    possessive = before and before[-1].endswith(("'s", "’s"))
    if possessive and head not in _SOURCES and _named_next(ctx, i):
        return False  # "Mike Tindall's agent has warned Bath …" "Dipo Alli says …"
    if before and before[-1] in _DEFINITE and head not in _SOURCES:
        after = _WORD.match(low, i + len(head) + 1)
        if after is None or after.group() not in _OF:
            return False  # "El político comentó …": the person the story is about
    return _nobody_named(ctx, i + len(head), pos)


def _named_next(ctx: Context, i: int) -> bool:
    """The sentence after the one holding ``i`` opens with a person no one named in that one:
    the article names there whom its description stood for ("Mike Tindall's agent has warned
    Bath …" "Dipo Alli says he has received an offer …")."""
    end = SENTENCE_STOP.search(ctx.lower, i)
    if end is None:
        return False
    k = bisect.bisect_left(ctx.mention_starts, end.end())
    if k >= len(ctx.mentions) or ctx.text[end.end() : ctx.mentions[k].start].strip():
        return False
    earlier = {m.name for m in ctx.mentions[:k] if m.start >= i - 80}
    return ctx.mentions[k].name not in earlier


def _introduced(ctx: Context, head: str, pos: int, at: int) -> bool:
    """The description at ``at``, after the statement at ``pos``, brings in someone new: its
    noun comes for the first time, with "of", "for" or "at" after it ("the regional manager
    for one of the major oil companies"), and nobody is named in the rest of its sentence.
    (English only: Spanish and German news point back with such descriptions, "dijo la
    investigadora de la UNAM" after the researcher was named.)"""
    low = ctx.lower
    i = low.find(head, at)
    if i < 0 or low.find(head, 0, pos) >= 0:
        return False
    after = _WORD.match(low, i + len(head) + 1)
    if after is None or after.group() not in _OF:
        return False  # "said the coach": the person the story is about
    return _nobody_named(ctx, i + len(head))


def _nobody_named(ctx: Context, start: int, limit: int | None = None) -> bool:
    """No person is named from ``start`` to the end of its sentence (or ``limit``, if sooner):
    the description there names nobody ("a spokesman said", "the manager for one of the
    major oil companies")."""
    end = SENTENCE_STOP.search(ctx.lower, start)
    stop = end.start() if end else len(ctx.lower)
    if limit is not None:
        stop = min(stop, limit)
    k = bisect.bisect_left(ctx.mention_starts, start)
    return not (k < len(ctx.mentions) and ctx.mentions[k].start < stop)


def same_role(role: str, head: str) -> bool:
    """ "actor" is "actor", "klubobfrau" is an "obfrau"; "вице-президент" is no "президент"."""
    return role == head or (role.endswith(head) and role[-len(head) - 1] != "-")
