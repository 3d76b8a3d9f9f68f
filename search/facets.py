"""Facet arithmetic over per-document ordinals (numpy), independent of Whoosh.

``FacetColumns`` holds, for every document number of one searcher, the ordinal of its
outlet and language, its publication day and its speakers (CSR). Counting a facet over a
set of matching documents is one ``bincount``. Facets are disjunctive: each facet is
counted under every filter except its own.

>>> cols = FacetColumns.build(["A", "B", "A"], ["en", "sv", "en"], [0, 1, -1],
...                           [["X"], [], ["X", "Y"]])
>>> docs = np.array([0, 1, 2])
>>> [(v.value, v.count) for v in cols.count("outlet", docs, selected=("B",))]
[('A', 2), ('B', 1)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
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
    def mask(self, filters: Filters, size: int, *, skip: str | None = None) -> np.ndarray:
        """Boolean mask of documents passing every filter except the facet ``skip``."""
        keep = np.ones(size, dtype=bool)
        if filters.outlets and skip != "outlet":
            keep &= self._in(self.outlet, self.outlet_vocab, filters.outlets)
        if filters.languages and skip != "language":
            keep &= self._in(self.language, self.language_vocab, filters.languages)
        if filters.speakers and skip != "speaker":
            keep &= self._speaker_mask(filters.speakers)
        if (filters.since or filters.until) and skip != "published":
            lo = filters.since.toordinal() - _EPOCH_ORDINAL if filters.since else 0
            hi = filters.until.toordinal() - _EPOCH_ORDINAL if filters.until else 2**31 - 1
            keep &= (self.published >= lo) & (self.published <= hi)
        return keep

    @staticmethod
    def _in(ords: np.ndarray, vocab: list[str], wanted: Sequence[str]) -> np.ndarray:
        ids = [i for i, v in enumerate(vocab) if v in set(wanted)]
        return np.isin(ords, ids) if ids else np.zeros(len(ords), dtype=bool)

    def _speaker_mask(self, wanted: Sequence[str]) -> np.ndarray:
        ids = [i for i, v in enumerate(self.speaker_vocab) if v in set(wanted)]
        size = len(self.speaker_indptr) - 1
        if not ids:
            return np.zeros(size, dtype=bool)
        hits = np.isin(self.speaker_values, ids)
        doc_of_value = np.repeat(np.arange(size), np.diff(self.speaker_indptr))
        keep = np.zeros(size, dtype=bool)
        keep[doc_of_value[hits]] = True
        return keep

    # ------------------------------------------------------------------- counting
    def count(
        self, facet: str, docs: np.ndarray, *, selected: Sequence[str] = (), limit: int = 100
    ) -> list[FacetValue]:
        """Counts of ``facet`` over ``docs``, most frequent first; selected values always
        stay in the list (with 0 if nothing matches); empty values are left out."""
        if facet == "published":
            return self._count_dates(docs, selected, limit)
        if facet == "speaker":
            starts, ends = self.speaker_indptr[docs], self.speaker_indptr[docs + 1]
            if len(docs):
                idx = np.concatenate([np.arange(s, e) for s, e in zip(starts, ends, strict=True)])
                ords = self.speaker_values[idx.astype(np.int64)]
            else:
                ords = np.zeros(0, np.int32)
            vocab = self.speaker_vocab
        else:
            ords = (self.outlet if facet == "outlet" else self.language)[docs]
            vocab = self.outlet_vocab if facet == "outlet" else self.language_vocab
        counts = np.bincount(ords, minlength=len(vocab)) if len(vocab) else np.zeros(0, int)
        return _ranked(vocab, counts, selected, limit)

    def _count_dates(self, docs: np.ndarray, selected: Sequence[str], limit: int) -> list:
        days = self.published[docs]
        days = days[days >= 0]
        if not len(days):
            return [FacetValue(s, 0, True) for s in selected]
        by_day = int(days.max() - days.min()) < DAY_BUCKETS_BELOW
        uniq, counts = np.unique(days, return_counts=True)
        buckets: dict[str, int] = {}
        for d, c in zip(uniq.tolist(), counts.tolist(), strict=True):
            day = date.fromordinal(_EPOCH_ORDINAL + d)
            key = day.isoformat() if by_day else day.isoformat()[:7]
            buckets[key] = buckets.get(key, 0) + c
        values = [FacetValue(k, v, k in selected) for k, v in sorted(buckets.items())]
        values += [FacetValue(s, 0, True) for s in selected if s not in buckets]
        return values[-limit:]


def _ranked(
    vocab: list[str], counts: np.ndarray, selected: Sequence[str], limit: int
) -> list[FacetValue]:
    order = np.argsort(-counts, kind="stable")
    out: list[FacetValue] = []
    seen = set()
    for i in order.tolist():
        if counts[i] == 0 or not vocab[i]:
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
