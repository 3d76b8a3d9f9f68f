"""A clause of its own whose subject is something a possessor owns ("and United's statement to
the stock exchange said: "…"") says the quote, not the person the sentence opened with: the
statement is nobody's in particular. A person after the possessive ("Oxfam's Barbara Stocking
said") still speaks; Swedish reads no such clause subject."""

import pytest

from indexer.quotes.clause_names import opens_with_possessor
from indexer.quotes.subjects import WORD
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Malcolm Glazer made a bid. Glazer owns a stake in the club, and United's statement "
            'to the stock exchange said: "The board has noted the speculation."',
            "en",
            [],
        ),
        (
            "Malcolm Glazer made a bid. Glazer owns a stake in the club, and Oxfam's Barbara "
            'Stocking said: "It is bad."',
            "en",
            [("It is bad.", "Barbara Stocking")],
        ),
    ],
)
def test_a_possessed_thing_that_says_a_quote_gives_it_to_no_person(text, lang, expected):
    assert pairs(text, lang) == expected


def test_swedish_keeps_the_sentences_opening_person_for_a_possessed_subject():
    text = (
        "Malcolm Glazer lade ett bud. Glazer äger en andel i klubben, och Uniteds uttalande "
        'till börsen sade: "Styrelsen har noterat spekulationerna."'
    )
    assert pairs(text, "sv") == [("Styrelsen har noterat spekulationerna.", "Malcolm Glazer")]


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("United's statement to the exchange", True),
        ("Oxfam's Barbara Stocking", False),
        ("the statement", False),
        ("United's", False),
    ],
)
def test_aopens_with_possessor_opens_a_subject_before_a_lower_case_noun(clause, expected):
    assert opens_with_possessor(list(WORD.finditer(clause))) is expected
