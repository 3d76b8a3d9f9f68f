"""The Dockerfile and docker-compose.yml, checked by structure (no Docker engine here): the
services, volume, ports and healthchecks are as documented and every command they run exists
in the `presslens` CLI with options it accepts."""

from __future__ import annotations

import re

import pytest
import typer.main
import yaml

from cli import app as cli
from config import Settings
from tests.support.live import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
INSTRUCTIONS = [
    (m.group(1).upper(), m.group(2))
    for m in re.finditer(r"^([A-Z]+)\s+((?:.*\\\n)*.*)$", DOCKERFILE, flags=re.MULTILINE)
]
SERVICES = COMPOSE["services"]


def instruction(name: str) -> list[str]:
    return [args for kind, args in INSTRUCTIONS if kind == name]


def assert_cli_accepts(argv: list[str]) -> None:
    """``argv`` (``presslens ...``) names a real command with options it accepts."""
    assert argv[0] == "presslens"
    group = typer.main.get_command(cli)
    command = group.commands.get(argv[1])  # type: ignore[attr-defined]
    assert command is not None, f"'presslens {argv[1]}' is not a command"
    command.make_context(argv[1], list(argv[2:]))  # raises on an unknown option


def test_compose_has_a_one_shot_indexer_and_an_api_that_waits_for_it() -> None:
    assert set(SERVICES) == {"indexer", "api"}
    assert SERVICES["indexer"]["restart"] == "no"
    assert SERVICES["api"]["depends_on"] == {
        "indexer": {"condition": "service_completed_successfully"}
    }


@pytest.mark.parametrize("service, subcommand", [("indexer", "index"), ("api", "serve")])
def test_every_compose_command_exists_in_the_cli(service: str, subcommand: str) -> None:
    argv = SERVICES[service]["command"]
    assert argv[1] == subcommand
    assert_cli_accepts(argv)


def test_the_index_volume_is_shared_and_the_corpus_is_read_only_for_the_indexer() -> None:
    index = Settings.model_fields["index_path"]
    assert index.default is not None
    assert "index" in COMPOSE["volumes"]
    for name, service in SERVICES.items():
        assert "index:/data/index" in service["volumes"], name
        assert service["environment"]["PRESSLENS_INDEX_PATH"] == "/data/index", name
    assert "./corpus:/data/corpus:ro" in SERVICES["indexer"]["volumes"]


def test_the_api_port_is_published_and_matches_the_port_it_listens_on() -> None:
    api = SERVICES["api"]
    (mapping,) = api["ports"]
    assert mapping.endswith(":8000")
    assert api["environment"]["PRESSLENS_PORT"] == "8000"
    assert api["environment"]["PRESSLENS_HOST"] == "0.0.0.0"


def test_both_services_read_settings_from_dotenv() -> None:
    for service in SERVICES.values():
        paths = [e["path"] if isinstance(e, dict) else e for e in service["env_file"]]
        assert ".env" in paths


def test_the_api_healthcheck_asks_ready_and_the_grace_period_outlasts_draining() -> None:
    api = SERVICES["api"]
    assert "/ready" in " ".join(api["healthcheck"]["test"])
    assert api["stop_signal"] == "SIGTERM"
    grace = int(api["stop_grace_period"].rstrip("s"))
    assert grace > Settings.model_fields["shutdown_timeout"].default


def test_dockerfile_is_slim_runs_as_a_user_keeps_the_index_on_a_volume_and_checks_ready() -> None:
    (base,) = instruction("FROM")
    assert re.fullmatch(r"python:3\.1[1-9]-slim", base)
    (user,) = instruction("USER")
    assert user not in ("root", "0")
    env = " ".join(instruction("ENV"))
    assert "PRESSLENS_INDEX_PATH=/data/index" in env
    assert "/data/index" in " ".join(instruction("VOLUME"))
    (healthcheck,) = instruction("HEALTHCHECK")
    assert "/ready" in healthcheck
    assert instruction("STOPSIGNAL") == ["SIGTERM"]


def test_dockerfile_command_exists_in_the_cli() -> None:
    (cmd,) = instruction("CMD")
    assert_cli_accepts(yaml.safe_load(cmd))


def test_dockerignore_keeps_secrets_and_local_state_out_of_the_image() -> None:
    ignored = set((ROOT / ".dockerignore").read_text(encoding="utf-8").split())
    assert {".env", ".venv", ".git", ".presslens"} <= ignored


def test_both_healthchecks_are_plain_python_so_the_slim_image_needs_no_curl() -> None:
    (healthcheck,) = instruction("HEALTHCHECK")
    argv = yaml.safe_load(healthcheck.split("CMD", 1)[1].strip())
    assert argv[:2] == ["python", "-c"]
    compile(argv[2], "<healthcheck>", "exec")
    compile(SERVICES["api"]["healthcheck"]["test"][3], "<healthcheck>", "exec")


def test_an_indexer_run_with_failed_articles_does_not_keep_the_api_down() -> None:
    """The api waits for `service_completed_successfully`: the indexer must exit 0 when only
    some articles failed (they are logged and shown by /ready), so it runs with --exit-zero."""
    argv = SERVICES["indexer"]["command"]
    assert "--exit-zero" in argv
    group = typer.main.get_command(cli)
    index = group.commands["index"]  # type: ignore[attr-defined]
    (option,) = [p for p in index.params if "--exit-zero" in p.opts]
    assert "Exit 0 although some articles failed" in (option.help or "")


def test_the_image_holds_every_package_the_presslens_command_needs() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    packages = re.search(r"include = \[(.*?)\]", pyproject).group(1)  # type: ignore[union-attr]
    wanted = {name.strip(' "*') for name in packages.split(",")}
    copied = {args.split()[0] for args in instruction("COPY")}
    assert wanted == {"search", "indexer", "api", "cli", "config"}
    assert wanted <= copied
