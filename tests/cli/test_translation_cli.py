"""``presslens lexicons``, ``search/quotes --translate`` and ``config``'s active pairs, with
the installed Debian lexicons (Swedish-English compiled whole; German through a subset)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from tests.conftest import copy_corpus
from tests.search.test_crosslang import compiled_lexicons

runner = CliRunner()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An indexed copy of the shipped corpus, as the environment the commands read."""
    base = tmp_path_factory.mktemp("cli-translation")
    corpus = copy_corpus(base / "corpus")
    paths = {"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(base / "index")}
    assert runner.invoke(app, ["index"], env=paths).exit_code == 0
    return paths


@pytest.fixture(scope="module")
def compiled(env: dict[str, str]) -> dict:
    """``presslens lexicons --languages sv,en --json`` run once (seconds)."""
    result = runner.invoke(app, ["lexicons", "--languages", "sv,en", "--json"], env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def translating(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An indexed copy of the shipped corpus with German, English and Swedish lexicons."""
    base = tmp_path_factory.mktemp("cli-translating")
    corpus = copy_corpus(base / "corpus")
    paths = {"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(base / "index")}
    assert runner.invoke(app, ["index"], env=paths).exit_code == 0
    shutil.copytree(compiled_lexicons(), base / "index" / "lexicons")
    return paths


def test_lexicons_reports_pairs_counts_packages_and_licences(compiled: dict) -> None:
    pairs = {p["pair"]: p for p in compiled["pairs"]}
    assert set(pairs) == {"sv-en", "en-sv"}
    assert pairs["sv-en"]["headwords"] > 5000 and pairs["sv-en"]["bytes"] > 0
    packages = {(p["name"], p["role"]): p for p in pairs["sv-en"]["packages"]}
    assert packages[("dict-freedict-swe-eng", "direct")]["licence"].startswith("GPL")
    assert Path(compiled["directory"]).name == "lexicons"


def test_lexicons_again_keeps_what_is_up_to_date(env: dict[str, str], compiled: dict) -> None:
    result = runner.invoke(app, ["lexicons", "--languages", "sv,en"], env=env)
    assert result.exit_code == 0
    assert "sv-en" in result.stdout and "(up to date)" in result.stdout


@pytest.mark.parametrize("languages", ["sv,xx", ","])
def test_an_unknown_language_is_a_usage_error(env: dict[str, str], languages: str) -> None:
    result = runner.invoke(app, ["lexicons", "--languages", languages], env=env)
    assert result.exit_code == 2 and "--languages" in result.stderr


def test_config_shows_the_active_pairs(env: dict[str, str], compiled: dict) -> None:
    shown = json.loads(runner.invoke(app, ["config", "--json"], env=env).stdout)
    assert shown["translation"]["note"] is None
    assert any(p.startswith("sv-en (dict-freedict-swe-eng") for p in shown["translation"]["pairs"])
    table = runner.invoke(app, ["config"], env=env).stdout
    assert "Query translation" in table and "en-sv" in table


def test_config_without_lexicons_says_what_to_install(tmp_path: Path) -> None:
    env = {"PRESSLENS_INDEX_PATH": str(tmp_path / "none")}
    shown = json.loads(runner.invoke(app, ["config", "--json"], env=env).stdout)
    assert shown["translation"]["pairs"] == []
    assert "dict-de-en" in shown["translation"]["note"]


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["search", "Gespräche", "--translate"], "Translated from de into en, sv"),
        (["search", "förhandlingar", "-t"], "through a translation: förhandlingar → negotiations"),
        (["quotes", "medlemskap", "--translate"], "Translated from sv into"),
    ],
)
def test_translate_finds_and_explains(
    translating: dict[str, str], args: list[str], shown: str
) -> None:
    result = runner.invoke(app, args, env=translating)
    assert result.exit_code == 0, result.output
    assert shown in result.stdout


def test_search_translate_json_has_the_translation_and_why(translating: dict[str, str]) -> None:
    result = runner.invoke(app, ["search", "discussions", "--translate", "--json"], env=translating)
    found = json.loads(result.stdout)
    assert found["translation"]["source"] == "en"
    swedish = next(h for h in found["hits"] if h["language"] == "sv")
    assert swedish["translated"][0]["word"] == "discussions"


def test_search_translate_without_lexicons_says_what_to_install(tmp_path: Path) -> None:
    corpus = copy_corpus(tmp_path / "corpus")
    bare = {"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(tmp_path / "i")}
    assert runner.invoke(app, ["index"], env=bare).exit_code == 0
    result = runner.invoke(app, ["search", "veto", "--translate"], env=bare)
    assert result.exit_code == 0
    assert "Not translated: Translation needs bilingual lexicons" in result.stdout
    assert "presslens lexicons" in result.stdout


def test_index_can_compile_the_lexicons_too() -> None:
    result = runner.invoke(app, ["index", "--help"], env={"COLUMNS": "200"})
    assert "--lexicons" in result.stdout and "presslens lexicons" in result.stdout
