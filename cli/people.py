"""``presslens speakers``: who is quoted, and the names ``people.yaml`` does not know yet.

``presslens speakers`` lists the canonical speakers of the index with their quote and article
counts. ``--unknown`` reads the corpus instead: the people it names that ``people.yaml`` does
not list, each with the spellings that name them ("Ban Ki-moon" for "Ban Ki Moon" and "Ban"),
joined as a full build joins them, for an editor to confirm into ``people.yaml``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from cli.app import (
    Command,
    CorpusOpt,
    IndexOpt,
    JsonOpt,
    PrettyOpt,
    app,
    emit_json,
    open_search,
    out,
    settings,
)
from indexer.corpus import parse_source, read_sources, scan_corpus
from indexer.language import detect_languages
from indexer.people import PeopleRegistry
from indexer.quotes import extract
from indexer.quotes.clusters import Cluster, clusters, name_counts
from search import PresslensError

__all__ = ["speakers"]


@app.command(cls=Command)
def speakers(
    unknown: Annotated[
        bool,
        typer.Option(
            "--unknown",
            help="List the people the corpus names that people.yaml does not, with the "
            "spellings of each name.",
        ),
    ] = False,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """List canonical speakers with quote and article counts (or unknown names).

    Examples:
      presslens speakers
      presslens speakers --unknown          # names to add to corpus/people.yaml
    """
    if unknown:
        _unknown(corpus, as_json, pretty)
        return
    with open_search(settings(index_path=index_dir, corpus_path=corpus)) as idx:
        stats = idx.speakers()
        if as_json:
            emit_json([asdict(one) for one in stats], pretty=pretty)
            return
        table = Table("speaker", "quotes", "articles", "aliases")
        for one in stats:
            table.add_row(
                escape(one.name), str(one.quotes), str(one.articles), escape(", ".join(one.aliases))
            )
        out.print(table, soft_wrap=False)


def _unknown(corpus: Path | None, as_json: bool, pretty: bool | None) -> None:
    """The people of the corpus missing from people.yaml, one line (or JSON entry) each."""
    s = settings(corpus_path=corpus)
    registry = PeopleRegistry.load(s.people_path)
    found = clusters(_name_counts(s.corpus_path, s.max_article_bytes, registry), registry)
    if as_json:
        emit_json(
            {c.canonical: {"total": c.total, "variants": c.variants} for c in found},
            pretty=pretty,
        )
        return
    if not found:
        out.print("Every extracted name is in people.yaml.")
    for cluster in found:
        out.print(_line(cluster))


def _line(cluster: Cluster) -> str:
    """``Ban Ki-moon  (48: Ban Ki-moon 40, Ban 5, Ban Ki Moon 3)``; one spelling: ``(2)``."""
    if len(cluster.variants) == 1:
        return f"{escape(cluster.canonical)}  [dim]({cluster.total})[/dim]"
    spellings = ", ".join(f"{escape(name)} {n}" for name, n in cluster.variants.items())
    return f"{escape(cluster.canonical)}  [dim]({cluster.total}: {spellings})[/dim]"


def _name_counts(corpus: Path, max_bytes: int, registry: PeopleRegistry) -> Counter[str]:
    """How often the corpus names each person (as a full build counts them)."""
    sources, _ = read_sources(scan_corpus(corpus), max_bytes=max_bytes)
    articles = []
    for source in sources:
        try:
            articles.append(parse_source(source))
        except PresslensError:
            continue
    undetected = [p for p in articles if not p.language]
    detected = iter(detect_languages([f"{p.title}\n{p.body}" for p in undetected]))
    counts: Counter[str] = Counter()
    for parsed in articles:
        language = parsed.language or next(detected).code
        counts.update(name_counts(extract(parsed.body, language, registry)))
    return counts
