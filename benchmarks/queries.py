"""The queries every engine runs: a set per query class, plus the original ~40 queries.

Syntax shared by all engines: bare words (all must match), ``"quoted phrases"`` and ``prefix*``.
Each engine translates this into its own query language (see ``benchmarks/peers/``). A query may
also carry filters (languages, outlets, a date window) and a sort; every engine applies them the
same way and counts the ``outlet`` and ``language`` facets disjunctively (each facet under every
filter but its own), as presslens does.

The classes, from a user's point of view (``python -m benchmarks.queries`` prints the measured
document frequencies that put each word in its class):

======== =================================================================================
class    what a user typed
======== =================================================================================
rare     one word found in under 0.1% of the articles (at 1M: under 1,000 articles)
common   one word found in 10% or more of the articles (at 1M: 100,000 or more)
words    two words, both required
phrase   a quoted phrase
prefix   ``word*`` (expanded unstemmed over the vocabulary)
typo     a misspelt word, alone or next to a correct one (presslens corrects it, tantivy
         matches within an edit distance; FTS5 and plain Whoosh have no typo tolerance)
facets   no words: an outlet and/or language filter, newest first, facet counts
date     no words: a date window, newest first
date+w   words and a date window, by relevance
legacy   the ~40 queries of earlier releases (their p50/p95 stay comparable with old results)
======== =================================================================================

Rare and common are fractions of the collection, measured on the real corpus (lower-cased,
unstemmed whole words): cycling the corpus to 1M keeps every fraction, so a word rare at 26k
is rare at 1M. Date windows are quantiles of the collection's publication dates (``WINDOWS``),
resolved per collection by :func:`resolve`, so each window selects the same share at every size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

#: The original query set (kept as it was, so ``legacy`` p50/p95 compare with earlier results).
QUERIES: tuple[str, ...] = (
    # common English words
    "said",
    "oil",
    "bank",
    "shares",
    "government",
    "profit",
    # rarer English words
    "cocoa",
    "zinc",
    "hurricane",
    "football",
    "iraq",
    "broadband",
    # pairs
    "interest rates",
    "oil prices",
    "trade deficit",
    "stock market",
    "mobile phone",
    "prime minister",
    "central bank",
    "film award",
    # phrases
    '"interest rates"',
    '"chief executive"',
    '"world cup"',
    '"federal reserve"',
    # prefixes
    "elec*",
    "comput*",
    "export*",
    # stemming: inflected forms
    "companies",
    "elections",
    # German
    "Regierung",
    "Wien",
    "Flüchtlinge",
    "Bundeskanzler",
    "regier*",
    # Spanish
    "gobierno",
    "presidente",
    "elecciones",
    "México",
    # Russian
    "нефть",
    "Путин",
    "правительство",
    "рубль",
)

#: Share of the articles a word of the class is found in: ``[low, high)``.
CLASS_BOUNDS: dict[str, tuple[float, float]] = {"rare": (0.0, 0.001), "common": (0.10, 1.01)}

#: Date windows as quantiles of the dated articles' publication dates (``None``: open end).
WINDOWS: dict[str, tuple[float, float | None]] = {
    "recent": (0.95, 1.0),  # the newest 5% (about the last year of a 20-year archive)
    "middle": (0.40, 0.65),  # a quarter of the archive, in its middle
    "since": (0.80, None),  # the newest fifth, open-ended
}


@dataclass(frozen=True, slots=True)
class BenchQuery:
    """One benchmark query: text in the shared syntax, its class, filters and sort."""

    text: str
    kind: str
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    window: str | None = None
    since: str | None = None
    until: str | None = None
    sort: str = "relevance"

    @property
    def label(self) -> str:
        """A readable key: the text, then the filters.

        >>> BenchQuery("oil", "date+w", languages=("en",), since="2020-01-01").label
        'oil [lang=en since=2020-01-01]'
        >>> BenchQuery("said", "legacy").label
        'said'
        """
        parts = [f"lang={','.join(self.languages)}"] if self.languages else []
        parts += [f"outlet={','.join(self.outlets)}"] if self.outlets else []
        parts += [f"since={self.since}"] if self.since else []
        parts += [f"until={self.until}"] if self.until else []
        if not parts:
            return self.text or "(everything)"
        return f"{self.text or '(no words)'} [{' '.join(parts)}]"

    @property
    def filtered(self) -> bool:
        return bool(self.languages or self.outlets or self.since or self.until)

    def filters_without(self, facet: str) -> BenchQuery:
        """This query without its own filter on ``facet`` (``outlet`` or ``language``)."""
        if facet == "outlet":
            return replace(self, outlets=())
        return replace(self, languages=())


def _q(kind: str, *texts: str, **options: object) -> list[BenchQuery]:
    return [BenchQuery(text, kind, **options) for text in texts]  # type: ignore[arg-type]


#: The query set per class (see the module docstring).
CLASS_QUERIES: tuple[BenchQuery, ...] = (
    *_q("rare", "hurricane", "uranium", "Gazprom", "palladium", "whisky"),
    *_q("rare", "Bundeskanzler", "Bundesheer", "Rajoy", "Путин"),
    *_q("common", "said", "will", "year", "company", "would", "market", "billion", "bank"),
    *_q("words", "interest rates", "oil prices", "trade deficit", "prime minister"),
    *_q("words", "central bank", "Regierung Wien", "gobierno México", "said company"),
    *_q("phrase", '"interest rates"', '"chief executive"', '"world cup"', '"federal reserve"'),
    *_q("phrase", '"prime minister"', '"said it"', '"Europäische Union"', '"Banco de México"'),
    *_q("prefix", "elec*", "comput*", "export*", "inflat*", "petro*", "regier*", "gobern*"),
    *_q("typo", "goverment", "hurricaine", "inflaton", "micrsoft", "Regierumg", "gobiernno"),
    *_q("typo", "oil pirces", "cental bank"),
    BenchQuery("", "facets", sort="newest"),
    BenchQuery("", "facets", languages=("de",), sort="newest"),
    BenchQuery("", "facets", outlets=("Reuters",), sort="newest"),
    BenchQuery("", "facets", outlets=("BBC News",), sort="newest"),
    BenchQuery("", "facets", languages=("es",), outlets=("El País", "El Universal"), sort="newest"),
    BenchQuery("", "facets", languages=("en", "de"), sort="newest"),
    BenchQuery("", "date", window="recent", sort="newest"),
    BenchQuery("", "date", window="middle", sort="newest"),
    BenchQuery("", "date", window="since", sort="newest"),
    BenchQuery("", "date", window="recent", languages=("en",), sort="newest"),
    BenchQuery("oil", "date+w", window="recent"),
    BenchQuery("said", "date+w", window="middle"),
    BenchQuery("Regierung", "date+w", window="since"),
    BenchQuery("interest rates", "date+w", window="recent"),
    BenchQuery('"chief executive"', "date+w", window="middle"),
    BenchQuery("gobierno", "date+w", window="middle", languages=("es",)),
)

LEGACY: tuple[BenchQuery, ...] = tuple(BenchQuery(text, "legacy") for text in QUERIES)
CLASSES: tuple[str, ...] = tuple(dict.fromkeys(q.kind for q in CLASS_QUERIES))


def benchmark_queries(classes: bool = True, legacy: bool = True) -> list[BenchQuery]:
    """The queries of a run, in a fixed order (windows unresolved)."""
    return [*(CLASS_QUERIES if classes else ()), *(LEGACY if legacy else ())]


def window_dates(days: Sequence[int], window: str) -> tuple[str | None, str | None]:
    """ISO ``(since, until)`` of a named window over sorted day ordinals of dated articles.

    >>> window_dates(list(range(730000, 730100)), "recent")
    ('1999-12-07', '1999-12-11')
    """
    low, high = WINDOWS[window]
    if not days:
        return None, None

    def at(fraction: float) -> str:
        position = min(len(days) - 1, int(fraction * len(days)))
        return date.fromordinal(days[position]).isoformat()

    return at(low), at(high) if high is not None else None


def resolve(queries: Iterable[BenchQuery], dates: Iterable[str | None]) -> list[BenchQuery]:
    """Give each windowed query the dates its window covers in a collection with ``dates``."""
    days = sorted(date.fromisoformat(d).toordinal() for d in dates if d)
    out = []
    for query in queries:
        if query.window:
            since, until = window_dates(days, query.window)
            query = replace(query, since=since, until=until)
        out.append(query)
    return out


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def suggest_prefixes(
    queries: tuple[str, ...] = QUERIES, lengths: tuple[int, ...] = (2, 3, 4)
) -> list[str]:
    """Prefixes of the query words as a user types them (``/suggest`` benchmark), deduplicated."""
    seen: dict[str, None] = {}
    for query in queries:
        for word in _WORD.findall(query.lower()):
            for length in lengths:
                if len(word) > length:
                    seen.setdefault(word[:length], None)
    return list(seen)


_CLAUSE = re.compile(r'"(?P<phrase>[^"]*)"|(?P<token>\S+)')


def parse(query: str) -> list[tuple[str, str]]:
    """Split ``query`` into ``(kind, text)`` clauses: ``word``, ``phrase`` or ``prefix``.

    >>> parse('oil "interest rates" elec*')
    [('word', 'oil'), ('phrase', 'interest rates'), ('prefix', 'elec')]
    """
    clauses: list[tuple[str, str]] = []
    for match in _CLAUSE.finditer(query):
        if match.group("phrase") is not None:
            words = " ".join(_WORD.findall(match.group("phrase")))
            if words:
                clauses.append(("phrase" if " " in words else "word", words))
            continue
        token = match.group("token")
        words = _WORD.findall(token)
        if not words:
            continue
        if token.endswith("*") and len(words) == 1:
            clauses.append(("prefix", words[0]))
        else:
            clauses.extend(("word", word) for word in words)
    return clauses


def document_fractions(records: Iterable[dict], words: Iterable[str]) -> dict[str, float]:
    """Share of ``records`` whose title or text holds each word (lower-cased, unstemmed).

    >>> document_fractions([{"text": "Oil up"}, {"text": "oil", "title": "x"}, {"text": "no"}],
    ...                    ["oil", "up"])
    {'oil': 0.666667, 'up': 0.333333}
    """
    wanted = {w.lower() for w in words}
    counts: Counter[str] = Counter()
    total = 0
    for record in records:
        total += 1
        text = f"{record.get('title') or ''} {record.get('text') or ''}".lower()
        counts.update(wanted.intersection(_WORD.findall(text)))
    return {w: round(counts[w.lower()] / total, 6) if total else 0.0 for w in words}


def class_check(records: Sequence[dict]) -> list[tuple[str, str, float, bool]]:
    """``(class, word, fraction, within the class bounds)`` for every rare and common query."""
    rows = []
    for kind, (low, high) in CLASS_BOUNDS.items():
        words = [q.text for q in CLASS_QUERIES if q.kind == kind]
        exact = document_fractions(records, words)
        for word in words:
            rows.append((kind, word, exact[word], low <= exact[word] < high))
    return rows


def main() -> None:
    """Print the document frequency behind each rare and common query, and the query set."""
    from benchmarks.data import DEFAULT_DATA_DIR, load_articles

    records = list(load_articles(DEFAULT_DATA_DIR))
    print(f"{len(records):,} real articles; share of articles holding the word:\n")
    print("| class | word | share | within bounds |\n|---|---|---:|---|")
    for kind, word, share, ok in class_check(records):
        print(f"| {kind} | {word} | {share:.3%} | {'yes' if ok else 'NO'} |")
    print("\n| class | query |\n|---|---|")
    for query in resolve(CLASS_QUERIES, (r.get("published") for r in records)):
        print(f"| {query.kind} | {query.label} |")


if __name__ == "__main__":
    main()
