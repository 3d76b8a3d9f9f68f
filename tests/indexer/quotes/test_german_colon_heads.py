"""A German statement after a colon with no verb of saying before it belongs to someone only
when the words before the colon name a person (a name, a pronoun, a description, a one-word
label) or report someone's speech: "Das Grundprinzip ist simpel: …" and a play's "DER MANN
(nickt): …" are nobody's quotes, while "Nur so viel: Ich bleibe …" after Faymann's reported
speech is his."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Peter Behroozi erklärte die Studie am Montag. Das Grundprinzip ist simpel: Je weiter "
            "das Teleskop blickt, desto weiter schaut es zurück. Sichtungen in unserer "
            "Nachbarschaft zeigen die Entwicklung.",
            "de",
            [],
        ),
        (
            "Heinz Strache spielte. DER MANN (nickt): Eine Frechheit, ja. Deswegen habe ich das "
            "immer gesagt.",
            "de",
            [],
        ),
        (
            "Werner Faymann sprach am Montag. Man werde das im Jänner entscheiden, sagte Werner "
            "Faymann. Man werde sehen. Nur so viel: Ich bleibe bei meiner Aussage zu diesem "
            "Kandidaten.",
            "de",
            [("Ich bleibe bei meiner Aussage zu diesem Kandidaten", "Werner Faymann")],
        ),
        (
            "Peter Behroozi explained the study. The principle is simple: the further the "
            "telescope looks, the further back we see.",
            "en",
            [],
        ),
    ],
)
def test_a_colon_statement_needs_a_person_before_the_colon(text, lang, expected):
    assert pairs(text, lang) == expected
