"""API keys, request size limits and security headers.

Keys (``Authorization: Bearer <key>``)
    * write endpoints (``POST/PUT/DELETE /articles``) need one of ``PRESSLENS_ADMIN_KEYS``;
      with no admin key configured they are disabled (403 saying what to set);
    * read endpoints are open unless ``PRESSLENS_READ_KEYS`` is set; then they need a read
      key or an admin key. ``/``, ``/embed.js``, ``/health``, ``/ready`` and ``/metrics``
      stay open (they are wired without the dependency in ``api/main.py``).

    No key -> 401 with ``WWW-Authenticate: Bearer``; a key that is not accepted -> 403.
    Keys are compared with ``secrets.compare_digest`` against *every* configured key (no
    early exit), and never logged or echoed.

Body size
    ``BodyLimitMiddleware`` answers 413 ``{"detail": ...}`` when ``Content-Length`` is over
    ``max_body_bytes`` (before reading anything) or when a streamed body grows past it.

CORS
    ``ReadOnlyCORSMiddleware`` answers CORS (``PRESSLENS_CORS_ORIGINS``) for the read
    endpoints only: ``GET`` of the routes that ``api/main.py`` wires with ``ReadAccess``.
    ``/metrics``, ``/health``, ``/ready``, the docs and every write carry no
    ``Access-Control-Allow-*`` header, so no other origin's page can read them.

Headers
    ``SecurityHeadersMiddleware`` adds ``X-Content-Type-Options: nosniff`` and a
    ``Referrer-Policy`` to every response, and to HTML a default Content-Security-Policy
    (no inline script) and ``X-Frame-Options: DENY``. Headers a route set itself (the
    widget's demo page has its own CSP) are left alone.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Iterable
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import SecretStr
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from config import Settings

#: Declares the scheme in the OpenAPI document (the "Authorize" button in /docs); we
#: produce the 401/403 answers ourselves.
bearer = HTTPBearer(auto_error=False, description="An API key: Authorization: Bearer <key>")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]

ADMIN_DISABLED = (
    "Writing is disabled: no admin API key is configured; "
    "set PRESSLENS_ADMIN_KEYS and send 'Authorization: Bearer <key>'."
)


def key_matches(presented: str, keys: Iterable[SecretStr]) -> bool:
    """Whether ``presented`` equals one of ``keys``, in time independent of which one.

    >>> key_matches("s3cret", [SecretStr("other"), SecretStr("s3cret")])
    True
    """
    given = presented.encode("utf-8")
    found = False
    for key in keys:  # no early exit: every key is compared
        found |= secrets.compare_digest(given, key.get_secret_value().encode("utf-8"))
    return found


def _missing(what: str) -> HTTPException:
    return HTTPException(
        status_code=401,
        detail=f"{what} API key required: send 'Authorization: Bearer <key>'.",
        headers={"WWW-Authenticate": "Bearer"},
    )


def require_admin(request: Request, credentials: Credentials) -> None:
    """Dependency of the write endpoints: a valid admin key or 401/403."""
    settings: Settings = request.app.state.settings
    if not settings.admin_keys:
        raise HTTPException(status_code=403, detail=ADMIN_DISABLED)
    if credentials is None or not credentials.credentials:
        raise _missing("An admin")
    if not key_matches(credentials.credentials, settings.admin_keys):
        raise HTTPException(status_code=403, detail="This API key may not write articles.")


def require_read(request: Request, credentials: Credentials) -> None:
    """Dependency of the read endpoints: open, or a read/admin key when read keys are set."""
    settings: Settings = request.app.state.settings
    if not settings.read_keys:
        return
    if credentials is None or not credentials.credentials:
        raise _missing("A read")
    if not key_matches(credentials.credentials, [*settings.read_keys, *settings.admin_keys]):
        raise HTTPException(status_code=403, detail="This API key is not accepted.")


ReadAccess = Depends(require_read)
AdminAccess = Depends(require_admin)


# ------------------------------------------------------------------- body size
async def send_json(send: Send, status: int, detail: str) -> None:
    """Answer ``{"detail": ...}`` with ``status`` straight from a middleware."""
    body = json.dumps({"detail": detail}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode("ascii")),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Reject request bodies over ``max_bytes`` with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _detail(self, size: int | None) -> str:
        got = f"{size:,} bytes" if size is not None else "more"
        return (
            f"Request body too large ({got}); the limit is {self.max_bytes:,} bytes "
            "(PRESSLENS_MAX_BODY_BYTES)."
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await send_json(send, 400, "Content-Length is not a number.")
                    return
        if declared is not None and declared > self.max_bytes:
            await send_json(send, 413, self._detail(declared))
            return

        received = 0
        too_large = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, too_large
            if too_large:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if too_large:
                return  # the app's answer to a cut-off body is replaced by the 413 below
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not too_large:
                raise
        if too_large and not started:
            await send_json(send, 413, self._detail(None))


# ------------------------------------------------------------------------- CORS
class ReadOnlyCORSMiddleware:
    """Starlette's CORS, applied only to ``GET``/``HEAD``/``OPTIONS`` of the read routes."""

    def __init__(self, app: ASGIApp, read_paths: Iterable[re.Pattern[str]], origins: list[str]):
        self.app = app
        self.read_paths = tuple(read_paths)
        self.cors = CORSMiddleware(
            app,
            allow_origins=origins,
            allow_methods=["GET"],
            allow_headers=["Authorization"],
            allow_credentials=False,
        )

    def is_read(self, scope: Scope) -> bool:
        return scope.get("method") in ("GET", "HEAD", "OPTIONS") and any(
            p.match(scope.get("path", "")) for p in self.read_paths
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.is_read(scope):
            await self.cors(scope, receive, send)
        else:
            await self.app(scope, receive, send)


# ---------------------------------------------------------------------- headers
#: For HTML pages that set no policy of their own: nothing inline, nothing foreign.
DEFAULT_HTML_CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
#: FastAPI's /docs and /redoc pages load Swagger UI / ReDoc from jsDelivr and start them
#: with one inline script; this policy allows exactly that and nothing else foreign.
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    "https://cdn.redoc.ly; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'"
)


class SecurityHeadersMiddleware:
    """Add defensive headers that a response does not already carry."""

    def __init__(self, app: ASGIApp, docs_paths: Iterable[str] = ()) -> None:
        self.app = app
        self.docs_paths = frozenset(p for p in docs_paths if p)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope.get("path") in self.docs_paths else DEFAULT_HTML_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                content_type = next(
                    (v for n, v in headers if n.lower() == b"content-type"), b""
                ).lower()
                extra = [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
                if content_type.startswith(b"text/html"):
                    extra += [
                        (b"content-security-policy", csp.encode("ascii")),
                        (b"x-frame-options", b"DENY"),
                    ]
                headers += [(n, v) for n, v in extra if n not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def install_security(app: FastAPI, settings: Settings) -> None:
    """Attach body-size limits and security headers to ``app``."""
    docs = [app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url]
    # add_middleware wraps: the last one added is outermost, so even a 413 gets the headers.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware, docs_paths=[p for p in docs if p])


__all__ = [
    "AdminAccess",
    "BodyLimitMiddleware",
    "ReadAccess",
    "ReadOnlyCORSMiddleware",
    "SecurityHeadersMiddleware",
    "install_security",
    "key_matches",
    "require_admin",
    "require_read",
    "send_json",
]
