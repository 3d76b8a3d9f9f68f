"""The package lines of docs/architecture.md, held by the imports themselves.

Each package may import only what the picture allows: ``search`` (the core) knows nothing of
the indexer, the edges or the settings; the indexer knows the core but no edge; ``config``
knows none of them; ``api`` and ``cli`` are edges. Only ``search`` imports Whoosh, and only
``search/whoosh_internals.py`` touches Whoosh's private names.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("search", "indexer", "config", "api", "cli")
#: package -> the project packages it must never import.
FORBIDDEN = {
    "search": {"indexer", "api", "cli", "config"},
    "indexer": {"api", "cli", "config"},
    "config": {"search", "indexer", "api", "cli"},
    "api": {"cli"},
    "cli": set(),
}
#: Whoosh's private names presslens uses, the ones no presslens class would name an attribute
#: of its own (``search/whoosh_internals.py`` lists them all in ``REQUIRED``).
_PRIVATE_WHOOSH = re.compile(
    r"\._(?:read_data|read_ids|read_weights|next_block|perdoc|dbfile|basepos|fixedlen|"
    r"defaultbytes|postfile|tindex|fieldid|blocklimit|flush_segment|close_segment|"
    r"finalize_segment|commit_toc|check_state|check_fields|lenfield)\b"
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", PACKAGES)
def test_a_package_imports_only_across_allowed_lines(package: str) -> None:
    crossings = {
        str(path.relative_to(ROOT)): sorted(_imports(path) & FORBIDDEN[package])
        for path in _modules(package)
    }
    assert {path: bad for path, bad in crossings.items() if bad} == {}


def test_only_the_core_imports_whoosh() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in PACKAGES
        if package != "search"
        for path in _modules(package)
        if "whoosh" in _imports(path)
    ]
    assert offenders == []


def test_whoosh_private_names_live_in_one_module() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in _modules("search")
        if path.name != "whoosh_internals.py"
        and _PRIVATE_WHOOSH.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from api.settings import Settings\nimport cli.app\n", encoding="utf-8")
    assert _imports(module) == {"api", "cli"}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_over_450_lines(package: str) -> None:
    long = {
        str(path.relative_to(ROOT)): n
        for path in _modules(package)
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert long == {}
