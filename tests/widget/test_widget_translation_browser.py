"""The widget's "also in other languages" control in Chromium, against a real uvicorn whose
index has the installed Debian lexicons (and one that has none): ticked by default, the
coverage in the other languages with why each article matched, unticked in the page URL,
hidden when the API cannot translate, and accessible."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.conftest import EN_BNE, EN_DE, SV
from tests.search.test_crosslang import compiled_lexicons
from tests.widget.conftest import (
    AXE_JS,
    ApiServer,
    HostServer,
    skip_or_fail,
    start_api_server,
    stop_server,
    wait_until_ready,
)
from tests.widget.test_widget_browser import (
    assert_clean,
    hit_ids,
    open_widget,
    searches_done,
    type_query,
    url_params,
    wait_for_search,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

    from tests.widget.conftest import PageErrors

pytestmark = [pytest.mark.browser, pytest.mark.server]


@pytest.fixture(scope="module")
def translating_server(
    widget_index: Path, widget_corpus: Path, host_server: HostServer
) -> Iterator[ApiServer]:
    """A uvicorn over a copy of the widget index with the German/English/Swedish lexicons
    (the host pages' origin allowed)."""
    root = widget_index.parent / "index-with-lexicons"
    if not root.exists():
        shutil.copytree(widget_index, root)
        shutil.copytree(compiled_lexicons(), root / "lexicons")
    server = start_api_server(root, widget_corpus, [host_server.origin])
    try:
        wait_until_ready(server)
        yield server
    finally:
        stop_server(server)


def why(page: Page) -> dict[str, str]:
    """Hit id -> its "Found through a translation: ..." line (hits that have one)."""
    rows = page.locator("presslens-search li.hit").evaluate_all(
        """els => els.map(e => [e.dataset.id,
                                e.querySelector('.translated')?.textContent || ''])"""
    )
    return {hit: text for hit, text in rows if text}


def test_the_other_languages_are_searched_by_default_and_each_hit_says_why(
    page: Page, page_errors: PageErrors, translating_server: ApiServer
) -> None:
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.url) if "/search?" in r.url else None)
    open_widget(page, f"{translating_server.base_url}/")
    box = page.locator("presslens-search .translate input[type=checkbox]")
    assert box.is_visible() and box.is_checked()
    assert type_query(page, "förhandlingar") == "done"
    assert {EN_BNE, EN_DE} <= set(hit_ids(page))
    assert "translate=true" in sent[-1]
    lines = why(page)
    assert "förhandlingar → negotiations" in lines[EN_BNE]
    assert lines[EN_BNE].startswith("Found through a translation")
    marks = page.locator(f"presslens-search li.hit[data-id='{EN_BNE}'] mark").all_inner_texts()
    assert "negotiations" in [m.lower() for m in marks]
    assert_clean(page, page_errors)


def test_unticking_searches_the_query_as_typed_and_is_kept_in_the_url(
    page: Page, page_errors: PageErrors, translating_server: ApiServer
) -> None:
    open_widget(page, f"{translating_server.base_url}/")
    assert type_query(page, "medlemskap") == "done"
    assert set(hit_ids(page)) >= {SV, EN_BNE}
    page.keyboard.press("Escape")  # close the suggestions that cover the control
    before = searches_done(page)
    page.locator("presslens-search .translate input[type=checkbox]").uncheck()
    assert wait_for_search(page, before) == "done"
    assert hit_ids(page) == [SV] and url_params(page)["pl_translate"] == ["0"]
    before = searches_done(page)
    page.go_back()
    assert wait_for_search(page, before) == "done"
    assert page.locator("presslens-search .translate input[type=checkbox]").is_checked()
    assert EN_BNE in hit_ids(page) and "pl_translate" not in url_params(page)
    assert_clean(page, page_errors)


def test_a_page_can_start_with_the_control_unticked(
    page: Page, page_errors: PageErrors, translating_server: ApiServer, host_server: HostServer
) -> None:
    url = host_server.page(
        "untranslated.html",
        f'<script src="{translating_server.base_url}/embed.js" defer></script>\n'
        '<presslens-search other-languages="off" query="förhandlingar"></presslens-search>',
    )
    open_widget(page, url)
    assert not page.locator("presslens-search .translate input[type=checkbox]").is_checked()
    assert hit_ids(page) == []
    assert_clean(page, page_errors)


def test_without_lexicons_the_control_is_hidden(
    page: Page, page_errors: PageErrors, api_server: ApiServer
) -> None:
    open_widget(page, f"{api_server.base_url}/")
    assert type_query(page, "veto") == "done"
    assert not page.locator("presslens-search .translate").is_visible()
    assert_clean(page, page_errors)


def test_the_control_and_the_explanations_are_accessible(
    browser: Browser, translating_server: ApiServer
) -> None:
    if not AXE_JS.exists():
        skip_or_fail(f"axe-core not found at {AXE_JS}: run .ci/install-browser.sh")
    context = browser.new_context(bypass_csp=True, viewport={"width": 1200, "height": 900})
    try:
        page = context.new_page()
        open_widget(page, f"{translating_server.base_url}/")
        assert type_query(page, "Gespräche") == "done"
        page.add_script_tag(path=str(AXE_JS))
        result: dict[str, Any] = page.evaluate(
            """async () => await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            })"""
        )
        serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == [], json.dumps(serious)
        label = page.locator("presslens-search .translate label").inner_text()
        assert label == "Also in other languages"
    finally:
        context.close()
