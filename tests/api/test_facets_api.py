"""Facets through ``GET /search``: checked by hand against the five shipped articles and
the dated English/Swedish corpus (``tests.support.corpora.DATED``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from tests.conftest import make_settings
from tests.support.corpora import build_dated


@pytest.fixture(scope="module")
def dated_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    index, corpus = build_dated(tmp_path_factory.mktemp("dated-api"))
    with TestClient(create_app(make_settings(index, corpus))) as c:
        yield c


def facets(client: TestClient, **params: object) -> tuple[int, dict[str, dict[str, tuple]]]:
    response = client.get("/search", params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    return body["total"], {
        name: {v["value"]: (v["count"], v["selected"]) for v in values}
        for name, values in body["facets"].items()
    }


# Hand counts over the shipped articles: 000 is Swedish, 001-004 English; only 003
# (Meduza) and 004 (The News 24) name an outlet; none has a date. Speakers: Stoltenberg in
# all five, Sherman in 000/001/002/004, Grushko in 003/004, Peskov in 001/002, Ryabkov in 001.
@pytest.mark.parametrize(
    ("params", "total", "facet", "expected"),
    [
        ({}, 5, "language", {"en": (4, False), "sv": (1, False)}),
        ({}, 5, "outlet", {"Meduza": (1, False), "The News 24": (1, False)}),
        ({}, 5, "speaker", {"Jens Stoltenberg": (5, False), "Wendy Sherman": (4, False),
                            "Alexander Grushko": (2, False), "Dmitry Peskov": (2, False),
                            "Sergei Ryabkov": (1, False)}),
        ({}, 5, "published", {}),
        ({"q": "diskussion"}, 1, "language", {"sv": (1, False)}),
        ({"q": "discussions"}, 4, "speaker", {"Jens Stoltenberg": (4, False),
                                             "Wendy Sherman": (3, False),
                                             "Alexander Grushko": (2, False),
                                             "Dmitry Peskov": (2, False),
                                             "Sergei Ryabkov": (1, False)}),
        ({"lang": "sv"}, 1, "language", {"en": (4, False), "sv": (1, True)}),
        ({"lang": "sv"}, 1, "speaker",
         {"Jens Stoltenberg": (1, False), "Wendy Sherman": (1, False)}),
        ({"outlet": "Meduza"}, 1, "outlet", {"Meduza": (1, True), "The News 24": (1, False)}),
        ({"outlet": ["Meduza", "The News 24"]}, 2, "language", {"en": (2, False)}),
        ({"speaker": "Sergei Ryabkov"}, 1, "speaker",
         {"Jens Stoltenberg": (5, False), "Wendy Sherman": (4, False),
          "Alexander Grushko": (2, False), "Dmitry Peskov": (2, False),
          "Sergei Ryabkov": (1, True)}),
        ({"speaker": ["Sergei Ryabkov", "Alexander Grushko"]}, 3, "language", {"en": (3, False)}),
        ({"speaker": "Alexander Grushko", "lang": "sv"}, 0, "language",
         {"en": (2, False), "sv": (0, True)}),
        ({"outlet": "Nowhere Times"}, 0, "outlet",
         {"Meduza": (1, False), "The News 24": (1, False), "Nowhere Times": (0, True)}),
    ],
)  # fmt: skip
def test_shipped_facets_by_hand(
    client: TestClient, params: dict, total: int, facet: str, expected: dict
) -> None:
    found_total, found = facets(client, **params)
    assert found_total == total
    assert found[facet] == expected


@pytest.mark.parametrize(
    ("params", "total", "facet", "expected"),
    [
        ({}, 8, "published", {"2022-01": (5, False), "2022-02": (1, False), "2022-04": (1, False)}),
        ({"outlet": "Reuters"}, 2, "outlet", {"Reuters": (2, True), "TT": (2, False),
                                              "BBC": (1, False), "Meduza": (1, False),
                                              "SvD": (1, False)}),
        ({"outlet": ["Reuters", "TT"]}, 4, "language", {"en": (2, False), "sv": (2, False)}),
        ({"outlet": "Reuters", "lang": "sv"}, 0, "outlet",
         {"TT": (2, False), "SvD": (1, False), "Reuters": (0, True)}),
        ({"since": "2022-01-12", "until": "2022-01-13"}, 4, "published",
         {"2022-01-10": (1, False), "2022-01-12": (3, True), "2022-01-13": (1, True)}),
        ({"since": "2022-01-12", "until": "2022-01-13", "lang": "sv"}, 2, "published",
         {"2022-01-12": (1, True), "2022-01-13": (1, True)}),
        ({"since": "2022-02-01"}, 2, "published",
         {"2022-01": (5, False), "2022-02": (1, True), "2022-04": (1, True)}),
        ({"q": "veto", "since": "2022-01-11"}, 1, "published",
         {"2022-01-10": (1, False), "2022-01-12": (1, True)}),
        ({"q": "diskussion"}, 2, "outlet", {"TT": (1, False), "SvD": (1, False)}),
        ({"q": "Stoltenberg", "lang": "en"}, 2, "language", {"en": (2, True), "sv": (2, False)}),
    ],
)  # fmt: skip
def test_dated_facets_are_disjunctive_and_exact(
    dated_client: TestClient, params: dict, total: int, facet: str, expected: dict
) -> None:
    found_total, found = facets(dated_client, **params)
    assert found_total == total
    assert found[facet] == expected


@pytest.mark.parametrize(
    ("sort", "first", "last"),
    [("newest", "sv-tt-0401", "en-undated"), ("oldest", "en-reuters-0110", "en-undated")],
)
def test_sorting_by_date(dated_client: TestClient, sort: str, first: str, last: str) -> None:
    hits = dated_client.get("/search", params={"sort": sort, "per_page": 100}).json()["hits"]
    assert (hits[0]["id"], hits[-1]["id"]) == (first, last)


def test_counts_cover_all_matches_not_just_the_page(dated_client: TestClient) -> None:
    body = dated_client.get("/search", params={"per_page": 1}).json()
    assert len(body["hits"]) == 1
    assert sum(v["count"] for v in body["facets"]["language"]) == body["total"] == 8
