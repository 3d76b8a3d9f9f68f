"""A surname a speaker is given ("Fierro manifestó") that the article once writes in lower case
after a common given name ("Julieta fierro será …") lost its capital there: the speaker is the
person named in full. English, whose surnames are often common words ("Rose bush"), keeps the
lower-case word a word."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Julieta fierro será una de las expositoras. La astrónoma habló ayer. Fierro "
            'manifestó que "la ciencia es inmensa".',
            "es",
            [("la ciencia es inmensa", "Julieta Fierro")],
        ),
        (
            'Anna lindqvist talade i går. "Vetenskapen är viktig", sade Lindqvist.',
            "sv",
            [("Vetenskapen är viktig", "Anna Lindqvist")],
        ),
    ],
)
def test_a_surname_that_lost_its_capital_once_is_still_the_full_name(text, lang, expected):
    assert pairs(text, lang) == expected


def test_an_english_common_word_after_a_given_name_names_nobody():
    text = 'The Rose bush was cut. "It had to go," said Bush.'
    assert [who for _, who in pairs(text, "en")] != ["Rose Bush"]
