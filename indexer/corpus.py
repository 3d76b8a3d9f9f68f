"""Finding and reading article sources: a corpus directory, single files, JSON Lines.

An article file is ``<id>.txt`` or ``<id>.md`` (the stem is the id); ``<name>.jsonl`` holds
one article object per line (``text`` required; ``id`` optional, default
``<name>-<line>``). Every problem becomes a ``Failure`` naming the file (and line), and
reading goes on with the next article.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from indexer.articles import ParsedArticle, content_hash, parse_article, parse_text
from search import ArticleFormatError, InvalidArticleIdError, check_id

ARTICLE_SUFFIXES = (".txt", ".md")
JSONL_SUFFIX = ".jsonl"
DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """One article to read: from a file, or from a line of a JSON Lines file."""

    id: str
    path: str
    data: bytes | None = None  # file contents; None for JSON records
    record: dict[str, Any] | None = None
    line: int | None = None  # the line of a JSON Lines record (``path`` names it too)


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.path}: {self.reason}"
            if self.reason and self.path not in self.reason
            else self.reason
        )


def scan_corpus(directory: Path) -> list[Path]:
    """Article files of a corpus directory (recursive, sorted, hidden files skipped)."""
    if not directory.is_dir():
        raise ArticleFormatError(str(directory), "corpus directory does not exist")
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file()
        and p.suffix in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )


def read_sources(
    paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[list[Source], list[Failure]]:
    """Read files into sources; duplicates and oversized files become failures."""
    sources: list[Source] = []
    failures: list[Failure] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            found = list(_sources_of(path, max_bytes))
        except ArticleFormatError as exc:
            failures.append(Failure(exc.path, str(exc)))
            continue
        except OSError as exc:
            failures.append(Failure(str(path), f"{path}: cannot read ({exc.strerror or exc})"))
            continue
        for item in found:
            if isinstance(item, Failure):
                failures.append(item)
            elif item.id in seen:
                failures.append(
                    Failure(
                        item.path,
                        f"{item.path}: duplicate id '{item.id}' (also in {seen[item.id]})",
                    )
                )
            else:
                seen[item.id] = item.path
                sources.append(item)
    return sources, failures


def _sources_of(path: Path, max_bytes: int) -> Iterator[Source | Failure]:
    size = path.stat().st_size
    if path.suffix == JSONL_SUFFIX:
        yield from _jsonl_sources(path)
        return
    if size > max_bytes:
        raise ArticleFormatError(
            str(path),
            f"file is {size:,} bytes, over the limit of {max_bytes:,} (max_article_bytes)",
        )
    try:
        article_id = check_id(path.stem)
    except InvalidArticleIdError as exc:
        raise ArticleFormatError(str(path), f"{exc} (rename the file)") from None
    yield Source(article_id, str(path), data=path.read_bytes())


def _jsonl_sources(path: Path) -> Iterator[Source | Failure]:
    with path.open("rb") as fh:
        yield from jsonl_records(fh, str(path), default_prefix=path.stem)


def jsonl_records(
    lines: Iterable[bytes], name: str, default_prefix: str = "stdin"
) -> Iterator[Source | Failure]:
    """Sources from JSON Lines (one article object per line)."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(raw)
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            yield Failure(where, f"{where}: not valid JSON ({type(exc).__name__}: {exc})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Failure(where, f"{where}: expected an object with a 'text' string")
            continue
        raw_id = str(record.get("id") or f"{default_prefix}-{number}")
        try:
            yield Source(check_id(raw_id), where, record=record, line=number)
        except InvalidArticleIdError as exc:
            yield Failure(where, f"{where}: {exc}")


def parse_source(source: Source) -> ParsedArticle:
    """Turn a source into a parsed article (raises ``ArticleFormatError``, and only that:
    whatever else one file provokes is reported as that file's failure, never a crash of
    the run that reads it)."""
    try:
        if source.data is not None:  # a file, or a JSON record rendered as one (line set)
            return parse_article(
                source.id, source.data, source.path, meta_lines=source.line is None
            )
        return parse_record(source.id, source.record or {}, source.path)
    except ArticleFormatError:
        raise
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise ArticleFormatError(source.path, f"cannot be read ({reason})") from exc


def parse_record(article_id: str, record: dict[str, Any], where: str) -> ParsedArticle:
    """A JSON/HTTP article object as a parsed article; metadata keys as in front matter."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleFormatError(where, "'text' is empty")
    meta = {k: v for k, v in record.items() if k not in ("text", "id") and v not in (None, "")}
    digest = content_hash(json.dumps(record, sort_keys=True, ensure_ascii=False).encode())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return parse_text(article_id, text, text, meta, where, digest, meta_lines=False)


def render_article_file(text: str, meta: dict[str, Any]) -> bytes:
    """An article file: YAML front matter (only non-empty keys) followed by the text."""
    clean = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in meta.items() if v}
    head = ""
    if clean:
        head = "---\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=True) + "---\n"
    return (head + text.strip() + "\n").encode("utf-8")


def write_article_file(corpus: Path, article_id: str, data: bytes) -> Path:
    """Write ``<corpus>/<id>.txt`` atomically (a reader never sees half a file)."""
    check_id(article_id)
    corpus.mkdir(parents=True, exist_ok=True)
    target = corpus / f"{article_id}.txt"
    tmp = corpus / f".{article_id}.{os.getpid()}.tmp"
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def article_path(corpus: Path, article_id: str) -> Path | None:
    """The corpus file holding ``article_id``, if any."""
    check_id(article_id)
    for suffix in ARTICLE_SUFFIXES:
        path = corpus / f"{article_id}{suffix}"
        if path.is_file():
            return path
    return None
