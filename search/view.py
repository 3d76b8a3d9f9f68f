"""One consistent snapshot of the index: searchers plus the per-document facet columns.

A view is built once per index change (``SearchIndex`` swaps views when ``CURRENT`` or a
table of contents changes) and is read-only afterwards, so every request sees one index.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from search.facets import FacetColumns
from search.languages import LANGUAGES, UNDETERMINED
from search.schema import ARTICLES, MULTI_SEP, QUOTES
from search.store import read_metadata
from search.writer import open_whoosh


def _texts(reader: Any, column: str) -> list[str]:
    return [v.decode("utf-8") for v in reader.column_reader(column)]


def _multi(reader: Any, column: str) -> list[list[str]]:
    return [v.decode("utf-8").split(MULTI_SEP) if v else [] for v in reader.column_reader(column)]


class IndexView:
    """Searchers and facet columns of one generation, at one moment."""

    def __init__(self, generation: Path, marker: tuple[str, float]) -> None:
        self.generation = generation
        self.marker = marker
        self.ix = open_whoosh(generation, ARTICLES)
        self.qix = open_whoosh(generation, QUOTES)
        self.searcher = self.ix.searcher()
        self.qsearcher = self.qix.searcher()
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
                np.bincount(self.columns.language[self.live], minlength=len(self.columns.language_vocab)),
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
    def live_docs(self) -> np.ndarray:
        return np.flatnonzero(self.live)

    @cached_property
    def id_to_docnum(self) -> dict[str, int]:
        return {
            self.reader.stored_fields(d)["id"]: int(d) for d in self.live_docs.tolist()
        }

    @cached_property
    def quote_columns(self) -> tuple[np.ndarray, list[str], np.ndarray]:
        """Per quote document: speaker ordinal, speaker vocabulary, live mask."""
        size = self.qreader.doc_count_all()
        speakers = _texts(self.qreader, "speakers_col")
        vocab: dict[str, int] = {}
        ords = np.fromiter((vocab.setdefault(s, len(vocab)) for s in speakers), np.int32, size)
        return ords, list(vocab), self._live(self.qreader, size)

    @cached_property
    def title_words(self) -> tuple[list[str], list[int]]:
        """Sorted (word, docnum) pairs of article titles, for suggestions."""
        from search.analysis import analyze_exact

        pairs = sorted(
            (w, int(d))
            for d in self.live_docs.tolist()
            for w in set(analyze_exact(self.reader.stored_fields(d)["data"].get("title", "")))
            if len(w) > 2
        )
        return [p[0] for p in pairs], [p[1] for p in pairs]

    def stored(self, docnum: int) -> dict[str, Any]:
        return self.reader.stored_fields(docnum)

    def close(self) -> None:
        for obj in (self.searcher, self.qsearcher):
            try:
                obj.close()
            except Exception:  # already closed or files gone: nothing to release
                pass
