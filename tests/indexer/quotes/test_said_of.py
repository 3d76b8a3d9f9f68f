"""A sentence whose subject stands before a clause of its own ("Another participant, who asked
not to be named, said Lyng was "unresponsive"") gives the quote to that subject, not to the
person named after the verb: that person is what the clause says something of. A name right
after the verb and before punctuation is still the speaker ("Said Anna Berg: "…"")."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text",
    [
        "Agriculture Secretary Richard Lyng met farm groups. Another participant in the "
        'meeting, who asked not to be identified, said Lyng was "unresponsive" to the request.',
        "The Bass group, which did not name the people it met, said it plans to keep "
        'evaluating Dudley Taft and "will be involved in further discussions."',
    ],
)
def test_the_person_a_reported_clause_speaks_of_is_no_speaker(text):
    assert pairs(text, "en") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('Prices fell. Asked about it, said Anna Berg: "We are ready."', "Anna Berg"),
        ('Prices fell. Later, said Anna Berg on Monday, "we are ready."', "Anna Berg"),
        ('Prices fell. Anna Berg, the minister, said Lyng was "unresponsive".', "Anna Berg"),
    ],
)
def test_a_name_right_after_the_verb_still_speaks(text, speaker):
    assert [who for _, who in pairs(text, "en")] == [speaker]
