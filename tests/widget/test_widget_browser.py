"""The embeddable widget in a real browser against the real API.

Debian's Chromium (Playwright sync API) loads the demo page served by ``uvicorn api.main:app``
and host pages on a second loopback origin; the index is built from the shipped corpus plus
an injection article (see conftest). Playwright's CSS selectors pierce the widget's open
shadow root, so ``presslens-search li.hit`` finds the result items inside it.
"""

from __future__ import annotations

import contextlib
import json
import re
import urllib.error
import urllib.request
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.widget.conftest import (
    ARTIFACTS_DIR,
    AXE_JS,
    INJECTION_ID,
    INJECTION_IMG,
    INJECTION_MARKER,
    ApiServer,
    HostServer,
    PageErrors,
    skip_or_fail,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page, Route

pytestmark = [pytest.mark.browser, pytest.mark.server]

#: A query that matches every article of the shipped corpus (5 articles, 1 Swedish).
QUERY_ALL = "Nato"
#: Typed into the keyboard test: prefix of a speaker and a term (Stoltenberg).
SUGGEST_PREFIX = "stol"
EMBED = '<script src="{api}/embed.js" defer></script>\n<presslens-search{attrs}></presslens-search>'


# --- helpers ---------------------------------------------------------------------------------


def host_page(
    host: HostServer, name: str, api: ApiServer, attrs: str = "", lang: str = "en"
) -> str:
    """A page on the host origin that embeds the widget from ``api`` with the two lines."""
    return host.page(name, EMBED.format(api=api.base_url, attrs=attrs), lang=lang)


def widget_root(page: Page) -> Locator:
    """The widget's top ``div`` inside its shadow root (carries data-state/data-searches)."""
    return page.locator("presslens-search .root")


def searches_done(page: Page) -> int:
    """How many searches the widget has finished so far."""
    value = widget_root(page).get_attribute("data-searches")
    return int(value or 0)


def wait_for_search(page: Page, after: int, query: str | None = None) -> str:
    """Wait until a search newer than ``after`` (and, if given, for ``query``) has settled.

    Returns the widget's state then: ``done``, ``error`` or ``idle``. With ``query``, a search
    for a prefix that settled while the test was still typing does not count.
    """
    page.wait_for_function(
        """([after, query]) => {
            const root = document.querySelector('presslens-search')?.shadowRoot
                ?.querySelector('.root');
            const q = new URLSearchParams(location.search).get('pl_q');
            return root && Number(root.dataset.searches || 0) > after
                && root.dataset.state !== 'loading' && (query === null || q === query);
        }""",
        arg=[after, query],
    )
    return widget_root(page).get_attribute("data-state") or ""


def open_widget(page: Page, url: str) -> None:
    """Load a page and wait until the widget has rendered its first state."""
    page.goto(url)
    wait_for_search(page, 0)


def type_query(page: Page, text: str) -> str:
    """Replace the query by typing it as a user would; wait for the debounced search."""
    before = searches_done(page)
    box = page.locator("presslens-search input[type=search]")
    box.fill("")
    box.press_sequentially(text, delay=20)
    return wait_for_search(page, before, text)


def hit_ids(page: Page) -> list[str]:
    """The ids of the result items shown, in order."""
    return page.locator("presslens-search li.hit").evaluate_all("els => els.map(e => e.dataset.id)")


def status_text(page: Page) -> str:
    """The live region's text ("5 results in 2.1 ms")."""
    return page.locator("presslens-search [role=status]").inner_text()


def total_from_status(page: Page) -> int:
    """The total number of results announced by the status line."""
    match = re.match(r"(\d+)", status_text(page).replace(",", "").replace("\u00a0", ""))
    assert match, status_text(page)
    return int(match.group(1))


def facet_counts(page: Page, facet: str) -> dict[str, tuple[int, bool]]:
    """value -> (count, checked) of one facet panel, as displayed."""
    rows = page.locator(f"presslens-search fieldset[data-facet={facet}] label").evaluate_all(
        """els => els.map(l => [l.querySelector('input').dataset.facetKey.split('\\u0000')[1],
                                 Number(l.querySelector('.count').textContent),
                                 l.querySelector('input').checked])"""
    )
    return {value: (count, checked) for value, count, checked in rows}


def url_params(page: Page) -> dict[str, list[str]]:
    """The page URL's query parameters."""
    return parse_qs(urlsplit(page.url).query)


def assert_clean(page: Page, errors: PageErrors) -> None:
    """No uncaught script error and no CSP violation happened on the page."""
    assert errors.errors == []
    assert page.evaluate("window.__cspViolations") == []


# --- the demo page (same origin) -----------------------------------------------------------


def test_demo_page_search_shows_highlighted_results(
    page: Page, page_errors: PageErrors, api_server: ApiServer
) -> None:
    """Typing in the demo page's widget shows highlighted results under the strict CSP."""
    open_widget(page, f"{api_server.base_url}/")
    assert "Type to search" in status_text(page)
    assert type_query(page, "Stoltenberg") == "done"
    ids = hit_ids(page)
    assert ids, "no results for Stoltenberg"
    assert re.match(r"\d+ results? in [\d.]+ ms", status_text(page))
    marks = page.locator("presslens-search li.hit mark")
    assert marks.count() >= 1
    assert "stoltenberg" in marks.first.inner_text().lower()
    hit = page.locator("presslens-search li.hit").first
    assert hit.locator("h3").inner_text().strip()
    assert hit.locator(".meta").first.inner_text().strip()  # outlet · date · language
    assert url_params(page)["pl_q"] == ["Stoltenberg"]
    page.keyboard.press("Enter")  # commit: closes the suggestions for the screenshot
    page.locator("presslens-search [role=listbox]").wait_for(state="hidden")
    assert_clean(page, page_errors)
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS_DIR / "demo.png"), full_page=True)


def test_injection_article_shows_literally_and_runs_nothing(
    page: Page, page_errors: PageErrors, api_server: ApiServer
) -> None:
    """An article containing <script> and <img onerror> renders as text and runs no script."""
    open_widget(page, f"{api_server.base_url}/")
    assert type_query(page, INJECTION_MARKER) == "done"
    assert hit_ids(page) == [INJECTION_ID]
    text = page.locator("presslens-search li.hit").first.inner_text()
    assert "<script>window.__pwned=1</script>" in text
    assert INJECTION_IMG in text
    assert page.locator("presslens-search li.hit mark").count() >= 1
    shadow_elements = page.evaluate(
        """() => [...document.querySelector('presslens-search').shadowRoot
                    .querySelectorAll('.results *')].map(e => e.tagName.toLowerCase())"""
    )
    assert not {"script", "img", "iframe", "svg"} & set(shadow_elements)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert_clean(page, page_errors)


def test_stale_responses_are_discarded(
    page: Page, page_errors: PageErrors, api_server: ApiServer
) -> None:
    """A slow response to an older query never replaces the newer query's results."""
    held: list[Route] = []

    def hold_first_query(route: Route) -> None:
        if f"q={INJECTION_MARKER}" in route.request.url and not held:
            held.append(route)  # answered only after the newer search has rendered
        else:
            route.continue_()

    page.route("**/search?*", hold_first_query)
    open_widget(page, f"{api_server.base_url}/")
    box = page.locator("presslens-search input[type=search]")
    box.press_sequentially(INJECTION_MARKER, delay=5)
    page.wait_for_timeout(400)
    assert held, "the first search was not sent"
    assert type_query(page, "Stoltenberg") == "done"
    newer = hit_ids(page)
    assert newer and INJECTION_ID not in newer
    with contextlib.suppress(Exception):  # the widget may already have aborted it
        held[0].continue_()
    page.wait_for_timeout(300)
    assert hit_ids(page) == newer
    assert box.input_value() == "Stoltenberg"
    page.unroute("**/search?*")
    assert_clean(page, page_errors)


def test_date_range_and_sort_are_in_the_url(
    page: Page, page_errors: PageErrors, api_server: ApiServer
) -> None:
    """The since/until inputs and the sort select filter, and land in the URL."""
    open_widget(page, f"{api_server.base_url}/")
    assert type_query(page, INJECTION_MARKER) == "done"
    assert hit_ids(page) == [INJECTION_ID]
    since = page.locator("presslens-search input[type=date]").first
    before = searches_done(page)
    since.fill("2022-02-02")  # the day after the injection article
    assert wait_for_search(page, before) == "done"
    assert hit_ids(page) == []
    assert "No results" in page.locator("presslens-search .notices").inner_text()
    assert url_params(page)["pl_since"] == ["2022-02-02"]
    before = searches_done(page)
    page.locator("presslens-search select").select_option("newest")
    assert wait_for_search(page, before) == "done"
    assert url_params(page)["pl_sort"] == ["newest"]
    before = searches_done(page)
    page.locator("presslens-search button", has_text="Clear filters").click()
    assert wait_for_search(page, before) == "done"
    assert hit_ids(page) == [INJECTION_ID]
    assert "pl_since" not in url_params(page)
    assert_clean(page, page_errors)


def test_spelling_correction_no_results_and_fallback(
    page: Page, page_errors: PageErrors, api_server: ApiServer
) -> None:
    """did_you_mean is shown and clickable; an empty result and the any-word fallback say so."""
    open_widget(page, f"{api_server.base_url}/")
    notices = page.locator("presslens-search .notices")

    assert type_query(page, "Stoltenbreg") == "done"
    assert hit_ids(page)
    assert "Showing results for Stoltenberg" in notices.inner_text()
    before = searches_done(page)
    notices.locator("button", has_text="Stoltenberg").click()
    assert wait_for_search(page, before) == "done"
    assert page.locator("presslens-search input[type=search]").input_value() == "Stoltenberg"
    assert url_params(page)["pl_q"] == ["Stoltenberg"]
    assert notices.inner_text().strip() == ""

    assert type_query(page, "xyzzyq") == "done"
    assert hit_ids(page) == []
    assert "No results for “xyzzyq”" in notices.inner_text()

    assert type_query(page, f"{INJECTION_MARKER} xyzzyq") == "done"
    assert hit_ids(page) == [INJECTION_ID]
    assert "any of them" in notices.inner_text()
    assert_clean(page, page_errors)


def test_while_typing_a_prefix_is_a_prefix_not_a_correction(
    page: Page, page_errors: PageErrors, api_server: ApiServer
) -> None:
    """Keystroke searches send typing=true: "negotia" finds "negotiations" without a
    "Showing results for" notice (without typing the API would read it as "negotiate")."""
    sent: list[str] = []
    page.on(
        "request", lambda request: sent.append(request.url) if "/search?" in request.url else None
    )
    open_widget(page, f"{api_server.base_url}/")
    assert type_query(page, "negotia") == "done"
    assert hit_ids(page)
    assert "Showing results for" not in page.locator("presslens-search .notices").inner_text()
    last = parse_qs(urlsplit(sent[-1]).query)
    assert last["q"] == ["negotia"] and last["typing"] == ["true"]
    assert_clean(page, page_errors)


def test_keyboard_only_flow(page: Page, page_errors: PageErrors, api_server: ApiServer) -> None:
    """Tab to the input, type, ArrowDown into suggestions, Enter picks, Escape closes."""
    open_widget(page, f"{api_server.base_url}/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => document.activeElement.shadowRoot?.activeElement?.getAttribute('role')"
    )
    assert focused == "combobox"
    outline = page.evaluate(
        "() => getComputedStyle(document.activeElement.shadowRoot.activeElement).outlineStyle"
    )
    assert outline != "none", "keyboard focus must be visible"

    box = page.locator("presslens-search input[type=search]")
    listbox = page.locator("presslens-search [role=listbox]")
    page.keyboard.type(SUGGEST_PREFIX, delay=30)
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    page.keyboard.press("ArrowDown")
    active = page.locator("presslens-search [role=option][aria-selected=true]")
    assert active.count() == 1
    assert box.get_attribute("aria-activedescendant") == active.get_attribute("id")
    picked = active.locator("span").first.inner_text()
    assert SUGGEST_PREFIX in picked.lower()

    before = searches_done(page)
    page.keyboard.press("Enter")
    assert wait_for_search(page, before, picked) == "done"
    assert box.input_value() == picked
    assert listbox.is_hidden()
    assert hit_ids(page), f"no results after picking {picked!r}"
    assert url_params(page)["pl_q"] == [picked]

    page.keyboard.press("Backspace")  # edits the query: suggestions come back
    listbox.wait_for(state="visible")
    page.keyboard.press("Escape")
    listbox.wait_for(state="hidden")
    assert box.get_attribute("aria-expanded") == "false"

    page.keyboard.press("Tab")
    assert (
        page.evaluate("() => document.activeElement.shadowRoot?.activeElement?.textContent")
        == "Search"
    )
    assert_clean(page, page_errors)


def test_demo_page_has_no_serious_accessibility_violations(
    browser: Browser, api_server: ApiServer
) -> None:
    """axe-core (from npm) finds no serious or critical WCAG 2.1 A/AA violation after a search."""
    if not AXE_JS.exists():
        skip_or_fail(f"axe-core not found at {AXE_JS}: run .ci/install-browser.sh")
    # The demo's CSP forbids injected inline script; axe is test tooling, so bypass it here.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1200, "height": 900})
    try:
        page = context.new_page()
        open_widget(page, f"{api_server.base_url}/")
        assert type_query(page, QUERY_ALL) == "done"
        page.locator("presslens-search input[type=search]").focus()
        page.add_script_tag(path=str(AXE_JS))
        result: dict[str, Any] = page.evaluate(
            """async () => await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            })"""
        )
        serious = [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], json.dumps(serious, indent=1)
        assert result["passes"], "axe ran no check at all"
    finally:
        context.close()


# --- a host page on another origin (CORS) ----------------------------------------------------


def test_host_page_facets_paging_url_state_and_back(
    page: Page, page_errors: PageErrors, api_server: ApiServer, host_server: HostServer
) -> None:
    """Cross-origin embed: search, page, tick an outlet (disjunctive), reload, Back."""
    url = host_page(host_server, "allowed.html", api_server, attrs=' per-page="2"')
    open_widget(page, url)
    assert type_query(page, QUERY_ALL) == "done"
    total = total_from_status(page)
    assert total >= 3
    first_page = hit_ids(page)
    assert len(first_page) == 2

    # Paging.
    before = searches_done(page)
    page.locator("presslens-search nav button", has_text="Next").click()
    assert wait_for_search(page, before) == "done"
    second_page = hit_ids(page)
    assert second_page and not set(second_page) & set(first_page)
    assert url_params(page)["pl_page"] == ["2"]
    assert "Page 2 of" in page.locator("presslens-search nav").inner_text()

    # Tick one outlet: results narrow, the other outlets stay listed with their counts.
    outlets = facet_counts(page, "outlet")
    assert len(outlets) >= 2, outlets
    chosen, (chosen_count, _) = min(outlets.items(), key=lambda kv: kv[1][0])
    before = searches_done(page)
    page.locator("presslens-search fieldset[data-facet=outlet] label", has_text=chosen).click()
    assert wait_for_search(page, before) == "done"
    assert total_from_status(page) == chosen_count < total
    after = facet_counts(page, "outlet")
    assert after[chosen] == (chosen_count, True)
    assert {value: count for value, (count, _) in after.items()} == {
        value: count for value, (count, _) in outlets.items()
    }, "disjunctive facet: other outlets keep their counts"
    params = url_params(page)
    assert params["pl_outlet"] == [chosen] and params["pl_q"] == [QUERY_ALL]
    assert "pl_page" not in params
    narrowed = hit_ids(page)

    # Reload restores the state from the URL.
    before_reload_url = page.url
    page.reload()
    assert wait_for_search(page, 0) == "done"
    assert page.url == before_reload_url
    assert page.locator("presslens-search input[type=search]").input_value() == QUERY_ALL
    assert hit_ids(page) == narrowed
    assert facet_counts(page, "outlet")[chosen] == (chosen_count, True)

    # Back restores the previous search (page 2, no outlet filter).
    before = searches_done(page)
    page.go_back()
    assert wait_for_search(page, before) == "done"
    assert url_params(page).get("pl_outlet") is None
    assert hit_ids(page) == second_page
    assert not any(checked for _, checked in facet_counts(page, "outlet").values())
    assert_clean(page, page_errors)


def test_shadow_dom_isolation_and_theming(
    page: Page, page_errors: PageErrors, api_server: ApiServer, host_server: HostServer
) -> None:
    """Hostile host CSS does not reach inside; --presslens-* properties theme the widget."""
    hostile = (
        "<style>\n"
        "button, input, li, mark { display: none !important; color: lime !important; }\n"
        "* { font-family: monospace !important; }\n"
        "presslens-search { --presslens-accent: rgb(122, 31, 92);"
        " --presslens-mark-bg: rgb(253, 226, 243); --presslens-radius: 2px; }\n"
        "presslens-search::part(hit) { border-bottom-color: rgb(1, 2, 3); }\n"
        "</style>\n"
        '<p class="status hit">host paragraph</p>\n'
    )
    url = host_server.page("themed.html", hostile + EMBED.format(api=api_server.base_url, attrs=""))
    open_widget(page, url)
    assert type_query(page, "Stoltenberg") == "done"
    button = page.locator("presslens-search button[type=submit]")
    assert button.is_visible()
    style = button.evaluate(
        "b => { const s = getComputedStyle(b);"
        " return [s.backgroundColor, s.borderTopLeftRadius, s.fontFamily]; }"
    )
    assert style[0] == "rgb(122, 31, 92)" and style[1] == "2px"
    assert "monospace" not in style[2]
    mark = page.locator("presslens-search li.hit mark").first
    assert mark.is_visible()
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == "rgb(253, 226, 243)"
    hit = page.locator("presslens-search li.hit").first
    assert hit.evaluate("h => getComputedStyle(h).borderBottomColor") == "rgb(1, 2, 3)"
    host_p = page.locator("p.status.hit", has_text="host paragraph")
    assert host_p.evaluate("p => getComputedStyle(p).borderBottomStyle") == "none"
    assert_clean(page, page_errors)


def test_host_page_refused_without_cors_shows_error(
    page: Page, api_server_no_cors: ApiServer, host_server: HostServer
) -> None:
    """An origin that the API does not allow gets a visible error state, not a silent void."""
    url = host_page(host_server, "refused.html", api_server_no_cors)
    open_widget(page, url)
    assert type_query(page, QUERY_ALL) == "error"
    alert = page.locator("presslens-search [role=alert]")
    assert alert.is_visible()
    assert "could not be reached" in alert.inner_text()
    assert alert.locator("button", has_text="Try again").is_visible()
    assert hit_ids(page) == []


def test_swedish_interface(
    page: Page, page_errors: PageErrors, api_server: ApiServer, host_server: HostServer
) -> None:
    """``lang="sv"`` switches every interface string to Swedish."""
    url = host_page(host_server, "sv.html", api_server, attrs=' lang="sv" per-page="2"', lang="sv")
    open_widget(page, url)
    box = page.locator("presslens-search input[type=search]")
    assert box.get_attribute("placeholder") == "Sök nyheter…"
    assert "Skriv för att söka" in status_text(page)
    assert type_query(page, QUERY_ALL) == "done"
    assert re.match(r"\d+ träffar på [\d,]+ ms", status_text(page))
    widget_text = page.locator("presslens-search .root").inner_text()
    for word in ("Sök", "Källa", "Språk", "Sortera efter", "Relevans", "Nästa", "Från", "Till"):
        assert word in widget_text, word
    assert "Search" not in widget_text and "Next" not in widget_text
    assert_clean(page, page_errors)


def test_query_and_facets_attributes(
    page: Page, page_errors: PageErrors, api_server: ApiServer, host_server: HostServer
) -> None:
    """``query`` searches on load (without touching the URL); ``facets`` picks the panels."""
    attrs = ' query="Stoltenberg" facets="speaker, language"'
    url = host_page(host_server, "attrs.html", api_server, attrs=attrs)
    open_widget(page, url)
    assert widget_root(page).get_attribute("data-state") == "done"
    assert hit_ids(page)
    assert page.locator("presslens-search input[type=search]").input_value() == "Stoltenberg"
    panels = page.locator("presslens-search fieldset[data-facet]").evaluate_all(
        "els => els.map(e => e.dataset.facet)"
    )
    assert panels == ["speaker", "language"]
    assert page.url == url, "an initial query must not rewrite the host page's URL"
    assert_clean(page, page_errors)


def test_cors_exposes_only_get_to_the_allowed_origin(
    api_server: ApiServer, api_server_no_cors: ApiServer, host_server: HostServer
) -> None:
    """CORS headers: the configured origin may GET /search; others and other methods may not."""

    def request(
        server: ApiServer,
        origin: str,
        method: str = "GET",
        path: str = "/search?q=x",
        headers: dict[str, str] | None = None,
    ) -> tuple[int, dict[str, str]]:
        req = urllib.request.Request(
            f"{server.base_url}{path}", method=method, headers={"Origin": origin, **(headers or {})}
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, {k.lower(): v for k, v in resp.headers.items()}
        except urllib.error.HTTPError as err:
            with err:
                return err.code, {k.lower(): v for k, v in err.headers.items()}

    status, headers = request(api_server, host_server.origin)
    assert status == 200, api_server.log()
    assert headers.get("access-control-allow-origin") == host_server.origin
    assert "access-control-allow-credentials" not in headers

    status, headers = request(api_server, "http://127.0.0.1:9")
    assert status == 200, api_server.log()
    assert "access-control-allow-origin" not in headers

    status, headers = request(api_server_no_cors, host_server.origin)
    assert status == 200, api_server_no_cors.log()
    assert "access-control-allow-origin" not in headers

    preflight = {"Access-Control-Request-Method": "DELETE"}
    status, headers = request(api_server, host_server.origin, "OPTIONS", "/search", preflight)
    assert "DELETE" not in headers.get("access-control-allow-methods", "")
