"""A speaker named by a diminutive of a given name ("Carmelita", "Juanito") is the one person
the article names in full with that given name; a word that only ends like a diminutive, with
nobody of that given name, stays as it is."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'La diputada Carmen Salinas habló. Carmelita señaló que "ahora hasta es diputada".',
            "es",
            [("ahora hasta es diputada", "Carmen Salinas")],
        ),
        (
            'El técnico Juan Pérez llegó. "Estamos listos", dijo Juanito.',
            "es",
            [("Estamos listos", "Juan Pérez")],
        ),
        (
            'The actress Carmen Salinas spoke. "I only finished primary school," said Carmelita.',
            "en",
            [("I only finished primary school", "Carmen Salinas")],
        ),
    ],
)
def test_a_diminutive_is_the_person_of_that_given_name(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_surname_ending_like_a_diminutive_stays_a_surname():
    text = 'El ministro Pedro Brito llegó. "Estamos listos", dijo Brito.'
    assert pairs(text, "es") == [("Estamos listos", "Pedro Brito")]
