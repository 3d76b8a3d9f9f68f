"""Facet arithmetic (pure numpy), and a small dated corpus in English and Swedish whose
counts are checked by hand (``tests.support.corpora.DATED``, also used by the API tests)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from search import Filters, SearchIndex
from search.facets import FacetColumns


def counts(idx: SearchIndex, facet: str, q: str = "", **filters: object) -> dict[str, tuple]:
    result = idx.search(q, Filters(**filters))  # type: ignore[arg-type]
    return {v.value: (v.count, v.selected) for v in result.facets[facet]}


# ------------------------------------------------------------------ pure arithmetic
COLS = FacetColumns.build(
    ["A", "B", "A", ""],
    ["en", "sv", "en", "en"],
    [0, 1, 40, -1],
    [["X"], [], ["X", "Y"], ["Y"]],
)
ALL = np.arange(4)


@pytest.mark.parametrize(
    ("facet", "selected", "expected"),
    [
        ("outlet", (), [("A", 2, False), ("B", 1, False)]),
        ("outlet", ("B",), [("A", 2, False), ("B", 1, True)]),
        ("outlet", ("C",), [("A", 2, False), ("B", 1, False), ("C", 0, True)]),
        ("language", (), [("en", 3, False), ("sv", 1, False)]),
        ("speaker", (), [("X", 2, False), ("Y", 2, False)]),
        (
            "published",
            (),
            [("1970-01-01", 1, False), ("1970-01-02", 1, False), ("1970-02-10", 1, False)],
        ),
    ],
)
def test_counts_over_documents_keep_selected_values(
    facet: str, selected: tuple[str, ...], expected: list[tuple]
) -> None:
    found = COLS.count(facet, ALL, selected=selected)
    assert [(v.value, v.count, v.selected) for v in found] == expected


def test_filters_or_within_a_facet_and_and_across_facets() -> None:
    both = COLS.keep(Filters(outlets=("A", "B"), speakers=("Y",)), ALL)
    assert both.tolist() == [False, False, True, False]
    assert COLS.keep(Filters(outlets=("A",), speakers=("Y",)), ALL, skip="outlet").tolist() == [
        False, False, True, True,
    ]  # fmt: skip


def test_filters_read_only_the_documents_asked_about() -> None:
    some = np.array([3, 1])
    assert COLS.keep(Filters(speakers=("Y",)), some).tolist() == [True, False]
    assert COLS.speaker_counts(some).tolist() == COLS.speaker_counts(np.array([1, 3])).tolist()


def test_dates_filter_is_inclusive_and_undated_documents_never_pass() -> None:
    kept = COLS.keep(Filters(since=date(1970, 1, 2), until=date(1970, 2, 10)), ALL)
    assert kept.tolist() == [False, True, True, False]


def test_counting_nothing_gives_only_the_selected_values() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert [(v.value, v.count) for v in COLS.count("speaker", empty, selected=("X",))] == [("X", 0)]
    assert COLS.count("published", empty) == []


# ------------------------------------------------------------- the dated corpus
@pytest.mark.parametrize(
    ("facet", "filters", "expected"),
    [
        ("outlet", {}, {"Reuters": (2, False), "TT": (2, False), "BBC": (1, False),
                        "Meduza": (1, False), "SvD": (1, False)}),
        ("language", {}, {"en": (5, False), "sv": (3, False)}),
        ("speaker", {}, {"Jens Stoltenberg": (4, False), "Wendy Sherman": (2, False),
                         "Alexander Grushko": (1, False)}),
        ("published", {}, {"2022-01": (5, False), "2022-02": (1, False), "2022-04": (1, False)}),
        # a ticked outlet still shows what the other outlets would add
        ("outlet", {"outlets": ("Reuters",)}, {"Reuters": (2, True), "TT": (2, False),
                                               "BBC": (1, False), "Meduza": (1, False),
                                               "SvD": (1, False)}),
        ("language", {"outlets": ("Reuters",)}, {"en": (2, False)}),
        ("language", {"outlets": ("Reuters", "TT")}, {"en": (2, False), "sv": (2, False)}),
        ("outlet", {"languages": ("sv",)}, {"TT": (2, False), "SvD": (1, False)}),
        ("language", {"languages": ("sv",)}, {"en": (5, False), "sv": (3, True)}),
        # a selected value with zero hits stays in the list
        ("outlet", {"languages": ("sv",), "outlets": ("Reuters",)},
         {"TT": (2, False), "SvD": (1, False), "Reuters": (0, True)}),
        ("language", {"languages": ("sv",), "outlets": ("Reuters",)},
         {"en": (2, False), "sv": (0, True)}),
        ("speaker", {"speakers": ("Wendy Sherman",)},
         {"Jens Stoltenberg": (4, False), "Wendy Sherman": (2, True),
          "Alexander Grushko": (1, False)}),
        ("language", {"speakers": ("Wendy Sherman",)}, {"en": (1, False), "sv": (1, False)}),
        # published: counted without its own filter; narrow ranges count by day
        ("published", {"since": date(2022, 1, 12), "until": date(2022, 1, 13)},
         {"2022-01-10": (1, False), "2022-01-12": (3, True), "2022-01-13": (1, True)}),
        ("published", {"since": date(2022, 1, 1)},
         {"2022-01": (5, True), "2022-02": (1, True), "2022-04": (1, True)}),
        ("published", {"until": date(2022, 1, 31)},
         {"2022-01": (5, True), "2022-02": (1, False), "2022-04": (1, False)}),
        ("published", {"languages": ("sv",)},
         {"2022-01": (2, False), "2022-04": (1, False)}),
        ("published", {"outlets": ("Reuters",)},
         {"2022-01-10": (1, False), "2022-01-12": (1, False)}),
        ("outlet", {"since": date(2022, 1, 12), "until": date(2022, 1, 13)},
         {"Reuters": (1, False), "Meduza": (1, False), "TT": (1, False), "SvD": (1, False)}),
    ],
)  # fmt: skip
def test_disjunctive_counts_over_the_dated_corpus(
    dated: SearchIndex, facet: str, filters: dict, expected: dict
) -> None:
    assert counts(dated, facet, **filters) == expected


@pytest.mark.parametrize(
    ("q", "facet", "expected"),
    [
        ("veto", "language", {"en": (1, False), "sv": (1, False)}),
        ("diskussion", "outlet", {"TT": (1, False), "SvD": (1, False)}),
        ("discussions", "outlet", {"Meduza": (1, False)}),
        ("Stoltenberg", "published", {"2022-01": (2, False), "2022-02": (1, False),
                                      "2022-04": (1, False)}),
    ],
)  # fmt: skip
def test_counts_cover_every_match_of_a_query_in_both_languages(
    dated: SearchIndex, q: str, facet: str, expected: dict
) -> None:
    assert counts(dated, facet, q) == expected


@pytest.mark.parametrize(
    ("filters", "total"),
    [
        ({}, 8),
        ({"outlets": ("Reuters",)}, 2),
        ({"outlets": ("Reuters", "TT")}, 4),
        ({"outlets": ("Reuters",), "languages": ("sv",)}, 0),
        ({"since": date(2022, 1, 12), "until": date(2022, 1, 13)}, 4),
        ({"since": date(2022, 1, 12)}, 6),
        ({"until": date(2022, 1, 10)}, 1),
        ({"speakers": ("Grusjko",)}, 1),  # any spelling of a speaker
    ],
)
def test_totals_and_within_or_across_facets(dated: SearchIndex, filters: dict, total: int) -> None:
    assert dated.search("", Filters(**filters)).total == total


@pytest.mark.parametrize(
    ("sort", "expected"),
    [("newest", [2, 0, 3, 4, 1]), ("oldest", [4, 0, 3, 2, 1])],
)
def test_the_date_order_lists_every_document_undated_last_ties_by_number(sort, expected):
    cols = FacetColumns.build(["A"] * 5, ["en", "sv", "en", "sv", "en"], [3, -1, 9, 3, 1],
                              [[], [], [], [], []])  # fmt: skip
    assert cols.date_order(sort).tolist() == expected
