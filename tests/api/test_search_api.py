"""``GET /search`` in-process over the shipped corpus: the response shape, every query
form, typos, synonyms, highlighting, and errors that say what to change."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests.conftest import ALL_IDS, EN_BNE, EN_DE, EN_ES, EN_MEDUZA, SV


def search(client: TestClient, **params: object) -> dict:
    response = client.get("/search", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_the_response_has_the_documented_shape(client: TestClient) -> None:
    body = search(client, q="diskussion")
    assert set(body) == {
        "total", "page", "per_page", "took_ms", "query", "did_you_mean", "fallback", "hits",
        "facets", "translation",
    }  # fmt: skip
    [hit] = body["hits"]
    assert set(hit) == {
        "id", "title", "title_html", "outlet", "language", "published", "url", "speakers",
        "score", "snippets", "matches", "translated",
    }  # fmt: skip
    assert body["translation"] is None and hit["translated"] == []  # translate=false
    assert (body["total"], body["page"], body["per_page"], hit["id"]) == (1, 1, 10, SV)
    assert set(body["facets"]) == {"outlet", "language", "speaker", "published"}
    assert "<mark>diskussioner</mark>" in hit["snippets"][0]


def test_an_empty_query_lists_every_article(client: TestClient) -> None:
    body = search(client)
    assert body["total"] == 5 and {h["id"] for h in body["hits"]} == ALL_IDS


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("veto", ALL_IDS),
        ("diskussion", {SV}),
        ("discussions", {EN_BNE, EN_DE, EN_MEDUZA, EN_ES}),
        ('"open door"', {EN_BNE, EN_MEDUZA}),
        ('"öppna dörr"', {SV}),
        ("veto -kremlin", {SV, EN_MEDUZA, EN_ES}),
        ("Peskov OR Fomin", {SV, EN_BNE, EN_DE}),
        ("(Peskov OR Fomin) -Interfax", {SV, EN_DE}),
        ("intransig*", {EN_BNE}),
        ("skillnad*", {SV}),
        ("title:easy", {EN_MEDUZA}),
        ("speaker:Ryabkov", {EN_BNE}),
        ("outlet:meduza", {EN_MEDUZA}),
        ("lang:sv", {SV}),
        ("Ryssland", ALL_IDS),
        ("North Atlantic Treaty Organization", ALL_IDS),
        ("Grusjko", {SV, EN_DE, EN_MEDUZA, EN_ES}),
    ],
)
def test_every_query_form_through_http(client: TestClient, q: str, expected: set[str]) -> None:
    assert {h["id"] for h in search(client, q=q)["hits"]} == expected


@pytest.mark.parametrize(
    ("q", "did_you_mean", "marked", "article"),
    [
        ("Stoltenbreg", "Stoltenberg", "Stoltenberg", EN_DE),
        ("diskusioner", "diskussioner", "diskussioner", SV),
    ],
)
def test_a_typo_finds_the_articles_and_says_did_you_mean(
    client: TestClient, q: str, did_you_mean: str, marked: str, article: str
) -> None:
    body = search(client, q=q)
    assert body["did_you_mean"] == did_you_mean
    [hit] = [h for h in body["hits"] if h["id"] == article]
    assert f"<mark>{marked}</mark>" in " ".join(hit["snippets"])


def test_the_any_word_fallback_is_announced(client: TestClient) -> None:
    body = search(client, q="veto zzyzx")
    assert (body["fallback"], body["query"], body["total"]) == ("any-word", "(veto OR zzyzx)", 5)
    assert search(client, q="veto")["fallback"] is None


@pytest.mark.parametrize(
    ("q", "article", "marked"),
    [
        ("discussions", EN_ES, "discussed"),
        ("diskussion", SV, "diskussioner"),
        ('"open door"', EN_BNE, "open door"),
        ("Ryssland", EN_ES, "Russia"),
        ("Russia", SV, "Ryssland"),
    ],
)
def test_snippets_are_highlighted_in_both_languages(
    client: TestClient, q: str, article: str, marked: str
) -> None:
    [hit] = [h for h in search(client, q=q)["hits"] if h["id"] == article]
    assert marked in re.findall(r"<mark>(.*?)</mark>", " ".join(hit["snippets"]))


def test_matches_are_character_offsets_per_field(client: TestClient) -> None:
    [hit] = search(client, q="title:easy")["hits"]
    article = client.get(f"/articles/{hit['id']}").json()
    assert [article["title"][a:b] for a, b in hit["matches"]["title"]] == ["easy"]


def test_highlight_false_skips_marks(client: TestClient) -> None:
    [hit] = search(client, q="diskussion", highlight="false")["hits"]
    assert "<mark>" not in hit["snippets"][0] and hit["matches"] == {"title": [], "body": []}


def test_paging_and_facet_selection(client: TestClient) -> None:
    first = search(client, q="veto", per_page=2, page=1)
    third = search(client, q="veto", per_page=2, page=3)
    assert (len(first["hits"]), len(third["hits"]), third["total"]) == (2, 1, 5)
    assert set(search(client, facets=["language", "outlet"])["facets"]) == {"language", "outlet"}


@pytest.mark.parametrize(
    ("params", "status", "fragment"),
    [
        ({"per_page": 101}, 400, "per_page: must be 100 or less (got 101)"),
        ({"page": 200, "per_page": 100}, 400, "page x per_page must stay within 10,000"),
        ({"q": "x" * 1001}, 400, "q: at most 1,000 characters"),
        ({"lang": ["sv"] * 51}, 400, "lang: at most 50 values"),
        ({"since": "2022-02-01", "until": "2022-01-01"}, 400, "since: 2022-02-01 is after until"),
        ({"q": 'veto "open', "mode": "strict"}, 400, "Unclosed quote at position 5"),
        ({"q": "author:x", "mode": "strict"}, 400, "Unknown field 'author:'"),
        ({"q": "veto)", "mode": "strict"}, 400, "Unmatched ')' at position 4"),
        ({"page": 0}, 422, "page:"),
        ({"per_page": "many"}, 422, "per_page:"),
        ({"sort": "best"}, 422, "sort:"),
        ({"facets": "author"}, 422, "facets"),
        ({"since": "yesterday"}, 422, "since:"),
        ({"mode": "picky"}, 422, "mode:"),
    ],
)
def test_client_mistakes_are_4xx_saying_what_to_change(
    client: TestClient, params: dict, status: int, fragment: str
) -> None:
    response = client.get("/search", params=params)
    assert response.status_code == status
    body = response.json()
    assert list(body) == ["detail"] and isinstance(body["detail"], str)
    assert fragment in body["detail"]


@pytest.mark.parametrize(
    "q",
    ['"unbalanced', "((((veto", "veto OR", "OR", "-", "*", "foo:bar veto", "title:", "!" * 1000,
     "veto\x00\x01\x1f", "-(-(-(", "\u202e\u200b", "日本語", ")))"],
)  # fmt: skip
def test_any_input_is_answered_leniently(client: TestClient, q: str) -> None:
    response = client.get("/search", params={"q": q})
    assert response.status_code == 200, response.text


def test_openapi_documents_the_search_models_with_examples(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    models = schema["components"]["schemas"]
    assert models["SearchResults"]["example"]["hits"][0]["snippets"]
    assert "example" in models["FacetValueOut"] and "example" in models["QuoteResults"]
    params = {p["name"] for p in schema["paths"]["/search"]["get"]["parameters"]}
    assert {"q", "lang", "outlet", "speaker", "since", "until", "sort", "page", "per_page",
            "facets", "highlight", "mode"} <= params  # fmt: skip


@pytest.mark.parametrize(
    ("path", "q", "match", "expected"),
    [
        ("/search", "diskussion veto", "all", {SV}),
        ("/search", "diskussion veto", "any", ALL_IDS),
        ("/search", "diskussion veto", "auto", {SV}),  # two words: both, as they match
        ("/search", "discussions Ryabkov", "all", {EN_BNE, EN_ES}),
        ("/search", "discussions Ryabkov", "auto", {EN_BNE, EN_ES}),
        ("/search", "discussions Ryabkov", "any", {EN_BNE, EN_DE, EN_MEDUZA, EN_ES}),
        ("/search", "discussions Ryabkov unfindable", "all", set()),  # no fallback
        ("/search", "discussions Ryabkov unfindable", "auto", {EN_BNE, EN_DE, EN_MEDUZA, EN_ES}),
    ],
)
def test_match_says_how_many_of_the_words_an_article_needs(
    client: TestClient, path: str, q: str, match: str, expected: set[str]
) -> None:
    response = client.get(path, params={"q": q, "match": match, "per_page": 20})
    assert response.status_code == 200, response.text
    assert {h["id"] for h in response.json()["hits"]} == expected


@pytest.mark.parametrize("path", ["/search", "/quotes"])
def test_an_unknown_match_is_a_422_naming_the_choices(client: TestClient, path: str) -> None:
    response = client.get(path, params={"q": "veto", "match": "most"})
    assert response.status_code == 422
    assert "match" in response.text and "auto" in response.text


@pytest.mark.parametrize(
    ("q", "language", "every", "some"),
    [("security guarantees", "en", 1, 4), ("Nato Ukraina", "sv", 1, 7)],
)
def test_quotes_take_match_too(
    client: TestClient, q: str, language: str, every: int, some: int
) -> None:
    def total(match: str) -> int:
        params = {"q": q, "match": match, "lang": language}
        return client.get("/quotes", params=params).json()["total"]

    assert (total("all"), total("any")) == (every, some)
