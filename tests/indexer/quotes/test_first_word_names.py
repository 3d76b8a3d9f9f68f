"""The first word of a full name the article gives, alone before a verb of saying, is that
person, though no list knows it as a given name: a stage name ("Ozzy said", after "Ozzy
Osbourne"), a family name written first ("Lho said", after "Lho Shin-yong"), a name used alone
("Dharyono said", after "Dharyono Kertosastro"). The rule reads names, not a language: Swedish
reads it the same way. A word no full name opens stays no one."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Prime Minister Lho Shin-yong wrote to his counterpart. Lho said the talks could "
            'begin once "the minimum conditions for mutual trust have been created".',
            "en",
            [("the minimum conditions for mutual trust have been created", "Lho Shin-yong")],
        ),
        (
            'Rock star Ozzy Osbourne was praised by police. "I acted on impulse," Osbourne '
            'said. Ozzy said he was "just coming to grips" with what had happened.',
            "en",
            [
                ("I acted on impulse", "Ozzy Osbourne"),
                ("just coming to grips", "Ozzy Osbourne"),
            ],
        ),
        (
            "Association chairman Dharyono Kertosastro spoke to Reuters. Dharyono said: "
            '"I expect exports will be a bit more this year."',
            "en",
            [("I expect exports will be a bit more this year.", "Dharyono Kertosastro")],
        ),
        (
            "Statsminister Lho Shin-yong skrev till sin kollega. Lho sade att samtalen kan "
            'börja när "villkoren för ömsesidigt förtroende har skapats".',
            "sv",
            [("villkoren för ömsesidigt förtroende har skapats", "Lho Shin-yong")],
        ),
    ],
)
def test_the_first_word_of_a_full_name_before_a_verb_of_saying_is_that_person(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_word_no_full_name_opens_is_no_one():
    text = (
        "Skype Out costs a few pence a minute. Skype allows people to make free calls. "
        '"It is cheap," said analyst John Smith.'
    )
    assert pairs(text, "en") == [("It is cheap", "John Smith")]
