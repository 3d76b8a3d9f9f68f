"""Limits that protect the service: each refusal is a 4xx that names what to change."""

from __future__ import annotations

import pytest

LONG_Q = "nato " * 201  # 1,005 characters


@pytest.mark.parametrize(
    "path, params, status, says",
    [
        ("/search", {"q": LONG_Q}, 400, "q: at most 1,000 characters (got 1,005); shorten"),
        ("/suggest", {"q": LONG_Q}, 400, "q: at most 1,000 characters"),
        ("/quotes", {"q": LONG_Q}, 400, "q: at most 1,000 characters"),
        ("/search", {"per_page": 101}, 400, "per_page: must be 100 or less (got 101)"),
        ("/quotes", {"per_page": 101}, 400, "per_page: must be 100 or less"),
        ("/search", {"per_page": 0}, 422, "per_page: Input should be greater than or equal to 1"),
        ("/search", {"page": 0}, 422, "page: Input should be greater than or equal to 1"),
        ("/search", {"page": "two"}, 422, "page: Input should be a valid integer"),
        ("/search", {"page": 101, "per_page": 100}, 400, "page x per_page must stay within 10,000"),
        ("/search", {"page": 10**12}, 400, "page x per_page must stay within 10,000"),
        ("/quotes", {"page": 1001}, 400, "page x per_page must stay within 10,000"),
        ("/search", {"lang": ["sv"] * 51}, 400, "lang: at most 50 values (got 51)"),
        ("/search", {"outlet": ["TT"] * 51}, 400, "outlet: at most 50 values (got 51)"),
        ("/search", {"speaker": ["X"] * 51}, 400, "speaker: at most 50 values (got 51)"),
        ("/quotes", {"speaker": ["X"] * 51}, 400, "speaker: at most 50 values"),
        ("/search", {"since": "2024-02-01", "until": "2024-01-01"}, 400, "since: 2024-02-01"),
        ("/search", {"since": "yesterday"}, 422, "since: Input should be a valid date"),
        ("/search", {"sort": "random"}, 422, "sort: Input should be 'relevance', 'newest'"),
        ("/search", {"facets": "colour"}, 422, "facets.0: Input should be 'outlet'"),
        ("/search", {"mode": "raw"}, 422, "mode: Input should be 'lenient' or 'strict'"),
        ("/suggest", {"limit": 21}, 422, "limit: Input should be less than or equal to 20"),
        ("/articles/000_e42dea71f96fb87d/similar", {"limit": 51}, 422, "limit: Input should be"),
    ],
)
def test_limits_answer_4xx_naming_the_parameter(api, path, params, status, says):
    response = api().get(path, params=params)
    assert response.status_code == status, response.text
    assert says in response.json()["detail"]


def test_the_limits_follow_the_settings(api):
    client = api(max_query_length=10, max_per_page=5, max_page_window=20, max_filter_values=2)
    assert client.get("/search", params={"q": "x" * 11, "per_page": 5}).status_code == 400
    assert client.get("/search", params={"q": "x" * 10, "per_page": 5}).status_code == 200
    # the default page size (10) is over max_per_page=5: the message says so
    assert "must be 5 or less (got 10)" in client.get("/search").json()["detail"]
    assert "must be 5 or less" in client.get("/search", params={"per_page": 6}).json()["detail"]
    assert client.get("/search", params={"page": 4, "per_page": 5}).status_code == 200
    assert "within 20" in client.get("/search", params={"page": 5, "per_page": 5}).json()["detail"]
    assert client.get("/search", params={"lang": ["sv", "en", "de"], "per_page": 5}).json() == {
        "detail": "lang: at most 2 values (got 3)"
    }


def test_exactly_at_the_limits_is_allowed(api):
    client = api()
    assert client.get("/search", params={"q": "n" * 1000}).status_code == 200
    assert client.get("/search", params={"per_page": 100, "page": 100}).status_code == 200
    assert client.get("/search", params={"lang": ["sv"] * 50}).status_code == 200


def test_facet_values_are_capped(api):
    client = api(max_facet_values=2)
    facets = client.get("/search", params={"facets": ["outlet", "language"]}).json()["facets"]
    assert facets["language"] and all(len(values) <= 2 for values in facets.values())
    uncapped = api().get("/search", params={"facets": "language"}).json()["facets"]
    assert len(uncapped["language"]) > 2  # the cap is what cut the list


def test_a_huge_query_string_is_refused_not_parsed(api):
    response = api().get("/search", params={"q": "x" * 60_000})
    assert response.status_code == 400
    assert "q: at most 1,000 characters (got 60,000)" in response.json()["detail"]
