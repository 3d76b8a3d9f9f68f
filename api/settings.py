"""All presslens settings in one place: environment variables ``PRESSLENS_*`` or ``.env``.

>>> Settings(port=9000).port
9000
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
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
    corpus_path: Path = Field(Path("corpus"), description="Directory of article files (the source of truth).")
    host: str = Field("127.0.0.1", description="Address the API listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port the API listens on.")
    workers: int = Field(1, ge=1, le=64, description="Number of uvicorn worker processes.")
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Origins allowed to call the read endpoints from a browser (comma-separated); empty = CORS off.",
    )
    admin_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list, description="API keys allowed to write articles (comma-separated)."
    )
    read_keys: Annotated[list[SecretStr], NoDecode] = Field(
        default_factory=list,
        description="API keys required for the read endpoints (comma-separated); empty = reads are open.",
    )
    max_query_length: int = Field(1000, ge=1, description="Longest accepted query text, in characters.")
    max_per_page: int = Field(100, ge=1, le=1000, description="Largest page size a client may ask for.")
    max_page_window: int = Field(10_000, ge=10, description="Deepest result reachable by paging (page x per_page).")
    max_filter_values: int = Field(50, ge=1, description="Most values per filter parameter (outlet, lang, speaker).")
    max_facet_values: int = Field(100, ge=1, description="Most values returned per facet.")
    max_body_bytes: int = Field(2 * 1024 * 1024, ge=1024, description="Largest accepted request body, in bytes.")
    max_article_bytes: int = Field(5 * 1024 * 1024, ge=1024, description="Largest article file the indexer reads, in bytes.")
    snippet_count: int = Field(3, ge=1, le=10, description="Snippets per hit.")
    snippet_size: int = Field(160, ge=40, le=1000, description="Approximate length of one snippet, in characters.")
    refresh_interval: float = Field(0.5, ge=0.05, le=60, description="Seconds between checks for a changed index.")
    log_level: Literal["debug", "info", "warning", "error"] = Field("info", description="Log level.")
    log_format: Literal["text", "json"] = Field("text", description="Log format: human-readable text or JSON lines.")

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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
