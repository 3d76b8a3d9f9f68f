"""Random queries and parameter combinations never produce a 5xx; every 4xx has the one
error shape ``{"detail": str}``."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

QUERY_PARTS = st.sampled_from(
    ['"', "(", ")", "-", "!", "*", "+", ":", "OR", "AND", "NOT", " ", "title:", "speaker:",
     "outlet:", "lang:", "foo:", "veto", "Stoltenbreg", "diskussion", "Nato", "nato*", "\x00",
     "\x1f", "\t", "\u200b", "\u202e", "é", "日本", "Россия", "&", "<script>", "%", "\\", "'"]
)  # fmt: skip
QUERIES = st.one_of(
    st.text(max_size=200),
    st.lists(QUERY_PARTS, max_size=40).map("".join),
    st.text(alphabet=st.characters(categories=["P", "S", "Cc"]), max_size=1000),
)
VALUES = st.one_of(
    st.text(max_size=30), st.sampled_from(["sv", "en", "Meduza", "Jens Stoltenberg"])
)
DATES = st.one_of(
    st.dates().map(str),
    st.sampled_from(["2022-01-12", "not-a-date", "", "9999-12-31", "0001-01-01"]),
)
NUMBERS = st.one_of(
    st.integers(-5, 10**6), st.sampled_from(["x", "", "1e3", "99999999999999999999"])
)
SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check(response) -> None:  # noqa: ANN001 - an httpx response
    assert response.status_code < 500, (response.status_code, response.text)
    body = response.json()
    if response.status_code >= 400:
        assert list(body) == ["detail"] and isinstance(body["detail"], str)


@SETTINGS
@given(q=QUERIES, mode=st.sampled_from(["lenient", "strict"]))
def test_any_query_is_answered_without_a_server_error(
    client: TestClient, q: str, mode: str
) -> None:
    for path in ("/search", "/quotes", "/suggest"):
        check(client.get(path, params={"q": q, "mode": mode}))


@SETTINGS
@given(
    params=st.fixed_dictionaries(
        {},
        optional={
            "q": QUERIES,
            "lang": st.lists(VALUES, max_size=3),
            "outlet": st.lists(VALUES, max_size=3),
            "speaker": st.lists(VALUES, max_size=3),
            "since": DATES,
            "until": DATES,
            "sort": st.sampled_from(["relevance", "newest", "oldest", "best", ""]),
            "page": NUMBERS,
            "per_page": NUMBERS,
            "facets": st.lists(
                st.sampled_from(["outlet", "language", "speaker", "published", "x"])
            ),
            "highlight": st.sampled_from(["true", "false", "maybe"]),
            "mode": st.sampled_from(["lenient", "strict", "weird"]),
        },
    )
)
def test_any_parameter_combination_is_answered_without_a_server_error(
    client: TestClient, params: dict
) -> None:
    check(client.get("/search", params=params))


@SETTINGS
@given(article_id=st.text(max_size=80), limit=NUMBERS)
def test_any_article_id_is_answered_without_a_server_error(
    client: TestClient, article_id: str, limit: object
) -> None:
    check(client.get("/articles/" + quote(article_id, safe="")))
    check(client.get("/suggest", params={"q": article_id, "limit": limit}))
