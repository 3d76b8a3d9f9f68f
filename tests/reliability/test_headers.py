"""Security headers: nosniff and a referrer policy everywhere, a CSP on every HTML page."""

from __future__ import annotations

import pytest

from api.security import DEFAULT_HTML_CSP
from tests.reliability.conftest import ADMIN


@pytest.mark.parametrize(
    "method, path", [("GET", "/search?q=nato"), ("GET", "/health"), ("GET", "/nowhere"),
                     ("GET", "/search?per_page=999"), ("POST", "/articles"), ("GET", "/embed.js")]
)  # fmt: skip
def test_every_response_forbids_sniffing_and_referrers(api, method, path):
    response = api().request(method, path)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "referrer-policy" in response.headers
    assert response.headers.get_list("x-content-type-options") == ["nosniff"]  # never twice


def test_the_demo_page_keeps_its_own_csp_that_forbids_inline_script(api):
    response = api().get("/")
    assert response.headers["content-type"].startswith("text/html")
    csp = response.headers.get_list("content-security-policy")
    assert len(csp) == 1
    directives = dict(d.strip().split(" ", 1) for d in csp[0].split(";"))
    assert directives["script-src"] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"]
    assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"  # the widget's
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", ["/docs", "/redoc"])
def test_api_docs_pages_get_a_policy_that_lets_them_run(api, path):
    response = api().get(path)
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert response.headers["x-frame-options"] == "DENY"


def test_json_answers_carry_no_html_policy(api):
    response = api().get("/search?q=nato")
    assert response.headers["content-type"] == "application/json"
    assert "content-security-policy" not in response.headers


def test_other_html_gets_the_default_policy_without_inline_script():
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from api.security import SecurityHeadersMiddleware

    app = Starlette(routes=[Route("/page", lambda request: HTMLResponse("<p>hi</p>"))])
    app.add_middleware(SecurityHeadersMiddleware)
    with TestClient(app) as client:
        response = client.get("/page")
    assert response.headers["content-security-policy"] == DEFAULT_HTML_CSP
    assert "unsafe-inline" not in DEFAULT_HTML_CSP


def test_error_answers_have_the_one_json_shape(api):
    client = api()
    for response in (
        client.post("/articles", json={}),
        client.post("/articles", json={}, headers=ADMIN),
        client.get("/search", params={"per_page": 101}),
        client.get("/articles/nope"),
    ):
        assert response.status_code >= 400
        assert set(response.json()) == {"detail"}
