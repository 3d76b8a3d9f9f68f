"""Article text is data, never markup: an article carrying ``<script>`` and
``<img onerror>`` in its title, body, outlet (front matter) and a speaker's name comes out
escaped in every HTML field (snippets, title_html, quote snippets)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from indexer.build import sync_corpus
from tests.conftest import make_settings

EVIL_TITLE = "<script>alert('t')</script> Nato veto <b>bold</b>"
EVIL_OUTLET = "<img src=x onerror=alert('o')>"
EVIL_SPEAKER = "Jens <script>alert('s')</script> Stoltenberg"
ARTICLES = {
    "evil-en": (
        "en",
        "The <img src=x onerror=alert('b')> veto was discussed & rejected "
        "<script>alert(1)</script>. "
        '"We will not accept a veto <b>at all</b>," Stoltenberg said.\nNato members met again.',
    ),
    "evil-sv": (
        "sv",
        "Ett <img src=x onerror=alert('b')> veto diskuterades <script>alert(1)</script>. "
        "– Vi accepterar inget veto <b>alls</b>, sade Stoltenberg.\nNato-länderna möttes igen.",
    ),
}
PEOPLE = f"""people:
  - name: "{EVIL_SPEAKER}"
    gender: m
    aliases: [Stoltenberg]
"""


@pytest.fixture(scope="module")
def evil_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("evil")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "people.yaml").write_text(PEOPLE, encoding="utf-8")
    for article_id, (language, body) in ARTICLES.items():
        front = (
            f"---\ntitle: {json.dumps(EVIL_TITLE)}\noutlet: {json.dumps(EVIL_OUTLET)}\n"
            f"language: {language}\npublished: 2022-01-12\n---\n"
        )
        (corpus / f"{article_id}.txt").write_text(front + body + "\n", encoding="utf-8")
    report = sync_corpus(corpus, root / "index")
    assert report.added == 2 and not report.failed, report
    with TestClient(create_app(make_settings(root / "index", corpus))) as c:
        yield c


def assert_safe(fragment: str) -> None:
    """Only <mark> is markup; everything else the article said is escaped text."""
    assert "<" not in re.sub(r"</?mark>", "", fragment), fragment


@pytest.mark.parametrize("q", ["veto", "script", "img onerror", "", "Nato", "bold", "alert"])
@pytest.mark.parametrize("lang", ["en", "sv"])
def test_search_html_fields_are_escaped(evil_client: TestClient, q: str, lang: str) -> None:
    body = evil_client.get("/search", params={"q": q, "lang": lang}).json()
    assert body["hits"], body
    for hit in body["hits"]:
        assert_safe(hit["title_html"])
        for snippet in hit["snippets"]:
            assert_safe(snippet)
        assert "&lt;script&gt;" in re.sub(r"</?mark>", "", hit["title_html"])


def test_the_body_shows_the_markup_as_text(evil_client: TestClient) -> None:
    [hit] = evil_client.get("/search", params={"q": "veto", "lang": "en"}).json()["hits"]
    joined = " ".join(hit["snippets"])
    assert "&lt;img src=x onerror=alert(&#x27;b&#x27;)&gt;" in joined
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in joined
    assert "<mark>veto</mark>" in joined


def test_outlet_and_speaker_are_plain_text_json_and_facets(evil_client: TestClient) -> None:
    body = evil_client.get("/search", params={"q": "veto"}).json()
    assert {h["outlet"] for h in body["hits"]} == {EVIL_OUTLET}
    assert {s for h in body["hits"] for s in h["speakers"]} == {EVIL_SPEAKER}
    assert [v["value"] for v in body["facets"]["outlet"]] == [EVIL_OUTLET]
    assert [v["value"] for v in body["facets"]["speaker"]] == [EVIL_SPEAKER]


def test_outlet_and_speaker_markup_never_reaches_an_html_field(evil_client: TestClient) -> None:
    body = evil_client.get("/search", params={"q": "Stoltenberg"}).json()
    for hit in body["hits"]:
        for fragment in [hit["title_html"], *hit["snippets"]]:
            assert EVIL_OUTLET not in fragment and "<script>" not in fragment


@pytest.mark.parametrize("q", ["veto", "accept", ""])
def test_quote_snippets_are_escaped(evil_client: TestClient, q: str) -> None:
    body = evil_client.get("/quotes", params={"q": q}).json()
    assert body["hits"]
    for hit in body["hits"]:
        assert_safe(hit["snippet"])
        assert hit["speaker"] == EVIL_SPEAKER
    if q == "veto":
        assert any("&lt;b&gt;" in h["snippet"] for h in body["hits"])


def test_the_speaker_list_and_suggestions_return_names_as_plain_text(
    evil_client: TestClient,
) -> None:
    [speaker] = evil_client.get("/speakers").json()["speakers"]
    assert speaker["name"] == EVIL_SPEAKER
    suggestions = evil_client.get("/suggest", params={"q": "stol"}).json()["suggestions"]
    assert {"text": EVIL_SPEAKER, "kind": "speaker"} in suggestions


def test_json_responses_are_never_served_as_html(evil_client: TestClient) -> None:
    for path in ("/search?q=veto", "/quotes?q=veto", "/articles/evil-en", "/speakers"):
        assert evil_client.get(path).headers["content-type"].startswith("application/json")
