"""`GET /metrics`: Prometheus text with request, search-hit, index and reindex metrics."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from typer.testing import CliRunner

from api.observability import record_reindex
from cli import app as cli
from search import RUN_STATUS_FILE


def samples(client: TestClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of ``/metrics`` keyed by (name, labels)."""
    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(response.text)
        for s in family.samples
    }


def value(found: dict, name: str, **labels: str) -> float:
    return found.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def client(app_client: Callable[..., TestClient], indexed: Path) -> TestClient:
    return app_client()


def test_requests_are_counted_and_timed_per_route_template_and_status(client: TestClient) -> None:
    before = samples(client)
    for _ in range(3):
        assert client.get("/search", params={"q": "veto"}).status_code == 200
    assert client.get("/search", params={"per_page": 5000}).status_code == 400
    assert client.get("/articles/no-such-article").status_code == 404
    after = samples(client)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    requests = "presslens_http_requests_total"
    assert delta(requests, method="GET", route="/search", status="200") == 3
    assert delta(requests, method="GET", route="/search", status="400") == 1
    assert delta(requests, method="GET", route="/articles/{article_id}", status="404") == 1
    latency = "presslens_http_request_duration_seconds_count"
    assert delta(latency, method="GET", route="/search", status="200") == 3
    bucket = "presslens_http_request_duration_seconds_bucket"
    assert delta(bucket, method="GET", route="/search", status="200", le="+Inf") == 3


def test_unknown_paths_share_one_route_label(client: TestClient) -> None:
    for path in ("/nope", "/wp-admin.php", "/x/y/z"):
        assert client.get(path).status_code == 404
    labels = {dict(k[1]).get("route") for k in samples(client) if k[0].startswith("presslens_http")}
    assert "unmatched" in labels
    assert not labels & {"/nope", "/wp-admin.php", "/x/y/z"}


def test_search_hit_counts_are_a_histogram_where_le_0_counts_empty_results(
    client: TestClient,
) -> None:
    before = samples(client)
    total = client.get("/search", params={"q": "veto"}).json()["total"]
    assert client.get("/search", params={"q": "xyzzyplugh"}).json()["total"] == 0
    client.get("/quotes", params={"q": ""})
    after = samples(client)
    hits = "presslens_search_hits"

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta(f"{hits}_count", route="/search") == 2
    assert delta(f"{hits}_sum", route="/search") == total
    assert delta(f"{hits}_bucket", route="/search", le="0.0") == 1
    assert delta(f"{hits}_count", route="/quotes") == 1


def test_index_size_generation_and_last_reindex_come_from_the_index(client: TestClient) -> None:
    ready = client.get("/ready").json()
    found = samples(client)
    assert value(found, "presslens_index_ready") == 1
    assert value(found, "presslens_index_documents") == 5
    assert value(found, "presslens_index_quotes") == ready["quotes"]
    assert value(found, "presslens_index_generation_info", generation=ready["generation"]) == 1
    assert value(found, "presslens_index_last_reindex_timestamp_seconds") > 1.7e9
    assert value(found, "presslens_index_last_reindex_duration_seconds") > 0


def test_without_an_index_metrics_still_answer_and_say_not_ready(
    app_client: Callable[..., TestClient],
) -> None:
    found = samples(app_client())
    assert value(found, "presslens_index_ready") == 0
    assert ("presslens_index_documents", frozenset()) not in found


def test_indexer_runs_and_failures_are_read_from_the_status_file_it_leaves(
    client: TestClient, corpus: Path, indexed: Path
) -> None:
    runner = CliRunner()
    args = ["index", str(corpus), "--index", str(indexed), "--quiet"]
    assert runner.invoke(cli, args).exit_code == 0
    (corpus / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \x00\x00")
    assert runner.invoke(cli, args).exit_code == 1
    status = json.loads((indexed / RUN_STATUS_FILE).read_text())
    assert status["ok"] is False and status["failed_articles"] == 1
    found = samples(client)
    assert value(found, "presslens_indexer_runs_total") == 2
    assert value(found, "presslens_indexer_failures_total") == 1
    assert value(found, "presslens_indexer_last_run_success") == 0
    assert value(found, "presslens_indexer_last_run_failed_articles") == 1


def test_index_writes_made_by_the_api_are_counted_through_record_reindex(
    client: TestClient,
) -> None:
    before = samples(client)
    record_reindex(0.25, ok=True)
    record_reindex(1.5, ok=False)
    after = samples(client)
    count = "presslens_api_reindex_duration_seconds_count"
    assert value(after, count) - value(before, count) == 2
    failures = "presslens_api_reindex_failures_total"
    assert value(after, failures) - value(before, failures) == 1
