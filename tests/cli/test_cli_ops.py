"""The `presslens` command line: --version, examples in every --help, documented exit codes,
shell completion, `config` with masked keys, invalid settings as usage errors."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version

import pytest
import typer.main
from typer.testing import CliRunner

from cli import app
from tests.support.live import ROOT

COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.fixture
def runner(monkeypatch: pytest.MonkeyPatch, tmp_path) -> CliRunner:
    monkeypatch.chdir(tmp_path)  # no .env from the working tree
    return CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1"})


def test_version_prints_the_package_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"presslens {version('presslens')}"


def test_top_level_help_documents_exit_codes_examples_and_completion(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for text in ("Exit codes: 0 ok", "2 usage error", "Examples:", "--install-completion"):
        assert text in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_examples(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
    assert f"presslens {command}" in result.stdout


def test_env_hints_in_option_help_survive_rich_markup(runner: CliRunner) -> None:
    assert "[env: PRESSLENS_INDEX_PATH]" in runner.invoke(app, ["serve", "--help"]).stdout


def test_an_unknown_option_is_a_usage_error(runner: CliRunner) -> None:
    assert runner.invoke(app, ["search", "veto", "--colour"]).exit_code == 2


@pytest.mark.parametrize("command", [["serve"], ["config"], ["search", "veto"]])
def test_an_invalid_setting_is_a_usage_error_naming_the_variable(
    runner: CliRunner, command: list[str]
) -> None:
    result = runner.invoke(app, command, env={"PRESSLENS_PORT": "abc"})
    assert result.exit_code == 2
    assert "PRESSLENS_PORT='abc'" in result.stderr


def test_config_prints_every_setting_with_keys_masked(runner: CliRunner) -> None:
    env = {
        "PRESSLENS_ADMIN_KEYS": "adm1n-s3cret",
        "PRESSLENS_READ_KEYS": "r1,r2",
        "PRESSLENS_PORT": "9001",
    }
    result = runner.invoke(app, ["config", "--json"], env=env)
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    assert shown["port"] == 9001
    assert shown["admin_keys"] == ["****"] and shown["read_keys"] == ["****", "****"]
    assert "adm1n-s3cret" not in result.stdout
    table = runner.invoke(app, ["config"], env=env)
    assert "PRESSLENS_SHUTDOWN_TIMEOUT" in table.stdout and "adm1n-s3cret" not in table.stdout


def test_shell_completion_script_is_available_for_bash() -> None:
    # Typer detects the shell from the parent process: run under a bash that stays the
    # parent (a command after it keeps bash from exec-ing python).
    command = f"{sys.executable} -m cli --show-completion bash; exit $?"
    done = subprocess.run(
        ["bash", "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "_PRESSLENS_COMPLETE=complete_bash" in done.stdout
