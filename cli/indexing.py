"""``presslens index``, ``add`` and ``remove``: the corpus into the index.

``add`` and ``remove`` go through the write service (``indexer.service``), the same path as
the API's ``POST/PUT/DELETE /articles``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from cli.app import (
    EXIT_FAILED,
    EXIT_OK,
    Command,
    CorpusOpt,
    IndexOpt,
    JsonOpt,
    PrettyOpt,
    app,
    emit_json,
    err,
    out,
    settings,
)
from cli.translating import compile_quietly
from indexer.articles import content_hash
from indexer.build import BuildReport, sync_corpus
from indexer.corpus import Failure, Source, jsonl_records, read_sources
from indexer.people import PeopleRegistry
from indexer.service import ArticleService
from search import PresslensError, write_run_status

ExitZeroOpt = Annotated[
    bool,
    typer.Option(
        "--exit-zero",
        help="Exit 0 although some articles failed (each is still reported); for a scheduler"
        " that should serve whatever could be indexed. A run that fails as a whole exits 1.",
    ),
]


def report_run(
    report: BuildReport, *, quiet: bool, as_json: bool, pretty: bool | None = None
) -> int:
    """Print what a run did (a summary, warnings, one line per failed file); its exit code."""
    if as_json:
        emit_json(report.to_dict(), pretty=pretty)
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


def report_error(
    exc: BaseException, *, as_json: bool, pretty: bool | None, full: bool = False
) -> dict[str, Any]:
    """A run that failed as a whole: one red line (a traceback if it is not a presslens
    error), and with ``--json`` still a summary, with ``error`` set. Returns the summary."""
    message = str(exc) if isinstance(exc, PresslensError | OSError) else _describe(exc)
    if isinstance(exc, PresslensError | OSError):
        err.print(f"[red]error:[/red] {escape(message)}", soft_wrap=True)
    else:
        err.print_exception()
        err.print(f"[red]error:[/red] unexpected {escape(message)}", soft_wrap=True)
    summary: dict[str, Any] = {**BuildReport(full=full).to_dict(), "error": message}
    if as_json:
        emit_json(summary, pretty=pretty)
    return summary


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


@app.command(cls=Command)
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
    exit_zero: ExitZeroOpt = False,
    lexicons: Annotated[
        bool,
        typer.Option(
            "--lexicons",
            help="Also compile the installed bilingual lexicons for --translate (as "
            "'presslens lexicons' does; quick when they are up to date).",
        ),
    ] = False,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
) -> None:
    """Build or update the index from the corpus (only new or changed files are analysed).

    A file that cannot be read costs only itself: one line names it (file, line,
    reason), the rest is indexed, and /ready and /metrics show the run.

    Exit codes: 0 all indexed; 1 some articles failed (0 with --exit-zero) or
    the run failed; 2 a bad option or setting.

    Examples:
      presslens index                     # update .presslens/index from corpus/
      presslens index --full              # rebuild; searches go on meanwhile
      presslens index ~/news --index /srv/presslens/index --json
      presslens index --wait --exit-zero  # docker compose: serve what was indexed
      presslens index --lexicons          # and compile the lexicons for --translate
    """
    s = settings(corpus_path=corpus_dir, index_path=index_dir)
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
    except Exception as exc:  # the whole run failed: still one line, a summary, a status
        if isinstance(exc, OSError) and not isinstance(exc, PresslensError):
            exc = OSError(f"cannot write the index at '{s.index_path}': {exc}")
        summary = report_error(exc, as_json=as_json, pretty=pretty, full=full)
        write_run_status(s.index_path, summary, exit_code=EXIT_FAILED)
        raise typer.Exit(EXIT_FAILED) from None
    code = report_run(report, quiet=quiet, as_json=as_json, pretty=pretty)
    write_run_status(s.index_path, report.to_dict(), exit_code=code)
    if lexicons:
        compile_quietly(s.index_path)
    raise typer.Exit(EXIT_OK if exit_zero and code == EXIT_FAILED else code)


def _sources_from(paths: list[str]) -> list[Source | Failure]:
    """Sources named on the command line: files, JSON Lines files, ``-`` for stdin."""
    found: list[Source | Failure] = []
    files: list[Path] = []
    for item in paths:
        if item != "-":
            files.append(Path(item))
            continue
        data = sys.stdin.buffer.read()
        if data.lstrip().startswith(b"{"):
            found.extend(jsonl_records(data.splitlines(), "stdin"))
        else:
            found.append(Source(f"stdin-{content_hash(data)[:12]}", "stdin", data=data))
    sources, failures = read_sources(files)
    return [*found, *sources, *failures]


def _service(index_dir: Path | None, corpus: Path | None) -> ArticleService:
    s = settings(index_path=index_dir, corpus_path=corpus)
    return ArticleService(
        s.corpus_path,
        s.index_path,
        registry=PeopleRegistry.load(s.people_path),
        max_bytes=s.max_article_bytes,
    )


@app.command(cls=Command)
def add(
    files: Annotated[
        list[str],
        typer.Argument(
            help="Article files (.txt, .md), JSON Lines files (.jsonl), or - for stdin."
        ),
    ],
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
) -> None:
    """Add or replace articles: copies them into the corpus and indexes them.

    Examples:
      presslens add new-story.txt
      presslens add batch.jsonl                # one {"text": ..., "title": ...} per line
      cat story.txt | presslens add -
    """
    service = _service(index_dir, corpus)
    try:
        report = service.put_many(_sources_from(files))
    except Exception as exc:  # the whole batch failed (lock, unwritable corpus, a bug)
        report_error(exc, as_json=as_json, pretty=pretty)
        raise typer.Exit(EXIT_FAILED) from None
    raise typer.Exit(report_run(report, quiet=False, as_json=as_json, pretty=pretty))


@app.command(cls=Command)
def remove(
    ids: Annotated[list[str], typer.Argument(help="Article ids (file stems).")],
    index_dir: IndexOpt = None,
    corpus: CorpusOpt = None,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
) -> None:
    """Remove articles from the corpus and the index.

    Example:
      presslens remove 004_70b82951417b80d5
    """
    service = _service(index_dir, corpus)
    try:
        report = service.remove(ids)
    except Exception as exc:
        report_error(exc, as_json=as_json, pretty=pretty)
        raise typer.Exit(EXIT_FAILED) from None
    valid = len(ids) - len(report.failed)
    if report.removed < valid and not as_json:
        out.print(f"[dim]{valid - report.removed} id(s) were not in the index.[/dim]")
    raise typer.Exit(report_run(report, quiet=False, as_json=as_json, pretty=pretty))
