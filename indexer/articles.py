"""Reading one article file: UTF-8 text, optional YAML front matter, boilerplate, title
and outlet inference. Pure functions over bytes and text; ``indexer.corpus`` does the I/O.

Front matter (all keys optional)::

    ---
    title: NATO and Russia far apart
    outlet: Meduza
    published: 2022-01-12
    url: https://example.org/story
    language: en
    authors: [Jane Doe]
    ---
    Article text...

>>> doc = parse_article("a1", b"---\\noutlet: TT\\n---\\nNato-chefen svarade.\\n")
>>> doc.outlet, doc.body
('TT', 'Nato-chefen svarade.')
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

import yaml

from search import ArticleFormatError, canonical_code, is_language_code

FRONT_MATTER_KEYS = ("title", "outlet", "published", "url", "language", "authors", "id")
#: Front matter is a few keys: more text, or deeper nesting, is not an article's metadata
#: (and would cost the YAML parser seconds).
MAX_FRONT_MATTER_CHARS = 65_536
MAX_FRONT_MATTER_DEPTH = 32
TITLE_MAX_CHARS = 160
LEAD_MAX_CHARS = 110

# Site boilerplate: never searchable, never in snippets.
_BOILERPLATE = [
    re.compile(r"^\s*source site-\d+\s*$", re.I),
    re.compile(r"^\s*[.·•]\s*$"),
    re.compile(r"^\s*disclaimer\s*:", re.I),
    re.compile(r"\b(?:we|this site) uses? cookies\b|\baccept (?:all )?cookies\b", re.I),
    re.compile(r"^\s*(?:share|tweet|print|email)(?:\s+(?:this|on \w+))?\s*$", re.I),
    re.compile(r"^\s*(?:read more|related articles?|advertisement)\s*:?\s*$", re.I),
]
_VIEWING = re.compile(r"^\s*You are currently viewing\s+(?P<title>.+?)\s*$", re.I)
# Explicit self-credits: "Meduza summarizes their comments here.", a site footer.
_CREDIT_IN_TEXT = re.compile(
    r"\b(?P<outlet>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}) summari[sz]es (?:their|his|her|its|the)"
    r" (?:comments|remarks|statements|positions)\b"
)
_FOOTER_CREDIT = re.compile(
    r"^\s*(?P<outlet>(?:The )?[A-Z][\w.&'-]*(?: [A-Z0-9][\w.&'-]*){0,4}) is the place where you get"
    r" news\b",
    re.I,
)
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<outlet>[A-Z][\w.&' -]{1,40}?)\s*\.?\s*"
    r"(?:all rights reserved\.?)?\s*$",
    re.I,
)
_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ].*)?")
_UNSAFE_IN_URL = re.compile(r"[\s\x00-\x1f\x7f]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»]?\s+(?=[\"“„«‘–—-]?\s*[A-ZÅÄÖÆØÜÉА-ЯЁ])")


class FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader that builds no dates: ``published: 2022-02-30`` stays the text
    it is, so every date goes through ``parse_date``, the one check (an impossible date is
    one named failure, never a crash in the YAML library)."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
)


@dataclass
class ParsedArticle:
    """What one file says, before language detection and speaker extraction."""

    id: str
    title: str
    body: str
    outlet: str = ""
    published: date | None = None
    url: str = ""
    language: str = ""
    authors: tuple[str, ...] = ()
    content_hash: str = ""
    warnings: list[str] = field(default_factory=list)
    source_path: str = ""  # where it was read from (reported with its problems)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def decode(data: bytes, path: str) -> str:
    """UTF-8 text of a file, or an ``ArticleFormatError`` saying why it is not text."""
    if not data.strip():
        raise ArticleFormatError(path, "the file is empty")
    if b"\x00" in data[:8192]:
        raise ArticleFormatError(path, "binary file (contains NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ArticleFormatError(
            path, f"invalid UTF-8 at byte {exc.start} ({exc.reason})", line
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str, int]:
    """Split ``---`` YAML front matter from the text; returns (meta, body, body's line)."""
    if not text.startswith("---"):
        return {}, text, 1
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text, 1
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise ArticleFormatError(path, "front matter opened with '---' is never closed", 1)
    raw = "\n".join(lines[1:end])
    if len(raw) > MAX_FRONT_MATTER_CHARS:
        raise ArticleFormatError(
            path, f"front matter of {len(raw):,} characters; at most {MAX_FRONT_MATTER_CHARS:,}", 2
        )
    if _nesting(raw) > MAX_FRONT_MATTER_DEPTH:
        raise ArticleFormatError(
            path, f"front matter nested deeper than {MAX_FRONT_MATTER_DEPTH} levels", 2
        )
    try:
        meta = yaml.load(raw, Loader=FrontMatterLoader) if raw.strip() else {}  # noqa: S506
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise ArticleFormatError(path, f"malformed front matter: {problem}", line) from None
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. "!!int abc", deep nesting
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise ArticleFormatError(path, f"malformed front matter ({reason})", 2) from None
    if not isinstance(meta, dict):
        raise ArticleFormatError(path, "front matter must be 'key: value' lines", 2)
    return meta, "\n".join(lines[end + 1 :]), end + 2


def _nesting(raw: str) -> int:
    """How deep ``[`` and ``{`` nest in YAML text (an upper bound: quotes are not read)."""
    depth = deepest = 0
    for char in raw:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    return deepest


def parse_date(value: Any, path: str, line: int | None = None) -> date | None:
    """The one check every publication date goes through (front matter, JSON Lines, the
    API's files): ``YYYY-MM-DD``, optionally followed by a time, and a day that exists.

    >>> parse_date("2022-01-12T10:00:00Z", "a.txt")
    datetime.date(2022, 1, 12)
    >>> try:
    ...     parse_date("2022-02-30", "x.txt", 2)
    ... except ArticleFormatError as exc:
    ...     print(exc)  # doctest: +ELLIPSIS
    x.txt:2: impossible date '2022-02-30' for 'published' (day is out of range for month); ...
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    found = _ISO_DATE.fullmatch(text)
    if found is None:
        try:
            return date.fromisoformat(text)  # the other ISO 8601 forms: 20220112, 2022-W02-3
        except ValueError:
            raise ArticleFormatError(
                path, f"unparseable date {text[:40]!r} for 'published'; use YYYY-MM-DD", line
            ) from None
    try:
        return date(int(found["y"]), int(found["m"]), int(found["d"]))
    except ValueError as exc:
        raise ArticleFormatError(
            path,
            f"impossible date {text[:40]!r} for 'published' ({exc}); use a real date as YYYY-MM-DD",
            line,
        ) from None


def http_url(value: object) -> str:
    """``value`` if it is an absolute http(s) URL a reader may follow, else ``""``: never a
    ``javascript:``, ``data:`` or relative link (files, JSON Lines and old indexes alike).

    >>> http_url(" https://example.org/story "), http_url("javascript:alert(1)")
    ('https://example.org/story', '')
    """
    text = str(value or "").strip()
    if not text or _UNSAFE_IN_URL.search(text):
        return ""
    try:
        parts = urlsplit(text)
    except ValueError:
        return ""
    return text if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def _meta_line(text: str, key: str) -> int | None:
    for number, line in enumerate(text.split("\n")[:50], start=1):
        if line.startswith(f"{key}:"):
            return number
    return None


def clean_body(text: str) -> tuple[list[str], str, str]:
    """Drop boilerplate lines; returns (kept lines, title from a 'viewing' line, outlet
    named by a footer or copyright line)."""
    kept: list[str] = []
    viewing_title = ""
    outlet = ""
    for line in text.split("\n"):
        viewing = _VIEWING.match(line)
        if viewing:
            viewing_title = viewing_title or viewing.group("title")
            continue
        footer = _FOOTER_CREDIT.match(line) or _COPYRIGHT.match(line)
        if footer:
            outlet = outlet or footer.group("outlet").strip()
            continue
        if any(p.search(line) for p in _BOILERPLATE):
            continue
        kept.append(line.rstrip())
    return kept, viewing_title, outlet


def looks_like_headline(line: str, rest: str) -> bool:
    """A first line is a headline if it is short, has no final full stop and text follows."""
    line = line.strip()
    if not line or not rest.strip() or len(line) > TITLE_MAX_CHARS:
        return False
    if len(line.split()) > 25 or line[-1] in ".,;:":
        return False
    return len(_SENTENCE_END.findall(line)) == 0


def lead_title(body: str) -> str:
    """A short lead from the first sentence, cut at a word boundary."""
    first = _SENTENCE_END.split(body.strip(), maxsplit=1)[0].strip()
    first = " ".join(first.split())
    if len(first) <= LEAD_MAX_CHARS:
        return first
    cut = first[:LEAD_MAX_CHARS].rsplit(" ", 1)[0].rstrip(",;:–-")
    return cut + "…"


def parse_article(
    article_id: str, data: bytes, path: str = "", *, meta_lines: bool = True
) -> ParsedArticle:
    """Parse one article file's bytes; raises ``ArticleFormatError`` naming the problem.

    ``meta_lines``: the file's front-matter lines are worth naming in warnings (False for a
    JSON Lines record rendered as a file: its ``path`` already names the line)."""
    path = path or article_id
    text = decode(data, path)
    meta, rest, _ = split_front_matter(text, path)
    return parse_text(article_id, text, rest, meta, path, content_hash(data), meta_lines=meta_lines)


def parse_text(
    article_id: str,
    text: str,
    rest: str,
    meta: dict[str, Any],
    path: str,
    digest: str,
    *,
    meta_lines: bool = True,
) -> ParsedArticle:
    """Build the article from its metadata and the text after any front matter.

    What an editor got wrong in the metadata costs the key, not the article: an unknown
    key, a URL that is not http(s), an unknown language code (then detected) are warnings
    naming the file and line. Only an unreadable date fails the article."""

    def where(key: str) -> str:
        line = _meta_line(text, key) if meta_lines else None
        return f"{path}:{line or 1}" if meta_lines else path

    def line_of(key: str) -> int | None:
        return _meta_line(text, key) if meta_lines else None

    warnings = [
        f"{where(str(key))}: unknown front-matter key '{key}' ignored"
        f" (known: {', '.join(FRONT_MATTER_KEYS)})"
        for key in meta
        if key not in FRONT_MATTER_KEYS
    ]
    fields = {key: _text_value(meta, key, where, warnings) for key in TEXT_KEYS}
    lines, viewing_title, footer_outlet = clean_body(rest)
    while lines and not lines[0].strip():
        lines.pop(0)
    title = fields["title"] or viewing_title
    if not title and lines and looks_like_headline(lines[0], "\n".join(lines[1:])):
        title = lines.pop(0).strip()
    if title:  # repeated headline parts (kicker + headline) right below the title
        while lines and (not lines[0].strip() or lines[0].strip() in title):
            lines.pop(0)
    body = "\n".join(lines).strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    if not body and not title:
        raise ArticleFormatError(path, "no article text (only boilerplate or front matter)")
    if not title:
        title = lead_title(body)
    outlet = fields["outlet"]
    if not outlet:
        credit = _CREDIT_IN_TEXT.search(body)
        outlet = credit.group("outlet") if credit else footer_outlet
    return ParsedArticle(
        id=article_id,
        title=title,
        body=body,
        outlet=outlet,
        published=parse_date(meta.get("published"), path, line_of("published")),
        url=_checked_url(fields["url"], where, warnings),
        language=_checked_language(fields["language"], where, warnings),
        authors=_authors(meta.get("authors"), where, warnings),
        content_hash=digest,
        warnings=warnings,
        source_path=path,
    )


#: Keys whose value is one piece of text.
TEXT_KEYS = ("title", "outlet", "url", "language")


def _text_value(
    meta: dict[str, Any], key: str, where: Callable[[str], str], warnings: list[str]
) -> str:
    value = meta.get(key)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        warnings.append(f"{where(key)}: '{key}' must be text, not a list or mapping; ignored")
        return ""
    return str(value).strip()


def _checked_url(url: str, where: Callable[[str], str], warnings: list[str]) -> str:
    if url and not http_url(url):
        warnings.append(
            f"{where('url')}: url {url[:60]!r} is not an http:// or https:// URL; ignored"
        )
    return http_url(url)


def _checked_language(code: str, where: Callable[[str], str], warnings: list[str]) -> str:
    if code and not is_language_code(code):
        warnings.append(
            f"{where('language')}: unknown language code {code[:20]!r} ignored; the language"
            " is detected instead (use an ISO 639-1 code such as 'en' or 'sv')"
        )
        return ""
    return canonical_code(code) if code else ""


def _authors(value: Any, where: Callable[[str], str], warnings: list[str]) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str | int | float):
        return (str(value),)
    if isinstance(value, list) and all(not isinstance(a, dict | list) for a in value):
        return tuple(str(a).strip() for a in value if a is not None and str(a).strip())
    warnings.append(f"{where('authors')}: 'authors' must be a name or a list of names; ignored")
    return ()
