"""German puts one part of a sentence before its verb: when that part is a prepositional
phrase ("In der Causa Fritz Grünbaum empfahl man …", "Im Schwarzmeerort Rize sagte er …"),
the subject of the verb of saying stands right after the verb, and a person named inside the
phrase is not who speaks."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text",
    [
        "In der Causa Fritz Grünbaum empfahl man keine Restitution: Die Zeichnung bleibt in der "
        "Albertina.",
        "Zum Fall Anna Berg erklärte man im Ministerium: Die Akten bleiben geschlossen.",
    ],
)
def test_a_name_in_a_prepositional_phrase_before_man_does_not_speak(text):
    assert pairs(text, "de") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Recep Tayyip Erdogan sprach von einer Abstimmung. Im Schwarzmeerort Rize sagte er "
            "vor Anhängern: Mein Volk will keine schuldigen Abgeordneten sehen.",
            [("Mein Volk will keine schuldigen Abgeordneten sehen", "Recep Tayyip Erdogan")],
        ),
        (
            "Die Ministerin Anna Berg besuchte Graz. Bei der Pressekonferenz mit Karl Huber "
            "sagte Berg: Wir werden das Projekt fördern.",
            [("Wir werden das Projekt fördern", "Anna Berg")],
        ),
    ],
)
def test_the_subject_right_after_the_verb_speaks_after_a_prepositional_phrase(text, expected):
    assert pairs(text, "de") == expected
