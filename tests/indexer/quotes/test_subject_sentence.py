"""A statement with no attribution right after a short sentence that opens with a person's name
is that person's, even when someone else spoke last: "Enjuanes coincide. «…»"."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            '"We need more beds," said Rafael Delgado.\nLuis Enjuanes agrees. "Some hospitals '
            'are ready for it."',
            "en",
            [
                ("We need more beds", "Rafael Delgado"),
                ("Some hospitals are ready for it.", "Luis Enjuanes"),
            ],
        ),
        (
            '"Hay que revisar los protocolos", añade Rafael Delgado.\nLuis Enjuanes coincide. '
            '"Sí hay hospitales capaces de recibir a enfermos".',
            "es",
            [
                ("Hay que revisar los protocolos", "Rafael Delgado"),
                ("Sí hay hospitales capaces de recibir a enfermos", "Luis Enjuanes"),
            ],
        ),
        (
            '"Vi behöver fler sängar", sade Anna Berg.\nKarin Lund håller med. "Några sjukhus '
            'är redo."',
            "sv",
            [("Vi behöver fler sängar", "Anna Berg"), ("Några sjukhus är redo.", "Karin Lund")],
        ),
    ],
)
def test_a_statement_after_a_sentence_opening_with_a_name_is_that_persons(text, lang, expected):
    assert pairs(text, lang) == expected
