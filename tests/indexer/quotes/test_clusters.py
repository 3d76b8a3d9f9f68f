"""One person, one name across the corpus: variants join, different people stay apart."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.people import PeopleRegistry
from indexer.quotes import extract
from indexer.quotes.clusters import apply_clusters, cluster_names, clusters, rename


@pytest.mark.parametrize(
    "counts, variant, canonical",
    [
        ({"Ban Ki-moon": 40, "Ban Ki Moon": 3}, "Ban Ki Moon", "Ban Ki-moon"),
        ({"Ban Ki-moon": 40, "Ban": 5}, "Ban", "Ban Ki-moon"),
        ({"Dmitri Peskov": 9, "Dmitry Peskov": 4}, "Dmitry Peskov", "Dmitri Peskov"),
        ({"Владимир Путин": 3, "Vladimir Putin": 30}, "Владимир Путин", "Vladimir Putin"),
        (
            {"López Obrador": 12, "Andrés Manuel López Obrador": 9},
            "López Obrador",
            "Andrés Manuel López Obrador",
        ),
        ({"Xi Jinping": 7, "Xi": 2}, "Xi", "Xi Jinping"),
        ({"Angelino Alfano": 4, "Alfano": 6}, "Alfano", "Angelino Alfano"),
        ({"Magdalena Andersson": 5, "Andersson": 2}, "Andersson", "Magdalena Andersson"),
        ({"Kiichi Miyazawa": 21, "Minsiter Kiichi Miyazawa": 1}, "Minsiter Kiichi Miyazawa",
         "Kiichi Miyazawa"),  # a rare longer form is a typo run into the name
    ],
)  # fmt: skip
def test_name_variants_join_one_canonical_name(counts, variant, canonical):
    assert cluster_names(counts).get(variant) == canonical


@pytest.mark.parametrize(
    "counts",
    [
        {"George Bush": 7, "George W. Bush": 8, "Bush": 4},  # two people, one surname
        {"Ed Miliband": 5, "David Miliband": 5, "Miliband": 3},
        {"Tony Blair": 9, "Tony": 2},  # a given name alone names nobody in particular
        {"Anna Berg": 3, "Olof Berg": 3},
    ],
)
def test_different_people_who_share_a_name_stay_apart(counts):
    join = cluster_names(counts)
    assert not {n for n in counts if n.count(" ") > 0} & set(join)
    assert "Bush" not in join and "Miliband" not in join and "Tony" not in join


def test_registered_names_are_left_to_the_registry():
    registry = PeopleRegistry.from_records([{"name": "Jens Stoltenberg"}])
    assert cluster_names({"Jens Stoltenberg": 9, "Stoltenberg": 2}, registry) == {}


def test_clusters_list_each_person_with_its_variants_for_an_editor():
    found = clusters({"Ban Ki-moon": 40, "Ban Ki Moon": 3, "Ban": 5, "Anna Berg": 1})
    assert [(c.canonical, c.total) for c in found] == [("Ban Ki-moon", 48), ("Anna Berg", 1)]
    assert found[0].variants == {"Ban Ki-moon": 40, "Ban": 5, "Ban Ki Moon": 3}


def test_an_extraction_takes_the_corpus_names():
    ex = apply_clusters(extract('"Yes," said Ban Ki Moon.', "en"), {"Ban Ki Moon": "Ban Ki-moon"})
    assert ex.speakers == ("Ban Ki-moon",) and ex.quotes[0].speaker == "Ban Ki-moon"
    assert rename(["A", "B", "A"], {"B": "A"}) == ("A",)


NAMES = st.lists(
    st.sampled_from(["Ban", "Ki", "Moon", "Ki-moon", "Anna", "Berg", "López", "Obrador", "Xi"]),
    min_size=1,
    max_size=3,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(NAMES, st.integers(1, 50), max_size=8))
def test_joins_end_in_a_name_that_joins_nothing(counts):
    join = cluster_names(counts)
    assert all(target in counts and target not in join for target in join.values())
