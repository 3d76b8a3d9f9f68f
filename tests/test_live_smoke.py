"""The service over real HTTP: uvicorn on 127.0.0.1 with the shipped index."""

from __future__ import annotations

import httpx
import pytest

from tests.support.live import LiveServer


@pytest.mark.server
def test_real_uvicorn_serves_search_and_health(shipped_index_path, shipped_corpus):
    with LiveServer(shipped_index_path, shipped_corpus) as server:
        assert httpx.get(server.url + "/health").json()["documents"] == 5
        body = httpx.get(server.url + "/search", params={"q": "veto"}).json()
        assert body["total"] == 5
