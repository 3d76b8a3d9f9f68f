"""English honorifics go before a surname: "Mr Howard" is not Howard Flight, whom the same
article calls "Mr Flight", and "Dr Fox" is a person though "Fox" alone is a broadcaster; a title
before a given name and such a surname ("co-chairman Liam Fox") names a person too. "Mr Kim",
where the article never calls Kim Yungmin "Mr Yungmin", is him (his family name first), and
"Ms" makes a woman. Swedish given names alone still stand for the full name the article
gave."""

import pytest

from indexer.quotes.honorifics import is_honorific
from tests.support.quotes import quote_pairs as pairs

_FLIGHT = "Sacked MP Howard Flight has quit. Mr Flight wants to stay. "


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _FLIGHT + "At a news conference, Mr Howard insisted he had played by the rules. "
            'The Tory leader said: "We do not say one thing in private."',
            "en",
            "Howard",
        ),
        (_FLIGHT + '"We are ready," said Mr Howard.', "en", "Howard"),
        # no honorific: the given name alone is the man the article named in full
        (_FLIGHT + '"We are ready," said Howard.', "en", "Howard Flight"),
        # the man named in full is never called by honorific and surname: "Mr Kim" is him,
        # his family name first
        (
            'LG chairman Kim Yungmin spoke. "We will pay," said Mr Kim.',
            "en",
            "Kim Yungmin",
        ),
        (
            'Sacked MP Howard Flight has quit. "We are ready," said Mr Howard.',
            "en",
            "Howard Flight",
        ),
        (
            "Tory co-chairman Liam Fox spoke on Monday. "
            '"The prime minister has broken his word," he said.',
            "en",
            "Liam Fox",
        ),
        (
            "Tory co-chairman Liam Fox spoke on Monday. Later, Dr Fox told reporters: "
            '"The prime minister has broken his word."',
            "en",
            "Liam Fox",
        ),
        ('On Monday, Dr Fox told reporters: "The prime minister broke his word."', "en", "Fox"),
        ("Jimmy Wales grundade sajten.\n– Vi är redo, sade Jimmy.", "sv", "Jimmy Wales"),
    ],
)
def test_the_statement_goes_to(text, lang, expected):
    assert pairs(text, lang)[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Fox told reporters: "The prime minister has broken his word."',  # the broadcaster
        'The channel Fox News said: "The prime minister has broken his word."',
    ],
)
def test_an_outlet_without_an_honorific_is_nobody(text):
    assert pairs(text, "en") == []


@pytest.mark.parametrize(
    "word, expected",
    [("Mr", True), ("Mrs.", True), ("Dr", True), ("Ms", True), ("Sir", False), ("Lord", False)],
)
def test_an_honorific_goes_before_a_surname(word, expected):
    assert is_honorific(word) is expected


def test_an_honorific_gives_the_gender():
    text = 'Rapper G Money praised the single Ms Jackson. "It was great," he adds.'
    assert pairs(text, "en") == []
