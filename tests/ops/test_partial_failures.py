"""Partial indexing failures are visible, not fatal to serving (issue 13): the API serves what
could be indexed, and `/ready`, `/metrics` and the log name what could not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from cli import app

BAD = "---\npublished: 2022-02-30\n---\nSälarna simmade förbi hamnen i går.\n"


@pytest.fixture
def partly_indexed(tmp_path: Path, corpus: Path) -> Path:
    (corpus / "x.txt").write_text(BAD, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["index", str(corpus), "--index", str(tmp_path / "index"), "--exit-zero", "-q"]
    )
    assert result.exit_code == 0
    return tmp_path / "index"


def test_ready_serves_the_rest_and_lists_what_the_last_run_could_not_index(
    app_client: Callable[..., TestClient], partly_indexed: Path, corpus: Path
) -> None:
    client = app_client()
    response = client.get("/ready")
    assert response.status_code == 200
    body = response.json()
    assert body["ready"] is True and body["documents"] == 5
    assert body["last_run"]["ok"] is False and body["last_run"]["failed_articles"] == 1
    (line,) = body["last_run"]["failed"]
    assert line.startswith(f"{corpus / 'x.txt'}:2: impossible date '2022-02-30'")
    assert client.get("/search", params={"q": "veto"}).json()["total"] == 5


def test_metrics_count_the_articles_the_last_run_left_out(
    app_client: Callable[..., TestClient], partly_indexed: Path
) -> None:
    text = app_client().get("/metrics").text
    assert "presslens_indexer_last_run_failed_articles 1.0" in text
    assert "presslens_indexer_last_run_success 0.0" in text
    assert "presslens_index_ready 1.0" in text


def test_the_api_logs_a_run_that_left_articles_out_once(
    app_client: Callable[..., TestClient], partly_indexed: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    client = app_client()
    for _ in range(3):
        client.get("/ready")
    client.get("/metrics")
    logged = [
        line for line in capfd.readouterr().err.splitlines() if "could not index 1 article" in line
    ]
    assert len(logged) == 1 and "x.txt:2: impossible date" in logged[0]
    assert "the rest is served" in logged[0]


def test_a_run_that_failed_as_a_whole_is_shown_with_its_error(
    app_client: Callable[..., TestClient], indexed: Path, tmp_path: Path
) -> None:
    result = CliRunner().invoke(app, ["index", str(tmp_path / "gone"), "--index", str(indexed)])
    assert result.exit_code == 1
    last_run = app_client().get("/ready").json()["last_run"]
    assert last_run["ok"] is False and "corpus directory does not exist" in last_run["error"]
