"""The face of the search package: a sorted ``__all__`` of importable names, and the only
package that talks to Whoosh."""

from __future__ import annotations

import re
from pathlib import Path

import search

ROOT = Path(__file__).resolve().parents[2]
_IMPORTS_WHOOSH = re.compile(r"^\s*(from|import)\s+whoosh\b", re.MULTILINE)


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


def test_only_search_imports_whoosh():
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("api", "indexer")
        for path in (ROOT / package).rglob("*.py")
        if _IMPORTS_WHOOSH.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
