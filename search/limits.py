"""What one search may cost: limits chosen by the deployment, passed in by the caller.

The API and the CLI build :class:`SearchLimits` from their settings (``PRESSLENS_MAX_*``);
the core never overrides them with limits of its own.

>>> SearchLimits(max_per_page=500).max_per_page
500
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SearchLimits:
    """Caps on what one request may ask for."""

    #: Largest page size.
    max_per_page: int = 100
    #: Deepest result reachable by paging (``page * per_page``).
    max_page_window: int = 10_000
    #: Seconds one search may run; past it the search stops with ``SearchTimeoutError``.
    timeout: float = 2.0


__all__ = ["SearchLimits"]
