"""A running server follows reindexing without a restart, and no request fails meanwhile.

A real uvicorn on 127.0.0.1 (``tests/support/live.py``) serves searches from a thread that
never stops asking, while ``presslens index --full`` rebuilds and switches generations and
``presslens add`` updates the live one.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from indexer.build import sync_corpus
from tests.conftest import SHARED_DATA, copy_corpus
from tests.support.live import ROOT, LiveServer

pytestmark = [pytest.mark.server, pytest.mark.slow]


class Hammer(threading.Thread):
    """Searches continuously; records every failed request."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.stop = threading.Event()
        self.requests = 0
        self.failures: list[str] = []

    def run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            while not self.stop.is_set():
                for q in ("nato", "government", "diskussion"):
                    try:
                        response = client.get("/search", params={"q": q})
                        if response.status_code != 200:
                            self.failures.append(
                                f"{q}: HTTP {response.status_code} {response.text[:200]}"
                            )
                    except httpx.HTTPError as exc:
                        self.failures.append(f"{q}: {type(exc).__name__}: {exc}")
                    self.requests += 1


def _total(url: str, query: str) -> int:
    return httpx.get(f"{url}/search", params={"q": query}, timeout=10).json()["total"]


def _wait_for(url: str, query: str, expected: int, timeout: float = 2.0) -> float:
    """Seconds until ``query`` has ``expected`` hits (fails after ``timeout``)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if _total(url, query) == expected:
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"{query!r} did not reach {expected} hits within {timeout} s")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    corpus = copy_corpus(tmp_path / "corpus")
    if (SHARED_DATA / "news-en-bbc").is_dir():  # enough articles for a rebuild that takes a while
        from benchmarks.data import load_articles

        for record in load_articles(SHARED_DATA, limit=400):
            (corpus / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    return corpus


def presslens(corpus: Path, index: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli", *args, "--index", str(index)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**__import__("os").environ, "PRESSLENS_CORPUS_PATH": str(corpus)},
    )


def test_no_request_fails_during_rebuilds_and_updates_and_changes_show_within_2s(
    corpus: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index"
    sync_corpus(corpus, index)
    with LiveServer(index, corpus, log_path=tmp_path / "uvicorn.log") as server:
        hammer = Hammer(server.url)
        hammer.start()
        try:
            # A full rebuild with a new article: searches keep working across the switch.
            (corpus / "zebra-1.txt").write_text(
                "Zebrafinches were discussed at length today.", "utf-8"
            )
            done = presslens(corpus, index, "index", "--full", "--quiet")
            assert done.returncode == 0, done.stderr
            _wait_for(server.url, "zebrafinches", 1)

            # An incremental add into the live generation.
            story = tmp_path / "zebra-2.txt"
            story.write_text("More zebrafinches arrived in the capital on Tuesday.", "utf-8")
            done = presslens(corpus, index, "add", str(story))
            assert done.returncode == 0, done.stderr
            _wait_for(server.url, "zebrafinches", 2)

            # A removal, and a second full rebuild for good measure.
            done = presslens(corpus, index, "remove", "zebra-1")
            assert done.returncode == 0, done.stderr
            _wait_for(server.url, "zebrafinches", 1)
            done = presslens(corpus, index, "index", "--full", "--quiet")
            assert done.returncode == 0, done.stderr
            _wait_for(server.url, "zebrafinches", 1)
        finally:
            hammer.stop.set()
            hammer.join(15)
    assert hammer.requests > 20
    assert hammer.failures == []
