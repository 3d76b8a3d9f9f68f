"""An unattributed statement continues the last speaker, unless a sentence of narration
between them opens with someone else, who has taken the floor: then it is nobody's (rather
than the wrong person's). A person named inside a sentence, in the possessive, or in a clause
the speaker reports takes no floor, and the last speaker named again has it back."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            '"What a great way to finish the year," said Rafael Nadal afterwards. US coach '
            "Patrick McEnroe wants his team to play more tennis on clay. "
            '"I think it will help these guys even on slow hard courts."',
            "Rafael Nadal",
        ),
        (
            '"It will hurt confidence," David Li said. Legislator Hui Yin-fat echoed this view. '
            '"What will they do if the market falls again?"',
            "David Li",
        ),
    ],
)
def test_a_newcomer_opening_a_sentence_takes_the_statement_from_the_last_speaker(text, wrong):
    said = pairs(text, "en")
    assert said[0][1] == wrong
    assert all(who != wrong for _, who in said[1:])


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"We are happy with a point," said Steve Finnan. Manager Brian Kerr praised '
            "Finnan on the right flank. Finnan's position is right-back. "
            '"As I play on the right for my club, it suited me."',
            "Steve Finnan",
        ),
        (
            '"I was there for a fortnight," said Jamie Costin. He trained with triple Olympic '
            'champion Robert Korzeniowski in Spala. "There is a small room cooled by nitrogen."',
            "Jamie Costin",
        ),
        (
            '"It is a good deal," said Robert E. Linton, chairman of Drexel. '
            '"But the firm is in good shape."',
            "Robert E. Linton",
        ),
    ],
)
def test_the_last_speaker_keeps_the_floor_when_nobody_new_opens_a_sentence(text, speaker):
    assert [who for _, who in pairs(text, "en")] == [speaker, speaker]
