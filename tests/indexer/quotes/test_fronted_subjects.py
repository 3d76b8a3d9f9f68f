"""A German verb of saying with its subject before it, set off by commas ("Der Augenzeuge X,
der …, sagte, das Unglück …") inserts itself into no statement: the subject and its apposition
or relative clause are no quote, while "…, sagte Karas." after a statement still attributes it."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Ein Sprecher, Ahmed al-Mansuri, sagte, der Kran sei umgekippt. "
            "Der Augenzeuge Abdel Asis Nakur, der den Umsturz des Krans beobachtete, sagte, das "
            "Unglück hätte schlimmer ausgehen können.",
            "de",
            [],
        ),
        (
            "Kommissarin Margrethe Vestager relativierte ihre Aussagen. "
            "Der ÖVP-Delegationsleiter im EU-Parlament, Othmar Karas, erklärte am Mittwoch in "
            "Brüssel, legal gebe es eine weiße Weste.",
            "de",
            [],
        ),
        (
            "Es gibt eine weiße Weste für alle Staaten, erklärte Othmar Karas am Mittwoch.",
            "de",
            [("Es gibt eine weiße Weste für alle Staaten", "Othmar Karas")],
        ),
        (
            "The eyewitness Abdel Asis Nakur, who saw the crane fall, said the accident could "
            "have been worse.",
            "en",
            [],
        ),
    ],
)
def test_a_subject_set_off_by_commas_before_its_verb_of_saying_is_no_quote(text, lang, expected):
    assert pairs(text, lang) == expected
