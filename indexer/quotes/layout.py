"""Paragraphs of an article body, however it was wrapped or lost its line breaks.

Extraction reads a *layout*: a copy of the body of exactly the same length (so every offset
still points into the body) where

- line breaks that arrived as stray characters are restored: the Corus samples lost their
  backslashes, so a paragraph break reads ``…agency.nThe…`` (a Latin ``n`` glued to Cyrillic text,
  or ``n`` between a sentence end and a capital in text without a single real line break);
- hard-wrapped lines are joined: newswire bodies wrapped at ~70 characters (paragraphs start
  with an indent or follow a blank line), and any line that continues a sentence (the line before
  ends without punctuation, the next starts in lower case) become one paragraph, the joining
  line breaks turned into spaces.

>>> lay = read("Stocks fell, a dealer said.\\n  \\"It will get worse\\nbefore it improves.\\"")
>>> [lay.text[a:b] for a, b in lay.paragraphs]
['Stocks fell, a dealer said.', '"It will get worse before it improves."']
>>> read("Москва.nПресс-служба сообщила").text
'Москва.\\nПресс-служба сообщила'
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

__all__ = ["Layout", "read"]

_CYR = "а-яёА-ЯЁ"
#: a lost paragraph break: a Latin ``n`` between a sentence end and a capital, a quote, a dash
#: or the colon of a speaker heading ("Чарли Брукер (сценарист)n: Это …")
_BREAK = re.compile(r"(?<=[.!?:;…»\"”)])n{1,3}(?=[«\"„“—–:]|[^\W\d_a-zà-ÿа-яё])")
#: a lost line break inside a sentence (around a link), touching Cyrillic: "наnсайтеnгородской",
#: "«nмосковского делаn»", "газетаnThe Times"; it becomes a space
_INLINE = re.compile(
    r"(?<=\S)n{1,2}(?=[а-яё])|(?<=[а-яёА-ЯЁ])n{1,2}(?=\S)|(?<=[,«\"„“(])n{1,2}(?=\S)"
)
_CYRILLIC_BREAK = re.compile(rf"(?<=[{_CYR}.!?:;»\"”)…])n{{1,3}}(?=[{_CYR}«\"„“(—–])")
_SENTENCE_END = frozenset('.!?:;…"”»)')
#: a line that starts with a quotation mark, a dialogue dash or a bullet starts a paragraph
_OPENS = frozenset('"“„«‘–—-•*')
#: in hard-wrapped text, a line break followed by neither an indent, a blank line nor an opener
_WRAP_JOIN = re.compile(r"(?<=[^\n])\r?\n(?=[^\s\"“„«‘–—\-•*])")
#: the text of a line without the white space around it
_LINE_BODY = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")
_BODY_SPAN = operator.methodcaller("span", 1)
#: line breaks after which :func:`_continues` may join (more than it joins: a line that opens
#: with neither a capital, a digit nor an opener, or that follows a comma or a hyphen)
_MAYBE_CONTINUES = re.compile(
    r"\n(?:(?<=[^\S\n]\n)"  # after a line that ends in white space: the loop decides
    r"|(?<=[,\-]\n)[ \t]*[^ \t\n\"“„«‘–—\-•*]"
    r"|(?<=[^\s.!?:;…\"”»)]\n)[ \t]*[^ \t\n\"“„«‘–—\-•*A-ZÀ-ÖØ-ÞА-ЯЁ0-9])"
)
#: Cyrillic letters that look like Latin ones, and words that mix both scripts
_LOOKALIKES = "аеорсухіјѕАВЕКМНОРСТХУ"
_LOOKALIKE_TABLE = str.maketrans(_LOOKALIKES, "aeopcyxijsABEKMHOPCTXY")
_ANY_CYRILLIC = re.compile("[\u0400-\u04ff]")
_MIXED = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04ff])\w+\b")
_WRAP_MAX = 80  # no line of a hard-wrapped body is longer
_WRAP_MIN = 50  # and some line is at least this long


@dataclass(frozen=True, slots=True)
class Layout:
    """``text`` has the length of the body; ``paragraphs`` are (start, end) offsets into it."""

    text: str
    paragraphs: list[tuple[int, int]]


def _restore_breaks(text: str) -> str:
    """Stray ``n`` line breaks back to real ones (same length: ``n`` -> newline or space)."""
    if "\n" in text or "n" not in text:
        return text
    if _CYRILLIC_BREAK.search(text):  # a Latin "n" glued to Cyrillic is never a word
        text = _BREAK.sub(lambda m: "\n" * len(m.group()), text)
        return _INLINE.sub(lambda m: " " * len(m.group()), text)
    if len(_BREAK.findall(text)) >= 2:  # one match may be a word; a pattern that recurs is not
        return _BREAK.sub(lambda m: "\n" * len(m.group()), text)
    return text


def _hard_wrapped(lines: list[str]) -> bool:
    """A body wrapped at a fixed width: no long line, most lines near the width, and some
    line that breaks a sentence (no punctuation at its end, lower case after it)."""
    longest = max(lines, key=len)
    if len(longest) < _WRAP_MIN or (len(longest) > _WRAP_MAX and longest.strip()):
        return False  # the usual answer, at once: the width rules a wrap out
    full = [line for line in lines if line.strip()]
    if len(full) < 3:
        return False
    width = max(map(len, full))
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return False
    if sum(len(line) >= 0.75 * width for line in full) * 2 < len(full):
        return False
    return any(
        one[-1:] not in _SENTENCE_END and two.lstrip()[:1].islower()
        for one, two in zip(full, full[1:], strict=False)
    )


def _continues(last: str, line: str) -> bool:
    """True when ``line`` continues the sentence the (non-blank) line ``last`` left open."""
    first = line.lstrip(" \t")
    if not first or first[0] in _OPENS:
        return False
    last = last.rstrip()
    if not last or last[-1] in _SENTENCE_END:
        return False
    return first[0].islower() or last[-1] in ",-"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``, surrounding spaces left out."""
    return list(map(_BODY_SPAN, _LINE_BODY.finditer(text)))


def _latin_lookalikes(text: str) -> str:
    """Cyrillic letters that stand for Latin ones inside a Latin word ("Armandо" with a
    Cyrillic "о", a trick of spam and fake news) become Latin (same length).

    >>> _latin_lookalikes("Luis Armand\u043e dijo") == "Luis Armando dijo"
    True
    """
    if not _ANY_CYRILLIC.search(text):
        return text

    def latin(m: re.Match[str]) -> str:
        word = m.group()
        cyrillic = [c for c in word if "\u0400" <= c <= "\u04ff"]
        if all(c in _LOOKALIKES for c in cyrillic):
            return word.translate(_LOOKALIKE_TABLE)
        return word

    return _MIXED.sub(latin, text)


def read(text: str) -> Layout:
    """The layout of an article body (see the module docstring)."""
    text = _latin_lookalikes(_restore_breaks(text))
    if "\n" not in text:
        a = len(text) - len(text.lstrip())
        b = len(text.rstrip())
        return Layout(text, [(a, b)] if b > a else [])
    lines = text.split("\n")
    if _hard_wrapped(lines):  # every line break goes but before an indent or a blank line
        text = _WRAP_JOIN.sub(lambda m: " " * len(m.group()), text)
        return Layout(text, _paragraphs(text))
    if not _MAYBE_CONTINUES.search(text):
        return Layout(text, _paragraphs(text))  # no line can continue the one before it
    chars: list[str] | None = None
    pos = 0
    last = ""
    for line in lines:
        if last and _continues(last, line):
            if chars is None:
                chars = list(text)
            chars[pos - 1] = " "
            last = line
        elif line.strip():
            last = line
        else:
            last = ""
        pos += len(line) + 1
    if chars is not None:
        text = "".join(chars)
    return Layout(text, _paragraphs(text))
