"""Fixtures for the operations tests: private corpora and indexes, and `presslens serve` runs."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from indexer.build import sync_corpus
from tests.conftest import copy_corpus, make_settings
from tests.support.live import LiveServer

SLOW_WORD = "signal"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A private copy of the five shipped articles."""
    return copy_corpus(tmp_path / "corpus")


@pytest.fixture
def app_client(tmp_path: Path, corpus: Path) -> Iterator[Callable[..., TestClient]]:
    """An in-process client over ``tmp_path/index`` (which may not exist yet)."""
    clients: list[TestClient] = []

    def make(**overrides: object) -> TestClient:
        app = create_app(make_settings(tmp_path / "index", corpus, **overrides))
        client = TestClient(app)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def indexed(tmp_path: Path, corpus: Path) -> Path:
    """The five shipped articles indexed into ``tmp_path/index``."""
    root = tmp_path / "index"
    report = sync_corpus(corpus, root)
    assert report.added == 5 and not report.failed
    return root


@pytest.fixture(scope="session")
def slow_corpus_index(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Twenty long synthetic articles: a page of 100 highlighted hits takes about half a second
    (a genuinely slow request, no test-only endpoint)."""
    base = tmp_path_factory.mktemp("slow")
    corpus = base / "corpus"
    corpus.mkdir()
    rng = random.Random(8)
    vocab = [
        "".join(rng.choice("bcdfgklmnprstv") + rng.choice("aeiou") for _ in range(3))
        for _ in range(1500)
    ]
    for n in range(20):
        words = (SLOW_WORD if i % 7 == 0 else rng.choice(vocab) for i in range(2500))
        text = f"---\ntitle: Wire story {n}\noutlet: Wire\nlanguage: en\n---\n{' '.join(words)}\n"
        (corpus / f"wire-{n:03d}.txt").write_text(text, encoding="utf-8")
    report = sync_corpus(corpus, base / "index")
    assert report.added == 20 and not report.failed
    return corpus, base / "index"


class ServeProcess(LiveServer):
    """``presslens serve`` (what the Dockerfile runs) instead of bare uvicorn."""

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "cli", "serve",
            "--host", "127.0.0.1", "--port", str(self.port), "--workers", str(self.workers),
        ]  # fmt: skip
