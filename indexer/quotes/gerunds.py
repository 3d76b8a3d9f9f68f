"""A verb of saying in "-ing" after "of" or "for" reports nobody's speech at that point.

"Dr Fox accused Mr Blair of telling lies", "She criticised Mr Brown for saying …": the person
before the gerund is the object of the accusation, not someone who spoke there; a "he" after
such a sentence is still its subject (Dr Fox), so the gerund is no speech event of its own.

>>> t = "Dr Fox accused Mr Blair of telling lies."
>>> gerund_after_of(t, t.index("telling"), t.index(" lies"))
True
>>> t = "He went on telling them."
>>> gerund_after_of(t, t.index("telling"), t.index(" them"))
False
"""

from __future__ import annotations

import re

__all__ = ["gerund_after_of"]

#: the prepositions that take the gerund of an accusation, praise or blame
_OF = re.compile(r"(?:^|[\s(])(?:of|for)[ \t\n]+$", re.IGNORECASE)
_REACH = 8


def gerund_after_of(text: str, vstart: int, vend: int) -> bool:
    """The verb at ``vstart:vend`` ends in "-ing" and "of" or "for" stands right before it."""
    if not text[vstart:vend].casefold().endswith("ing"):
        return False
    return _OF.search(text[max(0, vstart - _REACH) : vstart]) is not None
