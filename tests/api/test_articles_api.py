"""``GET /articles/{id}`` and ``GET /articles/{id}/similar``."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import ALL_IDS, EN_MEDUZA, SV


@pytest.mark.parametrize(
    ("article", "language", "word"), [(SV, "sv", "diskussioner"), (EN_MEDUZA, "en", "Meduza")]
)
def test_an_article_has_full_text_metadata_speakers_and_quotes(
    client: TestClient, article: str, language: str, word: str
) -> None:
    body = client.get(f"/articles/{article}").json()
    assert body["id"] == article and body["language"] == language and word in body["body"]
    assert "Jens Stoltenberg" in body["speakers"]
    assert body["quotes"] and {"speaker", "text", "start", "end"} == set(body["quotes"][0])


def test_an_unknown_id_is_a_404_naming_it(client: TestClient) -> None:
    response = client.get("/articles/no_such_article")
    assert response.status_code == 404
    assert response.json() == {"detail": "No article with id 'no_such_article'."}


@pytest.mark.parametrize(
    "path",
    [
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/articles/%2E%2E",
        "/articles/.hidden",
        "/articles/a%00b",
        "/articles/" + "a" * 600,
        "/articles/..%2Fcorpus%2Fpeople.yaml/similar",
    ],
)
def test_ids_cannot_traverse_paths(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500
    assert list(response.json()) == ["detail"]
    assert "people:" not in response.text and "root:" not in response.text


@pytest.mark.parametrize("article", [SV, EN_MEDUZA])
def test_similar_articles_span_languages(client: TestClient, article: str) -> None:
    body = client.get(f"/articles/{article}/similar", params={"limit": 10}).json()
    similar = {h["id"] for h in body["similar"]}
    assert body["id"] == article and similar == ALL_IDS - {article}
    languages = {h["language"] for h in body["similar"]}
    assert languages == ({"en"} if article == SV else {"en", "sv"})


def test_similar_of_an_unknown_article_is_a_404(client: TestClient) -> None:
    assert client.get("/articles/nope/similar").status_code == 404
