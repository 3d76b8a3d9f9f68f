"""`GET /health` is liveness; `GET /ready` says whether the index is open and readable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from fastapi.testclient import TestClient

from indexer.build import sync_corpus


def test_health_answers_ok_even_before_any_index_exists(
    app_client: Callable[..., TestClient],
) -> None:
    response = app_client().get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "documents": None}


def test_ready_is_503_before_indexing_and_names_the_command_that_builds_the_index(
    app_client: Callable[..., TestClient],
) -> None:
    response = app_client().get("/ready")
    assert response.status_code == 503
    body = response.json()
    assert body["ready"] is False
    assert "run 'presslens index' first" in body["detail"]


def test_ready_turns_200_once_the_index_is_built_without_a_restart(
    app_client: Callable[..., TestClient], tmp_path: Path, corpus: Path
) -> None:
    client = app_client()
    assert client.get("/ready").status_code == 503
    sync_corpus(corpus, tmp_path / "index")
    body = client.get("/ready").json()
    assert body["ready"] is True
    assert body["documents"] == 5
    assert body["generation"].startswith("gen-")
    assert body["last_reindex"]
    assert client.get("/health").json() == {"status": "ok", "documents": 5}


def test_ready_reports_the_new_generation_after_a_full_rebuild(
    app_client: Callable[..., TestClient], tmp_path: Path, corpus: Path, indexed: Path
) -> None:
    client = app_client(refresh_interval=0.05)
    before = client.get("/ready").json()["generation"]
    sync_corpus(corpus, indexed, full=True)
    client.app.state.index.get().refresh()
    after = client.get("/ready").json()
    assert after["generation"] != before and after["documents"] == 5
