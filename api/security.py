"""API keys, request size limits and security headers. Filled in by the reliability work."""

from __future__ import annotations

from fastapi import FastAPI

from api.settings import Settings


def install_security(app: FastAPI, settings: Settings) -> None:
    """Attach body-size limits and security headers to ``app``."""
