"""``presslens serve`` and ``config``: running the API, and the effective settings."""

from __future__ import annotations

import json
import os
import shutil
import signal
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from cli.app import (
    EXIT_OK,
    Command,
    CorpusOpt,
    IndexOpt,
    JsonOpt,
    PrettyOpt,
    app,
    emit_json,
    fail,
    out,
    settings,
)
from cli.indexing import report_run
from cli.translating import active_translation
from config import Settings
from indexer.build import sync_corpus
from search import PresslensError, index_exists, write_run_status


@app.command(cls=Command)
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
    s = settings(host=host, port=port, workers=workers, index_path=index_dir, corpus_path=corpus)
    if not index_exists(s.index_path):
        out.print(f"No index at '{s.index_path}' yet; building it from '{s.corpus_path}'...")
        try:
            report = sync_corpus(s.corpus_path, s.index_path, max_bytes=s.max_article_bytes)
        except PresslensError as exc:
            raise fail(exc) from None
        code = report_run(report, quiet=False, as_json=False)
        write_run_status(s.index_path, report.to_dict(), exit_code=code)  # /ready shows it
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


@app.command(cls=Command)
def config(as_json: JsonOpt = False, pretty: PrettyOpt = None) -> None:
    """Print the effective settings (API keys masked) and the variable that sets each.

    Settings come from PRESSLENS_* environment variables, then .env, then the defaults;
    an invalid value stops every command with exit code 2 and names the variable. The
    last line (JSON: "translation") says which language pairs query translation has.

    Examples:
      presslens config
      PRESSLENS_PORT=9000 presslens config --json
    """
    s = settings()
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
    translation = active_translation(s.index_path)
    if as_json:
        emit_json(
            {**{name: shown for name, shown, _, _ in rows}, "translation": translation},
            pretty=pretty,
        )
        return
    table = Table("setting", "value", "environment variable", "description")
    for name, shown, env, desc in rows:
        text = shown if isinstance(shown, str) else json.dumps(shown)
        table.add_row(name, escape(text), env, escape(desc))
    out.print(table, soft_wrap=False)
    pairs = "; ".join(translation["pairs"]) or translation["note"]
    out.print(f"Query translation ({escape(translation['lexicons'])}): {escape(pairs)}")
