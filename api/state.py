"""The API's handle on the index: opened lazily (the service starts before an index exists
and picks it up as soon as ``presslens index`` has built one), and searched on one thread of
its own, off the event loop.

Whoosh readers are not thread-safe, so each worker's ``SearchIndex`` lives on one dedicated
thread: every read endpoint hands its work to ``IndexHolder.run``, which waits for it at most
``search_timeout`` plus a small margin. The core stops a search at ``search_timeout`` itself
(``SearchTimeoutError``); the margin covers a stage that did not check its deadline in time.
Either way the client gets a 503 with ``Retry-After``, and the event loop keeps answering
``/health``, ``/ready`` and everybody else meanwhile.

>>> import asyncio
>>> from config import Settings
>>> holder = IndexHolder(Settings(index_path="/nonexistent", _env_file=None))
>>> holder.busy
False
>>> holder.close()
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, TypeVar

from config import Settings
from search import (
    IndexNotFoundError,
    IndexStats,
    PresslensError,
    SearchIndex,
    SearchLimits,
    SearchTimeoutError,
    SnippetOptions,
    Synonyms,
    open_index,
    read_run_status,
)

T = TypeVar("T")

log = logging.getLogger("presslens.api")

#: Seconds the API waits beyond ``search_timeout`` for the core to stop by itself.
TIMEOUT_MARGIN = 0.25
#: Seconds a probe (``/health``, ``/ready``, ``/metrics``) waits for an idle search thread.
PROBE_TIMEOUT = 1.0


@dataclass(frozen=True)
class Snapshot:
    """What the probes report about the open index: its stats and generation metadata."""

    stats: IndexStats
    metadata: dict[str, Any]


def search_limits(settings: Settings) -> SearchLimits:
    """The core's limits from the settings (the one place they are chosen)."""
    return SearchLimits(
        max_per_page=settings.max_per_page,
        max_page_window=settings.max_page_window,
        timeout=settings.search_timeout,
    )


class IndexHolder:
    """The index of one API worker and the one thread that reads it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.synonyms = Synonyms.load(settings.synonyms_path)
        self.last: Snapshot | None = None
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="presslens-search")
        self._outstanding = 0
        self._counter_lock = threading.Lock()
        self._reported_run: object = None
        self._long_lived = LongLivedObjects()

    # ------------------------------------------------------------------ the index
    def get(self) -> SearchIndex:
        """The open index; ``IndexNotFoundError`` (-> 503) while none exists.

        Searching it belongs on the search thread (``run``); tests and the write path may
        call ``refresh()`` on it from elsewhere."""
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
                    limits=search_limits(s),
                )
                self.report_failed_run()
            return self._index

    def get_or_none(self) -> SearchIndex | None:
        try:
            return self.get()
        except IndexNotFoundError:
            return None

    # ------------------------------------------------------------ the search thread
    @property
    def deadline(self) -> float:
        """Seconds ``run`` waits for one piece of search work, queueing included."""
        return self.settings.search_timeout + TIMEOUT_MARGIN

    @property
    def busy(self) -> bool:
        """Whether the search thread has work running or queued."""
        return self._outstanding > 0

    def _submit(self, work: Callable[[SearchIndex], T]) -> Future[T]:
        with self._counter_lock:
            self._outstanding += 1
        future = self._executor.submit(self._call, work)
        future.add_done_callback(self._done)
        return future

    def _done(self, _: Future[Any]) -> None:
        with self._counter_lock:
            self._outstanding -= 1

    def _call(self, work: Callable[[SearchIndex], T]) -> T:
        """On the search thread: open the index if needed, do the work, note the stats."""
        index = self.get()
        try:
            return work(index)
        finally:
            try:
                view = index.view()
                self.last = Snapshot(index.stats(), view.metadata)
                self._long_lived.note(view)
            except PresslensError:
                self.last = None

    async def run(self, work: Callable[[SearchIndex], T], *, timeout: float | None = None) -> T:
        """``work(index)`` on the search thread; ``SearchTimeoutError`` (-> 503) if it has not
        finished within ``timeout`` (default: ``search_timeout`` plus a margin). Work still
        queued at that moment is dropped; work already running finishes on its own."""
        future = asyncio.wrap_future(self._submit(work))
        try:
            return await asyncio.wait_for(future, timeout or self.deadline)
        except TimeoutError:
            raise SearchTimeoutError(self.settings.search_timeout) from None

    def run_blocking(self, work: Callable[[SearchIndex], T], timeout: float) -> T:
        """``run`` for callers on other threads (the metrics scrape runs in the threadpool)."""
        future = self._submit(work)
        try:
            return future.result(timeout)
        except FutureTimeout:
            future.cancel()
            raise SearchTimeoutError(self.settings.search_timeout) from None

    # ------------------------------------------------------------------- probes
    async def snapshot(self, *, wait_when_busy: bool = True) -> Snapshot | None:
        """Fresh stats when the search thread is idle (a millisecond), else the last ones
        it saw, so a probe never waits behind a heavy search. ``None`` when it is busy and
        has seen none yet (opening the index) and ``wait_when_busy`` is off or the wait of
        ``PROBE_TIMEOUT`` ran out. ``PresslensError`` when there is no readable index."""
        if self.busy and (self.last is not None or not wait_when_busy):
            return self.last
        try:
            return await self.run(_snapshot, timeout=PROBE_TIMEOUT)
        except SearchTimeoutError:
            return self.last

    def snapshot_blocking(self) -> Snapshot | None:
        """``snapshot`` for callers on other threads."""
        if self.busy and self.last is not None:
            return self.last
        try:
            return self.run_blocking(_snapshot, PROBE_TIMEOUT)
        except SearchTimeoutError:
            return self.last

    def refresh(self) -> None:
        """See a change made by this process at once (after a write)."""
        index = self.get_or_none()
        if index is not None:
            index.refresh()

    async def refresh_async(self) -> None:
        """``refresh`` on the search thread (where the index's views are swapped)."""
        try:
            await self.run(lambda index: index.refresh())
        except PresslensError:
            pass

    # -------------------------------------------------------------- indexer runs
    def run_status(self) -> dict[str, Any]:
        """What the last ``presslens index`` run recorded (``{}`` if none)."""
        return read_run_status(self.settings.index_path)

    def report_failed_run(self) -> dict[str, Any]:
        """The last indexer run's status; logs one warning per run that left articles out."""
        status = self.run_status()
        failed = int(status.get("failed_articles") or 0)
        key = status.get("finished_unix")
        if failed and key != self._reported_run:
            self._reported_run = key
            shown = "; ".join(str(f) for f in (status.get("failed") or [])[:3])
            log.warning(
                "the last indexer run (%s) could not index %d article(s)%s; the rest is served",
                status.get("finished", "?"),
                failed,
                f": {shown}" if shown else "",
                extra={"failed_articles": failed},
            )
        return status

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
        if self._index is not None:
            self._index.close()
            self._index = None


class LongLivedObjects:
    """Keeps the open index's long-lived objects out of the garbage collector's full passes.

    A full collection stops the whole worker, event loop included, while it visits every
    object: about 50 ms with the 26k index open, which was the tail of ``/health`` under
    load. Objects frozen with ``gc.freeze`` are not visited. The index's objects are frozen
    once it has served a few searches (its caches are warm then), and again later; when the
    index changes they are unfrozen and collected first, so retired views are still freed.
    """

    #: After how many searches on one view of the index its objects are (re)frozen.
    FREEZE_AT = (32, 1024)

    def __init__(self) -> None:
        self._view: object = None
        self._calls = 0

    def note(self, view: object) -> None:
        """One more search on ``view`` (called on the search thread)."""
        if view is not self._view:
            self._view, self._calls = view, 0
        self._calls += 1
        if self._calls in self.FREEZE_AT:
            gc.unfreeze()
            gc.collect()
            gc.freeze()


def _snapshot(index: SearchIndex) -> Snapshot:
    return Snapshot(index.stats(), dict(index.view().metadata))


__all__ = [
    "PROBE_TIMEOUT",
    "TIMEOUT_MARGIN",
    "IndexHolder",
    "LongLivedObjects",
    "Snapshot",
    "search_limits",
]
