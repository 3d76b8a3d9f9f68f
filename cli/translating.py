"""``presslens lexicons``: the installed bilingual lexicons, compiled for query translation.

``search --translate`` (and ``/search?translate=true``) translates queries with the lexicons
compiled into ``<index>/lexicons``; this command (or ``presslens index --lexicons``) puts
them there, and ``presslens config`` shows which language pairs are active.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from cli.app import (
    EXIT_FAILED,
    EXIT_OK,
    Command,
    IndexOpt,
    JsonOpt,
    PrettyOpt,
    app,
    emit_json,
    err,
    out,
    settings,
    usage_error,
)
from indexer.lexicons import CompileReport, compile_lexicons
from search import LANGUAGES
from search.translation import LEXICON_DIRECTORY, active_pairs
from search.translation.packages import install_advice


def lexicon_directory(index_path: Path) -> Path:
    """Where an index keeps its compiled lexicons."""
    return index_path / LEXICON_DIRECTORY


def report_data(report: CompileReport) -> dict[str, Any]:
    """The compile report as JSON-ready data."""
    return {
        "directory": str(report.directory),
        "pairs": [
            {
                "pair": p.pair,
                "headwords": p.counts.get("headwords", 0),
                "forms": p.counts.get("forms", 0),
                "translations": p.counts.get("translations", 0),
                "bytes": p.size,
                "written": p.written,
                "packages": [
                    {"name": s.name, "version": s.version, "licence": s.licence, "role": s.role}
                    for s in p.packages
                ],
            }
            for p in report.pairs
        ],
        "through": [{"pair": f"{s}-{t}", "via": via} for s, t, via in report.pivots],
        "missing": report.missing,
    }


def active_translation(index_path: Path) -> dict[str, Any]:
    """The pairs the index's lexicon directory translates (for ``presslens config``)."""
    directory = lexicon_directory(index_path)
    pairs = active_pairs(directory)
    return {
        "lexicons": str(directory),
        "pairs": [p.describe() for p in pairs],
        "note": None
        if pairs
        else f"no lexicons: {install_advice()}, then run 'presslens lexicons'",
    }


def _languages(text: str | None) -> set[str] | None:
    if text is None:
        return None
    codes = {c.strip().lower() for c in text.split(",") if c.strip()}
    unknown = sorted(codes - set(LANGUAGES))
    if unknown or not codes:
        raise usage_error(
            "--languages",
            f"unknown language {unknown[0] if unknown else text!r}; use codes "
            f"such as de,en,es,ru,sv,tr (any of {','.join(LANGUAGES)})",
        )
    return codes


@app.command(cls=Command)
def lexicons(
    index_dir: IndexOpt = None,
    languages: Annotated[
        str | None,
        typer.Option(
            "--languages",
            metavar="CODES",
            help="Only the pairs between these languages, comma-separated (e.g. de,en,sv).",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Compile again the pairs that are up to date.")
    ] = False,
    as_json: JsonOpt = False,
    pretty: PrettyOpt = None,
) -> None:
    """Compile the installed bilingual lexicons for query translation (--translate).

    Finds the Debian dictionaries (dict-de-en, apertium-eng-spa, mueller7-dict, FreeDict...)
    where the system installed them, compiles each language pair into <index>/lexicons
    and reports pairs, entry counts, sizes and licences, or what to install. Pairs already
    compiled from the same package versions are kept, so running it again is quick.

    Exit codes: 0 compiled (or up to date); 1 no lexicon is installed; 2 a bad option.

    Examples:
      presslens lexicons
      presslens lexicons --languages de,en,sv
      presslens search Gespräche --translate
    """
    s = settings(index_path=index_dir)
    report = compile_lexicons(
        lexicon_directory(s.index_path), languages=_languages(languages), force=force
    )
    if as_json:
        emit_json(report_data(report), pretty=pretty)
    else:
        out.print(escape(report.format()))
    raise typer.Exit(EXIT_OK if report.pairs else EXIT_FAILED)


def compile_quietly(index_path: Path) -> None:
    """``presslens index --lexicons``: compile what is installed; say it on stderr when
    nothing is (searching works on, untranslated)."""
    report = compile_lexicons(lexicon_directory(index_path))
    if not report.pairs:
        err.print(f"[yellow]lexicons: none installed; {escape(install_advice())}[/yellow]")


__all__ = ["active_translation", "compile_quietly", "lexicon_directory", "lexicons"]
