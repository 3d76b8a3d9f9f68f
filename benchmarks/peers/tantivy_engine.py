"""tantivy (PyPI) with per-language stemming fields, SnippetGenerator and terms aggregations.

Schema: ``title_<lang>``/``body_<lang>`` text fields for en, de, es, ru (analyzer: simple tokenizer,
remove_long, lowercase, Snowball stemmer ``<lang>_stem``) plus ``other`` fields with no stemmer;
``outlet`` and ``language`` as raw fast fields, ``published`` as an integer fast field (yyyymmdd,
0 when undated). A query is every clause (word, phrase or prefix) required, each one matched in any
field; prefixes are expanded unstemmed over the term dictionary (the tantivy query parser would stem
``regier*``). Filters are required term and range queries; facets are terms aggregations, one per
facet under every filter but its own. A word of a typo query that no field knows becomes a
``fuzzy_term_query`` per field (edit distance 1, 2 from six letters, as presslens corrects).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import tantivy

from benchmarks.peers import FACETS, TOP_N, QueryResult, Record, day_number, lead
from benchmarks.queries import BenchQuery, parse

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
    builder.add_integer_field("published", stored=True, indexed=True, fast=True)
    return builder.build()


def _analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """Tokenizer name -> analyzer (simple tokenizer, remove_long, lowercase, stemmer if any)."""

    def base() -> tantivy.TextAnalyzerBuilder:
        return (
            tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40))
            .filter(tantivy.Filter.lowercase())
        )

    analyzers = {
        f"{lang}_stem": base().filter(tantivy.Filter.stemmer(stemmer)).build()
        for lang, stemmer in STEMMERS.items()
    }
    analyzers["plain"] = base().build()
    return analyzers


def _register(index: tantivy.Index) -> None:
    """Register the analyzers (tantivy does not persist custom tokenizers)."""
    for name, analyzer in _analyzers().items():
        index.register_tokenizer(name, analyzer)


class TantivyEngine:
    """tantivy-py index in ``index_dir``."""

    name = "tantivy"
    unsupported: frozenset[str] = frozenset()

    def __init__(self, index_dir: Path, *, threads: int = 1, heap_bytes: int = 128_000_000) -> None:
        self.index_dir = index_dir
        self.threads = threads
        self.heap_bytes = heap_bytes
        self.schema = _schema()
        self._index: tantivy.Index | None = None
        self._searcher: tantivy.Searcher | None = None
        self._fields = [f"{kind}_{lang}" for lang in LANGS for kind in ("title", "body")]
        analyzers = _analyzers()
        self._field_analyzers = [
            (field, analyzers[f"{field.split('_')[1]}_stem" if "other" not in field else "plain"])
            for field in self._fields
        ]

    def _document(self, record: Record) -> tantivy.Document:
        lang = record.get("language") or "other"
        lang = lang if lang in STEMMERS else "other"
        fields: dict[str, str] = {
            "id": str(record["id"]),
            f"body_{lang}": record.get("text") or "",
            "outlet": record.get("outlet") or "",
            "language": record.get("language") or "und",
            "published": day_number(record.get("published")),
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
        self._index = index
        return self._write(index, records)

    def reopen(self) -> None:
        assert self._index is not None
        self._index.reload()
        self._searcher = self._index.searcher()

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

    def _fuzzy(self, word: str) -> tantivy.Query | None:
        """Fuzzy alternatives for a word that no field knows (None when some field knows it)."""
        assert self._searcher is not None
        alternatives = []
        for field, analyzer in self._field_analyzers:
            for term in analyzer.analyze(word):
                if self._searcher.doc_freq(field, term):
                    return None
                distance = 1 if len(term) < 6 else 2
                alternatives.append(
                    (tantivy.Occur.Should, tantivy.Query.fuzzy_term_query(
                        self.schema, field, term, distance=distance))
                )  # fmt: skip
        return tantivy.Query.boolean_query(alternatives) if alternatives else None

    def _words(self, query: BenchQuery) -> tantivy.Query | None:
        """The query's words as one required clause each (None when it has no words)."""
        assert self._index is not None
        required: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for kind, value in parse(query.text):
            clause = None
            if kind == "prefix":
                clause = self._prefix_query(value.lower())
            elif kind == "word" and query.kind == "typo":
                clause = self._fuzzy(value)
            if clause is None:
                quoted = f'"{value}"' if kind == "phrase" else value
                clause = self._index.parse_query(quoted, self._fields)
            required.append((tantivy.Occur.Must, clause))
        return tantivy.Query.boolean_query(required) if required else None

    def _filters(self, query: BenchQuery, skip: str | None = None) -> list[tantivy.Query]:
        filters = []
        for name, values in (("outlet", query.outlets), ("language", query.languages)):
            if values and name != skip:
                filters.append(
                    tantivy.Query.boolean_query(
                        [
                            (tantivy.Occur.Should, tantivy.Query.term_query(self.schema, name, v))
                            for v in values
                        ]
                    )
                )
        if query.since or query.until:
            filters.append(
                tantivy.Query.range_query(
                    self.schema,
                    "published",
                    tantivy.FieldType.Integer,
                    day_number(query.since) if query.since else 1,
                    day_number(query.until) if query.until else None,
                )
            )
        return filters

    @staticmethod
    def _all(words: tantivy.Query | None, filters: list[tantivy.Query]) -> tantivy.Query:
        parts = ([words] if words is not None else []) + filters
        if not parts:
            return tantivy.Query.all_query()
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, p) for p in parts])

    def search(self, query: BenchQuery) -> QueryResult:
        assert self._searcher is not None
        searcher = self._searcher
        words = self._words(query)
        parsed = self._all(words, self._filters(query))
        if words is None:
            found = searcher.search(
                parsed, TOP_N, count=True, order_by_field="published", order=tantivy.Order.Desc
            )
        else:
            found = searcher.search(parsed, TOP_N, count=True)
        generators: dict[str, tantivy.SnippetGenerator] = {}
        ids: list[str] = []
        snippets: list[str] = []
        for _score, address in found.hits:
            doc = searcher.doc(address)
            lang = doc.get_first("language")
            lang = lang if lang in STEMMERS else "other"
            ids.append(doc.get_first("id"))
            if words is None:
                snippets.append(lead(doc.get_first(f"body_{lang}")))
                continue
            generator = generators.get(lang)
            if generator is None:
                generator = tantivy.SnippetGenerator.create(
                    searcher, words, self.schema, f"body_{lang}"
                )
                generator.set_max_num_chars(SNIPPET_CHARS)
                generators[lang] = generator
            snippets.append(generator.snippet_from_doc(doc).to_html())
        own = [n for n in FACETS if (query.outlets if n == "outlet" else query.languages)]
        scopes = [(parsed, [n for n in FACETS if n not in own])] + [
            (self._all(words, self._filters(query, skip=n)), [n]) for n in own
        ]
        facets: dict[str, dict[str, int]] = {}
        for scope, names in scopes:
            if not names:
                continue
            aggregated = searcher.aggregate(
                scope, {n: {"terms": {"field": n, "size": FACET_SIZE}} for n in names}
            )
            for n in names:
                facets[n] = {b["key"]: int(b["doc_count"]) for b in aggregated[n]["buckets"]}
        return QueryResult(total=found.count or 0, ids=ids, snippets=snippets, facets=facets)

    def suggest(self, prefix: str) -> list[str]:
        return []

    def close(self) -> None:
        self._searcher = None
        self._index = None
