"""HTML injection: every HTML-bearing field is escaped (only our own <mark> survives), every
raw field round-trips exactly, for /search, /quotes, /suggest and /articles, whatever matched."""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from api.main import create_app
from indexer.build import sync_corpus
from tests.conftest import CORPUS, make_settings
from tests.reliability.conftest import ADMIN, ADMIN_KEY

SCRIPT = "<script>alert(1)</script>"
IMG_TAG = "<img src=x onerror=alert(1)>"
IMG = f'">{IMG_TAG}'
FAKE_MARK = "<mark>fake</mark>"
ENTITY = "&lt;b&gt; &amp; &quot;"
TITLE = f"Pelican {SCRIPT} summit {IMG}"
OUTLET = f"<b>Outlet</b>{IMG}"
AUTHOR = f"<i>Eve</i> {SCRIPT}"
URL = "javascript:alert(document.cookie)"
BODY = (
    f"Pelican talks {SCRIPT} ended in Brussels on Wednesday. "
    f'"We will never accept {IMG_TAG} pelican demands {FAKE_MARK}," NATO Secretary General '
    f"Jens Stoltenberg told reporters. The {ENTITY} pelican meeting lasted long; lt gt amp quot "
    f"were the words on the board. {IMG}"
)
QUERIES = ["pelican", "script", "alert", "img", "onerror", "mark", "fake", "lt", "gt", "amp",
           "quot", "b", "x", "pelican script", '"pelican talks"', "pel*", SCRIPT, IMG]  # fmt: skip
MARK = re.compile(r"</?mark>")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    base = tmp_path_factory.mktemp("injection")
    corpus = Path(shutil.copytree(CORPUS, base / "corpus"))
    meta = {"title": TITLE, "outlet": OUTLET, "authors": [AUTHOR], "url": URL, "language": "en"}
    head = yaml.safe_dump(meta, allow_unicode=True)
    (corpus / "inj.txt").write_text(f"---\n{head}---\n{BODY}\n", encoding="utf-8")
    assert not sync_corpus(corpus, base / "index").failed
    app = create_app(make_settings(base / "index", corpus, admin_keys=[ADMIN_KEY]))
    with TestClient(app) as c:
        posted = c.post(
            "/articles",
            json={"id": "inj-api", "text": BODY, "title": TITLE, "outlet": OUTLET,
                  "authors": [AUTHOR], "language": "en"},
            headers=ADMIN,
        )  # fmt: skip
        assert posted.status_code == 201, posted.text
        yield c


def assert_safe_html(fragment: str, raw: str) -> None:
    """Only <mark>/</mark> tags; the rest, unescaped, is a piece of the raw text."""
    text = MARK.sub("", fragment)
    assert "<" not in text and ">" not in text, fragment
    assert re.search(r"&(?!(?:lt|gt|amp|quot|#x27|#39);)", text) is None, fragment
    for piece in html.unescape(text).split("…"):
        assert piece.strip() in raw, (piece, fragment)
    for marked in re.findall(r"<mark>(.*?)</mark>", fragment):
        assert "<" not in marked and "&" not in marked.replace("&amp;", ""), fragment


@pytest.mark.parametrize("q", QUERIES)
def test_search_hits_escape_every_html_field(client, q):
    response = client.get("/search", params={"q": q})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    for hit in response.json()["hits"]:
        assert_safe_html(hit["title_html"], hit["title"])
        for snippet in hit["snippets"]:
            body = client.get(f"/articles/{hit['id']}").json()["body"]
            assert_safe_html(snippet, body)


@pytest.mark.parametrize("q", QUERIES + [""])
def test_quote_snippets_are_escaped(client, q):
    response = client.get("/quotes", params={"q": q})
    assert response.status_code == 200
    for hit in response.json()["hits"]:
        assert_safe_html(hit["snippet"], hit["text"])


def test_the_payload_articles_are_found_with_their_quote(client):
    ids = {h["id"] for h in client.get("/search", params={"q": "pelican"}).json()["hits"]}
    assert ids == {"inj", "inj-api"}
    quotes = client.get("/quotes", params={"q": "pelican"}).json()["hits"]
    assert any("&lt;img src=x onerror=alert(1)&gt;" in h["snippet"] for h in quotes)


@pytest.mark.parametrize("article_id", ["inj", "inj-api"])
def test_raw_fields_round_trip_exactly_as_data(client, article_id):
    article = client.get(f"/articles/{article_id}").json()
    assert (article["title"], article["outlet"], article["authors"]) == (TITLE, OUTLET, [AUTHOR])
    assert SCRIPT in article["body"] and FAKE_MARK in article["body"] and ENTITY in article["body"]
    hit = next(
        h for h in client.get("/search", params={"q": "pelican"}).json()["hits"]
        if h["id"] == article_id
    )  # fmt: skip
    assert (hit["title"], hit["outlet"]) == (TITLE, OUTLET)


def test_facet_values_and_filters_carry_payloads_as_data(client):
    body = client.get("/search", params={"outlet": OUTLET}).json()
    assert body["total"] == 2
    assert {"value": OUTLET, "count": 2, "selected": True} in body["facets"]["outlet"]


def test_a_javascript_url_from_a_corpus_file_is_never_served(client):
    # The API refuses such URLs on POST; a corpus file that carries one is indexed without
    # it (a warning names the file and line), and the API never serves one (issue 13).
    hit = client.get("/search", params={"q": "pelican", "outlet": OUTLET}).json()["hits"]
    assert hit and {h["url"] for h in hit} == {""}


@pytest.mark.parametrize("q", [SCRIPT, IMG, FAKE_MARK, "pel", "<"])
def test_suggest_and_query_echo_are_json_data(client, q):
    for path in ("/suggest", "/search", "/quotes"):
        response = client.get(path, params={"q": q})
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        assert response.headers["x-content-type-options"] == "nosniff"
