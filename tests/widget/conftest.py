"""Fixtures for the widget tests: a real index, real uvicorn servers, a host page, Chromium.

Servers (all on 127.0.0.1, free ports, session-scoped, torn down at the end):

* ``host_server`` - a stdlib ``http.server`` on a second origin serving host pages that embed
  the widget with the two-line snippet (written by the tests, pointing at an API origin);
* ``api_server`` - ``uvicorn api.main:app`` over an index built from the shipped corpus plus
  an injection article, with ``PRESSLENS_CORS_ORIGINS`` = the host server's origin;
* ``api_server_no_cors`` - the same app and index without any CORS origin.

Browser: Debian's ``/usr/bin/chromium`` through Playwright's sync API (never a downloaded
browser). Without it the browser tests skip locally and fail in CI (``CI`` set).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.support.live import free_port
from tests.widget.browser_status import AXE_JS, CHROMIUM, INSTALL  # noqa: F401 (tests import AXE_JS)

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO_ROOT / "corpus"
ARTIFACTS_DIR = REPO_ROOT / "artifacts"
IN_CI = bool(os.environ.get("CI"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SERVER_START_TIMEOUT_S = 60.0

#: An article whose text tries to run script when rendered as HTML.
INJECTION_ID = "999_injection"
INJECTION_MARKER = "Zanzibarquokka"
INJECTION_TITLE = "Zanzibarquokka <script>window.__pwned=1</script> headline"
INJECTION_IMG = '<img src=x onerror="window.__pwned=1">'
INJECTION_TEXT = (
    "---\n"
    f"title: '{INJECTION_TITLE}'\n"
    "outlet: Injection Wire\n"
    "published: 2022-02-01\n"
    "---\n"
    f"The {INJECTION_MARKER} report says <script>window.__pwned=1</script> and then "
    f'{INJECTION_IMG} before the end of the sentence, & so on with "quotes".\n'
    f"A second paragraph mentions the {INJECTION_MARKER} again for good measure.\n"
)


def skip_or_fail(reason: str) -> None:
    """Skip locally, but fail in CI, where every prerequisite must be installed."""
    if IN_CI:
        pytest.fail(f"{reason} (CI is set, so this is a failure, not a skip)")
    pytest.skip(reason)


@dataclass
class ApiServer:
    """A running ``uvicorn api.main:app`` subprocess."""

    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    cors_origins: list[str] = field(default_factory=list)

    def log(self) -> str:
        """The server's output so far (for failure messages)."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")[-4000:]


@dataclass
class HostServer:
    """A static file server on a second loopback origin, serving host pages from ``root``."""

    origin: str
    root: Path

    def page(self, name: str, body_html: str, *, lang: str = "en") -> str:
        """Write an HTML page into the server's root and return its URL."""
        html = (
            f'<!doctype html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
            f"<title>Host page {name}</title></head>\n<body>\n<main>\n<h1>Intranet</h1>\n"
            f"{body_html}\n</main>\n</body>\n</html>\n"
        )
        (self.root / name).write_text(html, encoding="utf-8")
        return f"{self.origin}/{name}"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files without access logs on stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        """Drop the per-request log line."""


def _run(cmd: list[str], *, env: dict[str, str], log_path: Path) -> None:
    """Run a command to completion, failing the test session with its output on error."""
    with log_path.open("wb") as log:
        result = subprocess.run(
            cmd, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, timeout=300
        )
    if result.returncode != 0:
        output = log_path.read_text(encoding="utf-8", errors="replace")[-4000:]
        pytest.fail(f"{' '.join(cmd)} exited {result.returncode}:\n{output}")


def _clean_env() -> dict[str, str]:
    """The environment minus any PRESSLENS_* setting from the developer's shell."""
    return {k: v for k, v in os.environ.items() if not k.startswith("PRESSLENS_")}


def _presslens_cli() -> list[str]:
    """The ``presslens`` console script of this interpreter's environment (or its module)."""
    script = Path(sys.executable).parent / "presslens"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from cli import app; app()"]


def _wait_until_ready(server: ApiServer, deadline: float) -> None:
    """Poll ``/embed.js`` until the server answers, or fail with its log."""
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"uvicorn exited {server.process.returncode}:\n{server.log()}")
        try:
            with urllib.request.urlopen(f"{server.base_url}/embed.js", timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    pytest.fail(f"uvicorn at {server.base_url} did not become ready:\n{server.log()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Terminate a subprocess and reap it (kill if it does not stop in time)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def widget_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped corpus plus one article that tries to inject script."""
    corpus = tmp_path_factory.mktemp("widget") / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    (corpus / f"{INJECTION_ID}.txt").write_text(INJECTION_TEXT, encoding="utf-8")
    return corpus


@pytest.fixture(scope="session")
def widget_index(widget_corpus: Path) -> Path:
    """An index built by the real CLI: ``presslens index CORPUS --index INDEX``."""
    index = widget_corpus.parent / "index"
    _run(
        [*_presslens_cli(), "index", str(widget_corpus), "--index", str(index)],
        env=_clean_env(),
        log_path=widget_corpus.parent / "index.log",
    )
    return index


@pytest.fixture(scope="session")
def host_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostServer]:
    """A second loopback origin serving host pages (stdlib http.server in a thread)."""
    root = tmp_path_factory.mktemp("host")
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, name="host-server", daemon=True)
    thread.start()
    try:
        yield HostServer(origin=f"http://127.0.0.1:{httpd.server_address[1]}", root=root)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def api_servers(
    widget_index: Path, widget_corpus: Path, host_server: HostServer
) -> Iterator[tuple[ApiServer, ApiServer]]:
    """Two uvicorns over the same index: one allows the host origin (CORS), one allows none.

    Both start in parallel; both are terminated and reaped at the end of the session.
    """
    servers: list[ApiServer] = []
    try:
        for cors in ([host_server.origin], []):
            servers.append(start_api_server(widget_index, widget_corpus, cors))
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        for server in servers:
            _wait_until_ready(server, deadline)
        yield servers[0], servers[1]
    finally:
        for server in servers:
            _stop(server.process)


def start_api_server(index: Path, corpus: Path, cors: list[str]) -> ApiServer:
    """A uvicorn over ``index`` on a free loopback port, allowing the ``cors`` origins; its
    output goes to a log beside ``corpus``. Wait for it with :func:`wait_until_ready`, stop
    it with :func:`stop_server`."""
    port = free_port()
    env = _clean_env()
    env["PRESSLENS_INDEX_PATH"] = str(index)
    env["PRESSLENS_CORPUS_PATH"] = str(corpus)
    if cors:
        env["PRESSLENS_CORS_ORIGINS"] = ",".join(cors)
    log_path = corpus.parent / f"uvicorn-{port}.log"
    cmd = [sys.executable, "-m", "uvicorn", "api.main:app"]
    cmd += ["--host", "127.0.0.1", "--port", str(port), "--no-access-log"]
    with log_path.open("wb") as log:  # the child keeps its own copy of the descriptor
        process = subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    return ApiServer(f"http://127.0.0.1:{port}", process, log_path, cors)


def wait_until_ready(server: ApiServer) -> None:
    """Wait for ``server`` to answer, failing with its log after the start timeout."""
    _wait_until_ready(server, time.monotonic() + SERVER_START_TIMEOUT_S)


def stop_server(server: ApiServer) -> None:
    """Terminate ``server`` and reap it."""
    _stop(server.process)


@pytest.fixture(scope="session")
def api_server(api_servers: tuple[ApiServer, ApiServer]) -> ApiServer:
    """The API server that allows the host server's origin."""
    return api_servers[0]


@pytest.fixture(scope="session")
def api_server_no_cors(api_servers: tuple[ApiServer, ApiServer]) -> ApiServer:
    """The API server with CORS off (the default)."""
    return api_servers[1]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's headless Chromium driven by Playwright's sync API (one per session)."""
    if not CHROMIUM.exists():
        skip_or_fail(f"{CHROMIUM} is missing: run '{INSTALL}' once (apt-get chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("the playwright Python package is not installed (pip install -e .[dev])")
    manager = sync_playwright().start()
    try:
        chromium = manager.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()
    finally:
        manager.stop()


@dataclass
class PageErrors:
    """Uncaught script errors and CSP violations seen by a page."""

    errors: list[str] = field(default_factory=list)


@pytest.fixture()
def page_errors() -> PageErrors:
    """Collector for a test's page errors (filled by the ``page`` fixture)."""
    return PageErrors()


@pytest.fixture()
def page(browser: Browser, page_errors: PageErrors) -> Iterator[Page]:
    """A fresh context and page (English locale, desktop viewport), closed after the test."""
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-US")
    context.set_default_timeout(10_000)
    # Record CSP violations from the very first script on: tests assert there are none.
    context.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation',"
        " (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page = context.new_page()
    page.on("pageerror", lambda exc: page_errors.errors.append(str(exc)))
    try:
        yield page
    finally:
        with contextlib.suppress(Exception):
            page.close()
        context.close()
