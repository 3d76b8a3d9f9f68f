"""A surname the article gives after a title ("President Trump signed it") is that person again
where it stands alone beside a verb of saying ("said Trump", "Trump dijo"), though the article
never gives the full name."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Yesterday President Trump signed the order. "Security is at risk," said Trump.',
            "en",
            [("Security is at risk", "Trump")],
        ),
        (
            "El presidente Trump firmó el memorándum. En el memorándum, Trump dijo que "
            '"la seguridad está en peligro".',
            "es",
            [("la seguridad está en peligro", "Trump")],
        ),
        (
            'Igår skrev president Trump under ordern. "Säkerheten är hotad", sade Trump.',
            "sv",
            [("Säkerheten är hotad", "Trump")],
        ),
    ],
)
def test_a_titled_surname_speaks_again_alone(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_titled_surname_used_as_a_place_speaks_for_no_one():
    text = 'Mayor Lincoln opened the bridge. "The town needs it," residents of Lincoln said.'
    assert pairs(text, "en") == []
