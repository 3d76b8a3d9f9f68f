"""A Spanish statement in marks followed by its verb of saying without a comma ('"…" dice el
doctor Gary Smith', '"…." Señaló.') goes to that verb's subject; a name or a title in marks
before a verb ("Tiranos de América" ha comenzado …) is no statement, and English keeps its
rule (no comma, no attribution after a statement that did not end)."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_LEAD = "El estudio se publicó ayer.\n"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _LEAD + '"Debido a que las piscinas son pequeñas, los padres no piensan en los '
            'peligros" dice el doctor Gary Smith, quien dirigió el estudio.',
            "es",
            [
                (
                    "Debido a que las piscinas son pequeñas, los padres no piensan en los peligros",
                    "Gary Smith",
                )
            ],
        ),
        (
            "Roberto Centeno habló ayer.\n"
            '"Vamos por partes. Lo que ayer sucedió es grave" ha explicado el experto '
            "economista, Roberto Centeno.",
            "es",
            [("Vamos por partes. Lo que ayer sucedió es grave", "Roberto Centeno")],
        ),
        (
            "Juan Pérez habló ayer en la tele.\n"
            '"Nuestro país se va a ir a la ruina. Estamos condenados." Señaló.',
            "es",
            [("Nuestro país se va a ir a la ruina. Estamos condenados.", "Juan Pérez")],
        ),
        (
            'Nayib Bukele salió en la serie. "Tiranos de América" ha comenzado a correr la '
            "misma suerte.",
            "es",
            [],
        ),
        (
            _LEAD + '"Because portable pools are small, parents do not think of the dangers" '
            "says Dr Gary Smith, who led the study.",
            "en",
            [],
        ),
    ],
)
def test_the_quotes_are(text, lang, expected):
    assert pairs(text, lang) == expected
