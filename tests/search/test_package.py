"""The face of the search package: a sorted ``__all__`` of importable names (which packages
may import Whoosh is ``tests/test_architecture.py``'s business)."""

from __future__ import annotations

from pathlib import Path

import search

ROOT = Path(__file__).resolve().parents[2]


def _isort_key(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions (the order ruff and isort use)."""
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, name)


def test_all_is_sorted_and_unique():
    assert search.__all__ == sorted(set(search.__all__), key=_isort_key)


def test_every_exported_name_exists():
    missing = [name for name in search.__all__ if not hasattr(search, name)]
    assert not missing


def test_the_package_docstring_describes_the_pipeline():
    assert "query" in search.__doc__ and "analyzer" in search.__doc__
