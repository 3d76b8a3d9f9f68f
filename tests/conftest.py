"""Shared fixtures: small real indexes built in temporary directories, and API clients."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from config import Settings
from indexer.build import sync_corpus
from search import SearchIndex, Synonyms, open_index

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_DATA = ROOT.parent / "shared" / "data"
#: The real news under ../shared/data (CI places ../shared beside the clone).
RECORDS_AVAILABLE = (SHARED_DATA / "news-en-bbc").is_dir()

SV = "000_e42dea71f96fb87d"
EN_BNE = "001_23adc9ba915df75a"
EN_DE = "002_6165ee64924b9baf"
EN_MEDUZA = "003_a589e34c5cfe1d2a"
EN_ES = "004_70b82951417b80d5"
ALL_IDS = {SV, EN_BNE, EN_DE, EN_MEDUZA, EN_ES}


def copy_corpus(target: Path) -> Path:
    """A private copy of the shipped corpus (tests may add, change and remove files)."""
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def shipped_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_corpus(tmp_path_factory.mktemp("shipped") / "corpus")


@pytest.fixture(scope="session")
def shipped_index_path(shipped_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five shipped articles, indexed once per session (read-only for tests)."""
    root = tmp_path_factory.mktemp("shipped-index") / "index"
    report = sync_corpus(shipped_corpus, root)
    assert report.added == 5 and not report.failed, report
    return root


@pytest.fixture(scope="session")
def shipped_index(shipped_index_path: Path) -> Iterator[SearchIndex]:
    idx = open_index(shipped_index_path, synonyms=Synonyms.load(CORPUS / "synonyms.yaml"))
    yield idx
    idx.close()


def make_settings(index_path: Path, corpus_path: Path, **overrides: object) -> Settings:
    return Settings(index_path=index_path, corpus_path=corpus_path, _env_file=None, **overrides)


@pytest.fixture(scope="session")
def client(shipped_index_path: Path, shipped_corpus: Path) -> Iterator[TestClient]:
    """An in-process API client over the shipped index."""
    app = create_app(make_settings(shipped_index_path, shipped_corpus))
    with TestClient(app) as c:
        yield c


@pytest.fixture
def build_index(tmp_path: Path) -> Callable[..., Path]:
    """Build an index from articles given as {id: text}; returns the index path."""

    def build(articles: dict[str, str], **kwargs: object) -> Path:
        corpus = tmp_path / "corpus"
        corpus.mkdir(exist_ok=True)
        for article_id, text in articles.items():
            (corpus / f"{article_id}.txt").write_text(text, encoding="utf-8")
        root = tmp_path / "index"
        report = sync_corpus(corpus, root, **kwargs)
        assert not report.failed, report.failed
        return root

    return build
