"""Settings: every one documented with a default; invalid values name their variable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic_core import PydanticUndefined

from config import Settings, SettingsError, get_settings
from tests.support.live import ROOT

FIELDS = sorted(Settings.model_fields)


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No PRESSLENS_* from the caller, no .env, and no cached settings."""
    for name in FIELDS:
        monkeypatch.delenv(f"PRESSLENS_{name.upper()}", raising=False)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.parametrize("name", FIELDS)
def test_every_setting_has_a_default_and_a_one_line_description(name: str) -> None:
    info = Settings.model_fields[name]
    assert info.default is not PydanticUndefined or info.default_factory is not None
    assert info.description and "\n" not in info.description and info.description.endswith(".")


@pytest.mark.parametrize(
    "variable, value, expected",
    [
        ("PRESSLENS_PORT", "abc", "valid integer"),
        ("PRESSLENS_PORT", "70000", "less than or equal to 65535"),
        ("PRESSLENS_WORKERS", "0", "greater than or equal to 1"),
        ("PRESSLENS_LOG_LEVEL", "loud", "'debug', 'info', 'warning' or 'error'"),
        ("PRESSLENS_LOG_FORMAT", "xml", "'text' or 'json'"),
        ("PRESSLENS_REFRESH_INTERVAL", "-1", "greater than or equal to 0.05"),
        ("PRESSLENS_MAX_PER_PAGE", "many", "valid integer"),
        ("PRESSLENS_CORS_ORIGINS", "[not json", "Invalid settings"),
    ],
)
def test_an_invalid_variable_is_named_with_its_value_and_the_rule(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as caught:
        get_settings()
    assert variable in str(caught.value)
    assert expected in str(caught.value)


def test_an_invalid_api_key_list_is_reported_without_the_keys(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PRESSLENS_ADMIN_KEYS", '["s3cret", {"not": "a key"}]')
    with pytest.raises(SettingsError) as caught:
        get_settings()
    assert "PRESSLENS_ADMIN_KEYS" in str(caught.value)
    assert "s3cret" not in str(caught.value)


def test_list_settings_accept_commas_or_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRESSLENS_CORS_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("PRESSLENS_ADMIN_KEYS", '["k1", "k2"]')
    s = get_settings()
    assert s.cors_origins == ["https://a.example", "https://b.example"]
    assert [k.get_secret_value() for k in s.admin_keys] == ["k1", "k2"]


def test_dotenv_is_read_and_the_environment_wins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / ".env").write_text("PRESSLENS_PORT=9100\nPRESSLENS_LOG_LEVEL=DEBUG\n")
    monkeypatch.setenv("PRESSLENS_PORT", "9200")
    s = get_settings()
    assert (s.port, s.log_level) == (9200, "debug")


def test_uvicorn_with_an_invalid_setting_stops_with_one_line_naming_it(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSLENS_")}
    done = subprocess.run(
        [sys.executable, "-m", "uvicorn", "api.main:app", "--port", "1"],
        cwd=ROOT,
        env={**env, "PRESSLENS_SNIPPET_SIZE": "5"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Invalid settings: PRESSLENS_SNIPPET_SIZE='5'" in done.stderr
    assert "Traceback" not in done.stderr
