"""Which segments an incremental commit merges: the small ones its ``add``s wrote, never the
full build's.

Whoosh's default policy (``MERGE_SMALL``) merges the segments whose running total of
documents, smallest first, stays under a Fibonacci bound of their rank. With the 30-odd large
segments of a full build of a million articles (a worker starts a new one every 8M
postings), that bound overtakes the running total near the end of the list, and adding one
article merged a quarter of a million through Whoosh's pure-Python writer: many minutes. Here
an incremental commit merges only segments under :data:`SMALL_SEGMENT_DOCS` documents, and
only once there are :data:`MERGE_AT` of them, at most :data:`MERGE_DOCS` documents at a time:
the cost of a merge is bounded whatever the size of the archive. Large segments keep their
deleted documents until the next full build (``presslens index --full``) writes the
generation anew.

>>> small_merge([("big", 37_000)] * 30 + [("add", 100)] * 3)
[]
>>> small_merge([("big", 37_000)] + [("add", 100)] * 8)
[1, 2, 3, 4, 5, 6, 7, 8]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from whoosh.reading import SegmentReader

#: A segment with fewer documents than this came from incremental commits.
SMALL_SEGMENT_DOCS = 5_000
#: A commit merges once this many small segments have accumulated.
MERGE_AT = 8
#: At most this many documents are merged by one commit (smallest segments first).
MERGE_DOCS = 5_000


def small_merge(sizes: Sequence[tuple[Any, int]]) -> list[int]:
    """The positions in ``sizes`` (``(segment, documents)``) that one commit merges."""
    small = sorted(
        (count, position) for position, (_, count) in enumerate(sizes) if count < SMALL_SEGMENT_DOCS
    )
    if len(small) < MERGE_AT:
        return []
    chosen, total = [], 0
    for count, position in small:
        if total + count > MERGE_DOCS and len(chosen) >= 2:
            break
        chosen.append(position)
        total += count
    return sorted(chosen)


def merge_small_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """A Whoosh ``mergetype``: merges :func:`small_merge`'s segments into the new one and
    returns the segments kept as they are."""
    chosen = set(small_merge([(s, s.doc_count_all()) for s in segments]))
    for position in sorted(chosen):
        reader = SegmentReader(writer.storage, writer.schema, segments[position])
        writer.add_reader(reader)
        reader.close()
    return [s for position, s in enumerate(segments) if position not in chosen]


__all__ = ["MERGE_AT", "MERGE_DOCS", "SMALL_SEGMENT_DOCS", "merge_small_segments", "small_merge"]
