"""A person a Spanish article names only after "a" or "contra", or after "de" and a relative or
a role, is an object or a genitive, never the subject: that person does not speak its quotes."""

import pytest

from indexer.quotes.complements import complement
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text",
    [
        'Ella le desea la muerte al comediante Victor Trujillo. "Es un manipulador que habla '
        'sin fundamentos", señaló.',
        'Paulina es la hija del presidente Enrique Peña Nieto. "Ella es muy guapa y muy '
        'divertida", contó el productor.',
    ],
)
def test_a_person_named_only_as_an_object_or_genitive_speaks_no_quote(text):
    assert pairs(text, "es") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Victor Trujillo habló ayer. "Es un manipulador que habla sin fundamentos", señaló.',
            [("Es un manipulador que habla sin fundamentos", "Victor Trujillo")],
        ),
        (
            'Fue bandera de la arquitecta Leonor Flores. "Es muy importante para mí como mujer", '
            "dijo.",
            [("Es muy importante para mí como mujer", "Leonor Flores")],
        ),
        (
            '"Hay que lavarse las manos siempre", indicó. Al respecto añadió Carlos Arturo '
            'Martínez que "todo irá bien al final".',
            [("todo irá bien al final", "Carlos Arturo Martínez")],
        ),
    ],
)
def test_a_subject_or_a_name_after_de_and_a_thing_still_speaks(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "text, name, language, expected",
    [
        ("le desea la muerte al comediante Victor Trujillo", "Victor", "es", True),
        ("una campaña contra Ana Pérez", "Ana", "es", True),
        ("Respecto a Ana Pérez, el senador dijo", "Ana", "es", True),
        ("la hija del presidente Peña Nieto", "Peña", "es", True),
        ("De acuerdo a Mark Millar, será así", "Mark", "es", False),
        ("citó la agencia a Juan Pérez", "Juan", "es", False),
        ("la reunión a la que Ana Pérez asistió", "Ana", "es", False),
        ("dijo en rueda de prensa James Comey", "James", "es", False),
        ("she wished death on the comedian Victor Trujillo", "Victor", "en", False),
        ("hon önskade komikern Victor Trujillo döden", "Victor", "sv", False),
    ],
)
def test_a_complement_hangs_on_a_preposition_in_spanish_only(text, name, language, expected):
    assert complement(text, text.index(name), language) == expected
