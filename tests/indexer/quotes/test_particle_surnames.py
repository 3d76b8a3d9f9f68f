"""A surname that opens with a particle ("Van Dyke", "De Clercq"), written again without the
given name, is the person the article named in full; a capitalised particle goes on a name as a
lower-case one does ("Willy De Clercq"). A run that opens with no particle, or that ends no
longer name, is not made a person this way."""

import pytest

from indexer.quotes.runs import capital_runs
from indexer.quotes.tails import tail_owner
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Growth will slow, according to Daniel Van Dyke, the economist.\n\n"
            '"Consumer spending will drop this year," Van Dyke said.',
            "en",
            [("Consumer spending will drop this year", "Daniel Van Dyke")],
        ),
        (
            "The talks were opened by commissioner Willy De Clercq.\n\n"
            '"There is a certain need for action," De Clercq told journalists.',
            "en",
            [("There is a certain need for action", "Willy De Clercq")],
        ),
        (
            "Die Gespräche eröffnete Kommissar Willy De Clercq.\n\n"
            '"Es besteht Handlungsbedarf", sagte De Clercq.',
            "de",
            [("Es besteht Handlungsbedarf", "Willy De Clercq")],
        ),
    ],
)
def test_a_particle_surname_is_the_person_named_in_full(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "words, named, expected",
    [
        (["Van", "Dyke"], {"Daniel Van Dyke"}, "Daniel Van Dyke"),
        (["De", "Clercq"], {"Willy De Clercq", "Clayton Yeutter"}, "Willy De Clercq"),
        (["Van", "Dyke"], {"Daniel Van Dyke", "Emma Van Dyke"}, None),  # two owners: neither
        (["Van", "Dyke"], {"Anna Berg"}, None),  # no longer name ends in it
        (["López", "Obrador"], {"Andrés Manuel López Obrador"}, None),  # no particle
        (["Grand", "Rapids"], {"Daniel Van Dyke"}, None),
        (["Dyke"], {"Daniel Van Dyke"}, None),  # one word: the bare-surname rules' business
    ],
)
def test_only_a_particle_tail_of_one_full_name_is_taken(words, named, expected):
    assert tail_owner(words, named) == expected


def test_a_particle_run_with_no_full_name_stays_unknown():
    assert pairs('"Sales were soft," Van Dyke said.', "en") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Party leader Ciriaco De Mita told reporters.", [["Party"], ["Ciriaco", "De", "Mita"]]),
        ("said Rene Van Der Linden.", [["Rene", "Van", "Der", "Linden"]]),
        ("Ronnie De Mel said.", [["Ronnie", "De", "Mel"]]),
        # a capitalised particle opens no run, and one left at a run's end is trimmed later
        ("En Madrid. De acuerdo con Ana.", [["Madrid"], ["Ana"]]),
        ("Willy De", [["Willy"]]),  # the text ends: no name goes on
    ],
)
def test_a_capitalised_particle_goes_on_a_name(text, expected):
    assert [[w for *_, w, _ in run] for run in capital_runs(text)] == expected
