"""What a newcomer meets on the command line (issue 19): machine output, help texts, lines.

* ``--json`` of every command is one compact JSON document on one line; indented with
  ``--pretty``, or when stdout is a terminal (and ``--compact`` keeps it on one line there);
* every option has one line of help, and on/off flags read as flags (no ``<bool>``);
* lines are never wrapped by presslens when piped or logged.
"""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.core import TyperOption
from typer.testing import CliRunner

from cli import app
from tests.conftest import SV, copy_corpus
from tests.support.live import ROOT

GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)  # type: ignore[attr-defined]
runner = CliRunner()


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An indexed copy of the shipped corpus, as the environment the commands read."""
    base = tmp_path_factory.mktemp("cli-output")
    corpus = copy_corpus(base / "corpus")
    env = {"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(base / "index")}
    assert runner.invoke(app, ["index"], env=env).exit_code == 0
    story = base / "story.txt"
    story.write_text("Regeringen svarade på frågorna om budgeten i riksdagen.\n", "utf-8")
    env["STORY"] = str(story)
    return env


#: Every command with --json, as a user would run it (the id is the command).
JSON_COMMANDS = {
    "index": ["index"],
    "add": ["add", "{STORY}"],
    "remove": ["remove", "story"],
    "search": ["search", "diskussion"],
    "quotes": ["quotes", "veto"],
    "speakers": ["speakers"],
    "speakers --unknown": ["speakers", "--unknown"],
    "config": ["config"],
    "lexicons": ["lexicons", "--languages", "sv,en"],
}


def _argv(args: list[str], env: dict[str, str]) -> list[str]:
    return [a.format(**env) for a in args]


def test_every_command_with_json_output_is_listed_here() -> None:
    with_json = {
        name
        for name, command in GROUP.commands.items()  # type: ignore[attr-defined]
        if any("--json" in p.opts for p in command.params)
    }
    assert with_json == {args[0] for args in JSON_COMMANDS.values()}


@pytest.mark.parametrize("name", list(JSON_COMMANDS))
def test_json_is_one_compact_document_on_one_line_when_piped(
    paths: dict[str, str], name: str
) -> None:
    result = runner.invoke(app, [*_argv(JSON_COMMANDS[name], paths), "--json"], env=paths)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    json.loads(lines[0])


@pytest.mark.parametrize("name", list(JSON_COMMANDS))
def test_pretty_json_is_indented_and_the_same_document(paths: dict[str, str], name: str) -> None:
    argv = [*_argv(JSON_COMMANDS[name], paths), "--json"]
    if name in ("add", "remove", "index"):  # the second run of a write differs: compare shapes
        pretty = runner.invoke(app, [*argv, "--pretty"], env=paths)
        assert pretty.exit_code == 0 and pretty.stdout.count("\n") > 1
        assert isinstance(json.loads(pretty.stdout), dict)
        return
    compact = json.loads(runner.invoke(app, argv, env=paths).stdout)
    pretty = runner.invoke(app, [*argv, "--pretty"], env=paths)
    assert pretty.stdout.count("\n") > 1 and pretty.stdout.startswith(("{\n", "[\n"))
    assert _without_timings(json.loads(pretty.stdout)) == _without_timings(compact)


def _without_timings(data: object) -> object:
    if isinstance(data, dict):
        return {k: _without_timings(v) for k, v in data.items() if k not in ("seconds", "took_ms")}
    return data


def test_index_json_is_the_last_line_a_script_reads(paths: dict[str, str]) -> None:
    result = runner.invoke(app, ["index", "--json"], env=paths)
    summary = json.loads(result.stdout.splitlines()[-1])
    assert {"added", "updated", "removed", "failed", "failed_count"} <= set(summary)


def _in_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run ``presslens <args>`` with stdout on a pseudo-terminal; what it printed."""
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "cli", *args],
        cwd=ROOT,
        env={**os.environ, **env, "NO_COLOR": "1", "COLUMNS": "100", "TERM": "xterm"},
        stdout=follower,
        stderr=subprocess.DEVNULL,
    )
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(30)
    os.close(leader)
    shown = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;]*m", "", shown)  # styles (bold) are not part of the JSON


@pytest.mark.parametrize(("extra", "lines"), [([], "many"), (["--compact"], 1)])
@pytest.mark.parametrize("command", [["config"], ["search", "diskussion"]])
def test_in_a_terminal_json_is_indented_unless_compact_is_asked(
    paths: dict[str, str], command: list[str], extra: list[str], lines: object
) -> None:
    shown = _in_a_terminal([*command, "--json", *extra], paths)
    document = json.loads(shown)
    assert document
    if lines == 1:
        assert len(shown.strip().splitlines()) == 1
    else:
        assert len(shown.strip().splitlines()) > 3


# ------------------------------------------------------------------------------- help
def _options(name: str) -> list[TyperOption]:
    command = GROUP.commands[name]  # type: ignore[attr-defined]
    return [p for p in command.params if isinstance(p, TyperOption)]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_one_line_of_help(name: str) -> None:
    missing = [p.opts[0] for p in _options(name) if not (p.help or "").strip()]
    assert missing == []


@pytest.mark.parametrize("name", COMMANDS)
def test_flags_read_as_flags_in_help(name: str) -> None:
    shown = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
    assert "<bool>" not in shown
    for option in _options(name):
        if option.is_flag and option.opts[0] != "--help":
            assert option.opts[0] in shown
    assert "<bool>" not in runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).stdout


@pytest.mark.parametrize(
    ("name", "option", "text"),
    [
        ("quotes", "--lang", "Restrict to languages"),
        ("quotes", "--json", "one compact document on one line"),
        ("speakers", "--json", "one compact document on one line"),
        ("index", "--exit-zero", "Exit 0 although some articles failed"),
        ("search", "--limit", "PRESSLENS_MAX_PER_PAGE"),
        ("search", "--pretty", "indent"),
    ],
)
def test_the_options_a_newcomer_asked_about_are_explained(
    name: str, option: str, text: str
) -> None:
    shown = runner.invoke(app, [name, "--help"], env={"COLUMNS": "200"}).stdout
    (line,) = [line for line in shown.splitlines() if line.startswith(f"│ {option} ")]
    assert text in line


# ------------------------------------------------------------------------------ lines
def test_long_lines_are_not_wrapped_when_piped(tmp_path: Path) -> None:
    corpus = tmp_path / ("a-rather-long-directory-name-" * 3) / "corpus"
    corpus.mkdir(parents=True)
    (corpus / "x.txt").write_text("---\npublished: 2022-02-30\n---\nSeals.\n", encoding="utf-8")
    result = runner.invoke(app, ["index", str(corpus), "--index", str(tmp_path / "index")])
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert line.endswith("use a real date as YYYY-MM-DD") and len(line) > 150


def test_limit_above_the_page_size_limit_is_a_usage_error_naming_the_option(
    paths: dict[str, str],
) -> None:
    result = runner.invoke(app, ["search", "veto", "--limit", "101"], env=paths)
    assert result.exit_code == 2
    assert "--limit: use 1 to 100 (PRESSLENS_MAX_PER_PAGE); got 101" in result.stderr


def test_limit_follows_a_page_size_limit_above_100(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(120):
        (corpus / f"n{n:03d}.txt").write_text(
            f"---\nlanguage: sv\n---\nHamnen nummer {n} byggs ut.\n", "utf-8"
        )
    env = {
        "PRESSLENS_CORPUS_PATH": str(corpus),
        "PRESSLENS_INDEX_PATH": str(tmp_path / "index"),
        "PRESSLENS_MAX_PER_PAGE": "150",
    }
    assert runner.invoke(app, ["index"], env=env).exit_code == 0
    result = runner.invoke(app, ["search", "hamnen", "--limit", "120", "--json"], env=env)
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["total"] == 120 and len(found["hits"]) == 120
    assert runner.invoke(app, ["search", "hamnen", "--limit", "151"], env=env).exit_code == 2


def test_an_unknown_article_is_not_a_traceback(paths: dict[str, str]) -> None:
    result = runner.invoke(app, ["remove", SV + "-missing", "--json"], env=paths)
    assert "Traceback" not in result.output
    json.loads(result.stdout)
