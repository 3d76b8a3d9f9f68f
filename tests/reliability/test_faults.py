"""Faults: a killed indexer, two indexers, a damaged index, a read-only corpus.

The indexer runs as a real ``presslens`` process; the API as a real uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import gc
import os
import random
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

import cli
from search.store import CURRENT, LOCK
from tests.reliability.conftest import (
    ADMIN,
    ADMIN_KEY,
    PRESSLENS,
    ROOT,
    SYNTHETIC,
    Workspace,
    run_cli,
    write_synthetic_corpus,
)
from tests.support.live import LiveServer

BIG = 900  # synthetic articles: a full build takes several seconds on 2 cores
BASE_TOTAL = 5 + SYNTHETIC


def start_indexer(workspace: Workspace, *args: str) -> subprocess.Popen[str]:
    """``presslens index`` in its own process group (so a kill reaches its pool too)."""
    return subprocess.Popen(
        [*PRESSLENS, "index", str(workspace.corpus), "--index", str(workspace.index), *args],
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def time_a_full_build(workspace: Workspace) -> float:
    """Seconds a full build of the workspace's corpus takes here (into a scratch index)."""
    scratch = workspace.index.parent / "timing-index"
    started = time.monotonic()
    result = subprocess.run(
        [*PRESSLENS, "index", str(workspace.corpus), "--index", str(scratch), "--full", "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shutil.rmtree(scratch, ignore_errors=True)
    return time.monotonic() - started


def kill_group(process: subprocess.Popen[str]) -> int:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.communicate(timeout=30)
    return process.returncode


def wait_for_lock_holder(workspace: Workspace, pid: int, timeout: float = 20) -> None:
    """Until the indexer ``pid`` has written itself into the LOCK file (it holds the lock)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if (workspace.index / LOCK).read_text().strip() == str(pid):
                return
        except OSError:
            pass
        time.sleep(0.02)
    raise AssertionError(f"indexer {pid} did not take the lock within {timeout} s")


class Hammer:
    """Client threads searching until stopped; every non-200 or error is a failure."""

    def __init__(self, url: str, threads: int = 3) -> None:
        self.url = url
        self.requests = 0
        self.failures: list[str] = []
        self.totals: set[int] = set()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def _run(self) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            for n in range(100_000):  # bounded; stopped long before
                if self._stop.is_set():
                    return
                try:
                    response = client.get("/search", params={"q": "" if n % 2 else "nato"})
                    ok = response.status_code == 200
                    detail = f"{response.status_code} {response.text[:200]}"
                    total = response.json()["total"] if ok and n % 2 else None
                except httpx.HTTPError as exc:
                    ok, detail, total = False, repr(exc), None
                with self._lock:
                    self.requests += 1
                    if not ok:
                        self.failures.append(detail)
                    if total is not None:
                        self.totals.add(total)

    def __enter__(self) -> Hammer:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=15)


def eventually(check: Callable[[], bool], timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.05)
    return check()


def generations(workspace: Workspace) -> list[str]:
    return sorted(p.name for p in workspace.index.glob("gen-*"))


@pytest.mark.server
@pytest.mark.slow
def test_sigkill_of_an_indexer_mid_run_fails_no_request_and_loses_nothing(
    workspace: Workspace, report_figures
):
    write_synthetic_corpus(workspace.corpus, BIG, start=SYNTHETIC, seed=11)
    live = (workspace.index / CURRENT).read_text()
    duration = time_a_full_build(workspace)
    # Kill early, midway and late in a run of that length: before its commit, all of them.
    rng = random.Random(2024)
    delays = [duration * rng.uniform(lo, hi) for lo, hi in ((0.1, 0.3), (0.4, 0.6), (0.6, 0.8))]
    mid_run = 0
    with LiveServer(workspace.index, workspace.corpus) as server, Hammer(server.url) as hammer:
        for delay, args in zip(delays, [("--full",), ("--full",), ()], strict=True):
            indexer = start_indexer(workspace, *args)
            time.sleep(delay)
            if kill_group(indexer) != -signal.SIGKILL:
                continue  # it finished first (a slow kill): the checks below still hold
            # All or nothing: the old index, or the complete new one, never a part.
            answer = httpx.get(f"{server.url}/search", timeout=10).json()
            assert answer["total"] in (BASE_TOTAL, BASE_TOTAL + BIG)
            if (workspace.index / CURRENT).read_text() == live and answer["total"] == BASE_TOTAL:
                mid_run += 1  # killed before its commit: the old index answers the same counts
        assert httpx.get(f"{server.url}/ready", timeout=10).status_code == 200
        assert hammer.totals <= {BASE_TOTAL, BASE_TOTAL + BIG}
        assert mid_run >= 1
        finished = start_indexer(workspace, "--full")
        out, err = finished.communicate(timeout=120)
        assert finished.returncode == 0, err
        assert f"Full build: {BASE_TOTAL + BIG} added" in out
        assert eventually(
            lambda: (
                httpx.get(f"{server.url}/search", timeout=10).json()["total"] == BASE_TOTAL + BIG
            )
        )
    assert hammer.failures == [], hammer.failures[:5]
    # half-built generations of the killed runs are gone; the previous live one is kept
    # (until the next switch) for readers that read CURRENT just before the switch
    now_live = (workspace.index / CURRENT).read_text()
    remaining = generations(workspace)
    assert now_live.strip() in remaining and len(remaining) <= 2, remaining
    report_figures(
        kills=len(delays),
        killed_before_commit=mid_run,
        kill_delays_s=[round(d, 2) for d in delays],
        requests=hammer.requests,
        failures=len(hammer.failures),
    )


@pytest.mark.slow
def test_a_second_indexer_refuses_clearly_or_waits_with_a_message(workspace: Workspace):
    write_synthetic_corpus(workspace.corpus, BIG, start=SYNTHETIC, seed=12)
    first = start_indexer(workspace, "--full")
    try:
        wait_for_lock_holder(workspace, first.pid)
        refused = start_indexer(workspace)
        waiting = start_indexer(workspace, "--wait")
        out, err = refused.communicate(timeout=60)
        assert refused.returncode == 1
        assert f"lock '{workspace.index / LOCK}' is held" in err
        assert "--wait" in err and "Traceback" not in err
        out, err = waiting.communicate(timeout=120)
        assert waiting.returncode == 0, err
        assert f"Waiting for another indexer to release '{workspace.index / LOCK}'" in err
        assert first.wait(timeout=120) == 0
    finally:
        for process in (first,):
            if process.poll() is None:
                kill_group(process)
            else:
                process.communicate()


def _garbage_current(ws: Workspace) -> None:
    (ws.index / CURRENT).write_text("garbage, not a generation name")


def _delete_generation(ws: Workspace) -> None:
    shutil.rmtree(next(ws.index.glob("gen-*")))


def _garbage_toc(ws: Workspace) -> None:
    for toc in next(ws.index.glob("gen-*")).glob("*.toc"):
        toc.write_bytes(b"\x00garbage" * 64)


def _truncate_segments(ws: Workspace) -> None:
    """Cut every segment data file (compound ``.seg``, or postings and terms) to a third."""
    generation = next(ws.index.glob("gen-*"))
    for pattern in ("*.seg", "*.pst", "*.trm"):
        for segment in generation.glob(pattern):
            with segment.open("r+b") as fh:
                fh.truncate(segment.stat().st_size // 3)


def _delete_index(ws: Workspace) -> None:
    shutil.rmtree(ws.index)


def _garbage_bytes_current(ws: Workspace) -> None:
    (ws.index / CURRENT).write_bytes(b"gen-\x00\xff\xfe garbage")


#: Opening a damaged generation leaks the file handles Whoosh had opened before it failed (a
#: TOC or segment file); the ResourceWarning surfaces as an unraisable-exception warning when
#: the garbage is collected. ``collect_leaks`` collects it inside the test that caused it.
WHOOSH_LEAK = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
DAMAGE = {
    "garbage-current": (_garbage_current, []),
    "deleted-generation": (_delete_generation, []),
    "deleted-index": (_delete_index, []),
    "garbage-toc": (_garbage_toc, [WHOOSH_LEAK]),
    "truncated-segments": (_truncate_segments, [WHOOSH_LEAK]),
    "bytes-in-current": (_garbage_bytes_current, []),
}


@pytest.fixture
def collect_leaks() -> Iterator[None]:
    yield
    gc.collect()


@pytest.mark.parametrize(
    "damage",
    [pytest.param(f, id=name, marks=marks) for name, (f, marks) in DAMAGE.items()],
)
def test_a_damaged_index_is_live_but_not_ready(collect_leaks, api, workspace: Workspace, damage):
    damage(workspace)
    client = api()  # the app starts on a damaged index
    assert client.get("/health").status_code == 200
    ready = client.get("/ready")
    assert ready.status_code == 503
    assert "presslens index" in ready.json()["detail"]
    search = client.get("/search", params={"q": "nato"})
    assert search.status_code == 503, search.text
    assert "presslens index" in search.json()["detail"]


@pytest.mark.parametrize(
    "damage",
    [pytest.param(f, id=name, marks=marks) for name, (f, marks) in DAMAGE.items()],
)
def test_index_full_recovers_a_damaged_index_under_a_running_app(
    collect_leaks, api, workspace: Workspace, damage, caplog
):
    damage(workspace)
    client = api(raise_server_exceptions=False)
    for path in ("/health", "/ready", "/search"):
        assert client.get(path).status_code in (200, 500, 503)  # whatever it says, it answers
    result = CliRunner().invoke(
        cli.app, ["index", str(workspace.corpus), "--index", str(workspace.index), "--full"]
    )
    assert result.exit_code == 0, result.output
    assert eventually(lambda: client.get("/ready").status_code == 200)
    assert client.get("/search").json()["total"] == BASE_TOTAL
    assert client.get("/health").status_code == 200
    caplog.clear()  # logged tracebacks hold the leaked handles: free them in this test
    gc.collect()


@pytest.fixture
def read_only() -> Iterator[Callable[[Path], None]]:
    """Make a directory genuinely read-only, also for root (chattr +i), and undo it after."""
    frozen: list[Path] = []

    def freeze(path: Path) -> None:
        if os.geteuid() != 0:
            path.chmod(0o555)
        else:
            chattr = shutil.which("chattr")
            if chattr is None:
                pytest.skip("running as root without chattr: cannot make a directory read-only")
            result = subprocess.run(
                [chattr, "+i", str(path)], capture_output=True, text=True, check=False
            )
            if result.returncode != 0:
                pytest.skip(f"chattr +i not supported here: {result.stderr.strip()}")
        frozen.append(path)
        probe = path / ".write-probe"
        try:
            probe.write_text("x")
        except OSError:
            return
        probe.unlink()
        pytest.skip(f"{path} stayed writable")

    yield freeze
    for path in frozen:
        if os.geteuid() != 0:
            path.chmod(0o755)
        else:
            subprocess.run(["chattr", "-i", str(path)], check=False)


def test_posting_into_a_read_only_corpus_is_507_naming_the_directory(api, workspace, read_only):
    client = api()
    read_only(workspace.corpus)
    response = client.post(
        "/articles", json={"text": "Pingviner i Lund.", "id": "p"}, headers=ADMIN
    )
    assert response.status_code == 507
    detail = response.json()["detail"]
    assert f"corpus directory '{workspace.corpus}' is read-only" in detail
    assert "PRESSLENS_CORPUS_PATH" in detail
    assert client.get("/articles/p").status_code == 404  # nothing half-done
    gone = client.delete("/articles/000_e42dea71f96fb87d", headers=ADMIN)
    assert gone.status_code == 507
    assert client.get("/articles/000_e42dea71f96fb87d").status_code == 200
    assert (workspace.corpus / "000_e42dea71f96fb87d.txt").exists()


def test_cli_add_into_a_read_only_corpus_fails_clearly(workspace, read_only, tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Pingvinerna dansade i Lund.\n", encoding="utf-8")
    read_only(workspace.corpus)
    result = run_cli(
        "add", str(story), "--corpus", str(workspace.corpus), "--index", str(workspace.index)
    )
    assert result.returncode == 1
    # the same words as the API's 507: the one write path says it once
    assert f"corpus directory '{workspace.corpus}' is read-only" in result.stderr
    assert "Traceback" not in result.stderr


def test_indexing_from_a_read_only_corpus_works(workspace, read_only):
    read_only(workspace.corpus)
    result = run_cli("index", str(workspace.corpus), "--index", str(workspace.index), "--full")
    assert result.returncode == 0, result.stderr


def test_a_read_only_index_directory_fails_clearly(workspace, read_only):
    read_only(workspace.index)
    result = run_cli("index", str(workspace.corpus), "--index", str(workspace.index), "--full")
    assert result.returncode == 1
    assert str(workspace.index) in result.stderr
    assert "Traceback" not in result.stderr


def test_a_post_waits_for_a_running_indexer_then_succeeds(workspace: Workspace):
    write_synthetic_corpus(workspace.corpus, 300, start=SYNTHETIC, seed=13)
    env = {"PRESSLENS_ADMIN_KEYS": ADMIN_KEY}
    with LiveServer(workspace.index, workspace.corpus, env=env) as server:
        indexer = start_indexer(workspace, "--full")
        try:
            wait_for_lock_holder(workspace, indexer.pid)
            response = httpx.post(
                f"{server.url}/articles",
                json={"text": "Sälarna simmade förbi Kalmar.", "id": "seals"},
                headers=ADMIN,
                timeout=60,
            )
            assert response.status_code == 201, response.text
        finally:
            indexer.communicate(timeout=120)
        assert indexer.returncode == 0
        found = httpx.get(f"{server.url}/articles/seals", timeout=10)
        assert found.status_code == 200
