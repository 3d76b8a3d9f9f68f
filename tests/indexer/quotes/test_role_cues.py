"""A Spanish description in lower case right before a name (article, role, adjectives) makes
the name a person's, though the lexicon knows no given name in it; a role phrase that ends in
an organisation after "de la" still names the person after its comma."""

import pytest

from indexer.quotes.role_cues import described_role
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'El cirujano Guevara Montaño destacó que "la sensibilidad es la misma tras operar".',
            [("la sensibilidad es la misma tras operar", "Guevara Montaño")],
        ),
        (
            "El científico y sexólogo japonés Seino Ketsubou habló ayer. "
            '"He seguido a varios pacientes durante años", señaló.',
            [("He seguido a varios pacientes durante años", "Seino Ketsubou")],
        ),
        (
            'La epidemióloga Xiadani Kettunen explicó: "Los datos no mienten, ni siquiera hoy".',
            [("Los datos no mienten, ni siquiera hoy", "Xiadani Kettunen")],
        ),
        (
            "El director general de la OMS, Tedros Adhanom Ghebreyesus, aseguró que se trata de "
            'una tendencia "decepcionante, pero no sorprendente".',
            [("decepcionante, pero no sorprendente", "Tedros Adhanom Ghebreyesus")],
        ),
    ],
)
def test_a_name_after_a_lower_case_role_is_a_person_who_speaks(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "text",
    [
        'Guevara Montaño destacó que "la sensibilidad es la misma tras la cirugía".',
        'El equipo Monterrey Rayados anunció que "la sensibilidad es la misma tras la cirugía".',
        'Lo contó el famoso Guevara Montaño: "la sensibilidad es la misma tras la cirugía".',
    ],
)
def test_an_unknown_name_without_a_role_before_it_stays_nobody(text):
    assert pairs(text, "es") == []


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("según la investigadora Xiadani Pérez", "Xiadani", "investigadora"),
        ("el ex ministro brasileño Tedros Costa", "Tedros", "ministro"),
        ("el ministro y Tedros Costa", "Tedros", ""),
        ("a Tedros Costa", "Tedros", ""),
        ("Ministro Tedros Costa", "Tedros", ""),
    ],
)
def test_the_role_is_the_one_nearest_the_name_after_an_article(text, name, role):
    assert described_role(text, text.index(name)) == role
