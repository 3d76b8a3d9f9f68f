"""A surname right before a verb of saying ("Alli told", "Pérez dijo") is the person the article
named in full with that surname, though their given name is an uncommon one ("Dipo Alli")."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Dipo Alli has received an offer. "Mike does not want to go," Alli told the '
            "Guardian newspaper.",
            "en",
            [("Mike does not want to go", "Dipo Alli")],
        ),
        (
            'Dipo Alli recibió una oferta. "Mike no quiere irse", Alli dijo a la prensa.',
            "es",
            [("Mike no quiere irse", "Dipo Alli")],
        ),
        (
            'Dipo Alli har fått ett bud. "Mike vill inte gå", Alli sade till tidningen.',
            "sv",
            [("Mike vill inte gå", "Dipo Alli")],
        ),
    ],
)
def test_a_surname_before_a_verb_of_saying_is_the_person_named_in_full(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_firm_before_a_verb_of_saying_stays_a_firm():
    text = 'Shares of Goldman Sachs fell. "Results were weak," Sachs said in a statement.'
    assert pairs(text, "en") == []
