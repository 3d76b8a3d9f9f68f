"""A description names the office the article gave a person only when its words fit that
office: "the Foreign Secretary" is neither "Shadow foreign secretary Michael Ancram" nor "Home
Secretary Charles Clarke", and a former minister is not "the minister"."""

import pytest

from indexer.quotes.offices import same_office
from tests.support.quotes import quote_pairs as pairs

_ANCRAM = 'Shadow foreign secretary Michael Ancram said: "We fought a good campaign." '


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Foreign Secretary Jack Straw spoke. " + _ANCRAM + "The Foreign Secretary told the "
            'BBC: "I was making an observation."',
            "Jack Straw",
        ),
        (
            _ANCRAM + 'In a speech Foreign Secretary Jack Straw said: "He is clever." The '
            'Foreign Secretary told the BBC: "I was making an observation."',
            "Jack Straw",
        ),
        (
            'Home Secretary Charles Clarke spoke. The Home Secretary said: "We want more '
            'migration."',
            "Charles Clarke",
        ),
        (
            "Shadow home secretary David Davis spoke. The shadow home secretary said: "
            '"We want fewer migrants."',
            "David Davis",
        ),
    ],
)
def test_the_statement_goes_to(text, expected):
    assert pairs(text, "en")[-1][1] == expected


@pytest.mark.parametrize(
    "title, description, expected",
    [
        ("Shadow foreign secretary", ["The", "Foreign", "Secretary"], False),
        ("Home Secretary", ["the", "Foreign", "Secretary"], False),
        ("Foreign Secretary", ["the", "Foreign", "Secretary"], True),
        ("Former minister", ["the", "minister"], False),
        ("Former minister", ["the", "former", "minister"], True),
        ("Lions coach", ["the", "coach"], True),
        ("coach", ["the", "veteran", "coach"], True),  # a word of praise, in lower case
    ],
)
def test_a_description_fits_the_title_before_the_name(title, description, expected):
    text = f"{title} Ann Lee spoke."
    assert same_office(text, text.index("Ann"), description) is expected


def test_an_organisation_before_a_role_in_lower_case_is_no_other_office():
    text = (
        "Royal Trust is growing, president Michael Cornelissen said. Its offices are in Tokyo "
        'and Hong Kong. The Royal Trust president said it would "shun direct competition".'
    )
    assert pairs(text, "en") == [("shun direct competition", "Michael Cornelissen")]
