"""`make test` never skips the browser tests silently (issue 19): its last line says whether
they ran, and if not, the one command that enables them; the README's first screen says so."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.widget.browser_status import INSTALL, REPO_ROOT


def status_line(**env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "tests.widget.browser_status"],
        cwd=REPO_ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    (line,) = result.stdout.splitlines()
    return line


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"PRESSLENS_CHROMIUM": "/nonexistent/chromium"}, "/nonexistent/chromium is missing"),
        ({"PRESSLENS_AXE_JS": "/nonexistent/axe/axe.min.js"}, "axe-core is not in /nonexistent"),
    ],
)
def test_a_missing_prerequisite_is_named_with_the_command_that_installs_it(
    env: dict[str, str], named: str
) -> None:
    line = status_line(**env)
    assert line.startswith("Browser tests skipped: ") and named in line
    assert line.endswith(f"Run '{INSTALL}' once to enable them.")


def test_make_test_prints_the_status_as_its_last_line_and_keeps_pytests_exit_status() -> None:
    makefile = (REPO_ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0].splitlines()[1:]
    last = recipe[-1].strip()
    assert re.fullmatch(
        r"\$\(BIN\)/pytest \|\| status=\$\$\?; "
        r"\$\(BIN\)/python -m tests\.widget\.browser_status; exit \$\$\{status:-0\}",
        last,
    )


def test_the_first_screen_of_the_readme_says_how_to_enable_the_browser_tests() -> None:
    first_screen = "\n".join(
        (REPO_ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:12]
    )
    assert "make test" in first_screen and INSTALL in first_screen
