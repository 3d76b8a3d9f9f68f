"""Whether the widget's browser tests can run on this machine, and the one command that
makes them run. ``make test`` prints this as its last line, so a skipped browser test is
never silent::

    $ python -m tests.widget.browser_status
    Browser tests skipped: /usr/bin/chromium is missing. Run 'bash .ci/install-browser.sh' once.

In CI (``CI`` set) a missing prerequisite fails the browser tests instead of skipping them.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("PRESSLENS_CHROMIUM", "/usr/bin/chromium"))
AXE_JS = Path(
    os.environ.get("PRESSLENS_AXE_JS", REPO_ROOT / ".cache/axe/node_modules/axe-core/axe.min.js")
)
INSTALL = "bash .ci/install-browser.sh"


def missing() -> list[str]:
    """What the browser tests need and this machine lacks (empty: they run)."""
    gone = []
    if not CHROMIUM.exists():
        gone.append(f"{CHROMIUM} is missing")
    if not AXE_JS.exists():
        gone.append(f"axe-core is not in {AXE_JS.parent.parent}")
    if importlib.util.find_spec("playwright") is None:
        gone.append("the playwright package is not installed")
    return gone


def summary() -> str:
    """One line: the browser tests ran, or why they were skipped and how to enable them."""
    gone = missing()
    if not gone:
        return "Browser tests: run in Chromium, with axe-core (nothing skipped)."
    return f"Browser tests skipped: {'; '.join(gone)}. Run '{INSTALL}' once to enable them."


if __name__ == "__main__":
    print(summary())
