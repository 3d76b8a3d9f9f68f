"""``/search?translate=true`` and ``/quotes?translate=true`` over the shipped corpus with the
installed Debian lexicons: the coverage in the other languages, why each hit matched, the
translated words marked in the snippets, and what to install when there are no lexicons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from tests.conftest import EN_BNE, EN_DE, SV, make_settings
from tests.search.test_crosslang import compiled_lexicons


@pytest.fixture(scope="module")
def translating(
    shipped_index_path: Path, shipped_corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[TestClient]:
    """An API over a copy of the shipped index whose lexicons directory is the real one."""
    import shutil

    root = tmp_path_factory.mktemp("translating") / "index"
    shutil.copytree(shipped_index_path, root)
    (root / "lexicons").symlink_to(compiled_lexicons(), target_is_directory=True)
    with TestClient(create_app(make_settings(root, shipped_corpus))) as client:
        assert client.app.state.index.get().translation_ready(30)  # type: ignore[attr-defined]
        yield client


def get(client: TestClient, path: str, **params: object) -> dict:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("q", "found", "language", "word", "marked"),
    [
        ("förhandlingar", {EN_BNE, EN_DE}, "en", "förhandlingar", "negotiations"),
        ("discussions", {SV}, "sv", "discussions", "diskussioner"),
    ],
)
def test_translate_finds_the_other_languages_and_says_why(
    translating: TestClient, q: str, found: set, language: str, word: str, marked: str
) -> None:
    assert not found & {h["id"] for h in get(translating, "/search", q=q)["hits"]}
    body = get(translating, "/search", q=q, translate="true")
    hits = {h["id"]: h for h in body["hits"]}
    assert found <= set(hits)
    hit = next(h for h in body["hits"] if h["id"] in found)
    assert hit["language"] == language
    assert hit["translated"] == [{"word": word, "matched": hit["translated"][0]["matched"]}]
    assert marked in hit["translated"][0]["matched"]
    assert f"<mark>{marked}</mark>" in " ".join(hit["snippets"]).lower()


def test_the_response_says_which_language_and_which_translations(translating: TestClient) -> None:
    body = get(translating, "/search", q="Gespräche", translate="true")
    translation = body["translation"]
    assert translation["source"] == "de" and sorted(translation["languages"]) == ["en", "sv"]
    assert translation["note"] is None
    english = next(w for w in translation["words"] if w["language"] == "en")
    assert english["word"] == "Gespräche" and "talk" in english["translations"]
    assert {"word", "language", "how", "via", "translations"} == set(english)
    assert {h["language"] for h in body["hits"]} == {"en", "sv"}


def test_quotes_translate_too(translating: TestClient) -> None:
    body = get(translating, "/quotes", q="medlemskap", translate="true")
    assert body["translation"]["source"] == "sv"
    assert body["total"] >= get(translating, "/quotes", q="medlemskap")["total"]


def test_without_lexicons_the_answer_says_what_to_install(client: TestClient) -> None:
    body = get(client, "/search", q="discussions", translate="true")
    note = body["translation"]["note"]
    assert "dict-de-en" in note and "presslens lexicons" in note
    assert body["total"] == get(client, "/search", q="discussions")["total"]


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_translate_must_be_a_boolean(client: TestClient, value: str) -> None:
    response = client.get("/search", params={"q": "veto", "translate": value})
    assert response.status_code in (400, 422) and "translate" in response.text


@pytest.mark.parametrize("path", ["/search", "/quotes"])
def test_the_parameter_and_the_fields_are_documented(client: TestClient, path: str) -> None:
    schema = client.get("/openapi.json").json()
    parameters = {p["name"]: p for p in schema["paths"][path]["get"]["parameters"]}
    assert "installed lexicons" in parameters["translate"]["description"]
    assert parameters["translate"]["schema"]["default"] is False
    components = schema["components"]["schemas"]
    assert "languages" in components["TranslationOut"]["properties"]
    assert "translated" in components["SearchHit"]["properties"]
