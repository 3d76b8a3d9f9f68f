"""A statement that ends its own sentence inside the marks (``… for nine years..." Hailey
later recalled.``) is given by a short attribution right after the closing mark, comma or
not; a verb of saying that goes on with a clause of its own ("Smith said he would …") is the
next sentence's, not an attribution."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_LEAD = "Arthur Hailey flew fighter planes. He wanted to be a writer.\n\n"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _LEAD + '"I fell to daydreaming. I was a rusty wartime pilot... " Hailey later '
            "recalled. The CBC bought the play.",
            "en",
            [("I fell to daydreaming. I was a rusty wartime pilot...", "Arthur Hailey")],
        ),
        (
            _LEAD + '"I fell to daydreaming." Hailey told reporters. The CBC bought the play.',
            "en",
            [("I fell to daydreaming.", "Arthur Hailey")],
        ),
        (
            "Arthur Hailey flög stridsflygplan.\n\n"
            '"Jag började dagdrömma." Hailey berättade. CBC köpte pjäsen.',
            "sv",
            [("Jag började dagdrömma.", "Arthur Hailey")],
        ),
    ],
)
def test_the_quotes_are(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_verb_with_a_clause_of_its_own_is_the_next_sentence():
    text = (
        'Ann Lee spoke first. "We are ready." Tom Ray said the plan would cost more than '
        "anyone had thought."
    )
    assert pairs(text, "en") == [("We are ready.", "Ann Lee")]


def test_a_verb_that_leads_into_the_next_quote_is_the_next_sentence():
    text = (
        'Mayor Ken Livingstone met a reporter. Mr Finegold replies: "No, I am Jewish." The '
        'mayor then says: "Ah right."'
    )
    assert pairs(text, "en") == [("No, I am Jewish.", "Finegold"), ("Ah right.", "Ken Livingstone")]
