"""A Spanish clause that opens with "en" or "a" before its verb of saying opens with an
adverbial ("En este sentido aclara", "En el video que publicó destacó que"), not with an
indefinite article: its subject is left out and is the person just reported. Swedish "en" and
English "a" stay indefinite articles of a source nobody names."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Pablo Iglesias califica el Parlamento como "burgués de mierda". En este sentido '
            'aclara "yo no pacto con vosotros".',
            "es",
            [
                ("burgués de mierda", "Pablo Iglesias"),
                ("yo no pacto con vosotros", "Pablo Iglesias"),
            ],
        ),
        (
            "Lorenzo Córdova Vianello agradeció a los ciudadanos. En el video que publicó destacó "
            'que "no quiero dejar de reconocer la civilidad".',
            "es",
            [("no quiero dejar de reconocer la civilidad", "Lorenzo Córdova Vianello")],
        ),
        (
            'Lorenzo Córdova Vianello habló. Un portavoz destacó que "no es posible".',
            "es",
            [],
        ),
        ('Anna Berg talade länge. En talesperson sade att "det är klart".', "sv", []),
        ('Anna Berg spoke at length. A spokesman said that "it is done".', "en", []),
    ],
)
def test_the_quotes_are(text, lang, expected):
    assert pairs(text, lang) == expected
