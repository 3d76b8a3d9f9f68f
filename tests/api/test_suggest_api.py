"""``GET /suggest``: completions for search-as-you-type."""

from __future__ import annotations

import time

import pytest
from fastapi.testclient import TestClient


@pytest.mark.parametrize(
    ("q", "text", "kind"),
    [
        ("stol", "Jens Stoltenberg", "speaker"),
        ("jens stol", "Jens Stoltenberg", "speaker"),
        ("grusj", "Alexander Grushko", "speaker"),
        ("diskuss", "diskussion", "term"),
        ("veto diskuss", "veto diskussion", "term"),
        (
            "rappro",
            "Russia meeting without rapprochement: NATO clearly rejects security guarantees",
            "title",
        ),
    ],
)
def test_completions_from_speakers_titles_and_terms(
    client: TestClient, q: str, text: str, kind: str
) -> None:
    body = client.get("/suggest", params={"q": q}).json()
    assert body["query"] == q
    assert {"text": text, "kind": kind} in body["suggestions"]


def test_the_limit_is_respected_and_validated(client: TestClient) -> None:
    assert len(client.get("/suggest", params={"q": "st", "limit": 3}).json()["suggestions"]) == 3
    response = client.get("/suggest", params={"q": "st", "limit": 21})
    assert response.status_code == 422 and "limit" in response.json()["detail"]


def test_suggest_is_fast_enough_for_every_keystroke(client: TestClient) -> None:
    typed = "jens stoltenberg veto"
    started = time.perf_counter()
    for end in range(1, len(typed) + 1):
        assert client.get("/suggest", params={"q": typed[:end]}).status_code == 200
    assert (time.perf_counter() - started) / len(typed) < 0.05
