"""Spanish verbs of saying in -ar in the present ("plantea", "argumenta", "reitera"), derived
from their preterites, attribute like them; nouns and adjectives spelled like one do not."""

import pytest

from indexer.quotes.verbs import say_words
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"En cierto modo, ellos también simbolizan la libertad", argumenta Donald Trump.',
            [("En cierto modo, ellos también simbolizan la libertad", "Donald Trump")],
        ),
        (
            'Christiana Figueres habló. "Todos tenemos una responsabilidad", reitera.',
            [("Todos tenemos una responsabilidad", "Christiana Figueres")],
        ),
        (
            "Ana Berg plantea la necesidad de establecer un “sistema organizado para detectar "
            "los tratamientos”.",
            [("sistema organizado para detectar los tratamientos", "Ana Berg")],
        ),
    ],
)
def test_a_present_verb_of_saying_attributes(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize("word", ["pregunta", "cita", "alerta", "publica", "continua", "habla"])
def test_homographs_are_no_verbs_of_saying(word):
    assert word not in say_words("es")


def test_the_presents_of_the_preterites_in_o_are_derived():
    assert {"plantea", "argumenta", "reitera", "lamenta", "revela"} <= say_words("es")
