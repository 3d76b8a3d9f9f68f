"""A pope, a king or a queen is named by a given name alone: "Pope Francis", "el papa
Francisco", "Papst Franziskus", "påven Franciskus" are people, and speak; the pontiff after them
is the same person. Capitalised, "Rey", "Reina" and "König" are surnames as well, and stay
in the name."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Pope Francis wrote to the nuns. "These media must be used soberly," said Francis.',
            "en",
            [("These media must be used soberly", "Francis")],
        ),
        (
            'El papa Francisco escribió a las monjas. "Estos medios se deben usar con '
            'sobriedad", indica el pontífice.',
            "es",
            [("Estos medios se deben usar con sobriedad", "Francisco")],
        ),
        (
            'Papst Franziskus schrieb den Nonnen. "Diese Medien sind maßvoll zu nutzen", sagte '
            "Franziskus.",
            "de",
            [("Diese Medien sind maßvoll zu nutzen", "Franziskus")],
        ),
        (
            'I går skrev påven Franciskus till nunnorna. "Medierna ska användas med måtta", '
            "sade Franciskus.",
            "sv",
            [("Medierna ska användas med måtta", "Franciskus")],
        ),
    ],
)
def test_a_pope_named_by_a_given_name_speaks(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('"Estamos listos", dijo Pepe Reina.', "es", "Pepe Reina"),
        ('"Estamos listos", dijo Fernando Rey.', "es", "Fernando Rey"),
        ('"Wir sind bereit", sagte Jens König.', "de", "Jens König"),
        ('"We are ready," said Pepe Reina.', "en", "Pepe Reina"),
    ],
)
def test_a_capitalised_surname_spelled_like_a_royal_title_stays_in_the_name(text, lang, speaker):
    assert [who for _, who in pairs(text, lang)] == [speaker]
