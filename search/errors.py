"""Every error presslens raises on purpose, in one tree.

    PresslensError
    ├── QuerySyntaxError        a query that cannot be understood (strict mode)
    │   └── UnknownFieldError   a field prefix that does not exist (strict mode)
    ├── InvalidParameterError   a search parameter out of range (page, per_page, dates...)
    ├── SearchTimeoutError      a search stopped at its time limit (SearchLimits.timeout)
    ├── ArticleNotFoundError    an id that is not in the index
    ├── ArticleExistsError      adding an id that exists (replace it instead)
    ├── InvalidArticleIdError   an id outside the safe character set
    ├── IndexNotFoundError      no index where one is expected
    ├── IndexCorruptError       an index directory that cannot be opened
    ├── IndexLockedError        another writer holds the index lock
    ├── IndexBuildError         an indexing worker failed or died (nothing was committed)
    ├── CorpusNotWritableError  the corpus directory cannot be written
    └── ArticleFormatError      a corpus file (or posted article) that cannot be an article
        └── ArticleTooLargeError    over the size limit

The indexer and the write service raise them too (this is the one tree). ``search/`` never
raises HTTP errors: ``api/errors.py`` maps these to status codes, and the CLI prints them
as one red line with an exit code.

>>> str(IndexNotFoundError(".presslens/index"))
"No index at '.presslens/index'; run 'presslens index' first."
"""

from __future__ import annotations


class PresslensError(Exception):
    """Base class of every presslens error; ``str(err)`` is a message a person can act on."""


class QuerySyntaxError(PresslensError):
    """The query cannot be parsed; ``position`` points at the problem when known."""

    def __init__(self, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.position = position


class UnknownFieldError(QuerySyntaxError):
    """A ``field:`` prefix names a field that does not exist."""

    def __init__(self, fieldname: str, known: tuple[str, ...], position: int | None = None):
        super().__init__(
            f"Unknown field '{fieldname}:'; use one of {', '.join(k + ':' for k in known)}",
            position,
        )
        self.fieldname = fieldname


class InvalidParameterError(PresslensError):
    """A search parameter is outside what presslens accepts; names the parameter."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter


class SearchTimeoutError(PresslensError):
    """A search ran past its time limit and was stopped (the API answers 503)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"The search was stopped after {seconds:g} s (PRESSLENS_SEARCH_TIMEOUT); "
            "try fewer words, prefixes or phrases."
        )
        self.seconds = seconds


class ArticleNotFoundError(PresslensError):
    def __init__(self, article_id: str) -> None:
        super().__init__(f"No article with id '{article_id}'.")
        self.article_id = article_id


class ArticleExistsError(PresslensError):
    def __init__(self, article_id: str) -> None:
        super().__init__(
            f"An article with id '{article_id}' exists; use PUT /articles/{article_id} "
            "(or 'presslens add', which replaces) to replace it."
        )
        self.article_id = article_id


class InvalidArticleIdError(PresslensError):
    def __init__(self, article_id: str) -> None:
        shown = article_id if len(article_id) <= 80 else article_id[:80] + "..."
        super().__init__(
            f"Invalid article id {shown!r}: use 1-128 characters from A-Z a-z 0-9 . _ - "
            "(not starting with '.')."
        )
        self.article_id = article_id


class IndexNotFoundError(PresslensError):
    def __init__(self, path: str) -> None:
        super().__init__(f"No index at '{path}'; run 'presslens index' first.")
        self.path = path


class IndexCorruptError(PresslensError):
    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"The index at '{path}' cannot be opened ({reason}); "
            "rebuild it with 'presslens index --full'."
        )
        self.path = path


class IndexLockedError(PresslensError):
    def __init__(self, lock_path: str) -> None:
        super().__init__(
            f"Another indexer is writing (lock '{lock_path}' is held); "
            "wait for it to finish or use --wait."
        )
        self.lock_path = lock_path


class IndexBuildError(PresslensError, RuntimeError):
    """An indexing worker raised or died; the run was aborted and nothing was committed."""


class CorpusNotWritableError(PresslensError):
    def __init__(self, corpus: str, reason: str) -> None:
        super().__init__(
            f"corpus directory '{corpus}' is read-only or cannot be written ({reason}); "
            "make it writable or set PRESSLENS_CORPUS_PATH to a writable directory."
        )
        self.corpus = corpus
        self.reason = reason


class ArticleFormatError(PresslensError):
    """A corpus file that cannot become an article. ``line`` is 1-based when known."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.reason = reason
        self.line = line


class ArticleTooLargeError(ArticleFormatError):
    """An article over the size limit (``max_article_bytes``)."""

    def __init__(self, path: str, size: int, limit: int) -> None:
        super().__init__(
            path,
            f"article is {size:,} bytes, over the limit of {limit:,} (PRESSLENS_MAX_ARTICLE_BYTES)",
        )
        self.size = size
        self.limit = limit
