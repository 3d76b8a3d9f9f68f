"""HTTP side of the benchmarks: a real uvicorn on 127.0.0.1 and bounded, concurrent httpx clients.

Loopback only. Every run is bounded by a duration and/or a request count, and counts errors
(non-2xx answers and transport failures) instead of hiding them.
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import httpx

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1) of ``values``; NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


class UvicornServer:
    """``uvicorn api.main:app`` serving ``index_dir`` on 127.0.0.1 in a subprocess.

    Use as a context manager; the server is stopped (terminate, then kill) on exit.
    """

    def __init__(
        self,
        index_dir: Path,
        *,
        workers: int = 2,
        log_path: Path | None = None,
        app: str = "api.main:app",
        startup_timeout: float = 90.0,
        cwd: Path | None = None,
    ) -> None:
        self.index_dir = index_dir
        self.workers = workers
        self.port = free_port()
        self.base_url = f"http://{LOOPBACK}:{self.port}"
        self.log_path = log_path or index_dir.parent / "uvicorn.log"
        self.app = app
        self.startup_timeout = startup_timeout
        self.cwd = cwd
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> UvicornServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        env = {**os.environ, "PRESSLENS_INDEX_PATH": str(self.index_dir)}
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            self.app,
            "--host",
            LOOPBACK,
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
            "--log-level",
            "warning",
            "--no-access-log",
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=self.cwd
            )
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        with httpx.Client(base_url=self.base_url, timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    break
                try:
                    if client.get("/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        log = self.log_path.read_text(errors="replace")[-2000:]
        self.stop()
        raise RuntimeError(f"uvicorn did not become healthy at {self.base_url}; log tail:\n{log}")

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.process = None


@dataclass(slots=True)
class LoadResult:
    """Outcome of a batch of HTTP requests."""

    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    error_samples: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def summary(self) -> dict[str, float | int | list[str]]:
        """Plain figures for the results JSON."""
        lat = self.latencies_ms
        return {
            "requests": self.requests,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
            "per_second": round(self.per_second, 1),
            "p50_ms": round(percentile(lat, 0.50), 3) if lat else None,
            "p95_ms": round(percentile(lat, 0.95), 3) if lat else None,
            "mean_ms": round(statistics.fmean(lat), 3) if lat else None,
            "error_samples": self.error_samples[:5],
        }


def _one(client: httpx.Client, path: str, result: LoadResult, lock: threading.Lock) -> None:
    started = time.perf_counter()
    error: str | None = None
    try:
        response = client.get(path)
        response.read()
        if not response.is_success:
            error = f"{response.status_code} {path}"
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__} {path}"
    elapsed = (time.perf_counter() - started) * 1000
    with lock:
        result.requests += 1
        result.latencies_ms.append(elapsed)
        if error is not None:
            result.errors += 1
            if len(result.error_samples) < 5:
                result.error_samples.append(error)


def sequential(base_url: str, paths: Sequence[str], *, repeats: int = 1) -> LoadResult:
    """Request every path ``repeats`` times, one at a time, over one keep-alive connection."""
    result = LoadResult()
    lock = threading.Lock()
    started = time.perf_counter()
    with httpx.Client(base_url=base_url, timeout=30.0) as client:
        for _ in range(repeats):
            for path in paths:
                _one(client, path, result, lock)
    result.seconds = time.perf_counter() - started
    return result


def concurrent(
    base_url: str,
    paths: Sequence[str],
    *,
    clients: int = 16,
    seconds: float = 10.0,
    max_requests: int | None = None,
) -> LoadResult:
    """``clients`` threads, each with its own connection, cycling through ``paths``.

    Stops after ``seconds`` or once ``max_requests`` requests were sent, whichever comes first.
    """
    result = LoadResult()
    lock = threading.Lock()
    sent = 0
    deadline = time.monotonic() + seconds

    def claim() -> bool:
        nonlocal sent
        with lock:
            if time.monotonic() >= deadline or (max_requests is not None and sent >= max_requests):
                return False
            sent += 1
            return True

    def worker(offset: int) -> None:
        with httpx.Client(base_url=base_url, timeout=30.0) as client:
            position = offset
            while claim():
                _one(client, paths[position % len(paths)], result, lock)
                position += 1

    started = time.perf_counter()
    threads = [
        threading.Thread(target=worker, args=(i * 7,), name=f"load-{i}", daemon=True)
        for i in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.seconds = time.perf_counter() - started
    return result
