"""HTTP side of the benchmarks: bounded, concurrent httpx clients against a real uvicorn on
127.0.0.1 (started with ``tests.support.live.LiveServer``).

Loopback only. Every run is bounded by a duration and/or a request count, and counts errors
(non-2xx answers and transport failures) instead of hiding them.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field

import httpx


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1) of ``values``; NaN when empty."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(fraction * len(ordered) + 0.5)))
    return ordered[rank - 1]


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


def sequential(
    base_url: str,
    paths: Sequence[str],
    *,
    repeats: int = 1,
    client: httpx.Client | None = None,
) -> LoadResult:
    """Request every path ``repeats`` times, one at a time, over one keep-alive connection
    (``client``'s, to stay with the worker that answered earlier requests; else a new one)."""
    result = LoadResult()
    lock = threading.Lock()
    started = time.perf_counter()
    with nullcontext(client) if client is not None else connection(base_url) as used:
        for _ in range(repeats):
            for path in paths:
                _one(used, path, result, lock)
    result.seconds = time.perf_counter() - started
    return result


def connection(base_url: str) -> httpx.Client:
    """A client with one keep-alive connection to ``base_url`` (one server worker answers
    all its requests)."""
    return httpx.Client(base_url=base_url, timeout=30.0)


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
