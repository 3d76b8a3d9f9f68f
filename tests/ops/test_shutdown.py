"""SIGTERM drains: a request in flight when `presslens serve` is told to stop still gets its
answer, and the server then exits 0 (what `docker stop` expects)."""

from __future__ import annotations

import json
import signal
import threading
import time
from pathlib import Path

import httpx
import pytest

from tests.ops.conftest import SLOW_WORD, ServeProcess

pytestmark = [pytest.mark.server, pytest.mark.slow]


def test_a_request_in_flight_on_sigterm_completes_and_the_server_exits_0(
    slow_corpus_index: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, index = slow_corpus_index
    log = tmp_path / "serve.log"
    server = ServeProcess(index, corpus, log_path=log, env={"PRESSLENS_LOG_FORMAT": "json"})
    with server:
        answers: list[httpx.Response] = []
        params = {"q": SLOW_WORD, "per_page": 100}

        def slow_search() -> None:
            answers.append(httpx.get(server.url + "/search", params=params, timeout=30))

        started = time.monotonic()
        request = threading.Thread(target=slow_search)
        request.start()
        time.sleep(0.2)  # the request has reached the server and is being answered
        assert server.process is not None
        server.process.send_signal(signal.SIGTERM)
        request.join(30)
        code = server.process.wait(30)
        elapsed = time.monotonic() - started

    assert [a.status_code for a in answers] == [200]
    assert answers[0].json()["total"] == 20
    assert elapsed > 0.3, "the search was too quick to be in flight when SIGTERM arrived"
    assert code == 0
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    assert any(r.get("route") == "/search" and r.get("status") == 200 for r in lines)
