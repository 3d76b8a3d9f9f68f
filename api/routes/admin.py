"""Write endpoints: ``POST /articles``, ``PUT /articles/{id}``, ``DELETE /articles/{id}``.

Every write goes through ``indexer.service.ArticleService`` (the one write path, shared with
``presslens add``/``remove``): the corpus file and the index together, under the index's
writer lock, with the corpus put back as it was if indexing fails. Its errors are domain
errors, mapped to statuses in ``api/errors.py``. This worker sees the change at once; other
workers within ``refresh_interval``.

| outcome                                          | status |
|--------------------------------------------------|--------|
| created / replaced / deleted                     | 201 / 200 / 204 |
| no key / key not accepted / writing disabled     | 401 / 403 / 403 |
| body sent as anything but JSON (Content-Type)    | 415    |
| body invalid (pydantic, or not an article)       | 422    |
| id in the path outside the safe character set    | 400    |
| POST of an id that exists (use PUT)              | 409    |
| DELETE or PUT-id mismatch of an unknown id       | 404    |
| body over ``max_body_bytes``                     | 413    |
| corpus directory not writable (read-only, full)  | 507    |
| index missing or damaged                         | 503    |

Blocking work (files, analysis, the index writer) runs in the threadpool; the event loop
keeps serving searches meanwhile.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import time
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, Request, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from api.observability import record_reindex
from api.schemas import ErrorOut
from api.security import AdminAccess
from api.validation import JsonBody
from config import Settings
from indexer.articles import http_url
from indexer.corpus import render_article_file
from indexer.people import PeopleRegistry
from indexer.service import ArticleService
from search import ArticleFormatError, InvalidArticleIdError, check_id, is_language_code

T = TypeVar("T")

router = APIRouter(prefix="/articles", tags=["admin"], dependencies=[AdminAccess, JsonBody])

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

ArticleIdPath = Annotated[
    str, PathParam(description="Article id: 1-128 of A-Z a-z 0-9 . _ - (not starting with '.').")
]

_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "No API key sent"},
    403: {"model": ErrorOut, "description": "Key not accepted, or writing disabled"},
    413: {"model": ErrorOut, "description": "Body larger than max_body_bytes"},
    415: {"model": ErrorOut, "description": "The body is not JSON (Content-Type)"},
    422: {"model": ErrorOut, "description": "The body is not a valid article"},
    503: {"model": ErrorOut, "description": "The index is missing or damaged"},
    507: {"model": ErrorOut, "description": "The corpus directory cannot be written"},
}


class ArticleIn(BaseModel):
    """An article to index; everything but ``text`` is optional."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "example": {
                "title": "Nato och Ryssland långt ifrån varandra",
                "text": "Efter tre timmars tuffa diskussioner höll Natos generalsekreterare...",
                "outlet": "TT",
                "published": "2022-01-12",
                "url": "https://example.org/story",
                "language": "sv",
                "authors": ["Jane Doe"],
            }
        },
    )

    text: str = Field(min_length=1, description="The article text (required).")
    title: str | None = Field(None, max_length=1000, description="Headline (default: inferred).")
    outlet: str | None = Field(None, max_length=200, description="Publisher.")
    published: date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = Field(None, max_length=2048, description="http(s) URL of the original.")
    language: str | None = Field(None, description="Language code (default: detected).")
    authors: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(
        default_factory=list, max_length=50, description="Author names."
    )
    id: str | None = Field(
        None,
        description="Article id (default: a hash of title and text); 1-128 of A-Z a-z 0-9 . _ -",
    )

    @field_validator("text")
    @classmethod
    def _has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must contain text, not only whitespace")
        return value

    @field_validator("text", "title", "outlet", "url", "language")
    @classmethod
    def _no_control_characters(cls, value: str | None) -> str | None:
        if value is not None and _CONTROL.search(value):
            raise ValueError("must not contain control characters (NUL and the like)")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value and not http_url(value):
            raise ValueError("must be an http:// or https:// URL without spaces")
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        if value and not is_language_code(value):
            raise ValueError(
                f"unknown language code {value[:20]!r}; use an ISO 639-1 code such as "
                "'sv', 'en' or 'pt-BR', or leave it out to have the language detected"
            )
        return value

    @field_validator("id")
    @classmethod
    def _safe_id(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                check_id(value)
            except InvalidArticleIdError as exc:
                raise ValueError(str(exc)) from None
        return value

    def default_id(self) -> str:
        """A short hash of title and text: posting the same article twice is a 409."""
        digest = hashlib.sha256(f"{self.title or ''}\n{self.text}".encode()).hexdigest()
        return f"a{digest[:16]}"

    def file_bytes(self, article_id: str) -> bytes:
        meta = self.model_dump(exclude={"text", "id"})
        meta["id"] = article_id  # always front matter, so text starting with '---' stays text
        return render_article_file(self.text, meta)


class ArticleWritten(BaseModel):
    id: str
    url: str = Field(description="API path of the article.")
    created: bool = Field(description="True when the id was new.")
    title: str
    took_ms: float
    warnings: list[str] = Field(default_factory=list)


# -------------------------------------------------------------------- endpoints
def _service(request: Request) -> ArticleService:
    settings: Settings = request.app.state.settings
    return ArticleService(
        settings.corpus_path,
        settings.index_path,
        registry=PeopleRegistry.load(settings.people_path),
        max_bytes=settings.max_article_bytes,
    )


def _write_lock(request: Request) -> asyncio.Lock:
    """Writes of one worker one at a time (the index writer is single anyway)."""
    lock = getattr(request.app.state, "write_lock", None)
    if lock is None:
        lock = request.app.state.write_lock = asyncio.Lock()
    return lock


async def _timed(request: Request, work: Callable[[], T]) -> T:
    """Run a blocking write off the event loop, counted in the reindex metrics; then let
    this worker see the change at once."""
    started = time.perf_counter()
    ok = False
    try:
        async with _write_lock(request):
            result = await run_in_threadpool(work)
        ok = True
    finally:
        record_reindex(time.perf_counter() - started, ok)
    await request.app.state.index.refresh_async()
    return result


async def _put(
    request: Request, article: ArticleIn, article_id: str, *, must_be_new: bool
) -> ArticleWritten:
    started = time.perf_counter()
    data = article.file_bytes(article_id)
    service = _service(request)
    service.parse(article_id, data)  # a bad article is a 4xx before any lock is taken
    written = await _timed(request, lambda: service.put(article_id, data, must_be_new=must_be_new))
    return ArticleWritten(
        id=article_id,
        url=f"/articles/{article_id}",
        created=written.created,
        title=written.title,
        took_ms=round((time.perf_counter() - started) * 1000, 1),
    )


@router.post(
    "",
    status_code=201,
    response_model=ArticleWritten,
    responses={**_WRITE_ERRORS, 409: {"model": ErrorOut, "description": "The id exists; use PUT"}},
    summary="Add an article (written to the corpus and indexed; searchable at once)",
)
async def create_article(
    article: ArticleIn, request: Request, response: Response
) -> ArticleWritten:
    article_id = article.id or article.default_id()
    written = await _put(request, article, article_id, must_be_new=True)
    response.headers["Location"] = written.url
    return written


@router.put(
    "/{article_id}",
    response_model=ArticleWritten,
    responses={
        **_WRITE_ERRORS,
        201: {"model": ArticleWritten, "description": "Created (the id was new)"},
        400: {"model": ErrorOut, "description": "Invalid id"},
    },
    summary="Replace (or create) the article with this id",
)
async def replace_article(
    article_id: ArticleIdPath, article: ArticleIn, request: Request, response: Response
) -> ArticleWritten:
    check_id(article_id)
    if article.id is not None and article.id != article_id:
        raise ArticleFormatError(
            "id", f"'{article.id}' in the body differs from '{article_id}' in the path"
        )
    written = await _put(request, article, article_id, must_be_new=False)
    if written.created:
        response.status_code = 201
        response.headers["Location"] = written.url
    return written


@router.delete(
    "/{article_id}",
    status_code=204,
    response_class=Response,
    responses={
        **_WRITE_ERRORS,
        400: {"model": ErrorOut, "description": "Invalid id"},
        404: {"model": ErrorOut, "description": "No such article"},
    },
    summary="Remove an article from the corpus and the index",
)
async def delete_article(article_id: ArticleIdPath, request: Request) -> Response:
    service = _service(request)
    await _timed(request, lambda: service.delete(check_id(article_id)))
    return Response(status_code=204)
