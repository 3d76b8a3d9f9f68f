"""A headline that opens with a person and goes on to a quote gives the quote to that person;
only the article's first sentence is a headline."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Anna Berg on the plan: "We will not accept this, not now and not later"\nThe '
            "minister spoke in London on Monday.",
            "en",
            [("We will not accept this, not now and not later", "Anna Berg")],
        ),
        (
            'Anna Berg om planen: "Den kommer att misslyckas"\nMinistern talade i Stockholm.',
            "sv",
            [("Den kommer att misslyckas", "Anna Berg")],
        ),
        (
            'Alejandra Ávalos explota "AMLO hundirá a México en la pobreza"\nLa actriz habló.',
            "es",
            [("AMLO hundirá a México en la pobreza", "Alejandra Ávalos")],
        ),
        (
            'Außenminister Lubomír Zaorálek sieht "gefährlichen Zusammenhang". Prag – Der '
            "Minister traf den Botschafter.",
            "de",
            [("gefährlichen Zusammenhang", "Lubomír Zaorálek")],
        ),
    ],
)
def test_a_headline_opening_with_a_person_gives_its_quote_to_that_person(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        # the person does not open the headline
        ('Critics mock Anna Berg over "the plan"\nThe minister spoke in London.', "en"),
        # the quote stands far from the person
        ('Anna Berg went to London on Monday to meet the board and "talk"\nShe left.', "en"),
        # not the first sentence
        ('Ministern talade i går. Anna Berg ser "stora risker med planen"\nHon gick.', "sv"),
    ],
)
def test_other_quotes_near_a_name_are_not_given_to_it(text, lang):
    assert pairs(text, lang) == []
