"""One log line per request (route, status, latency, hits); JSON when configured; query text
only at debug level."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.observability import uvicorn_log_config


@pytest.fixture
def logs(capsys: pytest.CaptureFixture[str]) -> Callable[[], list[str]]:
    capsys.readouterr()
    return lambda: [line for line in capsys.readouterr().err.splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def restore_logging() -> None:
    yield
    for name in ("presslens", "uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
    logging.getLogger("presslens").propagate = True
    logging.getLogger("uvicorn.access").disabled = False


def test_json_logs_have_one_line_per_request_with_route_status_latency_and_hits(
    app_client: Callable[..., TestClient], indexed: Path, logs: Callable[[], list[str]]
) -> None:
    client = app_client(log_format="json")
    logs()
    total = client.get("/search", params={"q": "veto"}).json()["total"]
    lines = logs()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["logger"] == "presslens.access" and record["level"] == "info"
    assert (record["method"], record["route"], record["status"]) == ("GET", "/search", 200)
    assert record["hits"] == total
    assert record["duration_ms"] > 0
    assert "query" not in record and "veto" not in lines[0]


def test_query_text_is_logged_only_at_debug_level(
    app_client: Callable[..., TestClient], indexed: Path, logs: Callable[[], list[str]]
) -> None:
    client = app_client(log_format="json", log_level="debug")
    logs()
    client.get("/search", params={"q": "veto"})
    record = json.loads(logs()[-1])
    assert record["level"] == "info"
    assert record["query"] == "q=veto" and record["path"] == "/search"


def test_text_logs_are_one_readable_line(
    app_client: Callable[..., TestClient], indexed: Path, logs: Callable[[], list[str]]
) -> None:
    client = app_client(log_format="text")
    logs()
    client.get("/articles/no-such-article")
    (line,) = logs()
    assert "INFO" in line and "presslens.access: GET /articles/{article_id} 404" in line
    assert line.endswith(" ms")


def test_probes_are_logged_only_at_debug_so_healthchecks_do_not_flood_the_log(
    app_client: Callable[..., TestClient], logs: Callable[[], list[str]]
) -> None:
    client = app_client(log_format="json")
    logs()
    client.get("/health")
    client.get("/metrics")
    assert logs() == []


def test_uvicorn_access_log_is_off_and_its_own_lines_use_the_configured_format() -> None:
    from config import Settings

    config = uvicorn_log_config(Settings(log_format="json", log_level="warning", _env_file=None))
    assert config["formatters"]["presslens"] == {"()": "api.observability.JsonFormatter"}
    assert config["loggers"]["uvicorn"]["level"] == "WARNING"
    assert config["loggers"]["uvicorn.access"]["handlers"] == []
