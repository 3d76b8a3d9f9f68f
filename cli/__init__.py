"""The ``presslens`` command line: an edge, like ``api/``, over ``indexer/`` and ``search/``.

``cli.app`` holds the Typer application and what every command shares (settings, errors,
output); the commands live one concern per module: ``indexing`` (index, add, remove),
``searching`` (search, quotes), ``people`` (speakers), ``serving`` (serve, config) and
``translating`` (lexicons).
"""

from cli import indexing, people, searching, serving, translating  # noqa: F401  (commands)
from cli.app import app

__all__ = ["app"]
