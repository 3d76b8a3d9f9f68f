"""Property-based tests: no query text or /search parameter produces a 5xx or an exception."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from api.main import create_app
from search import QuerySyntaxError, SearchIndex, Synonyms, open_index
from search.query import parse, render
from tests.conftest import CORPUS, make_settings
from tests.reliability.conftest import Workspace

#: Query-language characters weighted up, so the fuzzer reaches operators and nesting.
SYNTAX = st.sampled_from(
    [*'"()-*: ', "OR", "AND", "NOT", "title:", "speaker:", "lang:", "outlet:", "nato", "veto",
     "ø", "\x00", "\u200b"]
)  # fmt: skip
QUERIES = st.one_of(
    st.text(max_size=120),
    st.lists(st.one_of(SYNTAX, st.text(max_size=6)), max_size=40).map("".join),
)
FUZZ = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def index(template_workspace: Workspace) -> Iterator[SearchIndex]:
    idx = open_index(template_workspace.index, synonyms=Synonyms.load(CORPUS / "synonyms.yaml"))
    yield idx
    idx.close()


@pytest.fixture(scope="module")
def client(template_workspace: Workspace) -> Iterator[TestClient]:
    app = create_app(make_settings(template_workspace.index, template_workspace.corpus))
    with TestClient(app) as c:
        yield c


def test_any_text_parses_leniently_and_strict_fails_only_cleanly(report_figures):
    cases = 0

    @settings(FUZZ, max_examples=600)
    @given(QUERIES)
    def check(query: str) -> None:
        nonlocal cases
        cases += 1
        node = parse(query)
        parse(render(node))  # what we show as "query" parses again
        try:
            parse(query, strict=True)
        except QuerySyntaxError as exc:
            assert str(exc)

    check()
    report_figures(cases=cases)


#: Found by Hypothesis here (render() did not quote words that read as syntax); fixed in
#: search/query.py, kept as regression cases.
@pytest.mark.parametrize("query", ["O*R", "*title:", '""-0', "+-0"])
def test_the_shown_query_reparses_to_the_same_tree(query):
    node = parse(query)
    assert parse(render(node)) == node


def test_any_query_searches_without_an_exception(index: SearchIndex, report_figures):
    cases = 0

    @settings(FUZZ, max_examples=250)
    @given(QUERIES, st.sampled_from(["relevance", "newest", "oldest"]), st.booleans())
    def check(query: str, sort: str, strict: bool) -> None:
        nonlocal cases
        cases += 1
        try:
            result = index.search(query, sort=sort, strict=strict, per_page=5)
        except QuerySyntaxError:
            assert strict
            return
        assert result.total >= len(result.hits)
        index.quotes(query, per_page=5)
        index.suggest(query[:50])

    check()
    report_figures(cases=cases)


PARAMS = st.fixed_dictionaries(
    {},
    optional={
        "q": QUERIES,
        "lang": st.lists(st.sampled_from(["sv", "en", "xx", "", "SV", "<b>"]), max_size=4),
        "outlet": st.lists(st.text(max_size=10), max_size=3),
        "speaker": st.lists(st.text(max_size=10), max_size=3),
        "since": st.one_of(st.dates().map(str), st.text(max_size=12)),
        "until": st.one_of(st.dates().map(str), st.text(max_size=12)),
        "sort": st.sampled_from(["relevance", "newest", "oldest", "", "random"]),
        "page": st.one_of(st.integers(-5, 200), st.text(max_size=5)),
        "per_page": st.one_of(st.integers(-5, 150), st.just("ten")),
        "facets": st.lists(st.sampled_from(["outlet", "language", "speaker", "published", "x"])),
        "highlight": st.sampled_from(["true", "false", "0", "yes", "maybe"]),
        "mode": st.sampled_from(["lenient", "strict", "raw"]),
    },
)


def test_any_search_parameters_answer_below_500(client: TestClient, report_figures):
    cases = 0
    statuses: set[int] = set()

    @settings(FUZZ, max_examples=300)
    @given(PARAMS, st.sampled_from(["/search", "/quotes", "/suggest"]))
    # Always tried, whatever the random draws: a valid request, one the API refuses (400,
    # per_page over the limit) and one that fails validation (422, page not a number).
    @example({"q": "veto"}, "/search")
    @example({"q": "veto", "per_page": 150}, "/search")
    @example({"q": "veto", "page": "x"}, "/quotes")
    def check(params: dict, path: str) -> None:
        nonlocal cases
        cases += 1
        response = client.get(path, params=params)
        statuses.add(response.status_code)
        assert response.status_code < 500, (params, response.text)
        if response.status_code >= 400:
            assert set(response.json()) == {"detail"} and response.json()["detail"]

    check()
    assert 200 in statuses and 400 in statuses and 422 in statuses
    report_figures(cases=cases, statuses=sorted(statuses))
