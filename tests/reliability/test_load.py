"""Load: 20 concurrent clients against a real uvicorn on 127.0.0.1 while ``presslens add``
adds articles. Bounded by a fixed request count and a time cap; zero failed requests.

The CI run is short; ``benchmarks/load.py`` runs the long version (30 s and more).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from benchmarks.load import LoadResult, run_load
from tests.reliability.conftest import Workspace, run_cli, write_synthetic_corpus
from tests.support.live import LiveServer

CLIENTS = 20
REQUESTS = int(os.environ.get("PRESSLENS_LOAD_REQUESTS", "4000"))
TIME_CAP_S = float(os.environ.get("PRESSLENS_LOAD_SECONDS", "8"))


@pytest.mark.server
@pytest.mark.slow
def test_twenty_clients_while_indexing_fail_no_request(
    workspace: Workspace, tmp_path: Path, report_figures
):
    write_synthetic_corpus(workspace.corpus, 250, start=100, seed=5)
    assert run_cli("index", str(workspace.corpus), "--index", str(workspace.index)).returncode == 0
    incoming = tmp_path / "incoming"
    batches = [
        write_synthetic_corpus(incoming / f"b{n}", 20, start=5000 + 20 * n) for n in range(3)
    ]

    def add_articles() -> int:
        added = 0
        for n, ids in enumerate(batches):
            files = [str(incoming / f"b{n}" / f"{i}.txt") for i in ids]
            result = run_cli(
                "add", *files, "--corpus", str(workspace.corpus), "--index", str(workspace.index)
            )
            assert result.returncode == 0, result.stderr
            added += len(ids)
        return added

    with LiveServer(workspace.index, workspace.corpus, workers=2) as server:
        result: LoadResult = run_load(
            server.url, clients=CLIENTS, requests=REQUESTS, seconds=TIME_CAP_S, during=add_articles
        )
        time.sleep(0.5)  # the refresh interval, then every worker sees the additions
    report_figures(**result.figures())
    assert result.failures == 0, result.errors[:5]
    assert result.requests >= CLIENTS * 2  # every client got answers
    assert result.during_result == 60
