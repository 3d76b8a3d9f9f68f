"""The index schema: one document per article and one per quote, in a single Whoosh index.

Fields of an article document:

- ``title_<lang>``, ``body_<lang>``: stemmed with the article's own language (see
  ``search.languages.LANGUAGES``); only the article's language fields are filled.
- ``text``: title and body unstemmed, with positions: phrases, prefixes, typo correction,
  and matching for undetermined languages.
- ``speaker_names``, ``people_names``, ``outlet_name``: tokenised names for ``speaker:`` /
  ``outlet:`` queries; ``language``: exact code for ``lang:``.
- columns (fast per-document values for facets and sorting): ``kind``, ``outlet``,
  ``language``, ``published`` (days since 1970, -1 when unknown), ``speakers``.
- stored: everything a hit, an article page or the incremental indexer needs.

Quotes live in a second Whoosh index of the same generation (``indexname="quotes"``), so
they neither skew the articles' BM25 statistics nor slow article queries down. A quote
document carries its text in ``body_<lang>``/``text`` and points at its article through
``article_id``.
"""

from __future__ import annotations

from whoosh import columns, fields

from search.languages import LANGUAGES
from search.whoosh_analysis import analyzer_for, exact_analyzer

#: Separates values of multi-valued columns.
MULTI_SEP = "\x1f"

TITLE_BOOST = 2.0


def title_field(language: str) -> str:
    return f"title_{language}"


def body_field(language: str) -> str:
    return f"body_{language}"


ARTICLES = "MAIN"
QUOTES = "quotes"


def _common_fields() -> dict[str, fields.FieldType]:
    return {
        "id": fields.ID(stored=True, unique=True),
        "article_id": fields.ID(stored=True),
        "text": fields.TEXT(analyzer=exact_analyzer(), phrase=True),
        "speaker_names": fields.TEXT(analyzer=exact_analyzer(), phrase=True),
        "outlet_name": fields.TEXT(analyzer=exact_analyzer(), phrase=True),
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
        title_exact=fields.TEXT(analyzer=exact_analyzer(), phrase=True, field_boost=TITLE_BOOST),
        people_names=fields.TEXT(analyzer=exact_analyzer(), phrase=True),
    )
    for language in LANGUAGES:
        analyzer = analyzer_for(language)
        schema.add(
            title_field(language),
            fields.TEXT(analyzer=analyzer, phrase=False, field_boost=TITLE_BOOST),
        )
        schema.add(body_field(language), fields.TEXT(analyzer=analyzer, phrase=False))
    return schema


def build_quote_schema() -> fields.Schema:
    """The quote schema: the quote's words in its article's language, plus its speaker."""
    schema = fields.Schema(**_common_fields())
    for language in LANGUAGES:
        schema.add(body_field(language), fields.TEXT(analyzer=analyzer_for(language), phrase=False))
    return schema
