"""``presslens speakers``: the index's speakers, and the corpus's unknown people with the
spellings of each name, for an editor to confirm into people.yaml."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from tests.conftest import copy_corpus

runner = CliRunner()

#: one person in three spellings and two languages, and one person in one
STORIES = {
    "ban-1": '"We act now," said Ban Ki-moon in New York on Tuesday.',
    "ban-2": '"Peace is possible," said Ban Ki-moon in Paris on Friday.',
    "ban-3": '"Talks go on," said Ban Ki Moon in Geneva.',
    "ban-sv": "– Vi är redo att hjälpa till i Stockholm, sade Ban Ki-moon.",
    "wolkenstein": '"We will not give in," said Kasimir Wolkenstein, the mayor of Zyxburg.',
}


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    corpus = copy_corpus(tmp_path / "corpus")
    for name, text in STORIES.items():
        (corpus / f"{name}.txt").write_text(text + "\n", "utf-8")
    return {"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(tmp_path / "index")}


def test_unknown_people_come_with_the_spellings_of_their_names(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["speakers", "--unknown", "--json"], env=env)
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["Ban Ki-moon"] == {"total": 8, "variants": {"Ban Ki-moon": 6, "Ban Ki Moon": 2}}
    assert found["Kasimir Wolkenstein"]["variants"] == {"Kasimir Wolkenstein": 2}
    assert "Ban Ki Moon" not in found and "Jens Stoltenberg" not in found  # joined; registered


def test_unknown_people_read_as_one_line_each(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["speakers", "--unknown"], env=env)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "Ban Ki-moon  (8: Ban Ki-moon 6, Ban Ki Moon 2)" in lines
    assert "Kasimir Wolkenstein  (2)" in lines


def test_the_unknown_json_is_one_compact_line(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["speakers", "--unknown", "--json", "--compact"], env=env)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1


def test_speakers_lists_the_index(env: dict[str, str]) -> None:
    assert runner.invoke(app, ["index"], env=env).exit_code == 0
    speakers = json.loads(runner.invoke(app, ["speakers", "--json"], env=env).stdout)
    names = {one["name"] for one in speakers}
    assert {"Jens Stoltenberg", "Kasimir Wolkenstein"} <= names
