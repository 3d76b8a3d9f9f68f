"""Runs of capitalised words in running text: where person names may be.

A run is a stretch of adjacent capitalised tokens (one space apart), with name particles allowed
inside ("Ursula von der Leyen", "Miguel de la Madrid") and a middle initial ("Thomas E.
Mulligan"); a possessive ends it ("Peskov's"). Each token carries a flag: a title or role word
stood right before it ("Minister Olga Kurz"), the cue that makes a run a name.

>>> runs = capital_runs("Yesterday Minister Olga Kurz met EU:s chief.")
>>> [[(word, cue) for _, _, word, cue in run] for run in runs]
[[('Yesterday', False)], [('Olga', True), ('Kurz', False)]]
"""

from __future__ import annotations

import functools
import re

from indexer.quotes.initials import leading_initial
from indexer.quotes.lexicon import (
    PARTICLES,
    PARTICLES_AFTER_VON,
    given_stopwords,
    is_org_word,
    is_stop,
    is_title,
)

__all__ = [
    "TOKEN",
    "Token",
    "bare",
    "capital_runs",
    "is_acronym",
    "is_initial",
    "is_name_word",
    "is_person_word",
    "name_tokens",
]

#: (start, end, word, title cue) of one token of a run
Token = tuple[int, int, str, bool]

TOKEN = re.compile(r"[^\W\d_](?:[\w’'\-:.]*[^\W_])?")
_POSSESSIVE = re.compile(r"(?:['’]s|:s|['’])$")
_INITIAL = re.compile(r"^[^\W\d_]\.$")
#: the Arabic article written lower case inside a name: "Bashar al-Assad", "Abdel Fattah el-Sisi"
_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|ar|an|az|ud|ul|ed|er|es)-[A-Z]")


def name_tokens(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Word tokens of ``text[start:end]`` as regex matches (offsets into ``text``)."""
    return list(TOKEN.finditer(text, start, len(text) if end is None else end))


@functools.lru_cache(maxsize=65_536)
def bare(word: str) -> str:
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


def is_acronym(word: str) -> bool:
    """Two letters or more, all capitals: "EU", "NATO", "US:s"."""
    plain = bare(word)
    return plain.isupper() and sum(c.isalpha() for c in plain) >= 2


def is_name_word(word: str) -> bool:
    """A capitalised word that may be part of a name: no acronym, stopword or title."""
    plain = bare(word)
    return (
        _is_upper_initial(plain)
        and not is_acronym(plain)
        and not is_stop(plain)
        and not is_title(plain)
        and (len(plain) > 1)
    )


def is_person_word(word: str) -> bool:
    """A capitalised word that may be part of a person's name (not a stopword, title, org)."""
    return is_name_word(word) and not is_org_word(bare(word))


_WordInfo = tuple[bool, bool, bool, bool, bool, bool, bool]
_WORD_INFO: dict[str, _WordInfo] = {}
_WORD_INFO_MAX = 200_000
#: a word that is no name, particle, title or acronym: it only ends the current run
_BORING: _WordInfo = (False, False, False, False, False, False, False)
#: what a plain capitalised name word is: "Domingo" inside a sentence
_GIVEN: _WordInfo = (True, False, False, False, False, False, False)


def _word_info(word: str) -> _WordInfo:
    """Everything :func:`capital_runs` asks about one token (a pure function of the word, memoized).

    (name word, particle, possessive run end, title word, acronym, acronym ending in ":s",
    special: a capital letter that may be a middle initial, or "der"/"den" after "van"/"von")
    """
    info = _WORD_INFO.get(word)
    if info is None:
        acronym = is_acronym(word)
        info = (
            is_name_word(word),
            word in PARTICLES or (word[1:].islower() and word.casefold() in PARTICLES),
            bool(_POSSESSIVE.search(word)) and not word.endswith("'") and not _INITIAL.match(word),
            is_title(bare(word)),
            acronym,
            acronym and word.endswith(":s"),
            (len(word) == 1 and word.isupper()) or word in PARTICLES_AFTER_VON,
        )
        if info == _BORING:
            info = _BORING  # one shared object: ``capital_runs`` tests it by identity
        if len(_WORD_INFO) >= _WORD_INFO_MAX:
            _WORD_INFO.clear()
        _WORD_INFO[word] = info
    return info


def capital_runs(text: str) -> list[list[Token]]:
    """Runs of adjacent capitalised tokens (particles allowed inside), with a title-cue flag.

    The runs of reading every token in turn; only the tokens that can start, continue or cue a
    run are read (:func:`_tokens`): any other token is a lower-case word that ends the current
    run, as a token that does not stand right after the run's last one does too.
    """
    runs: list[list[Token]] = []
    current: list[Token] = []
    prev_end = -10
    prev_title = False
    n = len(text)
    cache = _WORD_INFO
    stop_given = given_stopwords()  # "Domingo", "Julio": names inside a sentence
    for start, end, word in _tokens(text) if _OTHER_SCRIPT.search(text) is None else _every(text):
        info = cache.get(word) or _word_info(word)
        if (
            info is _BORING
            and len(word) == 2  # checked here: every lower-case word of the text comes by
            and _short_surname(text, current, prev_end, start, end, word)
        ):
            current.append((start, end, word, False))  # "Ali Ihsan Su,": no Spanish "su"
            prev_end, prev_title = end, False
            continue
        if info is _BORING and word in stop_given and _inside_sentence(text, start):
            info = _GIVEN  # "Finance Minister Domingo Cordovez": Spanish Sunday, a name here
        if info is _BORING:  # a lower-case word: it only ends the run
            if current:
                runs.append(current)
                current = []
            # ``prev_end`` may stay behind: after a boring token the run is empty and the title
            # cue is off, so the next token's adjacency decides nothing
            prev_title = False
            continue
        adjacent = start - prev_end == 1 and text[prev_end] == " "
        if info[6] and not (current and adjacent) and leading_initial(text, start, end):
            if current:  # "said R. P. Goenka", "Chairman L. Jack Van Fossen": a name opens
                runs.append(current)  # with initials, the title's cue on the first
            current = [(start, end + 1, text[start : end + 1], prev_title and adjacent)]
            prev_end, prev_title = end + 1, False
            continue
        if info[6] and current and adjacent:
            if word.isupper() and text[end : end + 2] == ". ":  # "Thomas E. Mulligan"
                current.append((start, end + 1, text[start : end + 1], False))
                prev_end, prev_title = end + 1, False
                continue
            if word in PARTICLES_AFTER_VON and current[-1][2] in ("van", "von"):  # "van der"
                info = _word_info("van")
        # the text between the previous token and this one is exactly one space
        adjacent = start - prev_end == 1 and text[prev_end] == " "
        # a particle goes on a run, in lower case or capitalised: "Ursula von der Leyen",
        # "Willy De Clercq" ("De" is no name word: a stopword of other languages)
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


def _inside_sentence(text: str, start: int) -> bool:
    """A letter, digit or comma stands before ``start`` (a space between): not where a
    sentence, a headline or a quote opens."""
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and j < start - 1 and (text[j].isalnum() or text[j] == ",")


def _short_surname(
    text: str, current: list[Token], prev_end: int, start: int, end: int, word: str
) -> bool:
    """A two-letter word in capitals and lower case right after a name of two words or more,
    and ending it before punctuation, is the name's surname though it is a function word
    elsewhere ("Ali Ihsan Su," "Anna Su.").

    >>> _short_surname("Ali Ihsan Su, bekannt", [(0, 3, "Ali", False), (4, 9, "Ihsan", False)],
    ...                9, 10, 12, "Su")
    True
    """
    return (
        len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and len(current) >= 2
        and start - prev_end == 1
        and text[prev_end] == " "
        and text[end : end + 1] in (",", ".", ";", ")")
    )


# ------------------------------------------------------- which tokens a run can be made of
#: the scripts whose capital letters the fast path knows: Latin, Greek, Cyrillic, with
#: punctuation and currency signs; a text with any other character is read token by token
_KNOWN = ((0x0000, 0x0250), (0x0370, 0x0500), (0x1E00, 0x1F00), (0x2000, 0x20D0))
_OTHER_SCRIPT = re.compile(
    "[^" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b - 1))}" for a, b in _KNOWN) + "]"
)
_LETTER = re.compile(r"[^\W\d_]")
_TOKEN_CHARS = r"[\w’'\-:.]"
_TOKEN_CHAR = re.compile(_TOKEN_CHARS)
#: the first letters of the particles, what may continue a run in lower case
_PARTICLE_INITIALS = frozenset(w[0] for w in (*PARTICLES, *PARTICLES_AFTER_VON))
_BEFORE_WINDOW = 64


def _capitals() -> re.Pattern[str]:
    """A token from its first capital letter in the known scripts (to its last letter or
    digit, as :data:`TOKEN` ends it)."""
    ranges: list[list[int]] = []
    for a, b in _KNOWN:
        for code in range(a, b):
            char = chr(code)
            if char.isupper() and _LETTER.match(char):
                if ranges and ranges[-1][1] == code - 1:
                    ranges[-1][1] = code
                else:
                    ranges.append([code, code])
    upper = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(rf"[{upper}](?:{_TOKEN_CHARS}*[^\W_])?")


_CAPITAL = _capitals()


def _every(text: str) -> list[tuple[int, int, str]]:
    """Every token of ``text``: (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens that can change the runs, in order, for a text in the known scripts: every
    token with a capital letter, the lower-case title right before one ("minister Olga Kurz",
    "jefe, México") and the lower-case particles right after one ("Ursula von der Leyen")."""
    found: list[tuple[int, int, str]] = []
    n = len(text)
    for m in _CAPITAL.finditer(text):
        start, end = m.span()
        if start and _TOKEN_CHAR.match(text, start - 1):  # "al-Assad", "eBay": the token's
            first = start - 1  # first letter comes before its first capital
            while first and _TOKEN_CHAR.match(text, first - 1):
                first -= 1
            start = _LETTER.search(text, first, start + 1).start()  # type: ignore[union-attr]
        word = text[start:end]
        if start > 1 and (not found or found[-1][1] < start - 2):
            before = _title_before(text, start)
            if before is not None:
                found.append(before)
        found.append((start, end, word))
        if len(word) == 1 and text[end : end + 2] == ". ":
            end += 1  # "E. de la Cruz": an initial and its dot
        while end + 1 < n and text[end] == " " and text[end + 1] in _PARTICLE_INITIALS:
            particle = TOKEN.match(text, end + 1)
            word = particle.group()  # type: ignore[union-attr]
            if word not in PARTICLES and word not in PARTICLES_AFTER_VON:
                break
            end = particle.end()  # type: ignore[union-attr]
            found.append((end - len(word), end, word))
    return found


def _title_before(text: str, start: int) -> tuple[int, int, str] | None:
    """The lower-case title or role token right before ``start`` (one space or ", " between),
    whose cue the token at ``start`` takes: "minister Olga Kurz", "en jefe, México"."""
    if text[start - 2 : start] == ", ":
        end = start - 2
    elif text[start - 1] == " ":
        end = start - 1
    else:
        return None
    if end < 1 or not text[end - 1].isalnum():
        return None
    space = text.rfind(" ", max(0, end - _BEFORE_WINDOW), end)
    if space < 0 and end > _BEFORE_WINDOW:  # a stretch with no space for long: exactly
        first = end - 1
        while first and _TOKEN_CHAR.match(text, first - 1):
            first -= 1
        piece = text[first:end]
        offset = first
    else:
        piece = text[space + 1 : end]
        offset = space + 1
    found = _lower_title(piece)
    return None if found is None else (offset + found, end, piece[found:])


@functools.lru_cache(maxsize=65_536)
def _lower_title(piece: str) -> int | None:
    """Where the token that ends ``piece`` starts in it, when that token is a title or role
    word in lower case ("minister", "(jefe"), else ``None``."""
    first = len(piece)
    while first and _TOKEN_CHAR.match(piece, first - 1):
        first -= 1
    letter = _LETTER.search(piece, first)
    if letter is None:
        return None
    word = piece[letter.start() :]
    if _CAPITAL.search(word) or not is_title(bare(word)):
        return None
    return letter.start()


def is_initial(word: str) -> bool:
    """A letter and a dot: "E." of "Thomas E. Mulligan"."""
    return _INITIAL.match(word) is not None
