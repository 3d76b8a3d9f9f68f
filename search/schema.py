"""The index schema: one document per article and one per quote, in a single Whoosh index.

Fields of an article document:

- ``title_<lang>``, ``body_<lang>``: stemmed with the article's own language (see
  ``search.languages.LANGUAGES``); only the article's language fields are filled.
- ``text``: title and body unstemmed, with positions: phrases, prefixes, typo correction,
  and matching for undetermined languages.
- ``speaker_names``, ``people_names``, ``outlet_name``: tokenised names for ``speaker:`` /
  ``outlet:`` queries; ``language``: exact code for ``lang:``.
- columns (fast per-document values for facets and sorting): ``kind``, ``outlet``,
  ``language``, ``published`` (days since 1970, -1 when unknown), ``speakers``; ``hash_col``
  (id, content hash, source path) for the incremental indexer.
- stored: everything a hit, an article page or the incremental indexer needs.

Quotes live in a second Whoosh index of the same generation (``indexname="quotes"``), so
they neither skew the articles' BM25 statistics nor slow article queries down. A quote
document carries its text in ``body_<lang>``/``text`` and points at its article through
``article_id``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pickle import dumps
from typing import Any

from whoosh import columns, fields
from whoosh.system import pack_uint

from search.analysis import analyze, exact_positions
from search.languages import LANGUAGES, UNDETERMINED
from search.whoosh_analysis import analyzer_for, exact_analyzer

#: Separates values of multi-valued columns.
MULTI_SEP = "\x1f"

TITLE_BOOST = 2.0


def title_field(language: str) -> str:
    return f"title_{language}"


def body_field(language: str) -> str:
    return f"body_{language}"


def field_language(field: str) -> str | None:
    """The language of a per-language field (``body_sv`` -> ``sv``), else ``None``."""
    kind, _, language = field.partition("_")
    return language if kind in ("title", "body") and language in LANGUAGES else None


ARTICLES = "MAIN"
QUOTES = "quotes"

Posting = tuple[bytes, int, float, bytes]


class _AnalysedText(fields.TEXT):
    """A text field whose ``postings(value)`` gives its terms, frequencies and values.

    ``BulkSegmentWriter`` calls ``postings`` directly; Whoosh's writers call ``index``.
    """

    def postings(self, value: str) -> tuple[list[str], list[int], list[bytes]]:
        raise NotImplementedError

    def index(self, value: Any, **kwargs: Any) -> Iterator[Posting]:
        if not isinstance(value, str):
            yield from super().index(value, **kwargs)
            return
        terms, freqs, values = self.postings(value)
        boost = self.format.field_boost
        for term, freq, encoded in zip(terms, freqs, values, strict=True):
            yield term.encode("utf-8"), freq, freq * boost, encoded


class StemmedText(_AnalysedText):
    """A field stemmed in one language (no positions).

    Queries go through the Whoosh analyzer (``analyzer_for(language)``); indexing takes the
    terms straight from :func:`search.analysis.analyze`, which gives the same terms (a test
    holds them equal) without a Whoosh token object per word.
    """

    def __init__(self, language: str, field_boost: float = 1.0) -> None:
        super().__init__(analyzer=analyzer_for(language), phrase=False, field_boost=field_boost)
        self.language = language

    def postings(self, value: str) -> tuple[list[str], list[int], list[bytes]]:
        """Terms, frequencies and encoded values, for ``BulkSegmentWriter``."""
        counts = Counter(analyze(value, self.language))
        freqs = list(counts.values())
        return list(counts), freqs, [_frequency_bytes(freq) for freq in freqs]


class ExactText(_AnalysedText):
    """A field of unstemmed words with positions: phrases, prefixes, exact matching."""

    def __init__(self, field_boost: float = 1.0) -> None:
        super().__init__(analyzer=exact_analyzer(), phrase=True, field_boost=field_boost)
        self.language = UNDETERMINED

    def postings(self, value: str) -> tuple[list[str], list[int], list[bytes]]:
        """Terms, frequencies and encoded positions, for ``BulkSegmentWriter``."""
        positions = exact_positions(value)
        found = positions.values()
        return list(positions), list(map(len, found)), list(map(_positions_bytes, found))


_FREQUENCIES = [pack_uint(freq) for freq in range(256)]
_SINGLE_POSITIONS: dict[int, bytes] = {}
#: Single positions whose encoding is kept (bounds the cache in long-lived processes).
_CACHED_POSITIONS = 1 << 16


def _frequency_bytes(freq: int) -> bytes:
    """``Frequency``'s value for ``freq`` (shared bytes objects for the usual ones)."""
    return _FREQUENCIES[freq] if freq < 256 else pack_uint(freq)


def _positions_bytes(positions: list[int]) -> bytes:
    """``whoosh.formats.Positions.encode(positions)``: the count, then pickled deltas.

    >>> from whoosh.formats import Positions
    >>> _positions_bytes([3, 7, 20]) == Positions().encode([3, 7, 20])
    True
    """
    if len(positions) == 1:
        position = positions[0]
        found = _SINGLE_POSITIONS.get(position)
        if found is None:
            found = pack_uint(1) + dumps([position], 2)
            if position < _CACHED_POSITIONS:
                _SINGLE_POSITIONS[position] = found
        return found
    deltas = [positions[0]]
    deltas.extend(b - a for a, b in zip(positions, positions[1:], strict=False))
    return pack_uint(len(positions)) + dumps(deltas, 2)


def _common_fields() -> dict[str, fields.FieldType]:
    return {
        "id": fields.ID(stored=True, unique=True),
        "article_id": fields.ID(stored=True),
        "text": ExactText(),
        "speaker_names": ExactText(),
        "outlet_name": ExactText(),
        "language": fields.ID(),
        "analysis": fields.ID(),
        "outlet_col": fields.COLUMN(columns.VarBytesColumn()),
        "language_col": fields.COLUMN(columns.VarBytesColumn()),
        "speakers_col": fields.COLUMN(columns.VarBytesColumn()),
        "published_col": fields.COLUMN(columns.NumericColumn("i", default=-1)),
        "data": fields.STORED(),
    }


def build_schema() -> fields.Schema:
    """The article schema; every analyzer in it is picklable."""
    schema = fields.Schema(
        **_common_fields(),
        title_exact=ExactText(field_boost=TITLE_BOOST),
        people_names=ExactText(),
        hash_col=fields.COLUMN(columns.VarBytesColumn()),
    )
    for language in LANGUAGES:
        schema.add(title_field(language), StemmedText(language, field_boost=TITLE_BOOST))
        schema.add(body_field(language), StemmedText(language))
    return schema


def build_quote_schema() -> fields.Schema:
    """The quote schema: the quote's words in its article's language, plus its speaker."""
    schema = fields.Schema(**_common_fields())
    for language in LANGUAGES:
        schema.add(body_field(language), StemmedText(language))
    return schema
