"""The name that opens the sentence is the subject when an apposition set off by commas stands
between it and the verb, whoever the apposition names ("Marisol López Cruz, presidenta del
Movimiento de Mujeres Frida Kahlo A.C., advirtió que “…”")."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Marisol López Cruz, presidenta del Movimiento de Mujeres Frida Kahlo A.C., advirtió "
            'que "hoy más que nunca las mujeres tenemos conciencia".',
            "es",
            [("hoy más que nunca las mujeres tenemos conciencia", "Marisol López Cruz")],
        ),
        (
            "Renate Sommer, miembro del partido de la canciller Angela Merkel, escribió que «la "
            "prohibición sería el final de la producción».",
            "es",
            [("la prohibición sería el final de la producción", "Renate Sommer")],
        ),
        (
            "Anna Berg, a friend of Joe Biden, said: “We are ready for this.”",
            "en",
            [("We are ready for this.", "Anna Berg")],
        ),
    ],
)
def test_the_name_before_an_apposition_is_the_subject(text, lang, expected):
    assert pairs(text, lang) == expected


# Without an apposition closed by a comma before the verb, the nearest subject still speaks.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Tras hablar con Ana Berg, Juan Pérez advirtió que "hoy más que nunca hay conciencia".',
            [("hoy más que nunca hay conciencia", "Juan Pérez")],
        ),
        (
            'Ana Berg llegó, y luego Juan Pérez advirtió que "hoy más que nunca hay conciencia".',
            [("hoy más que nunca hay conciencia", "Juan Pérez")],
        ),
    ],
)
def test_without_an_apposition_the_nearest_subject_speaks(text, expected):
    assert pairs(text, "es") == expected
