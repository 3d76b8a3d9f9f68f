"""A dot after an initial or a title's abbreviation ("U.S.", "C.J.", "Sen.") ends no
attribution clause: the speaker named after it is found; a dot after a word, a number or a
suffix ("Jr.") still ends the sentence."""

import pytest

from indexer.quotes.abbreviations import is_abbreviation_dot
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            '"Trade will grow," said U.S. Trade Representative Clayton Yeutter.',
            "en",
            [("Trade will grow", "Clayton Yeutter")],
        ),
        (
            '"Sales were up only modestly," said C.J. Lawrence analyst Harry Mortner.',
            "en",
            [("Sales were up only modestly", "Harry Mortner")],
        ),
        (
            '"We are trying to take care of a bad situation," said Sen. Tom Harkin.',
            "en",
            [("We are trying to take care of a bad situation", "Tom Harkin")],
        ),
        (
            '"Past methods have been rather variable," said Dr. Charles Sanders, an executive.',
            "en",
            [("Past methods have been rather variable", "Charles Sanders")],
        ),
        # a dot after a word ends the clause: the next sentence's name is nobody's subject here
        ('"Trade will grow," said the agency. Clayton Yeutter left.', "en", []),
    ],
)
def test_the_speaker_after_an_abbreviation_is_found(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("said U.S. Trade", True),
        ("said C.J. Lawrence", True),
        ("said Sen. Tom", True),
        ("said Robert E. Linton", True),
        ("said Hansen. Then", False),  # a surname ends the sentence
        ("in 1987. The", False),
        ("said Martin Luther King Jr. The", False),  # a suffix ends its name
        ("in St. Pölten", False),  # a place's abbreviation: no person's title
        ("said U.S. officials", False),  # no capitalised word after the dot
    ],
)
def test_is_abbreviation_dot(text, expected):
    i = text.index(". ") if ". " in text else text.rindex(".")
    assert is_abbreviation_dot(text, i) is expected
