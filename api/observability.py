"""Metrics (Prometheus), structured request logs, and the indexer's run-status file.

Request path::

    request -> ObservabilityMiddleware -> route (may set ``request.state.hits``)
            -> one log line (method, route, status, duration, hits)
            -> presslens_http_requests_total / _duration_seconds / presslens_search_hits

Index metrics are read when ``/metrics`` is scraped (``IndexCollector``): the API process
does not run ``presslens index``, so it reports what the index directory tells it (document
count, generation, the last reindex's time and duration from the generation metadata) and
what the indexer wrote to ``<index>/last_run.json`` (runs and failed runs). Writes made by
the API itself are counted with ``record_reindex``.

Several uvicorn workers: set ``PROMETHEUS_MULTIPROC_DIR`` to an empty directory before the
workers start (``presslens serve --workers N`` does it for you) and every scrape adds up
all workers; without it each worker reports only its own requests.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, InfoMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from config import Settings
from search import IndexNotFoundError, PresslensError

__all__ = [
    "CONTENT_TYPE_LATEST",
    "IndexCollector",
    "JsonFormatter",
    "ObservabilityMiddleware",
    "configure_logging",
    "install_observability",
    "metrics_text",
    "multiprocess_dir",
    "prepare_multiprocess_dir",
    "record_reindex",
    "uvicorn_log_config",
]

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
ACCESS_LOGGER = "presslens.access"
QUIET_ROUTES = frozenset({"/health", "/ready", "/metrics"})  # probes: logged at debug only
UNMATCHED = "unmatched"  # route label for 404s outside every route (bounded cardinality)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
HIT_BUCKETS = (0, 1, 5, 10, 50, 100, 500, 1_000, 5_000, 10_000, 100_000)
REINDEX_BUCKETS = (0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0)

REQUESTS = Counter(
    "presslens_http_requests",
    "HTTP requests answered, by method, route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "presslens_http_request_duration_seconds",
    "Time to answer an HTTP request, by method, route template and status.",
    ["method", "route", "status"],
    buckets=LATENCY_BUCKETS,
)
SEARCH_HITS = Histogram(
    "presslens_search_hits",
    "Total hits of each answered search, by route (/search, /quotes); le=0 counts empty results.",
    ["route"],
    buckets=HIT_BUCKETS,
)
API_REINDEX_SECONDS = Histogram(
    "presslens_api_reindex_duration_seconds",
    "Duration of index writes made by the API (POST/PUT/DELETE /articles).",
    buckets=REINDEX_BUCKETS,
)
API_REINDEX_FAILURES = Counter(
    "presslens_api_reindex_failures",
    "Index writes made by the API that failed.",
)


# ----------------------------------------------------------------------------- reindexing
def record_reindex(seconds: float, ok: bool) -> None:
    """Count one index write made inside the API process (duration, and whether it failed)."""
    API_REINDEX_SECONDS.observe(max(seconds, 0.0))
    if not ok:
        API_REINDEX_FAILURES.inc()


class IndexCollector(Collector):
    """Index gauges read at scrape time from the app's open index and the run-status file."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    def collect(self) -> Iterable[Any]:
        holder = self.app.state.index
        ready = GaugeMetricFamily(
            "presslens_index_ready", "1 when the index is open and readable, else 0."
        )
        try:
            snapshot = holder.snapshot_blocking()  # never waits behind a heavy search
            if snapshot is None:
                raise IndexNotFoundError(str(holder.settings.index_path))
            stats, metadata = snapshot.stats, snapshot.metadata
        except PresslensError:
            ready.add_metric([], 0)
            yield ready
            yield from self._run_status(holder.report_failed_run())
            return
        ready.add_metric([], 1)
        yield ready
        yield GaugeMetricFamily(
            "presslens_index_documents", "Articles in the index.", value=stats.documents
        )
        yield GaugeMetricFamily(
            "presslens_index_quotes", "Quotes in the index.", value=stats.quotes
        )
        info = InfoMetricFamily("presslens_index_generation", "The live index generation.")
        info.add_metric([], {"generation": stats.generation})
        yield info
        when = _timestamp(stats.last_reindex)
        if when is not None:
            yield GaugeMetricFamily(
                "presslens_index_last_reindex_timestamp_seconds",
                "When the index was last written (Unix time).",
                value=when,
            )
        seconds = metadata.get("last_reindex_seconds")
        if isinstance(seconds, int | float):
            yield GaugeMetricFamily(
                "presslens_index_last_reindex_duration_seconds",
                "How long the last write to the index took.",
                value=float(seconds),
            )
        yield from self._run_status(holder.report_failed_run())

    @staticmethod
    def _run_status(status: dict[str, Any]) -> Iterable[Any]:
        if not status:
            return
        runs = CounterMetricFamily(
            "presslens_indexer_runs", "Runs of 'presslens index' recorded in last_run.json."
        )
        runs.add_metric([], float(status.get("runs_total", 0)))
        failures = CounterMetricFamily(
            "presslens_indexer_failures",
            "Runs of 'presslens index' that failed or left articles unindexed.",
        )
        failures.add_metric([], float(status.get("failures_total", 0)))
        yield runs
        yield failures
        yield GaugeMetricFamily(
            "presslens_indexer_last_run_success",
            "1 if the last 'presslens index' run succeeded, else 0.",
            value=1 if status.get("ok") else 0,
        )
        yield GaugeMetricFamily(
            "presslens_indexer_last_run_duration_seconds",
            "Duration of the last 'presslens index' run.",
            value=float(status.get("seconds", 0.0)),
        )
        yield GaugeMetricFamily(
            "presslens_indexer_last_run_failed_articles",
            "Articles the last 'presslens index' run could not index.",
            value=float(status.get("failed_articles", 0)),
        )
        if isinstance(status.get("finished_unix"), int | float):
            yield GaugeMetricFamily(
                "presslens_indexer_last_run_timestamp_seconds",
                "When the last 'presslens index' run finished (Unix time).",
                value=float(status["finished_unix"]),
            )


def _timestamp(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


# --------------------------------------------------------------------------------- metrics
def multiprocess_dir() -> str | None:
    """The ``PROMETHEUS_MULTIPROC_DIR`` in effect (workers then share their counts)."""
    return os.environ.get(MULTIPROC_ENV) or None


def metrics_text(app: FastAPI) -> bytes:
    """The Prometheus exposition: request metrics (every worker's, in multiprocess mode)
    followed by the index metrics of ``app``."""
    if multiprocess_dir():
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
        requests = generate_latest(registry)
    else:
        requests = generate_latest(REGISTRY)
    return requests + generate_latest(app.state.metrics_registry)


def prepare_multiprocess_dir(workers: int) -> tuple[Path | None, bool]:
    """Get ``PROMETHEUS_MULTIPROC_DIR`` ready before the workers start.

    A directory already named in the environment is created and emptied of stale ``*.db``
    files; with several workers and none named, a temporary one is made and exported.
    Returns the directory (or None) and whether the caller should delete it afterwards.
    """
    named = multiprocess_dir()
    if named:
        path = Path(named)
        path.mkdir(parents=True, exist_ok=True)
        for stale in path.glob("*.db"):
            stale.unlink(missing_ok=True)
        return path, False
    if workers > 1:
        path = Path(tempfile.mkdtemp(prefix="presslens-metrics-"))
        os.environ[MULTIPROC_ENV] = str(path)
        return path, True
    return None, False


# --------------------------------------------------------------------------------- logging
TEXT_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def uvicorn_log_config(settings: Settings) -> dict[str, Any]:
    """``logging.config`` for uvicorn's own lines (start-up, errors) in the configured format;
    its access log is off because the middleware writes one line per request."""
    formatter: dict[str, Any] = (
        {"()": f"{__name__}.JsonFormatter"}
        if settings.log_format == "json"
        else {"format": TEXT_FORMAT}
    )
    level = settings.log_level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"presslens": formatter},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "presslens",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"level": level},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }


_RESERVED = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, and every ``extra`` field."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _RESERVED and not key.startswith("_"):
                data[key] = value
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str, ensure_ascii=False)


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to the current ``sys.stderr`` (so captured or redirected stderr is honoured)."""

    _presslens = True

    def __init__(self) -> None:
        super().__init__()

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


def configure_logging(settings: Settings) -> None:
    """Configure the ``presslens`` loggers (and uvicorn's, in JSON mode) from the settings.

    Idempotent. uvicorn's own access log is switched off: the middleware writes one richer
    line per request instead. Query text appears only at ``debug``.
    """
    level = getattr(logging, settings.log_level.upper())
    if settings.log_format == "json":
        formatter: logging.Formatter = JsonFormatter()
    else:
        formatter = logging.Formatter(TEXT_FORMAT)
    logger = logging.getLogger("presslens")
    for handler in [h for h in logger.handlers if getattr(h, "_presslens", False)]:
        logger.removeHandler(handler)
    handler = _StderrHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    if settings.log_format == "json":
        for name in ("uvicorn", "uvicorn.error"):
            uv = logging.getLogger(name)
            for old in list(uv.handlers):
                uv.removeHandler(old)
            if name == "uvicorn":
                uv.addHandler(handler)
    logging.getLogger("uvicorn.access").disabled = True


log = logging.getLogger(ACCESS_LOGGER)


class ObservabilityMiddleware:
    """Pure ASGI middleware: times every HTTP request, counts it, logs one line about it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})
        started = time.perf_counter()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            self._observe(scope, status, time.perf_counter() - started)

    @staticmethod
    def _observe(scope: Scope, status: int, seconds: float) -> None:
        route = getattr(scope.get("route"), "path", None) or UNMATCHED
        method = scope.get("method", "")
        REQUESTS.labels(method, route, str(status)).inc()
        LATENCY.labels(method, route, str(status)).observe(seconds)
        hits = scope["state"].get("hits")
        if isinstance(hits, int):
            SEARCH_HITS.labels(route).observe(hits)
        level = logging.DEBUG if route in QUIET_ROUTES and status < 500 else logging.INFO
        if not log.isEnabledFor(level):
            return
        fields: dict[str, Any] = {
            "method": method,
            "route": route,
            "status": status,
            "duration_ms": round(seconds * 1000, 2),
        }
        if isinstance(hits, int):
            fields["hits"] = hits
        if log.isEnabledFor(logging.DEBUG):  # the path and query text can be personal data
            fields["path"] = scope.get("path", "")
            fields["query"] = scope.get("query_string", b"").decode("latin-1")
        text = f"{method} {route} {status} {fields['duration_ms']} ms"
        if "hits" in fields:
            text += f" hits={hits}"
        if "query" in fields and fields["query"]:
            text += f" ?{fields['query']}"
        log.log(level, text, extra=fields)


def install_observability(app: FastAPI, settings: Settings) -> None:
    """Attach request logging and metrics to ``app`` and configure logging."""
    configure_logging(settings)
    registry = CollectorRegistry()  # no auto-describe: collecting opens the index
    registry.register(IndexCollector(app))
    app.state.metrics_registry = registry
    app.add_middleware(ObservabilityMiddleware)
