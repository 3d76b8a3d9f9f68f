"""A role the article first gave as an apposition after a name ("Ana Berg, residente de
genética, explicó …") names that person when it comes back as the subject ("La residente en
genética comentó que “…”", "dijo el abogado")."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Ana Berg, residente de genética, explicó algo. Juan Pérez también habló. La "
            'residente en genética comentó que "no hay forma de hacerlo".',
            "es",
            [("no hay forma de hacerlo", "Ana Berg")],
        ),
        (
            '"Tan sólo hablaban", dijo David Gehrke, el abogado de la profesora. Ana Berg '
            'lloró. "Pido un poco de comprensión para mi cliente", añadió el abogado.',
            "es",
            [
                ("Tan sólo hablaban", "David Gehrke"),
                ("Pido un poco de comprensión para mi cliente", "David Gehrke"),
            ],
        ),
        (
            'Tom Hale, the coach of the club, spoke to Anna Berg. "We lost," the coach said.',
            "en",
            [("We lost", "Tom Hale")],
        ),
    ],
)
def test_a_role_apposed_to_a_name_names_that_person(text, lang, expected):
    assert pairs(text, lang) == expected


# A comma after a name that opens a new clause with its own verb is no apposition.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "En entrevista para Azucena Uresti, el funcionario dijo que el hombre, Alejandro, "
            'tenía antecedentes. "Tenemos conocimiento de sus ingresos", añadió el funcionario.',
            [],
        ),
    ],
)
def test_a_new_clause_after_a_name_is_no_apposition(text, expected):
    assert pairs(text, "es") == expected
