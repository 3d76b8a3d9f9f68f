"""SQLite FTS5 with the porter tokenizer, bm25 ranking, ``snippet()`` and GROUP BY facet counts.

One FTS5 table holds ``title`` and ``body`` (indexed, ``porter unicode61 remove_diacritics 2``:
English stemming only, Unicode case folding for every language) and ``id``, ``outlet``,
``language`` as UNINDEXED columns. A query is the clauses ANDed in FTS5 syntax: ``"word"``,
``"two words"``, ``"elec"*``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from benchmarks.peers import TOP_N, QueryResult, Record
from benchmarks.queries import parse

TOKENIZE = "porter unicode61 remove_diacritics 2"
SNIPPET_TOKENS = 24


def match_expression(query: str) -> str:
    """Translate the shared query syntax into an FTS5 MATCH expression.

    >>> match_expression('oil "interest rates" elec*')
    '"oil" "interest rates" "elec"*'
    """
    parts = []
    for kind, value in parse(query):
        quoted = '"' + value.replace('"', '""') + '"'
        parts.append(quoted + "*" if kind == "prefix" else quoted)
    return " ".join(parts)


class Fts5Engine:
    """An FTS5 database at ``path``."""

    name = "fts5"

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None

    @staticmethod
    def _rows(records: Iterable[Record]) -> Iterable[tuple[str, str, str, str, str]]:
        for record in records:
            yield (
                str(record["id"]),
                record.get("title") or "",
                record.get("text") or "",
                record.get("outlet") or "",
                record.get("language") or "und",
            )

    def _insert(self, db: sqlite3.Connection, records: Iterable[Record]) -> int:
        with db:
            cursor = db.executemany(
                "INSERT INTO articles (id, title, body, outlet, language) VALUES (?, ?, ?, ?, ?)",
                self._rows(records),
            )
            return cursor.rowcount

    def build(self, records: Iterable[Record]) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)
        with closing(sqlite3.connect(self.path)) as db:
            db.execute(
                "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, body, "
                f"outlet UNINDEXED, language UNINDEXED, tokenize = '{TOKENIZE}')"
            )
            count = self._insert(db, records)
            with db:
                db.execute("INSERT INTO articles (articles) VALUES ('optimize')")
        return count

    def add(self, records: Iterable[Record]) -> int:
        if self._db is not None:
            return self._insert(self._db, records)
        with closing(sqlite3.connect(self.path)) as db:
            return self._insert(db, records)

    def open(self) -> None:
        self._db = sqlite3.connect(self.path)

    def search(self, query: str) -> QueryResult:
        assert self._db is not None
        expression = match_expression(query)
        if not expression:
            return QueryResult(total=0, ids=[], snippets=[], facets={})
        rows = self._db.execute(
            "SELECT id, snippet(articles, 2, '<b>', '</b>', '…', ?) FROM articles "
            "WHERE articles MATCH ? ORDER BY rank LIMIT ?",
            (SNIPPET_TOKENS, expression, TOP_N),
        ).fetchall()
        facets = {
            name: dict(
                self._db.execute(
                    f"SELECT {name}, count(*) FROM articles WHERE articles MATCH ? GROUP BY {name}",
                    (expression,),
                ).fetchall()
            )
            for name in ("outlet", "language")
        }
        return QueryResult(
            total=sum(facets["language"].values()),
            ids=[row[0] for row in rows],
            snippets=[row[1] for row in rows],
            facets=facets,
        )

    def suggest(self, prefix: str) -> list[str]:
        return []

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
