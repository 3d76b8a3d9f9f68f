"""A description after the statement that brings someone in for the first time, with "of",
"for" or "at" after its noun and nobody named in its sentence ("…," said the regional manager
for one of the major oil companies), is an anonymous source: neither it nor the "he added"
after it is the person last named. A short description ("said the coach") still points back
to the person the story is about."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text",
    [
        '"OPEC has a production problem," said Paul Mlotok, oil analyst with Salomon. "OPEC '
        'has to learn," said the regional manager for one of the major oil companies who '
        'spoke on condition that he not be named. "The market is teaching them," he added.',
        '"Prices will rise," said Daniel McKinley, an analyst. "This is the ultimate '
        'struggle," the general trading manager of an international oil company said.',
    ],
)
def test_a_new_unnamed_source_takes_no_named_speaker(text):
    said = pairs(text, "en")
    assert [who for _, who in said][:1] in (["Paul Mlotok"], ["Daniel McKinley"])
    assert len(said) == 1


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            'Warren Gatland praised the side. "We played well," said the coach.',
            "Warren Gatland",
        ),
        (
            'Anna Berg, head of the agency, spoke. "We are ready," said the head of the agency.',
            "Anna Berg",
        ),
    ],
)
def test_a_description_that_points_back_keeps_its_person(text, speaker):
    assert [who for _, who in pairs(text, "en")] == [speaker]
