"""Assembles the presslens FastAPI app; routes live in ``api/routes/``.

Run: ``presslens serve`` or ``uvicorn api.main:app``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.errors import install_error_handlers
from api.observability import install_observability
from api.routes import admin, articles, health, metrics, quotes, search, widget
from api.security import ReadAccess, install_security
from api.state import IndexHolder
from config import Settings, get_settings

DESCRIPTION = """Multilingual news search: faceted, stemming-aware, with speakers and quotes.

Errors always have the shape `{"detail": "..."}`: 4xx for the client's mistakes (with what
to change), 503 while no index exists.
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
    for module in (search, articles, quotes):  # reads: open, or a read key when configured
        app.include_router(module.router, dependencies=[ReadAccess])
    for module in (admin, health, metrics, widget):  # admin checks its own keys; others open
        app.include_router(module.router)
    install_security(app, settings)
    install_observability(app, settings)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET"],
            allow_headers=["Authorization"],
            allow_credentials=False,
        )
    return app


app = create_app()
