"""Turning presslens ``Article`` objects into index documents and back (pure functions).

>>> from search.models import Article, Quote
>>> article_doc, quote_docs = to_documents(Article(id="a", title="T", body="B", language="sv",
...                             quotes=(Quote("Jens Stoltenberg", "B", 0, 1),)))
>>> article_doc["body_sv"], quote_docs[0]["id"]
('B', 'a#q1')
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from search.languages import LANGUAGES, UNDETERMINED
from search.models import Article, Quote
from search.schema import MULTI_SEP, body_field, title_field

_EPOCH = date(1970, 1, 1)


def date_to_days(value: date | None) -> int:
    """Days since 1970-01-01, -1 for an unknown date (the ``published`` column)."""
    return -1 if value is None else (value - _EPOCH).days


def days_to_date(days: int) -> date | None:
    return None if days < 0 else date.fromordinal(_EPOCH.toordinal() + days)


def quote_id(article_id: str, number: int) -> str:
    return f"{article_id}#q{number}"


def manifest_entry(article_id: str, digest: str, source_path: str) -> bytes:
    """The ``hash_col`` value: what the incremental indexer compares, readable without
    unpickling the stored article."""
    return MULTI_SEP.join((article_id, digest, source_path)).encode()


def parse_manifest_entry(value: bytes) -> tuple[str, str, str]:
    """``(id, content hash, source path)`` from a ``hash_col`` value."""
    article_id, digest, source_path = value.decode("utf-8").split(MULTI_SEP)
    return article_id, digest, source_path


def analysis_language(language: str) -> str:
    """The language whose fields analyse an article: its own, or ``und``."""
    return language if language in LANGUAGES else UNDETERMINED


def _language_fields(language: str, title: str, body: str) -> dict[str, str]:
    if language not in LANGUAGES:
        return {}
    fields = {body_field(language): body}
    if title:
        fields[title_field(language)] = title
    return fields


def to_documents(article: Article) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The article's document, and one document per quote (for the quote index)."""
    published = date_to_days(article.published)
    common = {
        "article_id": article.id,
        "language": article.language,
        "analysis": analysis_language(article.language),
        "language_col": article.language.encode(),
        "outlet_col": article.outlet.encode(),
        "outlet_name": article.outlet,
        "published_col": published,
    }
    data = {
        "title": article.title,
        "body": article.body,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "url": article.url,
        "language": article.language,
        "language_probability": article.language_probability,
        "authors": list(article.authors),
        "speakers": list(article.speakers),
        "people": list(article.people),
        "quotes": [[q.speaker, q.text, q.start, q.end] for q in article.quotes],
        "source_path": article.source_path,
        "content_hash": article.content_hash,
    }
    article_doc: dict[str, Any] = {
        **common,
        "id": article.id,
        "text": f"{article.title}\n{article.body}" if article.title else article.body,
        "title_exact": article.title,
        "speaker_names": "\n".join(article.speakers),
        "people_names": "\n".join(article.people),
        "speakers_col": MULTI_SEP.join(article.speakers).encode(),
        "hash_col": manifest_entry(article.id, article.content_hash, article.source_path),
        "data": data,
        **_language_fields(article.language, article.title, article.body),
    }
    quote_docs: list[dict[str, Any]] = []
    for number, quote in enumerate(article.quotes, start=1):
        quote_docs.append(
            {
                **common,
                "id": quote_id(article.id, number),
                "text": quote.text,
                "speaker_names": quote.speaker,
                "speakers_col": quote.speaker.encode(),
                "data": {
                    "speaker": quote.speaker,
                    "text": quote.text,
                    "start": quote.start,
                    "end": quote.end,
                    "title": article.title,
                    "outlet": article.outlet,
                    "published": data["published"],
                    "url": article.url,
                    "language": article.language,
                },
                **_language_fields(article.language, "", quote.text),
            }
        )
    return article_doc, quote_docs


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def article_from_stored(article_id: str, data: dict[str, Any]) -> Article:
    """Rebuild an ``Article`` from the stored data of its document (the one place that
    reads an article document's stored fields)."""
    return Article(
        id=article_id,
        title=data.get("title", ""),
        body=data.get("body", ""),
        outlet=data.get("outlet", ""),
        published=_date(data.get("published")),
        url=data.get("url", ""),
        language=data.get("language", UNDETERMINED),
        language_probability=data.get("language_probability", 0.0),
        authors=tuple(data.get("authors", ())),
        speakers=tuple(data.get("speakers", ())),
        people=tuple(data.get("people", ())),
        quotes=tuple(Quote(*q) for q in data.get("quotes", ())),
        source_path=data.get("source_path", ""),
        content_hash=data.get("content_hash", ""),
    )


@dataclass(frozen=True, slots=True)
class StoredQuote:
    """A quote document as stored: the quote, its speaker and its article's metadata."""

    id: str
    article_id: str
    speaker: str
    text: str
    language: str
    outlet: str
    published: date | None
    title: str
    url: str


def quote_from_stored(stored: dict[str, Any]) -> StoredQuote:
    """Read a quote document's stored fields (the one place that does)."""
    data = stored["data"]
    return StoredQuote(
        id=stored["id"],
        article_id=stored["article_id"],
        speaker=data["speaker"],
        text=data["text"],
        language=data["language"],
        outlet=data.get("outlet", ""),
        published=_date(data.get("published")),
        title=data.get("title", ""),
        url=data.get("url", ""),
    )
