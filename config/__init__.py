"""presslens' settings: one ``Settings`` class read from ``PRESSLENS_*`` variables or ``.env``.

Both edges read it: the HTTP service (``api/``) and the command line (``cli/``). The core
(``search/``) and the indexer never do: they take the values they need as arguments.

>>> Settings(port=9000, _env_file=None).port
9000
"""

from config.settings import (
    SECRET_SUFFIX,
    Settings,
    SettingsError,
    env_name,
    get_settings,
    settings_error_message,
)

__all__ = [
    "SECRET_SUFFIX",
    "Settings",
    "SettingsError",
    "env_name",
    "get_settings",
    "settings_error_message",
]
