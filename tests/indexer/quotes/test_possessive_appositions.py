"""A possessive description after the verb of saying, with the name apposed to it: the name
speaks ("dijo su abogado, Juan Pérez"), not the person spoken of before."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Ana Berg habló ayer. "Es así", dijo su abogado, Juan Pérez.',
            "es",
            [("Es así", "Juan Pérez")],
        ),
        (
            'La OPS alertó. "Se han enfermado casi 570.000 trabajadores", dijo entonces su '
            "directora, Carissa Etienne.",
            "es",
            [("Se han enfermado casi 570.000 trabajadores", "Carissa Etienne")],
        ),
        (
            'Anna Berg spoke on Monday. "It works," said his lawyer, John Smith.',
            "en",
            [("It works", "John Smith")],
        ),
    ],
)
def test_the_name_apposed_to_a_possessive_description_speaks(text, lang, expected):
    assert pairs(text, lang) == expected


# No name apposed: a possessive after the verb is its object, the subject is left out.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Ana Berg habló ayer. "No lo aceptamos", expresó su rechazo, tras la reunión.',
            "es",
            [("No lo aceptamos", "Ana Berg")],
        ),
    ],
)
def test_a_possessive_without_a_name_changes_nothing(text, lang, expected):
    assert pairs(text, lang) == expected
