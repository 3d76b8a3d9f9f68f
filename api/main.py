"""Assembles the presslens FastAPI app; routes live in ``api/routes/``.

Run: ``presslens serve`` or ``uvicorn api.main:app``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.errors import install_error_handlers
from api.observability import install_observability
from api.routes import admin, articles, health, metrics, quotes, search, widget
from api.security import ReadAccess, ReadOnlyCORSMiddleware, install_security
from api.state import IndexHolder
from api.validation import QueryEncodingMiddleware
from config import Settings, get_settings

#: The read endpoints: open (or behind a read key) and, with PRESSLENS_CORS_ORIGINS, CORS.
READ_ROUTERS = (search, articles, quotes)

DESCRIPTION = """Multilingual news search: faceted, stemming-aware, with speakers and quotes.

Errors always have the shape `{"detail": "..."}`: 4xx for the client's mistakes (with what
to change), 503 while no index exists or when a search ran past its time limit
(`PRESSLENS_SEARCH_TIMEOUT`, with a `Retry-After` header).
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.index.close()

    from importlib.metadata import version

    app = FastAPI(
        title="presslens",
        version=version("presslens"),
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.index = IndexHolder(settings)
    install_error_handlers(app)
    for module in READ_ROUTERS:  # reads: open, or a read key when configured
        app.include_router(module.router, dependencies=[ReadAccess])
    for module in (admin, health, metrics, widget):  # admin checks its own keys; others open
        app.include_router(module.router)
    app.add_middleware(QueryEncodingMiddleware)
    install_security(app, settings)
    install_observability(app, settings)
    if settings.cors_origins:
        read_paths = [r.path_regex for m in READ_ROUTERS for r in m.router.routes]  # type: ignore[attr-defined]
        app.add_middleware(
            ReadOnlyCORSMiddleware, read_paths=read_paths, origins=settings.cors_origins
        )
    return app


app = create_app()
