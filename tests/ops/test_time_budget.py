"""Every request within a time budget (issue 13): searches run on each worker's own search
thread, off the event loop, so `/health`, `/ready` and other clients keep answering while a
heavy query runs; a search still running at PRESSLENS_SEARCH_TIMEOUT (plus a margin) is a
503 with `Retry-After`, and work queued behind it is dropped, not run late."""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.state import TIMEOUT_MARGIN, IndexHolder
from search import SearchIndex, SearchTimeoutError
from tests.conftest import make_settings
from tests.ops.conftest import SLOW_WORD
from tests.support.live import LiveServer


@contextmanager
def search_thread_busy(holder: IndexHolder, seconds: float) -> Iterator[threading.Thread]:
    """Give the worker's search thread ``seconds`` of work (as a heavy query would)."""

    def heavy(index: SearchIndex) -> None:
        time.sleep(seconds)

    thread = threading.Thread(target=holder.run_blocking, args=(heavy, seconds + 5))
    thread.start()
    deadline = time.monotonic() + 2
    while not holder.busy and time.monotonic() < deadline:
        time.sleep(0.005)
    try:
        yield thread
    finally:
        thread.join()


def test_a_search_past_its_time_limit_is_a_503_with_retry_after(
    app_client: Callable[..., TestClient], indexed: Path
) -> None:
    client = app_client(search_timeout=0.1)
    assert client.get("/search", params={"q": "veto"}).status_code == 200
    holder: IndexHolder = client.app.state.index  # type: ignore[attr-defined]
    with search_thread_busy(holder, 1.0):
        started = time.monotonic()
        response = client.get("/search", params={"q": "veto"})
        waited = time.monotonic() - started
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert "PRESSLENS_SEARCH_TIMEOUT" in response.json()["detail"]
    assert waited < 0.1 + TIMEOUT_MARGIN + 0.5


@pytest.mark.parametrize(
    "path", ["/search?q=veto", "/suggest?q=stol", "/quotes?q=veto", "/speakers", "/articles/x"]
)
def test_every_read_endpoint_is_bounded_by_the_time_limit(
    app_client: Callable[..., TestClient], indexed: Path, path: str
) -> None:
    client = app_client(search_timeout=0.1)
    holder: IndexHolder = client.app.state.index  # type: ignore[attr-defined]
    with search_thread_busy(holder, 0.8):
        assert client.get(path).status_code == 503


def test_probes_answer_at_once_while_the_search_thread_is_busy(
    app_client: Callable[..., TestClient], indexed: Path
) -> None:
    client = app_client()
    assert client.get("/search", params={"q": "veto"}).status_code == 200
    holder: IndexHolder = client.app.state.index  # type: ignore[attr-defined]
    with search_thread_busy(holder, 1.5):
        for path in ("/health", "/ready", "/metrics"):
            started = time.monotonic()
            response = client.get(path)
            assert response.status_code == 200, path
            assert time.monotonic() - started < 0.5, path
        assert client.get("/health").json() == {"status": "ok", "documents": 5}
        assert client.get("/ready").json()["documents"] == 5


def test_work_queued_behind_a_heavy_search_is_dropped_when_its_request_gives_up(
    tmp_path: Path, indexed: Path, corpus: Path
) -> None:
    holder = IndexHolder(make_settings(indexed, corpus, search_timeout=0.1))
    ran: list[str] = []
    try:
        with search_thread_busy(holder, 0.8):
            with pytest.raises(SearchTimeoutError):
                asyncio.run(holder.run(lambda index: ran.append("late")))
        time.sleep(0.1)
        assert ran == []
        assert asyncio.run(holder.run(lambda index: index.stats().documents)) == 5
        assert not holder.busy
    finally:
        holder.close()


@pytest.mark.server
@pytest.mark.slow
def test_health_stays_fast_over_http_while_heavy_queries_run(
    slow_corpus_index: tuple[Path, Path],
) -> None:
    """Three clients keep one worker busy with searches of about half a second each (100
    highlighted hits of long articles); /health is asked meanwhile over real HTTP."""
    corpus, index = slow_corpus_index
    stop = threading.Event()
    searches: list[float] = []

    def heavy_client(url: str) -> None:
        with httpx.Client(base_url=url, timeout=30) as http:
            while not stop.is_set():
                started = time.monotonic()
                status = http.get("/search", params={"q": SLOW_WORD, "per_page": 100}).status_code
                assert status == 200
                searches.append(time.monotonic() - started)

    with LiveServer(index, corpus, workers=1) as server:
        threads = [threading.Thread(target=heavy_client, args=(server.url,)) for _ in range(3)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        health: list[float] = []
        with httpx.Client(base_url=server.url, timeout=30) as http:
            for _ in range(30):
                started = time.monotonic()
                assert http.get("/health").status_code == 200
                health.append(time.monotonic() - started)
                time.sleep(0.05)
        stop.set()
        for thread in threads:
            thread.join()
    assert statistics.median(searches) > 0.1, "the searches were not heavy enough to prove it"
    # Before searches left the event loop, /health waited for them: 0.1-1.5 s each here.
    assert statistics.median(health) < min(0.05, statistics.median(searches) / 2)
    assert max(health) < 0.4


def test_the_index_objects_are_kept_out_of_full_collections_once_warm() -> None:
    """A full garbage collection stops the event loop too; the warm index's objects are
    frozen out of it, and unfrozen (so collected) when the index changes."""
    import gc

    from api.state import LongLivedObjects

    long_lived = LongLivedObjects()
    first, second = object(), object()
    try:
        gc.unfreeze()
        for _ in range(LongLivedObjects.FREEZE_AT[0] - 1):
            long_lived.note(first)
        assert gc.get_freeze_count() == 0
        long_lived.note(first)
        assert gc.get_freeze_count() > 0
        for _ in range(LongLivedObjects.FREEZE_AT[0]):
            long_lived.note(second)  # a new view: unfreeze, collect, freeze again
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
