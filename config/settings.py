"""All presslens settings in one place: environment variables ``PRESSLENS_*`` or ``.env``.

>>> Settings(port=9000).port
9000

Invalid values stop start-up with a message naming the variable to fix
(``get_settings`` raises ``SettingsError``; ``settings_error_message`` words it).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def _split_list(value: object) -> object:
    """Accept a JSON list or a comma-separated string for list settings."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            return json.loads(text)
        return [item.strip() for item in text.split(",") if item.strip()]
    return value


class Settings(BaseSettings):
    """Every setting has a default and a one-line description (shown by ``presslens config``)."""

    model_config = SettingsConfigDict(
        env_prefix="PRESSLENS_", env_file=".env", extra="ignore", validate_default=True
    )

    index_path: Path = Field(Path(".presslens/index"), description="Directory of the search index.")
    corpus_path: Path = Field(
        Path("corpus"), description="Directory of article files (the source of truth)."
    )
    host: str = Field("127.0.0.1", description="Address the API listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port the API listens on.")
    workers: int = Field(1, ge=1, le=64, description="Number of uvicorn worker processes.")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description=(
            "Origins allowed to call the read endpoints from a browser (comma-separated); "
            "empty = CORS off."
        ),
    )
    admin_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list, description="API keys allowed to write articles (comma-separated)."
    )
    read_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description=(
            "API keys required for the read endpoints (comma-separated); empty = reads are open."
        ),
    )
    max_query_length: int = Field(
        1000, ge=1, description="Longest accepted query text, in characters."
    )
    max_per_page: int = Field(
        100, ge=1, le=1000, description="Largest page size a client may ask for."
    )
    max_page_window: int = Field(
        10_000, ge=10, description="Deepest result reachable by paging (page x per_page)."
    )
    max_filter_values: int = Field(
        50, ge=1, description="Most values per filter parameter (outlet, lang, speaker)."
    )
    max_facet_values: int = Field(100, ge=1, description="Most values returned per facet.")
    max_body_bytes: int = Field(
        2 * 1024 * 1024, ge=1024, description="Largest accepted request body, in bytes."
    )
    max_article_bytes: int = Field(
        5 * 1024 * 1024, ge=1024, description="Largest article file the indexer reads, in bytes."
    )
    snippet_count: int = Field(3, ge=1, le=10, description="Snippets per hit.")
    snippet_size: int = Field(
        160, ge=40, le=1000, description="Approximate length of one snippet, in characters."
    )
    refresh_interval: float = Field(
        0.5, ge=0.05, le=60, description="Seconds between checks for a changed index."
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        "info", description="Log level."
    )
    log_format: Literal["text", "json"] = Field(
        "text", description="Log format: human-readable text or JSON lines."
    )
    search_timeout: float = Field(
        2.0,
        ge=0.05,
        le=60,
        description="Seconds one search may run; past it the API answers 503 with Retry-After.",
    )
    shutdown_timeout: int = Field(
        10, ge=0, le=300, description="Seconds in-flight requests get to finish after SIGTERM."
    )

    @field_validator("cors_origins", "admin_keys", "read_keys", mode="before")
    @classmethod
    def _lists(cls, value: object) -> object:
        return _split_list(value)

    @field_validator("log_level", "log_format", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @property
    def synonyms_path(self) -> Path:
        return self.corpus_path / "synonyms.yaml"

    @property
    def people_path(self) -> Path:
        return self.corpus_path / "people.yaml"


SECRET_SUFFIX = "_keys"


def env_name(field: str) -> str:
    """The environment variable of a setting: ``port`` -> ``PRESSLENS_PORT``."""
    return f"PRESSLENS_{field.upper()}"


def settings_error_message(exc: ValidationError) -> str:
    """One line per invalid setting, naming its variable, the value and what is expected.

    >>> try:
    ...     Settings(workers=0, _env_file=None)
    ... except ValidationError as exc:
    ...     print(settings_error_message(exc))
    Invalid settings: PRESSLENS_WORKERS=0: Input should be greater than or equal to 1
    """
    lines = []
    for error in exc.errors():
        loc = error.get("loc") or ("?",)
        field = str(loc[0])
        value = "****" if field.endswith(SECRET_SUFFIX) else repr(error.get("input"))
        lines.append(f"{env_name(field)}={value}: {error.get('msg', 'invalid value')}")
    return "Invalid settings: " + "; ".join(lines)


class SettingsError(SystemExit):
    """Invalid configuration; ``str()`` names each ``PRESSLENS_*`` variable to fix.

    A ``SystemExit`` on purpose: ``uvicorn api.main:app`` then stops with this one message
    (exit status 1) instead of a traceback.
    """

    def __str__(self) -> str:
        return str(self.code)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings from the environment and ``.env``; ``SettingsError`` if any is invalid."""
    try:
        return Settings()
    except ValidationError as exc:
        raise SettingsError(settings_error_message(exc)) from None
