"""The subject of a verb of saying stands in the verb's own clause: when that clause opens with
a subject that is no name ("the groups", "they"), the people an introductory phrase names
("Following meetings with Senator Patrick Leahy, …") did not say it."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_QUOTE = 'lawmakers should "resist efforts to overhaul the law."'


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Following meetings with Senator Patrick Leahy, the groups issued a statement "
            "saying " + _QUOTE,
            [],
        ),
        ("Following meetings with Senator Patrick Leahy, they said " + _QUOTE, []),
        # a name in the verb's own clause, or one the clause's apposition belongs to, speaks
        (
            "After meeting Senator Patrick Leahy, Ann Berg said " + _QUOTE,
            ["Ann Berg"],
        ),
        (
            "Senator Patrick Leahy, who chairs the committee, said " + _QUOTE,
            ["Patrick Leahy"],
        ),
        (
            "Senator Patrick Leahy, the committee's chairman, said " + _QUOTE,
            ["Patrick Leahy"],
        ),
    ],
)
def test_the_statement_goes_to(text, expected):
    assert [who for _, who in pairs(text, "en")] == expected


def test_a_description_in_the_own_clause_may_be_the_person_the_sentence_names():
    text = (
        "Bob Deans scored a try that was ruled out by referee John Dallas. Dallas said that "
        "Deans was tackled short, but the Kiwi said he was dragged back after grounding it - "
        'on his death-bed he exclaimed: "I did score that try in Cardiff."'
    )
    assert pairs(text, "en") == [("I did score that try in Cardiff.", "Bob Deans")]


def test_an_apposition_after_a_name_that_opens_its_sentence_is_no_clause():
    text = (
        "Fox will air the show. But James Mandelbaum, a Los Angeles-based entertainment "
        'attorney said, "If they have enough money, they have a good chance."'
    )
    assert pairs(text, "en") == [
        ("If they have enough money, they have a good chance.", "James Mandelbaum")
    ]
