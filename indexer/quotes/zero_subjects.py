"""A Spanish verb of saying with its subject left out: "Aseveró que …", "En ese sentido,
manifestó que …", "Asimismo, expuso …". Spanish drops a subject the reader knows, so the one
who says is the person the article was just reporting; only adverbial clauses (opened by a
preposition, a connective or an adverb in "-mente") may stand before the verb in its sentence,
never a noun phrase ("La empresa, por su parte, aseguró que …" has its subject).

>>> t = "Ana habló. En ese sentido, manifestó que sí."
>>> zero_subject(t, 11, t.index("manifestó"), "es"), zero_subject(t, 11, t.index("manifestó"), "en")
(True, False)
>>> t = "Ana habló. La empresa, por su parte, aseguró que sí."
>>> zero_subject(t, 11, t.index("aseguró"), "es")
False
>>> only_subordinator(["ya", "que"], "es"), only_subordinator(["la", "empresa"], "es")
(True, False)
"""

from __future__ import annotations

import re

from indexer.quotes.lexicon import PREPOSITIONS
from indexer.quotes.verbs import CONJUNCTIONS, ZERO_SUBJECT_FOLLOWERS

__all__ = ["only_subordinator", "zero_subject"]

#: languages that leave out a known subject
_PRO_DROP = frozenset(("es",))
#: connectives that open an adverbial clause ("Asimismo, expuso …")
_CONNECTIVES = frozenset(
    """asimismo además también luego entonces finalmente igualmente posteriormente así incluso
    sin embargo no obstante ayer hoy anteriormente previamente""".split()
)
_WORD = re.compile(r"[^\W\d_][\w-]*")
_CLAUSE = re.compile(r"[,;]")


def _adverbial(clause: str) -> bool:
    """The clause is empty or opens with a preposition, a connective or an adverb."""
    words = _WORD.findall(clause)
    if not words:
        return True
    first = words[0].casefold()
    return (
        first in PREPOSITIONS
        or first in _CONNECTIVES
        or first in ZERO_SUBJECT_FOLLOWERS
        or first in CONJUNCTIONS
        or first.endswith("mente")
    )


def zero_subject(text: str, sentence: int, vstart: int, language: str) -> bool:
    """The verb of saying at ``vstart`` has no subject in its sentence (which opens at
    ``sentence``), in a language that leaves a known subject out."""
    if language not in _PRO_DROP:
        return False
    return all(_adverbial(c) for c in _CLAUSE.split(text[sentence:vstart]))


#: subordinating conjunctions that open a clause whose verb has its subject left out ("ya que
#: aseveró que …", "porque dijo …"); not "que" alone, which may be a relative with its noun
_SUBORDINATORS = {
    "es": frozenset(
        ("ya que", "porque", "pues", "aunque", "puesto que", "dado que", "sino que", "así que")
    )
}


def only_subordinator(words: list[str], language: str) -> bool:
    """The words before a verb of saying are a subordinating conjunction and nothing else:
    "ya que aseveró", "porque dijo"."""
    found = _SUBORDINATORS.get(language)
    return found is not None and " ".join(words).casefold() in found
