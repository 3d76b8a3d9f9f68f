"""A headline that gives its quote first and its speaker after a colon, the name ending the
line ("“No pensé que el país fuera a empeorar”: Damián Alcázar", "“Las misas no se pagan”: papa
Francisco"), gives the quote to that person. Two names, a clause after the colon or a quote
that is not in the headline give it to nobody this way."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "“No pensé que el país fuera a empeorar”: Damián Alcázar\nEl actor Damián Alcázar "
            "habló ayer en Tijuana.",
            "es",
            [("No pensé que el país fuera a empeorar", "Damián Alcázar")],
        ),
        (
            '"Las misas no se pagan": papa Francisco\nEl papa Francisco habló ayer.',
            "es",
            [("Las misas no se pagan", "Francisco")],
        ),
        (
            "“We are ready for the fight”: Anna Berg\nThe minister Anna Berg spoke on Monday.",
            "en",
            [("We are ready for the fight", "Anna Berg")],
        ),
        (
            "”Vi är redo för striden”: Anna Berg\nMinistern Anna Berg talade i dag.",
            "sv",
            [("Vi är redo för striden", "Anna Berg")],
        ),
    ],
)
def test_a_headline_quote_goes_to_the_name_after_its_colon(text, language, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“No pensé que el país fuera a empeorar”: Damián Alcázar y Ana Berg\nEl actor Damián "
        "Alcázar habló.",
        "“No pensé que el país fuera a empeorar”: lo que dijo Damián Alcázar\nEl actor Damián "
        "Alcázar habló.",
        "El actor habló. Dijo así “No pensé que el país fuera a empeorar”: Damián Alcázar\nEl "
        "actor Damián Alcázar habló.",
    ],
)
def test_two_names_a_clause_or_a_quote_outside_the_headline_give_it_to_nobody(text):
    assert pairs(text, "es") == []
