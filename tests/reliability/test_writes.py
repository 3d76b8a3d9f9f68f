"""Writing over HTTP: POST/PUT/DELETE /articles keep corpus and index in step."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

import indexer.service as service
from indexer.build import sync_corpus
from search import IndexCorruptError, open_index
from tests.reliability.conftest import ADMIN, ADMIN_KEY, Workspace
from tests.support.live import LiveServer

PELICANS = {
    "text": "Pelikanerna flög över Visby i gryningen. Ornitologerna räknade fyrtio fåglar.",
    "title": "Pelikaner över Visby",
    "outlet": "Gotlands Tidning",
    "published": "2024-05-01",
    "url": "https://example.org/pelikaner",
    "language": "sv",
    "authors": ["Ada Lind"],
}


def total(client, q: str) -> int:
    response = client.get("/search", params={"q": q})
    assert response.status_code == 200, response.text
    return response.json()["total"]


def test_post_indexes_and_writes_an_article_file(api, workspace: Workspace):
    client = api()
    response = client.post("/articles", json=PELICANS, headers=ADMIN)
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["created"] is True and body["title"] == "Pelikaner över Visby"
    assert response.headers["location"] == f"/articles/{body['id']}"
    assert total(client, "pelikan") == 1  # searchable in this worker at once
    article = client.get(f"/articles/{body['id']}").json()
    assert (article["outlet"], article["published"], article["authors"]) == (
        "Gotlands Tidning",
        "2024-05-01",
        ["Ada Lind"],
    )
    text = (workspace.corpus / f"{body['id']}.txt").read_text(encoding="utf-8")
    assert text.startswith("---\n") and "title: Pelikaner över Visby" in text


def test_a_full_rebuild_keeps_posted_articles(api, workspace: Workspace):
    article_id = api().post("/articles", json=PELICANS, headers=ADMIN).json()["id"]
    report = sync_corpus(workspace.corpus, workspace.index, full=True)
    assert not report.failed
    index = open_index(workspace.index)
    try:
        assert index.article(article_id).title == "Pelikaner över Visby"
    finally:
        index.close()


def test_the_default_id_is_a_hash_so_posting_twice_is_409(api):
    client = api()
    first = client.post("/articles", json=PELICANS, headers=ADMIN)
    second = client.post("/articles", json=PELICANS, headers=ADMIN)
    assert first.status_code == 201
    assert second.status_code == 409
    assert f"use PUT /articles/{first.json()['id']}" in second.json()["detail"]


def test_post_of_an_id_that_exists_in_the_shipped_corpus_is_409(api):
    response = api().post(
        "/articles", json={**PELICANS, "id": "000_e42dea71f96fb87d"}, headers=ADMIN
    )
    assert response.status_code == 409


def test_put_replaces_text_file_and_index_entry(api, workspace: Workspace):
    client = api()
    client.post("/articles", json={**PELICANS, "id": "birds"}, headers=ADMIN)
    response = client.put(
        "/articles/birds", json={"text": "Flamingorna vadade i Malmö hamn."}, headers=ADMIN
    )
    assert response.status_code == 200 and response.json()["created"] is False
    assert total(client, "pelikan") == 0 and total(client, "flamingorna") == 1
    assert "Flamingorna" in (workspace.corpus / "birds.txt").read_text(encoding="utf-8")


def test_put_of_a_new_id_creates_it(api):
    client = api()
    response = client.put("/articles/new-one", json=PELICANS, headers=ADMIN)
    assert response.status_code == 201 and response.headers["location"] == "/articles/new-one"
    assert client.get("/articles/new-one").status_code == 200


def test_put_replacing_a_markdown_file_leaves_one_file(api, workspace: Workspace):
    (workspace.corpus / "story.md").write_text("# Old\n\nGamla nyheter om ekorrar.\n")
    client = api()
    assert client.put("/articles/story", json=PELICANS, headers=ADMIN).status_code == 200
    assert sorted(p.name for p in workspace.corpus.glob("story.*")) == ["story.txt"]
    assert not sync_corpus(workspace.corpus, workspace.index).failed  # no duplicate id


def test_put_with_a_different_id_in_the_body_is_422(api):
    response = api().put("/articles/one", json={**PELICANS, "id": "two"}, headers=ADMIN)
    assert response.status_code == 422
    assert "differs" in response.json()["detail"]


def test_delete_removes_file_and_index_entry(api, workspace: Workspace):
    client = api()
    assert total(client, "diskussion") >= 1
    response = client.delete("/articles/000_e42dea71f96fb87d", headers=ADMIN)
    assert response.status_code == 204 and response.content == b""
    assert not (workspace.corpus / "000_e42dea71f96fb87d.txt").exists()
    assert client.get("/articles/000_e42dea71f96fb87d").status_code == 404
    assert client.delete("/articles/000_e42dea71f96fb87d", headers=ADMIN).status_code == 404


def test_delete_of_an_unknown_id_is_404(api):
    response = api().delete("/articles/never-was", headers=ADMIN)
    assert response.status_code == 404
    assert response.json() == {"detail": "No article with id 'never-was'."}


def test_text_that_starts_like_front_matter_stays_text(api):
    client = api()
    text = "---\ntitle: not metadata\n---\nKängurur hoppade i Lund."
    response = client.post("/articles", json={"text": text, "id": "dashes"}, headers=ADMIN)
    assert response.status_code == 201, response.text
    assert "title: not metadata" in client.get("/articles/dashes").json()["body"]


@pytest.mark.parametrize(
    "body, where",
    [
        ({}, "text: Field required"),
        ({"text": ""}, "text: String should have at least 1 character"),
        ({"text": "   \n "}, "text: Value error, must contain text"),
        ({"text": "a\x00b"}, "text: Value error, must not contain control characters"),
        ({"text": 42}, "text: Input should be a valid string"),
        ({"text": "ok", "published": "12 May"}, "published: Input should be a valid date"),
        ({"text": "ok", "url": "javascript:alert(1)"}, "url: Value error, must be an http"),
        ({"text": "ok", "language": "swedish!"}, "language: Value error, unknown language code"),
        ({"text": "ok", "language": "xx"}, "language: Value error, unknown language code 'xx'"),
        ({"text": "ok", "authors": "Ada"}, "authors: Input should be a valid list"),
        ({"text": "ok", "authors": ["x"] * 51}, "authors: List should have at most 50 items"),
        ({"text": "ok", "title": "t" * 1001}, "title: String should have at most 1000 characters"),
        ({"text": "ok", "colour": "red"}, "colour: Extra inputs are not permitted"),
    ],
)
def test_invalid_bodies_are_422_naming_the_field(api, body, where):
    response = api().post("/articles", json=body, headers=ADMIN)
    assert response.status_code == 422
    assert where in response.json()["detail"]


def test_a_body_that_is_not_json_is_422(api):
    response = api().post(
        "/articles", content=b"{not json", headers={**ADMIN, "content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "JSON" in response.json()["detail"]


def test_a_body_over_the_limit_is_413_before_it_is_read(api):
    client = api(max_body_bytes=4096)
    response = client.post("/articles", json={"text": "x" * 5000}, headers=ADMIN)
    assert response.status_code == 413
    assert "limit is 4,096 bytes (PRESSLENS_MAX_BODY_BYTES)" in response.json()["detail"]


def test_a_streamed_body_over_the_limit_is_413(api):
    client = api(max_body_bytes=4096)

    def chunks() -> Iterator[bytes]:  # no Content-Length: chunked transfer
        yield b'{"text": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}'

    response = client.post(
        "/articles", content=chunks(), headers={**ADMIN, "content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_default_body_limit_is_2_mb(api):
    client = api()
    big = {"text": "ord " * (3 * 1024 * 1024 // 4)}
    assert client.post("/articles", json=big, headers=ADMIN).status_code == 413


def test_a_failed_post_leaves_no_file(api, workspace: Workspace, monkeypatch):
    def broken(*args, **kwargs):
        raise IndexCorruptError(str(workspace.index), "simulated")

    monkeypatch.setattr(service, "index_items", broken)
    response = api().post("/articles", json={**PELICANS, "id": "doomed"}, headers=ADMIN)
    assert response.status_code == 503
    assert "presslens index --full" in response.json()["detail"]
    assert not (workspace.corpus / "doomed.txt").exists()


def test_a_failed_put_restores_the_previous_file(api, workspace: Workspace, monkeypatch):
    path = workspace.corpus / "000_e42dea71f96fb87d.txt"
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise IndexCorruptError(str(workspace.index), "simulated")

    monkeypatch.setattr(service, "index_items", broken)
    client = api()
    response = client.put("/articles/000_e42dea71f96fb87d", json=PELICANS, headers=ADMIN)
    assert response.status_code == 503
    assert path.read_bytes() == before


def test_a_failed_delete_restores_the_file(api, workspace: Workspace, monkeypatch):
    path = workspace.corpus / "001_23adc9ba915df75a.txt"
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise IndexCorruptError(str(workspace.index), "simulated")

    monkeypatch.setattr(service, "index_items", broken)
    response = api().delete("/articles/001_23adc9ba915df75a", headers=ADMIN)
    assert response.status_code == 503
    assert path.read_bytes() == before


@pytest.mark.server
def test_a_posted_article_is_searchable_on_every_worker_within_2_seconds(
    workspace: Workspace, report_figures
):
    env = {"PRESSLENS_ADMIN_KEYS": ADMIN_KEY}
    with LiveServer(workspace.index, workspace.corpus, workers=2, env=env) as server:
        with httpx.Client(base_url=server.url, timeout=10) as client:
            response = client.post("/articles", json=PELICANS, headers=ADMIN)
            assert response.status_code == 201, response.text
            posted = time.monotonic()
            seen_by = 0  # consecutive answers (spread over both workers) that find it
            while seen_by < 10:
                elapsed = time.monotonic() - posted
                assert elapsed < 2.0, "not searchable on every worker within 2 seconds"
                found = client.get("/search", params={"q": "pelikan"}).json()["total"]
                seen_by = seen_by + 1 if found == 1 else 0
            report_figures(visible_after_s=round(elapsed, 2), workers=2)
