"""An English verb of saying in the passive ("was accused of", "has been blamed for", "was
asked if") has as its subject who is spoken to or of, never the speaker: the words in marks
after it are not that person's. In the active voice the subject speaks ("he blamed")."""

import pytest

from indexer.quotes.participles import passive
from tests.support.quotes import quote_pairs as pairs

_LEAD = "David Campese spoke on Monday. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (_LEAD + 'Andy Robinson was accused of "poor leadership" in the tournament.', []),
        (_LEAD + 'Andy Robinson has been blamed for "poor leadership" in the tournament.', []),
        (_LEAD + 'Andy Robinson was criticised for his "poor leadership".', []),
        (_LEAD + 'Andy Robinson has been praised as "the best coach" by fans.', []),
        (_LEAD + 'Andy Robinson was asked if he was "finished".', []),
        (
            _LEAD + 'But he blamed "a lack of talent in the England camp" for the defeat.',
            [("a lack of talent in the England camp", "David Campese")],
        ),
        (
            _LEAD + 'He accused Andy Robinson of "poor leadership".',
            [("poor leadership", "David Campese")],
        ),
    ],
)
def test_the_quotes_are(text, expected):
    assert pairs(text, "en") == expected


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Robinson has been widely blamed for it.", "blamed", True),
        ("They were told it would be raised.", "told", True),
        ("Robinson was not asked.", "asked", True),
        ("Robinson blamed the referee.", "blamed", False),
        ("He told them so.", "told", False),
        ("It is saying so.", "saying", False),  # no participle
    ],
)
def test_a_participle_after_a_form_of_be_is_passive(text, verb, expected):
    i = text.index(verb)
    assert passive(text, i, i + len(verb)) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tory frontbencher Andrew Tyrie demanded a statement about how measures had been "
            '"clearly leaked to the Evening Standard".',
            [("clearly leaked to the Evening Standard", "Andrew Tyrie")],
        ),
        ('The unions demanded "a fair deal" for their members.', []),
        (_LEAD + 'Andrew Tyrie was asked to give "a fair deal" to the unions.', []),
    ],
)
def test_a_demand_is_said(text, expected):
    assert pairs(text, "en") == expected
