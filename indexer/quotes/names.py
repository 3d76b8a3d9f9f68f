"""Person names in running text: capitalised runs, titles and roles separated, case forms undone.

A run of capitalised words becomes a person mention when the registry knows it, when it starts
with a common given name, when a title or role stands before it ("Chairman Robert Menendez",
"ÖVP-Klubsprecher Eberhard Blumenthal"), or when it stands right next to a verb of saying
("said Keith Gollust"). Titles, roles and case forms are separated from the name ("Liberal
Democrat David Laws" is David Laws, "Андрея Бусыгина" is Андрей Бусыгин); organisations and
outlets ("Medical Graphics Corp", "Bloomberg") never are people. A single word counts only as a
registered name, as a name next to a verb of saying, or as part of a full name the same article
gives ("Kurz" after "Olga Kurz", "Mancera" after "Miguel Ángel Mancera Espinosa").

>>> from indexer.people import PeopleRegistry
>>> [m.name for m in find_mentions("Minister Olga Kurz met Kurz.", PeopleRegistry.empty())]
['Olga Kurz', 'Olga Kurz']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass

from indexer.people import PeopleRegistry, skeleton
from indexer.quotes.lexicon import (
    DETERMINERS,
    PARTICLES,
    PARTICLES_AFTER_VON,
    PREPOSITIONS,
    given_gender,
    is_given,
    is_org_name,
    is_org_word,
    is_role_word,
    is_stop,
    is_title,
    russian_given,
)

__all__ = ["Mention", "bare_name", "find_mentions", "is_person_word", "is_title", "name_tokens"]

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'\-:.]*[^\W_])?")
_PARTICLES = PARTICLES
_POSSESSIVE = re.compile(r"(?:['’]s|:s|['’])$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
#: the Arabic article written lower case inside a name: "Bashar al-Assad", "Abdel Fattah el-Sisi"
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|ar|an|az|ud|ul|ed|er|es)-[A-Z]")
_GERMAN_NOUN = re.compile(
    r"(?:ung|heit|keit|schaft|tion|sion|tät|ismus|nis|tum|ment|enz|anz|ik|ur|ei|ie|chen)$",
    re.IGNORECASE,
)
_PATRONYMIC = re.compile(r"(?:ович|евич|ьич|овна|евна|ична)(?:а|у|ем|е|ы|ой|ою)?$")
_MAX_NAME = 4
_OPENING_MARKS = frozenset("\"“„«‘'")


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in the text: ``name`` is canonical (registry) or the article's full name."""

    start: int
    end: int
    name: str
    registered: bool
    surname_only: bool = False
    gender: str = ""
    role: str = ""  # the title or role word the article put right before the name


def name_tokens(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Word tokens of ``text[start:end]`` as regex matches (offsets into ``text``)."""
    return list(_TOKEN.finditer(text, start, len(text) if end is None else end))


@functools.lru_cache(maxsize=65_536)
def _bare(word: str) -> str:
    """The word without a possessive ending or trailing dots ("Peskov's" -> "Peskov")."""
    if _INITIAL.match(word):
        return word
    return _POSSESSIVE.sub("", word).rstrip(".:")


def _is_upper_initial(word: str) -> bool:
    """Capitalised, or a name after an elided or Arabic particle: "d'Estaing", "al-Assad"."""
    if word[:1].isupper():
        return True
    if _ARABIC_ARTICLE.match(word):
        return True
    return (
        word[:1] in "dl"
        and len(word) > 3
        and (word[1].isupper() or (word[1] in "'’" and word[2].isupper()))
    )


def _is_acronym(word: str) -> bool:
    bare = _bare(word)
    return bare.isupper() and sum(c.isalpha() for c in bare) >= 2


def _is_name_word(word: str) -> bool:
    bare = _bare(word)
    return (
        _is_upper_initial(bare)
        and not _is_acronym(bare)
        and not is_stop(bare)
        and not is_title(bare)
        and (len(bare) > 1)
    )


def is_person_word(word: str) -> bool:
    """A capitalised word that may be part of a person's name (not a stopword, title, org)."""
    return _is_name_word(word) and not is_org_word(_bare(word))


_WordInfo = tuple[bool, bool, bool, bool, bool, bool, bool]
_WORD_INFO: dict[str, _WordInfo] = {}
_WORD_INFO_MAX = 200_000
#: a word that is no name, particle, title or acronym: it only ends the current run
_BORING: _WordInfo = (False, False, False, False, False, False, False)


def _word_info(word: str) -> _WordInfo:
    """Everything :func:`_runs` asks about one token (a pure function of the word, memoized).

    (name word, particle, possessive run end, title word, acronym, acronym ending in ":s",
    special: a capital letter that may be a middle initial, or "der"/"den" after "van"/"von")
    """
    info = _WORD_INFO.get(word)
    if info is None:
        acronym = _is_acronym(word)
        info = (
            _is_name_word(word),
            word in _PARTICLES,
            bool(_POSSESSIVE.search(word)) and not word.endswith("'") and not _INITIAL.match(word),
            is_title(_bare(word)),
            acronym,
            acronym and word.endswith(":s"),
            (len(word) == 1 and word.isupper()) or word in PARTICLES_AFTER_VON,
        )
        if info == _BORING:
            info = _BORING  # one shared object: ``_runs`` tests it by identity
        if len(_WORD_INFO) >= _WORD_INFO_MAX:
            _WORD_INFO.clear()
        _WORD_INFO[word] = info
    return info


def _runs(text: str) -> list[list[tuple[int, int, str, bool]]]:
    """Runs of adjacent capitalised tokens (particles allowed inside), with a title-cue flag."""
    runs: list[list[tuple[int, int, str, bool]]] = []
    current: list[tuple[int, int, str, bool]] = []
    prev_end = -10
    prev_title = False
    n = len(text)
    cache = _WORD_INFO
    for m in _TOKEN.finditer(text):
        word = m.group()
        info = cache.get(word) or _word_info(word)
        if info[6] and current:
            start, end = m.span()
            if start - prev_end == 1 and text[prev_end] == " ":
                if word.isupper() and text[end : end + 2] == ". ":  # "Thomas E. Mulligan"
                    current.append((start, end + 1, text[start : end + 1], False))
                    prev_end, prev_title = end + 1, False
                    continue
                if word in PARTICLES_AFTER_VON and current[-1][2] in ("van", "von"):  # "van der"
                    info = _word_info("van")
        if info is _BORING:  # the common case, lower-case words: same outcome as below
            if current:
                runs.append(current)
                current = []
            # ``prev_end`` may stay behind: after a boring token the run is empty and the title
            # cue is off, so the next token's adjacency decides nothing
            prev_title = False
            continue
        start, end = m.span()
        # the text between the previous token and this one is exactly one space
        adjacent = start - prev_end == 1 and text[prev_end] == " "
        if info[0] or (current and adjacent and info[1] and end < n):
            if not (current and adjacent):
                if current:
                    runs.append(current)
                current = []
            cue = prev_title and (
                adjacent or (start - prev_end == 2 and text[prev_end:start] == ", ")
            )
            current.append((start, end, word, cue))
            if info[2]:
                runs.append(current)
                current = []
        elif current:
            runs.append(current)
            current = []
        prev_title = info[3] or (prev_title and info[4] and adjacent) or info[5]
        prev_end = end
    if current:
        runs.append(current)
    return runs


# ---------------------------------------------------------------- Russian case forms
def _ru_surname(word: str, gender: str, ending: str) -> str:
    """The nominative of a Russian surname whose given name carried the case ``ending``."""
    if not ending or not ("\u0400" <= word[:1] <= "\u04ff"):
        return word
    low = word.casefold()
    if gender == "f":
        for old, new in (("ской", "ская"), ("цкой", "цкая"), ("ой", "а"), ("ую", "ая")):
            if low.endswith(old) and len(low) > len(old) + 2:
                return word[: -len(old)] + new
        if ending == "у" and low.endswith("у"):
            return word[:-1] + "а"
        return word
    for old, new in _RU_ADJECTIVAL:
        if low.endswith(old):
            return word[: -len(old)] + new
    if ending in ("ем", "ом"):  # instrumental: "Песковым", "Семаком"
        return word[:-2] if low.endswith(("ым", "ом", "ем")) and len(low) > 4 else word
    if len(low) > 3 and low[-1] in "ауе" and low[-2] not in _RU_VOWELS:
        return word[:-1]  # "Бусыгина", "Березнюка"; vowel stems are foreign and indeclinable
    if len(low) > 3 and low[-1] in "яю":
        return word[:-1] + "й"
    return word


_RU_VOWELS = "аеёиоуыэюяь"
_RU_ADJECTIVAL = (
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("скому", "ский"),
    ("цкому", "цкий"),
    ("ским", "ский"),
    ("цким", "цкий"),
    ("ском", "ский"),
    ("цком", "цкий"),
)


def _ru_patronymic(word: str) -> str:
    m = _PATRONYMIC.search(word.casefold())
    if not m:
        return word
    low = m.group()
    for stem in ("ович", "евич", "ьич", "овна", "евна", "ична"):
        if low.startswith(stem):
            return word[: m.start()] + word[m.start() : m.start() + len(stem)]
    return word


def russian_nominative(words: list[str]) -> list[str]:
    """A Cyrillic full name in any case -> nominative ("Андрея Бусыгина" -> Андрей Бусыгин).

    >>> russian_nominative(["Андрея", "Бусыгина"]), russian_nominative(["Ольги", "Андреевой"])
    (['Андрей', 'Бусыгин'], ['Ольга', 'Андреева'])
    """
    nom, gender, ending = russian_given(words[0])
    if not nom:
        return words
    out = [nom]
    for w in words[1:]:
        if _PATRONYMIC.search(w.casefold()):
            out.append(_ru_patronymic(w))
        else:
            out.append(_ru_surname(w, gender, ending))
    return out


# ---------------------------------------------------------------- one run -> one name
@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    words: list[str]
    cue: bool
    speech: bool
    determined: bool
    role: str = ""


def _trim(run: list[tuple[int, int, str, bool]], language: str) -> tuple[int, bool]:
    """Where the name starts inside the run, and whether a role or title stood before it."""
    if len(run) == 1:
        return 0, run[0][3]
    words = [_bare(w) for _, _, w, _ in run]
    start = 0
    cue = run[0][3]
    for i, w in enumerate(words[:-1]):  # "ÖVP-Klubsprecher Eberhard Blumenthal"
        if is_role_word(w):
            start, cue = i + 1, True
        elif language == "de" and i == start and _GERMAN_NOUN.search(w):
            start = i + 1  # a capitalised German noun is no first name: "Menschen von Dächern"
    if start == 0 and len(words) > 2:  # "Liberal Democrat David Laws": the given name starts it
        for i in range(1, len(words) - 1):
            if words[i] not in _PARTICLES and is_given(words[i]) and not is_given(words[0]):
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
    while start < len(words) - 1 and words[start] in _PARTICLES:
        start += 1  # "von Leitl", "de Gaulle" alone is a surname, not a name
    return start, cue


def _by_script(run: list[tuple[int, int, str, bool]]) -> list[list[tuple[int, int, str, bool]]]:
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


def _cyr(token: tuple[int, int, str, bool]) -> bool:
    return "\u0400" <= token[2][:1] <= "\u04ff"


def _prev_word(text: str, start: int) -> str:
    """The word before ``start`` (skipping spaces and a comma), without punctuation."""
    j = start - 1
    while j >= 0 and text[j] in " ,\t\n":
        j -= 1
    k = max(text.rfind(" ", 0, j), text.rfind("\n", 0, j))
    return text[k + 1 : j + 1].strip(_WORD_PUNCT)


_WORD_PUNCT = "\"'“”„«»‘’()[].,;:!?—–"


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


def _candidates(
    text: str, language: str, say: Collection[str]
) -> tuple[list[_Candidate], list[tuple[int, int, str]]]:
    """Name-like runs (trimmed of titles) and the single capitalised words.

    A run that begins an organisation's name elsewhere in the text is that organisation's
    short name ("First Interstate" after "First Interstate Bancorp"), never a person.
    """
    found: list[_Candidate] = []
    singles: list[tuple[int, int, str]] = []
    orgs: set[tuple[str, ...]] = set()
    for whole in _runs(text):
        for run in (whole,) if len(whole) == 1 else _by_script(whole):
            while run and run[-1][2] in _PARTICLES:
                run.pop()
            if not run:
                continue
            if len(run) == 1 and run[0][3] and text[run[0][0] - 2 : run[0][0]] == ", ":
                run = [(run[0][0], run[0][1], run[0][2], False)]  # "… en jefe, México": no title
            if len(run) == 1 and not run[0][3]:  # the common case: one word, no title before it
                start, end, word, _ = run[0]
                singles.append((start, end, _bare(word)))
                if (
                    say
                    and _SPEAKER_END.match(text, end)
                    and _prev_word(text, start).casefold() in say
                ):
                    if not is_org_word(_bare(word)):
                        found.append(_Candidate(start, end, [_bare(word)], False, True, False))
                continue
            if _org_run(tuple(_bare(w) for *_, w, _ in run)) or _ORG_AFTER.match(text, run[-1][1]):
                orgs.add(tuple(_bare(w) for *_, w, _ in run))
                continue  # "Smith Barney Harris Upham and Co", "Medical Graphics Corp"
            first, cue = _trim(run, language)
            if (
                first == 0
                and language == "de"
                and len(run) > 2
                and run[1][2] not in _PARTICLES
                and _prev_word(text, run[0][0]).casefold() in DETERMINERS
            ):  # "der Österreicher Bernhard Mayer": a noun after the article, then the name
                first, cue = 1, True
            role = _bare(run[0][2]).casefold() if first == 1 and cue else ""
            for k in range(first - 1, -1, -1):  # the last title or role word before the name
                word = _bare(run[k][2])
                if is_role_word(word) or word in ("Don", "Doña"):
                    role = word.casefold()
                    break
            run = run[first:]
            half = len(run) // 2
            if len(run) % 2 == 0 and [w for *_, w, _ in run[:half]] == [
                w for *_, w, _ in run[half:]
            ]:
                run = run[:half]  # a name said twice where a headline ran into the text
            start, end = run[0][0], run[-1][1]
            words = [_bare(w) for _, _, w, _ in run]
            prev = _prev_word(text, start)
            low = prev.casefold()
            if not role and is_role_word(prev):
                role = low
            ends = _SPEAKER_END.match(text, end) is not None
            speech = ends and (low in say or (say and _said_before(text, start, say)))
            if not speech and len(run) > 1 and _cyr(run[0]):  # "Прити Пател заявила"
                nxt = _NEXT_WORD.match(text, end)
                speech = nxt is not None and nxt.group(1).casefold() in say
            determined = low in DETERMINERS and not cue
            if not cue and len(words) > 1 and low not in PREPOSITIONS:
                apposition = _APPOSITION.match(text, end)  # "Koji Kidokoro, general manager of"
                if apposition and is_role_word(apposition.group(1)):
                    cue = True
                    role = role or apposition.group(1).casefold()
            if len(words) == 1:
                singles.append((start, end, words[0]))
                if not determined and not is_org_word(words[0]):
                    found.append(_Candidate(start, end, words, cue, speech, False, role))
                continue
            found.append(_Candidate(start, end, words, cue, speech, determined, role))
    if orgs:
        prefixes = {org[:n] for org in orgs for n in range(2, len(org))}
        found = [c for c in found if len(c.words) < 2 or tuple(c.words) not in prefixes]
    return found, singles


def _person(c: _Candidate, registry: PeopleRegistry) -> tuple[str, bool] | None:
    """(name, registered) when the candidate is a person, else ``None``."""
    words = c.words
    name = " ".join(words)
    canon = registry.canonical(name)
    if canon is not None and (len(words) > 1 or registry.is_alias(name)):
        return canon, True  # a bare surname waits: the article must name the person in full
    if len(words) > 1:
        last = registry.canonical(words[-1])
        if last is not None and not is_given(words[0]) and registry.is_alias(words[-1]):
            return last, True
    if is_org_name(words) or c.determined:
        return None
    if len(words) > 1 and is_role_word(words[-1]):
        return None  # "Österreichs Wirtschaftsdelegierter": a role, nobody named
    if len(words) > 2 and words[1] in _PARTICLES and not is_given(words[0]):
        return None  # "Attentaten von Belgien": a noun and a place, not "Ursula von der Leyen"
    if len(words) > _MAX_NAME:
        return None
    cyrillic = "\u0400" <= words[0][:1] <= "\u04ff"
    if cyrillic and len(words) > 1 and russian_given(words[0])[0]:
        return " ".join(russian_nominative(words)), False
    if len(words) > 1 and (is_given(words[0]) or c.cue or c.speech):
        return name, False
    if len(words) == 1 and (c.speech or c.cue):
        return name, False
    return None


def _gender(name: str, registry: PeopleRegistry, registered: bool) -> str:
    if registered:
        return registry.gender(name)
    first = name.split()[0]
    found = given_gender(first)
    if found or not ("\u0400" <= first[:1] <= "\u04ff"):
        return found
    last = name.split()[-1].casefold()
    return "f" if last.endswith(("ова", "ева", "ина", "ая")) else ""


def _suffix_key(name: str) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in name.split())


def _join_variants(full: list[Mention]) -> dict[str, str]:
    """Shorter unregistered names that are the tail (or, of two words or more, the head) of
    exactly one longer one -> the longer.

    "López Obrador" -> "Andrés Manuel López Obrador"; "Carlos Salinas" -> "Carlos Salinas de
    Gortari"; "Ban Ki-moon" and "Ban Ki Moon" share a key.
    """
    names = sorted({m.name for m in full if not m.registered}, key=lambda n: -len(n.split()))
    keys = {n: _suffix_key(n) for n in names}
    joined: dict[str, str] = {}
    by_key: dict[tuple[str, ...], str] = {}
    for n in names:
        k = keys[n]
        if k in by_key:
            joined[n] = by_key[k]
            continue
        longer = {
            by_key.get(keys[o], o)
            for o in names
            if len(keys[o]) > len(k)
            and (
                keys[o][len(keys[o]) - len(k) :] == k  # "López Obrador"
                or (len(k) > 1 and keys[o][: len(k)] == k)  # "Carlos Salinas (de Gortari)"
            )
        }
        if len(longer) == 1:
            joined[n] = longer.pop()
        by_key.setdefault(k, joined.get(n, n))
    return joined


def find_mentions(
    text: str,
    registry: PeopleRegistry,
    language: str = "und",
    say: Collection[str] = (),
) -> list[Mention]:
    """Every person mention in ``text``, sorted by position; surnames joined to full names.

    ``say`` is the set of verbs of saying (casefolded single words) after which a capitalised
    run is the speaker ("said Keith Gollust.").

    >>> from indexer.people import PeopleRegistry
    >>> [m.name for m in find_mentions("Dmitri Peskov said. Peskov left.", PeopleRegistry.empty())]
    ['Dmitri Peskov', 'Dmitri Peskov']
    """
    cands, singles = _candidates(text, language, say)
    full: list[Mention] = []
    spoken: list[_Candidate] = []  # single words after a verb of saying or a title
    maybe: dict[str, list[_Candidate]] = {}  # plausible multi-word names, by surname
    for c in cands:
        person = _person(c, registry)
        if person is None:
            if (
                1 < len(c.words) <= _MAX_NAME
                and not c.determined
                and not is_org_name(c.words)
                and (is_given(c.words[0]) or not _opens_quote(text, c.start))
                and not (language == "de" and _GERMAN_NOUN.search(c.words[0]))
            ):  # a name the article gives, though no rule knew it ("Lakshmi Mittal")
                maybe.setdefault(skeleton(c.words[-1]), []).append(c)
            continue
        name, registered = person
        if len(c.words) == 1 and not registered:
            spoken.append(c)
            continue
        full.append(Mention(c.start, c.end, name, registered, len(c.words) == 1, role=c.role))
    surnames = _surnames(full)
    kept: list[_Candidate] = []
    for c in spoken:  # "Mr Mittal" with "Lakshmi Mittal" unrecognised elsewhere
        key = skeleton(c.words[0])
        if key in surnames or is_given(c.words[0]):
            continue  # joined already, or a first name ("Peggy"), not a surname
        runs = {" ".join(o.words) for o in maybe.get(key, [])}
        if len(runs) == 1:
            for o in maybe.pop(key):
                full.append(Mention(o.start, o.end, " ".join(o.words), False, role=o.role))
            surnames = _surnames(full)
        elif key not in maybe and c.cue and c.role not in ("don", "doña"):
            if _cyr((c.start, c.end, c.words[0], False)) and _ru_not_surname(text, c, say):
                continue  # "президент Европейского еврейского общества", "председатель Центра"
            kept.append(c)  # "Mr Mittal", with no full name anywhere: the surname stays
        elif key not in maybe and c.speech and _RU_SURNAME.search(c.words[0]):
            kept.append(c)  # "пояснил Калинкин": a Russian surname said to speak
    named = {m.name for m in full}
    for c in kept:
        canon = registry.canonical(c.words[0])
        if canon in named:  # "Mr Peskov" where the article names Dmitry Peskov
            full.append(Mention(c.start, c.end, canon, True, True))
        elif skeleton(c.words[0]) not in surnames:
            if c.role in _PEERAGE:  # "Lord Falconer": a peer is named by title and surname
                name = f"{c.role.capitalize()} {c.words[0]}"
                full.append(Mention(c.start, c.end, name, False, role=c.role))
            else:
                full.append(Mention(c.start, c.end, c.words[0], False, True, role=c.role))
    for runs in maybe.values():  # the same words again, where no title stands before them
        for o in runs:
            if " ".join(o.words) in named:
                full.append(Mention(o.start, o.end, " ".join(o.words), False, role=o.role))
    if maybe:
        full.sort(key=lambda m: m.start)
    joined = _join_variants(full) if len(full) > 1 else {}
    surnames = _surnames(full, joined)
    genders: dict[str, str] = {}
    mentions = []
    for m in full:
        name = joined.get(m.name, m.name)
        gender = genders.get(name)
        if gender is None:
            gender = genders[name] = _gender(name, registry, m.registered)
        mentions.append(Mention(m.start, m.end, name, m.registered, m.surname_only, gender, m.role))
    taken = {m.start for m in mentions}
    named |= {m.name for m in mentions}
    for start, end, word in singles:
        if start in taken:
            continue
        canon = registry.canonical(word)
        # a bare surname is a registered person when people.yaml lists it, or when the article
        # names that person in full: "Smith" alone is not every Smith
        if canon is not None and (canon in named or registry.is_alias(word)):
            mentions.append(Mention(start, end, canon, True, True, registry.gender(canon)))
            continue
        key = skeleton(word)
        owners = surnames.get(key, set())
        if language == "es" and _prev_word(text, start).casefold() in ("don", "doña"):
            owners = {m.name for m in mentions if skeleton(m.name.split()[0]) == key}
        if not owners and "\u0400" <= word[:1] <= "\u04ff":
            owners = {
                n for k, v in surnames.items() if len(k) >= 4 and key.startswith(k[:-1]) for n in v
            }
        if len(owners) == 1:
            name = next(iter(owners))
            gender = genders.get(name)
            if gender is None:
                gender = genders[name] = _gender(name, registry, False)
            mentions.append(Mention(start, end, name, False, True, gender))
    mentions.sort(key=lambda m: m.start)
    return mentions


#: a role after the name: "Koji Kidokoro, general manager", "Xóchitl Gutiérrez, líder de"
_APPOSITION = re.compile(r",\s+([^\W\d_][\w-]*)")
#: what makes the run before it a firm: "… and Co", "…, Inc."
_ORG_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|&|und|y)\s+(?:Co|Cie|Cía|Sons|Partners)\b|(?:Inc|Corp|Ltd|Plc|LLC|AG|GmbH)\b)"
)


def _ru_not_surname(text: str, c: _Candidate, say: Collection[str]) -> bool:
    """A Cyrillic word after a title that is no surname: an adjective or a noun in a genitive
    phrase ("президент Европейского еврейского общества", "председатель Центра исследований")."""
    word = c.words[0]
    if _RU_SURNAME.search(word):
        return False
    nxt = _RU_LOWER.match(text, c.end)
    if nxt is None:
        return False
    follower = _NEXT_WORD.match(text, c.end)
    return _RU_ADJECTIVE.search(word) is not None or (
        follower is not None and follower.group(1).casefold() not in say
    )


#: Russian surname endings, nominative ("Калинкин", "Петрова", "Достоевский", "Шевченко")
_RU_SURNAME = re.compile(
    r"[а-яё](?:ов|ев|ёв|ин|ын|ский|цкий|ской|ко|ук|юк|ич|ова|ева|ёва|ина|ына|ская|цкая)$"
)
#: Russian adjective endings of the oblique cases, and a lower-case word after one
_RU_ADJECTIVE = re.compile(r"[а-яё](?:ого|его|ому|ему|ыми|ими|ых|их)$")
_RU_LOWER = re.compile(r" [а-яё]")
_PEERAGE = frozenset("lord lady baroness baron dame".split())


def _said_before(text: str, start: int, say: Collection[str]) -> bool:
    """A verb of saying earlier in the same clause, with a comma before the name:
    "erklärte der UNO-Hochkommissar für Flüchtlinge, Filippo Grandi"."""
    if text[max(0, start - 2) : start] != ", ":
        return False
    before = text[max(0, start - _SPEECH_REACH) : start]
    cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
    words = [w.casefold() for w in _TOKEN.findall(before[cut + 1 :])]
    return any(w in say for w in words[:-1])


def _opens_quote(text: str, start: int) -> bool:
    """True when ``start`` is the first word inside a quotation mark (a quote's own words)."""
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j] in '"“„«‘' and (j == 0 or text[j - 1] in " \t\n(:—–-")


def _surnames(full: list[Mention], joined: dict[str, str] | None = None) -> dict[str, set[str]]:
    """Surname skeleton -> the full names having it (any word after the first)."""
    surnames: dict[str, set[str]] = {}
    for m in full:
        if m.registered or m.surname_only:
            continue
        target = (joined or {}).get(m.name, m.name)
        for w in target.split()[1:]:
            if w not in _PARTICLES and not _INITIAL.match(w):
                surnames.setdefault(skeleton(w), set()).add(target)
    return surnames


def bare_name(text: str) -> str | None:
    """A plausible person name spelled by ``text`` (last capitalised run), else ``None``.

    Used for the subject of a verb of saying that no other rule recognised; only names that
    start with a common given name qualify ("said his wife, Sheila").
    """
    runs = _runs(text)
    if not runs:
        return None
    run = runs[-1]
    if is_org_name([_bare(w) for *_, w, _ in run]):
        return None
    first, _ = _trim(run, "und")
    words = [_bare(w) for _, _, w, _ in run[first:]]
    if not words or len(words) > _MAX_NAME:
        return None
    if not is_given(words[0]):
        return None  # "Fiat", "Medical Graphics", "Notstandsgebiet": not known to be people
    return " ".join(words)
