"""Metrics (Prometheus), structured request logs. Filled in by the operations work."""

from __future__ import annotations

from fastapi import FastAPI

from api.settings import Settings


def install_observability(app: FastAPI, settings: Settings) -> None:
    """Attach request logging and metrics to ``app``."""
