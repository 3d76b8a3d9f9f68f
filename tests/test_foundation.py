"""The foundation's promises over the five shipped articles, in-process and over HTTP."""

from __future__ import annotations

import pytest

from tests.conftest import ALL_IDS, EN_BNE, EN_DE, EN_ES, EN_MEDUZA, SV


def test_veto_finds_all_five_articles(shipped_index):
    assert {h.id for h in shipped_index.search("veto").hits} == ALL_IDS


def test_stoltenberg_finds_all_five_articles(shipped_index):
    assert shipped_index.search("Stoltenberg").total == 5


@pytest.mark.parametrize(
    "article_id, language",
    [(SV, "sv"), (EN_BNE, "en"), (EN_DE, "en"), (EN_MEDUZA, "en"), (EN_ES, "en")],
)
def test_each_shipped_article_gets_its_language(shipped_index, article_id, language):
    assert shipped_index.article(article_id).language == language


def test_swedish_diskussion_finds_the_swedish_article_by_its_plural(shipped_index):
    result = shipped_index.search("diskussion")
    assert [h.id for h in result.hits] == [SV]
    assert "<mark>diskussioner</mark>" in " ".join(result.hits[0].snippets)


def test_english_discussions_finds_discussion_and_discussed(shipped_index):
    result = shipped_index.search("discussions")
    ids = {h.id for h in result.hits}
    assert {EN_BNE, EN_DE, EN_ES} <= ids and SV not in ids
    marked = " ".join(s for h in result.hits for s in h.snippets)
    assert "<mark>discussion</mark>" in marked and "<mark>discussed</mark>" in marked


@pytest.mark.parametrize(
    "query, expected_total",
    [("veto", 5), ("Stoltenberg", 5), ("diskussion", 1)],
)
def test_http_search_returns_the_documented_shape(client, query, expected_total):
    response = client.get("/search", params={"q": query})
    assert response.status_code == 200
    body = response.json()
    assert body["total"] == expected_total
    assert {"total", "hits", "took_ms"} <= body.keys()
    for hit in body["hits"]:
        assert {
            "id",
            "title",
            "outlet",
            "language",
            "published",
            "url",
            "score",
            "snippets",
        } <= hit.keys()


def test_http_health_reports_the_document_count(client):
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json()["documents"] == 5


def test_openapi_docs_are_served(client):
    assert client.get("/docs").status_code == 200
    assert "/search" in client.get("/openapi.json").json()["paths"]
