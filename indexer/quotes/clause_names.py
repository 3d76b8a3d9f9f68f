"""Which name of an attribution clause is not the one who speaks, or is despite what stands
between: the name that opens a sentence before its apposition, a name the verb reports
something of ("said Lyng was …"), a name after a preposition of address ("responde a Carlos
Salinas:"), a name after a source marker and a role ("según el primer ministro, Justin
Trudeau"). Pure predicates over a :class:`~indexer.quotes.coreference.Context` and its
candidates, used by :mod:`indexer.quotes.attribution`.

>>> from indexer.quotes.coreference import Candidate
>>> t = "Ana Berg le responde a Carlos Salinas:"
>>> after_preposition(t, Candidate(t.index("Carlos"), len(t) - 1, "name", "Carlos Salinas"))
True
"""

from __future__ import annotations

import re

from indexer.quotes.coreference import Candidate, Context
from indexer.quotes.lexicon import DETERMINERS, INDEFINITE, PREPOSITIONS, is_role_word
from indexer.quotes.subjects import (
    CLAUSE_END,
    FILLERS,
    NON_PERSON,
    POSSESSIVES,
    WORD,
    word_matches,
)
from indexer.quotes.verbs import CONJUNCTIONS

__all__ = [
    "after_preposition",
    "apposed_subject",
    "only_role",
    "opens_with_possessor",
    "own_clause_subject",
    "says_of",
]

_ROLE_WORDS = 3


def apposed_subject(
    ctx: Context, start: int, cands: list[Candidate], vstart: int
) -> Candidate | None:
    """The name that opens the sentence when an apposition set off by commas stands between it
    and the verb: "Marisol López Cruz, presidenta del Movimiento de Mujeres Frida Kahlo A.C.,
    advirtió" is Marisol López Cruz, whoever the apposition names."""
    first = cands[0]
    text = ctx.text
    if first.kind != "name" or len(cands) < 2 or text[start : first.start].strip(' \t\n"”»'):
        return None
    if not text.startswith(",", first.end) or not text[:vstart].rstrip().endswith(","):
        return None
    return first


#: what follows the subject of a clause the verb of saying reports ("said Lyng was …"), in the
#: languages whose subject never follows the verb when a clause does
_REPORTED_VERB = {
    "en": re.compile(r"[ \t]+(?!(?:of|on|in|at|to|from|for|with|after|before|during|as)\b)[a-z]")
}


def says_of(ctx: Context, end: int) -> bool:
    """The name ending at ``end`` opens a clause the verb before it reports ("said Lyng was
    …"), so it is what is said of, not who says: a lower-case word other than a preposition
    follows it."""
    pattern = _REPORTED_VERB.get(ctx.language)
    return pattern is not None and pattern.match(ctx.text, end) is not None


#: prepositions whose name is the one spoken to or about, never the speaker ("responde a",
#: "habla con", "declaraciones sobre"); not "de", "para", "for" ("palabras de X:", "para X:")
_OBJECT_PREPOSITIONS = frozenset(
    "a al con contra sobre hacia ante to with against about mit gegen über к с о об про".split()
)


def after_preposition(text: str, cand: Candidate) -> bool:
    """The candidate is a name right after a preposition of address or topic."""
    words = WORD.findall(text, max(0, cand.start - 12), cand.start)
    between = text[max(0, cand.start - 12) : cand.start]
    return (
        cand.kind == "name"
        and bool(words)
        and words[-1].casefold() in _OBJECT_PREPOSITIONS
        and between.rstrip().endswith(words[-1])
    )


def only_role(text: str, start: int, cand: Candidate) -> bool:
    """Only a role in lower case stands between a source marker and the name: "de acuerdo
    con la fiscal Ana Gómez", "по мнению эксперта Ивана Петрова", or with the name apposed:
    "según el primer ministro, Justin Trudeau"."""
    between = text[start : cand.start]
    words = WORD.findall(between)
    return (
        cand.kind == "name"
        and 0 < len(words) <= _ROLE_WORDS
        and all(w[:1].islower() or is_role_word(w) for w in words)
        and ("," not in between or between.count(",") == 1 and between.rstrip().endswith(","))
    )


#: what opens a subject that is no name: an article, a possessive, "it", "they"
_SUBJECT_OPENERS = DETERMINERS | INDEFINITE | POSSESSIVES | NON_PERSON


def own_clause_subject(
    ctx: Context, start: int, vstart: int, cands: list[Candidate]
) -> list[re.Match[str]]:
    """The words of the verb's own clause when it opens with a subject that is no name, after
    every person the sentence names: "Following meetings with Senator Patrick Leahy, the groups
    issued a statement saying …" is the groups', not the senator's. Empty when the clause has
    no such subject, or a candidate stands in it. English only: where the subject may follow
    the verb or be left out (Spanish, German), the clause's first words are no subject.

    >>> from indexer.people import PeopleRegistry
    >>> text = "After talks with Ann Lee, the groups said"
    >>> ctx = Context(text, PeopleRegistry.empty(), [], "en")
    >>> lee = Candidate(text.index("Ann"), text.index(","), "name", "Ann Lee")
    >>> [w.group() for w in own_clause_subject(ctx, 0, text.index("said"), [lee])]
    ['the', 'groups']
    """
    if not cands or ctx.language != "en":
        return []
    text = ctx.text
    clause = start
    for m in CLAUSE_END.finditer(text, start, vstart):
        if text[m.start()] in ",;":
            clause = m.end()
    if clause <= cands[-1].end:
        return []
    if not text[cands[-1].end : clause].strip(" ,") and not _object(text, cands[-1].start):
        return []  # "Matt Williams, a fund manager at Perpetual said": an apposition
    words = [
        w
        for w in word_matches(text, clause, vstart)
        if w.group().casefold() not in FILLERS and w.group().casefold() not in CONJUNCTIONS
    ]
    if not words or not (
        words[0].group().casefold() in _SUBJECT_OPENERS or opens_with_possessor(words)
    ):
        return []
    if len(words) < 2 and words[0].group().casefold() not in NON_PERSON:
        return []
    return words


def opens_with_possessor(words: list[re.Match[str]]) -> bool:
    """The clause opens with a possessor and a lower-case noun: "United's statement".

    >>> opens_with_possessor(list(WORD.finditer("United's statement said")))
    True
    """
    first = words[0].group()
    return len(words) > 1 and first.endswith(("'s", "’s")) and words[1].group().islower()


_TITLE_RUN = 5  # capitalised words (titles, roles) that may stand between a preposition and a name


def _object(text: str, start: int) -> bool:
    """The name at ``start`` hangs on a preposition, over the capitalised titles before it:
    "with Senate Agriculture Committee Chairman Patrick Leahy".

    >>> t = "After talks with Senate Chairman Patrick Leahy, the groups said"
    >>> _object(t, t.index("Patrick")), _object("Talks ended. But Ann Lee, a lawyer", 17)
    (True, False)
    """
    lo = max(0, start - 120)
    stop = max(text.rfind(c, lo, start) for c in ".!?\n")  # in the name's own sentence
    words = WORD.findall(text, max(lo, stop + 1), start)
    for w in reversed(words[-_TITLE_RUN - 1 :]):
        if w[:1].islower():
            return w.casefold() in PREPOSITIONS
    return False
