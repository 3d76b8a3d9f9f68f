"""The presslens query language, parsed into a small AST (pure; no Whoosh here).

Syntax, as Elasticsearch/Meilisearch users expect it::

    veto ukraine            every word must match (stemmed, any language)
    "open door"             exact phrase
    -kremlin  NOT kremlin   exclusion
    nato OR otan            either
    (veto OR membership)    grouping
    nato*                   prefix, as typed
    title:veto speaker:stoltenberg outlet:meduza lang:sv

Lenient by default: unbalanced quotes and parentheses are closed, stray operators and
unknown fields are read as words. ``strict=True`` raises ``QuerySyntaxError`` instead.

>>> render(parse('veto -"open door" (nato OR otan) speaker:stoltenberg nat*'))
'veto -"open door" (nato OR otan) speaker:stoltenberg nat*'
>>> render(parse('"unbalanced (quote'))
'"unbalanced (quote"'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from search.errors import QuerySyntaxError, UnknownFieldError

FIELDS = ("title", "speaker", "outlet", "lang")
#: A prefix shorter than this would expand to a large part of the lexicon.
MIN_PREFIX = 2
_OPERATOR_CHARS = frozenset("-!*+&|^~")
_KEYWORDS = frozenset({"OR", "AND", "NOT"})
_FIELD_ALIASES = {"language": "lang", "speakers": "speaker", "source": "outlet"}
MAX_DEPTH = 32
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_FIELD_PREFIX = re.compile(r"([a-z]+):(?=[^\s)])")
_FIELD_ALONE = re.compile(r"([a-z]+):$")
#: Punctuation that separates words typed without a space ("Blair,Brown", "oil/opec",
#: "oil;opec"); hyphens, apostrophes, dots and colons stay inside words ("open-door",
#: "Ukraine's", "U.S.", "USA:s").
_SEPARATORS = re.compile(r"[,;/\\|!?¡¿…·•\[\]{}<>]")
_WORD_PARTS = re.compile(r"[^,;/\\|!?¡¿…·•\[\]{}<>]+")


@dataclass(frozen=True, slots=True)
class Word:
    text: str


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str


@dataclass(frozen=True, slots=True)
class Prefix:
    text: str


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    node: Node


@dataclass(frozen=True, slots=True)
class Not:
    node: Node


@dataclass(frozen=True, slots=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    nodes: tuple[Node, ...]


Node = Word | Phrase | Prefix | Field | Not | And | Or

# ---------------------------------------------------------------------------- lexing


@dataclass(frozen=True, slots=True)
class _Tok:
    kind: str  # WORD PHRASE PREFIX LPAREN RPAREN OR AND NOT FIELD
    text: str
    pos: int


def _lex(query: str, strict: bool) -> list[_Tok]:
    toks: list[_Tok] = []
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
            toks.append(_Tok("PHRASE", query[i + 1 : end], i))
            i = end + 1
        elif c == "*" and i + 1 < n and not query[i + 1].isspace():
            i += 1  # a leading '*' means nothing (there is no suffix search)
        elif c == "(":
            toks.append(_Tok("LPAREN", c, i))
            i += 1
        elif c == ")":
            toks.append(_Tok("RPAREN", c, i))
            i += 1
        elif c in "-!+" and i + 1 < n and not query[i + 1].isspace():
            if c != "+":  # "+word" means what "word" means: every word is required
                toks.append(_Tok("NOT", c, i))
            i += 1
        else:
            field = _FIELD_PREFIX.match(query, i)
            if field and (_FIELD_ALIASES.get(field.group(1), field.group(1)) in FIELDS or strict):
                name = _FIELD_ALIASES.get(field.group(1), field.group(1))
                if name not in FIELDS:
                    raise UnknownFieldError(field.group(1), FIELDS, i)
                toks.append(_Tok("FIELD", name, i))
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
                        _Tok(t.kind, t.text, i + part.start() + t.pos)
                        for t in _lex(part.group(), strict)
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
                toks.append(_Tok("OR", word, i))
            elif word in ("AND", "&&", "&", "+"):
                toks.append(_Tok("AND", word, i))
            elif word == "NOT":
                toks.append(_Tok("NOT", word, i))
            elif word.endswith("*") and word.strip("*"):
                prefix = word.rstrip("*").replace("*", "")
                if strict and len(_normal(prefix)) < MIN_PREFIX:
                    raise QuerySyntaxError(
                        f"Prefix '{word}' at position {i} is too short; "
                        f"type at least {MIN_PREFIX} letters before '*'",
                        i,
                    )
                toks.append(_Tok("PREFIX", prefix, i))
            else:
                if strict and word and set(word) <= _OPERATOR_CHARS:
                    raise QuerySyntaxError(
                        f"'{word}' at position {i} is an operator without a word; "
                        "remove it or put a word right after it",
                        i,
                    )
                text = word.replace("*", "")
                # "*OR" is a word, not the operator it would read as once the '*' is gone
                toks.append(_Tok("WORD", text.lower() if text in _KEYWORDS else text, i))
            i = j
    return toks


def _closing_quote(query: str, start: int) -> int:
    for k in range(start, len(query)):
        if query[k] in '"“”„«»':
            return k
    return -1


def _normal(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


# --------------------------------------------------------------------------- parsing


class _Parser:
    def __init__(self, toks: list[_Tok], strict: bool, length: int) -> None:
        self.toks = toks
        self.i = 0
        self.strict = strict
        self.length = length
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def error(self, message: str, pos: int | None) -> None:
        if self.strict:
            raise QuerySyntaxError(message, pos)

    def parse_sequence(self, closing: bool) -> Node | None:
        nodes: list[Node] = []
        while (tok := self.peek()) is not None:
            if tok.kind == "RPAREN":
                if closing:
                    break
                self.error(f"Unmatched ')' at position {tok.pos}", tok.pos)
                self.i += 1
                continue
            if tok.kind == "OR":
                self.error(f"'OR' at position {tok.pos} has nothing on its left", tok.pos)
                self.i += 1
                continue
            node = self.parse_or()
            if node is not None:
                nodes.append(node)
        return _join(And, nodes)

    def parse_or(self) -> Node | None:
        nodes = [n for n in [self.parse_unary()] if n is not None]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.i += 1
            right = self.parse_unary()
            if right is None:
                self.error(f"'OR' at position {tok.pos} has nothing on its right", tok.pos)
            else:
                nodes.append(right)
        return _join(Or, nodes)

    def parse_unary(self) -> Node | None:
        """Operators and field prefixes before a term, read in a loop (not recursively), so
        a thousand ``-`` or ``title:`` in a row cost nothing and cannot exhaust the stack."""
        negate, last_op, fields = False, None, []
        while (tok := self.peek()) is not None and tok.kind in ("AND", "NOT", "FIELD"):
            self.i += 1
            if tok.kind == "FIELD":
                fields.append(tok)
            else:
                last_op = tok
                negate ^= tok.kind == "NOT"
        inner = self.parse_primary()
        if inner is None:
            if fields:
                tok = fields[-1]
                self.error(f"'{tok.text}:' at position {tok.pos} has no value", tok.pos)
            elif last_op is not None and last_op.kind == "NOT":
                self.error(
                    f"'{last_op.text}' at position {last_op.pos} excludes nothing", last_op.pos
                )
            elif last_op is not None:
                self.error(
                    f"'{last_op.text}' at position {last_op.pos} has nothing on its right",
                    last_op.pos,
                )
            return None
        if fields:  # the innermost prefix wins: title:speaker:x is speaker:x
            inner = _apply_field(fields[-1].text, inner)
        if negate:
            return inner.node if isinstance(inner, Not) else Not(inner)
        return inner

    def parse_primary(self) -> Node | None:
        tok = self.peek()
        if tok is None or tok.kind in ("RPAREN", "OR", "AND", "NOT", "FIELD"):
            return None
        self.i += 1
        if tok.kind == "LPAREN":
            if self.depth >= MAX_DEPTH:
                self.error(
                    f"Parentheses nested deeper than {MAX_DEPTH} at position {tok.pos}", tok.pos
                )
                return self._flat_group()
            self.depth += 1
            inner = self.parse_sequence(closing=True)
            closing = self.peek()
            if closing is not None and closing.kind == "RPAREN":
                self.i += 1
            else:
                self.error(f"'(' at position {tok.pos} is never closed", tok.pos)
            self.depth -= 1
            return inner
        if tok.kind == "PHRASE":
            text = " ".join(tok.text.split())
            if not _has_word(text):
                self.error(f"Empty phrase at position {tok.pos}", tok.pos)
                return None
            return Phrase(text)
        if tok.kind == "PREFIX":
            return Prefix(tok.text) if _has_word(tok.text) else None
        if tok.kind == "WORD":
            return Word(tok.text) if _has_word(tok.text) else None
        return None

    def _flat_group(self) -> Node | None:
        """Beyond ``MAX_DEPTH`` (lenient mode), the rest of the group up to its closing
        parenthesis is read as plain terms: brackets no longer nest."""
        nodes: list[Node] = []
        level = 1
        while (tok := self.peek()) is not None and level:
            self.i += 1
            level += {"LPAREN": 1, "RPAREN": -1}.get(tok.kind, 0)
            if tok.kind == "WORD" and _has_word(tok.text):
                nodes.append(Word(tok.text))
            elif tok.kind == "PHRASE" and _has_word(tok.text):
                nodes.append(Phrase(" ".join(tok.text.split())))
            elif tok.kind == "PREFIX" and _has_word(tok.text):
                nodes.append(Prefix(tok.text))
        return _join(And, nodes)


def _has_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _join(kind: type[And] | type[Or], nodes: list[Node]) -> Node | None:
    if not nodes:
        return None
    if len(nodes) == 1:
        return nodes[0]
    flat: list[Node] = []
    for node in nodes:
        flat.extend(node.nodes if isinstance(node, kind) else (node,))
    return kind(tuple(flat))


def _apply_field(name: str, node: Node) -> Node:
    """Push a field prefix down to the leaves: ``title:(a OR b)`` -> ``title:a OR title:b``."""
    if isinstance(node, And | Or):
        return type(node)(tuple(_apply_field(name, n) for n in node.nodes))
    if isinstance(node, Not):
        return Not(_apply_field(name, node.node))
    if isinstance(node, Field):
        return node
    return Field(name, node)


def parse(query: str, *, strict: bool = False) -> Node | None:
    """Parse ``query``; ``None`` means "no condition" (match every article).

    >>> parse("veto")
    Word(text='veto')
    >>> parse("a OR b c")
    And(nodes=(Or(nodes=(Word(text='a'), Word(text='b'))), Word(text='c')))
    """
    cleaned = _CONTROL.sub(" ", query)
    parser = _Parser(_lex(cleaned, strict), strict, len(cleaned))
    return parser.parse_sequence(closing=False)


def render(node: Node | None) -> str:
    """The query as presslens understood it, in its own syntax."""
    if node is None:
        return ""
    if isinstance(node, Word):
        return node.text
    if isinstance(node, Phrase):
        return f'"{node.text}"'
    if isinstance(node, Prefix):
        return f"{node.text}*"
    if isinstance(node, Field):
        return f"{node.name}:{render(node.node)}"
    if isinstance(node, Not):
        inner = render(node.node)
        return f"-({inner})" if isinstance(node.node, And) else f"-{inner}"
    if isinstance(node, Or):
        return (
            "("
            + " OR ".join(f"({render(n)})" if isinstance(n, And) else render(n) for n in node.nodes)
            + ")"
        )
    return " ".join(f"({render(n)})" if isinstance(n, And) else render(n) for n in node.nodes)


def leaves(node: Node | None, *, positive: bool = True) -> list[Node]:
    """Leaf nodes (words, phrases, prefixes, fielded leaves) that are not negated."""
    if node is None:
        return []
    if isinstance(node, Not):
        return [] if positive else leaves(node.node, positive=True)
    if isinstance(node, And | Or):
        return [leaf for n in node.nodes for leaf in leaves(n, positive=positive)]
    return [node]


def plain_words(node: Node | None) -> list[str] | None:
    """The words of a query made only of plain words (for the any-word fallback)."""
    if isinstance(node, Word):
        return [node.text]
    if isinstance(node, And) and all(isinstance(n, Word) for n in node.nodes):
        return [n.text for n in node.nodes]  # type: ignore[union-attr]
    return None


def join_runs(node: Node | None, is_name: Callable[[str], bool], longest: int = 6) -> Node | None:
    """Read runs of plain words that together form a known name (a synonym such as
    ``North Atlantic Treaty Organization``) as one phrase, longest run first.

    >>> render(join_runs(parse("north atlantic treaty organization veto"),
    ...                  lambda t: t.lower() == "north atlantic treaty organization"))
    '"north atlantic treaty organization" veto'
    """
    if isinstance(node, Or):
        return Or(tuple(join_runs(n, is_name, longest) or n for n in node.nodes))
    if isinstance(node, Not):
        return Not(join_runs(node.node, is_name, longest) or node.node)
    if not isinstance(node, And):
        return node
    out: list[Node] = []
    nodes, i = node.nodes, 0
    while i < len(nodes):
        for j in range(min(len(nodes), i + longest), i + 1, -1):
            run = nodes[i:j]
            if all(isinstance(n, Word) for n in run):
                text = " ".join(n.text for n in run)  # type: ignore[union-attr]
                if is_name(text):
                    out.append(Phrase(text))
                    i = j
                    break
        else:
            child = nodes[i]
            out.append(join_runs(child, is_name, longest) or child)
            i += 1
    return _join(And, out)


def replace_words(node: Node | None, mapping: dict[str, str]) -> Node | None:
    """A copy of ``node`` with plain words replaced (typo correction)."""
    if node is None:
        return None
    if isinstance(node, Word):
        return Word(mapping.get(node.text, node.text))
    if isinstance(node, Field):
        return Field(node.name, replace_words(node.node, mapping))  # type: ignore[arg-type]
    if isinstance(node, Not):
        return Not(replace_words(node.node, mapping))  # type: ignore[arg-type]
    if isinstance(node, And | Or):
        return type(node)(tuple(replace_words(n, mapping) for n in node.nodes))  # type: ignore[misc]
    return node
