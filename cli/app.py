"""The Typer application and what every command shares: settings, errors, output, the index.

Exit codes: 0 ok; 1 something failed (some articles, or the command); 2 usage error.

Output: people read lines that are never wrapped by presslens (a terminal wraps them; a log
or a pipe gets them whole); programs read ``--json``, one compact JSON document on one line,
indented only when asked (``--pretty``) or when stdout is a terminal (``emit_json``).
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from typer.core import TyperCommand, TyperGroup

from config import Settings, settings_error_message
from search import PresslensError, SearchIndex, SearchLimits, Synonyms, open_index


def _flags_take_no_value(command: TyperCommand | TyperGroup, ctx: typer.Context) -> None:
    """Show on/off flags (``--json``, ``--help``) without a value type in ``--help``."""
    for param in command.get_params(ctx):
        if getattr(param, "is_flag", False) or getattr(param, "count", False):
            param.metavar = param.metavar or ""


class Command(TyperCommand):
    """A presslens command: its ``--help`` reads flags as flags."""

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:
        _flags_take_no_value(self, ctx)
        super().format_help(ctx, formatter)


class Group(TyperGroup):
    """The ``presslens`` group: its ``--help`` reads flags as flags."""

    def format_help(self, ctx: typer.Context, formatter: Any) -> None:
        _flags_take_no_value(self, ctx)
        super().format_help(ctx, formatter)


app = typer.Typer(
    name="presslens",
    help="Multilingual news search: build the index, serve the API, search from the terminal.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    cls=Group,
)
#: Lines are never wrapped by presslens: piped or logged, each stays one line.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print JSON: one compact document on one line.")
]
PrettyOpt = Annotated[
    bool | None,
    typer.Option(
        "--pretty/--compact",
        help="With --json: indent it, or keep it on one line (default: indent on a terminal).",
        show_default=False,
    ),
]


def emit_json(data: Any, *, pretty: bool | None = None) -> None:
    """Write machine output: one JSON document on one line, or indented (coloured on a
    terminal) when ``pretty`` is True, or None and stdout is a terminal."""
    if pretty is None:
        pretty = out.is_terminal
    if pretty and out.is_terminal:
        out.print_json(json.dumps(data, ensure_ascii=False, default=_jsonable))
        return
    text = json.dumps(data, ensure_ascii=False, default=_jsonable, indent=2 if pretty else None)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _jsonable(value: Any) -> Any:
    """Dates as ISO strings (the core's dataclasses hold ``date`` objects), paths as text."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


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


def usage_error(option: str, message: str) -> typer.Exit:
    """Print a bad option value as one red line; the exit (2) to raise."""
    err.print(f"[red]error:[/red] {escape(option)}: {escape(message)}")
    return typer.Exit(EXIT_USAGE)


def search_limits(s: Settings) -> SearchLimits:
    """The core's limits, from the settings (as the API builds them)."""
    return SearchLimits(
        max_per_page=s.max_per_page, max_page_window=s.max_page_window, timeout=s.search_timeout
    )


def check_limit(limit: int, s: Settings) -> int:
    """``--limit`` within 1..``max_per_page`` (PRESSLENS_MAX_PER_PAGE), else exit 2."""
    if not 1 <= limit <= s.max_per_page:
        raise usage_error(
            "--limit", f"use 1 to {s.max_per_page} (PRESSLENS_MAX_PER_PAGE); got {limit}"
        )
    return limit


def open_search(s: Settings) -> SearchIndex:
    """The index for one command (use it in a ``with`` block so its files are closed)."""
    try:
        return open_index(
            s.index_path, synonyms=Synonyms.load(s.synonyms_path), limits=search_limits(s)
        )
    except PresslensError as exc:
        raise fail(exc) from None


def _version(value: bool) -> None:
    if value:
        out.print(f"presslens {package_version('presslens')}")
        raise typer.Exit()


EPILOG = """Examples:

  presslens index && presslens serve   # build the index, serve port 8000

  presslens search veto --lang en

  presslens config                     # the settings (PRESSLENS_* or .env)

Exit codes: 0 ok; 1 some articles or the command failed; 2 usage error
(a bad option or setting). 'index --exit-zero': 0 when only articles failed.

Every --json prints one JSON document on one line; --pretty indents it.

Shell completion: presslens --install-completion
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
    "Command",
    "CorpusOpt",
    "Group",
    "IndexOpt",
    "JsonOpt",
    "PrettyOpt",
    "app",
    "check_limit",
    "emit_json",
    "err",
    "fail",
    "open_search",
    "out",
    "search_limits",
    "settings",
    "usage_error",
]
