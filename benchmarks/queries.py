"""The query set every engine runs: realistic news searches in the corpus' four languages.

Syntax shared by all engines: bare words (all must match), ``"quoted phrases"`` and ``prefix*``.
Each engine translates this into its own query language (see ``benchmarks/peers/``).
"""

from __future__ import annotations

import re

#: About forty queries: single words, pairs, phrases, rare and very common words, prefixes,
#: and German, Spanish and Russian words.
QUERIES: tuple[str, ...] = (
    # common English words
    "said",
    "oil",
    "bank",
    "shares",
    "government",
    "profit",
    # rarer English words
    "cocoa",
    "zinc",
    "hurricane",
    "football",
    "iraq",
    "broadband",
    # pairs
    "interest rates",
    "oil prices",
    "trade deficit",
    "stock market",
    "mobile phone",
    "prime minister",
    "central bank",
    "film award",
    # phrases
    '"interest rates"',
    '"chief executive"',
    '"world cup"',
    '"federal reserve"',
    # prefixes
    "elec*",
    "comput*",
    "export*",
    # stemming: inflected forms
    "companies",
    "elections",
    # German
    "Regierung",
    "Wien",
    "Flüchtlinge",
    "Bundeskanzler",
    "regier*",
    # Spanish
    "gobierno",
    "presidente",
    "elecciones",
    "México",
    # Russian
    "нефть",
    "Путин",
    "правительство",
    "рубль",
)

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def suggest_prefixes(
    queries: tuple[str, ...] = QUERIES, lengths: tuple[int, ...] = (2, 3, 4)
) -> list[str]:
    """Prefixes of the query words as a user types them (``/suggest`` benchmark), deduplicated."""
    seen: dict[str, None] = {}
    for query in queries:
        for word in _WORD.findall(query.lower()):
            for length in lengths:
                if len(word) > length:
                    seen.setdefault(word[:length], None)
    return list(seen)


_CLAUSE = re.compile(r'"(?P<phrase>[^"]*)"|(?P<token>\S+)')


def parse(query: str) -> list[tuple[str, str]]:
    """Split ``query`` into ``(kind, text)`` clauses: ``word``, ``phrase`` or ``prefix``.

    >>> parse('oil "interest rates" elec*')
    [('word', 'oil'), ('phrase', 'interest rates'), ('prefix', 'elec')]
    """
    clauses: list[tuple[str, str]] = []
    for match in _CLAUSE.finditer(query):
        if match.group("phrase") is not None:
            words = " ".join(_WORD.findall(match.group("phrase")))
            if words:
                clauses.append(("phrase" if " " in words else "word", words))
            continue
        token = match.group("token")
        words = _WORD.findall(token)
        if not words:
            continue
        if token.endswith("*") and len(words) == 1:
            clauses.append(("prefix", words[0]))
        else:
            clauses.extend(("word", word) for word in words)
    return clauses
