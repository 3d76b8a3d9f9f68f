"""``SearchIndex``: the one object the API, the CLI and the benchmarks search through.

A small facade: it keeps the current :class:`~search.view.IndexView` (reopened when the
index changes on disk), checks what a request asks for against its ``SearchLimits``, and
hands the work to one module per concept: ``article_search``, ``quote_search``,
``suggest``, ``similar``, ``spelling`` (through ``interpret``).

>>> idx = open_index(".presslens/index")                        # doctest: +SKIP
>>> res = idx.search("diskussion", Filters(languages=("sv",)))  # doctest: +SKIP
>>> res.total, res.hits[0].snippets[0]                          # doctest: +SKIP
(1, '… Efter tre timmars tuffa <mark>diskussioner</mark> höll …')
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from search.article_search import search_articles
from search.crosslang import CrossLanguage
from search.documents import article_from_stored
from search.engine import Deadline
from search.errors import ArticleNotFoundError
from search.facets import FACETS
from search.hits import SnippetOptions
from search.interpret import interpret
from search.limits import SearchLimits
from search.models import Article, Filters, Hit, SearchResult
from search.paging import check_match, check_paging
from search.quote_search import QuoteResult, SpeakerStat, search_quotes, speaker_stats
from search.similar import similar_articles
from search.store import current_generation, current_marker
from search.suggest import Suggestion, suggest
from search.synonyms import Synonyms
from search.translation import LEXICON_DIRECTORY
from search.view import IndexView


@dataclass(frozen=True)
class IndexStats:
    documents: int
    quotes: int
    generation: str
    last_reindex: str | None
    languages: tuple[str, ...]


class SearchIndex:
    """A live view of an index directory that follows reindexing without a restart.

    Views are refreshed at most every ``refresh_interval`` seconds: a request then sees the
    newest committed index. Not for use from several threads at once (the API runs each
    worker's searches on one thread of their own).
    """

    def __init__(
        self,
        root: str | Path,
        *,
        synonyms: Synonyms | None = None,
        refresh_interval: float = 0.5,
        snippet_options: SnippetOptions | None = None,
        limits: SearchLimits | None = None,
    ) -> None:
        self.root = Path(root)
        self.synonyms = synonyms or Synonyms()
        self.refresh_interval = refresh_interval
        self.snippet_options = snippet_options or SnippetOptions()
        self.limits = limits or SearchLimits()
        self._lock = threading.Lock()
        self._view: IndexView | None = None
        self._retired: IndexView | None = None
        self._checked = 0.0
        self.lexicon_directory = self.root / LEXICON_DIRECTORY
        self._lexicon_marker = _directory_marker(self.lexicon_directory)
        self._crosslang = CrossLanguage(self.lexicon_directory)
        self._open_view(current_marker(self.root))

    # ----------------------------------------------------------------- lifecycle
    def _open_view(self, marker: tuple[str, float]) -> IndexView:
        view = IndexView(current_generation(self.root), marker, self.synonyms)
        if self._retired is not None:
            self._retired.close()
        self._retired, self._view = self._view, view
        if self._crosslang.available:
            self._crosslang.opened(view)
        return view

    def _check_lexicons(self) -> None:
        """Pick up lexicons compiled (``presslens lexicons``) while the index is open."""
        marker = _directory_marker(self.lexicon_directory)
        if marker != self._lexicon_marker:
            self._lexicon_marker = marker
            old, self._crosslang = self._crosslang, CrossLanguage(self.lexicon_directory)
            old.close()
            if self._crosslang.available and self._view is not None:
                self._crosslang.opened(self._view)

    @property
    def translation(self) -> CrossLanguage:
        """Query translation for this index (its lexicons in ``<root>/lexicons``)."""
        return self._crosslang

    def translation_ready(self, timeout: float | None = None) -> bool:
        """Wait until the current snapshot's target vocabularies are built (tests and
        benchmarks; requests never wait); False after ``timeout`` seconds."""
        if not self._crosslang.available:
            return True
        return self._crosslang.opened(self.view()).wait(timeout)

    def view(self) -> IndexView:
        """The current snapshot, reopened if the index changed on disk."""
        now = time.monotonic()
        view = self._view
        assert view is not None
        if now - self._checked >= self.refresh_interval:
            with self._lock:
                self._checked = now
                self._check_lexicons()
                marker = current_marker(self.root)
                if marker != view.marker and marker[0]:
                    view = self._open_view(marker)
        return view

    def refresh(self) -> None:
        """Check for index changes now."""
        self._checked = 0.0
        self.view()

    def close(self) -> None:
        """Release the open segment files (also done by ``with open_index(...) as index``)."""
        for v in (self._view, self._retired):
            if v is not None:
                v.close()
        self._crosslang.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stats(self) -> IndexStats:
        v = self.view()
        return IndexStats(
            documents=v.doc_count,
            quotes=v.qreader.doc_count(),
            generation=v.generation.name,
            last_reindex=v.metadata.get("last_reindex"),
            languages=v.languages,
        )

    def __contains__(self, article_id: object) -> bool:
        """Whether the current index holds an article with this id."""
        return isinstance(article_id, str) and self.view().docnum(article_id) is not None

    # ------------------------------------------------------------------- searches
    def search(
        self,
        q: str = "",
        filters: Filters | None = None,
        *,
        page: int = 1,
        per_page: int = 10,
        sort: str = "relevance",
        facets: tuple[str, ...] = FACETS,
        highlight: bool = True,
        strict: bool = False,
        typing: bool = False,
        match: str = "auto",
        translate: bool = False,
    ) -> SearchResult:
        """Search articles; see ``search.query`` for the syntax and ``Filters`` for facets.

        ``typing``: the query is being typed (the last word is a prefix, not a typo).
        ``match``: ``auto``, ``all`` or ``any`` (see ``search.strategy``).
        ``translate``: also find the articles in the index's other languages, through the
        query's words translated with the installed lexicons (see ``search.crosslang``)."""
        started = time.perf_counter()
        check_paging(page, per_page, sort, self.limits)
        check_match(match)
        deadline = Deadline.after(self.limits.timeout)
        view = self.view()
        translator = self._crosslang if translate else None
        return search_articles(
            view,
            interpret(
                view, q, strict=strict, typing=typing, deadline=deadline, translator=translator
            ),
            filters or Filters(),
            page=page,
            per_page=per_page,
            sort=sort,
            facets=facets,
            highlight=highlight,
            snippet_options=self.snippet_options,
            match=match,
            feedback=not typing,
            started=started,
            deadline=deadline,
        )

    def quotes(
        self,
        q: str = "",
        *,
        speakers: tuple[str, ...] = (),
        languages: tuple[str, ...] = (),
        page: int = 1,
        per_page: int = 10,
        strict: bool = False,
        match: str = "auto",
        translate: bool = False,
    ) -> QuoteResult:
        """Search quotes; ``speakers`` are names in any known spelling (OR'ed);
        ``translate``: also in the other languages (as for ``search``)."""
        started = time.perf_counter()
        check_paging(page, per_page, "relevance", self.limits)
        check_match(match)
        deadline = Deadline.after(self.limits.timeout)
        view = self.view()
        translator = self._crosslang if translate else None
        return search_quotes(
            view,
            interpret(view, q, strict=strict, deadline=deadline, translator=translator),
            speakers=speakers,
            languages=languages,
            page=page,
            per_page=per_page,
            match=match,
            started=started,
            deadline=deadline,
        )

    def speakers(self) -> list[SpeakerStat]:
        """Canonical speakers with quote and article counts and aliases, most quoted first."""
        return speaker_stats(self.view())

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Completions of what was typed (see ``search.suggest``)."""
        return suggest(self.view(), prefix, limit)

    def article(self, article_id: str) -> Article:
        view = self.view()
        docnum = view.docnum(article_id)
        if docnum is None:
            raise ArticleNotFoundError(article_id)
        return article_from_stored(article_id, view.stored(docnum)["data"])

    def similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """Articles about the same story (see ``search.similar``)."""
        return similar_articles(self.view(), article_id, limit, self.snippet_options)


def _directory_marker(directory: Path) -> int:
    """Changes when files are added to, replaced in or removed from ``directory``."""
    try:
        return directory.stat().st_mtime_ns
    except OSError:
        return 0


def open_index(root: str | Path, **options: Any) -> SearchIndex:
    """Open the index at ``root`` (raises ``IndexNotFoundError`` if there is none)."""
    return SearchIndex(root, **options)


__all__ = ["IndexStats", "SearchIndex", "open_index"]
