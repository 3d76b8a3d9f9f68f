"""A sentence that opens with a subject pronoun has its subject: a person it names after the
pronoun is not who a later "he" means ("He portrayed Bernie Ebbers as …"); a sentence that
opens otherwise still makes the person it names first salient."""

import pytest

from indexer.quotes.pronoun_subjects import pronoun_opens
from tests.support.quotes import quote_pairs as pairs

_LEAD = 'Scott Sullivan said the firm hid costs. "We did not disclose these adjustments," he said. '


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _LEAD + 'He portrayed Bernie Ebbers as obsessed with costs. "He would talk about '
            'coffee filters," he said.',
            "en",
            "Scott Sullivan",
        ),
        (
            _LEAD + 'They could picture Bernie Ebbers in the dock. "He would talk about '
            'coffee filters," he said.',
            "en",
            "Scott Sullivan",
        ),
        (
            'Hans Müller sprach am Montag. Er traf Peter Weber in Wien. "Wir sind uns einig", '
            "sagte er.",
            "de",
            "Hans Müller",
        ),
        # the sentence opens with no pronoun: the person it names first takes the floor
        (
            _LEAD + 'Later Bernie Ebbers took the stand. "I knew nothing about coffee filters," '
            "he said.",
            "en",
            "Bernie Ebbers",
        ),
        (
            _LEAD + 'Bernie Ebbers took the stand later. "I knew nothing about coffee filters," '
            "he said.",
            "en",
            "Bernie Ebbers",
        ),
    ],
)
def test_the_last_statement_goes_to(text, lang, expected):
    assert pairs(text, lang)[-1][1] == expected


@pytest.mark.parametrize(
    "text, pos, expected",
    [
        ("Bo left. He met Ann Lee.", 16, True),
        ("Bo left. They could, however, picture Ann Lee.", 38, True),
        ('Bo left. "She saw Ann Lee."', 18, True),  # a quote mark before the pronoun
        ("Bo left. Han Lee spoke.", 9, False),  # the name itself opens the sentence
        ("Bo left. Then Ann Lee spoke.", 14, False),
        ("Bo left. Hence Ann Lee spoke.", 15, False),  # a word that only begins like "he"
    ],
)
def test_pronoun_opens(text, pos, expected):
    assert pronoun_opens(text, 9, pos) is expected
