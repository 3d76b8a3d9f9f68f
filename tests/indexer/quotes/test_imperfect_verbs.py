"""Spanish verbs of saying in the imperfect ("advertía", "señalaba", "comentaba"), derived from
the participles of the regular ones, attribute like their preterites."""

import pytest

from indexer.quotes.verbs import say_words
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"Tenemos el mayor número de casos", advertía Carissa Etienne.',
            [("Tenemos el mayor número de casos", "Carissa Etienne")],
        ),
        (
            "«Morir es más probable que conseguir saltar», comentaba Ana Millán.",
            [("Morir es más probable que conseguir saltar", "Ana Millán")],
        ),
        (
            'Juan Pérez habló. "No estoy seguro de poder llevarlo a cabo", añadía.',
            [("No estoy seguro de poder llevarlo a cabo", "Juan Pérez")],
        ),
    ],
)
def test_an_imperfect_verb_of_saying_attributes(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize("word", ["dicía", "estaba", "había", "tenía", "señalaban"])
def test_only_imperfects_of_verbs_of_saying_are_derived(word):
    assert word not in say_words("es")


def test_the_derived_imperfects_are_those_of_the_participles():
    assert {"advertía", "señalaba", "sostenía", "reconocía"} <= say_words("es")
