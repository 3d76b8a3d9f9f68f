"""A statement followed by its speaker's name and an apposition whose closing comma the writer
left out ("…," Frederick Chiluba, leader of the Zambian Congress of Trade Unions said.) is that
person's in English, not the last speaker's; Swedish keeps asking for the closing comma."""

import pytest

from indexer.quotes.appositions import closes_apposition
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            'Peter Hansen said: "We are consulting." "The break-even point is ten kwacha," '
            "Frederick Chiluba, leader of the Zambian Congress of Trade Unions said.",
            "en",
            "Frederick Chiluba",
        ),
        (
            'Spending rose. "It is a fragile growth," Emmanuel Ferry, from Exane BNP Paribas told '
            "Reuters news agency.",
            "en",
            "Emmanuel Ferry",
        ),
        (
            'Peter Hansen sade: "Vi rådgör." "Gränsen är tio kwacha," Frederick Chiluba, ledare '
            "för fackförbundet sade.",
            "sv",
            "Peter Hansen",
        ),
    ],
)
def test_a_speaker_whose_apposition_lost_its_closing_comma_speaks(text, lang, speaker):
    assert pairs(text, lang)[-1][1] == speaker


@pytest.mark.parametrize(
    "pre, lang, expected",
    [
        ("Roy Asher, chief economist of X, ", "en", True),
        ("Frederick Chiluba, leader of the unions ", "en", True),
        ("Todd Domer, director of the association who ", "en", False),
        ("Todd Domer, whose lawyer ", "en", False),
        ("Todd Domer ", "en", False),
        ("Anna Berg, chef för banken, ", "sv", True),
        ("Anna Berg, chef för banken ", "sv", False),
    ],
)
def test_an_apposition_ends_at_a_comma_or_in_english_before_the_verb(pre, lang, expected):
    assert closes_apposition(pre, lang) is expected
