"""``presslens search`` and ``quotes``: the index from the terminal."""

from __future__ import annotations

from dataclasses import asdict
from enum import StrEnum
from typing import Annotated

import typer
from rich.markup import escape

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
from search import Filters, PresslensError, Translation

LangOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--lang", "-l", metavar="CODE", help="Restrict to languages (repeatable), e.g. sv, en."
    ),
]
TranslateOpt = Annotated[
    bool,
    typer.Option(
        "--translate",
        "-t",
        help="Also in the index's other languages: the query translated with the lexicons "
        "'presslens lexicons' compiled.",
    ),
]


class Match(StrEnum):
    """How many of the query's words a hit must have (docs/search.md)."""

    auto = "auto"
    all = "all"
    any = "any"


MatchOpt = Annotated[
    Match,
    typer.Option(
        "--match",
        "-m",
        help="auto: one or two words all (else any), three or more any, those with the most "
        "words first; all: every word; any: any word.",
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
    match: MatchOpt = Match.auto,
    translate: TranslateOpt = False,
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
      presslens search Gespräche --translate      # also the English and Swedish reports
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
                match=match.value,
                translate=translate,
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
                    **({"translated": [asdict(t) for t in h.translated]} if translate else {}),
                }
                for h in res.hits
            ]
            summary = {"total": res.total, "query": res.query, "did_you_mean": res.did_you_mean}
            if translate:
                summary["translation"] = asdict(res.translation) if res.translation else None
            emit_json({**summary, "hits": hits}, pretty=pretty)
            return
        if res.did_you_mean:
            out.print(f"Showing results for [bold]{escape(res.did_you_mean)}[/bold]")
        if res.fallback:
            out.print("[dim]No article has every word; showing articles with any of them.[/dim]")
        if res.translation is not None:
            out.print(f"[dim]{escape(translation_line(res.translation))}[/dim]")
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
            for t in h.translated:
                out.print(f"   [dim]through a translation: {escape(t.word)} → "
                          f"{escape(', '.join(t.matched))}[/dim]")  # fmt: skip
            out.print()


def translation_line(translation: Translation) -> str:
    """One line on what ``--translate`` did (or why it could not).

    >>> from search import WordTranslation
    >>> translation_line(Translation("de", ("en",), [WordTranslation("Gespräch", "en", "word",
    ...     ("talk", "conversation"))]))
    'Translated from de into en: Gespräch → talk, conversation (en)'
    """
    if translation.note:
        return f"Not translated: {translation.note}"
    if not translation.languages:
        return "Not translated: no other language in the index."
    words = "; ".join(
        f"{w.word} → {', '.join(w.translations[:4])} ({w.language})" for w in translation.words
    )
    into = ", ".join(translation.languages)
    return f"Translated from {translation.source} into {into}" + (f": {words}" if words else ".")


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
    match: MatchOpt = Match.auto,
    translate: TranslateOpt = False,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Search what people said.

    Examples:
      presslens quotes veto --speaker "Jens Stoltenberg"
      presslens quotes medlemskap --translate     # also what was said in English
    """
    s = settings(index_path=index_dir, corpus_path=corpus)
    check_limit(limit, s)
    with open_search(s) as idx:
        try:
            res = idx.quotes(
                query,
                speakers=tuple(speaker or ()),
                languages=tuple(lang or ()),
                per_page=limit,
                match=match.value,
                translate=translate,
            )
        except PresslensError as exc:
            raise fail(exc) from None
        if as_json:
            hits = [{**asdict(h), "url": http_url(h.url)} for h in res.hits]
            found = {"total": res.total, "hits": hits}
            if translate:
                found["translation"] = asdict(res.translation) if res.translation else None
            emit_json(found, pretty=pretty)
            return
        if res.translation is not None:
            out.print(f"[dim]{escape(translation_line(res.translation))}[/dim]")
        out.print(f"{res.total} quotes\n")
        for h in res.hits:
            out.print(f"[bold]{escape(h.speaker)}[/bold] [dim]({h.language}, {h.article_id})[/dim]")
            out.print(f"   “{_markup(h.text_html)}”\n")
