"""A sentence that opens with a subject pronoun has its subject: a person it names later is not.

Salience takes the first person a sentence names as its subject ("Defending champion Andy
Roddick rallied …"). When the sentence opens with a pronoun in the nominative ("They could,
however, picture Michael Howard …", "He met Tony Blair on Monday."), the pronoun is the subject
and the person named after it is an object or a complement, not the one a later "he" means.

>>> pronoun_opens("Bo left. They could picture Ann Lee.", 9, 28)
True
>>> pronoun_opens("Bo left. Hanna Lee spoke.", 9, 9)
False
>>> pronoun_opens("Bo left. Then Ann Lee spoke.", 9, 14)
False
"""

from __future__ import annotations

import re

from indexer.quotes.verbs import PRONOUNS

__all__ = ["pronoun_opens"]

#: nominative pronouns: the third person singular of every supported language, and English
#: "they", "we" and "I"
_SUBJECT_PRONOUNS = frozenset(PRONOUNS) | frozenset(("they", "we", "i"))
_FIRST_WORD = re.compile(r"[\s\"“”«»„‘’(—–-]*([^\W\d_]+)(?![\w'’-])")


def pronoun_opens(text: str, sentence: int, pos: int) -> bool:
    """The sentence starting at ``sentence`` opens with a subject pronoun that ends before
    ``pos`` (where a person is named)."""
    m = _FIRST_WORD.match(text, sentence, pos)
    return m is not None and m.end() <= pos and m.group(1).casefold() in _SUBJECT_PRONOUNS
