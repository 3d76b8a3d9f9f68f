"""Given names that are English words ("Bill", "Will", "Max") are ambiguous in English text
only: in an article in another language, one before a surname names a person."""

import pytest

from indexer.quotes.lexicon import is_given
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Bill Gates habló con la prensa. “Uno de los desafíos es mejorar”, dijo.",
            "es",
            [("Uno de los desafíos es mejorar", "Bill Gates")],
        ),
        (
            '"Mi abuelo puso esta cerveza en el refrigerador", escribió Grace Johnson.',
            "es",
            [("Mi abuelo puso esta cerveza en el refrigerador", "Grace Johnson")],
        ),
        (
            "Max Verstappen gewann. „Das war ein perfektes Rennen“, sagte er.",
            "de",
            [("Das war ein perfektes Rennen", "Max Verstappen")],
        ),
    ],
)
def test_an_english_word_name_names_a_person_in_another_language(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "word, lang, expected",
    [
        ("Bill", "es", True),
        ("Bill", "en", False),  # "the bill"
        ("Will", "en", False),
        ("Paris", "es", False),  # ambiguous in every language
        ("Washington", "es", False),
        ("Ana", "es", True),
    ],
)
def test_only_english_words_are_names_outside_english(word, lang, expected):
    assert is_given(word, lang) is expected
