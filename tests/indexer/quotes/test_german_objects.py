"""German text without marks: a noun and its "dass" clause before a verb of saying are what the
speaker denies or confirms, no statement of theirs; the statement follows the colon after the
attribution. "Verdeutlichen", "dementieren" and "widersprechen" are verbs of saying."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Aleksandar Dragovic plant den Abschied. Ich gehe dorthin, wo es am besten ist. "
            "Gerüchte, dass die Bayern an ihm interessiert sind, dementiert Dragovic: Die Medien "
            "übertreiben oft.",
            [("Die Medien übertreiben oft", "Aleksandar Dragovic")],
        ),
        (
            "Anna Berg leitet die Firma. Berichte, wonach die Firma verkauft wird, dementierte "
            "Berg: Wir bleiben unabhängig.",
            [("Wir bleiben unabhängig", "Anna Berg")],
        ),
    ],
)
def test_a_noun_and_its_dass_clause_before_the_verb_is_no_statement(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Das bedeutet, dass man Doping akzeptiert, sagte Arsene Wenger.",
            [("Das bedeutet, dass man Doping akzeptiert", "Arsene Wenger")],
        ),
        (
            "Würden alle Abfälle in Lkws geladen, ergibt das eine Kolonne bis Bregenz, "
            "verdeutlichte Expertin Ulla Rasmussen.",
            [
                (
                    "Würden alle Abfälle in Lkws geladen, ergibt das eine Kolonne bis Bregenz",
                    "Ulla Rasmussen",
                )
            ],
        ),
    ],
)
def test_a_statement_that_opens_with_a_pronoun_or_a_condition_stays_one(text, expected):
    assert pairs(text, "de") == expected
