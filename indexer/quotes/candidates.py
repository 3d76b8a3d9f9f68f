"""One capitalised run -> one name candidate: titles, roles and case forms cut off, firms set apart.

A run becomes a :class:`NameCandidate` once what stands before the name is cut off ("Liberal
Democrat David Laws", "ÖVP-Klubsprecher Eberhard Blumenthal", "Парагвая Марио Абдо Бенитес"),
with what the text around it says: a title or role before it (``cue``, ``role``), a verb of
saying it is the subject of (``speech``: "said Keith Gollust."), a definite article before it
(``determined``: "der Österreicher"). Runs that name firms ("Smith Barney Harris Upham and Co",
"Medical Graphics Corp") give no candidate, nor do their short forms elsewhere in the text.

>>> found, _ = name_candidates("Chairman Robert Menendez spoke.", "en", frozenset())
>>> [(c.words, c.cue, c.role) for c in found]
[(['Robert', 'Menendez'], True, 'chairman')]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from indexer.quotes.demonyms import is_demonym
from indexer.quotes.german_runs import (
    GENITIVE_ARTICLES,
    GERMAN_NOUN,
    after_numeral,
    german_noun,
    name_length,
    said_across_adverb,
)
from indexer.quotes.honorifics import is_honorific
from indexer.quotes.lexicon import (
    ADJECTIVE_ENDINGS,
    DETERMINERS,
    PARTICLES,
    PREPOSITIONS,
    is_given,
    is_org_name,
    is_org_word,
    is_role_word,
    russian_given,
)
from indexer.quotes.role_cues import described_role, genitive_article
from indexer.quotes.runs import TOKEN, Token, bare, capital_runs

__all__ = ["GERMAN_NOUN", "NameCandidate", "name_candidates", "name_start", "prev_word"]


@dataclass(slots=True)
class NameCandidate:
    """A run that may name a person, with what the text around it says."""

    start: int
    end: int
    words: list[str]
    cue: bool
    speech: bool
    determined: bool
    role: str = ""
    apposed: bool = False  # the role stands beside the name after a comma, not as a title
    titled: bool = False  # a person after a title, though an organisation's word ends the name


def name_start(run: list[Token], language: str) -> tuple[int, bool]:
    """Where the name starts inside the run, and whether a role or title stood before it."""
    if len(run) == 1:
        return 0, run[0][3]
    words = [bare(w) for _, _, w, _ in run]
    # a nationality opens no name: "Australian Lynton Crosby", "Swiss Re"
    lead = start = 1 if language == "en" and is_demonym(words[0]) else 0
    cue = run[0][3]
    for i, w in enumerate(words[:-1]):  # "ÖVP-Klubsprecher Eberhard Blumenthal"
        if is_role_word(w):
            start, cue = i + 1, True
        elif language == "de" and i == start and german_noun(w):
            start = i + 1  # a capitalised German noun is no first name: "Menschen von Dächern"
    if start == lead and len(words) - lead > 2:  # "Liberal Democrat David Laws": the given
        for i in range(lead + 1, len(words) - 1):  # name starts it
            if words[i] not in PARTICLES and is_given(words[i]) and not is_given(words[lead]):
                start, cue = i, True
                break
    if "\u0400" <= words[-1][:1] <= "\u04ff":  # "Андрею Бусыгину Иван Петров": the subject
        given = [i for i, w in enumerate(words) if russian_given(w)[0]]
        nominative = [i for i in given if not russian_given(words[i])[2]]
        if len(given) > 1 and (nominative or given)[-1] > start:
            start = (nominative or given)[-1]
    if (
        start == 0
        and len(words) > 2
        and "\u0400" <= words[0][:1] <= "\u04ff"
        and words[0][-1:] in "аяиы"
        and not is_given(words[0])
    ):
        start = 1  # a genitive before the name: "(Президент) Парагвая Марио Абдо Бенитес"
    if language == "es" and words[start] in ("Don", "Doña") and start < len(words) - 1:
        start, cue = start + 1, True  # "Don Espergencio": the honorific, at a sentence start
    if (
        language == "de"
        and cue
        and 0 < start < len(words) - 1
        and words[start] in GENITIVE_ARTICLES
    ):
        if start + 2 >= len(words):  # "Mitgründer der Stiftung": what the role belongs to
            return len(words) - 1, False
        start += 2  # "Chef der Firma Hans Bauer": the name after the role's complement
    while start < len(words) - 1 and words[start] in PARTICLES:
        start += 1  # "von Leitl", "de Gaulle" alone is a surname, not a name
    return start, cue


def _by_script(run: list[Token]) -> list[list[Token]]:
    """A run split where Latin and Cyrillic meet: no name mixes scripts ("Agro and Food
    Communications Илья Березнюк" is a firm, then a person)."""
    if len(run) < 2 or all(("\u0400" <= t[2][:1] <= "\u04ff") == _cyr(run[0]) for t in run):
        return [run]
    parts = [[run[0]]]
    for t in run[1:]:
        if _cyr(t) == _cyr(parts[-1][-1]):
            parts[-1].append(t)
        else:
            parts.append([t])
    return parts


def _cyr(token: Token) -> bool:
    return "\u0400" <= token[2][:1] <= "\u04ff"


def prev_word(text: str, start: int) -> str:
    """The word before ``start`` (skipping spaces and a comma), without punctuation."""
    j = start - 1
    while j >= 0 and text[j] in " ,\t\n":
        j -= 1
    k = max(text.rfind(" ", 0, j), text.rfind("\n", 0, j))
    return text[k + 1 : j + 1].strip(_WORD_PUNCT)


_WORD_PUNCT = "\"'“”„«»‘’()[].,;:!?—–"
#: languages whose adjectives follow the noun: "el actor mexicano Pepe Magaña"
_POSTNOMINAL = frozenset("es pt it fr".split())


_ROLE_APPOSITION = re.compile(
    r",\s+(?:(?:der|die|the|el|la|le|den|det)\s+)?([^\W\d_][\w-]*)(?=\s*[,.;]|\s+(?:de|of|der|des))"
)


def _role_apposition(text: str, end: int) -> str:
    """The role an apposition gives the word before it: "Faymann, der SPÖ-Chef," ->
    "spö-chef"; empty when none follows."""
    m = _ROLE_APPOSITION.match(text, end)
    return m.group(1).casefold() if m and is_role_word(m.group(1)) else ""


def _before_role(text: str, end: int) -> bool:
    """A role noun in lower case follows: the word is an adjective ("chief Turkish economist",
    "the official Ivorian statistics" are nobody's names)."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1)[:1].islower() and is_role_word(nxt.group(1))


def _role_adjective(text: str, start: int) -> str:
    """The role before an adjective right before ``start`` (in a language whose adjectives
    follow the noun): "el ex jugador brasileño Kaká" -> "jugador"; empty when there is none."""
    if text[start - 1 : start] != " ":
        return ""
    adjective = prev_word(text, start)
    if not adjective[:1].islower() or not adjective.endswith(ADJECTIVE_ENDINGS):
        return ""
    at = start - 1 - len(adjective)
    if text[at - 1 : at] != " ":
        return ""
    role = prev_word(text, at)
    return role.casefold() if role[:1].islower() and is_role_word(role) else ""


#: what may follow a name that is the subject of the verb of saying before it:
#: "said Keith Gollust, one of the partners." (not "said Illinois Cooperative would ...")
_SPEAKER_END = re.compile(
    r"[ \t]*(?:[,.;:!?)\n]|$|[—–-]\s|(?:of|from|at|in|on|to|after|before|during|de|del|al|en|"
    r"a|ante|tras|von|vom|zum|zur|im|am|auf|bei|vor|nach|gegenüber|laut|dem|der|den|einem|"
    r"einer|из|в|на|во)\s)"
)
_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")
#: how far back a verb of saying may stand before the name that is its subject:
#: "erklärte der UNO-Hochkommissar für Flüchtlinge, Filippo Grandi."
_SPEECH_REACH = 90


@functools.lru_cache(maxsize=65_536)
def _org_run(words: tuple[str, ...]) -> bool:
    return is_org_name(list(words))


def _titled_person(text: str, run: list[Token]) -> bool:
    """A title stands before a person whose surname is an organisation's word: an honorific
    before the surname ("Dr Fox"), or a title or role before a given name and that surname
    ("co-chairman Liam Fox", "MP Tony Banks"); "Fox" and "Banks" alone are no people.

    >>> from indexer.quotes.runs import capital_runs
    >>> [_titled_person(t, capital_runs(t)[0]) for t in ("Dr Fox", "chairman Liam Fox", "Liam Fox")]
    [True, True, False]
    """
    if not run[0][3]:
        return False
    if len(run) == 1:
        return is_honorific(prev_word(text, run[0][0]))
    return (
        len(run) == 2
        and is_given(bare(run[0][2]))
        and not is_org_word(bare(run[0][2]))
        and is_org_word(bare(run[1][2]))
    )


def name_candidates(
    text: str, language: str, say: Collection[str]
) -> tuple[list[NameCandidate], list[tuple[int, int, str]]]:
    """Name-like runs (trimmed of titles) and the single capitalised words.

    A run that begins an organisation's name elsewhere in the text is that organisation's
    short name ("First Interstate" after "First Interstate Bancorp"), never a person.
    """
    found: list[NameCandidate] = []
    singles: list[tuple[int, int, str]] = []
    orgs: set[tuple[str, ...]] = set()
    postnominal = language in _POSTNOMINAL
    for whole in capital_runs(text):
        for run in (whole,) if len(whole) == 1 else _by_script(whole):
            while run and run[-1][2].casefold() in PARTICLES:
                run.pop()
            if not run:
                continue
            if len(run) == 1 and run[0][3] and text[run[0][0] - 2 : run[0][0]] == ", ":
                run = [(run[0][0], run[0][1], run[0][2], False)]  # "… en jefe, México": no title
            if len(run) == 1 and not run[0][3]:  # the common case: one word, no title before it
                start, end, word, _ = run[0]
                role = (
                    _role_adjective(text, start) if postnominal else ""
                )  # "ex jugador brasileño X"
                if role and not is_org_word(bare(word)):
                    found.append(NameCandidate(start, end, [bare(word)], True, False, False, role))
                    continue
                singles.append((start, end, bare(word)))
                if say and (
                    (_SPEAKER_END.match(text, end) and prev_word(text, start).casefold() in say)
                    or _says_next(text, end, say)  # "Alli told": the surname, the subject
                ):
                    if not is_org_word(bare(word)):
                        role = _role_apposition(text, end)  # "betonte Faymann, der SPÖ-Chef"
                        found.append(
                            NameCandidate(start, end, [bare(word)], bool(role), True, False, role)
                        )
                continue
            titled = _titled_person(text, run)
            if not titled and (
                _org_run(tuple(bare(w) for *_, w, _ in run)) or _ORG_AFTER.match(text, run[-1][1])
            ):
                orgs.add(tuple(bare(w) for *_, w, _ in run))
                continue  # "Smith Barney Harris Upham and Co", "Medical Graphics Corp"
            first, cue = name_start(run, language)
            if (
                first == 0
                and language == "de"
                and len(run) > 2
                and run[1][2] not in PARTICLES
                and prev_word(text, run[0][0]).casefold() in DETERMINERS - {"das"}
                and not any(c.isdigit() for *_, w, _ in run[1:] for c in w)
            ):  # "der Österreicher Bernhard Mayer": a noun after the article, then the name
                # (not "des Aktionsbündnisses Stopp G7 Elmau": a name holds no digit; not "das
                # Thema Open Access": a neuter noun is a thing)
                first, cue = 1, True
            role = bare(run[0][2]).casefold() if first == 1 and cue else ""
            for k in range(first - 1, -1, -1):  # the last title or role word before the name
                word = bare(run[k][2])
                if is_role_word(word) or word in ("Don", "Doña"):
                    role = word.casefold()
                    break
            # "said Australian Lynton Crosby": the verb of saying stands before the nationality
            outer = run[0][0] if first == 1 and not cue and is_demonym(run[0][2]) else -1
            run = run[first:]
            half = len(run) // 2
            if len(run) % 2 == 0 and [w for *_, w, _ in run[:half]] == [
                w for *_, w, _ in run[half:]
            ]:
                run = run[:half]  # a name said twice where a headline ran into the text
            if language == "de":  # "Franz Küberl von Konzernen": the name ends before "von"
                run = run[: name_length([bare(w) for _, _, w, _ in run])]
            start, end = run[0][0], run[-1][1]
            words = [bare(w) for _, _, w, _ in run]
            prev = prev_word(text, start)
            low = prev.casefold()
            if not role and is_role_word(prev):
                role = low
            if not role and not cue and postnominal:
                role = _role_adjective(text, start)
                cue = bool(role)
            if not cue and language == "es" and len(run) > 1:
                described = described_role(text, start)  # "el cirujano Guevara Montaño"
                if described:
                    role, cue = described, True
            ends = _SPEAKER_END.match(text, end) is not None
            said = prev_word(text, outer).casefold() if outer >= 0 else low
            opens = outer if outer >= 0 else start
            speech = ends and (said in say or (say and _said_before(text, opens, say)))
            if not speech and ends and language == "de" and say:  # "sagte einst Witali …"
                speech = said_across_adverb(text, opens, say)
            if not speech and len(run) > 1 and _cyr(run[0]):  # "Прити Пател заявила"
                nxt = _NEXT_WORD.match(text, end)
                speech = nxt is not None and nxt.group(1).casefold() in say
            determined = low in DETERMINERS and not cue
            if language == "de" and not cue and after_numeral(text, start):
                determined = True  # "zehn Tage Ausharren": a numeral counts a noun
            apposed = False
            if not role and text[start - 2 : start] == ", ":
                role = _role_before(text, start - 2, language)  # "la ministra de Educación, X"
                apposed = bool(role)
                cue = cue or apposed
            if not cue and len(words) > 1 and low not in PREPOSITIONS:
                apposition = _APPOSITION.match(text, end)  # "Koji Kidokoro, general manager of"
                if apposition and is_role_word(apposition.group(1)):
                    cue = apposed = True
                    role = role or apposition.group(1).casefold()
            if len(words) == 1:
                singles.append((start, end, words[0]))
                if (
                    not determined
                    and (titled or not is_org_word(words[0]))
                    and not _before_role(text, end)
                ):
                    found.append(
                        NameCandidate(start, end, words, cue, speech, False, role, False, titled)
                    )
                continue
            found.append(
                NameCandidate(start, end, words, cue, speech, determined, role, apposed, titled)
            )
    if orgs:
        prefixes = {org[:n] for org in orgs for n in range(2, len(org))}
        found = [c for c in found if len(c.words) < 2 or tuple(c.words) not in prefixes]
    return found, singles


_APPOSITION = re.compile(r",\s+([^\W\d_][\w-]*)")
#: what ends the clause before a role that stands in apposition before a name
_CLAUSE_BREAK = re.compile(r"(?s:.*)[,.;:!?\n(\"“”«»]")
_ROLE_REACH = 60


def _role_before(text: str, comma: int, language: str = "und") -> str:
    """The role of a description that a name follows after a comma: "the chief executive of
    Acme, John Smith" -> "executive"; "la ministra de Educación, Lucia Azzolina" -> "ministra".
    Empty when the clause before the comma is no definite description of a role."""
    lo = max(0, comma - _ROLE_REACH)
    cut = _CLAUSE_BREAK.match(text, lo, comma)
    words = TOKEN.findall(text, cut.end() if cut else lo, comma)
    for i in range(max(0, len(words) - 6), len(words) - 1):
        if words[i].casefold() in DETERMINERS:
            rest = words[i + 1 :]
            named = any(
                w[:1].isupper()
                and rest[k - 1].casefold() not in PREPOSITIONS
                and not (language == "es" and genitive_article(rest, k, PREPOSITIONS))
                for k, w in enumerate(rest)
                if k
            )  # "el actor Pepe Magaña, Carlos …": the description has its name already
            role = next((w for w in rest[:2] if is_role_word(w)), "")
            return "" if named else role.casefold()
    return ""


#: what makes the run before it a firm: "… and Co", "…, Inc."
_ORG_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|&|und|y)\s+(?:Co|Cie|Cía|Sons|Partners)\b|(?:Inc|Corp|Ltd|Plc|LLC|AG|GmbH)\b)"
)


def _says_next(text: str, end: int, say: Collection[str]) -> bool:
    """The word right after ``end`` is a verb of saying ("Alli told", "Pérez dijo")."""
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).casefold() in say


def _said_before(text: str, start: int, say: Collection[str]) -> bool:
    """A verb of saying earlier in the same clause, with a comma before the name:
    "erklärte der UNO-Hochkommissar für Flüchtlinge, Filippo Grandi"."""
    if text[max(0, start - 2) : start] != ", ":
        return False
    before = text[max(0, start - _SPEECH_REACH) : start]
    cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
    words = [w.casefold() for w in TOKEN.findall(before[cut + 1 :])]
    return any(w in say for w in words[:-1])
