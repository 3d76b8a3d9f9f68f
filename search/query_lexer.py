"""Reading a query's characters into tokens: words, phrases, prefixes, operators, fields.

The lexer of ``search.query``: lenient by default (an unclosed quote runs to the end, an
operator without a word is dropped), strict on request (``QuerySyntaxError`` pointing at
the position). Punctuation between words separates them (``Blair,Brown``, ``oil/opec``).

>>> [(t.kind, t.text) for t in lex('veto -"open door" nato* title:x a,b')]
[('WORD', 'veto'), ('NOT', '-'), ('PHRASE', 'open door'), ('PREFIX', 'nato'), ('FIELD', 'title'), ('WORD', 'x'), ('WORD', 'a'), ('WORD', 'b')]
"""  # noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass

from search.errors import QuerySyntaxError, UnknownFieldError

FIELDS = ("title", "speaker", "outlet", "lang")
#: A prefix shorter than this would expand to a large part of the lexicon.
MIN_PREFIX = 2
_OPERATOR_CHARS = frozenset("-!*+&|^~")
_KEYWORDS = frozenset({"OR", "AND", "NOT"})
_FIELD_ALIASES = {"language": "lang", "speakers": "speaker", "source": "outlet"}
_FIELD_PREFIX = re.compile(r"([a-z]+):(?=[^\s)])")
_FIELD_ALONE = re.compile(r"([a-z]+):$")
#: Punctuation that separates words typed without a space ("Blair,Brown", "oil/opec",
#: "oil;opec"); hyphens, apostrophes, dots and colons stay inside words ("open-door",
#: "Ukraine's", "U.S.", "USA:s").
_SEPARATORS = re.compile(r"[,;/\\|!?¡¿…·•\[\]{}<>]")
_WORD_PARTS = re.compile(r"[^,;/\\|!?¡¿…·•\[\]{}<>]+")


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # WORD PHRASE PREFIX LPAREN RPAREN OR AND NOT FIELD
    text: str
    pos: int


def lex(query: str, strict: bool = False) -> list[Token]:
    toks: list[Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in '"“”„«»':
            end = _closing_quote(query, i + 1)
            if end < 0:
                if strict:
                    raise QuerySyntaxError(f"Unclosed quote at position {i}", i)
                end = n
            toks.append(Token("PHRASE", query[i + 1 : end], i))
            i = end + 1
        elif c == "*" and i + 1 < n and not query[i + 1].isspace():
            i += 1  # a leading '*' means nothing (there is no suffix search)
        elif c == "(":
            toks.append(Token("LPAREN", c, i))
            i += 1
        elif c == ")":
            toks.append(Token("RPAREN", c, i))
            i += 1
        elif c in "-!+" and i + 1 < n and not query[i + 1].isspace():
            if c != "+":  # "+word" means what "word" means: every word is required
                toks.append(Token("NOT", c, i))
            i += 1
        else:
            field = _FIELD_PREFIX.match(query, i)
            if field and (_FIELD_ALIASES.get(field.group(1), field.group(1)) in FIELDS or strict):
                name = _FIELD_ALIASES.get(field.group(1), field.group(1))
                if name not in FIELDS:
                    raise UnknownFieldError(field.group(1), FIELDS, i)
                toks.append(Token("FIELD", name, i))
                i = field.end()
                continue
            j = i
            while j < n and not query[j].isspace() and query[j] not in '()"“”„«»':
                j += 1
            word = query[i:j]
            if _SEPARATORS.search(word) and word not in ("||", "|"):
                # "Blair,Brown", "oil/opec": punctuation between words separates them
                for part in _WORD_PARTS.finditer(word):
                    toks.extend(
                        Token(t.kind, t.text, i + part.start() + t.pos)
                        for t in lex(part.group(), strict)
                    )
                i = j
                continue
            alone = _FIELD_ALONE.match(word)
            if alone and _FIELD_ALIASES.get(alone.group(1), alone.group(1)) in FIELDS:
                if strict:
                    raise QuerySyntaxError(f"'{word}' at position {i} has no value", i)
                i = j
                continue
            if word in ("OR", "||", "|"):
                toks.append(Token("OR", word, i))
            elif word in ("AND", "&&", "&", "+"):
                toks.append(Token("AND", word, i))
            elif word == "NOT":
                toks.append(Token("NOT", word, i))
            elif word.endswith("*") and word.strip("*"):
                prefix = word.rstrip("*").replace("*", "")
                if strict and len(_normal(prefix)) < MIN_PREFIX:
                    raise QuerySyntaxError(
                        f"Prefix '{word}' at position {i} is too short; "
                        f"type at least {MIN_PREFIX} letters before '*'",
                        i,
                    )
                toks.append(Token("PREFIX", prefix, i))
            else:
                if strict and word and set(word) <= _OPERATOR_CHARS:
                    raise QuerySyntaxError(
                        f"'{word}' at position {i} is an operator without a word; "
                        "remove it or put a word right after it",
                        i,
                    )
                text = word.replace("*", "")
                # "*OR" is a word, not the operator it would read as once the '*' is gone
                toks.append(Token("WORD", text.lower() if text in _KEYWORDS else text, i))
            i = j
    return toks


def _closing_quote(query: str, start: int) -> int:
    for k in range(start, len(query)):
        if query[k] in '"“”„«»':
            return k
    return -1


def _normal(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


__all__ = ["FIELDS", "MIN_PREFIX", "Token", "lex"]
