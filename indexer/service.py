"""The one write path for articles: add, replace and remove, corpus file and index together.

The corpus directory is the source of truth, so every write goes to an article file there
(written atomically) and then into the index. Both happen under the index's writer lock, so
two writers (two API workers, the API and ``presslens add``) never interleave: the check
that an id is new and the write that makes it exist are one step. If indexing fails, the
corpus is put back as it was (the new file removed, a replaced file's content restored, a
removed file recreated), so corpus and index never disagree. Each article is parsed once.

The API's ``POST/PUT/DELETE /articles`` and the CLI's ``add``/``remove`` call this service;
it raises only presslens errors (``ArticleExistsError``, ``CorpusNotWritableError``, ...).

>>> from pathlib import Path; import tempfile
>>> work = Path(tempfile.mkdtemp())
>>> service = ArticleService(work / "corpus", work / "index")
>>> service.put("a1", b"Nato-chefen svarade i Bryssel.\\n").created
True
>>> sorted(p.name for p in (work / "corpus").iterdir())
['a1.txt']
>>> service.put("a1", b"Nato-chefen svarade.\\n", must_be_new=True)
Traceback (most recent call last):
...
search.errors.ArticleExistsError: An article with id 'a1' exists; ...
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from indexer.articles import ParsedArticle
from indexer.build import BuildReport, index_items
from indexer.corpus import (
    DEFAULT_MAX_BYTES,
    Failure,
    Source,
    article_path,
    parse_source,
    render_article_file,
    write_article_file,
)
from indexer.people import PeopleRegistry
from search import (
    ArticleExistsError,
    ArticleFormatError,
    ArticleNotFoundError,
    ArticleTooLargeError,
    CorpusNotWritableError,
    PresslensError,
    check_id,
    index_exists,
    indexed_ids,
    writer_lock,
)


@dataclass(frozen=True)
class Written:
    """One article written: its id, whether the id was new, its title."""

    id: str
    created: bool
    title: str


@dataclass(frozen=True)
class _Previous:
    """What the corpus held for an id before a write (to restore on failure)."""

    path: Path | None
    data: bytes | None


@dataclass
class _Batch:
    """Files written by one call, with what they replaced (restored if indexing fails)."""

    corpus: Path
    written: list[tuple[str, Path | None, _Previous]] = field(default_factory=list)

    def restore(self) -> None:
        for article_id, path, previous in reversed(self.written):
            if path is not None and path != previous.path:
                path.unlink(missing_ok=True)
            if previous.path is not None and previous.data is not None:
                if previous.path.suffix == ".txt":
                    write_article_file(self.corpus, article_id, previous.data)
                else:
                    previous.path.write_bytes(previous.data)

    def drop_replaced(self) -> None:
        """After success: a ``.md`` replaced by a ``.txt`` of the same id goes."""
        for _, path, previous in self.written:
            if previous.path is not None and path is not None and previous.path != path:
                previous.path.unlink(missing_ok=True)


class ArticleService:
    """Writes articles into ``corpus`` and the index at ``index``."""

    def __init__(
        self,
        corpus: Path,
        index: Path,
        *,
        registry: PeopleRegistry | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        wait: bool = True,
    ) -> None:
        self.corpus = Path(corpus)
        self.index = Path(index)
        self.registry = (
            registry if registry is not None else PeopleRegistry.load(self.corpus / "people.yaml")
        )
        self.max_bytes = max_bytes
        self.wait = wait

    # --------------------------------------------------------------------- one article
    def parse(
        self, article_id: str, data: bytes, *, where: str | None = None, line: int | None = None
    ) -> ParsedArticle:
        """Parse an article file's bytes as the indexer will (size and format checked).

        ``where`` names the source in warnings and failures (default: its corpus file);
        ``line``: the JSON Lines line it came from (its ``where`` names it already)."""
        check_id(article_id)
        where = where or str(self.corpus / f"{article_id}.txt")
        if len(data) > self.max_bytes:
            raise ArticleTooLargeError(f"article '{article_id}'", len(data), self.max_bytes)
        return parse_source(Source(article_id, where, data=data, line=line))

    def put(self, article_id: str, data: bytes, *, must_be_new: bool = False) -> Written:
        """Add or replace one article (``must_be_new``: ``ArticleExistsError`` if it exists)."""
        parsed = self.parse(article_id, data)
        with writer_lock(self.index, wait=self.wait):
            exists = self._exists([article_id])
            if must_be_new and exists:
                raise ArticleExistsError(article_id)
            batch = _Batch(self.corpus)
            self._write(batch, article_id, data)
            report = self._index(batch, [parsed], [])
        if report.failed:
            raise ArticleFormatError(parsed.source_path, "; ".join(report.failed))
        return Written(article_id, not exists, parsed.title)

    def delete(self, article_id: str) -> None:
        """Remove one article from corpus and index (``ArticleNotFoundError`` if absent)."""
        check_id(article_id)
        with writer_lock(self.index, wait=self.wait):
            if not self._exists([article_id]):
                raise ArticleNotFoundError(article_id)
            batch = _Batch(self.corpus)
            self._unlink(batch, article_id)
            self._index(batch, [], [article_id])

    # ---------------------------------------------------------------------- batches
    def put_many(self, sources: Iterable[Source | Failure]) -> BuildReport:
        """Add or replace many articles (files, JSON Lines records, stdin); an article that
        cannot be read is reported with its file (and line) and costs no other article."""
        failures: list[str] = []
        parsed: list[tuple[str, bytes, ParsedArticle]] = []
        for source in sources:
            if isinstance(source, Failure):
                failures.append(str(source))
                continue
            try:
                data = _file_bytes(source)
                one = self.parse(source.id, data, where=source.path, line=source.line)
            except PresslensError as exc:
                failures.append(_named(source, exc))
                continue
            parsed.append((source.id, data, one))
        report = BuildReport()
        if parsed:
            with writer_lock(self.index, wait=self.wait):
                batch = _Batch(self.corpus)
                for article_id, data, _ in parsed:
                    self._write(batch, article_id, data)
                report = self._index(batch, [p for *_, p in parsed], [])
        report.failed.extend(failures)
        return report

    def remove(self, ids: Sequence[str]) -> BuildReport:
        """Remove articles from corpus and index; invalid ids are reported, not fatal."""
        failures: list[str] = []
        valid: list[str] = []
        for article_id in ids:
            try:
                valid.append(check_id(article_id))
            except PresslensError as exc:
                failures.append(str(exc))
        report = BuildReport()
        if valid:
            with writer_lock(self.index, wait=self.wait):
                batch = _Batch(self.corpus)
                for article_id in valid:
                    self._unlink(batch, article_id)
                report = self._index(batch, [], valid)
        report.failed.extend(failures)
        return report

    # ---------------------------------------------------------------------- helpers
    def _exists(self, ids: list[str]) -> bool:
        if any(article_path(self.corpus, i) is not None for i in ids):
            return True
        return index_exists(self.index) and bool(indexed_ids(self.index, ids))

    def _previous(self, article_id: str) -> _Previous:
        path = article_path(self.corpus, article_id)
        return _Previous(path, path.read_bytes() if path is not None else None)

    def _write(self, batch: _Batch, article_id: str, data: bytes) -> None:
        previous = self._previous(article_id)
        try:
            path = write_article_file(self.corpus, article_id, data)
        except OSError as exc:
            batch.restore()
            raise CorpusNotWritableError(str(self.corpus), _reason(exc)) from exc
        batch.written.append((article_id, path, previous))

    def _unlink(self, batch: _Batch, article_id: str) -> None:
        previous = self._previous(article_id)
        if previous.path is None:
            return
        try:
            previous.path.unlink()
        except OSError as exc:
            batch.restore()
            raise CorpusNotWritableError(str(self.corpus), _reason(exc)) from exc
        batch.written.append((article_id, None, previous))

    def _index(self, batch: _Batch, parsed: list[ParsedArticle], remove: list[str]) -> BuildReport:
        """Index under the lock the caller holds; on any failure restore the corpus."""
        try:
            report = index_items(
                parsed,
                self.index,
                registry=self.registry,
                remove=remove,
                corpus=self.corpus,
                locked=True,
            )
        except BaseException:
            batch.restore()
            raise
        if report.failed and len(parsed) == 1:
            batch.restore()  # the one article could not be analysed: nothing changed
        else:
            batch.drop_replaced()
        return report


def _file_bytes(source: Source) -> bytes:
    """The article file for a source: its bytes, or a JSON record rendered as front matter."""
    if source.data is not None:
        return source.data
    record = source.record or {}
    meta = {k: v for k, v in record.items() if k not in ("text", "id")}
    return render_article_file(str(record.get("text", "")), meta)


def _named(source: Source, exc: PresslensError) -> str:
    message = str(exc)
    return message if source.path in message else f"{source.path}: {message}"


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


__all__ = ["ArticleService", "Written"]
