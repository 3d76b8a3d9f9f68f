"""``GET /metrics``: Prometheus text exposition (requests, search hits, index, reindexing)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.observability import CONTENT_TYPE_LATEST, metrics_text

router = APIRouter(tags=["operations"])


@router.get(
    "/metrics",
    response_class=Response,
    summary="Prometheus metrics",
    responses={200: {"content": {"text/plain": {}}, "description": "Prometheus text format"}},
)
def metrics(request: Request) -> Response:
    """Request counts and latency per route and status, search hit counts, index size and
    generation, reindex duration and failures. Run in the thread pool: a scrape reads files."""
    return Response(metrics_text(request.app), media_type=CONTENT_TYPE_LATEST)
