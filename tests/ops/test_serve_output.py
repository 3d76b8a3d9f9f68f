"""`make run` output when it is piped or logged (issue 19): `presslens serve` prints its banner
as one line, never wrapped at 80 columns, and the server's own log lines stay whole too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.ops.conftest import ServeProcess

pytestmark = [pytest.mark.server]


def test_the_serve_banner_is_one_line_when_stdout_is_not_a_terminal(
    indexed: Path, corpus: Path, tmp_path: Path
) -> None:
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}  # as make run, piped
    with ServeProcess(indexed, corpus, log_path=log, env=env) as server:
        url = server.url
    lines = log.read_text(encoding="utf-8").splitlines()
    banner = f"presslens is serving {url}/  (search: /search?q=..., docs: /docs)"
    assert banner in lines
    assert len(banner) > 80
