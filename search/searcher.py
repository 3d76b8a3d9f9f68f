"""``SearchIndex``: the one object the API, the CLI and the benchmarks search through.

>>> idx = open_index(".presslens/index")                        # doctest: +SKIP
>>> res = idx.search("diskussion", Filters(languages=("sv",)))  # doctest: +SKIP
>>> res.total, res.hits[0].snippets[0]                          # doctest: +SKIP
(1, '… Efter tre timmars tuffa <mark>diskussioner</mark> höll …')
"""

from __future__ import annotations

import bisect
import threading
import time
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import query as wq

from search.analysis import analyze, analyze_exact, tokenize
from search.compile import Compiler, HighlightTerms
from search.documents import analysis_language, article_from_stored
from search.engine import prefix_terms
from search.errors import ArticleNotFoundError, InvalidParameterError
from search.facets import FACETS
from search.highlight import mark, match_spans, snippets
from search.models import Article, Filters, Hit, SearchResult
from search.query import (
    Node,
    Or,
    Word,
    join_runs,
    leaves,
    parse,
    plain_words,
    render,
    replace_words,
)
from search.schema import body_field, title_field
from search.store import current_generation, current_marker
from search.synonyms import Synonyms
from search.view import IndexView

SORTS = ("relevance", "newest", "oldest")
#: Words of one query checked for typos (the corrector is the costly part of a search).
MAX_CORRECTED_WORDS = 8
#: Approximate length of a quote's highlighted snippet (short quotes are shown whole).
QUOTE_SNIPPET = 320
MAX_PER_PAGE = 100
MAX_WINDOW = 10_000


@dataclass(frozen=True)
class Suggestion:
    text: str
    kind: str  # "speaker", "title" or "term"


@dataclass
class QuoteHit:
    id: str
    article_id: str
    speaker: str
    text: str
    text_html: str
    language: str
    outlet: str
    published: str | None
    title: str
    url: str
    score: float


@dataclass
class QuoteResult:
    total: int
    hits: list[QuoteHit]
    query: str
    took_ms: float = 0.0


@dataclass
class SpeakerStat:
    name: str
    quotes: int
    articles: int
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class IndexStats:
    documents: int
    quotes: int
    generation: str
    last_reindex: str | None
    languages: tuple[str, ...]


@dataclass(frozen=True)
class SnippetOptions:
    count: int = 3
    size: int = 160


class SearchIndex:
    """A live view of an index directory that follows reindexing without a restart.

    Views are refreshed at most every ``refresh_interval`` seconds: a request then sees the
    newest committed index. Not for use from several threads at once (the API serves
    searches on its event loop; use one ``SearchIndex`` per thread otherwise).
    """

    def __init__(
        self,
        root: str | Path,
        *,
        synonyms: Synonyms | None = None,
        refresh_interval: float = 0.5,
        snippet_options: SnippetOptions | None = None,
    ) -> None:
        self.root = Path(root)
        self._base_synonyms = synonyms or Synonyms()
        self.refresh_interval = refresh_interval
        self.snippet_options = snippet_options or SnippetOptions()
        self._lock = threading.Lock()
        self._view: IndexView | None = None
        self._retired: IndexView | None = None
        self._checked = 0.0
        self._open_view(current_marker(self.root))

    # ----------------------------------------------------------------- lifecycle
    def _open_view(self, marker: tuple[str, float]) -> IndexView:
        view = IndexView(current_generation(self.root), marker)
        synonyms = Synonyms()
        for group in self._base_synonyms_groups():
            synonyms.add_group(group)
        for canonical, aliases in view.metadata.get("aliases", {}).items():
            synonyms.add_group([canonical, *aliases])
        view.synonyms = synonyms  # type: ignore[attr-defined]
        view.compiler = Compiler(view.languages, synonyms)  # type: ignore[attr-defined]
        view.quote_compiler = Compiler(view.languages, synonyms, quotes=True)  # type: ignore[attr-defined]
        if self._retired is not None:
            self._retired.close()
        self._retired, self._view = self._view, view
        return view

    def _base_synonyms_groups(self) -> list[tuple[str, ...]]:
        return list({id(g): g for g in self._base_synonyms._groups.values()}.values())

    def view(self) -> IndexView:
        """The current snapshot, reopened if the index changed on disk."""
        now = time.monotonic()
        view = self._view
        assert view is not None
        if now - self._checked >= self.refresh_interval:
            with self._lock:
                self._checked = now
                marker = current_marker(self.root)
                if marker != view.marker and marker[0]:
                    view = self._open_view(marker)
        return view

    def refresh(self) -> None:
        """Check for index changes now."""
        self._checked = 0.0
        self.view()

    def close(self) -> None:
        """Release the open segment files (also done by ``with open_index(...) as index``)."""
        for v in (self._view, self._retired):
            if v is not None:
                v.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stats(self) -> IndexStats:
        v = self.view()
        return IndexStats(
            documents=v.doc_count,
            quotes=v.qreader.doc_count(),
            generation=v.generation.name,
            last_reindex=v.metadata.get("last_reindex"),
            languages=v.languages,
        )

    # -------------------------------------------------------------------- search
    def search(
        self,
        q: str = "",
        filters: Filters | None = None,
        *,
        page: int = 1,
        per_page: int = 10,
        sort: str = "relevance",
        facets: tuple[str, ...] = FACETS,
        highlight: bool = True,
        strict: bool = False,
    ) -> SearchResult:
        """Search articles; see ``search.query`` for the syntax and ``Filters`` for facets."""
        started = time.perf_counter()
        filters = filters or Filters()
        _check_paging(page, per_page, sort)
        unknown = [f for f in facets if f not in FACETS]
        if unknown:
            raise InvalidParameterError(
                "facets", f"unknown facet {unknown[0]!r}; use any of {', '.join(FACETS)}"
            )
        view = self.view()
        filters = self._canonical_speakers(view, filters)
        node = self._understand(view, q, strict)
        node, did_you_mean = self._correct(view, node)
        compiled = self._compile(view, node)
        base, scores = self._matches(view, compiled)
        fallback = None
        words = plain_words(node)
        if not len(base) and words and len(words) > 1:
            node = Or(tuple(Word(w) for w in words))
            compiled = self._compile(view, node)
            base, scores = self._matches(view, compiled)
            fallback = "any-word"
        cols = view.columns
        filtered = _any_filter(filters)
        hits_docs = base[cols.mask(filters, view.size)[base]] if filtered else base
        facet_values = {}
        for facet in facets:
            docs = (
                base[cols.mask(filters, view.size, skip=facet)[base]]
                if _filtered(filters, facet)
                else hits_docs
            )
            facet_values[facet] = cols.count(
                facet,
                docs,
                selected=_selected(filters, facet),
                since=filters.since,
                until=filters.until,
            )
        page_docs, page_scores = _page(
            view.columns.published, hits_docs, scores, page, per_page, sort
        )
        terms = view.compiler.highlight_terms(node) if highlight else HighlightTerms()
        hits = [self._hit(view, d, s, terms) for d, s in zip(page_docs, page_scores, strict=True)]
        return SearchResult(
            total=int(len(hits_docs)),
            hits=hits,
            facets=facet_values,
            query=render(node),
            did_you_mean=did_you_mean,
            fallback=fallback,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    @staticmethod
    def _understand(view: IndexView, q: str, strict: bool) -> Node | None:
        """Parse ``q`` and read runs of words naming one thing (``North Atlantic Treaty
        Organization``, ``Jens Stoltenberg``) as phrases, so their synonyms apply."""
        node = parse(q, strict=strict)
        groups = view.synonyms._groups  # type: ignore[attr-defined]
        return join_runs(node, lambda text: " ".join(analyze_exact(text)) in groups)

    @staticmethod
    def _compile(view: IndexView, node: Node | None) -> wq.Query | None:
        return None if node is None else view.compiler.compile(node)  # type: ignore[attr-defined]

    @staticmethod
    def _matches(
        view: IndexView, compiled: wq.Query | None
    ) -> tuple[np.ndarray, np.ndarray | None]:
        """Matching live documents (sorted) and the dense score vector (``None`` when there
        is no query to rank by)."""
        if compiled is None:
            return view.live_docs, None
        match = view.engine.evaluate(compiled)
        return np.flatnonzero(match.mask), match.scores

    @staticmethod
    def _canonical_speakers(view: IndexView, filters: Filters) -> Filters:
        """Speaker filters accept any known spelling (``Grusjko``); facets use the canonical."""
        if not filters.speakers:
            return filters
        names = tuple(
            dict.fromkeys(
                view.aliases.get(" ".join(s.lower().split()), s) for s in filters.speakers
            )
        )
        return replace(filters, speakers=names)

    def _hit(self, view: IndexView, docnum: int, score: float, terms: HighlightTerms) -> Hit:
        stored = view.stored(docnum)
        data = stored["data"]
        lang = data.get("language", "und")
        analysed = analysis_language(lang)
        title, body = data.get("title", ""), data.get("body", "")
        title_spans = match_spans(title, analysed, terms) if terms else []
        body_spans = match_spans(body, analysed, terms) if terms else []
        opts = self.snippet_options
        published = data.get("published")
        return Hit(
            id=stored["id"],
            title=title,
            outlet=data.get("outlet", ""),
            language=lang,
            published=date.fromisoformat(published) if published else None,
            url=data.get("url", ""),
            speakers=tuple(data.get("speakers", ())),
            score=round(score, 4),
            title_html=mark(title, title_spans),
            snippets=snippets(body, body_spans, count=opts.count, size=opts.size),
            matches={"title": title_spans, "body": body_spans},
        )

    # ------------------------------------------------------------ typo correction
    def _exists(self, view: IndexView, word: str) -> bool:
        reader = view.reader
        for alt in view.synonyms.expand(word):  # type: ignore[attr-defined]
            tokens = analyze_exact(alt)
            if len(tokens) != 1:
                return True  # phrases are not corrected
            if reader.doc_frequency("text", tokens[0]):
                return True
            for lang in view.languages:
                stems = analyze(alt, lang)
                if not stems:
                    return True  # a stopword: nothing to correct
                if reader.doc_frequency(body_field(lang), stems[0]) or reader.doc_frequency(
                    title_field(lang), stems[0]
                ):
                    return True
        return False

    def _correct(self, view: IndexView, node: Node | None) -> tuple[Node | None, str | None]:
        fixes: dict[str, str] = {}
        checked = 0
        for leaf in leaves(node):
            if not isinstance(leaf, Word) or leaf.text in fixes:
                continue
            checked += 1
            if checked > MAX_CORRECTED_WORDS:  # bounded work for very long queries
                break
            tokens = analyze_exact(leaf.text)
            if len(tokens) != 1 or len(tokens[0]) < 4 or tokens[0].isdigit():
                continue
            if self._exists(view, leaf.text):
                continue
            suggestion = self._suggest_spelling(view, tokens[0])
            if suggestion:
                fixes[leaf.text] = (
                    suggestion.capitalize() if leaf.text[:1].isupper() else suggestion
                )
        if not fixes:
            return node, None
        corrected = replace_words(node, fixes)
        return corrected, render(corrected)

    @staticmethod
    def _suggest_spelling(view: IndexView, word: str) -> str | None:
        corrector = view.searcher.corrector("text")
        maxdist = 1 if len(word) < 6 else 2
        candidates = corrector.suggest(word, limit=5, maxdist=maxdist, prefix=1)
        if not candidates:
            return None
        reader = view.reader
        return max(candidates, key=lambda c: reader.doc_frequency("text", c))

    # ------------------------------------------------------------------- articles
    def article(self, article_id: str) -> Article:
        view = self.view()
        docnum = view.docnum(article_id)
        if docnum is None:
            raise ArticleNotFoundError(article_id)
        return article_from_stored(article_id, view.stored(docnum)["data"])

    def similar(self, article_id: str, limit: int = 5) -> list[Hit]:
        """Articles about the same story: key terms of the article's unstemmed text (names
        travel across languages) and its speakers, as a weighted OR query."""
        view = self.view()
        docnum = view.docnum(article_id)
        if docnum is None:
            raise ArticleNotFoundError(article_id)
        data = view.stored(docnum)["data"]
        text = f"{data.get('title', '')}\n{data.get('body', '')}"
        stop = _all_stopwords()
        words = [w for w in analyze_exact(text) if len(w) > 3 and w not in stop and not w.isdigit()]
        key_terms = view.searcher.key_terms_from_text("text", " ".join(words), numterms=25)
        subqueries: list[wq.Query] = [wq.Term("text", t, boost=float(w)) for t, w in key_terms]
        for speaker in data.get("speakers", ()):
            tokens = analyze_exact(speaker)
            if tokens:
                subqueries.append(wq.Phrase("speaker_names", tokens, boost=2.0))
        if not subqueries:
            return []
        results = view.searcher.search(wq.Or(subqueries), limit=limit, mask={docnum})
        return [self._hit(view, r.docnum, float(r.score or 0), HighlightTerms()) for r in results]

    # ----------------------------------------------------------------- suggestions
    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Completions of what was typed: speakers (any spelling, several words allowed:
        ``jens stol``), then titles, then indexed words, each keeping the earlier words.

        Cheap per keystroke: bisection over a sorted list of name words, the title and
        text lexicons, and at most a few stored titles.
        """
        view = self.view()
        if not prefix or prefix[-1].isspace():
            return []
        tokens = list(tokenize(prefix))
        if not tokens or tokens[-1].end != len(prefix.rstrip("*")):
            return []
        last = tokens[-1].text
        if len(last) < 2:
            return []
        out: list[Suggestion] = []
        seen: set[str] = set()

        def add(text: str, kind: str) -> None:
            key = text.lower()
            if key not in seen and len(out) < limit:
                seen.add(key)
                out.append(Suggestion(text, kind))

        typed = [t.text for t in tokens]
        for canonical, start in self._name_completions(view, typed):
            add(prefix[: tokens[start].start] + canonical, "speaker")
        head = prefix[: tokens[-1].start]
        reader = view.reader
        budget = limit // 2 + 2
        for term in _take(reader.expand_prefix("title_exact", last), 20):
            if len(out) >= budget:
                break
            for docnum in _take(reader.postings("title_exact", term).all_ids(), 3):
                title = view.stored(docnum)["data"].get("title", "")
                if title and (not head.strip() or _contains_words(title, typed[:-1])):
                    add(title, "title")
        terms = prefix_terms(reader, "text", last, limit=200)
        for _, word in sorted(terms, key=lambda t: (-t[0], t[1])):
            add(f"{head}{word}", "term")
        return out

    @staticmethod
    def _name_completions(view: IndexView, typed: list[str]) -> list[tuple[str, int]]:
        """(canonical name, index of the first typed word it replaces): the longest run of
        typed words that a spelling of a name continues, the last word as a prefix."""
        words, entries = view.name_words
        last = typed[-1]
        found: dict[str, int] = {}
        lo = bisect.bisect_left(words, last)
        for i in range(lo, min(lo + 200, len(words))):
            if not words[i].startswith(last):
                break
            canonical, spelling, place = entries[i]
            start = len(typed) - 1
            while (
                start > 0
                and place - (len(typed) - start) >= 0
                and spelling[place - (len(typed) - start)] == typed[start - 1]
            ):
                start -= 1
            if start < found.get(canonical, len(typed)):
                found[canonical] = start
        return sorted(found.items(), key=lambda item: (item[1], item[0].lower()))

    # ----------------------------------------------------------------------- quotes
    def quotes(
        self,
        q: str = "",
        *,
        speakers: tuple[str, ...] = (),
        languages: tuple[str, ...] = (),
        page: int = 1,
        per_page: int = 10,
        strict: bool = False,
    ) -> QuoteResult:
        """Search quotes; ``speakers`` are names in any known spelling (OR'ed)."""
        started = time.perf_counter()
        _check_paging(page, per_page, "relevance")
        view = self.view()
        node = self._understand(view, q, strict)
        node, _ = self._correct(view, node)
        ords, vocab, live = view.quote_columns
        compiled = None if node is None else view.quote_compiler.compile(node)  # type: ignore[attr-defined]
        quote_scores = None
        if compiled is None:
            docs = np.flatnonzero(live)
        else:
            match = view.quote_engine.evaluate(compiled)
            docs, quote_scores = np.flatnonzero(match.mask), match.scores
        keep = np.ones(len(docs), dtype=bool)
        if speakers:
            filters = self._canonical_speakers(view, Filters(speakers=speakers))
            wanted = [i for i, v in enumerate(vocab) if v in set(filters.speakers)]
            keep &= np.isin(ords[docs], wanted)
        if languages:
            lang_ords, lang_vocab = view.quote_languages
            wanted = [i for i, v in enumerate(lang_vocab) if v in set(languages)]
            keep &= np.isin(lang_ords[docs], wanted)
        docs = docs[keep]
        start, end = (page - 1) * per_page, page * per_page
        if quote_scores is not None:
            chosen_docs, chosen_scores = _top(docs, quote_scores, start, end)
        else:  # no query: in index order (articles as they were added, quotes in order)
            chosen_docs = docs[start:end].tolist()
            chosen_scores = [0.0] * len(chosen_docs)
        chosen = list(zip(chosen_docs, chosen_scores, strict=True))
        terms = view.quote_compiler.highlight_terms(node)  # type: ignore[attr-defined]
        hits = []
        for docnum, score in chosen:
            stored = view.qsearcher.stored_fields(docnum)
            data = stored["data"]
            lang = analysis_language(data["language"])
            spans = match_spans(data["text"], lang, terms) if terms else []
            text_html = " ".join(snippets(data["text"], spans, count=1, size=QUOTE_SNIPPET))
            hits.append(
                QuoteHit(
                    id=stored["id"],
                    article_id=stored["article_id"],
                    speaker=data["speaker"],
                    text=data["text"],
                    text_html=text_html,
                    language=data["language"],
                    outlet=data.get("outlet", ""),
                    published=data.get("published"),
                    title=data.get("title", ""),
                    url=data.get("url", ""),
                    score=round(score, 4),
                )
            )
        return QuoteResult(
            total=int(len(docs)),
            hits=hits,
            query=render(node),
            took_ms=round((time.perf_counter() - started) * 1000, 2),
        )

    def speakers(self) -> list[SpeakerStat]:
        """Canonical speakers named in articles, with quote and article counts and their
        known aliases, most quoted first."""
        view = self.view()
        ords, vocab, live = view.quote_columns
        quotes = np.bincount(ords[live], minlength=len(vocab)).tolist() if len(vocab) else []
        quoted = {name: int(n) for name, n in zip(vocab, quotes, strict=True) if n and name}
        articles = view.article_speaker_counts
        aliases = view.metadata.get("aliases", {})
        stats = [
            SpeakerStat(
                name, quoted.get(name, 0), articles.get(name, 0), sorted(aliases.get(name, []))
            )
            for name in sorted(set(quoted) | set(articles))
        ]
        stats.sort(key=lambda s: (-s.quotes, -s.articles, s.name))
        return stats


def _page(
    published: np.ndarray,
    docs: np.ndarray,
    scores: np.ndarray | None,
    page: int,
    per_page: int,
    sort: str,
) -> tuple[list[int], list[float]]:
    """The page of ``docs``: by score (ties by document order), or by publication date."""
    start, end = (page - 1) * per_page, page * per_page
    if start >= len(docs):
        return [], []
    if sort == "relevance" and scores is not None:
        return _top(docs, scores, start, end)
    days = published[docs]
    if sort == "oldest":
        order = np.lexsort((docs, np.where(days < 0, 2**31 - 1, days)))
    else:  # newest first; relevance without a query is newest first too
        order = np.lexsort((docs, -days))
    chosen = docs[order[start:end]].tolist()
    return chosen, [0.0] * len(chosen)


def _top(
    docs: np.ndarray, scores: np.ndarray, start: int, end: int
) -> tuple[list[int], list[float]]:
    """Ranks ``start:end`` of ``docs`` by descending score, ties in document order; only the
    first ``end`` are sorted (``argpartition``)."""
    if start >= len(docs):
        return [], []
    ranked = scores[docs]
    top = np.argpartition(-ranked, end - 1)[:end] if end < len(docs) else np.arange(len(docs))
    order = top[np.lexsort((docs[top], -ranked[top]))][start:end]
    return docs[order].tolist(), ranked[order].astype(float).tolist()


def _contains_words(title: str, words: list[str]) -> bool:
    have = set(analyze_exact(title))
    return all(w in have or any(h.startswith(w) for h in have) for w in words)


def _take(iterable: Any, n: int) -> list[Any]:
    out = []
    for item in iterable:
        out.append(item)
        if len(out) >= n:
            break
    return out


def _all_stopwords() -> frozenset[str]:
    from search.analysis import stopwords
    from search.languages import LANGUAGES

    return frozenset().union(*(stopwords(lang) for lang in LANGUAGES))


def _any_filter(filters: Filters) -> bool:
    return bool(
        filters.outlets or filters.languages or filters.speakers or filters.since or filters.until
    )


def _filtered(filters: Filters, facet: str) -> bool:
    return bool(
        {
            "outlet": filters.outlets,
            "language": filters.languages,
            "speaker": filters.speakers,
            "published": filters.since or filters.until,
        }[facet]
    )


def _selected(filters: Filters, facet: str) -> tuple[str, ...]:
    return {
        "outlet": filters.outlets,
        "language": filters.languages,
        "speaker": filters.speakers,
        "published": (),
    }[facet]


def _check_paging(page: int, per_page: int, sort: str) -> None:
    if page < 1:
        raise InvalidParameterError("page", f"must be 1 or more, got {page}")
    if not 1 <= per_page <= MAX_PER_PAGE:
        raise InvalidParameterError(
            "per_page", f"must be between 1 and {MAX_PER_PAGE}, got {per_page}"
        )
    if page * per_page > MAX_WINDOW:
        raise InvalidParameterError(
            "page",
            f"page x per_page must stay within {MAX_WINDOW:,} (got {page * per_page:,}); "
            "narrow the query or the filters instead of paging deeper",
        )
    if sort not in SORTS:
        raise InvalidParameterError("sort", f"use one of {', '.join(SORTS)}, got {sort!r}")


def open_index(root: str | Path, **options: Any) -> SearchIndex:
    """Open the index at ``root`` (raises ``IndexNotFoundError`` if there is none)."""
    return SearchIndex(root, **options)


__all__ = ["SearchIndex", "SnippetOptions", "open_index"]
