"""The ``presslens`` command line: an edge, like ``api/``, over ``indexer/`` and ``search/``.

``cli.app`` holds the Typer application and what every command shares (settings, errors,
output); the commands live one concern per module: ``indexing`` (index, add, remove),
``searching`` (search, quotes, speakers) and ``serving`` (serve, config).
"""

from cli import indexing, searching, serving  # noqa: F401  (they register their commands)
from cli.app import app

__all__ = ["app"]
