"""A firm named in full once and then by the first word of its name ("Carson Pirie Scott and
Co" … "Carson said") is no speaker; a person whose surname is also a firm's first word, or
whom the article names with a given name, an initial or a title, stays a speaker."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text",
    [
        'Carson Pirie Scott and Co reported earnings.\n    Carson said it was "extremely '
        'optimistic about improved profit performance."',
        'Foster Wheeler Corp restated its results. "The discrepancy is small," Foster said.',
        'General Acquisition Co made an offer. "We want to talk," General Acquisition said.',
        'Sales rose at J.C. Penney Co Inc. Penney said "Sales were in line with expectations."',
    ],
)
def test_the_first_word_of_a_firms_name_is_no_speaker(text):
    assert pairs(text, "en") == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'J.C. Walter of Walter Oil and Gas Corp spoke. "Prices are dismal," Walter said.',
            "Walter",
        ),
        ('Anna Carson runs Carson Group plc. "We grow," Carson said.', "Anna Carson"),
        ('Carson Street is closed. "We are ready," said Carson.', "Carson"),
        ('Carson Pirie Scott and Co spoke. "We grow," said Mr Carson.', "Carson"),
    ],
)
def test_a_person_named_like_a_firm_stays_a_speaker(text, speaker):
    assert [who for _, who in pairs(text, "en")] == [speaker]
