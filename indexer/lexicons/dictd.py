"""Reading dictd databases: a ``.index`` of headwords and a ``.dict.dz`` (dictzip) of entries.

Each ``.index`` line is ``headword<TAB>offset<TAB>length``, the numbers in dictd's base-64
digits; ``.dict.dz`` is gzip-compatible, so it is read whole and sliced.

>>> decode_number("BOQXT"), decode_number("b")
(20514259, 27)
"""

from __future__ import annotations

import bisect
import gzip
from collections.abc import Callable, Iterator
from pathlib import Path

_DIGITS = {c: i for i, c in enumerate(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
)}  # fmt: skip


def decode_number(text: str) -> int:
    """A dictd base-64 number."""
    value = 0
    for ch in text:
        value = value * 64 + _DIGITS[ch]
    return value


def read_dictd(
    index: str | Path, keep: Callable[[str], bool] | None = None
) -> Iterator[tuple[str, str]]:
    """``(headword, entry text)`` of every entry of a dictd database, in index order.

    ``index`` is the ``.index`` file; the ``.dict.dz`` (or ``.dict``) beside it holds the
    text. Entries dictd uses for itself (``00-database-...``, ``00databaseinfo``) are skipped,
    and so are those whose text ``keep`` refuses.
    """
    index = Path(index)
    stem = index.name.removesuffix(".index")
    packed = index.with_name(stem + ".dict.dz")
    data = (
        gzip.open(packed).read()
        if packed.exists()
        else index.with_name(stem + ".dict").read_bytes()
    )
    seen: set[tuple[int, int]] = set()
    find = getattr(keep, "places", None)  # a subset: where its words may stand
    places = find(data) if find is not None else None
    with open(index, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or parts[0].startswith(("00-database", "00database")):
                continue
            try:
                where = (decode_number(parts[1]), decode_number(parts[2]))
            except KeyError:
                continue
            if where in seen:  # several headwords may point at one entry
                continue
            seen.add(where)
            start, length = where
            if places is not None:
                at = bisect.bisect_left(places, start)
                if at == len(places) or places[at] >= start + length:
                    continue  # none of the subset's words stands in this entry
            text = data[start : start + length].decode("utf-8", "replace")
            if keep is None or keep(text):
                yield parts[0].strip(), text
