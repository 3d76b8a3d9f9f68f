"""SQLite FTS5 for the relevance benchmark, configured as a user would: ``porter unicode61
remove_diacritics 2`` (Unicode case folding and word splitting for every language, Porter
English stemming on top), bm25 ``ORDER BY rank``.

Query: the question's words (``benchmarks.relevance.words``), each double-quoted, joined by
``OR``. FTS5 joins bare words with an implicit AND, which a question's every word almost
never satisfies; quoting makes each word a literal string (no FTS5 syntax can leak in).

>>> match_expression("Who led the Panthers?")
'"Who" OR "led" OR "the" OR "Panthers"'
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Sequence
from pathlib import Path

from benchmarks.relevance.model import Document, Ranking
from benchmarks.relevance.words import query_words

TOKENIZE = "porter unicode61 remove_diacritics 2"


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression for a question as typed ("" when it has no word)."""
    return " OR ".join(f'"{word}"' for word in query_words(query))


class Fts5Ranker:
    """One FTS5 table (``title``, ``body``; ``id`` unindexed) in a temporary database."""

    name = "fts5"

    def __init__(self, workdir: Path | None = None) -> None:
        self._tmp = None if workdir else tempfile.TemporaryDirectory(prefix="relevance-fts5-")
        self.path = (workdir or Path(self._tmp.name)) / "fts5.sqlite"  # type: ignore[union-attr]
        self._db: sqlite3.Connection | None = None

    def describe(self) -> str:
        return f"FTS5 tokenize='{TOKENIZE}', bm25; query: every word quoted, OR-ed"

    def build(self, documents: Sequence[Document]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.unlink(missing_ok=True)
        self._db = sqlite3.connect(self.path)
        with self._db:
            self._db.execute(
                "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
                f"tokenize = '{TOKENIZE}')"
            )
            self._db.executemany(
                "INSERT INTO docs (id, title, body) VALUES (?, ?, ?)",
                ((d.id, d.title, d.text) for d in documents),
            )
            self._db.execute("INSERT INTO docs (docs) VALUES ('optimize')")

    def search(self, query: str, depth: int) -> Ranking:
        assert self._db is not None, "build() first"
        expression = match_expression(query)
        if not expression:
            return Ranking([], 0)
        ids = [
            row[0]
            for row in self._db.execute(
                "SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?", (expression, depth)
            )
        ]
        (total,) = self._db.execute(
            "SELECT count(*) FROM docs WHERE docs MATCH ?", (expression,)
        ).fetchone()
        return Ranking(ids, int(total))

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
