"""Malformed and hostile requests (issue 13) and typing (issue 19): each answer is the 4xx
that names what to change, or the search the client meant.

* a query string that is not UTF-8 is a 400 naming the parameter, never another question;
* a write body sent as anything but JSON is a 415;
* an unknown language code in a posted article is a 422 naming the field;
* only the read endpoints answer CORS;
* ``PRESSLENS_MAX_PER_PAGE`` above 100 works;
* a link that is not http(s) is never served, even from an index built before the check;
* ``typing=true`` reads the last word as a prefix, never as a typo.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from indexer.articles import ParsedArticle
from indexer.build import index_items, sync_corpus
from indexer.people import PeopleRegistry
from tests.conftest import CORPUS, make_settings

ADMIN_KEY = "admin-key-for-hostile-tests-0123"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
ORIGIN = "https://intranet.example.org"

ENGLISH = "The government presented its budget to parliament on Tuesday."
SWEDISH = "Regeringen presenterade budgeten för riksdagen på tisdagen."
#: What the write tests post (words no read test asks for).
POSTED = {
    "en": "Ferries resumed sailing after the storm.",
    "sv": "Färjorna seglar igen efter stormen.",
}
ARTICLES = {
    "en-government": ("en", ENGLISH),
    "en-governor": ("en", "The Governor of the central bank kept interest rates unchanged."),
    "sv-regeringen": ("sv", SWEDISH),
    "sv-regionen": ("sv", "Regionen bygger ett nytt sjukhus i staden under våren."),
}
MANY = 130  # more than the default page-size limit of 100


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Four typed-word articles, ``MANY`` short numbered ones, and one "old" article whose
    link was indexed before links were checked (written through the core directly)."""
    base = tmp_path_factory.mktemp("hostile-api")
    corpus = base / "corpus"
    corpus.mkdir()
    for article_id, (language, text) in ARTICLES.items():
        (corpus / f"{article_id}.txt").write_text(
            f"---\nlanguage: {language}\n---\n{text}\n", encoding="utf-8"
        )
    for n in range(MANY):
        (corpus / f"bulk-{n:03d}.txt").write_text(
            f"---\nlanguage: en\ntitle: Bulletin {n}\n---\nHarbour bulletin number {n}.\n",
            encoding="utf-8",
        )
    index = base / "index"
    assert not sync_corpus(corpus, index).failed
    old = ParsedArticle(
        id="old-link",
        title="Nato meets Russia",
        body='"There is no veto," Jens Stoltenberg said about the alliance.',
        url="javascript:alert(document.domain)",
        language="en",
    )
    assert not index_items(
        [old], index, registry=PeopleRegistry.load(CORPUS / "people.yaml")
    ).failed
    return index, corpus


@pytest.fixture(scope="module")
def api(workspace: tuple[Path, Path]) -> Iterator[TestClient]:
    index, corpus = workspace
    app = create_app(make_settings(index, corpus, admin_keys=[ADMIN_KEY], cors_origins=[ORIGIN]))
    with TestClient(app) as client:
        yield client


# ------------------------------------------------------------------- UTF-8 (item 9)
@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/search?q=%ff%fe", "q"),
        ("/search?q=veto&lang=%c3", "lang"),
        ("/search?q=veto&speaker=J%e9ns", "speaker"),
        ("/search?q=veto&outlet=%80", "outlet"),
        ("/quotes?q=%ff", "q"),
        ("/suggest?q=st%ff", "q"),
        ("/articles/old-link/similar?limit=%fe", "limit"),
    ],
)
def test_a_parameter_that_is_not_utf8_is_a_400_naming_it(
    api: TestClient, path: str, parameter: str
) -> None:
    response = api.get(path)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"{parameter}: not valid UTF-8;")


@pytest.mark.parametrize(
    ("q", "expected"),
    [("%C3%A5r", "år"), ("regeringen", "regeringen"), ("%D0%BD%D0%B0%D1%82%D0%BE", "нато")],
)
def test_utf8_parameters_in_any_script_are_searched_as_sent(
    api: TestClient, q: str, expected: str
) -> None:
    response = api.get(f"/search?q={q}")
    assert response.status_code == 200 and response.json()["query"] == expected


# ----------------------------------------------------------- Content-Type (item 10)
@pytest.mark.parametrize(
    "content_type",
    [
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
    ],
)
@pytest.mark.parametrize("method", ["POST", "PUT"])
def test_a_body_that_is_not_json_is_a_415(api: TestClient, method: str, content_type: str) -> None:
    path = "/articles" if method == "POST" else "/articles/typed-415"
    response = api.request(
        method,
        path,
        content=b'{"text": "Regeringen svarade."}',
        headers={**ADMIN, "Content-Type": content_type},
    )
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]


def test_a_body_with_the_wrong_content_type_and_no_key_is_still_a_401(api: TestClient) -> None:
    response = api.post("/articles", content=b"text", headers={"Content-Type": "text/plain"})
    assert response.status_code == 401


@pytest.mark.parametrize(
    "content_type",
    ["application/json", "application/json; charset=utf-8", "application/vnd.api+json"],
)
def test_json_in_any_spelling_is_accepted(api: TestClient, content_type: str) -> None:
    response = api.put(
        "/articles/typed-json",
        content=f'{{"text": "{POSTED["sv"]}", "language": "sv"}}'.encode(),
        headers={**ADMIN, "Content-Type": content_type},
    )
    assert response.status_code in (200, 201), response.json()


# ---------------------------------------------------------- language codes (item 11)
@pytest.mark.parametrize("code", ["xx", "english", "qq-XX", "e", "sv_SE_x_y!"])
def test_an_unknown_language_code_in_a_posted_article_is_a_422_naming_the_field(
    api: TestClient, code: str
) -> None:
    response = api.post("/articles", json={"text": ENGLISH, "language": code}, headers=ADMIN)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith("language: ") and "ISO 639-1" in detail


@pytest.mark.parametrize(
    ("code", "text"), [("sv", POSTED["sv"]), ("pt-BR", POSTED["en"]), ("en", POSTED["en"])]
)
def test_a_known_language_code_is_accepted(api: TestClient, code: str, text: str) -> None:
    body = {"id": f"lang-{code}", "text": text, "language": code}
    assert api.put(f"/articles/lang-{code}", json=body, headers=ADMIN).status_code in (200, 201)


# ----------------------------------------------------------------------- CORS (item 12)
@pytest.mark.parametrize(
    "path", ["/metrics", "/health", "/ready", "/openapi.json", "/docs", "/embed.v0.js"]
)
def test_endpoints_that_are_not_reads_answer_no_cors(api: TestClient, path: str) -> None:
    response = api.get(path, headers={"Origin": ORIGIN})
    assert "access-control-allow-origin" not in response.headers
    preflight = api.options(
        path, headers={"Origin": ORIGIN, "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_writes_answer_no_cors(api: TestClient) -> None:
    for headers in ({"Origin": ORIGIN}, {"Origin": ORIGIN, **ADMIN}):
        response = api.post("/articles", json={"text": "", "title": "x"}, headers=headers)
        assert response.status_code in (401, 422)
        assert "access-control-allow-origin" not in response.headers


@pytest.mark.parametrize(
    "path",
    ["/search?q=veto", "/suggest?q=reg", "/quotes?q=veto", "/speakers", "/articles/old-link"],
)
def test_the_read_endpoints_answer_cors_for_the_configured_origin(
    api: TestClient, path: str
) -> None:
    response = api.get(path, headers={"Origin": ORIGIN})
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == ORIGIN
    other = api.get(path, headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in other.headers


# -------------------------------------------------------------- page size (item 13)
def test_a_page_size_limit_above_100_works(workspace: tuple[Path, Path]) -> None:
    index, corpus = workspace
    with TestClient(create_app(make_settings(index, corpus, max_per_page=150))) as client:
        body = client.get("/search", params={"q": "bulletin", "per_page": 120}).json()
        assert body["total"] == MANY and len(body["hits"]) == 120 and body["per_page"] == 120
        every = client.get("/search", params={"q": "", "per_page": 150}).json()
        assert every["total"] > 100 and len(every["hits"]) == min(every["total"], 150)
        assert client.get("/quotes", params={"per_page": 150}).status_code == 200
        over = client.get("/search", params={"q": "bulletin", "per_page": 151})
        assert over.status_code == 400 and over.json()["detail"].startswith("per_page:")


def test_the_default_page_size_limit_is_100(api: TestClient) -> None:
    assert len(api.get("/search", params={"q": "bulletin", "per_page": 100}).json()["hits"]) == 100
    over = api.get("/search", params={"q": "bulletin", "per_page": 101})
    assert over.status_code == 400 and "100" in over.json()["detail"]


# ------------------------------------------------------- links from old indexes (item 5)
def test_a_link_indexed_before_the_check_is_never_served(api: TestClient) -> None:
    (hit,) = api.get("/search", params={"q": "stoltenberg veto"}).json()["hits"]
    assert hit["id"] == "old-link" and hit["url"] == ""
    assert api.get("/articles/old-link").json()["url"] == ""
    quotes = api.get("/quotes", params={"q": "veto"}).json()["hits"]
    assert quotes and all(q["url"] == "" for q in quotes)
    similar = api.get("/articles/en-government/similar").json()["similar"]
    assert all(not h["url"].lower().startswith("javascript") for h in similar)


# ------------------------------------------------------------------ typing (issue 19.5)
@pytest.mark.parametrize(
    ("typed", "expected"),
    [("governm", {"en-government"}), ("regeringe", {"sv-regeringen"})],
)
def test_while_typing_the_last_word_is_a_prefix_not_a_typo(
    api: TestClient, typed: str, expected: set[str]
) -> None:
    body = api.get("/search", params={"q": typed, "typing": "true"}).json()
    assert body["did_you_mean"] is None
    assert {h["id"] for h in body["hits"]} == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("budget governm", {"en-government"}), ("budgeten regeringe", {"sv-regeringen"})],
)
def test_while_typing_earlier_words_are_words_and_the_last_a_prefix(
    api: TestClient, typed: str, expected: set[str]
) -> None:
    body = api.get("/search", params={"q": typed, "typing": "true"}).json()
    assert body["did_you_mean"] is None
    assert {h["id"] for h in body["hits"]} == expected


def test_a_finished_word_while_typing_is_a_word(api: TestClient) -> None:
    body = api.get("/search", params={"q": "regionen ", "typing": "true"}).json()
    assert {h["id"] for h in body["hits"]} == {"sv-regionen"}


@pytest.mark.parametrize(
    ("typed", "corrected", "expected"),
    [("Stoltenbreg", "Stoltenberg", {"old-link"}), ("regeringn", "regeringen", {"sv-regeringen"})],
)
def test_while_typing_a_word_nothing_starts_with_is_corrected_as_usual(
    api: TestClient, typed: str, corrected: str, expected: set[str]
) -> None:
    body = api.get("/search", params={"q": typed, "typing": "true"}).json()
    assert body["did_you_mean"] == corrected
    assert {h["id"] for h in body["hits"]} == expected
