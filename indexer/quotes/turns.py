"""Statements in turns: under a line that names the speaker, and the answers of an interview.

Two layouts give a whole paragraph, or several, to one speaker without a verb of saying:

- a *speaker heading*: a line that is a name, maybe with a role in brackets and a colon
  ("Чарли Брукер (сценарист):", "NATO Secretary General Jens Stoltenberg"), over the statement.
  A heading with a colon opens a turn that runs over the paragraphs after it to the next
  heading (a book excerpt, a round table); the line itself is evidence enough of a name. A
  heading without a colon gives its speaker the next paragraph only, and only when that
  paragraph reads as speech, not as a section of a story about the person.
- an *interview*: questions and answers that each open with a dash and carry no verb of
  saying, one after the other; the lead names the person interviewed ("поговорил с Валерией
  Касамарой", "spoke to Anna Berg"). An answer runs over the paragraphs after it to the next
  question; the questions are the outlet's.

Quotes inside a turn are part of it.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> text = "Вступление.\\nСэнна Уоленберг (продюсер):\\nМне позвонили в понедельник."
>>> ctx = Context(text, PeopleRegistry.empty(), [], "ru")
>>> found = find_turns(ctx, [(0, 11), (12, 39), (40, 68)])
>>> [(text[s.start:s.end], s.speaker) for s in found.spans]
[('Мне позвонили в понедельник.', 'Сэнна Уоленберг')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.quotes.attribution import attribute_dash
from indexer.quotes.coreference import NOBODY, Context
from indexer.quotes.lexicon import DETERMINERS, is_org_name, is_role_word, is_title
from indexer.quotes.marks import Span, dash_lines
from indexer.quotes.names import Mention
from indexer.quotes.runs import is_person_word

__all__ = ["Turns", "find_turns"]

_HEADING_END = re.compile(r"[.!?:;,\"”»“'’)\]…]$")
_MAX_HEADING = 120
_MIN_STATEMENT = 120
#: a role in brackets and a colon after the speaker's name in a heading line
_ROLE_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*:?$")
_HEADING_LINKS = frozenset("of de del der för du la el the".split())
#: the speaker's own voice: first-person words in the supported languages
FIRST_PERSON = re.compile(
    r"(?i)\b(?:i|i'm|i've|my|me|we|our|us|ich|mein|meine|mir|mich|wir|unser|unsere|uns|yo|mi|"
    r"me|nosotros|nuestro|nuestra|nos|jag|mig|min|mitt|vi|oss|vår|je|j'ai|nous|notre)\b"
    r"|(?<![а-яё])(?:я|мне|меня|мой|моя|мы|нас|нам|наш|наша)(?![а-яё])"
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: what tells the lead of an interview who answers: "поговорил с X", "spoke to X"
_INTERVIEWED = re.compile(
    r"(?i)(?<![\w-])(?:поговорил[аи]?|побеседовал[аи]?|беседовал[аи]?|интервью)\s+(?:с|у)\s+"
    r"|(?<![\w-])(?:spoke|talked)\s+(?:to|with)\s+|(?<![\w-])interviewed\s+"
    r"|(?<![\w-])(?:habló|conversó|platicó|charló)\s+con\s+|(?<![\w-])entrevistó\s+a\s+"
    r"|(?<![\w-])(?:sprach|redete)\s+mit\s+|(?<![\w-])im\s+gespräch\s+mit\s+"
    r"|(?<![\w-])(?:pratade|talade)\s+med\s+|(?<![\w-])intervjuade\s+"
)
_MIN_INTERVIEW = 4  # dash paragraphs
_LEAD = 2  # paragraphs that may name the person interviewed
#: a caption run into a question: "Акция за свободные выборы в Москве — Но в 2012 году …?"
_INNER_DASH = re.compile(r"\s[—–]\s+(?=\S)")


@dataclass
class Turns:
    """The statements found, and every paragraph they cover (no other quote starts there)."""

    spans: list[Span] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)


def find_turns(ctx: Context, paras: list[tuple[int, int]]) -> Turns:
    """Speaker headings first; an article without them may be an interview."""
    found = _headings(ctx, paras)
    if not found.spans:
        found = _interview(ctx, paras)
    return found


# ------------------------------------------------------------------------------ headings
def _heading(ctx: Context, line_lo: int, line_hi: int, by_end: dict[int, Mention]) -> str | None:
    """The speaker a line names when it is a heading, else ``None``."""
    text = ctx.text
    line = text[line_lo:line_hi].rstrip()
    colon = line.endswith(":")
    end = line_lo + len(line)
    m = by_end.get(end)  # checked first: most lines end in no mention
    if m is None and line.endswith((":", ")")):  # "Чарли Брукер (сценарист):"
        line = _ROLE_TAIL.sub("", line)
        end = line_lo + len(line)
        m = by_end.get(end)
    if len(line) > _MAX_HEADING or _HEADING_END.search(line) or len(line.split()) > 12:
        return None
    if m is not None and m.start >= line_lo and not (m.surname_only and not m.registered):
        if ctx.verb(line_lo, end) or not _title_prefix(text[line_lo : m.start].split()):
            return None
        return m.name
    return _named(line) if colon and not ctx.verb(line_lo, end) else None


def _named(line: str) -> str | None:
    """An unknown name a colon heading gives: two to four name words, nothing else
    ("Сэнна Уоленберг", "Joel Collins"), no firm or outlet, no role."""
    words = line.split()
    if not 2 <= len(words) <= 4 or is_org_name(words):
        return None
    if not all(is_person_word(w) and not is_role_word(w) for w in words):
        return None
    return " ".join(words)


def _headings(ctx: Context, paras: list[tuple[int, int]]) -> Turns:
    text = ctx.text
    by_end = {m.end: m for m in ctx.mentions}
    heads: dict[int, str] = {}
    for p, (lo, hi) in enumerate(paras[:-1]):
        name = _heading(ctx, lo, hi, by_end)
        if name is not None:
            heads[p] = name
    found = Turns()
    for p, name in heads.items():
        colon = text[paras[p][0] : paras[p][1]].rstrip().endswith(":")
        nlo, nhi = paras[p + 1]
        if p + 1 in heads or text[nlo:nhi].lstrip()[:1] in '–—-"“„«':
            continue
        if not colon and nhi - nlo < _MIN_STATEMENT:
            continue
        s = nlo + len(text[nlo:nhi]) - len(text[nlo:nhi].lstrip(" \t\n:"))
        last = p + 1
        if colon:  # a turn: its paragraphs up to the next heading
            while (
                last + 1 < len(paras)
                and last + 1 not in heads
                and not (last + 2 in heads and not FIRST_PERSON.search(text, *paras[last + 1]))
            ):
                last += 1
        e = paras[last][0] + len(text[paras[last][0] : paras[last][1]].rstrip())
        if len(_WORD.findall(text, s, e)) < 2:
            continue
        if not colon and (
            any(o.name == name and s <= o.start < e for o in ctx.mentions)
            or (not FIRST_PERSON.search(text, s, e) and _described(text[s : s + 80]))
        ):
            continue  # a section heading over a story about the person, not their words
        found.spans.append(Span(s, e, s, e, "heading", p + 1, speaker=name))
        found.paragraphs.update(range(p + 1, last + 1))
    return found


def _described(opening: str) -> bool:
    """A paragraph that opens on a description of someone ("El entonces subprocurador …",
    "The former minister …"): a story about a person, not their statement."""
    words = opening.split()[:4]
    return (
        len(words) > 1
        and words[0].casefold() in DETERMINERS
        and any(_role(w.strip(",.")) for w in words[1:])
    )


def _role(word: str) -> bool:
    """A role word, also with a prefix: "exgobernador", "subprocurador", "Vize-Kanzler"."""
    if is_role_word(word):
        return True
    low = word.casefold()
    for prefix in ("ex-", "ex", "sub", "vice-", "vice", "vize-", "vize", "co-", "co"):
        if low.startswith(prefix) and len(low) > len(prefix) + 3:
            return is_role_word(low[len(prefix) :])
    return False


def _title_prefix(words: list[str]) -> bool:
    """What precedes the name in a speaker heading: a few capitalised or title words."""
    return len(words) <= 6 and all(
        w[:1].isupper() or is_title(w) or w in _HEADING_LINKS for w in words
    )


# ----------------------------------------------------------------------------- interviews
def _interview(ctx: Context, paras: list[tuple[int, int]]) -> Turns:
    """The answers of a question-and-answer interview, given to the person interviewed."""
    text = ctx.text
    dashes = {p: start for p, start, _ in dash_lines(text, paras)}
    if len(dashes) < _MIN_INTERVIEW or len(dashes) * 3 < len(paras):
        return Turns()
    for p, (lo, hi) in enumerate(paras):  # a caption run into a question
        inner = _INNER_DASH.search(text, lo, hi)
        if p not in dashes and inner and text[lo:hi].rstrip().endswith("?"):
            dashes[p] = inner.end()
    order = sorted(dashes)
    asks = [text[paras[p][0] : paras[p][1]].rstrip().endswith("?") for p in order]
    questions, answers = asks[0::2], asks[1::2]
    if sum(questions) * 2 < len(questions) or sum(answers) * 4 > len(answers):
        return Turns()  # no questions and answers in turn: a list, dialogue
    if any(_attributed(ctx, dashes[p], paras[p][1]) for p in order):
        return Turns()
    whole = len(order) >= 2 * _MIN_INTERVIEW and len(dashes) * 2 >= len(paras)
    who = _interviewed(ctx, paras[: min(_LEAD, order[0])], whole)
    if who is None:
        return Turns()
    found = Turns()
    for i, p in enumerate(order):
        stop = order[i + 1] if i + 1 < len(order) else len(paras)
        last = p
        while last + 1 < stop and FIRST_PERSON.search(text, *paras[last + 1]):
            last += 1  # the answer goes on in the speaker's own voice
        s, e = dashes[p], paras[last][0] + len(text[paras[last][0] : paras[last][1]].rstrip())
        speaker = who if i % 2 else NOBODY  # question, answer, question, …
        found.spans.append(Span(s, e, s, e, "heading", p, speaker=speaker))
        found.paragraphs.update(range(p, stop if i + 1 < len(order) else last + 1))
    return found


def _attributed(ctx: Context, start: int, end: int) -> bool:
    """A dash paragraph whose statement a verb of saying closes ("— Мы готовы, — сказал он"):
    dialogue, not an interview."""
    return attribute_dash(ctx, start, end)[0] < end


def _interviewed(ctx: Context, lead: list[tuple[int, int]], whole: bool) -> str | None:
    """The person the lead says the outlet spoke to; in an article that is all interview
    (``whole``), else the first person the lead names."""
    if not lead:
        return None
    lo, hi = lead[0][0], lead[-1][1]
    names = [m for m in ctx.mentions if lo <= m.start < hi and not m.surname_only]
    for cue in _INTERVIEWED.finditer(ctx.text, lo, hi):
        after = [m for m in names if m.start >= cue.end()]
        if after and after[0].start - cue.end() <= 40:
            return after[0].name
    return names[0].name if names and whole else None
