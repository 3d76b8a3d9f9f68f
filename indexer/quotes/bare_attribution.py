"""An attribution that follows a Spanish quote without a comma: '"…" dice el doctor Gary Smith'.

Spanish puts the verb of saying right after a statement in marks, its subject after it, and
careless writing leaves out the comma between them ('"…" afirma Peter Lovedinner', '“…” dijo
el candidato', '"… como sociedad." Señaló.'). Without the comma the same shape is also a name
or a term in marks that is the subject of a verb ('"Tiranos de América Latina" ha comenzado
…'), so only a statement counts: the marks open a sentence and hold at least a few words, or
end with the statement's own stop.

>>> t = 'Ayer. "Hay que vigilar a los niños siempre" dice el doctor Smith.'
>>> bare_statement(t, t.index('"') + 1, t.index('" dice'))
True
>>> t = 'Ayer. "Tiranos de América" ha comenzado a correr.'
>>> bare_statement(t, t.index('"') + 1, t.index('" ha'))
False
"""

from __future__ import annotations

import re

__all__ = ["bare_statement"]

_WORD = re.compile(r"\w+")
#: the fewest words a statement without its own final stop holds
_MIN_WORDS = 5
#: what may stand before the opening mark of a statement that opens its sentence
_OPENERS = '.!?:…"”»'


def bare_statement(text: str, start: int, end: int) -> bool:
    """The words in marks from ``start`` to ``end`` are a statement of their own: the marks
    open a sentence (or the text, or follow a colon) and the words end with a stop or run to
    at least five words.

    >>> bare_statement('"Nos vamos." Señaló.', 1, 11)
    True
    >>> bare_statement('Vio "la casa roja de mi padre" dice.', 5, 29)
    False
    """
    before = text[: max(start - 1, 0)].rstrip()
    if before and before[-1] not in _OPENERS:
        return False
    body = text[start:end].rstrip()
    return body[-1:] in (".", "!", "?", "…") or len(_WORD.findall(body)) >= _MIN_WORDS
