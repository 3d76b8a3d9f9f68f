"""Quote extraction as the quote tests read it: the shipped people registry and the
(quote, speaker) pairs an article gives.

>>> quote_pairs('"Vi är oroade", sade Jens Stoltenberg.', "sv")
[('Vi är oroade', 'Jens Stoltenberg')]
"""

from __future__ import annotations

from pathlib import Path

from indexer.people import PeopleRegistry
from indexer.quotes import extract

#: ``corpus/people.yaml``, the registry the shipped corpus is indexed with.
REGISTRY = PeopleRegistry.load(Path(__file__).resolve().parents[2] / "corpus" / "people.yaml")


def quote_pairs(text: str, language: str) -> list[tuple[str, str | None]]:
    """``(quote text, speaker)`` of every quote in ``text``, in order."""
    return [(q.text, q.speaker) for q in extract(text, language, REGISTRY).quotes]
