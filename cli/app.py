"""The Typer application and what every command shares: settings, errors, the index.

Exit codes: 0 ok; 1 something failed (some articles, or the command); 2 usage error.
"""

from __future__ import annotations

from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from config import Settings, settings_error_message
from search import PresslensError, SearchIndex, SearchLimits, Synonyms, open_index

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


def settings(**overrides: object) -> Settings:
    """The effective settings with the command's options applied (exit 2 if invalid)."""
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as exc:
        err.print(f"[red]error:[/red] {escape(settings_error_message(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_USAGE) from None


def fail(exc: PresslensError) -> typer.Exit:
    """Print a presslens error as one red line; the exit to raise."""
    err.print(f"[red]error:[/red] {escape(str(exc))}", soft_wrap=True)
    return typer.Exit(EXIT_FAILED)


def open_search(index_dir: Path | None, corpus: Path | None) -> SearchIndex:
    """The index for one command (use it in a ``with`` block so its files are closed)."""
    s = settings(index_path=index_dir, corpus_path=corpus)
    try:
        return open_index(
            s.index_path,
            synonyms=Synonyms.load(s.synonyms_path),
            limits=SearchLimits(max_per_page=s.max_per_page, max_page_window=s.max_page_window),
        )
    except PresslensError as exc:
        raise fail(exc) from None


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


__all__ = [
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CorpusOpt",
    "IndexOpt",
    "app",
    "err",
    "fail",
    "open_search",
    "out",
    "settings",
]
