"""``python -m cli``: the same as the ``presslens`` command."""

from cli import app

app(prog_name="presslens")
