"""An English sentence that ends in ", Mr Milburn told the BBC." is his, and so is a quote
inside it, though words stand between the quote and the attribution; a participle of a verb of
saying after an article ("the reported average") is an adjective that gives nobody the
sentence."""

import pytest

from indexer.quotes.participles import attributive
from tests.support.quotes import quote_pairs as pairs

_LEAD = "Party election supremo Alan Milburn spoke on Monday. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            _LEAD + 'Since 1997, the reported average income had "risen by 20% in real terms" '
            "if you took out the self-employed, Mr Milburn told BBC Radio 4's Today programme.",
            [("risen by 20% in real terms", "Alan Milburn")],
        ),
        (
            _LEAD + 'Income had "risen by 20%" if you took out the self-employed, he said.',
            [("risen by 20%", "Alan Milburn")],
        ),
        # no comma before the name: the name goes on with the sentence, it attributes nothing
        (_LEAD + 'The "open door" policy stays and Milburn repeated it.', []),
        # a group closes the sentence: nobody named said it
        (_LEAD + 'Income had "risen by 20%" since 1997, analysts said.', []),
        (_LEAD + 'Firms would "buy" the stock back, the regulator said.', []),
        # the quote ended its own sentence: the attribution of the next one is not its
        (
            _LEAD + 'Tony Blair is trying to "fire a shot across the bow." But voters were '
            "rattled by the news, he said.",
            [],
        ),
        # the verb goes on with a clause of its own: a new statement, not an attribution
        (
            _LEAD + 'The fine was "a scandal" to some, however, Tony Blair insists the fine is '
            "fair.",
            [],
        ),
    ],
)
def test_the_quotes_are(text, expected):
    assert pairs(text, "en") == expected


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("the reported average income", "reported", True),
        ("its stated aim is growth", "stated", True),
        ("The paper reported the news.", "reported", False),
        ("He has stated the aim.", "stated", False),
        ("the announced.", "announced", False),  # nothing follows: no adjective
    ],
)
def test_a_participle_after_an_article_is_an_adjective(text, verb, expected):
    i = text.index(verb)
    assert attributive(text, i, i + len(verb)) is expected
