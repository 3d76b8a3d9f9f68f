"""presslens' search core: the only package that talks to Whoosh.

Pipeline::

    article -> language -> analyzer (tokenize | stopwords | Snowball) -> per-language fields
            -> Whoosh segments (search.writer; full builds: search.segment_writer)
    query   -> parse (search.query) -> compile per language (search.compile)
            -> matching documents -> disjunctive facets (search.facets, numpy)
            -> top hits (BM25F) -> stemming-aware snippets (search.highlight)

>>> from search import open_index, Filters                       # doctest: +SKIP
>>> index = open_index(".presslens/index")                       # doctest: +SKIP
>>> index.search("veto", Filters(languages=("sv",))).total      # doctest: +SKIP
1
"""

from search.errors import (
    ArticleFormatError,
    ArticleNotFoundError,
    IndexCorruptError,
    IndexLockedError,
    IndexNotFoundError,
    InvalidArticleIdError,
    InvalidParameterError,
    PresslensError,
    QuerySyntaxError,
    UnknownFieldError,
)
from search.facets import FACETS
from search.languages import LANGUAGES, UNDETERMINED, supported_language
from search.models import Article, FacetValue, Filters, Hit, Quote, SearchResult
from search.searcher import (
    IndexStats,
    QuoteHit,
    QuoteResult,
    SearchIndex,
    SnippetOptions,
    SpeakerStat,
    Suggestion,
    open_index,
)
from search.store import index_exists
from search.synonyms import Synonyms
from search.writer import IndexWriter, read_manifest

__all__ = [
    "FACETS",
    "LANGUAGES",
    "UNDETERMINED",
    "Article",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "FacetValue",
    "Filters",
    "Hit",
    "IndexCorruptError",
    "IndexLockedError",
    "IndexNotFoundError",
    "IndexStats",
    "IndexWriter",
    "InvalidArticleIdError",
    "InvalidParameterError",
    "PresslensError",
    "QuerySyntaxError",
    "Quote",
    "QuoteHit",
    "QuoteResult",
    "SearchIndex",
    "SearchResult",
    "SnippetOptions",
    "SpeakerStat",
    "Suggestion",
    "Synonyms",
    "UnknownFieldError",
    "index_exists",
    "open_index",
    "read_manifest",
    "supported_language",
]
