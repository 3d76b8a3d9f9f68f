"""The examples in the docstrings are true: every module's doctests run (the ones that need
a running index are marked ``+SKIP`` in place)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

PACKAGES = ("search", "indexer", "api", "cli", "config")


def _modules() -> list[str]:
    names = []
    for package in PACKAGES:
        module = importlib.import_module(package)
        names.append(package)
        names.extend(
            info.name
            for info in pkgutil.walk_packages(module.__path__, f"{package}.")
            if not info.name.endswith("__main__")
        )
    return names


@pytest.mark.parametrize("name", _modules())
def test_the_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples fail in {name}"
