"""A quote after a colon goes to the name before it, unless a preposition of address or topic
makes that name the one spoken to or about ("le responde a Carlos Salinas:"): then to the
subject named before it, if any."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Ana Berg le responde a Carlos Salinas: "Conmigo no te metas porque yo sí te pongo '
            'en tu lugar".',
            "es",
            [("Conmigo no te metas porque yo sí te pongo en tu lugar", "Ana Berg")],
        ),
        (
            "Hubo un debate. José Bono habló en unas declaraciones sobre Pablo Iglesias: «Era muy "
            "amigo de Anguita».",
            "es",
            [("Era muy amigo de Anguita", "José Bono")],
        ),
        (
            'Anna Berg hit back at a rally with John Smith: "We are not going anywhere."',
            "en",
            [("We are not going anywhere.", "Anna Berg")],
        ),
    ],
)
def test_the_name_after_a_preposition_of_address_does_not_speak(text, lang, expected):
    assert pairs(text, lang) == expected


# "de" and "para" give the words to the name after them: they still decide.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Hubo un debate. Estas son las palabras de Carlos Salinas: "Conmigo no te metas".',
            [("Conmigo no te metas", "Carlos Salinas")],
        ),
        (
            'Hubo un debate. Ana Berg dijo a Carlos Salinas que sí. Juan Pérez: "Conmigo no te '
            'metas".',
            [("Conmigo no te metas", "Juan Pérez")],
        ),
    ],
)
def test_other_names_before_a_colon_still_speak(text, expected):
    assert pairs(text, "es") == expected
