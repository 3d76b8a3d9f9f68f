"""``GET /quotes`` and ``GET /speakers`` over the shipped corpus."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.conftest import SV


@pytest.mark.parametrize(
    ("params", "total", "languages"),
    [
        ({"q": "veto", "speaker": "Jens Stoltenberg"}, 4, {"en", "sv"}),
        ({"q": "veto", "speaker": "Jens Stoltenberg", "lang": "sv"}, 1, {"sv"}),
        ({"q": "veto", "speaker": "Stoltenberg", "lang": "en"}, 3, {"en"}),
        ({"q": "diskussion"}, 1, {"sv"}),
        ({"q": "discussions", "lang": "en"}, 3, {"en"}),
        ({"speaker": "Grusjko"}, 4, {"en"}),
    ],
)
def test_quotes_are_searchable_with_the_same_analysis(
    client: TestClient, params: dict, total: int, languages: set[str]
) -> None:
    body = client.get("/quotes", params=params).json()
    assert body["total"] == total == len(body["hits"])
    assert {h["language"] for h in body["hits"]} == languages
    for hit in body["hits"]:
        assert hit["article_url"] == f"/articles/{hit['article_id']}"
        if "q" in params:
            assert re.search(r"<mark>[^<]+</mark>", hit["snippet"])


def test_a_quote_links_to_its_article(client: TestClient) -> None:
    [hit] = client.get("/quotes", params={"q": "diskussion"}).json()["hits"]
    assert hit["article_id"] == SV and hit["speaker"] == "Jens Stoltenberg"
    article = client.get(hit["article_url"]).json()
    assert hit["text"] in article["body"]


def test_speakers_list_counts_and_aliases(client: TestClient) -> None:
    speakers = {s["name"]: s for s in client.get("/speakers").json()["speakers"]}
    assert speakers["Jens Stoltenberg"]["articles"] == 5
    assert speakers["Alexander Grushko"]["articles"] == 2
    assert {"Grusjko", "Gruschko", "Grushko"} <= set(speakers["Alexander Grushko"]["aliases"])
    assert all(s["quotes"] >= 0 and s["articles"] >= 1 for s in speakers.values())


@pytest.mark.parametrize("alias", ["Grusjko", "Gruschko", "Grushko", "Alexander Grushko"])
def test_any_alias_finds_articles_using_any_spelling(client: TestClient, alias: str) -> None:
    ids = {h["id"] for h in client.get("/search", params={"q": alias}).json()["hits"]}
    assert SV in ids  # "Grusjko" in Swedish
    assert "002_6165ee64924b9baf" in ids  # "Gruschko"
    assert "003_a589e34c5cfe1d2a" in ids  # "Grushko"


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"per_page": 101}, 400, "per_page"),
        ({"q": "veto)", "mode": "strict"}, 400, "position 4"),
        ({"page": 0}, 422, "page"),
    ],
)
def test_quote_errors_share_the_shape(
    client: TestClient, params: dict, status: int, fragment: str
) -> None:
    response = client.get("/quotes", params=params)
    assert response.status_code == status and fragment in response.json()["detail"]
