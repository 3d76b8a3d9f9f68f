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
unknown fields are read as words, and only the first ``MAX_WORDS`` words are searched.
``strict=True`` raises ``QuerySyntaxError`` instead.

>>> render(parse('veto -"open door" (nato OR otan) speaker:stoltenberg nat*'))
'veto -"open door" (nato OR otan) speaker:stoltenberg nat*'
>>> render(parse('"unbalanced (quote'))
'"unbalanced (quote"'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from search.errors import QuerySyntaxError
from search.query_lexer import FIELDS, MIN_PREFIX, Token, lex

MAX_DEPTH = 32
#: Words of one query that are searched (phrases count their words): a pasted paragraph is
#: searched by its first ``MAX_WORDS`` words, and the response's ``query`` shows them.
MAX_WORDS = 32
_WORDS_OF = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


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

# --------------------------------------------------------------------------- parsing


class _Parser:
    def __init__(self, toks: list[Token], strict: bool, length: int) -> None:
        self.toks = toks
        self.i = 0
        self.strict = strict
        self.length = length
        self.depth = 0

    def peek(self) -> Token | None:
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
    parser = _Parser(lex(cleaned, strict), strict, len(cleaned))
    node = parser.parse_sequence(closing=False)
    words = _count_words(node)
    if words <= MAX_WORDS:
        return node
    if strict:
        raise QuerySyntaxError(
            f"The query has {words} words; use at most {MAX_WORDS} (phrases count their words)"
        )
    return _first_words(node, [MAX_WORDS])


def _count_words(node: Node | None) -> int:
    if node is None:
        return 0
    if isinstance(node, And | Or):
        return sum(_count_words(n) for n in node.nodes)
    if isinstance(node, Not | Field):
        return _count_words(node.node)
    return max(1, len(_WORDS_OF.findall(node.text)))


def _first_words(node: Node | None, budget: list[int]) -> Node | None:
    """``node`` with only its first ``budget[0]`` words (in reading order); a phrase that
    runs past the budget keeps its first words."""
    if node is None or budget[0] <= 0:
        return None
    if isinstance(node, And | Or):
        kept = [n for n in (_first_words(child, budget) for child in node.nodes) if n]
        return _join(type(node), kept)
    if isinstance(node, Not | Field):
        inner = _first_words(node.node, budget)
        if inner is None:
            return None
        return Not(inner) if isinstance(node, Not) else Field(node.name, inner)
    words = _WORDS_OF.findall(node.text)
    if isinstance(node, Phrase) and len(words) > budget[0]:
        node = Phrase(" ".join(words[: budget[0]]))
    budget[0] -= max(1, min(len(words), budget[0]))
    return node


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


__all__ = [
    "FIELDS",
    "MAX_DEPTH",
    "MAX_WORDS",
    "MIN_PREFIX",
    "And",
    "Field",
    "Node",
    "Not",
    "Or",
    "Phrase",
    "Prefix",
    "Word",
    "join_runs",
    "leaves",
    "parse",
    "plain_words",
    "render",
    "replace_words",
]
