"""Whoosh "as typically written": the plain setup presslens is measured against.

One English ``StemmingAnalyzer`` for ``title`` and ``body`` whatever the language, ``ID`` fields for
outlet and language, the default ``MultifieldParser`` (words ANDed, phrases, ``prefix*``), facets
via ``groupedby`` and the default highlighter (``hit.highlights("body")``). Filters go to
``filter=`` (terms, and a ``TermRange`` over ISO dates); a facet under a filter of its own is
counted by one more search without it; queries without words are ``Every()`` sorted by date.
No typo tolerance (the default parser has none). One searcher is opened
and reused (opening one per query would be slower still). Benchmarks may import whoosh; the product
packages outside ``search/`` may not.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import StemmingAnalyzer
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import MultifieldParser
from whoosh.searching import Searcher

from benchmarks.peers import FACETS, TOP_N, QueryResult, Record, lead
from benchmarks.queries import BenchQuery, parse


def plain_schema() -> Schema:
    """The textbook schema: stored, English-stemmed text fields and ID fields for facets."""
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=StemmingAnalyzer(), stored=True),
        body=TEXT(analyzer=StemmingAnalyzer(), stored=True),
        outlet=ID(stored=True),
        language=ID(stored=True),
        published=ID(stored=True, sortable=True),
    )


class WhooshPlainEngine:
    """A plain Whoosh index in ``index_dir``."""

    name = "whoosh-plain"
    unsupported = frozenset({"typo"})

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._index: whoosh_index.Index | None = None
        self._searcher: Searcher | None = None
        self._parser: MultifieldParser | None = None

    @staticmethod
    def _write(ix: whoosh_index.Index, records: Iterable[Record]) -> int:
        writer = ix.writer()
        count = 0
        try:
            for record in records:
                writer.add_document(
                    id=str(record["id"]),
                    title=record.get("title") or "",
                    body=record.get("text") or "",
                    outlet=record.get("outlet") or "",
                    language=record.get("language") or "und",
                    published=record.get("published") or "",
                )
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return count

    def build(self, records: Iterable[Record]) -> int:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(str(self.index_dir), plain_schema())
        try:
            return self._write(ix, records)
        finally:
            ix.close()

    def add(self, records: Iterable[Record]) -> int:
        if self._index is None:
            ix = whoosh_index.open_dir(str(self.index_dir))
            try:
                return self._write(ix, records)
            finally:
                ix.close()
        return self._write(self._index, records)

    def reopen(self) -> None:
        assert self._searcher is not None
        self._searcher = self._searcher.refresh()

    def open(self) -> None:
        self._index = whoosh_index.open_dir(str(self.index_dir))
        self._searcher = self._index.searcher()
        self._parser = MultifieldParser(["title", "body"], self._index.schema)

    @staticmethod
    def _filter(query: BenchQuery, skip: str | None = None) -> wq.Query | None:
        parts: list[wq.Query] = []
        for name, values in (("outlet", query.outlets), ("language", query.languages)):
            if values and name != skip:
                parts.append(wq.Or([wq.Term(name, v) for v in values]))
        if query.since or query.until:
            parts.append(wq.TermRange("published", query.since or "0", query.until or "9"))
        return wq.And(parts) if parts else None

    def search(self, query: BenchQuery) -> QueryResult:
        assert self._searcher is not None and self._parser is not None
        has_words = bool(parse(query.text))
        parsed = self._parser.parse(query.text) if has_words else wq.Every()
        sort = {} if has_words else {"sortedby": "published", "reverse": True}
        results = self._searcher.search(
            parsed, limit=TOP_N, groupedby=list(FACETS), filter=self._filter(query), **sort
        )
        ids: list[str] = []
        snippets: list[str] = []
        for hit in results[:TOP_N]:
            ids.append(hit["id"])
            snippets.append(hit.highlights("body") if has_words else lead(hit["body"]))
        facets = {}
        for name in FACETS:
            grouped = results
            if query.outlets if name == "outlet" else query.languages:
                grouped = self._searcher.search(
                    parsed, limit=1, groupedby=[name], filter=self._filter(query, skip=name)
                )
            facets[name] = {str(v): len(docs) for v, docs in grouped.groups(name).items()}
        return QueryResult(total=len(results), ids=ids, snippets=snippets, facets=facets)

    def suggest(self, prefix: str) -> list[str]:
        return []

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._index is not None:
            self._index.close()
            self._index = None
