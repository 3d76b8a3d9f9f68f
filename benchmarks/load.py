"""Load run against presslens on loopback: N concurrent clients, a fixed request budget and a
time cap, optionally while something else runs (e.g. ``presslens add``).

The CI test (``tests/reliability/test_load.py``) runs it for a few seconds; this script is the
long version (a benchmark)::

    .venv/bin/python -m benchmarks.load --clients 20 --seconds 30 --requests 1000000

It starts its own uvicorn on 127.0.0.1 over a synthetic corpus unless ``--url`` names a
running one, which must be a loopback address: this tool never sends traffic elsewhere.
"""

from __future__ import annotations

import argparse
import ipaddress
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from benchmarks import http_load

#: A mix like a search page's: queries, filters, facets, paging, suggest, quotes, one article.
PATHS = [
    ("/search", {"q": "nato"}),
    ("/search", {"q": "regeringen budget"}),
    ("/search", {"q": "", "lang": "de"}),
    ("/search", {"q": "security", "sort": "newest", "page": "2"}),
    ("/search", {"q": '"city council"', "facets": "outlet"}),
    ("/search", {"q": "россия"}),
    ("/suggest", {"q": "reg"}),
    ("/quotes", {"q": ""}),
    ("/search", {"q": "alianza OR bündnis", "per_page": "20"}),
    ("/articles/000_e42dea71f96fb87d", {}),
]


@dataclass
class LoadResult:
    """The traffic of one load run (``benchmarks.http_load``) and what ran meanwhile."""

    traffic: http_load.LoadResult = field(default_factory=http_load.LoadResult)
    during_result: Any = None

    @property
    def requests(self) -> int:
        return self.traffic.requests

    @property
    def failures(self) -> int:
        return self.traffic.errors

    @property
    def errors(self) -> list[str]:
        return self.traffic.error_samples

    def figures(self) -> dict[str, object]:
        t = self.traffic
        return {
            "requests": t.requests,
            "failures": t.errors,
            "seconds": round(t.seconds, 1),
            "req_per_s": round(t.per_second, 1),
            "p50_ms": round(http_load.percentile(t.latencies_ms, 0.50), 1) if t.requests else 0,
            "p99_ms": round(http_load.percentile(t.latencies_ms, 0.99), 1) if t.requests else 0,
        }


def check_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if host != "localhost" and not ipaddress.ip_address(host).is_loopback:
        raise SystemExit(f"refusing to load {url!r}: only loopback addresses (127.0.0.1)")


def run_load(
    url: str,
    *,
    clients: int = 20,
    requests: int = 4000,
    seconds: float = 8.0,
    during: Callable[[], Any] | None = None,
) -> LoadResult:
    """``clients`` connections share a budget of ``requests`` over ``PATHS``; all stop at
    ``seconds``. ``during`` runs in its own thread meanwhile; its return value is
    ``during_result`` and any exception it raises is re-raised here.
    """
    check_loopback(url)
    side: dict[str, Any] = {}

    def background() -> None:
        try:
            side["value"] = during() if during else None
        except BaseException as exc:  # re-raised in the caller's thread
            side["error"] = exc

    helper = threading.Thread(target=background, daemon=True)
    helper.start()
    paths = [f"{path}?{urlencode(params)}" if params else path for path, params in PATHS]
    traffic = http_load.concurrent(
        url, paths, clients=clients, seconds=seconds, max_requests=requests
    )
    helper.join(timeout=300)
    if "error" in side:
        raise side["error"]
    return LoadResult(traffic, side.get("value"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running presslens on loopback (default: start one)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=1000, help="synthetic corpus size")
    args = parser.parse_args()
    if args.url:
        result = run_load(
            args.url, clients=args.clients, requests=args.requests, seconds=args.seconds
        )
    else:
        result = _with_own_server(args)
    figures = result.figures()
    print("  ".join(f"{k}={v}" for k, v in figures.items()))
    if result.errors:
        print("first errors:", *result.errors[:5], sep="\n  ")
    raise SystemExit(1 if result.failures else 0)


def _with_own_server(args: argparse.Namespace) -> LoadResult:
    import shutil
    import subprocess
    import sys

    from indexer.build import sync_corpus
    from tests.reliability.conftest import ROOT, write_synthetic_corpus
    from tests.support.live import LiveServer

    with tempfile.TemporaryDirectory(prefix="presslens-load-") as tmp:
        base = Path(tmp)
        corpus = base / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        write_synthetic_corpus(corpus, args.articles)
        sync_corpus(corpus, base / "index")
        incoming = base / "incoming"
        ids = write_synthetic_corpus(incoming, 200, start=args.articles + 1000)

        def add_while_loading() -> int:
            for chunk in range(0, len(ids), 20):
                files = [str(incoming / f"{i}.txt") for i in ids[chunk : chunk + 20]]
                subprocess.run(
                    [sys.executable, "-m", "cli", "add", *files, "--corpus", str(corpus),
                     "--index", str(base / "index")],
                    cwd=ROOT, check=True, capture_output=True,
                )  # fmt: skip
            return len(ids)

        with LiveServer(base / "index", corpus, workers=args.workers) as server:
            print(f"loading {server.url} with {args.clients} clients for {args.seconds} s ...")
            return run_load(
                server.url,
                clients=args.clients,
                requests=args.requests,
                seconds=args.seconds,
                during=add_while_loading,
            )


if __name__ == "__main__":
    main()
