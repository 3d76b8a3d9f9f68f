"""A Spanish statement whose sentence names an organisation by its acronym as a subject ("la
Organización Panamericana de la Salud (OPS), alertó: “…”", "planteó … la Red de Mujeres (RMCNR)")
and no person is the organisation's: the last person who spoke does not say it. An organisation
after a preposition is an object ("criticó a la Comisión (CFE)"), and a person named in the
sentence still speaks."""

import pytest

from indexer.quotes.org_sentences import organisation_statement, organisation_subject
from tests.support.quotes import quote_pairs as pairs

_BEFORE = "Juan Pérez habló ayer de los riesgos. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            _BEFORE + "Cabe mencionar que la Organización Panamericana de la Salud (OPS), alertó "
            "sobre los riesgos: “no se recomienda utilizar estos productos”.",
            [],
        ),
        (
            _BEFORE + "“Queremos justicia y seguridad”, planteó desde Ecatepec la Red de Mujeres "
            "Construyendo una Nueva República (RMCNR).",
            [],
        ),
        (
            _BEFORE + "El Programa Conjunto de Naciones Unidas sobre VIH/SIDA (ONUSIDA), por "
            "ejemplo, califica las medidas como “innecesarias y un retroceso para todos”.",
            [],
        ),
        (
            _BEFORE + "Además, la Agencia de Protección Ambiental (EPA) ha emitido alertas, "
            "informando que “no se ha evaluado su seguridad”.",
            [],
        ),
    ],
)
def test_the_statement_of_an_organisation_is_nobodys(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            _BEFORE + "Además, criticó a la Comisión Federal de Electricidad (CFE): “no sirve "
            "para nada”.",
            [("no sirve para nada", "Juan Pérez")],
        ),
        (
            "La Organización Panamericana de la Salud (OPS) publicó un informe. Juan Pérez, su "
            "director, alertó: “no se recomienda utilizar estos productos”.",
            [("no se recomienda utilizar estos productos", "Juan Pérez")],
        ),
        (
            "El primero, celebrado entre el Servicio de Administración Tributaria (SAT) y la "
            "Patrulla Fronteriza (CBP), se hizo para “hacer valer las leyes”, aseveró Juan Pérez.",
            [("hacer valer las leyes", "Juan Pérez")],
        ),
        (
            "Juan Pérez anticipó su derrota. “Reconozco que las tendencias no nos favorecen”, "
            "declaró el candidato desde el Comité Ejecutivo Nacional del Partido Revolucionario "
            "Institucional (PRI).",
            [("Reconozco que las tendencias no nos favorecen", "Juan Pérez")],
        ),
    ],
)
def test_an_organisation_as_object_or_beside_a_person_leaves_the_person_speaking(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Además, la Organización Panamericana de la Salud (OPS), alertó:", True),
        ("planteó la Red de Mujeres Construyendo una Nueva República (RMCNR).", True),
        ("criticó a la Comisión Federal de Electricidad (CFE):", False),
        ("la Comisión Federal (cfe) dijo:", False),
        ("la Comisión Federal dijo:", False),
    ],
)
def test_an_organisation_subject_has_an_article_a_name_and_an_acronym(text, expected):
    assert organisation_subject(text, 0, len(text), []) is expected


def test_a_person_named_in_the_sentence_is_no_organisations_statement():
    text = "la Organización Panamericana de la Salud (OPS) y Ana Berg dijeron:"
    assert organisation_subject(text, 0, len(text), [text.index("Ana")]) is False


@pytest.mark.parametrize("language", ["en", "sv", "de"])
def test_only_spanish_text_is_read_for_organisation_statements(language):
    text = "Además, la Organización Panamericana de la Salud (OPS), alertó: “no”."
    open_at = text.index("“")
    assert organisation_statement(text, 0, open_at, open_at + 3, [], language) is False
    assert organisation_statement(text, 0, open_at, open_at + 3, [], "es") is True
