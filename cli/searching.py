"""``presslens search``, ``quotes`` and ``speakers``: the index from the terminal."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from cli.app import CorpusOpt, IndexOpt, app, fail, open_search, out, settings
from indexer.corpus import parse_source, read_sources, scan_corpus
from indexer.language import detect_languages
from indexer.people import PeopleRegistry
from indexer.quotes import extract
from search import Filters, PresslensError


def _jsonable(value: Any) -> Any:
    """Dates as ISO strings (dataclasses of the core hold ``date`` objects)."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _markup(html: str) -> str:
    """Turn API-style escaped HTML with <mark> into rich markup for the terminal."""
    from html import unescape

    parts = html.replace("</mark>", "<mark>").split("<mark>")
    return "".join(
        f"[bold yellow]{escape(unescape(p))}[/bold yellow]" if i % 2 else escape(unescape(p))
        for i, p in enumerate(parts)
    )


@app.command()
def search(
    query: Annotated[
        str, typer.Argument(help="Query, e.g. 'veto', '\"open door\"', 'speaker:stoltenberg'.")
    ],
    lang: Annotated[
        list[str] | None, typer.Option("--lang", "-l", help="Restrict to languages.")
    ] = None,
    outlet: Annotated[list[str] | None, typer.Option(help="Restrict to outlets.")] = None,
    speaker: Annotated[list[str] | None, typer.Option(help="Restrict to speakers.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Search from the terminal: ranked results with highlighted snippets.

    Examples:
      presslens search veto
      presslens search diskussion --lang sv
      presslens search 'speaker:stoltenberg "open door"'
    """
    with open_search(index_dir, corpus) as idx:
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
            out.print_json(
                json.dumps(
                    {
                        "total": res.total,
                        "query": res.query,
                        "did_you_mean": res.did_you_mean,
                        "hits": [
                            {
                                "id": h.id,
                                "title": h.title,
                                "language": h.language,
                                "outlet": h.outlet,
                                "score": h.score,
                                "snippets": h.snippets,
                            }
                            for h in res.hits
                        ],
                    }
                )
            )
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


@app.command()
def quotes(
    query: Annotated[str, typer.Argument(help="Words in the quote ('' for all).")] = "",
    speaker: Annotated[
        list[str] | None, typer.Option("--speaker", "-s", help="Canonical speaker name.")
    ] = None,
    lang: Annotated[list[str] | None, typer.Option("--lang", "-l")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=100)] = 10,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Search what people said.

    Example:
      presslens quotes veto --speaker "Jens Stoltenberg"
    """
    with open_search(index_dir, corpus) as idx:
        try:
            res = idx.quotes(
                query, speakers=tuple(speaker or ()), languages=tuple(lang or ()), per_page=limit
            )
        except PresslensError as exc:
            raise fail(exc) from None
        if as_json:
            out.print_json(
                json.dumps(
                    {"total": res.total, "hits": [asdict(h) for h in res.hits]}, default=_jsonable
                )
            )
            return
        out.print(f"{res.total} quotes\n")
        for h in res.hits:
            out.print(f"[bold]{escape(h.speaker)}[/bold] [dim]({h.language}, {h.article_id})[/dim]")
            out.print(f"   “{_markup(h.text_html)}”\n")


@app.command()
def speakers(
    unknown: Annotated[
        bool,
        typer.Option("--unknown", help="List quoted or mentioned names missing from people.yaml."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """List canonical speakers with quote and article counts (or unknown names).

    Examples:
      presslens speakers
      presslens speakers --unknown          # names to add to corpus/people.yaml
    """
    if unknown:
        _unknown_names(corpus, as_json)
        return
    with open_search(index_dir, corpus) as idx:
        stats = idx.speakers()
        if as_json:
            out.print_json(json.dumps([asdict(s) for s in stats]))
            return
        table = Table("speaker", "quotes", "articles", "aliases")
        for s in stats:
            table.add_row(
                escape(s.name), str(s.quotes), str(s.articles), escape(", ".join(s.aliases))
            )
        out.print(table)


def _unknown_names(corpus: Path | None, as_json: bool) -> None:
    from collections import Counter

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
        out.print_json(json.dumps(dict(counts.most_common())))
        return
    if not counts:
        out.print("Every extracted name is in people.yaml.")
    for name, n in counts.most_common():
        out.print(f"{escape(name)}  [dim]({n} article{'s' if n > 1 else ''})[/dim]")
