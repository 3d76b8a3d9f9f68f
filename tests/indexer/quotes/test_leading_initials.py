"""A name may open with initials ("said R. P. Goenka", "Chairman L. Jack Van Fossen"): the
statement is that person's and the surname alone later names the same person; the dot of an
initial ends no sentence. Abbreviations ("U.S.") open no name."""

import pytest

from indexer.quotes.initials import leading_initial
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            '"The bonds are making inroads," said R. P. Goenka, president of the federation. '
            '"The tax should go," Goenka said.',
            "en",
            ["R. P. Goenka", "R. P. Goenka"],
        ),
        (
            '"We urge our shareholders not to tender," said Chairman L. Jack Van Fossen.',
            "en",
            ["L. Jack Van Fossen"],
        ),
        ('"It works," said Thomas E. Mulligan.', "en", ["Thomas E. Mulligan"]),
        ('"Obligationerna tar marknad," sade R. P. Goenka.', "sv", ["R. P. Goenka"]),
    ],
)
def test_a_name_that_opens_with_initials_speaks_whole(text, lang, expected):
    assert [who for _, who in pairs(text, lang)] == expected


@pytest.mark.parametrize(
    "text, start, expected",
    [
        ("said R. P. Goenka", 5, True),
        ("said R. P. Goenka", 8, True),
        ("Chairman L. Jack Van Fossen", 9, True),
        ("the U.S. Treasury", 6, False),
        ("A. B. C.", 0, False),
        ("said R.", 5, False),
    ],
)
def test_an_initial_opens_a_name_only_before_a_capitalised_word(text, start, expected):
    assert leading_initial(text, start, start + 1) is expected
