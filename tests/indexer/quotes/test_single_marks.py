"""English news sets speech in double marks: a few words in single marks inside a sentence are a
term, a name or a scare quote, nobody's statement ("calling 'on the move'", "dubbed 'le cost
killer'"), unless an attribution follows them. Two apostrophes make one double mark
(''We gave him a chance,'' said O'Sullivan), and the statement starts after both. Swedish
single marks are read as before."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_LEAD = "Cara Diemont of Dimension Data spoke on Monday. "


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _LEAD + "One reason, Ms Diemont says, is that customers are calling 'on the move' "
            "using their phones.",
            "en",
            [],
        ),
        (_LEAD + "Toshiyuki Shiga, dubbed 'le cost killer' by staff, said so.", "en", []),
        (_LEAD + "'No,' Ms Diemont said.", "en", [("No", "Cara Diemont")]),
        (
            "Gordon D'Arcy is dropped. ''We gave Gordon a chance but it didn't work out,'' said "
            "Ireland coach Eddie O'Sullivan. ''In terms of risk, it was sensible.''",
            "en",
            [
                ("We gave Gordon a chance but it didn't work out", "Eddie O'Sullivan"),
                ("In terms of risk, it was sensible.", "Eddie O'Sullivan"),
            ],
        ),
        (
            "Jens Stoltenberg talade i går. 'Vi är redo', sade Stoltenberg.",
            "sv",
            [("Vi är redo", "Jens Stoltenberg")],
        ),
    ],
)
def test_the_quotes_are(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Porsche chief Peter Schutz spoke. The drop would be the result of the so-called "
            '"grey market" for Porsche cars, he said.',
            [],
        ),
        ('Leucadia may also draw by use of a so-called "swing line," Peter Schutz said.', []),
        (
            "Porsche chief Peter Schutz spoke. The drop would be the result of a "
            '"grey market" for Porsche cars, he said.',
            [("grey market", "Peter Schutz")],
        ),
    ],
)
def test_words_after_so_called_are_a_term(text, expected):
    assert pairs(text, "en") == expected
