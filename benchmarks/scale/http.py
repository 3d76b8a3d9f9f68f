"""presslens over HTTP: a real uvicorn (``--workers``, 127.0.0.1) serving the built index.

Per query class, ``/search`` latency over one keep-alive connection (the same queries, filters,
sort and facets as in-process), the earlier ~40 queries as they were sent before (default
facets, for comparison with older results), ``/suggest`` latency, a bounded throughput run of
concurrent clients, and the server's memory (master and workers) after the query runs.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from benchmarks.peers import FACETS, TOP_N
from benchmarks.queries import LEGACY, BenchQuery, suggest_prefixes
from benchmarks.scale.memory import TreeSampler, tree_now

ROOT = Path(__file__).resolve().parents[2]


def search_path(query: BenchQuery, facets: Sequence[str] | None = FACETS) -> str:
    """The ``/search`` request for ``query`` (``facets=None``: the server's default facets).

    >>> search_path(BenchQuery("", "facets", languages=("de",), sort="newest"))
    '/search?q=&per_page=10&facets=outlet&facets=language&lang=de&sort=newest'
    """
    params: list[tuple[str, str | int]] = [("q", query.text), ("per_page", TOP_N)]
    params += [("facets", f) for f in facets or ()]
    params += [("lang", v) for v in query.languages]
    params += [("outlet", v) for v in query.outlets]
    params += [("since", query.since)] if query.since else []
    params += [("until", query.until)] if query.until else []
    params += [("sort", query.sort)] if query.sort != "relevance" else []
    return f"/search?{urlencode(params)}"


def legacy_paths() -> list[str]:
    """The earlier ~40 queries as sent before (``q`` and ``per_page`` only)."""
    return [search_path(q, facets=None) for q in LEGACY]


def suggest_paths() -> list[str]:
    return [f"/suggest?{urlencode({'q': p})}" for p in suggest_prefixes()]


#: Times the shape check asks while the server answers 503 (busy with a cold first search).
_SHAPE_ATTEMPTS = 10


def check_response_shape(base_url: str) -> list[str]:
    """Problems with the /search JSON (keys the benchmark relies on); empty when it looks right."""
    import httpx

    problems: list[str] = []
    with httpx.Client(base_url=base_url, timeout=60.0) as client:
        for _ in range(_SHAPE_ATTEMPTS):
            response = client.get(search_path(BenchQuery("oil", "probe")))
            if response.status_code != 503:
                break
            # A cold worker of a huge index may pass the search budget on a first search:
            # the 503 says when to ask again, and the work it did is cached by then.
            time.sleep(float(response.headers.get("Retry-After", "1")))
    if response.status_code != 200:
        return [f"/search answered {response.status_code}: {response.text[:200]}"]
    body = response.json()
    for key in ("total", "hits", "facets"):
        if key not in body:
            problems.append(f"/search JSON has no '{key}'")
    hits = body.get("hits") or []
    if hits and "snippets" not in hits[0]:
        problems.append("/search hits have no 'snippets'")
    facets = body.get("facets") or {}
    for name in FACETS:
        if isinstance(facets, dict) and name not in facets:
            problems.append(f"/search facets have no '{name}'")
    return problems


def run_http(
    index_dir: Path,
    queries: Sequence[BenchQuery],
    *,
    workers: int,
    clients: int,
    seconds: float,
    max_requests: int | None,
    repeats: int,
    smoke: bool = False,
) -> dict[str, Any]:
    """Start uvicorn on ``index_dir`` and measure it (see the module docstring)."""
    from benchmarks.http_load import concurrent, connection, sequential
    from tests.support.live import LiveServer

    classes = [q for q in queries if q.kind != "legacy"]
    started = time.perf_counter()
    with LiveServer(
        index_dir,
        ROOT / "corpus",
        workers=workers,
        env={"PRESSLENS_REFRESH_INTERVAL": "0.5"},  # the default, not the tests' quicker one
        log_path=index_dir.parent / "uvicorn.log",
        ready_timeout=1800.0,
    ) as server:
        ready_s = time.perf_counter() - started
        assert server.process is not None
        with TreeSampler(server.process.pid, interval=0.2) as sampler:
            sampler.phase("queries")
            problems = check_response_shape(server.url)
            health = sequential(server.url, ["/health"] * 20)
            # One keep-alive connection, so one worker, warmed by one pass as in-process
            # (a new connection may reach the other worker, whose caches are cold).
            with connection(server.url) as client:
                if not smoke:
                    warm = [search_path(q) for q in classes] + legacy_paths()
                    sequential(server.url, warm, client=client)
                paths = [search_path(q) for q in classes]
                timed = sequential(server.url, paths, repeats=repeats, client=client)
                legacy = sequential(server.url, legacy_paths(), repeats=repeats, client=client)
                suggested = suggest_paths()[: 12 if smoke else None]
                suggest = sequential(server.url, suggested, client=client)
            by_class: dict[str, list[float]] = {}
            for query, ms in zip(classes * repeats, timed.latencies_ms, strict=True):
                by_class.setdefault(query.kind, []).append(ms)
            after_queries = tree_now(server.process.pid)
            sampler.phase("throughput")
            load = concurrent(
                server.url, legacy_paths(), clients=clients, seconds=seconds,
                max_requests=max_requests,
            )  # fmt: skip
            after_load = tree_now(server.process.pid)
    from benchmarks.scale.measure import percentiles

    every = [s for samples in by_class.values() for s in samples]
    return {
        "workers": workers,
        "ready_seconds": round(ready_s, 2),
        "response_problems": problems,
        "health": health.summary(),
        "classes": {kind: percentiles(samples) for kind, samples in by_class.items()},
        "all": percentiles(every),
        "class_errors": timed.errors,
        "class_error_samples": timed.error_samples,
        "search": legacy.summary(),
        "suggest": suggest.summary(),
        "throughput": {"clients": clients, **load.summary()},
        "server_after_queries": after_queries,
        "server_after_load": after_load,
        "server_memory_mb": after_queries["rss_mb"],
        "server_peak_tree_mb": sampler.summary()["tree_peak_rss_mb"],
    }
