"""Words in marks inside what a document, an organisation or a group is reported to have said
are theirs, though a person's attribution closes the sentence: "Government guidance said
e-mails should only be deleted if they served "no current purpose", Mr Thomas said." gives no
person the words; a sentence with no such inner report is the person's."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_LEAD = "Information commissioner Richard Thomas spoke on Monday. "


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            _LEAD + "Government guidance said e-mails should only be deleted if they served "
            '"no current purpose", Mr Thomas said.',
            [],
        ),
        (
            _LEAD + 'Consumers said "objective criteria" like average exports should decide '
            "quotas, Mr Thomas said.",
            [],
        ),
        (
            _LEAD + 'E-mails should only be deleted if they served "no current purpose", Mr '
            "Thomas said.",
            [("no current purpose", "Richard Thomas")],
        ),
        (
            _LEAD + 'He said he "totally condemned" the deletion of e-mails.',
            [("totally condemned", "Richard Thomas")],
        ),
    ],
)
def test_the_quotes_are(text, expected):
    assert pairs(text, "en") == expected
