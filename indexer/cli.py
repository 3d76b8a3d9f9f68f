"""The ``presslens`` command line: index, serve, search, quotes, speakers, add, remove, config.

Exit codes: 0 ok; 1 something failed (some articles, or the command); 2 usage error.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from api.settings import Settings, settings_error_message
from indexer.build import BuildReport, index_sources, sync_corpus
from indexer.corpus import (
    Failure,
    Source,
    article_path,
    check_id,
    jsonl_records,
    parse_source,
    read_sources,
    render_article_file,
    write_article_file,
)
from indexer.people import PeopleRegistry
from search import Filters, PresslensError, SearchIndex, Synonyms, index_exists, open_index

app = typer.Typer(
    name="presslens",
    help="Multilingual news search: build the index, serve the API, search from the terminal.",
    no_args_is_help=True,
    rich_markup_mode="rich",
)
out = Console()
err = Console(stderr=True)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

IndexOpt = Annotated[  # "\\[" keeps rich markup from eating "[env: ...]"
    Path | None,
    typer.Option("--index", "-i", help="Index directory \\[env: PRESSLENS_INDEX_PATH]."),
]
CorpusOpt = Annotated[
    Path | None,
    typer.Option("--corpus", "-c", help="Corpus directory \\[env: PRESSLENS_CORPUS_PATH]."),
]


def _settings(**overrides: object) -> Settings:
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        err.print(f"[red]error:[/red] {escape(settings_error_message(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None


def _fail(exc: PresslensError) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
    return typer.Exit(EXIT_FAILED)


def _version(value: bool) -> None:
    if value:
        out.print(f"presslens {package_version('presslens')}")
        raise typer.Exit()


EPILOG = """Examples:

  presslens index && presslens serve     # build the index, serve http://127.0.0.1:8000

  presslens search veto --lang en

  presslens config                       # the effective settings (PRESSLENS_* or .env)

Exit codes: 0 ok; 1 something failed (some articles, or the command); 2 usage error (a bad
option or setting). Shell completion: presslens --install-completion
"""


@app.callback(epilog=EPILOG)
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """presslens: multilingual news search (see the examples below)."""


def _report(report: BuildReport, *, quiet: bool, as_json: bool) -> int:
    if as_json:
        out.print_json(json.dumps(report.to_dict()))
    elif not quiet:
        for warning in report.warnings:
            err.print(f"[yellow]warning:[/yellow] {escape(warning)}", soft_wrap=True)
        if report.analysed or report.removed or report.full:
            kind = "Full build" if report.full else "Updated"
            out.print(
                f"{kind}: {report.added} added, {report.updated} updated, "
                f"{report.removed} removed, {report.unchanged} unchanged, "
                f"{len(report.failed)} failed in {report.seconds:.2f} s"
            )
        else:
            out.print(
                f"Index is up to date ({report.unchanged} articles unchanged; nothing analysed)."
            )
    for failure in report.failed:
        err.print(f"[red]failed:[/red] {escape(failure)}", soft_wrap=True)
    return EXIT_FAILED if report.failed else EXIT_OK


@app.command()
def index(
    corpus_dir: Annotated[
        Path | None,
        typer.Argument(help="Corpus directory (default: PRESSLENS_CORPUS_PATH or corpus/)."),
    ] = None,
    index_dir: IndexOpt = None,
    full: Annotated[
        bool,
        typer.Option(
            "--full", help="Rebuild from scratch into a new directory and switch atomically."
        ),
    ] = False,
    wait: Annotated[
        bool,
        typer.Option(
            "--wait/--no-wait", help="Wait for another running indexer instead of failing."
        ),
    ] = False,
    procs: Annotated[
        int | None, typer.Option(help="Processes analysing articles (default: up to 2).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary.")] = False,
) -> None:
    """Build or update the index from the corpus (only new or changed files are analysed).

    Examples:
      presslens index                      # incremental update of .presslens/index from corpus/
      presslens index --full               # rebuild; searches keep working until the switch
      presslens index ~/news --index /srv/presslens/index --json
    """
    s = _settings(corpus_path=corpus_dir, index_path=index_dir)
    show = not quiet and not as_json and sys.stderr.isatty()
    try:
        with Progress(
            TextColumn("[bold]indexing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeRemainingColumn(),
            console=err,
            disable=not show,
            transient=True,
        ) as bar:
            task = bar.add_task("index", total=None, rate="")

            def progress(done: int, total: int) -> None:
                elapsed = bar.tasks[0].elapsed or 1e-9
                bar.update(
                    task, completed=done, total=total, rate=f"{done / elapsed:,.0f} articles/s"
                )

            report = sync_corpus(
                s.corpus_path,
                s.index_path,
                full=full,
                procs=procs,
                max_bytes=s.max_article_bytes,
                progress=progress,
                wait=wait,
                on_wait=lambda msg: err.print(f"[yellow]{escape(msg)}[/yellow]"),
            )
    except PresslensError as exc:
        raise _fail(exc) from None
    except OSError as exc:
        err.print(
            f"[red]error:[/red] cannot write the index at '{s.index_path}': {escape(str(exc))}"
        )
        raise typer.Exit(EXIT_FAILED) from None
    code = _report(report, quiet=quiet, as_json=as_json)
    _record_run(s.index_path, report, code)
    raise typer.Exit(code)


def _record_run(index_path: Path, report: BuildReport, code: int) -> None:
    """Leave ``<index>/last_run.json`` for the API's /metrics (runs, failures, duration)."""
    from api.observability import write_run_status

    write_run_status(index_path, report.to_dict(), exit_code=code)


@app.command()
def serve(
    host: Annotated[
        str | None, typer.Option(help="Address to listen on \\[env: PRESSLENS_HOST].")
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port \\[env: PRESSLENS_PORT].")] = None,
    workers: Annotated[
        int | None, typer.Option(help="Worker processes \\[env: PRESSLENS_WORKERS].")
    ] = None,
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
) -> None:
    """Start the API (uvicorn), building the index first if there is none.

    On SIGTERM (docker stop) in-flight requests finish (up to PRESSLENS_SHUTDOWN_TIMEOUT
    seconds) and the command exits 0. Workers share one index directory; with several,
    /metrics adds up every worker through PROMETHEUS_MULTIPROC_DIR (a temporary directory
    unless you name one).

    Examples:
      presslens serve                      # http://127.0.0.1:8000
      presslens serve --host 0.0.0.0 --port 8080 --workers 2
      PRESSLENS_LOG_FORMAT=json presslens serve
    """
    s = _settings(host=host, port=port, workers=workers, index_path=index_dir, corpus_path=corpus)
    if not index_exists(s.index_path):
        out.print(f"No index at '{s.index_path}' yet; building it from '{s.corpus_path}'...")
        try:
            report = sync_corpus(s.corpus_path, s.index_path, max_bytes=s.max_article_bytes)
        except PresslensError as exc:
            raise _fail(exc) from None
        _report(report, quiet=False, as_json=False)
    # Workers are separate processes: hand them the effective settings via the environment.
    os.environ["PRESSLENS_INDEX_PATH"] = str(s.index_path)
    os.environ["PRESSLENS_CORPUS_PATH"] = str(s.corpus_path)
    import uvicorn

    from api.observability import prepare_multiprocess_dir, uvicorn_log_config

    metrics_dir, temporary = prepare_multiprocess_dir(s.workers)
    # uvicorn drains in-flight requests on SIGTERM, restores this handler and re-raises the
    # signal: exiting 0 here makes a graceful stop look like one (not "killed by SIGTERM").
    signal.signal(signal.SIGTERM, _exit_ok)
    out.print(
        f"presslens is serving http://{s.host}:{s.port}/  (search: /search?q=..., docs: /docs)"
    )
    try:
        uvicorn.run(
            "api.main:app",
            host=s.host,
            port=s.port,
            workers=s.workers,
            log_level=s.log_level,
            log_config=uvicorn_log_config(s),
            access_log=False,
            timeout_graceful_shutdown=s.shutdown_timeout,
        )
    finally:
        if temporary and metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _exit_ok(signum: int, frame: object) -> None:
    raise SystemExit(EXIT_OK)


def _open(index_dir: Path | None, corpus: Path | None) -> SearchIndex:
    """The index for one command (use it in a ``with`` block so its files are closed)."""
    s = _settings(index_path=index_dir, corpus_path=corpus)
    try:
        return open_index(s.index_path, synonyms=Synonyms.load(s.synonyms_path))
    except PresslensError as exc:
        raise _fail(exc) from None


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
    with _open(index_dir, corpus) as idx:
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
            raise _fail(exc) from None
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
    with _open(index_dir, corpus) as idx:
        try:
            res = idx.quotes(
                query, speakers=tuple(speaker or ()), languages=tuple(lang or ()), per_page=limit
            )
        except PresslensError as exc:
            raise _fail(exc) from None
        if as_json:
            out.print_json(json.dumps({"total": res.total, "hits": [h.__dict__ for h in res.hits]}))
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
    with _open(index_dir, corpus) as idx:
        stats = idx.speakers()
        if as_json:
            out.print_json(json.dumps([s.__dict__ for s in stats]))
            return
        table = Table("speaker", "quotes", "articles", "aliases")
        for s in stats:
            table.add_row(
                escape(s.name), str(s.quotes), str(s.articles), escape(", ".join(s.aliases))
            )
        out.print(table)


def _unknown_names(corpus: Path | None, as_json: bool) -> None:
    from collections import Counter

    from indexer.corpus import scan_corpus
    from indexer.language import detect_languages
    from indexer.quotes import extract

    s = _settings(corpus_path=corpus)
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


def _sources_from(paths: list[str]) -> tuple[list[Source], list[Failure]]:
    sources: list[Source] = []
    failures: list[Failure] = []
    files: list[Path] = []
    for item in paths:
        if item == "-":
            data = sys.stdin.buffer.read()
            if data.lstrip().startswith(b"{"):
                for rec in jsonl_records(data.splitlines(), "stdin"):
                    (failures if isinstance(rec, Failure) else sources).append(rec)  # type: ignore[arg-type]
            else:
                from indexer.articles import content_hash

                sources.append(Source(f"stdin-{content_hash(data)[:12]}", "stdin", data=data))
        else:
            files.append(Path(item))
    more, bad = read_sources(files)
    return sources + more, failures + bad


@app.command()
def add(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Article files (.txt, .md), JSON Lines files (.jsonl), or - for stdin."
        ),
    ],
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Add or replace articles: copies them into the corpus and indexes them.

    Examples:
      presslens add new-story.txt
      presslens add batch.jsonl                # one {"text": ..., "title": ...} per line
      cat story.txt | presslens add -
    """
    s = _settings(index_path=index_dir, corpus_path=corpus)
    sources, failures = _sources_from(files)
    written: list[Source] = []
    for source in sources:
        try:
            parse_source(source)  # validate before touching the corpus
            data = source.data
            if data is None:
                rec = source.record or {}
                meta = {k: v for k, v in rec.items() if k not in ("text", "id")}
                data = render_article_file(rec.get("text", ""), meta)
            path = write_article_file(s.corpus_path, source.id, data)
            written.append(Source(source.id, str(path), data=data))
        except PresslensError as exc:
            failures.append(Failure(source.path, str(exc)))
        except OSError as exc:
            failures.append(
                Failure(
                    source.path,
                    f"{source.path}: cannot write into corpus '{s.corpus_path}': {exc.strerror}",
                )
            )
    report = BuildReport()
    if written:
        try:
            report = index_sources(
                written,
                s.index_path,
                registry=PeopleRegistry.load(s.people_path),
                corpus=s.corpus_path,
            )
        except PresslensError as exc:
            raise _fail(exc) from None
    report.failed.extend(str(f) for f in failures)
    raise typer.Exit(_report(report, quiet=False, as_json=as_json))


@app.command()
def remove(
    ids: Annotated[list[str], typer.Argument(help="Article ids (file stems).")],
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Remove articles from the corpus and the index.

    Example:
      presslens remove 004_70b82951417b80d5
    """
    s = _settings(index_path=index_dir, corpus_path=corpus)
    failed: list[str] = []
    valid: list[str] = []
    for article_id in ids:
        try:
            check_id(article_id)
            path = article_path(s.corpus_path, article_id)
            if path is not None:
                path.unlink()
            valid.append(article_id)
        except PresslensError as exc:
            failed.append(str(exc))
        except OSError as exc:
            failed.append(f"{article_id}: cannot delete its file: {exc.strerror}")
    try:
        report = index_sources([], s.index_path, remove=valid) if valid else BuildReport()
    except PresslensError as exc:
        raise _fail(exc) from None
    if report.removed < len(valid) and not as_json:
        out.print(f"[dim]{len(valid) - report.removed} id(s) were not in the index.[/dim]")
    report.failed.extend(failed)
    raise typer.Exit(_report(report, quiet=False, as_json=as_json))


@app.command()
def config(
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON object.")] = False,
) -> None:
    """Print the effective settings (API keys masked) and the variable that sets each.

    Settings come from PRESSLENS_* environment variables, then .env, then the defaults;
    an invalid value stops every command with exit code 2 and names the variable.

    Examples:
      presslens config
      PRESSLENS_PORT=9000 presslens config --json
    """
    s = _settings()
    rows = []
    for name, info in Settings.model_fields.items():
        value = getattr(s, name)
        if name.endswith("_keys"):
            shown: object = ["****"] * len(value)
        elif isinstance(value, Path):
            shown = str(value)
        else:
            shown = value
        rows.append((name, shown, f"PRESSLENS_{name.upper()}", info.description or ""))
    if as_json:
        out.print_json(json.dumps({name: shown for name, shown, _, _ in rows}))
        return
    table = Table("setting", "value", "environment variable", "description")
    for name, shown, env, desc in rows:
        text = shown if isinstance(shown, str) else json.dumps(shown)
        table.add_row(name, escape(text), env, escape(desc))
    out.print(table)


if __name__ == "__main__":  # pragma: no cover
    app()
