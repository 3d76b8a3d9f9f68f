"""A surname that is also a given name ("Williams", "Ferdinand") is the surname of the one
full name the article gives with it, though that name's own first word is no common given name
("open-side Martyn Williams", "Rio Ferdinand"): the speaker is the full name, not the bare word.
A given name alone with no such full name stays a given name ("said Sheila")."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            'Up front, open-side Martyn Williams is fit to start. "I feel fresh," Williams '
            "told BBC Sport Wales.",
            "en",
            "Martyn Williams",
        ),
        (
            'Rio Ferdinand has said he is unsure. "A lot of people want it," said Ferdinand.',
            "en",
            "Rio Ferdinand",
        ),
        ('His wife, Sheila, was there. "It was fine," said Sheila.', "en", "Sheila"),
        (
            'Rio Ferdinand är osäker. "Många vill ha klubben," sade Ferdinand.',
            "sv",
            "Rio Ferdinand",
        ),
    ],
)
def test_a_surname_that_is_a_given_name_speaks_as_the_full_name(text, lang, speaker):
    assert [who for _, who in pairs(text, lang)] == [speaker]
