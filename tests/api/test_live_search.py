"""The search API through a real uvicorn on 127.0.0.1 (the same answers as in-process)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ALL_IDS, EN_MEDUZA, SV
from tests.support.live import LiveServer

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def live(shipped_index_path: Path, shipped_corpus: Path) -> Iterator[httpx.Client]:
    with LiveServer(shipped_index_path, shipped_corpus) as server:
        with httpx.Client(base_url=server.url, timeout=10) as http:
            yield http


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "veto"}, ALL_IDS),
        ({"q": "diskussion"}, {SV}),
        ({"q": '"open door" -Sherman'}, {EN_MEDUZA}),
        ({"q": "Stoltenbreg", "lang": "sv"}, {SV}),
        ({"q": "Ryssland", "outlet": "Meduza"}, {EN_MEDUZA}),
    ],
)
def test_search_over_real_http(live: httpx.Client, params: dict, expected: set[str]) -> None:
    response = live.get("/search", params=params)
    assert response.status_code == 200
    assert {h["id"] for h in response.json()["hits"]} == expected


def test_facets_and_highlights_over_real_http(live: httpx.Client) -> None:
    body = live.get("/search", params={"q": "discussions", "outlet": "Meduza"}).json()
    assert body["total"] == 1
    assert {v["value"]: v["count"] for v in body["facets"]["outlet"]} == {
        "Meduza": 1,
        "The News 24": 1,
    }
    assert "<mark>discussions</mark>" in " ".join(body["hits"][0]["snippets"])


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/search", {"per_page": 101}, 400),
        ("/search", {"q": 'veto "open', "mode": "strict"}, 400),
        ("/search", {"q": "\x00\x01(((" + "!" * 900}, 200),
        ("/articles/nope", {}, 404),
        ("/quotes", {"q": "veto", "speaker": "Jens Stoltenberg"}, 200),
        ("/suggest", {"q": "stol"}, 200),
        ("/speakers", {}, 200),
    ],
)
def test_endpoints_and_error_shape_over_real_http(
    live: httpx.Client, path: str, params: dict, status: int
) -> None:
    response = live.get(path, params=params)
    assert response.status_code == status
    if status >= 400:
        assert list(response.json()) == ["detail"]
