"""Write endpoints: ``POST /articles``, ``PUT /articles/{id}``, ``DELETE /articles/{id}``.

Every write goes to the corpus first (an article file, written atomically, so a full
rebuild keeps it) and then into the index under the single-writer lock (waiting for a
running indexer). If indexing fails, the corpus is put back as it was: the file is removed
(POST), its previous content restored (PUT) or recreated (DELETE), so corpus and index never
disagree. This worker sees the change at once; other workers within ``refresh_interval``.

| outcome                                          | status |
|--------------------------------------------------|--------|
| created / replaced / deleted                     | 201 / 200 / 204 |
| no key / key not accepted / writing disabled     | 401 / 403 / 403 |
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
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi import Path as PathParam
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.concurrency import run_in_threadpool

from api.observability import record_reindex
from api.schemas import ErrorOut
from api.security import AdminAccess
from api.settings import Settings
from indexer.articles import parse_article
from indexer.build import index_sources
from indexer.corpus import Source, article_path, check_id, render_article_file, write_article_file
from indexer.people import PeopleRegistry
from search import ArticleFormatError, ArticleNotFoundError, InvalidArticleIdError, PresslensError

router = APIRouter(prefix="/articles", tags=["admin"], dependencies=[AdminAccess])

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

ArticleIdPath = Annotated[
    str, PathParam(description="Article id: 1-128 of A-Z a-z 0-9 . _ - (not starting with '.').")
]

_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "No API key sent"},
    403: {"model": ErrorOut, "description": "Key not accepted, or writing disabled"},
    413: {"model": ErrorOut, "description": "Body larger than max_body_bytes"},
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
        if value and (not value.lower().startswith(("http://", "https://")) or " " in value):
            raise ValueError("must be an http:// or https:// URL without spaces")
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        if value and not _LANGUAGE.match(value):
            raise ValueError("must be a language code such as 'sv', 'en' or 'pt-BR'")
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


# ------------------------------------------------------------------ blocking work
@dataclass
class _Previous:
    """What the corpus held for an id before this write (to restore on failure)."""

    path: Path | None
    data: bytes | None


def _previous(corpus: Path, article_id: str) -> _Previous:
    path = article_path(corpus, article_id)
    return _Previous(path, path.read_bytes() if path is not None else None)


def _not_writable(corpus: Path, exc: OSError) -> HTTPException:
    reason = exc.strerror or type(exc).__name__
    return HTTPException(
        status_code=507,
        detail=(
            f"corpus directory '{corpus}' is read-only or cannot be written ({reason}); "
            "make it writable or set PRESSLENS_CORPUS_PATH to a writable directory."
        ),
    )


def _restore(corpus: Path, article_id: str, written: Path | None, previous: _Previous) -> None:
    """Put the corpus back as it was before a failed write."""
    if written is not None and written != previous.path:
        written.unlink(missing_ok=True)
    if previous.path is not None and previous.data is not None:
        if previous.path.suffix == ".txt":
            write_article_file(corpus, article_id, previous.data)
        else:
            previous.path.write_bytes(previous.data)


def _index(settings: Settings, sources: list[Source], remove: list[str]) -> None:
    started = time.perf_counter()
    ok = False
    try:
        report = index_sources(
            sources,
            settings.index_path,
            registry=PeopleRegistry.load(settings.people_path),
            remove=remove,
            corpus=settings.corpus_path,
            wait=True,
        )
        if report.failed:
            raise ArticleFormatError(sources[0].path if sources else "", "; ".join(report.failed))
        ok = True
    finally:
        record_reindex(time.perf_counter() - started, ok)


def _store(settings: Settings, article_id: str, data: bytes, previous: _Previous) -> None:
    """Write the file, index it; on any failure restore the corpus and re-raise."""
    corpus = settings.corpus_path
    try:
        path = write_article_file(corpus, article_id, data)
    except OSError as exc:
        raise _not_writable(corpus, exc) from exc
    try:
        _index(settings, [Source(article_id, str(path), data=data)], [])
    except BaseException:
        _restore(corpus, article_id, path, previous)
        raise
    if previous.path is not None and previous.path != path:  # replaced an .md by a .txt
        previous.path.unlink(missing_ok=True)


def _delete(settings: Settings, article_id: str, previous: _Previous) -> None:
    corpus = settings.corpus_path
    if previous.path is not None:
        try:
            previous.path.unlink()
        except OSError as exc:
            raise _not_writable(corpus, exc) from exc
    try:
        _index(settings, [], [article_id])
    except BaseException:
        _restore(corpus, article_id, None, previous)
        raise


# -------------------------------------------------------------------- endpoints
def _settings(request: Request) -> Settings:
    return request.app.state.settings


def _write_lock(request: Request) -> asyncio.Lock:
    """Writes of one worker one at a time (the index writer is single anyway)."""
    lock = getattr(request.app.state, "write_lock", None)
    if lock is None:
        lock = request.app.state.write_lock = asyncio.Lock()
    return lock


def _in_index(request: Request, article_id: str) -> bool:
    try:
        index = request.app.state.index.get_or_none()
        return index is not None and article_id in index.view().id_to_docnum
    except PresslensError:
        return False


def _refresh(request: Request) -> None:
    try:
        index = request.app.state.index.get_or_none()
        if index is not None:
            index.refresh()
    except PresslensError:
        pass


def _checked(settings: Settings, article_id: str, data: bytes) -> str:
    """Parse the file we are about to write, as the indexer will; returns its title."""
    if len(data) > settings.max_article_bytes:
        raise HTTPException(
            status_code=413,
            detail=f"article is {len(data):,} bytes, over the limit of "
            f"{settings.max_article_bytes:,} (PRESSLENS_MAX_ARTICLE_BYTES)",
        )
    try:
        parsed = parse_article(article_id, data, f"article '{article_id}'")
    except ArticleFormatError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    return parsed.title


async def _put(
    request: Request, article: ArticleIn, article_id: str, *, must_be_new: bool
) -> ArticleWritten:
    started = time.perf_counter()
    settings = _settings(request)
    data = article.file_bytes(article_id)
    title = _checked(settings, article_id, data)
    async with _write_lock(request):
        previous = await run_in_threadpool(_previous, settings.corpus_path, article_id)
        exists = previous.path is not None or _in_index(request, article_id)
        if must_be_new and exists:
            raise HTTPException(
                status_code=409,
                detail=f"An article with id '{article_id}' exists; use PUT /articles/{article_id} "
                "to replace it.",
            )
        await run_in_threadpool(_store, settings, article_id, data, previous)
        _refresh(request)
    return ArticleWritten(
        id=article_id,
        url=f"/articles/{article_id}",
        created=not exists,
        title=title,
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
        raise HTTPException(
            status_code=422,
            detail=f"id: '{article.id}' in the body differs from '{article_id}' in the path",
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
    check_id(article_id)
    settings = _settings(request)
    async with _write_lock(request):
        previous = await run_in_threadpool(_previous, settings.corpus_path, article_id)
        if previous.path is None and not _in_index(request, article_id):
            raise ArticleNotFoundError(article_id)
        await run_in_threadpool(_delete, settings, article_id, previous)
        _refresh(request)
    return Response(status_code=204)
