"""``GET /health`` (liveness) and ``GET /ready`` (the index is open and readable)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.dependencies import HolderDep
from api.schemas import Health, Readiness
from search import PresslensError

router = APIRouter(tags=["operations"])


@router.get("/health", response_model=Health, summary="Liveness, with the document count")
async def health(holder: HolderDep) -> Health:
    """200 while the process runs, whatever the state of the index (missing, damaged):
    restarting would not fix the index; ``/ready`` says whether it can be searched."""
    try:
        documents: int | None = holder.get().stats().documents
    except PresslensError:
        documents = None
    return Health(status="ok", documents=documents)


@router.get(
    "/ready",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "No readable index yet"}},
    summary="Readiness: the index is open and readable",
)
async def ready(holder: HolderDep):
    try:
        stats = holder.get().stats()
    except PresslensError as exc:
        body = Readiness(ready=False, detail=str(exc))
        return JSONResponse(body.model_dump(), status_code=503)
    return Readiness(
        ready=True,
        documents=stats.documents,
        quotes=stats.quotes,
        generation=stats.generation,
        last_reindex=stats.last_reindex,
        languages=list(stats.languages),
    )
