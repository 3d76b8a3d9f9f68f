"""Request hygiene before a route sees the request: what the parameters and bodies are made of.

* Query strings must be percent-encoded UTF-8. Starlette would replace undecodable bytes
  with U+FFFD and the route would answer a different question than the one asked
  (``q=%ff%fe`` would search for nothing, i.e. everything); ``QueryEncodingMiddleware``
  answers 400 naming the parameter instead.
* Bodies of ``POST``/``PUT`` are JSON: ``JsonBody`` (a dependency of the write routes,
  after the key check) answers 415 for any other ``Content-Type``. A request without one is
  read as JSON, as FastAPI does.

>>> undecodable_parameter(b"q=%ff%fe&lang=sv")
'q'
>>> undecodable_parameter(b"q=diskussion&speaker=Jens+Stoltenberg&q=%C3%A5r") is None
True
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from fastapi import Depends, HTTPException, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from api.security import send_json


def undecodable_parameter(query_string: bytes) -> str | None:
    """The first parameter of a raw query string whose name or value is not UTF-8."""
    for pair in query_string.replace(b";", b"&").split(b"&"):
        if not pair:
            continue
        name, _, value = pair.partition(b"=")
        raw_name = unquote_to_bytes(name.replace(b"+", b" "))
        try:
            shown = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            return raw_name.decode("utf-8", errors="replace")
        try:
            unquote_to_bytes(value.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError:
            return shown
    return None


class QueryEncodingMiddleware:
    """400 ``{"detail": "<parameter>: ..."}`` for a query string that is not UTF-8."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            name = undecodable_parameter(scope.get("query_string", b""))
            if name is not None:
                await send_json(
                    send,
                    400,
                    f"{name[:40]}: not valid UTF-8; percent-encode the parameter's UTF-8 "
                    "bytes (e.g. %C3%A5 for å)",
                )
                return
        await self.app(scope, receive, send)


#: Media types a write body may be sent as.
JSON_TYPES = ("application/json",)


def is_json_media_type(content_type: str) -> bool:
    """``application/json`` or ``application/<something>+json``, parameters ignored.

    >>> [is_json_media_type(t) for t in ("application/json; charset=utf-8", "text/plain")]
    [True, False]
    """
    media = content_type.split(";", 1)[0].strip().lower()
    return media in JSON_TYPES or (media.startswith("application/") and media.endswith("+json"))


def require_json_body(request: Request) -> None:
    """Dependency of ``POST``/``PUT`` routes: a body declared as anything but JSON is a 415."""
    if request.method not in ("POST", "PUT", "PATCH"):
        return
    content_type = request.headers.get("content-type")
    if content_type is not None and not is_json_media_type(content_type):
        raise HTTPException(
            status_code=415,
            detail=(
                f"Content-Type {content_type[:80]!r} is not accepted; send the article as "
                "JSON with 'Content-Type: application/json'."
            ),
        )


JsonBody = Depends(require_json_body)

__all__ = [
    "JsonBody",
    "QueryEncodingMiddleware",
    "is_json_media_type",
    "require_json_body",
    "undecodable_parameter",
]
