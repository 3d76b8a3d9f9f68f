"""API keys: writes need an admin key, reads need a read key only when one is configured."""

from __future__ import annotations

import logging

import pytest
from pydantic import SecretStr

from api import security
from config import Settings
from tests.reliability.conftest import ADMIN, ADMIN_KEY, READ_KEY, READER

ARTICLE = {"text": "Pelikanerna flög över Visby i gryningen.", "title": "Pelikaner"}
READ_ENDPOINTS = [
    "/search?q=nato",
    "/suggest?q=na",
    "/articles/000_e42dea71f96fb87d",
    "/articles/000_e42dea71f96fb87d/similar",
    "/quotes",
    "/speakers",
]
OPEN_ENDPOINTS = ["/health", "/ready", "/embed.js", "/", "/openapi.json"]


def test_write_without_key_is_401_with_bearer_challenge(api):
    response = api().post("/articles", json=ARTICLE)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in response.json()["detail"]


@pytest.mark.parametrize(
    "header",
    ["Bearer wrong-key", f"Bearer {ADMIN_KEY}x", f"Bearer {ADMIN_KEY[:-1]}", f"Bearer {READ_KEY}"],
)
def test_write_with_wrong_key_is_403(api, header):
    client = api(read_keys=[READ_KEY])
    response = client.post("/articles", json=ARTICLE, headers={"Authorization": header})
    assert response.status_code == 403
    assert response.json() == {"detail": "This API key may not write articles."}


@pytest.mark.parametrize("header", ["Basic YWRtaW46YWRtaW4=", "Bearer", "Bearer ", ADMIN_KEY])
def test_write_with_malformed_authorization_is_401(api, header):
    response = api().post("/articles", json=ARTICLE, headers={"Authorization": header})
    assert response.status_code == 401


def test_any_configured_admin_key_writes(api):
    client = api(admin_keys=["first-key", ADMIN_KEY])
    for key, title in (("first-key", "One"), (ADMIN_KEY, "Two")):
        response = client.post(
            "/articles",
            json={**ARTICLE, "title": title},
            headers={"Authorization": f"Bearer {key}"},
        )
        assert response.status_code == 201, response.text


def test_writes_are_disabled_without_admin_keys(api):
    response = api(admin_keys=[]).post("/articles", json=ARTICLE, headers=ADMIN)
    assert response.status_code == 403
    assert "PRESSLENS_ADMIN_KEYS" in response.json()["detail"]


@pytest.mark.parametrize("path", READ_ENDPOINTS)
def test_reads_are_open_by_default(api, path):
    assert api().get(path).status_code == 200


@pytest.mark.parametrize("path", READ_ENDPOINTS)
def test_reads_need_a_read_or_admin_key_when_read_keys_are_set(api, path):
    client = api(read_keys=[READ_KEY])
    missing = client.get(path)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert client.get(path, headers={"Authorization": "Bearer nope"}).status_code == 403
    assert client.get(path, headers=READER).status_code == 200
    assert client.get(path, headers=ADMIN).status_code == 200


@pytest.mark.parametrize("path", OPEN_ENDPOINTS)
def test_operational_endpoints_stay_open_when_read_keys_are_set(api, path):
    assert api(read_keys=[READ_KEY]).get(path).status_code == 200


def test_a_read_key_cannot_write(api):
    client = api(read_keys=[READ_KEY])
    assert client.post("/articles", json=ARTICLE, headers=READER).status_code == 403
    assert client.delete("/articles/000_e42dea71f96fb87d", headers=READER).status_code == 403


def test_keys_come_from_the_environment_as_a_comma_separated_list(monkeypatch):
    monkeypatch.setenv("PRESSLENS_ADMIN_KEYS", "alpha, beta")
    monkeypatch.setenv("PRESSLENS_READ_KEYS", '["gamma"]')
    settings = Settings(_env_file=None)
    assert [k.get_secret_value() for k in settings.admin_keys] == ["alpha", "beta"]
    assert [k.get_secret_value() for k in settings.read_keys] == ["gamma"]
    assert "alpha" not in repr(settings) and "gamma" not in repr(settings)


def test_every_configured_key_is_compared_even_after_a_match(monkeypatch):
    calls: list[bytes] = []
    real = security.secrets.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        calls.append(b)
        return real(a, b)

    monkeypatch.setattr(security.secrets, "compare_digest", counting)
    keys = [SecretStr("k1"), SecretStr("k2"), SecretStr("k3")]
    assert security.key_matches("k1", keys)
    assert len(calls) == 3
    assert not security.key_matches("k4", keys)
    assert security.key_matches("ключ", [SecretStr("ключ")])  # non-ASCII keys compare as bytes


def test_keys_never_reach_the_logs_or_the_answers(api, caplog):
    caplog.set_level(logging.DEBUG)
    client = api(read_keys=[READ_KEY])
    answers = [
        client.post("/articles", json=ARTICLE, headers=ADMIN),
        client.post("/articles", json=ARTICLE, headers={"Authorization": "Bearer guessed-key"}),
        client.get("/search?q=nato", headers=READER),
        client.get("/search?q=nato", headers={"Authorization": "Bearer guessed-key"}),
    ]
    for secret in (ADMIN_KEY, READ_KEY, "guessed-key"):
        assert secret not in caplog.text
        assert all(secret not in r.text for r in answers)


def test_openapi_declares_the_bearer_scheme(api):
    schema = api().get("/openapi.json").json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    assert {"HTTPBearer": []} in schema["paths"]["/articles"]["post"]["security"]
