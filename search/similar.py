"""Articles about the same story: the key terms of an article's unstemmed text (names travel
across languages) and its speakers, as one weighted OR query.

>>> [h.id for h in similar_articles(view, "003_a589e34c5cfe1d2a")]        # doctest: +SKIP
['001_23adc9ba915df75a', ...]
"""

from __future__ import annotations

from functools import cache

from whoosh import query as wq

from search.analysis import analyze_exact, stopwords
from search.compile import HighlightTerms
from search.errors import ArticleNotFoundError
from search.hits import SnippetOptions, make_hit
from search.languages import LANGUAGES
from search.models import Hit
from search.view import IndexView

#: Key terms taken from the article.
KEY_TERMS = 25
#: A speaker named in both articles counts as much as this many key terms' weight.
SPEAKER_BOOST = 2.0


def similar_articles(
    view: IndexView, article_id: str, limit: int = 5, options: SnippetOptions | None = None
) -> list[Hit]:
    docnum = view.docnum(article_id)
    if docnum is None:
        raise ArticleNotFoundError(article_id)
    data = view.stored(docnum)["data"]
    text = f"{data.get('title', '')}\n{data.get('body', '')}"
    stop = _all_stopwords()
    words = [w for w in analyze_exact(text) if len(w) > 3 and w not in stop and not w.isdigit()]
    key_terms = view.searcher.key_terms_from_text("text", " ".join(words), numterms=KEY_TERMS)
    subqueries: list[wq.Query] = [wq.Term("text", t, boost=float(w)) for t, w in key_terms]
    for speaker in data.get("speakers", ()):
        tokens = analyze_exact(speaker)
        if tokens:
            subqueries.append(wq.Phrase("speaker_names", tokens, boost=SPEAKER_BOOST))
    if not subqueries:
        return []
    results = view.searcher.search(wq.Or(subqueries), limit=limit, mask={docnum})
    options = options or SnippetOptions()
    return [
        make_hit(view, r.docnum, float(r.score or 0), HighlightTerms(), options) for r in results
    ]


@cache
def _all_stopwords() -> frozenset[str]:
    return frozenset().union(*(stopwords(lang) for lang in LANGUAGES))


__all__ = ["similar_articles"]
