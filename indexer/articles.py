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
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import yaml

from search import ArticleFormatError

FRONT_MATTER_KEYS = ("title", "outlet", "published", "url", "language", "authors", "id")
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
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’»]?\s+(?=[\"“„«‘–—-]?\s*[A-ZÅÄÖÆØÜÉА-ЯЁ])")


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
    try:
        meta = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 2
        problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
        raise ArticleFormatError(path, f"malformed front matter: {problem}", line) from None
    if not isinstance(meta, dict):
        raise ArticleFormatError(path, "front matter must be 'key: value' lines", 2)
    return meta, "\n".join(lines[end + 1 :]), end + 2


def parse_date(value: Any, path: str, line: int | None = None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 else date.fromisoformat(text)
    except ValueError:
        raise ArticleFormatError(
            path, f"unparseable date {text!r} for 'published'; use YYYY-MM-DD", line
        ) from None


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


def parse_article(article_id: str, data: bytes, path: str = "") -> ParsedArticle:
    """Parse one article file's bytes; raises ``ArticleFormatError`` naming the problem."""
    path = path or article_id
    text = decode(data, path)
    meta, rest, _ = split_front_matter(text, path)
    return parse_text(article_id, text, rest, meta, path, content_hash(data))


def parse_text(
    article_id: str,
    text: str,
    rest: str,
    meta: dict[str, Any],
    path: str,
    digest: str,
) -> ParsedArticle:
    """Build the article from its metadata and the text after any front matter."""
    warnings = [
        f"{path}:{_meta_line(text, key) or 1}: unknown front-matter key '{key}' ignored"
        f" (known: {', '.join(FRONT_MATTER_KEYS)})"
        for key in meta
        if key not in FRONT_MATTER_KEYS
    ]
    lines, viewing_title, footer_outlet = clean_body(rest)
    while lines and not lines[0].strip():
        lines.pop(0)
    title = str(meta.get("title") or "").strip() or viewing_title
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
    outlet = str(meta.get("outlet") or "").strip()
    if not outlet:
        credit = _CREDIT_IN_TEXT.search(body)
        outlet = credit.group("outlet") if credit else footer_outlet
    authors = meta.get("authors") or ()
    if isinstance(authors, str):
        authors = (authors,)
    return ParsedArticle(
        id=article_id,
        title=title,
        body=body,
        outlet=outlet,
        published=parse_date(meta.get("published"), path, _meta_line(text, "published")),
        url=str(meta.get("url") or "").strip(),
        language=str(meta.get("language") or "").strip().lower(),
        authors=tuple(str(a) for a in authors),
        content_hash=digest,
        warnings=warnings,
        source_path=path,
    )
