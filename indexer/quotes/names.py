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

import re
from collections.abc import Collection
from dataclasses import dataclass

from indexer.people import PeopleRegistry, skeleton
from indexer.quotes.antecedents import named_before
from indexer.quotes.candidates import (
    GERMAN_NOUN,
    NameCandidate,
    name_candidates,
    name_start,
    prev_word,
)
from indexer.quotes.german_runs import nameless_run
from indexer.quotes.given_alone import lone_given
from indexer.quotes.honorifics import honorific_gender, honorific_surname, is_honorific
from indexer.quotes.lexicon import (
    DETERMINERS,
    INDEFINITE,
    PARTICLES,
    PREPOSITIONS,
    given_gender,
    is_given,
    is_modifier_title,
    is_org_name,
    is_role_word,
    russian_given,
)
from indexer.quotes.nicknames import nicknamed
from indexer.quotes.runs import bare, capital_runs, is_initial
from indexer.quotes.russian import (
    is_cyrillic,
    not_a_surname,
    russian_nominative,
    spoken_surname,
)
from indexer.quotes.tails import tail_owner
from indexer.quotes.variants import join_variants

__all__ = ["Mention", "bare_name", "find_mentions", "russian_nominative"]

_MAX_NAME = 4


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


def _person(
    c: NameCandidate, registry: PeopleRegistry, language: str = "und"
) -> tuple[str, bool] | None:
    """(name, registered) when the candidate is a person, else ``None``."""
    words = c.words
    name = " ".join(words)
    # a bare surname waits: the article must name the person in full (so one word needs no
    # spelling-tolerant lookup unless people.yaml lists it)
    canon = registry.canonical(name) if len(words) > 1 or registry.is_alias(name) else None
    if canon is not None:
        return canon, True
    if len(words) > 1 and registry.is_alias(words[-1]) and not is_given(words[0]):
        return registry.canonical(words[-1]) or words[-1], True  # a listed alias: always known
    if c.determined or (is_org_name(words) and not c.titled):
        return None  # but "Dr Fox" is a person, though "Fox" alone is a broadcaster
    if len(words) > 1 and is_role_word(words[-1]):
        return None  # "Österreichs Wirtschaftsdelegierter": a role, nobody named
    if len(words) > 2 and words[1] in PARTICLES and not (is_given(words[0]) or c.apposed):
        return None  # "Attentaten von Belgien": a noun and a place, not "Ursula von der Leyen"
    if len(words) > _MAX_NAME:
        return None
    cyrillic = "\u0400" <= words[0][:1] <= "\u04ff"
    if cyrillic and len(words) > 1 and russian_given(words[0])[0]:
        return " ".join(russian_nominative(words)), False
    if len(words) > 1 and (is_given(words[0], language) or c.cue or c.speech):
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
    if last.endswith(("ова", "ева", "ёва", "ина", "ына", "ая")):
        return "f"
    return "m" if last.endswith(("ов", "ев", "ёв", "ин", "ын", "ский", "цкий")) else ""


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
    cands, singles = name_candidates(text, language, say)
    if language in _GENITIVE_S:  # "Arabella Kiesbauers neues Format … sagt Kiesbauer"
        bases = {w for _, _, w in singles}
        spoken = {c.words[0] for c in cands if len(c.words) == 1 and c.speech}
        for c in cands:
            c.words = _nominative(c.words, bases, spoken)
    full: list[Mention] = []
    spoken: list[NameCandidate] = []  # single words after a verb of saying or a title
    maybe: dict[str, list[NameCandidate]] = {}  # plausible multi-word names, by surname
    for c in cands:
        person = _person(c, registry, language)
        if person is None:
            if (
                1 < len(c.words) <= _MAX_NAME
                and not c.determined
                and not is_org_name(c.words)
                and (is_given(c.words[0]) or not _opens_quote(text, c.start))
                and not (language == "de" and GERMAN_NOUN.search(c.words[0]))
                and not (language == "de" and nameless_run(c.words))
            ):  # a name the article gives, though no rule knew it ("Lakshmi Mittal")
                maybe.setdefault(skeleton(c.words[-1]), []).append(c)
            continue
        name, registered = person
        if len(c.words) == 1 and not registered:
            spoken.append(c)
            continue
        full.append(Mention(c.start, c.end, name, registered, len(c.words) == 1, role=c.role))
    surnames = _surnames(full)
    kept: list[NameCandidate] = []
    addressed = {c.words[0] for c in spoken if is_honorific(c.role)}
    in_full = [m.name for m in full]
    for c in spoken:  # "Mr Mittal" with "Lakshmi Mittal" unrecognised elsewhere
        key = skeleton(c.words[0])
        if key in surnames or (
            is_given(c.words[0])
            and c.role not in _REGNAL
            and not honorific_surname(c.words[0], c.role, in_full, addressed)
            and len({" ".join(o.words) for o in maybe.get(key, ())}) != 1  # "Martyn Williams"
        ):
            continue  # joined already, or a first name ("Peggy"), not a surname ("Mr Howard")
        runs = {" ".join(o.words) for o in maybe.get(key, [])}
        if len(runs) == 1:
            for o in maybe.pop(key):
                full.append(Mention(o.start, o.end, " ".join(o.words), False, role=o.role))
            surnames = _surnames(full)
        elif (
            key not in maybe
            and c.speech
            and language not in _COMMON_SURNAME_WORDS
            and (lost := _lost_capital(text, c.words[0]))
        ):
            full.append(Mention(lost[0], lost[1], lost[2], False))  # "Julieta fierro"
            surnames = _surnames(full)
        elif (
            key not in maybe
            and c.cue
            and c.role not in ("don", "doña")
            and (  # "Trade Unions", "a major Swiss bank"; but "official Xu said"
                not is_modifier_title(c.role)
                or (prev_word(text, c.start).islower() and _says(text, c.end, say))
            )
        ):
            if is_cyrillic(c.words[0]) and not_a_surname(text, c.words[0], c.end, say):
                continue  # "президент Европейского еврейского общества", "председатель Центра"
            kept.append(c)  # "Mr Mittal", with no full name anywhere: the surname stays
        elif key not in maybe and c.speech and spoken_surname(c.words[0], text, c.start):
            kept.append(c)  # "пояснил Калинкин", "dijo Pérez.": a surname said to speak
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
        for o in runs:  # or the tail of one of them: "Van Dyke" after "Daniel Van Dyke"
            name = " ".join(o.words)
            owner = name if name in named else tail_owner(o.words, named)
            if owner is not None:
                full.append(Mention(o.start, o.end, owner, False, role=o.role))
    nicknames = nicknamed(text, language)
    if nicknames:  # "Jorge "El Burro" Van Rankin": one name, the nickname left out
        full = [m for m in full if not any(a <= m.start < b for a, b, _ in nicknames)]
        full += [Mention(a, b, name, False) for a, b, name in nicknames]
    if maybe or nicknames:
        full.sort(key=lambda m: m.start)
    unregistered = [m.name for m in full if not m.registered]
    joined = join_variants(unregistered, language) if len(full) > 1 else {}
    surnames = _surnames(full, joined)
    genders: dict[str, str] = {}
    mentions = []
    for m in full:
        name = joined.get(m.name, m.name)
        gender = genders.get(name)
        if gender is None:
            gender = genders[name] = _gender(name, registry, m.registered)
        if m.surname_only and honorific_gender(m.role):
            gender = honorific_gender(m.role)  # "Ms Jackson", whatever "Jackson" alone is
        mentions.append(Mention(m.start, m.end, name, m.registered, m.surname_only, gender, m.role))
    taken = {m.start for m in mentions}
    named |= {m.name for m in mentions}
    givens: dict[str, set[str]] = {}  # given-name skeleton -> the full names it opens
    alone: dict[str, str] = {}  # a surname the article never completes -> itself
    titled: dict[str, str] = {}  # a surname after a title, the noun phrase going on
    for m in mentions:
        parts = m.name.split()
        if len(parts) > 1 and not m.surname_only:
            givens.setdefault(skeleton(parts[0]), set()).add(m.name)
        elif len(parts) == 1 and not m.registered and is_cyrillic(m.name):
            alone.setdefault(skeleton(m.name), m.name)  # "Бальбек"
        elif len(parts) == 1 and not m.registered and m.role and _ends_phrase(text, m.end, say):
            alone.setdefault(skeleton(m.name), m.name)  # "el cantante Maluma, quien …"
        elif len(parts) == 1 and not m.registered and m.role:
            titled.setdefault(skeleton(m.name), m.name)  # "President Trump signed …"
    firsts: dict[str, set[str]] = {}  # the first word of an unlisted full name -> the names
    for m in (m for m in mentions if not m.registered and len(m.name.split()) > 1):
        firsts.setdefault(skeleton(m.name.split()[0]), set()).add(m.name)
    registered = any(m.registered for m in mentions)
    first_named: dict[str, int] = {}
    for m in mentions:
        first_named.setdefault(m.name, m.start)
    said = [(c.start, c.end, c.words[0]) for c in spoken if c.speech]
    by_given = lone_given(said, text, language, say, named, _speaks)
    for start, end, word in singles:
        if start in taken:
            continue
        # a bare surname is a registered person when people.yaml lists it, or when the article
        # names that person in full: "Smith" alone is not every Smith (so with no registered
        # person named, only a listed alias needs the registry's spelling-tolerant lookup)
        alias = registry.is_alias(word)
        canon = registry.canonical(word) if alias or registered else None
        if canon is not None and (canon in named or alias):
            mentions.append(Mention(start, end, canon, True, True, registry.gender(canon)))
            continue
        key = skeleton(word)
        owners = surnames.get(key, set())
        if owners and key in maybe:  # "Euan Murray …", then "said Murray", then "Scott Murray"
            runs = [" ".join(o.words) for o in maybe[key]]
            owners = named_before(owners, first_named, runs, [o.start for o in maybe[key]], start)
        if language == "es" and prev_word(text, start).casefold() in ("don", "doña"):
            owners = {m.name for m in mentions if skeleton(m.name.split()[0]) == key}
        if not owners and "\u0400" <= word[:1] <= "\u04ff":
            owners = {
                n for k, v in surnames.items() if len(k) >= 4 and key.startswith(k[:-1]) for n in v
            }
        if (
            not owners
            and (is_given(word) or len(firsts.get(key, ())) == 1)
            and _says(text, end, say)
            and not honorific_surname(word, prev_word(text, start), in_full, addressed)
        ):  # "Stan mencionó que …", after "Stan Lee"; "Ozzy said", after "Ozzy Osbourne"
            owners = givens.get(key, set()) if is_given(word) else firsts[key]
        if not owners and key in alone and not _after_article(text, start, language):
            owners = {alone[key]}  # "Бальбек", "Maluma" again (not "the Turkish lira")
        if not owners and key in titled and _speaks(text, start, end, say):
            owners = {titled[key]}  # "President Trump signed it. … said Trump."
        if not owners and word in by_given:
            owners = {word}  # "sagt Melanie": a person named by the given name alone
        if len(owners) == 1:
            name = next(iter(owners))
            gender = genders.get(name)
            if gender is None:
                gender = genders[name] = _gender(name, registry, False)
            mentions.append(Mention(start, end, name, False, True, gender))
    mentions.sort(key=lambda m: m.start)
    return mentions


_PEERAGE = frozenset("lord lady baroness baron dame".split())
#: titles a person is named by with a given name alone: "Pope Francis", "el papa Francisco",
#: "Papst Franziskus", "kung Gustaf"
_REGNAL = frozenset(
    """pope king queen papa rey reina papst påven påve kung drottning папа король
    королева""".split()
)
#: articles and article contractions: what stands before a noun or an adjective, not a name
_ARTICLES = DETERMINERS | INDEFINITE | frozenset("al del au du zum zur vom im".split())
#: articles that are prepositions in other languages ("de acuerdo a Maluma", "en Madrid")
_ARTICLE_IN = {"a": "en", "en": "sv"}


#: words that may follow a name that ends its noun phrase: relative pronouns, conjunctions
_AFTER_NAME = frozenset(
    "quien que who which whose der die das som который которая и y and und och".split()
)


def _ends_phrase(text: str, end: int, say: Collection[str]) -> bool:
    """The name at ``end`` ends its noun phrase: punctuation, a verb of saying or a relative
    pronoun follows ("el cantante Maluma, quien …"), not a noun ("chief Turkish economist")."""
    rest = text[end : end + 2].lstrip(" ")
    if not rest or not rest[0].isalnum():
        return True
    follower = _FOLLOWER.match(text, end)
    word = follower.group(1).casefold() if follower else ""
    return word in _AFTER_NAME or word in say


def _after_article(text: str, start: int, language: str) -> bool:
    """An article stands right before ``start`` ("the Turkish lira", "al Teletón")."""
    word = prev_word(text, start).casefold()
    return word in _ARTICLES and _ARTICLE_IN.get(word, language) == language


#: languages whose genitive glues an "s" to the name ("Kiesbauers", "Merkels", "Anderssons")
_GENITIVE_S = frozenset("de sv".split())


def _nominative(words: list[str], bases: set[str], spoken: set[str]) -> list[str]:
    """A name in the genitive ("Arabella Kiesbauers") back to its base, when the article
    also gives the base alone, as a speaker ("sagt Kiesbauer") or after a given name ("Ghost
    Games" is no genitive of "Ghost Game")."""
    last = words[-1]
    if len(words) > 1 and len(last) > 4 and last.endswith("s"):
        base = last[:-1]
        if base in spoken or (base in bases and is_given(words[0])):
            return [*words[:-1], base]
    return words


#: the word after a name
_FOLLOWER = re.compile(r"[ \t]*([^\W\d_]+)")


def _says(text: str, end: int, say: Collection[str]) -> bool:
    """The word right after ``end`` is a verb of saying ("Stan mencionó")."""
    follower = _FOLLOWER.match(text, end)
    return follower is not None and follower.group(1).casefold() in say


def _speaks(text: str, start: int, end: int, say: Collection[str]) -> bool:
    """The word at ``start:end`` is the subject of a verb of saying right beside it: "said
    Trump.", "Trump dijo", "sagte Trump" (not "residents of Lincoln said")."""
    prev = prev_word(text, start).casefold()
    if prev in say:
        return not text[end : end + 1].isalnum()
    return prev not in PREPOSITIONS and prev not in _ARTICLES and _says(text, end, say)


#: languages whose surnames are often common words after a given name ("Rose bush", "Will
#: power"): a lower-case word there is no lost capital
_COMMON_SURNAME_WORDS = frozenset({"en", "und"})


def _lost_capital(text: str, word: str) -> tuple[int, int, str] | None:
    """Where the article writes a surname it gives a speaker ("Fierro manifestó") in lower
    case after a common given name ("Julieta fierro será …"), a typo lost its capital: (start,
    end, full name) of that one place, else ``None``.

    >>> _lost_capital("Julieta fierro habló. Fierro dijo.", "Fierro")
    (0, 14, 'Julieta Fierro')
    """
    low = word.casefold()
    if len(low) < 4 or low == word:
        return None
    found = [
        m
        for m in re.finditer(rf"(?<![\w-])([^\W\d_][\w-]*) {re.escape(low)}(?![\w-])", text)
        if m.group(1)[:1].isupper() and is_given(m.group(1))
    ]
    if len({m.group(1) for m in found}) != 1:
        return None
    return found[0].start(), found[0].end(), f"{found[0].group(1)} {word}"


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
            if w not in PARTICLES and not is_initial(w):
                surnames.setdefault(skeleton(w), set()).add(target)
    return surnames


def bare_name(text: str) -> str | None:
    """A plausible person name spelled by ``text`` (last capitalised run), else ``None``.

    Used for the subject of a verb of saying that no other rule recognised; only names that
    start with a common given name qualify ("said his wife, Sheila").
    """
    runs = capital_runs(text)
    if not runs:
        return None
    run = runs[-1]
    if is_org_name([bare(w) for *_, w, _ in run]):
        return None
    first, _ = name_start(run, "und")
    words = [bare(w) for _, _, w, _ in run[first:]]
    if not words or len(words) > _MAX_NAME:
        return None
    if not is_given(words[0]):
        return None  # "Fiat", "Medical Graphics", "Notstandsgebiet": not known to be people
    return " ".join(words)
