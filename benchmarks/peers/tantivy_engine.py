"""tantivy (PyPI) with per-language stemming fields, SnippetGenerator and terms aggregations.

Schema: ``title_<lang>``/``body_<lang>`` text fields for en, de, es, ru (analyzer: simple tokenizer,
remove_long, lowercase, Snowball stemmer ``<lang>_stem``) plus ``other`` fields with no stemmer;
``outlet`` and ``language`` as raw fast fields. A query is every clause (word, phrase or prefix)
required, each one matched in any field; prefixes are expanded unstemmed over the term dictionary
(the tantivy query parser would stem ``regier*``).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import tantivy

from benchmarks.peers import TOP_N, QueryResult, Record
from benchmarks.queries import parse

#: presslens code -> tantivy stemmer language.
STEMMERS = {"en": "english", "de": "german", "es": "spanish", "ru": "russian"}
LANGS = (*STEMMERS, "other")
FACET_SIZE = 10_000  # more than the distinct outlets, so terms aggregations are exact
SNIPPET_CHARS = 200


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    for lang in LANGS:
        tokenizer = f"{lang}_stem" if lang in STEMMERS else "plain"
        builder.add_text_field(f"title_{lang}", stored=True, tokenizer_name=tokenizer)
        builder.add_text_field(f"body_{lang}", stored=True, tokenizer_name=tokenizer)
    builder.add_text_field("outlet", stored=True, fast=True, tokenizer_name="raw")
    builder.add_text_field("language", stored=True, fast=True, tokenizer_name="raw")
    return builder.build()


def _register(index: tantivy.Index) -> None:
    """Register the analyzers (tantivy does not persist custom tokenizers)."""

    def base() -> tantivy.TextAnalyzerBuilder:
        return (
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
        )

    for lang, stemmer in STEMMERS.items():
        index.register_tokenizer(
            f"{lang}_stem", base().filter(tantivy.Filter.stemmer(stemmer)).build()
        )
    index.register_tokenizer("plain", base().build())


class TantivyEngine:
    """tantivy-py index in ``index_dir``."""

    name = "tantivy"

    def __init__(self, index_dir: Path, *, threads: int = 1, heap_bytes: int = 128_000_000) -> None:
        self.index_dir = index_dir
        self.threads = threads
        self.heap_bytes = heap_bytes
        self.schema = _schema()
        self._index: tantivy.Index | None = None
        self._searcher: tantivy.Searcher | None = None
        self._fields = [f"{kind}_{lang}" for lang in LANGS for kind in ("title", "body")]

    def _document(self, record: Record) -> tantivy.Document:
        lang = record.get("language") or "other"
        lang = lang if lang in STEMMERS else "other"
        fields: dict[str, str] = {
            "id": str(record["id"]),
            f"body_{lang}": record.get("text") or "",
            "outlet": record.get("outlet") or "",
            "language": record.get("language") or "und",
        }
        if record.get("title"):
            fields[f"title_{lang}"] = str(record["title"])
        return tantivy.Document(**fields)

    def _write(self, index: tantivy.Index, records: Iterable[Record]) -> int:
        writer = index.writer(heap_size=self.heap_bytes, num_threads=self.threads)
        count = 0
        for record in records:
            writer.add_document(self._document(record))
            count += 1
        writer.commit()
        writer.wait_merging_threads()
        return count

    def build(self, records: Iterable[Record]) -> int:
        self.index_dir.mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(self.schema, path=str(self.index_dir))
        _register(index)
        return self._write(index, records)

    def add(self, records: Iterable[Record]) -> int:
        index = self._index or self._open_index()
        count = self._write(index, records)
        index.reload()
        self._searcher = index.searcher()
        return count

    def _open_index(self) -> tantivy.Index:
        index = tantivy.Index.open(str(self.index_dir))
        _register(index)
        return index

    def open(self) -> None:
        self._index = self._open_index()
        self._index.reload()
        self._searcher = self._index.searcher()

    def _prefix_query(self, prefix: str) -> tantivy.Query:
        """Expand ``prefix`` (unstemmed) to the indexed terms it starts, in every field.

        Expanding to term queries, rather than a regex query, lets SnippetGenerator highlight them.
        """
        assert self._searcher is not None
        alternatives = [
            (tantivy.Occur.Should, tantivy.Query.term_query(self.schema, field, term))
            for field in self._fields
            for term, _doc_freq in self._searcher.terms_with_prefix(field, prefix)
        ]
        if not alternatives:
            return tantivy.Query.empty_query()
        return tantivy.Query.boolean_query(alternatives)

    def _query(self, text: str) -> tantivy.Query:
        assert self._index is not None
        required: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for kind, value in parse(text):
            if kind == "prefix":
                clause = self._prefix_query(value.lower())
            else:
                quoted = f'"{value}"' if kind == "phrase" else value
                clause = self._index.parse_query(quoted, self._fields)
            required.append((tantivy.Occur.Must, clause))
        if not required:
            return tantivy.Query.empty_query()
        return tantivy.Query.boolean_query(required)

    def search(self, query: str) -> QueryResult:
        assert self._searcher is not None
        searcher = self._searcher
        parsed = self._query(query)
        found = searcher.search(parsed, TOP_N, count=True)
        generators: dict[str, tantivy.SnippetGenerator] = {}
        ids: list[str] = []
        snippets: list[str] = []
        for _score, address in found.hits:
            doc = searcher.doc(address)
            lang = doc.get_first("language")
            lang = lang if lang in STEMMERS else "other"
            generator = generators.get(lang)
            if generator is None:
                generator = tantivy.SnippetGenerator.create(
                    searcher, parsed, self.schema, f"body_{lang}"
                )
                generator.set_max_num_chars(SNIPPET_CHARS)
                generators[lang] = generator
            ids.append(doc.get_first("id"))
            snippets.append(generator.snippet_from_doc(doc).to_html())
        aggregations = searcher.aggregate(
            parsed,
            {
                name: {"terms": {"field": name, "size": FACET_SIZE}}
                for name in ("outlet", "language")
            },
        )
        facets = {
            name: {b["key"]: int(b["doc_count"]) for b in aggregations[name]["buckets"]}
            for name in ("outlet", "language")
        }
        return QueryResult(total=found.count or 0, ids=ids, snippets=snippets, facets=facets)

    def suggest(self, prefix: str) -> list[str]:
        return []

    def close(self) -> None:
        self._searcher = None
        self._index = None
