"""``GET /health`` (liveness) and ``GET /ready`` (the index is open and readable).

Neither waits behind a search: they read the index's stats on the search thread when it is
idle (a millisecond) and otherwise report the last stats it saw (``api.state``).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.dependencies import HolderDep
from api.schemas import Health, IndexerRun, Readiness
from search import PresslensError

router = APIRouter(tags=["operations"])

#: Failure lines of the last indexer run shown by ``/ready`` (all are in ``last_run.json``).
SHOWN_FAILURES = 10
BUSY_OPENING = "The index is being opened; ask again in a second."


@router.get("/health", response_model=Health, summary="Liveness, with the document count")
async def health(holder: HolderDep) -> Health:
    """200 while the process runs, whatever the state of the index (missing, damaged):
    restarting would not fix the index; ``/ready`` says whether it can be searched."""
    try:
        snapshot = await holder.snapshot(wait_when_busy=False)
    except PresslensError:
        snapshot = None
    return Health(status="ok", documents=snapshot.stats.documents if snapshot else None)


@router.get(
    "/ready",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "No readable index yet"}},
    summary="Readiness: the index is open and readable",
)
async def ready(holder: HolderDep):
    """200 while the index can be searched, also when the last indexer run could not index
    some articles (they are listed under ``last_run``; the rest is served)."""
    last_run = _last_run(holder.report_failed_run())
    try:
        snapshot = await holder.snapshot()
    except PresslensError as exc:
        body = Readiness(ready=False, detail=str(exc), last_run=last_run)
        return JSONResponse(body.model_dump(), status_code=503)
    if snapshot is None:
        body = Readiness(ready=False, detail=BUSY_OPENING, last_run=last_run)
        return JSONResponse(body.model_dump(), status_code=503)
    stats = snapshot.stats
    return Readiness(
        ready=True,
        documents=stats.documents,
        quotes=stats.quotes,
        generation=stats.generation,
        last_reindex=stats.last_reindex,
        languages=list(stats.languages),
        last_run=last_run,
    )


def _last_run(status: dict[str, Any]) -> IndexerRun | None:
    """The last ``presslens index`` run as ``/ready`` shows it (None before the first)."""
    if not status:
        return None
    failed = status.get("failed")
    return IndexerRun(
        ok=bool(status.get("ok")),
        finished=status.get("finished"),
        failed_articles=int(status.get("failed_articles") or 0),
        failed=[str(f) for f in failed[:SHOWN_FAILURES]] if isinstance(failed, list) else [],
        error=str(status["error"]) if status.get("error") else None,
    )
