"""Two uvicorn workers share one index directory: while `presslens index` adds articles and
rebuilds it, every request succeeds and both workers move to the new document count."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.support.live import ROOT, LiveServer

pytestmark = [pytest.mark.server, pytest.mark.slow]

NEW_ARTICLE = """---
title: Harbour strike ends after talks
outlet: Wire
language: en
---
Dock workers voted to end the harbour strike after overnight talks with the port authority.
"""


def presslens_index(corpus: Path, index: Path, *extra: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cli", "index", str(corpus), "--index", str(index),
         "--quiet", "--wait", *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_two_workers_serve_through_reindexing_and_agree_on_the_new_count(
    corpus: Path, indexed: Path, tmp_path: Path
) -> None:
    metrics_dir = tmp_path / "metrics"
    metrics_dir.mkdir()
    env = {"PROMETHEUS_MULTIPROC_DIR": str(metrics_dir)}
    with LiveServer(indexed, corpus, workers=2, env=env) as server:
        seen: list[int | None] = []
        failures: list[str] = []
        stop = threading.Event()
        warming = threading.Event()  # set once the change starts: each worker has answered
        warming.set()

        def poll() -> None:
            with httpx.Client(base_url=server.url, timeout=5) as client:
                while not stop.is_set():
                    # a new connection each time, so both workers answer
                    response = client.get("/health", headers={"Connection": "close"})
                    if response.status_code != 200:
                        failures.append(f"{response.status_code} {response.text}")
                    elif (documents := response.json()["documents"]) is not None:
                        seen.append(documents)
                    elif not warming.is_set():  # None: a worker still opening the index
                        failures.append("documents: null after the first answers")
                    search = client.get("/search", params={"q": "strike"})
                    if search.status_code != 200:
                        failures.append(f"search {search.status_code} {search.text}")

        pollers = [threading.Thread(target=poll) for _ in range(3)]
        for t in pollers:
            t.start()
        try:
            opened = time.monotonic() + 30
            while len(seen) < 20 and time.monotonic() < opened:  # answers from the index
                time.sleep(0.05)
            warming.clear()
            (corpus / "harbour-strike.txt").write_text(NEW_ARTICLE, encoding="utf-8")
            presslens_index(corpus, indexed)  # incremental: 5 -> 6
            presslens_index(corpus, indexed, "--full")  # new generation, atomic switch
            switched = time.monotonic()
            deadline = switched + 2.0
            tail: list[int | None] = []
            while time.monotonic() < deadline:
                time.sleep(0.2)
                tail = seen[-20:]
                if len(tail) == 20 and set(tail) == {6}:
                    break
        finally:
            stop.set()
            for t in pollers:
                t.join(10)

        assert failures == []
        assert set(seen) <= {5, 6}, Counter(seen)
        assert set(tail) == {6}, f"still old counts 2 s after the rebuild: {Counter(tail)}"

        text = httpx.get(server.url + "/metrics", timeout=5).text
    health = sum(
        s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == "presslens_http_requests_total" and s.labels.get("route") == "/health"
    )
    # PROMETHEUS_MULTIPROC_DIR adds up both workers: one worker alone saw about half.
    assert health >= len(seen)
