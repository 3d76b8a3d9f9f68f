"""The embeddable search widget: ``GET /embed.js``, ``GET /embed.v{version}.js`` and the demo page.

The widget is one static file (``api/static/embed.js``) that the API serves itself, so an
intranet page embeds presslens with two lines and no build step::

    <script src="https://SEARCH-HOST/embed.js" defer></script>
    <presslens-search></presslens-search>

``/embed.js`` is cacheable for five minutes and revalidated by ETag; ``/embed.v<version>.js``
(version = package version + content hash, announced in the ``X-Presslens-Widget-Version``
header) never changes and is cached for a year. ``GET /`` serves a demo page under a
Content-Security-Policy that forbids inline script.

>>> WIDGET_VERSION_RE.fullmatch(embed_asset().version) is not None
True
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
EMBED_PATH = STATIC_DIR / "embed.js"
DEMO_PATH = STATIC_DIR / "demo.html"

#: ``<package version>-<first 12 hex digits of the file's SHA-256>``, e.g. ``0.1.0-3fa2b1c9d04e``.
WIDGET_VERSION_RE = re.compile(r"[0-9A-Za-z.+]+-[0-9a-f]{12}")
JS_MEDIA_TYPE = "text/javascript; charset=utf-8"
HTML_MEDIA_TYPE = "text/html; charset=utf-8"
CACHE_SHORT = "public, max-age=300"
CACHE_IMMUTABLE = "public, max-age=31536000, immutable"

router = APIRouter(tags=["widget"])


@dataclass(frozen=True, slots=True)
class StaticAsset:
    """A served file with the validators and metadata computed once per file content."""

    body: bytes
    etag: str
    version: str
    integrity: str


@dataclass(frozen=True, slots=True)
class DemoPage:
    """The demo page and the CSP that allows exactly its own inline ``<style>`` blocks."""

    body: bytes
    csp: str


def _presslens_version() -> str:
    """The installed package's version, or ``0.0.0`` when running from an uninstalled tree."""
    try:
        return package_version("presslens")
    except PackageNotFoundError:
        return "0.0.0"


@lru_cache(maxsize=4)
def _load_embed(path: Path, mtime_ns: int) -> StaticAsset:
    """Read embed.js and derive its ETag, version and SRI hash (cached per modification time)."""
    del mtime_ns  # part of the cache key only: an edited file is read again
    body = path.read_bytes()
    digest = hashlib.sha256(body).hexdigest()
    sri = base64.b64encode(hashlib.sha384(body).digest()).decode("ascii")
    return StaticAsset(
        body=body,
        etag=f'"{digest[:32]}"',
        version=f"{_presslens_version()}-{digest[:12]}",
        integrity=f"sha384-{sri}",
    )


def embed_asset() -> StaticAsset:
    """The current embed.js with its validators."""
    return _load_embed(EMBED_PATH, EMBED_PATH.stat().st_mtime_ns)


def content_security_policy(style_hashes: list[str]) -> str:
    """The demo page's CSP: scripts only from this origin, styles from it or by exact hash."""
    styles = " ".join(["'self'", *(f"'sha256-{h}'" for h in style_hashes)])
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            f"style-src {styles}",
            "connect-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


@lru_cache(maxsize=4)
def _load_demo(path: Path, mtime_ns: int) -> DemoPage:
    """Read demo.html and hash its inline ``<style>`` blocks for the CSP."""
    del mtime_ns
    body = path.read_bytes()
    text = body.decode("utf-8")
    hashes = [
        base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode("ascii")
        for m in re.finditer(r"<style>(.*?)</style>", text, flags=re.DOTALL)
    ]
    return DemoPage(body=body, csp=content_security_policy(hashes))


def demo_page() -> DemoPage:
    """The current demo page with its CSP."""
    return _load_demo(DEMO_PATH, DEMO_PATH.stat().st_mtime_ns)


def _etag_matches(if_none_match: str | None, etag: str) -> bool:
    """RFC 9110 weak comparison of an ``If-None-Match`` header against our strong ETag."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    candidates = (tag.strip().removeprefix("W/") for tag in if_none_match.split(","))
    return etag in candidates


def _script_response(request: Request, asset: StaticAsset, cache_control: str) -> Response:
    """embed.js (or 304 Not Modified) with caching, versioning and sniffing headers."""
    headers = {
        "Cache-Control": cache_control,
        "ETag": asset.etag,
        "X-Content-Type-Options": "nosniff",
        # Any page may load the widget, also with <script crossorigin integrity=...>.
        "Cross-Origin-Resource-Policy": "cross-origin",
        "Access-Control-Allow-Origin": "*",
        "X-Presslens-Widget-Version": asset.version,
        "X-Presslens-Widget-Integrity": asset.integrity,
    }
    if _etag_matches(request.headers.get("if-none-match"), asset.etag):
        return Response(status_code=304, headers=headers)
    return Response(content=asset.body, media_type=JS_MEDIA_TYPE, headers=headers)


_SCRIPT_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {"content": {"text/javascript": {}}, "description": "The widget script."},
    304: {"description": "Not modified (If-None-Match matched the ETag)."},
}


@router.get(
    "/embed.js",
    response_class=Response,
    responses=_SCRIPT_RESPONSES,
    summary="The embeddable search widget (cacheable for 5 minutes, ETag-validated)",
)
def embed_js(request: Request) -> Response:
    """Serve the widget script under its stable URL."""
    return _script_response(request, embed_asset(), CACHE_SHORT)


@router.get(
    "/embed.v{version}.js",
    response_class=Response,
    responses={**_SCRIPT_RESPONSES, 404: {"description": "Not the current widget version."}},
    summary="The embeddable search widget under an immutable, versioned URL",
)
def embed_js_versioned(version: str, request: Request) -> Response:
    """Serve the widget under its versioned URL; other versions are not kept, so 404."""
    asset = embed_asset()
    if version != asset.version:
        raise HTTPException(
            status_code=404,
            detail=f"unknown widget version {version!r}; the current one is {asset.version!r}",
        )
    return _script_response(request, asset, CACHE_IMMUTABLE)


@router.get(
    "/",
    response_class=Response,
    responses={200: {"content": {"text/html": {}}, "description": "The widget demo page."}},
    summary="Demo page embedding the search widget",
)
def demo() -> Response:
    """Serve the demo page, which embeds the widget exactly as WIDGET.md tells users to."""
    page = demo_page()
    headers = {
        "Content-Security-Policy": page.csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
        "Cache-Control": "no-cache",
    }
    return Response(content=page.body, media_type=HTML_MEDIA_TYPE, headers=headers)


# HEAD for the same URLs (e.g. ``curl -I`` to read the version header), kept out of the schema.
for _path, _endpoint in (
    ("/embed.js", embed_js),
    ("/embed.v{version}.js", embed_js_versioned),
    ("/", demo),
):
    router.add_api_route(_path, _endpoint, methods=["HEAD"], include_in_schema=False)
