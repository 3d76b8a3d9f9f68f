"""A nickname in quotation marks between a given name and a surname (Jorge "El Burro" Van
Rankin, Saúl "Canelo" Álvarez) is part of one name, the person's given name and surname."""

import pytest

from indexer.quotes.nicknames import nicknamed
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Los accionistas, Emilio Azcárraga y Jorge "El Burro" Van Rankin, decidieron. '
            '"Nadie sabe más del América que él", declaró Van Rankin.',
            [("Nadie sabe más del América que él", "Jorge Van Rankin")],
        ),
        (
            'El análisis estuvo a cargo de Francisco "Lobo" Carrasco, ex futbolista. Para '
            'Carrasco, "el chico se equivocó a los veinte años".',
            [("el chico se equivocó a los veinte años", "Francisco Carrasco")],
        ),
    ],
)
def test_a_nicknamed_name_is_given_name_and_surname(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('la pelea de Saúl "Canelo" Álvarez', ["Saúl Álvarez"]),
        ("José Manuel “Chepo” de la Torre llegó", ["José Manuel de la Torre"]),
        ('el programa "El Chiringuito" Mega emite', []),  # no given name before the marks
        ('dijo que "Hola" Mundo', []),
    ],
)
def test_only_a_given_name_before_the_marks_makes_a_nickname(text, expected):
    assert [name for _, _, name in nicknamed(text, "es")] == expected
