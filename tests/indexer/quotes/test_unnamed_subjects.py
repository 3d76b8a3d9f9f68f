"""An English subject that names no one, though a name stands in it, gives its quote to no
person: a role a named person owns ("President Castro's chief aide said"), an indefinite source
with a complement and an apposition ("A spokesman for Unison, Britain's biggest union, said"),
and the quote or pronoun after a sentence such a source opens, whatever its verb ("A Labour
spokesman denied …"). A name in the apposition still speaks, and a definite role after "But"
is the person the article gave it. Other languages read no such English noun phrase."""

import pytest

from indexer.people import PeopleRegistry
from indexer.quotes.coreference import Context
from indexer.quotes.participles import in_name
from indexer.quotes.subjects import subject_of
from indexer.quotes.unnamed_subjects import (
    framed_by_unnamed,
    reported_subject,
    unnamed_openings,
    unnamed_phrase,
)
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Fidel Castro announced a tax on Monday. In a live broadcast, President Castro's "
            "chief aide said it was needed because of the United States' increasing "
            '"economic aggression". "The tax applies only to the dollar," he said.',
            [],
        ),
        (
            "Tony Blair backed Mr Brown. Tony Blair's spokesman said: \"The prime minister has "
            'full confidence in him."',
            [],
        ),
        (
            'John Prescott met the unions on Saturday. "We had a good meeting," Mr Prescott '
            "said.\n\nA spokesman for Unison, Britain's biggest union, said after the meeting: "
            '"At least we are still talking."',
            [("We had a good meeting", "John Prescott")],
        ),
        (
            'Andrew Mennear defended the poster. "This poster is making a serious point," he '
            'said. A Labour spokesman denied the campaign was offensive. "It is about the sums '
            'the Tories cannot add up."',
            [("This poster is making a serious point", "Andrew Mennear")],
        ),
    ],
)
def test_a_subject_that_names_no_one_gives_its_quote_to_no_person(text, expected):
    assert pairs(text, "en") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Tony Blair spoke first. "We are ready," Mr Blair said. A former aide, John Smith, '
            'said: "It is over."',
            [("We are ready", "Tony Blair"), ("It is over.", "John Smith")],
        ),
        (
            'Ann Lee, a lawyer based in Leeds, said the ruling was wrong. "It cannot stand," she '
            "said.",
            [("It cannot stand", "Ann Lee")],
        ),
        (
            "Lib Dem spokesman Vince Cable attacked the taxes. Mr Brown set aside 1bn for "
            "councils. But the Lib Dem spokesman questioned where the money came from. He urged "
            'the government to scrap the "grossly unfair" tax.',
            [("grossly unfair", "Vince Cable")],
        ),
    ],
)
def test_a_named_or_described_person_in_the_subject_still_speaks(text, expected):
    assert pairs(text, "en") == expected


@pytest.mark.parametrize(
    "phrase, names, expected",
    [
        ("President Castro's chief aide", ["Castro"], True),
        ("Tony Blair's spokesman", ["Tony Blair"], True),
        ("A Labour spokesman", [], True),
        ("A spokesman for Unison, Britain's biggest union,", [], True),
        ("A spokesman for Mr Prescott", ["Prescott"], True),
        ("A former aide, John Smith,", ["John Smith"], False),
        ("Microsoft's chief executive", [], False),
        ("Oxfam's Barbara Stocking", ["Barbara Stocking"], False),
        ("The singer", [], False),
        ("A new poll", [], False),
    ],
)
def test_unnamed_phrase_is_an_article_or_a_persons_possessive_and_a_person_noun(
    phrase, names, expected
):
    assert unnamed_phrase(phrase, names) is expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Tony Blairs talesman sade att premiärministern har förtroende för honom.", "sv"),
        ("Ein Sprecher der Regierung, der größten Behörde, sagte, alles sei gut.", "de"),
        ("Un portavoz del sindicato, el mayor del país, dijo que todo va bien.", "es"),
    ],
)
def test_other_languages_read_no_unnamed_english_subject(text, lang):
    ctx = Context(text, PeopleRegistry.empty(), [], lang)
    verb = ctx.verbs(0, len(text))[0]
    assert unnamed_openings(ctx, [len(text) - 1]) == []
    assert not framed_by_unnamed(ctx, 0, len(text), len(text))
    assert reported_subject(ctx, verb.start(), verb.end(), 0) == subject_of(
        ctx, verb.start(), verb.end(), 0
    )


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("It blamed the United States for the cut.", "States", True),
        ("States often say so.", "States", False),
        ('"Yes," Anna SAID.', "SAID", False),
        ("Anna Berg states her case.", "states", False),
    ],
)
def test_a_capitalised_word_inside_a_sentence_is_a_name_not_a_verb(text, word, expected):
    assert in_name(text, text.index(word)) is expected
