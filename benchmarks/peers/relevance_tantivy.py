"""tantivy (tantivy-py) for the relevance benchmark, in two configurations.

- ``tantivy``: one ``title`` and one ``body`` field with tantivy's ``default`` tokenizer
  (simple tokenizer, long tokens removed, lowercase: no stemming, no stopwords).
- ``tantivy-lang``: what an Elasticsearch user configures for several languages: a
  ``title_<lang>``/``body_<lang>`` pair per language, analysed with that language's stopword
  filter and Snowball stemmer (simple tokenizer | remove_long(40) | lowercase | stopwords |
  stemmer); each document fills its own (true) language's fields. tantivy has no Turkish
  stopword list, so Turkish gets the one presslens uses (the 53-word NLTK list Whoosh ships).

Query (both): the question's words (``benchmarks.relevance.words``), lowercased and joined by
spaces, parsed by ``Index.parse_query`` against every text field (default fields). tantivy's
parser ORs the words (``conjunction_by_default=False``) and each word matches in any field, each
field analysing it with its own tokenizer; scores are BM25 summed over the matching terms.
Lowercasing keeps ``AND``/``OR``/``NOT`` from reading as operators.

>>> parser_text("Wer führte die Panthers AND?")
'wer führte die panthers and'
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

import tantivy

from benchmarks.relevance.model import Document, Ranking
from benchmarks.relevance.words import query_words
from search.analysis import stopwords

#: language code -> tantivy stemmer and stopword language.
LANGUAGES = {"en": "english", "de": "german", "es": "spanish", "ru": "russian", "tr": "turkish"}
#: Languages tantivy has no built-in stopword list for: presslens' list.
CUSTOM_STOPWORDS = {"tr": sorted(stopwords("tr"))}


def parser_text(query: str) -> str:
    """The question as handed to tantivy's query parser: its words, lowercased."""
    return " ".join(word.lower() for word in query_words(query))


def _analyzer(lang: str) -> tantivy.TextAnalyzer:
    builder = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
    )
    if lang in CUSTOM_STOPWORDS:
        builder = builder.filter(tantivy.Filter.custom_stopword(CUSTOM_STOPWORDS[lang]))
    else:
        builder = builder.filter(tantivy.Filter.stopword(LANGUAGES[lang]))
    return builder.filter(tantivy.Filter.stemmer(LANGUAGES[lang])).build()


class TantivyRanker:
    """tantivy with its default tokenizer (``per_language=False``) or one stemmed field pair per
    language (``per_language=True``), in a temporary directory."""

    def __init__(self, *, per_language: bool = False, workdir: Path | None = None) -> None:
        self.per_language = per_language
        self.name = "tantivy-lang" if per_language else "tantivy"
        self._tmp = None if workdir else tempfile.TemporaryDirectory(prefix="relevance-tantivy-")
        self.path = (workdir or Path(self._tmp.name)) / self.name  # type: ignore[union-attr]
        self._index: tantivy.Index | None = None
        self._searcher: tantivy.Searcher | None = None
        if per_language:
            self.fields = [f"{kind}_{lang}" for lang in LANGUAGES for kind in ("title", "body")]
        else:
            self.fields = ["title", "body"]

    def describe(self) -> str:
        if self.per_language:
            return (
                "tantivy, title_<lang>/body_<lang> per language (en de es ru tr): stopwords + "
                "Snowball stemmer; query: words OR-ed over every language's fields"
            )
        return "tantivy 'default' tokenizer (lowercase, no stemming); query: words OR-ed"

    def _schema(self) -> tantivy.Schema:
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("id", stored=True, tokenizer_name="raw")
        for name in self.fields:
            tokenizer = f"{name.split('_')[1]}_stem" if self.per_language else "default"
            builder.add_text_field(name, stored=False, tokenizer_name=tokenizer)
        return builder.build()

    def _register(self, index: tantivy.Index) -> None:
        if self.per_language:
            for lang in LANGUAGES:
                index.register_tokenizer(f"{lang}_stem", _analyzer(lang))

    def _fields_of(self, document: Document) -> dict[str, str]:
        if not self.per_language:
            return {"title": document.title, "body": document.text}
        lang = document.language
        if lang not in LANGUAGES:
            raise ValueError(f"tantivy-lang has no fields for language {lang!r} ({document.id})")
        return {f"title_{lang}": document.title, f"body_{lang}": document.text}

    def build(self, documents: Sequence[Document]) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(self._schema(), path=str(self.path))
        self._register(index)
        writer = index.writer(heap_size=64_000_000, num_threads=1)
        for document in documents:
            fields = {k: v for k, v in self._fields_of(document).items() if v}
            writer.add_document(tantivy.Document(id=document.id, **fields))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        self._index = index
        self._searcher = index.searcher()

    def search(self, query: str, depth: int) -> Ranking:
        assert self._index is not None and self._searcher is not None, "build() first"
        text = parser_text(query)
        if not text:
            return Ranking([], 0)
        parsed = self._index.parse_query(text, self.fields)
        found = self._searcher.search(parsed, depth, count=True)
        ids = [self._searcher.doc(address).get_first("id") for _score, address in found.hits]
        return Ranking(ids, int(found.count or 0))

    def close(self) -> None:
        self._searcher = None
        self._index = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
