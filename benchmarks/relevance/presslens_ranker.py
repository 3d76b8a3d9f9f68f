"""presslens under the relevance benchmark, through its public API only, as in real use.

The documents are handed over as records *without* their language (presslens detects it,
sentence by sentence here) through ``indexer.build.build_index_from_records``; each question
goes to ``SearchIndex.search(q, per_page=depth, facets=(), highlight=False, **options)``
exactly as typed. ``options`` are extra keyword arguments for ``search`` (``--presslens-option
translate=true`` on the command line); :func:`parse_option` reads their values.

>>> parse_option("translate=true"), parse_option("boost=1.5"), parse_option("mode=any")
(('translate', True), ('boost', 1.5), ('mode', 'any'))
"""

from __future__ import annotations

import inspect
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from benchmarks.relevance.model import Document, Ranking

#: ``SearchIndex.search`` pages at most this many hits.
MAX_DEPTH = 100
#: Arguments the adapter sets itself: an option may not override them.
RESERVED = ("q", "filters", "page", "per_page", "facets", "highlight")


def parse_option(text: str) -> tuple[str, Any]:
    """``name=value`` -> ``(name, value)``; ``true``/``false``, integers and decimals are read
    as such, anything else stays a string."""
    name, sep, raw = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"presslens option {text!r} is not name=value")
    value: Any = raw.strip()
    lowered = value.lower()
    if lowered in ("true", "false"):
        value = lowered == "true"
    else:
        for kind in (int, float):
            try:
                value = kind(value)
                break
            except ValueError:
                continue
    return name.strip(), value


def check_options(options: Mapping[str, Any]) -> None:
    """Fail early, naming the option, when ``SearchIndex.search`` does not take it."""
    from search import SearchIndex

    parameters = inspect.signature(SearchIndex.search).parameters
    takes_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values())
    reserved = [name for name in options if name in RESERVED]
    if reserved:
        raise ValueError(f"presslens option {reserved[0]!r} is set by the benchmark itself")
    unknown = [name for name in options if name not in parameters and not takes_any]
    if unknown:
        raise ValueError(
            f"SearchIndex.search takes no option {unknown[0]!r} "
            f"(it takes: {', '.join(p for p in parameters if p not in ('self', *RESERVED))})"
        )


#: Where the installed lexicons are compiled once for every benchmark run (recompiled only
#: when a Debian package changes; the first compile takes minutes).
LEXICON_CACHE = Path(__file__).resolve().parents[2] / ".cache" / "lexicons"


def install_lexicons(index: Path, cache: Path = LEXICON_CACHE) -> Path:
    """Give the index at ``index`` the installed lexicons, compiled into ``cache`` (a
    link, as ``presslens lexicons`` would write them there)."""
    from indexer.lexicons import compile_lexicons
    from search.translation import LEXICON_DIRECTORY

    report = compile_lexicons(cache)
    if not report.pairs:
        raise RuntimeError(report.format())
    target = index / LEXICON_DIRECTORY
    if not target.exists():
        target.symlink_to(cache, target_is_directory=True)
    return target


class PresslensRanker:
    """A presslens index built from the documents in a temporary directory."""

    name = "presslens"

    def __init__(
        self,
        options: Mapping[str, Any] | None = None,
        *,
        workdir: Path | None = None,
        procs: int = 2,
        name: str = "presslens",
    ) -> None:
        self.name = name
        self.options = dict(options or {})
        check_options(self.options)
        self.procs = procs
        self._tmp = None if workdir else tempfile.TemporaryDirectory(prefix="relevance-presslens-")
        self.path = (workdir or Path(self._tmp.name)) / "presslens"  # type: ignore[union-attr]
        self._index: Any = None
        #: document id -> the language presslens detected (for the report).
        self.languages: dict[str, str] = {}

    def describe(self) -> str:
        options = ", ".join(f"{k}={v!r}" for k, v in self.options.items())
        return "presslens public API, languages detected; query as typed" + (
            f"; search options: {options}" if options else ""
        )

    def build(self, documents: Sequence[Document]) -> None:
        from indexer.build import build_index_from_records
        from search import SearchLimits, open_index

        records = [
            {"id": d.id, "text": d.text, **({"title": d.title} if d.title else {})}
            for d in documents
        ]
        summary = build_index_from_records(records, self.path, procs=self.procs)
        if summary.get("failed"):
            raise RuntimeError(f"presslens failed to index {summary['failed']} documents")
        if self.options.get("translate"):
            install_lexicons(self.path)
        # Quality, not speed: no question is cut short by the service's time budget on a
        # busy machine (``make bench`` measures speed).
        self._index = open_index(self.path, limits=SearchLimits(timeout=600.0))
        self._index.translation_ready()
        self.languages = {d.id: self._index.article(d.id).language for d in documents}

    def search(self, query: str, depth: int) -> Ranking:
        assert self._index is not None, "build() first"
        result = self._index.search(
            query,
            per_page=min(depth, MAX_DEPTH),
            facets=(),
            highlight=False,
            **self.options,
        )
        return Ranking(
            [hit.id for hit in result.hits],
            int(result.total),
            fallback=result.fallback,
            extra={"query": result.query, "did_you_mean": result.did_you_mean},
        )

    def search_in(self, query: str, depth: int, language: str) -> list[str]:
        """The ranking among the documents presslens detected in ``language`` (its filter)."""
        from search import Filters

        assert self._index is not None, "build() first"
        result = self._index.search(
            query,
            Filters(languages=(language,)),
            per_page=min(depth, MAX_DEPTH),
            facets=(),
            highlight=False,
            **self.options,
        )
        return [hit.id for hit in result.hits]

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None
