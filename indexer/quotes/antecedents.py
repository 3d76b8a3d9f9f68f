"""A bare surname stands for a person named before it, not after: "Euan Murray has been named …
said Murray" is Euan Murray, though only "Scott Murray", further on in a team list, starts with
a given name the lists know.

>>> named_before({"Scott Murray"}, {"Scott Murray": 900}, ["Euan Murray"], [0], 260)
{'Euan Murray'}
>>> named_before({"Scott Murray"}, {"Scott Murray": 100}, ["Euan Murray"], [0], 260)
{'Scott Murray'}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["named_before"]


def named_before(
    owners: set[str],
    first_named: Mapping[str, int],
    runs: Sequence[str],
    run_starts: Sequence[int],
    start: int,
) -> set[str]:
    """The full names a bare surname at ``start`` may stand for: ``owners`` (the people the
    article names in full with that surname, each first at ``first_named``), unless all of
    them come after it and exactly one other run of capitalised words with that surname
    (``runs`` at ``run_starts``, a name no word list knew) comes before it."""
    if not owners or any(first_named.get(n, start) < start for n in owners):
        return owners
    earlier = {run for run, at in zip(runs, run_starts, strict=True) if at < start}
    return earlier if len(earlier) == 1 else owners
