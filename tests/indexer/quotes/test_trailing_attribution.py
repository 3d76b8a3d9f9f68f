"""A pronoun that gives the sentence before it to a speaker ("Mary Cole would lead the
campaign, she said.") is not the person that sentence names: "she" is looked for before it."""

import pytest

from indexer.quotes.trailing import reported_clause
from indexer.quotes.verbs import say_words
from tests.support.quotes import quote_pairs as pairs

_LEAD = 'Ann Lee, the party chairwoman, spoke on Monday. "We will win," she said. '


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _LEAD + 'Mary Cole would lead the campaign, she said. "She is the best we have," '
            "she added.",
            "en",
            [("We will win", "Ann Lee"), ("She is the best we have", "Ann Lee")],
        ),
        (
            _LEAD + 'Mary Cole would lead the campaign, she told reporters. "She is the best '
            'we have," she added.',
            "en",
            [("We will win", "Ann Lee"), ("She is the best we have", "Ann Lee")],
        ),
    ],
)
def test_the_pronoun_is_not_the_person_its_clause_names(text, lang, expected):
    assert pairs(text, lang) == expected


_SAY = say_words("en")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ann Lee spoke. Tom Ray will lead, she said.", "Tom Ray will lead"),
        ("Ann Lee spoke. Tom Ray will lead, she told reporters.", "Tom Ray will lead"),
        ("Tom Ray will lead, he added", "Tom Ray will lead"),  # the text ends there
        # not a reported clause: a quote, a sentence going on, no comma, no verb of saying
        ('"Tom Ray will lead," she said.', None),
        ("Speaking after talks with Tom Ray, she said the plan stood.", None),
        ("Tom Ray will lead, she said, adding more.", None),
        ("Tom Ray will lead and she said so.", None),
        ("Tom Ray arrived late, she left.", None),
    ],
)
def test_only_a_trailing_attribution_reports_a_clause(text, expected):
    pronoun = max(text.rfind(" she "), text.rfind(" he ")) + 1
    start = reported_clause(text, pronoun, _SAY)
    assert (None if start is None else text[start:].split(",")[0]) == (
        None if expected is None else expected.split(",")[0]
    )
