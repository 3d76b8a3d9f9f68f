"""``GET /articles/{id}`` and ``GET /articles/{id}/similar``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.dependencies import HolderDep
from api.routes.search import hit_out
from api.schemas import ArticleOut, ErrorOut, QuoteOut, SimilarArticles
from indexer.articles import http_url
from search import check_id

router = APIRouter(prefix="/articles", tags=["articles"])

ArticleId = Annotated[str, Path(description="Article id (the file stem).", max_length=512)]


@router.get(
    "/{article_id}",
    response_model=ArticleOut,
    responses={404: {"model": ErrorOut}, 400: {"model": ErrorOut}},
    summary="One article: full text, metadata, speakers and quotes",
)
async def get_article(article_id: ArticleId, holder: HolderDep) -> ArticleOut:
    check_id(article_id)
    article = await holder.run(lambda index: index.article(article_id))
    return ArticleOut(
        id=article.id,
        title=article.title,
        body=article.body,
        outlet=article.outlet,
        published=article.published,
        url=http_url(article.url),
        language=article.language,
        language_probability=article.language_probability,
        authors=list(article.authors),
        speakers=list(article.speakers),
        people=list(article.people),
        quotes=[
            QuoteOut(speaker=q.speaker, text=q.text, start=q.start, end=q.end)
            for q in article.quotes
        ],
    )


@router.get(
    "/{article_id}/similar",
    response_model=SimilarArticles,
    responses={404: {"model": ErrorOut}, 400: {"model": ErrorOut}},
    summary="Articles about the same story, across languages where shared names allow",
)
async def similar(
    article_id: ArticleId, holder: HolderDep, limit: Annotated[int, Query(ge=1, le=50)] = 5
) -> SimilarArticles:
    check_id(article_id)
    hits = await holder.run(lambda index: index.similar(article_id, limit=limit))
    return SimilarArticles(id=article_id, similar=[hit_out(h) for h in hits])
