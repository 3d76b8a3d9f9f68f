"""``presslens search``, ``quotes`` and ``speakers``: the index from the terminal."""

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
    check_limit,
    emit_json,
    fail,
    open_search,
    out,
    settings,
)
from indexer.articles import http_url
from indexer.corpus import parse_source, read_sources, scan_corpus
from indexer.language import detect_languages
from indexer.people import PeopleRegistry
from indexer.quotes import extract
from search import Filters, PresslensError

LangOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--lang", "-l", metavar="CODE", help="Restrict to languages (repeatable), e.g. sv, en."
    ),
]
LimitOpt = Annotated[
    int,
    typer.Option(
        "--limit", "-n", help="Hits to show, at most PRESSLENS_MAX_PER_PAGE (100 by default)."
    ),
]


def _markup(html: str) -> str:
    """Turn API-style escaped HTML with <mark> into rich markup for the terminal."""
    from html import unescape

    parts = html.replace("</mark>", "<mark>").split("<mark>")
    return "".join(
        f"[bold yellow]{escape(unescape(p))}[/bold yellow]" if i % 2 else escape(unescape(p))
        for i, p in enumerate(parts)
    )


@app.command(cls=Command)
def search(
    query: Annotated[
        str, typer.Argument(help="Query, e.g. 'veto', '\"open door\"', 'speaker:stoltenberg'.")
    ],
    lang: LangOpt = None,
    outlet: Annotated[
        list[str] | None,
        typer.Option(metavar="NAME", help="Restrict to outlets (repeatable)."),
    ] = None,
    speaker: Annotated[
        list[str] | None,
        typer.Option(metavar="NAME", help="Restrict to speakers (repeatable), any spelling."),
    ] = None,
    limit: LimitOpt = 10,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Search from the terminal: ranked results with highlighted snippets.

    Examples:
      presslens search veto
      presslens search diskussion --lang sv
      presslens search 'speaker:stoltenberg "open door"'
    """
    s = settings(index_path=index_dir, corpus_path=corpus)
    check_limit(limit, s)
    with open_search(s) as idx:
        try:
            res = idx.search(
                query,
                Filters(
                    languages=tuple(lang or ()),
                    outlets=tuple(outlet or ()),
                    speakers=tuple(speaker or ()),
                ),
                per_page=limit,
            )
        except PresslensError as exc:
            raise fail(exc) from None
        if as_json:
            hits = [
                {
                    "id": h.id,
                    "title": h.title,
                    "language": h.language,
                    "outlet": h.outlet,
                    "score": h.score,
                    "snippets": h.snippets,
                }
                for h in res.hits
            ]
            summary = {"total": res.total, "query": res.query, "did_you_mean": res.did_you_mean}
            emit_json({**summary, "hits": hits}, pretty=pretty)
            return
        if res.did_you_mean:
            out.print(f"Showing results for [bold]{escape(res.did_you_mean)}[/bold]")
        if res.fallback:
            out.print("[dim]No article has every word; showing articles with any of them.[/dim]")
        out.print(f"{res.total} articles ({res.took_ms:.1f} ms)\n")
        for rank, h in enumerate(res.hits, start=1):
            meta = " · ".join(
                x for x in (h.outlet, h.language, h.published and h.published.isoformat()) if x
            )
            out.print(
                f"[bold]{rank}. {_markup(h.title_html)}[/bold]  [dim]{escape(meta)} · {h.id}[/dim]"
            )
            for snippet in h.snippets:
                out.print(f"   {_markup(snippet)}")
            out.print()


@app.command(cls=Command)
def quotes(
    query: Annotated[str, typer.Argument(help="Words in the quote ('' for all).")] = "",
    speaker: Annotated[
        list[str] | None,
        typer.Option(
            "--speaker", "-s", metavar="NAME", help="Speaker (repeatable), any known spelling."
        ),
    ] = None,
    lang: LangOpt = None,
    limit: LimitOpt = 10,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Search what people said.

    Example:
      presslens quotes veto --speaker "Jens Stoltenberg"
    """
    s = settings(index_path=index_dir, corpus_path=corpus)
    check_limit(limit, s)
    with open_search(s) as idx:
        try:
            res = idx.quotes(
                query, speakers=tuple(speaker or ()), languages=tuple(lang or ()), per_page=limit
            )
        except PresslensError as exc:
            raise fail(exc) from None
        if as_json:
            hits = [{**asdict(h), "url": http_url(h.url)} for h in res.hits]
            emit_json({"total": res.total, "hits": hits}, pretty=pretty)
            return
        out.print(f"{res.total} quotes\n")
        for h in res.hits:
            out.print(f"[bold]{escape(h.speaker)}[/bold] [dim]({h.language}, {h.article_id})[/dim]")
            out.print(f"   “{_markup(h.text_html)}”\n")


@app.command(cls=Command)
def speakers(
    unknown: Annotated[
        bool,
        typer.Option("--unknown", help="List quoted or mentioned names missing from people.yaml."),
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
        _unknown_names(corpus, as_json, pretty)
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


def _unknown_names(corpus: Path | None, as_json: bool, pretty: bool | None) -> None:
    s = settings(corpus_path=corpus)
    registry = PeopleRegistry.load(s.people_path)
    sources, _ = read_sources(scan_corpus(s.corpus_path), max_bytes=s.max_article_bytes)
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
        lang = parsed.language or next(detected).code
        counts.update(set(extract(parsed.body, lang, registry).unknown))
    if as_json:
        emit_json(dict(counts.most_common()), pretty=pretty)
        return
    if not counts:
        out.print("Every extracted name is in people.yaml.")
    for name, n in counts.most_common():
        out.print(f"{escape(name)}  [dim]({n} article{'s' if n > 1 else ''})[/dim]")
