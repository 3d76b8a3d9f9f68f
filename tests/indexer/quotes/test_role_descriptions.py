"""A role noun after a definite article ("la vicepresidenta", "the coach", "der Trainer",
"el pontífice") is the person the article last named, as "the minister" is: a quote given to it
is theirs."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "La vicepresidenta económica, Nadia Calviño, habló ayer. Para la vicepresidenta, "
            'los fondos supondrán "un salto cualitativo comparable a los años ochenta".',
            "es",
            [("un salto cualitativo comparable a los años ochenta", "Nadia Calviño")],
        ),
        (
            'Arsenal boss Arsene Wenger spoke on Friday. "The debate has gone on too long," the '
            "coach said.",
            "en",
            [("The debate has gone on too long", "Arsene Wenger")],
        ),
        (
            'Nach dem Spiel sprach Peter Zeidler. "Wir waren müde", sagte der Trainer.',
            "de",
            [("Wir waren müde", "Peter Zeidler")],
        ),
        (
            'Vid mötet talade Anna Berg. "Vi är redo", sade ministern.',
            "sv",
            [("Vi är redo", "Anna Berg")],
        ),
    ],
)
def test_a_role_after_a_definite_article_is_the_person_last_named(text, lang, expected):
    assert pairs(text, lang) == expected
