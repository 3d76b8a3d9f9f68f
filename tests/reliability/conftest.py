"""Reliability fixtures: synthetic multilingual corpora, live servers, and the figures
(requests, failures, latencies, fuzz cases) each test reports, printed at the end of the run.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from indexer.build import sync_corpus
from tests.conftest import CORPUS, make_settings

ROOT = Path(__file__).resolve().parents[2]
PRESSLENS = [sys.executable, "-m", "cli"]

#: (test name, {figure: value}) in the order they were reported.
FIGURES: list[tuple[str, dict[str, object]]] = []

_WORDS = {
    "sv": "nato ryssland diskussion regeringen förhandlingar säkerhet ministern sade igår veckan "
    "staden kommunen skolan eleverna forskarna rapporten valet partiet budgeten hamnen".split(),
    "en": "alliance russia talks government negotiations security minister said yesterday week "
    "city council school pupils researchers report election party budget harbour".split(),
    "de": "bündnis russland gespräche regierung verhandlungen sicherheit ministerin sagte gestern "
    "woche stadt gemeinderat schule schüler forscher bericht wahl partei haushalt hafen".split(),
    "es": "alianza rusia conversaciones gobierno negociaciones seguridad ministra dijo ayer semana "
    "ciudad ayuntamiento escuela alumnos investigadores informe elección partido".split(),
    "ru": "альянс россия переговоры правительство безопасность министр сказал вчера неделя город "
    "совет школа ученики исследователи доклад выборы партия бюджет гавань".split(),
}
LANGUAGES = tuple(_WORDS)
OUTLETS = ("Nordposten", "Daily Ledger", "Rheinblatt", "El Diario", "Vestnik")


def synthetic_text(rng: random.Random, language: str, sentences: int = 8) -> str:
    words = _WORDS[language]
    out = []
    for _ in range(sentences):
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(6, 14)))
        out.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(out)


def write_synthetic_corpus(corpus: Path, count: int, *, seed: int = 7, start: int = 0) -> list[str]:
    """``count`` multilingual article files with front matter; returns their ids."""
    rng = random.Random(seed)
    corpus.mkdir(parents=True, exist_ok=True)
    ids = []
    for n in range(start, start + count):
        language = LANGUAGES[n % len(LANGUAGES)]
        article_id = f"syn-{n:05d}"
        head = (
            f"---\ntitle: Synthetic {language} story {n}\noutlet: {OUTLETS[n % len(OUTLETS)]}\n"
            f"language: {language}\npublished: 2024-{1 + n % 12:02d}-{1 + n % 28:02d}\n---\n"
        )
        (corpus / f"{article_id}.txt").write_text(
            head + synthetic_text(rng, language), encoding="utf-8"
        )
        ids.append(article_id)
    return ids


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``presslens ...`` in a subprocess (a real process that can be killed)."""
    return subprocess.run(
        [*PRESSLENS, *args],
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def percentile(values: list[float], p: float) -> float:
    """The ``p``-th percentile (0-100) by nearest rank; 0.0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def latency_figures(latencies_ms: list[float]) -> dict[str, object]:
    return {
        "p50_ms": round(statistics.median(latencies_ms), 1) if latencies_ms else 0.0,
        "p99_ms": round(percentile(latencies_ms, 99), 1),
    }


@pytest.fixture
def report_figures(request: pytest.FixtureRequest):
    """Call with figures (``requests=..., failures=...``) to have them printed at the end."""

    def report(**figures: object) -> None:
        FIGURES.append((request.node.name, figures))

    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not FIGURES:
        return
    terminalreporter.section("reliability figures")
    for name, figures in FIGURES:
        shown = ", ".join(f"{k}={v}" for k, v in figures.items())
        terminalreporter.write_line(f"{name}: {shown}")


ADMIN_KEY = "admin-key-for-tests-0123456789"
READ_KEY = "read-key-for-tests-9876543210"
ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
READER = {"Authorization": f"Bearer {READ_KEY}"}
SYNTHETIC = 20


@dataclass(frozen=True)
class Workspace:
    """A private corpus and its index (tests may write into both)."""

    corpus: Path
    index: Path


@pytest.fixture(scope="session")
def template_workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    """The shipped five articles plus synthetic ones, indexed once per session."""
    base = tmp_path_factory.mktemp("reliability-template")
    corpus = base / "corpus"
    shutil.copytree(CORPUS, corpus)
    write_synthetic_corpus(corpus, SYNTHETIC)
    report = sync_corpus(corpus, base / "index")
    assert report.added == 5 + SYNTHETIC and not report.failed, report
    return Workspace(corpus, base / "index")


@pytest.fixture
def workspace(template_workspace: Workspace, tmp_path: Path) -> Workspace:
    """A private copy of the template corpus and index."""
    corpus = shutil.copytree(template_workspace.corpus, tmp_path / "corpus")
    index = shutil.copytree(template_workspace.index, tmp_path / "index")
    return Workspace(Path(corpus), Path(index))


@pytest.fixture
def api(workspace: Workspace) -> Iterator[Callable[..., TestClient]]:
    """``api(**settings)``: an in-process client over the workspace (admin key set)."""
    with ExitStack() as stack:

        def make(*, raise_server_exceptions: bool = True, **overrides: object) -> TestClient:
            overrides.setdefault("admin_keys", [ADMIN_KEY])
            app = create_app(make_settings(workspace.index, workspace.corpus, **overrides))
            client = TestClient(app, raise_server_exceptions=raise_server_exceptions)
            return stack.enter_context(client)

        yield make
