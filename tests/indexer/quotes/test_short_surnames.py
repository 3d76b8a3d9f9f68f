"""A two-letter surname that is a function word elsewhere ("Su", "An", "Ma") ends a name of
two words or more when punctuation follows it: "Ali Ihsan Su," is the whole name."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Die Ausgangssperre endete, gab der Gouverneur der Provinz, Ali Ihsan Su, bekannt.",
            "de",
            [("Die Ausgangssperre endete", "Ali Ihsan Su")],
        ),
        (
            '"The curfew has ended," said the governor, Ali Ihsan Su.',
            "en",
            [("The curfew has ended", "Ali Ihsan Su")],
        ),
        (
            '"El toque de queda terminó", dijo el gobernador, Ali Ihsan Su.',
            "es",
            [("El toque de queda terminó", "Ali Ihsan Su")],
        ),
        (
            '"Utegångsförbudet är över", sade guvernören Ali Ihsan Su.',
            "sv",
            [("Utegångsförbudet är över", "Ali Ihsan Su")],
        ),
    ],
)
def test_a_two_letter_surname_ends_the_name(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_function_word_after_a_name_without_punctuation_stays_outside():
    text = '"Estamos listos", dijo Ana Gómez Su equipo también.'
    assert [who for _, who in pairs(text, "es")] == ["Ana Gómez"]
