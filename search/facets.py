"""Facet arithmetic over per-document ordinals (numpy), independent of Whoosh.

``FacetColumns`` holds, for every document number of one searcher, the ordinal of its
outlet and language, its publication day and its speakers (CSR). Filtering and counting
read only the matching documents' entries (their cost follows the matches, not the
collection): counting a facet is one gather and one ``bincount``. Facets are disjunctive:
each facet is counted under every filter except its own.

``published`` counts by month, or by day when the range is narrow: when the chosen
``since``..``until`` range spans fewer than ``DAY_BUCKETS_BELOW`` days (then the days of
the months it touches are listed, the chosen ones ``selected``), or when the matching
articles all fall within that many days.

>>> cols = FacetColumns.build(["A", "B", "A"], ["en", "sv", "en"], [0, 1, -1],
...                           [["X"], [], ["X", "Y"]])
>>> docs = np.array([0, 1, 2])
>>> [(v.value, v.count) for v in cols.count("outlet", docs, selected=("B",))]
[('A', 2), ('B', 1)]
>>> cols.keep(Filters(speakers=("Y",)), docs).tolist()
[False, False, True]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from search.models import FacetValue, Filters

FACETS = ("outlet", "language", "speaker", "published")
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
#: Below this many days between the first and last match, ``published`` counts by day.
DAY_BUCKETS_BELOW = 62


def _ordinals(values: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    vocab: dict[str, int] = {}
    ords = np.fromiter((vocab.setdefault(v, len(vocab)) for v in values), np.int32, len(values))
    return ords, list(vocab)


@dataclass
class FacetColumns:
    outlet: np.ndarray
    outlet_vocab: list[str]
    language: np.ndarray
    language_vocab: list[str]
    published: np.ndarray  # days since 1970, -1 unknown
    speaker_indptr: np.ndarray
    speaker_values: np.ndarray
    speaker_vocab: list[str]
    #: Counts of a facet over every live document, and documents in date order (newest
    #: or oldest first, undated last, ties by number), each computed once per snapshot.
    _everything: dict[str, np.ndarray] = field(default_factory=dict, repr=False)
    _orders: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return len(self.outlet)

    def date_order(self, sort: str) -> np.ndarray:
        """Every document number, ``newest`` or ``oldest`` first (undated last)."""
        found = self._orders.get(sort)
        if found is None:
            days = self.published.astype(np.int64)
            key = np.where(days < 0, 2**40, -days if sort == "newest" else days)
            found = self._orders[sort] = np.argsort(key, kind="stable")
        return found

    @classmethod
    def build(
        cls,
        outlets: Sequence[str],
        languages: Sequence[str],
        published: Sequence[int],
        speakers: Sequence[Sequence[str]],
    ) -> FacetColumns:
        outlet, outlet_vocab = _ordinals(outlets)
        language, language_vocab = _ordinals(languages)
        lengths = np.fromiter((len(s) for s in speakers), np.int64, len(speakers))
        indptr = np.zeros(len(speakers) + 1, np.int64)
        np.cumsum(lengths, out=indptr[1:])
        flat = [name for names in speakers for name in names]
        values, speaker_vocab = _ordinals(flat)
        return cls(
            outlet,
            outlet_vocab,
            language,
            language_vocab,
            np.asarray(published, dtype=np.int32),
            indptr,
            values,
            speaker_vocab,
        )

    # ------------------------------------------------------------------ filtering
    def keep(self, filters: Filters, docs: np.ndarray, *, skip: str | None = None) -> np.ndarray:
        """Which of ``docs`` pass every filter except the facet ``skip`` (a boolean array)."""
        keep = np.ones(len(docs), dtype=bool)
        if filters.outlets and skip != "outlet":
            keep &= _isin(self.outlet[docs], self.outlet_vocab, filters.outlets)
        if filters.languages and skip != "language":
            keep &= _isin(self.language[docs], self.language_vocab, filters.languages)
        if filters.speakers and skip != "speaker":
            keep &= self._has_speaker(docs, filters.speakers)
        if (filters.since or filters.until) and skip != "published":
            lo = filters.since.toordinal() - _EPOCH_ORDINAL if filters.since else 0
            hi = filters.until.toordinal() - _EPOCH_ORDINAL if filters.until else 2**31 - 1
            days = self.published[docs]
            keep &= (days >= lo) & (days <= hi)
        return keep

    def _entries(self, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The speaker entries of ``docs``: (which of ``docs`` each belongs to, speaker ord)."""
        starts = self.speaker_indptr[docs]
        counts = self.speaker_indptr[docs + 1] - starts
        total = int(counts.sum())
        if not total:
            return np.zeros(0, np.int64), np.zeros(0, np.int32)
        owner = np.repeat(np.arange(len(docs), dtype=np.int64), counts)
        first = np.repeat(np.cumsum(counts) - counts, counts)
        positions = np.repeat(starts, counts) + (np.arange(total) - first)
        return owner, self.speaker_values[positions]

    def _has_speaker(self, docs: np.ndarray, wanted: Sequence[str]) -> np.ndarray:
        want = set(wanted)
        ids = [i for i, v in enumerate(self.speaker_vocab) if v in want]
        keep = np.zeros(len(docs), dtype=bool)
        if ids:
            owner, values = self._entries(docs)
            keep[owner[np.isin(values, ids)]] = True
        return keep

    def speaker_counts(self, docs: np.ndarray) -> np.ndarray:
        """How many of ``docs`` name each speaker (indexed like ``speaker_vocab``)."""
        _, values = self._entries(docs)
        return np.bincount(values, minlength=len(self.speaker_vocab))

    # ------------------------------------------------------------------- counting
    def count(
        self,
        facet: str,
        docs: np.ndarray,
        *,
        selected: Sequence[str] = (),
        limit: int = 100,
        since: date | None = None,
        until: date | None = None,
        everything: bool = False,
    ) -> list[FacetValue]:
        """Counts of ``facet`` over ``docs``, most frequent first; selected values always
        stay in the list (with 0 if nothing matches); empty values are left out.
        ``published`` is listed in date order; ``since``/``until`` mark what is selected.
        ``everything``: ``docs`` are every live document (counted once per snapshot)."""
        if facet == "published":
            return self._count_dates(docs, since, until, limit)
        if everything:
            counts = self._everything.get(facet)
            if counts is None:
                counts = self._everything[facet] = self._counts(facet, docs)
        else:
            counts = self._counts(facet, docs)
        return _ranked(self._vocab(facet), counts, selected, limit)

    def _vocab(self, facet: str) -> list[str]:
        if facet == "speaker":
            return self.speaker_vocab
        return self.outlet_vocab if facet == "outlet" else self.language_vocab

    def _counts(self, facet: str, docs: np.ndarray) -> np.ndarray:
        if facet == "speaker":
            return self.speaker_counts(docs)
        ords = (self.outlet if facet == "outlet" else self.language)[docs]
        return np.bincount(ords, minlength=len(self._vocab(facet)))

    def _count_dates(
        self, docs: np.ndarray, since: date | None, until: date | None, limit: int
    ) -> list[FacetValue]:
        days = self.published[docs]
        days = days[days >= 0].astype("datetime64[D]")
        lo = np.datetime64(since, "D") if since else None
        hi = np.datetime64(until, "D") if until else None
        chosen_narrow = (
            lo is not None
            and hi is not None
            and int((hi - lo).astype(np.int64)) < DAY_BUCKETS_BELOW
        )
        if chosen_narrow:  # days of the months the chosen range touches
            first = lo.astype("datetime64[M]").astype("datetime64[D]")
            last = (hi.astype("datetime64[M]") + 1).astype("datetime64[D]")
            days = days[(days >= first) & (days < last)]
        if not len(days):
            return []
        span = (days.max() - days.min()).astype(np.int64)
        by_day = chosen_narrow or int(span) < DAY_BUCKETS_BELOW
        buckets = days if by_day else days.astype("datetime64[M]")
        uniq, counts = np.unique(buckets, return_counts=True)
        values = []
        for bucket, count in zip(uniq.tolist(), counts.tolist(), strict=True):
            start, end = _bucket_range(bucket, by_day)
            picked = bool((since or until) and (not since or end >= since))
            picked = picked and (not until or start <= until)
            key = bucket.isoformat() if by_day else bucket.isoformat()[:7]
            values.append(FacetValue(key, int(count), picked))
        return values[-limit:]


def _bucket_range(bucket: date, by_day: bool) -> tuple[date, date]:
    """First and last day of a facet bucket (a day, or the month starting at ``bucket``)."""
    if by_day:
        return bucket, bucket
    following = date(bucket.year + bucket.month // 12, bucket.month % 12 + 1, 1)
    return bucket, date.fromordinal(following.toordinal() - 1)


def _isin(ords: np.ndarray, vocab: list[str], wanted: Sequence[str]) -> np.ndarray:
    """Which ``ords`` stand for a ``wanted`` value: one lookup in a table of the vocabulary."""
    want = set(wanted)
    table = np.fromiter((v in want for v in vocab), bool, len(vocab))
    return table[ords] if len(table) else np.zeros(len(ords), dtype=bool)


def _ranked(
    vocab: list[str], counts: np.ndarray, selected: Sequence[str], limit: int
) -> list[FacetValue]:
    if not len(vocab):
        return [FacetValue(s, 0, True) for s in selected]
    order = np.argsort(-counts, kind="stable")
    out: list[FacetValue] = []
    seen = set()
    for i in order.tolist():
        if counts[i] == 0:
            break
        if not vocab[i]:
            continue
        out.append(FacetValue(vocab[i], int(counts[i]), vocab[i] in selected))
        seen.add(vocab[i])
        if len(out) >= limit:
            break
    out.sort(key=lambda v: (-v.count, v.value.lower()))
    for s in selected:
        if s not in seen:
            present = vocab.index(s) if s in vocab else -1
            out.append(FacetValue(s, int(counts[present]) if present >= 0 else 0, True))
    return out
