"""Doc drift: every setting is in the README's Configuration table (name, variable, default)
and in .env.example; the Deployment section names what operators need."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from config import Settings, env_name
from tests.support.live import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {title}\n(.*?)(?=^## |\Z)", README, flags=re.MULTILINE | re.DOTALL)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def table_rows() -> dict[str, list[str]]:
    rows = {}
    for line in section("Configuration").splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) == 4 and cells[0] not in ("setting", "", "---"):
            rows[cells[0]] = cells
    return rows


def shown_default(name: str) -> str:
    default = Settings.model_fields[name].get_default(call_default_factory=True)
    if isinstance(default, list):
        return "(empty)" if not default else ",".join(default)
    return str(default) if isinstance(default, Path) else str(default)


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme_table_with_its_variable_and_default(name: str) -> None:
    rows = table_rows()
    assert name in rows, f"README Configuration table lacks '{name}'"
    _, variable, default, description = rows[name]
    assert variable == env_name(name)
    assert default.replace("_", "") == shown_default(name).replace("_", "")
    assert description


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_in_env_example(name: str) -> None:
    assert f"# {env_name(name)}=" in ENV_EXAMPLE


def test_the_readme_table_has_no_setting_that_does_not_exist() -> None:
    assert set(table_rows()) <= set(Settings.model_fields)


def test_deployment_section_covers_compose_probes_metrics_workers_and_exit_codes() -> None:
    text = section("Deployment")
    for needle in ("docker compose up", "/health", "/ready", "/metrics",
                   "PROMETHEUS_MULTIPROC_DIR", "Exit codes", "not run here"):  # fmt: skip
        assert needle in text, needle
