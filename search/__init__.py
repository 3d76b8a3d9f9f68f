"""presslens' search core: the only package that talks to Whoosh.

Pipeline::

    article -> language -> analyzer (tokenize | stopwords | Snowball) -> per-language fields
            -> Whoosh segments (search.writer; full builds: search.generation)
    query   -> parse, join names, correct typos (search.interpret: query, spelling)
            -> compile per language (search.compile) -> numpy evaluation (search.engine)
            -> matching documents -> disjunctive facets (search.facets)
            -> top hits (BM25F, search.paging) -> stemming-aware snippets (search.hits)

``SearchIndex`` (search.index) is the facade; one module per concept does the work:
article_search, quote_search, suggest, similar, spelling. Whoosh's private names are used
only in search.whoosh_internals.

>>> from search import open_index, Filters                       # doctest: +SKIP
>>> index = open_index(".presslens/index")                       # doctest: +SKIP
>>> index.search("veto", Filters(languages=("sv",))).total      # doctest: +SKIP
1
"""

from search.errors import (
    ArticleExistsError,
    ArticleFormatError,
    ArticleNotFoundError,
    ArticleTooLargeError,
    CorpusNotWritableError,
    IndexBuildError,
    IndexCorruptError,
    IndexLockedError,
    IndexNotFoundError,
    InvalidArticleIdError,
    InvalidParameterError,
    PresslensError,
    QuerySyntaxError,
    SearchTimeoutError,
    UnknownFieldError,
)
from search.facets import FACETS
from search.generation import GenerationBuild
from search.hits import SnippetOptions
from search.ids import check_id
from search.index import IndexStats, SearchIndex, open_index
from search.languages import (
    LANGUAGES,
    UNDETERMINED,
    canonical_code,
    is_language_code,
    supported_language,
)
from search.limits import SearchLimits
from search.models import (
    Article,
    FacetValue,
    Filters,
    Hit,
    Quote,
    SearchResult,
    TranslatedMatch,
    Translation,
    WordTranslation,
)
from search.quote_search import QuoteHit, QuoteResult, SpeakerStat
from search.store import (
    RUN_STATUS_FILE,
    SPEAKER_VARIANTS,
    index_exists,
    read_metadata,
    read_run_status,
    write_run_status,
    writer_lock,
)
from search.suggest import Suggestion
from search.synonyms import Synonyms
from search.writer import IndexWriter, indexed_ids, read_manifest

__all__ = [
    "FACETS",
    "LANGUAGES",
    "RUN_STATUS_FILE",
    "SPEAKER_VARIANTS",
    "UNDETERMINED",
    "Article",
    "ArticleExistsError",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "ArticleTooLargeError",
    "CorpusNotWritableError",
    "FacetValue",
    "Filters",
    "GenerationBuild",
    "Hit",
    "IndexBuildError",
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
    "SearchLimits",
    "SearchResult",
    "SearchTimeoutError",
    "SnippetOptions",
    "SpeakerStat",
    "Suggestion",
    "Synonyms",
    "TranslatedMatch",
    "Translation",
    "UnknownFieldError",
    "WordTranslation",
    "canonical_code",
    "check_id",
    "index_exists",
    "indexed_ids",
    "is_language_code",
    "open_index",
    "read_manifest",
    "read_metadata",
    "read_run_status",
    "supported_language",
    "write_run_status",
    "writer_lock",
]
