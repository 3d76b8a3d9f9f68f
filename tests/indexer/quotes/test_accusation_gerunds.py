"""A verb of saying in "-ing" after "of" or "for" ("accused Mr Blair of telling lies") reports
nobody's speech: the person accused is an object, and a "he" in the next sentence is still the
one who accused."""

import pytest

from indexer.quotes.gerunds import gerund_after_of
from tests.support.quotes import quote_pairs as pairs

_LEAD = "Tory co-chairman Liam Fox led the attack. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            _LEAD + "Earlier, Dr Fox accused Mr Blair of telling lies. He told BBC Radio: "
            '"If you lie about war, you lie about anything."',
            "Liam Fox",
        ),
        (
            _LEAD + 'Dr Fox criticised Mr Blair for saying little. "He has broken his word," '
            "he said.",
            "Liam Fox",
        ),
        # a verb of saying of its own: Mr Blair speaks
        (
            _LEAD + 'Mr Blair said the claims were false. "It is nonsense," he said.',
            "Tony Blair",
        ),
    ],
)
def test_the_statement_goes_to(text, expected):
    if expected == "Tony Blair":
        text = "Prime Minister Tony Blair spoke. " + text
    assert pairs(text, "en")[-1][1] == expected


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Dr Fox accused Mr Blair of telling lies.", "telling", True),
        ("She praised him for saying so.", "saying", True),
        ("He went on telling them.", "telling", False),
        ("He ended by saying so.", "saying", False),
        ("Mr Blair said so.", "said", False),
    ],
)
def test_a_gerund_after_of_or_for_is_no_speech_event(text, verb, expected):
    i = text.index(verb)
    assert gerund_after_of(text, i, i + len(verb)) is expected
