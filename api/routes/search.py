"""``GET /search`` and ``GET /suggest``."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from api.dependencies import HolderDep, SettingsDep
from api.schemas import (
    FacetValueOut,
    SearchHit,
    SearchResults,
    SuggestionOut,
    Suggestions,
    TranslatedMatchOut,
    TranslationOut,
    WordTranslationOut,
)
from config import Settings
from indexer.articles import http_url
from search import (
    FACETS,
    Filters,
    Hit,
    InvalidParameterError,
    SearchIndex,
    SearchResult,
    Translation,
)

router = APIRouter(tags=["search"])

FacetName = Literal["outlet", "language", "speaker", "published"]


def check_query(q: str, settings: Settings) -> None:
    if len(q) > settings.max_query_length:
        raise InvalidParameterError(
            "q",
            f"at most {settings.max_query_length:,} characters (got {len(q):,}); shorten the query",
        )


def check_values(name: str, values: list[str], settings: Settings) -> tuple[str, ...]:
    if len(values) > settings.max_filter_values:
        raise InvalidParameterError(
            name, f"at most {settings.max_filter_values} values (got {len(values)})"
        )
    return tuple(dict.fromkeys(v for v in values if v))


def typed_search(
    index: SearchIndex, q: str, filters: Filters, *, typing: bool, **options: Any
) -> SearchResult:
    """``index.search``, with ``typing``: the last word as a prefix; only when nothing starts
    with it (a finished, misspelled word) is the query read as usual, corrected."""
    found = index.search(q, filters, typing=typing, **options)
    if typing and found.total == 0:
        found = index.search(q, filters, **options)
    return found


def hit_out(hit: Hit) -> SearchHit:
    return SearchHit(
        id=hit.id,
        title=hit.title,
        title_html=hit.title_html,
        outlet=hit.outlet,
        language=hit.language,
        published=hit.published,
        url=http_url(hit.url),  # never a javascript: link, even from an old index
        speakers=list(hit.speakers),
        score=hit.score,
        snippets=hit.snippets,
        matches=hit.matches,
        translated=[
            TranslatedMatchOut(word=t.word, matched=list(t.matched)) for t in hit.translated
        ],
    )


def translation_out(translation: Translation | None) -> TranslationOut | None:
    if translation is None:
        return None
    return TranslationOut(
        source=translation.source,
        languages=list(translation.languages),
        words=[
            WordTranslationOut(
                word=w.word,
                language=w.language,
                how=w.how,
                via=w.via,
                translations=list(w.translations),
            )
            for w in translation.words
        ],
        note=translation.note,
    )


MATCH_HELP = (
    "How many of the query's words an article must have: 'auto' (one or two words: all of "
    "them, falling back to any; three or more: most of them, ranked by how many match), "
    "'all' (every word, phrases exact, no fallback) or 'any' (any word). See docs/search.md."
)
MatchParam = Annotated[Literal["auto", "all", "any"], Query(description=MATCH_HELP)]

TRANSLATE_HELP = (
    "Also find articles in the index's other languages: the query's words are translated "
    "with the installed lexicons (names, numbers and quoted phrases cross as typed) and "
    "ranked in one list, the query's own language first. Without lexicons "
    "('presslens lexicons'), 'translation.note' says what to install."
)


@router.get(
    "/search",
    response_model=SearchResults,
    summary="Search articles with facets and highlighted snippets",
    responses={400: {"description": "A parameter or (in strict mode) the query is invalid"}},
)
async def search(
    holder: HolderDep,
    request: Request,
    settings: SettingsDep,
    q: Annotated[str, Query(description="Query text; empty matches every article.")] = "",
    lang: Annotated[list[str], Query(description="Language codes (OR'ed), e.g. sv, en.")] = [],  # noqa: B006
    outlet: Annotated[list[str], Query(description="Outlets (OR'ed).")] = [],  # noqa: B006
    speaker: Annotated[
        list[str], Query(description="Speakers (OR'ed), canonical name or any known alias.")
    ] = [],  # noqa: B006
    since: Annotated[date | None, Query(description="Published on or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="Published on or before (YYYY-MM-DD).")] = None,
    sort: Annotated[Literal["relevance", "newest", "oldest"], Query()] = "relevance",
    page: Annotated[int, Query(ge=1, description="Page number, from 1.")] = 1,
    per_page: Annotated[
        int,
        Query(ge=1, description="Hits per page (at most PRESSLENS_MAX_PER_PAGE, 100 by default)."),
    ] = 10,
    facets: Annotated[
        list[FacetName] | None, Query(description="Facets to count (default: all).")
    ] = None,
    highlight: Annotated[bool, Query(description="Compute snippets and highlights.")] = True,
    mode: Annotated[
        Literal["lenient", "strict"],
        Query(description="'strict': 400 for a malformed query instead of a lenient reading."),
    ] = "lenient",
    typing: Annotated[
        bool,
        Query(
            description=(
                "The query is being typed (search as you type): its last word is a prefix, "
                "never corrected as a typo. Only when nothing starts with it is the query "
                "read as usual (corrected, any-word fallback). No word is being typed when "
                "q ends with a space."
            )
        ),
    ] = False,
    match: MatchParam = "auto",
    translate: Annotated[bool, Query(description=TRANSLATE_HELP)] = False,
) -> SearchResults:
    """Every word must match (stemmed, in any language); if no article has them all, any
    word does (`fallback: "any-word"`). Syntax (docs/search.md): `"phrases"`, `-exclusion`,
    `OR`, `( )`, `prefix*`, `title:`, `speaker:`, `outlet:`, `lang:`. Misspelled words are
    corrected (`did_you_mean`); synonyms and speakers' aliases apply at query time.

    Facets are disjunctive: each facet is counted under every filter except its own.
    `published` counts by month, or by day when the range is narrow.

    `translate=true` also finds the coverage in the index's other languages (`Gespräche`
    finds English "talks"); each hit says which words matched through which translation
    (`translated`), and the snippets mark the translated words.

    A search that runs past PRESSLENS_SEARCH_TIMEOUT is stopped: 503 with `Retry-After`.
    """
    check_query(q, settings)
    if since and until and since > until:
        raise InvalidParameterError("since", f"{since} is after until={until}")
    filters = Filters(
        languages=check_values("lang", lang, settings),
        outlets=check_values("outlet", outlet, settings),
        speakers=check_values("speaker", speaker, settings),
        since=since,
        until=until,
    )
    chosen = tuple(dict.fromkeys(facets)) if facets is not None else FACETS
    result = await holder.run(
        lambda index: typed_search(
            index,
            q,
            filters,
            typing=typing,
            page=page,
            per_page=per_page,
            sort=sort,
            facets=chosen,
            highlight=highlight,
            strict=mode == "strict",
            match=match,
            translate=translate,
        )
    )
    request.state.hits = result.total  # logged and counted by api.observability
    limit = settings.max_facet_values
    return SearchResults(
        total=result.total,
        page=page,
        per_page=per_page,
        took_ms=result.took_ms,
        query=result.query,
        did_you_mean=result.did_you_mean,
        fallback=result.fallback,
        hits=[hit_out(h) for h in result.hits],
        facets={
            name: [
                FacetValueOut(value=v.value, count=v.count, selected=v.selected)
                for v in values[:limit]
            ]
            for name, values in result.facets.items()
        },
        translation=translation_out(result.translation),
    )


@router.get("/suggest", response_model=Suggestions, summary="Completions for search-as-you-type")
async def suggest(
    holder: HolderDep,
    settings: SettingsDep,
    q: Annotated[str, Query(description="What the user has typed so far.")] = "",
    limit: Annotated[int, Query(ge=1, le=20)] = 8,
) -> Suggestions:
    """Completes the last word from speakers, titles and indexed words; after other words,
    only with completions that occur together with them, and a name replaces the words of
    it that were typed (`tony bl` -> `Tony Blair`)."""
    check_query(q, settings)
    found = await holder.run(lambda index: index.suggest(q, limit=limit))
    return Suggestions(
        query=q, suggestions=[SuggestionOut(text=s.text, kind=s.kind) for s in found]
    )
