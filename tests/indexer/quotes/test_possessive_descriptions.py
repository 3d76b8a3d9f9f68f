"""A description introduced with a possessive in one sentence ("Mike Tindall's agent has
warned Bath …") stands for the person the next sentence opens with ("Dipo Alli says …"): "the
agent added" later is that person. Left unnamed (no new person opens the next sentence), or a
source ("Mr Blair's spokesman"), it stays a person the article does not name."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_QUOTE = ' "Mike has been at Bath for eight years," the agent added.'


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mike Tindall's agent has warned Bath to improve their offer.\n\n"
            "Dipo Alli says he has received a better offer. But Alli insists the player is "
            "worth more." + _QUOTE,
            ["Dipo Alli"],
        ),
        # nobody new opens the next sentence: the agent is never named
        (
            "Mike Tindall's agent has warned Bath to improve their offer.\n\n"
            "Tindall is out of contract at the end of the season." + _QUOTE,
            [],
        ),
    ],
)
def test_the_statement_goes_to(text, expected):
    assert [who for _, who in pairs(text, "en")] == expected


def test_a_possessive_source_stays_unnamed():
    text = (
        "Mr Blair's spokesman has warned the unions.\n\nTony Blair says he will not move. "
        '"We will not budge," the spokesman added.'
    )
    assert pairs(text, "en") == []
