"""What a quote's speaker can be: a person's name, :data:`NOBODY` or :data:`ANONYMOUS`.

>>> is_person("Anna Berg"), is_person(NOBODY), is_person(ANONYMOUS), is_person(None)
(True, False, False, False)
"""

from __future__ import annotations

__all__ = ["ANONYMOUS", "NOBODY", "is_person"]

#: the speaker is explicitly not a person (an outlet, an organisation, "officials")
NOBODY = "\x00nobody"
#: the speaker is a person the article does not name ("a European diplomat said")
ANONYMOUS = "\x00anonymous"


def is_person(name: str | None) -> bool:
    """True for a speaker's name, false for ``None``, :data:`NOBODY` and :data:`ANONYMOUS`."""
    return bool(name) and name not in (NOBODY, ANONYMOUS)
