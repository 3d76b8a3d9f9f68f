"""``GET /quotes`` and ``GET /speakers``."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request

from api.dependencies import HolderDep, SettingsDep
from api.routes.search import (
    TRANSLATE_HELP,
    MatchParam,
    check_query,
    check_values,
    translation_out,
)
from api.schemas import QuoteHitOut, QuoteResults, SpeakerOut, Speakers
from indexer.articles import http_url

router = APIRouter(tags=["quotes"])


@router.get("/quotes", response_model=QuoteResults, summary="Search what people said")
async def quotes(
    holder: HolderDep,
    request: Request,
    settings: SettingsDep,
    q: Annotated[str, Query(description="Words in the quote; empty = every quote.")] = "",
    speaker: Annotated[list[str], Query(description="Speakers (OR'ed), any spelling.")] = [],  # noqa: B006
    lang: Annotated[list[str], Query(description="Languages (OR'ed).")] = [],  # noqa: B006
    page: Annotated[int, Query(ge=1)] = 1,
    per_page: Annotated[
        int,
        Query(ge=1, description="Hits per page (at most PRESSLENS_MAX_PER_PAGE, 100 by default)."),
    ] = 10,
    mode: Annotated[Literal["lenient", "strict"], Query()] = "lenient",
    match: MatchParam = "auto",
    translate: Annotated[bool, Query(description=TRANSLATE_HELP)] = False,
) -> QuoteResults:
    """Quotes are analysed like articles (stemmed in their language); each links to its article."""
    check_query(q, settings)
    speakers = check_values("speaker", speaker, settings)
    languages = check_values("lang", lang, settings)
    result = await holder.run(
        lambda index: index.quotes(
            q,
            speakers=speakers,
            languages=languages,
            page=page,
            per_page=per_page,
            strict=mode == "strict",
            match=match,
            translate=translate,
        )
    )
    request.state.hits = result.total  # logged and counted by api.observability
    return QuoteResults(
        total=result.total,
        page=page,
        per_page=per_page,
        took_ms=result.took_ms,
        query=result.query,
        hits=[
            QuoteHitOut(
                id=h.id,
                article_id=h.article_id,
                article_url=f"/articles/{h.article_id}",
                speaker=h.speaker,
                text=h.text,
                snippet=h.text_html,
                language=h.language,
                outlet=h.outlet,
                published=h.published,
                title=h.title,
                url=http_url(h.url),
                score=h.score,
            )
            for h in result.hits
        ],
        translation=translation_out(result.translation),
    )


@router.get(
    "/speakers", response_model=Speakers, summary="Canonical speakers with counts and aliases"
)
async def speakers(holder: HolderDep) -> Speakers:
    found = await holder.run(lambda index: index.speakers())
    return Speakers(
        speakers=[
            SpeakerOut(name=s.name, quotes=s.quotes, articles=s.articles, aliases=s.aliases)
            for s in found
        ]
    )
