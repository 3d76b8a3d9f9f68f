"""One consistent snapshot of the index: searchers, facet columns, and the query compilers.

A view is built whole, once per index change (``SearchIndex`` swaps views when ``CURRENT``
or a table of contents changes), and is read-only afterwards, so every request sees one
index. Its synonyms are the configured groups plus the speakers' aliases of this index.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from search.analysis import analyze_exact
from search.compile import Compiler
from search.engine import Engine
from search.errors import IndexCorruptError, PresslensError
from search.facets import FacetColumns
from search.languages import LANGUAGES, UNDETERMINED
from search.schema import ARTICLES, MULTI_SEP, QUOTES
from search.store import read_metadata
from search.synonyms import Synonyms
from search.writer import open_whoosh


def _texts(reader: Any, column: str) -> list[str]:
    return [v.decode("utf-8") for v in reader.column_reader(column)]


def _multi(reader: Any, column: str) -> list[list[str]]:
    return [v.decode("utf-8").split(MULTI_SEP) if v else [] for v in reader.column_reader(column)]


class _IdLookup:
    """A read-only ``{article id: docnum}`` view answered from the ``id`` postings."""

    def __init__(self, reader: Any) -> None:
        self._reader = reader

    def get(self, article_id: str, default: int | None = None) -> int | None:
        try:
            return int(self._reader.first_id("id", article_id))
        except Exception:  # TermNotFound, or text the field cannot hold
            return default

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and self.get(article_id) is not None

    def __getitem__(self, article_id: str) -> int:
        docnum = self.get(article_id)
        if docnum is None:
            raise KeyError(article_id)
        return docnum


class IndexView:
    """Searchers and facet columns of one generation, at one moment."""

    def __init__(
        self, generation: Path, marker: tuple[str, float], synonyms: Synonyms | None = None
    ) -> None:
        self.generation = generation
        self.marker = marker
        self._opened: list[Any] = []
        try:
            self._open(generation)
            self.synonyms = (synonyms or Synonyms()).with_groups(
                [canonical, *aliases]
                for canonical, aliases in self.metadata.get("aliases", {}).items()
            )
            self.compiler = Compiler(self.languages, self.synonyms)
            self.quote_compiler = Compiler(self.languages, self.synonyms, quotes=True)
        except PresslensError:
            self.close()
            raise
        except Exception as exc:  # a damaged segment fails in many ways (EOFError, struct...)
            self.close()
            raise IndexCorruptError(str(generation), f"{type(exc).__name__}: {exc}") from exc

    def _open(self, generation: Path) -> None:
        self.ix = open_whoosh(generation, ARTICLES)
        self.qix = open_whoosh(generation, QUOTES)
        self.searcher = self.ix.searcher()
        self._opened.append(self.searcher)
        self.qsearcher = self.qix.searcher()
        self._opened.append(self.qsearcher)
        self.reader = self.searcher.reader()
        self.qreader = self.qsearcher.reader()
        self.metadata = read_metadata(generation)
        self.size = self.reader.doc_count_all()
        self.doc_count = self.reader.doc_count()
        self.live = self._live(self.reader, self.size)
        self.columns = FacetColumns.build(
            _texts(self.reader, "outlet_col"),
            _texts(self.reader, "language_col"),
            list(self.reader.column_reader("published_col")),
            _multi(self.reader, "speakers_col"),
        )
        present = {
            lang
            for lang, n in zip(
                self.columns.language_vocab,
                np.bincount(
                    self.columns.language[self.live], minlength=len(self.columns.language_vocab)
                ),
                strict=True,
            )
            if n
        }
        self.languages = tuple(lang for lang in LANGUAGES if lang in present)
        self.has_undetermined = UNDETERMINED in present

    @staticmethod
    def _live(reader: Any, size: int) -> np.ndarray:
        live = np.zeros(size, dtype=bool)
        ids = np.fromiter(reader.all_doc_ids(), dtype=np.int64)
        live[ids] = True
        return live

    @cached_property
    def engine(self) -> Engine:
        """The numpy query evaluator over the article postings of this snapshot."""
        return Engine(self.searcher, self.live)

    @cached_property
    def quote_engine(self) -> Engine:
        """The numpy query evaluator over the quote postings of this snapshot."""
        return Engine(self.qsearcher, self.quote_columns[2])

    @cached_property
    def live_docs(self) -> np.ndarray:
        return np.flatnonzero(self.live)

    @cached_property
    def id_to_docnum(self) -> _IdLookup:
        """``article id -> document number`` through the ``id`` term (no scan of the index)."""
        return _IdLookup(self.reader)

    def docnum(self, article_id: str) -> int | None:
        return self.id_to_docnum.get(article_id)

    @cached_property
    def quote_columns(self) -> tuple[np.ndarray, list[str], np.ndarray]:
        """Per quote document: speaker ordinal, speaker vocabulary, live mask."""
        size = self.qreader.doc_count_all()
        speakers = _texts(self.qreader, "speakers_col")
        vocab: dict[str, int] = {}
        ords = np.fromiter((vocab.setdefault(s, len(vocab)) for s in speakers), np.int32, size)
        return ords, list(vocab), self._live(self.qreader, size)

    @cached_property
    def quote_languages(self) -> tuple[np.ndarray, list[str]]:
        """Per quote document: language ordinal, and the language vocabulary."""
        size = self.qreader.doc_count_all()
        vocab: dict[str, int] = {}
        langs = _texts(self.qreader, "language_col")
        ords = np.fromiter((vocab.setdefault(s, len(vocab)) for s in langs), np.int32, size)
        return ords, list(vocab)

    @cached_property
    def article_speaker_counts(self) -> dict[str, int]:
        """How many live articles name each canonical speaker."""
        counts = self.columns.speaker_counts(self.live_docs)
        vocab = self.columns.speaker_vocab
        return {name: int(n) for name, n in zip(vocab, counts.tolist(), strict=True) if n}

    @cached_property
    def aliases(self) -> dict[str, str]:
        """Every known spelling of a person (lowercased) -> the canonical name."""
        out: dict[str, str] = {}
        for canonical, aliases in self.metadata.get("aliases", {}).items():
            for name in (canonical, *aliases):
                out.setdefault(" ".join(name.lower().split()), canonical)
        for name in self.columns.speaker_vocab:
            out.setdefault(" ".join(name.lower().split()), name)
        return out

    @cached_property
    def name_words(self) -> tuple[list[str], list[tuple[str, tuple[str, ...], int]]]:
        """Sorted words of speakers' names and aliases, each with (canonical name, the
        spelling's words, the word's place in it): completions by bisection."""
        entries = []
        for spelling, canonical in self.aliases.items():
            words = tuple(analyze_exact(spelling))
            entries.extend((w, (canonical, words, i)) for i, w in enumerate(words))
        entries.sort(key=lambda e: (e[0], e[1][0]))
        return [e[0] for e in entries], [e[1] for e in entries]

    def stored(self, docnum: int) -> dict[str, Any]:
        return self.reader.stored_fields(docnum)

    def close(self) -> None:
        for obj in self._opened:
            try:
                obj.close()
            except Exception:  # already closed or files gone: nothing to release
                pass
        self._opened.clear()
