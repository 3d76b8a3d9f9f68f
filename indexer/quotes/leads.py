"""What stands before a colon in German text that lost its marks: the statement's own start,
or the narrator naming who speaks.

A short clause in the present tense before a colon, inside a statement someone is said to make,
is the statement's own start (``Philae geht es gut: Er hat …, sagt Ulamec``). The narrator's
lead names who speaks, a person or an organisation (``Anders die FPÖ: Die Mindestsicherung
bietet …, meint Kickl``, ``Kritik kam von der FPÖ: Faymann träumt …, sagte Kickl``), or
reports their words (``Mit 200 Kilometern sei die Sonde zu weit weg: Wir müssen …``); a lead
that does neither is narrative (``Abhilfe schaffen begrünte Mauern: Bei begrünten Fassaden
…``), and the statement does not reach back over it.

>>> from indexer.people import PeopleRegistry
>>> from indexer.quotes.coreference import Context
>>> ctx = Context("Anders die FPÖ: Die Hilfe ist falsch.", PeopleRegistry.empty(), [], "de")
>>> names_someone(ctx, 0, 14), present_lead(ctx, 0, 14)
(True, False)
"""

from __future__ import annotations

import bisect
import re

from indexer.quotes.coreference import Context
from indexer.quotes.lexicon import is_org_word
from indexer.quotes.mood import is_reported
from indexer.quotes.reported import in_past
from indexer.quotes.runs import is_acronym

__all__ = ["introduces_speaker", "names_someone", "present_lead"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_LEAD_WORDS = (3, 8)  # a statement's own start before a colon: words, at least and at most


def names_someone(ctx: Context, a: int, b: int) -> bool:
    """``text[a:b]`` names a person, an organisation noun or an acronym ("die Polizei",
    "die FPÖ"): someone who may speak.

    >>> from indexer.people import PeopleRegistry
    >>> text = "Auch die Polizei warnt. Das Wetter ist gut."
    >>> ctx = Context(text, PeopleRegistry.empty(), [], "de")
    >>> names_someone(ctx, 0, 22), names_someone(ctx, 24, 43)
    (True, False)
    """
    k = bisect.bisect_left(ctx.mention_starts, a)
    if k < len(ctx.mentions) and ctx.mentions[k].start < b:
        return True
    return any(is_acronym(w) or is_org_word(w) for w in _WORD.findall(ctx.text, a, b))


def introduces_speaker(ctx: Context, a: int, colon: int) -> bool:
    """The narrator's lead before a colon hands over to a speaker: it reports speech or names
    someone ("Kritik kam von der FPÖ:"), unlike a narrative one ("Abhilfe schaffen Mauern:").

    >>> from indexer.people import PeopleRegistry
    >>> text = "Kritik kam von der FPÖ: Es reicht. Abhilfe schaffen Mauern: Es kühlt."
    >>> ctx = Context(text, PeopleRegistry.empty(), [], "de")
    >>> introduces_speaker(ctx, 0, 22), introduces_speaker(ctx, 35, 58)
    (True, False)
    """
    return is_reported(ctx.text[a:colon]) or names_someone(ctx, a, colon)


def present_lead(ctx: Context, a: int, colon: int) -> bool:
    """A short clause in the present tense before a colon, inside an attributed statement, is
    the statement's own start ("Philae geht es gut: Er hat …, sagt X"); one in the past tense
    is the narrator's ("Kritik kam von der FPÖ: …"), as is one naming someone, a person or an
    organisation ("Anders die FPÖ: …"), or a label.

    >>> from indexer.people import PeopleRegistry
    >>> ctx = Context("Philae geht es gut: Er hat Energie.", PeopleRegistry.empty(), [], "de")
    >>> present_lead(ctx, 0, 18)
    True
    """
    words = _WORD.findall(ctx.text, a, colon)
    if not _LEAD_WORDS[0] <= len(words) <= _LEAD_WORDS[1] or in_past(words):
        return False
    clause = ctx.text[a:colon]
    if is_reported(clause) or ctx.verb(a, colon) or any(c in clause for c in '"“”„«»'):
        return False
    return not names_someone(ctx, a, colon)
