"""Splitting closed compounds (German, Swedish, Dutch...) into parts a lexicon knows.

``Mitgliedschaftsverhandlungen`` is in no dictionary, but ``Mitgliedschaft`` and
``Verhandlungen`` are, joined by the linking ``s``. The split with the fewest parts wins;
among those, the one with the longest last part (the head of a Germanic compound).

>>> known = {"mitgliedschaft", "verhandlungen", "regierung", "bund", "säkerhet", "garantier"}
>>> known = known.__contains__
>>> split_compound("mitgliedschaftsverhandlungen", "de", known)
('mitgliedschaft', 'verhandlungen')
>>> split_compound("bundesregierung", "de", known)
('bund', 'regierung')
>>> split_compound("säkerhetsgarantier", "sv", known)
('säkerhet', 'garantier')
>>> split_compound("regierung", "de", known) is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

#: Languages that write compounds as one word, and the linking elements between parts.
LINKS: dict[str, tuple[str, ...]] = {
    "da": ("", "s", "e"),
    "de": ("", "s", "es", "n", "en", "er", "e"),
    "nl": ("", "s", "en", "e"),
    "no": ("", "s", "e"),
    "sv": ("", "s", "a", "u", "o", "e"),
}
#: Shortest part considered (shorter ones are mostly accidental: "an", "er").
MIN_PART = 3
#: Longest word split (the search is quadratic in the length).
MAX_LENGTH = 40


def split_compound(
    word: str, language: str, known: Callable[[str], bool], max_parts: int = 3
) -> tuple[str, ...] | None:
    """The parts of a closed compound that ``known`` accepts, or None when there are none.

    ``word`` is normalised (lowercase); parts are returned without their linking elements.
    """
    links = LINKS.get(language)
    if links is None or len(word) < 2 * MIN_PART or len(word) > MAX_LENGTH:
        return None

    @cache
    def best(start: int, parts_left: int) -> tuple[str, ...] | None:
        rest = word[start:]
        if len(rest) >= MIN_PART and known(rest):
            return (rest,)
        if parts_left <= 1:
            return None
        found: tuple[str, ...] | None = None
        for end in range(len(word) - MIN_PART, start + MIN_PART - 1, -1):
            part = word[start:end]
            if not known(part):
                continue
            for link in links:
                if not word.startswith(link, end):
                    continue
                tail = best(end + len(link), parts_left - 1)
                if tail is not None and (found is None or len(tail) + 1 < len(found)):
                    found = (part, *tail)
            if found is not None and len(found) == 2:
                break
        return found

    parts = best(0, max_parts)
    return parts if parts is not None and len(parts) > 1 else None
