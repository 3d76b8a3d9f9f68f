"""SQLite FTS5 with the porter tokenizer, bm25 ranking, ``snippet()`` and GROUP BY facet counts.

One FTS5 table holds ``title`` and ``body`` (indexed, ``porter unicode61 remove_diacritics 2``:
English stemming only, Unicode case folding for every language) and ``id``, ``outlet``,
``language``, ``published`` as UNINDEXED columns. A query is the clauses ANDed in FTS5 syntax:
``"word"``, ``"two words"``, ``"elec"*``; filters are ``WHERE`` terms on the matches. Queries
without words (browsing by outlet, language or date) read an ordinary table ``meta`` (rowid,
outlet, language, published) with an index per column, as one would set SQLite up for it.
FTS5 has no typo tolerance: typo queries are not run (``unsupported``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from benchmarks.peers import FACETS, LEAD_CHARS, TOP_N, QueryResult, Record
from benchmarks.queries import BenchQuery, parse

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


def where(query: BenchQuery, skip: str | None = None) -> tuple[list[str], list[Any]]:
    """SQL conditions and parameters for the query's filters, leaving out facet ``skip``.

    >>> where(BenchQuery("", "facets", languages=("de",), since="2020-01-01"))
    (['language IN (?)', 'published >= ?'], ['de', '2020-01-01'])
    """
    terms: list[str] = []
    params: list[Any] = []
    for column, values in (("outlet", query.outlets), ("language", query.languages)):
        if values and column != skip:
            terms.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    if query.since:
        terms.append("published >= ?")
        params.append(query.since)
    if query.until:
        terms.append("published <= ?")
        params.append(query.until)
    return terms, params


class Fts5Engine:
    """An FTS5 database at ``path``."""

    name = "fts5"
    unsupported = frozenset({"typo"})

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None

    @staticmethod
    def _rows(records: Iterable[Record]) -> Iterable[tuple[str, str, str, str, str, str]]:
        for record in records:
            yield (
                str(record["id"]),
                record.get("title") or "",
                record.get("text") or "",
                record.get("outlet") or "",
                record.get("language") or "und",
                record.get("published") or "",
            )

    def _insert(self, db: sqlite3.Connection, records: Iterable[Record]) -> int:
        with db:
            cursor = db.executemany(
                "INSERT INTO articles (id, title, body, outlet, language, published) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                self._rows(records),
            )
            db.execute(
                "INSERT INTO meta (rowid, outlet, language, published) "
                "SELECT rowid, outlet, language, published FROM articles "
                "WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM meta)"
            )
            return cursor.rowcount

    def build(self, records: Iterable[Record]) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)
        with closing(sqlite3.connect(self.path)) as db:
            db.execute(
                "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, body, "
                "outlet UNINDEXED, language UNINDEXED, published UNINDEXED, "
                f"tokenize = '{TOKENIZE}')"
            )
            db.execute(
                "CREATE TABLE meta (rowid INTEGER PRIMARY KEY, outlet TEXT, language TEXT, "
                "published TEXT)"
            )
            for column in ("outlet", "language", "published"):
                db.execute(f"CREATE INDEX meta_{column} ON meta ({column})")
            count = self._insert(db, records)
            with db:
                db.execute("INSERT INTO articles (articles) VALUES ('optimize')")
        return count

    def add(self, records: Iterable[Record]) -> int:
        if self._db is not None:
            return self._insert(self._db, records)
        with closing(sqlite3.connect(self.path)) as db:
            return self._insert(db, records)

    def reopen(self) -> None:
        """Nothing to do: a committed write is visible to the next statement."""

    def open(self) -> None:
        self._db = sqlite3.connect(self.path)

    def search(self, query: BenchQuery) -> QueryResult:
        assert self._db is not None
        if not parse(query.text):
            return self._browse(query)
        expression = match_expression(query.text)
        terms, params = where(query)
        condition = " AND ".join(["articles MATCH ?", *terms])
        rows = self._db.execute(
            "SELECT id, snippet(articles, 2, '<b>', '</b>', '…', ?) FROM articles "
            f"WHERE {condition} ORDER BY rank LIMIT ?",
            (SNIPPET_TOKENS, expression, *params, TOP_N),
        ).fetchall()
        facets = {}
        for name in FACETS:
            terms, params = where(query, skip=name)
            condition = " AND ".join(["articles MATCH ?", *terms])
            facets[name] = dict(
                self._db.execute(
                    f"SELECT {name}, count(*) FROM articles WHERE {condition} GROUP BY {name}",
                    (expression, *params),
                ).fetchall()
            )
        if query.filtered:
            terms, params = where(query)
            condition = " AND ".join(["articles MATCH ?", *terms])
            total = self._db.execute(
                f"SELECT count(*) FROM articles WHERE {condition}", (expression, *params)
            ).fetchone()[0]
        else:
            total = sum(facets["language"].values())
        return QueryResult(
            total=total,
            ids=[row[0] for row in rows],
            snippets=[row[1] for row in rows],
            facets=facets,
        )

    def _browse(self, query: BenchQuery) -> QueryResult:
        """No words: newest first from ``meta``, facets by GROUP BY on its indexed columns."""
        assert self._db is not None

        def clause(skip: str | None = None) -> tuple[str, list[Any]]:
            terms, params = where(query, skip)
            return (" WHERE " + " AND ".join(terms)) if terms else "", params

        condition, params = clause()
        rowids = [
            row[0]
            for row in self._db.execute(
                f"SELECT rowid FROM meta{condition} ORDER BY published DESC, rowid LIMIT ?",
                (*params, TOP_N),
            )
        ]
        found = {
            rowid: (article_id, lead)
            for rowid, article_id, lead in self._db.execute(
                f"SELECT rowid, id, substr(body, 1, {LEAD_CHARS}) FROM articles "
                f"WHERE rowid IN ({', '.join('?' * len(rowids))})",
                rowids,
            )
        }
        facets = {}
        for name in FACETS:
            condition, params = clause(skip=name)
            facets[name] = dict(
                self._db.execute(
                    f"SELECT {name}, count(*) FROM meta{condition} GROUP BY {name}", params
                ).fetchall()
            )
        condition, params = clause()
        total = self._db.execute(f"SELECT count(*) FROM meta{condition}", params).fetchone()[0]
        return QueryResult(
            total=total,
            ids=[found[r][0] for r in rowids],
            snippets=[found[r][1] for r in rowids],
            facets=facets,
        )

    def suggest(self, prefix: str) -> list[str]:
        return []

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
