"""Response models of the HTTP API (pydantic), named for their role."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class FacetValueOut(BaseModel):
    """One facet value; ``count`` is exact over all matches under every filter except this
    facet's own (disjunctive facets)."""

    model_config = ConfigDict(
        json_schema_extra={"example": {"value": "Meduza", "count": 1, "selected": True}}
    )

    value: str = Field(description="The outlet, language code, speaker, or YYYY-MM(-DD).")
    count: int = Field(description="Matching articles with this value (other filters applied).")
    selected: bool = Field(False, description="Whether this value is among the filters.")


class TranslatedMatchOut(BaseModel):
    """A query word that matched the article through its translation."""

    word: str = Field(description="The query word, as typed.")
    matched: list[str] = Field(
        description="The article's words it matched (as written, lowercased), marked in the "
        "snippets."
    )


class WordTranslationOut(BaseModel):
    word: str = Field(description="The query word, as typed (a compound: the whole word).")
    language: str = Field(description="The language it was translated into.")
    how: str = Field(
        description="What found the translations: word, lemma, stem, compound (one entry per "
        "part), phrase (two words as one headword), pivot (through English), similar (a "
        "similar-looking word of the index)."
    )
    via: str = Field("", description="The lemma, bridge language or phrase involved, if any.")
    translations: list[str] = Field(description="The translations searched for, best first.")


class TranslationOut(BaseModel):
    """What translate=true did with the query."""

    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "source": "de",
                "languages": ["en", "sv"],
                "words": [
                    {
                        "word": "Gespräche",
                        "language": "en",
                        "how": "word",
                        "via": "",
                        "translations": ["conversations", "calls", "talk"],
                    }
                ],
                "note": None,
            }
        }
    )

    source: str | None = Field(description="The query's language, as presslens read it.")
    languages: list[str] = Field(description="The languages the query was translated into.")
    words: list[WordTranslationOut] = Field(
        description="Each translated word's translations per language (names and numbers, "
        "which cross languages as they are, are not listed)."
    )
    note: str | None = Field(
        None,
        description="Why nothing was translated, when so (no lexicons: what to install).",
    )


class SearchHit(BaseModel):
    id: str
    title: str
    title_html: str = Field(description="The title, HTML-escaped, matches wrapped in <mark>.")
    outlet: str
    language: str
    published: date | None
    url: str
    speakers: list[str]
    score: float
    snippets: list[str] = Field(
        description="HTML-safe fragments: the article text escaped, matches wrapped in <mark>."
    )
    matches: dict[str, list[tuple[int, int]]] = Field(
        description="Character offsets [start, end) of matches per field ('title', 'body')."
    )
    translated: list[TranslatedMatchOut] = Field(
        default_factory=list,
        description="With translate=true: the query words this article matched through their "
        "translation, and the words of the article they matched.",
    )


class SearchResults(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "total": 1,
                "page": 1,
                "per_page": 10,
                "took_ms": 1.9,
                "query": "diskussion",
                "did_you_mean": None,
                "fallback": None,
                "hits": [
                    {
                        "id": "000_e42dea71f96fb87d",
                        "title": "I ett dimmigt och januarifuktigt Bryssel träffade ...",
                        "title_html": "I ett dimmigt och januarifuktigt Bryssel träffade ...",
                        "outlet": "",
                        "language": "sv",
                        "published": None,
                        "url": "",
                        "speakers": ["Jens Stoltenberg", "Wendy Sherman"],
                        "score": 4.2,
                        "snippets": ["…Efter tre timmars tuffa <mark>diskussioner</mark> höll…"],
                        "matches": {"title": [], "body": [[263, 275]]},
                    }
                ],
                "facets": {"language": [{"value": "sv", "count": 1, "selected": False}]},
            }
        }
    )

    total: int = Field(description="Exact number of matching articles under all filters.")
    page: int
    per_page: int
    took_ms: float
    query: str = Field(description="The query as presslens understood it.")
    did_you_mean: str | None = Field(None, description="A better-spelled query, when one was used.")
    fallback: str | None = Field(
        None, description="'any-word' when no article had every word and any word was used."
    )
    hits: list[SearchHit]
    facets: dict[str, list[FacetValueOut]]
    translation: TranslationOut | None = Field(
        None, description="With translate=true: the query's language and its translations."
    )


class SuggestionOut(BaseModel):
    text: str
    kind: str = Field(description="'speaker', 'title' or 'term'.")


class Suggestions(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "query": "stol",
                "suggestions": [
                    {"text": "Jens Stoltenberg", "kind": "speaker"},
                    {"text": "stoltenberg", "kind": "term"},
                ],
            }
        }
    )

    query: str
    suggestions: list[SuggestionOut]


class QuoteOut(BaseModel):
    speaker: str
    text: str
    start: int
    end: int


class ArticleOut(BaseModel):
    id: str
    title: str
    body: str
    outlet: str
    published: date | None
    url: str
    language: str
    language_probability: float
    authors: list[str]
    speakers: list[str]
    people: list[str]
    quotes: list[QuoteOut]


class SimilarArticles(BaseModel):
    id: str
    similar: list[SearchHit]


class QuoteHitOut(BaseModel):
    id: str
    article_id: str
    article_url: str = Field(description="API path of the quoted article.")
    speaker: str
    text: str
    snippet: str = Field(description="The quote, HTML-escaped, matches wrapped in <mark>.")
    language: str
    outlet: str
    published: date | None
    title: str
    url: str
    score: float


class QuoteResults(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "total": 4,
                "page": 1,
                "per_page": 10,
                "took_ms": 2.1,
                "query": "veto",
                "hits": [
                    {
                        "id": "001_23adc9ba915df75a#q5",
                        "article_id": "001_23adc9ba915df75a",
                        "article_url": "/articles/001_23adc9ba915df75a",
                        "speaker": "Jens Stoltenberg",
                        "text": "Russia does not have a veto on whether Ukraine can join",
                        "snippet": "Russia does not have a <mark>veto</mark> on whether ...",
                        "language": "en",
                        "outlet": "",
                        "published": None,
                        "title": "Russia and the Western delegations went eyeball to eyeball ...",
                        "url": "",
                        "score": 3.1,
                    }
                ],
            }
        }
    )

    total: int
    page: int
    per_page: int
    took_ms: float
    query: str
    hits: list[QuoteHitOut]
    translation: TranslationOut | None = Field(
        None, description="With translate=true: the query's language and its translations."
    )


class SpeakerOut(BaseModel):
    name: str
    quotes: int
    articles: int
    aliases: list[str]


class Speakers(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "speakers": [
                    {
                        "name": "Alexander Grushko",
                        "quotes": 4,
                        "articles": 2,
                        "aliases": ["Grushko", "Grusjko", "Gruschko"],
                    }
                ]
            }
        }
    )

    speakers: list[SpeakerOut]


class Health(BaseModel):
    status: str
    documents: int | None = None


class IndexerRun(BaseModel):
    """The last ``presslens index`` run (from ``last_run.json`` in the index directory)."""

    ok: bool = Field(description="True when every article was indexed.")
    finished: str | None = Field(None, description="When it finished (ISO 8601, UTC).")
    failed_articles: int = Field(0, description="Articles it could not index.")
    failed: list[str] = Field(
        default_factory=list,
        description="The first failures, one line each: file, line where known, reason.",
    )
    error: str | None = Field(None, description="Why the run failed as a whole, if it did.")


class Readiness(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "ready": True,
                "documents": 4,
                "quotes": 12,
                "generation": "gen-20260112T101500-3f2a9c",
                "last_reindex": "2026-01-12T10:15:03+00:00",
                "languages": ["en", "sv"],
                "detail": None,
                "last_run": {
                    "ok": False,
                    "finished": "2026-01-12T10:15:03+00:00",
                    "failed_articles": 1,
                    "failed": ["corpus/x.txt:2: impossible date '2022-02-30' for 'published'"],
                },
            }
        }
    )

    ready: bool
    documents: int | None = None
    quotes: int | None = None
    generation: str | None = None
    last_reindex: str | None = None
    languages: list[str] = []
    detail: str | None = None
    last_run: IndexerRun | None = Field(
        None, description="The last 'presslens index' run; failures there do not stop serving."
    )


class ErrorOut(BaseModel):
    detail: str = Field(description="What went wrong and what to change.")
