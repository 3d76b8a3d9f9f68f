"""A real uvicorn server on 127.0.0.1 for integration tests (a subprocess, torn down reliably).

>>> with LiveServer(index_path, corpus_path) as server:          # doctest: +SKIP
...     httpx.get(server.url + "/health").json()
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """``uvicorn api.main:app`` on a free loopback port with ``PRESSLENS_*`` settings."""

    def __init__(
        self,
        index_path: Path,
        corpus_path: Path,
        *,
        workers: int = 1,
        env: dict[str, str] | None = None,
        ready_timeout: float = 30.0,
        log_path: Path | None = None,
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        self.ready_timeout = ready_timeout
        self.env = {
            **os.environ,
            "PRESSLENS_INDEX_PATH": str(index_path),
            "PRESSLENS_CORPUS_PATH": str(corpus_path),
            "PRESSLENS_REFRESH_INTERVAL": "0.2",
            **(env or {}),
        }
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def command(self) -> list[str]:
        """What runs the server (subclasses may run ``presslens serve`` instead)."""
        return [
            sys.executable, "-m", "uvicorn", "api.main:app",
            "--host", "127.0.0.1", "--port", str(self.port),
            "--workers", str(self.workers), "--log-level", "warning",
            "--timeout-graceful-shutdown", "10",
        ]  # fmt: skip

    def start(self) -> LiveServer:
        args = self.command()
        out = open(self.log_path, "wb") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            args,
            cwd=ROOT,
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if self.log_path:
            out.close()  # type: ignore[union-attr]
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{args[2]} exited with {self.process.returncode}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        tail = self.log_path.read_text(errors="replace")[-2000:] if self.log_path else ""
        raise RuntimeError(
            f"{args[2]} did not answer on {self.url} within {self.ready_timeout} s\n{tail}"
        )

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int | None:
        if self.process is None or self.process.poll() is not None:
            return None if self.process is None else self.process.returncode
        os.killpg(self.process.pid, sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            return self.process.wait(5)

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
