"""An unattributed statement after a sentence that opens with another person named is that
person's, not the previous speaker's: the sentence hands the floor over, though a stop inside
the closing mark ends the sentence before it ('…on the pitch." Ruddock, though, is keen …').
English reads a sentence of up to twelve words after the name so; other languages four."""

import pytest

from indexer.quotes.names import Mention
from indexer.quotes.opening_subjects import opens_with_another
from tests.support.quotes import quote_pairs as pairs

_FORSTER = (
    'Coach Mike Ruddock rested his stars. "I am sure the guys would want to play," captain '
    'Jason Forster told BBC Wales Sport. "It would also help." '
)


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            _FORSTER + "Ruddock, though, is keen to protect his players from injury and fatigue. "
            '"At this stage, there is nothing more they can do."',
            "en",
            "Mike Ruddock",
        ),
        (
            _FORSTER + 'Ruddock disagrees. "At this stage, there is nothing more they can do."',
            "en",
            "Mike Ruddock",
        ),
        (
            _FORSTER + 'Forster is keen to play his part. "At this stage, we just want games."',
            "en",
            "Jason Forster",
        ),
        (
            'Tränaren Mike Ruddock vilade sina stjärnor. "Killarna vill spela," sade kaptenen '
            'Jason Forster. "Det hjälper också." Ruddock håller inte med. "Nu finns inget mer '
            'de kan göra."',
            "sv",
            "Mike Ruddock",
        ),
    ],
)
def test_a_sentence_opening_with_another_person_hands_the_next_statement_over(text, lang, speaker):
    assert pairs(text, lang)[-1][1] == speaker


@pytest.mark.parametrize(
    "speaker, expected",
    [("Ann Lee", True), ("Bo Ek", False), ("Ek", False)],
)
def test_a_sentence_hands_over_only_when_it_opens_with_someone_else(speaker, expected):
    text = '"Fine," said Ann Lee. Bo Ek is keen. "Go."'
    mentions = [Mention(13, 20, "Ann Lee", False), Mention(22, 27, "Bo Ek", False)]
    found = opens_with_another(text, text.index(","), text.rindex('"Go'), mentions, speaker)
    assert found is expected
