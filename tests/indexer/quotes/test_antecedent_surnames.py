"""A bare surname stands for the person named before it, not for one named after it: "Euan
Murray" in the first sentence is who "said Murray" means, though only "Scott Murray", further on
in a team list, opens with a given name the lists know."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_LIST = "Forwards: Scott Murray (Edinburgh), Tom Smith (Saracens)."


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Euan Murray has been named in the squad. "I am happy," said Murray on Monday.\n'
            + _LIST,
            "en",
            "Euan Murray",
        ),
        # the only full name comes first: the surname is that person's
        (_LIST + '\n"I am happy," said Murray on Monday.', "en", "Scott Murray"),
        (
            "Euan Murray har tagits ut i truppen.\n– Jag är glad, sade Murray.\n"
            "Anfallare: Scott Murray, Tom Smith.",
            "sv",
            "Euan Murray",
        ),
    ],
)
def test_the_statement_goes_to(text, lang, expected):
    assert pairs(text, lang)[0][1] == expected
