"""The one place where domain errors become HTTP responses, all shaped ``{"detail": ...}``.

| error                                   | status |
|-----------------------------------------|--------|
| QuerySyntaxError, UnknownFieldError     | 400    |
| InvalidParameterError                   | 400    |
| InvalidArticleIdError                   | 400    |
| ArticleNotFoundError                    | 404    |
| ArticleExistsError, IndexLockedError    | 409    |
| ArticleTooLargeError                    | 413    |
| ArticleFormatError                      | 422    |
| IndexNotFoundError, IndexCorruptError   | 503    |
| IndexBuildError                         | 503    |
| SearchTimeoutError                      | 503, with ``Retry-After`` |
| CorpusNotWritableError                  | 507    |
| request validation (pydantic)           | 422    |
| query string not UTF-8 (api.validation) | 400    |
| POST/PUT body not JSON (api.validation) | 415    |
| anything else                           | 500 (logged; no internals shown) |
"""

from __future__ import annotations

import logging
import math

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from search import (
    ArticleExistsError,
    ArticleFormatError,
    ArticleNotFoundError,
    ArticleTooLargeError,
    CorpusNotWritableError,
    IndexBuildError,
    IndexCorruptError,
    IndexLockedError,
    IndexNotFoundError,
    InvalidArticleIdError,
    InvalidParameterError,
    PresslensError,
    QuerySyntaxError,
    SearchTimeoutError,
)

log = logging.getLogger("presslens.api")

STATUS: list[tuple[type[PresslensError], int]] = [
    (QuerySyntaxError, 400),
    (InvalidParameterError, 400),
    (InvalidArticleIdError, 400),
    (ArticleNotFoundError, 404),
    (ArticleExistsError, 409),
    (IndexLockedError, 409),
    (ArticleTooLargeError, 413),  # before ArticleFormatError, its base
    (ArticleFormatError, 422),
    (IndexNotFoundError, 503),
    (IndexCorruptError, 503),
    (IndexBuildError, 503),
    (SearchTimeoutError, 503),
    (CorpusNotWritableError, 507),
]


def status_of(exc: PresslensError) -> int:
    for kind, status in STATUS:
        if isinstance(exc, kind):
            return status
    return 400


def headers_of(exc: PresslensError) -> dict[str, str] | None:
    """Extra headers of an error answer: when to try again after a timed-out search.

    >>> headers_of(SearchTimeoutError(2.0))
    {'Retry-After': '2'}
    """
    if isinstance(exc, SearchTimeoutError):
        return {"Retry-After": str(max(1, math.ceil(exc.seconds)))}
    return None


def _describe(error: dict) -> str:
    loc = [str(p) for p in error.get("loc", ()) if p not in ("query", "body", "path")]
    where = ".".join(loc) or "request"
    return f"{where}: {error.get('msg', 'invalid value')}"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(PresslensError)
    async def _domain(request: Request, exc: PresslensError) -> JSONResponse:
        return JSONResponse(
            {"detail": str(exc)}, status_code=status_of(exc), headers=headers_of(exc)
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        detail = "; ".join(_describe(e) for e in errors[:5]) or "invalid request"
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"detail": "Internal error; it has been logged."}, status_code=500)
