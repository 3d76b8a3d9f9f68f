"""One consistent snapshot of the index: searchers, facet columns, and the query compilers.

A view is built whole, once per index change (``SearchIndex`` swaps views when ``CURRENT``
or a table of contents changes), and is read-only afterwards, so every request sees one
index. Its synonyms are the configured groups plus the speakers' aliases of this index.
"""

from __future__ import annotations

import logging
import threading
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from search.analysis import analyze_exact
from search.compile import Compiler
from search.engine import VOCABULARY_FIELD, Engine
from search.errors import IndexCorruptError, PresslensError
from search.facets import FacetColumns
from search.languages import LANGUAGES, UNDETERMINED
from search.schema import ARTICLES, QUOTES
from search.segments import live_mask, segment_data, segment_leaves
from search.store import SPEAKER_VARIANTS, read_metadata
from search.synonyms import Synonyms
from search.writer import open_whoosh

log = logging.getLogger("presslens.search")

#: The field whose words typo correction chooses from (every word of every article).
SPELLING_FIELD = VOCABULARY_FIELD
#: The fields whose words each segment keeps in memory: every word (typo correction,
#: prefixes, completions) and the words of titles (title completions).
TITLE_WORDS_FIELD = "title_exact"
VOCABULARY_FIELDS = (SPELLING_FIELD, TITLE_WORDS_FIELD)
#: Document frequencies remembered per snapshot (typo correction, feedback).
FREQUENCY_CACHE = 100_000


def facet_columns(reader: Any, renamed: dict[str, str] | None = None) -> FacetColumns:
    """The facet columns of every document of ``reader``: each segment's (read once per
    segment, see ``search.segments``) joined under one vocabulary per facet; ``renamed``
    speakers (a variant -> its canonical name) count as the name they are renamed to."""
    renamed = renamed or {}
    parts = [(segment_data(leaf).facets(leaf), offset) for leaf, offset in segment_leaves(reader)]
    size = reader.doc_count_all()
    outlet, outlet_vocab = _joined([(p.outlet, p.outlet_vocab) for p, _ in parts], size)
    language, language_vocab = _joined([(p.language, p.language_vocab) for p, _ in parts], size)
    published = np.full(size, -1, np.int32)
    for part, offset in parts:
        published[offset : offset + len(part.published)] = part.published
    values, speaker_vocab = _joined(
        [(p.speaker_values, [renamed.get(v, v) for v in p.speaker_vocab]) for p, _ in parts], 0
    )
    indptr = np.zeros(size + 1, np.int64)
    base = 0
    for part, offset in parts:
        count = len(part.speaker_indptr) - 1
        indptr[offset + 1 : offset + count + 1] = part.speaker_indptr[1:] + base
        base += int(part.speaker_indptr[-1])
    np.maximum.accumulate(indptr, out=indptr)  # documents between segments: no speakers
    if renamed:
        targets = set(renamed.values())
        shared = [i for i, name in enumerate(speaker_vocab) if name in targets]
        indptr, values = _distinct_per_row(indptr, values, shared)
    return FacetColumns(
        outlet, outlet_vocab, language, language_vocab, published, indptr, values, speaker_vocab
    )


def _distinct_per_row(
    indptr: np.ndarray, values: np.ndarray, shared: list[int]
) -> tuple[np.ndarray, np.ndarray]:
    """A row-compressed column with each row's repeated values dropped (two variants of one
    name in an article count once). Only values in ``shared`` (the names variants were
    renamed to) can repeat, so only their entries are compared.

    >>> _distinct_per_row(np.array([0, 3, 4]), np.array([5, 2, 5, 5]), [5])
    (array([0, 2, 3]), array([5, 2, 5]))
    """
    suspect = np.flatnonzero(np.isin(values, shared))
    if not len(suspect):
        return indptr, values
    rows = np.repeat(np.arange(len(indptr) - 1, dtype=np.int64), np.diff(indptr))
    keys = rows[suspect] * (int(values.max(initial=0)) + 1) + values[suspect]
    _, first = np.unique(keys, return_index=True)
    keep = np.ones(len(values), dtype=bool)
    keep[suspect] = False
    keep[suspect[first]] = True
    out = np.zeros_like(indptr)
    np.cumsum(np.bincount(rows[keep], minlength=len(indptr) - 1), out=out[1:])
    return out, values[keep]


def _joined(parts: list[tuple[np.ndarray, list[str]]], size: int) -> tuple[np.ndarray, list[str]]:
    """Segment-local ordinals as ordinals of one vocabulary (``size``: pad with "")."""
    vocab: dict[str, int] = {"": 0} if size else {}
    mapped = []
    for codes, local in parts:
        table = np.fromiter((vocab.setdefault(v, len(vocab)) for v in local), np.int32, len(local))
        mapped.append(table[codes] if len(codes) else codes.astype(np.int32))
    joined = np.concatenate(mapped) if mapped else np.zeros(0, np.int32)
    if size and len(joined) < size:
        joined = np.concatenate([joined, np.zeros(size - len(joined), np.int32)])
    return joined.astype(np.int32), list(vocab)


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
        self._frequencies: dict[tuple[str, str], int] = {}
        #: Typo correction's candidates per first letter, all segments' words joined, the
        #: most frequent first, with their document frequencies.
        self.spelling_choices: dict[str, tuple[list[str], np.ndarray]] = {}
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
        #: A speaker's name variant (not in ``people.yaml``) -> the name the corpus uses.
        self.renamed: dict[str, str] = dict(self.metadata.get(SPEAKER_VARIANTS, {}))
        self.size = self.reader.doc_count_all()
        self.doc_count = self.reader.doc_count()
        self.live = live_mask(self.reader)
        # Strong references: a segment's data lives as long as a snapshot holds the segment.
        self.segments = [segment_data(leaf) for leaf, _ in segment_leaves(self.reader)]
        self._load_vocabularies()
        self.columns = facet_columns(self.reader, self.renamed)
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

    def _load_vocabularies(self) -> None:
        """Read the new segments' words (for typo correction, prefixes and completions) in
        the background, through a reader of their own (Whoosh readers are not
        thread-safe)."""
        todo = {
            (data.id, field)
            for field in VOCABULARY_FIELDS
            for data in self.segments
            if data.reserve_vocabulary(field)
        }
        if not todo:
            return

        def load() -> None:
            try:
                with self.ix.reader() as reader:
                    for field in VOCABULARY_FIELDS:
                        for leaf, _ in segment_leaves(reader):
                            data = segment_data(leaf)
                            if (data.id, field) in todo:
                                data.load_vocabulary(leaf, field)
                                todo.discard((data.id, field))
            except Exception:  # the snapshot was closed meanwhile: a later one loads them
                log.debug("vocabulary load stopped for %s", self.generation, exc_info=True)
            finally:
                for data in self.segments:
                    for field in VOCABULARY_FIELDS:
                        if (data.id, field) in todo:
                            data.release_vocabulary(field)

        threading.Thread(target=load, name="presslens-vocabulary", daemon=True).start()

    @cached_property
    def engine(self) -> Engine:
        """The query evaluator over the article postings of this snapshot."""
        cols = self.columns
        return Engine(self.searcher, self.live, cols.language, cols.language_vocab)

    @cached_property
    def quote_live(self) -> np.ndarray:
        self.quote_segments = [segment_data(leaf) for leaf, _ in segment_leaves(self.qreader)]
        return live_mask(self.qreader)

    @cached_property
    def quote_columns(self) -> FacetColumns:
        """Per quote document: its speaker and language (and its article's outlet, date)."""
        return facet_columns(self.qreader, self.renamed)

    @cached_property
    def quote_engine(self) -> Engine:
        """The query evaluator over the quote postings of this snapshot."""
        cols = self.quote_columns
        return Engine(self.qsearcher, self.quote_live, cols.language, cols.language_vocab)

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
        for variant, canonical in self.renamed.items():
            out.setdefault(" ".join(variant.lower().split()), canonical)
        for name in self.columns.speaker_vocab:
            out.setdefault(" ".join(name.lower().split()), name)
        return out

    def speaker_name(self, name: str) -> str:
        """The name a speaker goes by in this index (``name`` itself, or the canonical name
        of the corpus when ``name`` is one of its variants)."""
        return self.renamed.get(name, name)

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

    def doc_frequency(self, field: str, term: str) -> int:
        """In how many documents of this snapshot ``term`` occurs in ``field`` (deleted
        ones included, as Whoosh counts; remembered for the snapshot's life, bounded)."""
        key = (field, term)
        found = self._frequencies.get(key)
        if found is None:
            if len(self._frequencies) >= FREQUENCY_CACHE:
                self._frequencies.clear()
            found = self._frequencies[key] = self.reader.doc_frequency(field, term)
        return found

    def stored(self, docnum: int) -> dict[str, Any]:
        return self.reader.stored_fields(docnum)

    def close(self) -> None:
        for obj in self._opened:
            try:
                obj.close()
            except Exception:  # already closed or files gone: nothing to release
                pass
        self._opened.clear()
