"""The API's handle on the index: opened lazily, so the service starts before an index
exists and picks it up as soon as ``presslens index`` has built one."""

from __future__ import annotations

import threading

from config import Settings
from search import (
    IndexNotFoundError,
    SearchIndex,
    SearchLimits,
    SnippetOptions,
    Synonyms,
    open_index,
)


class IndexHolder:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()
        self.synonyms = Synonyms.load(settings.synonyms_path)

    def get(self) -> SearchIndex:
        """The open index; ``IndexNotFoundError`` (-> 503) while none exists."""
        index = self._index
        if index is not None:
            return index
        with self._lock:
            if self._index is None:
                s = self.settings
                self._index = open_index(
                    s.index_path,
                    synonyms=self.synonyms,
                    refresh_interval=s.refresh_interval,
                    snippet_options=SnippetOptions(count=s.snippet_count, size=s.snippet_size),
                    limits=SearchLimits(
                        max_per_page=s.max_per_page, max_page_window=s.max_page_window
                    ),
                )
            return self._index

    def get_or_none(self) -> SearchIndex | None:
        try:
            return self.get()
        except IndexNotFoundError:
            return None

    def refresh(self) -> None:
        """See a change made by this process at once (after a write)."""
        index = self.get_or_none()
        if index is not None:
            index.refresh()

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
