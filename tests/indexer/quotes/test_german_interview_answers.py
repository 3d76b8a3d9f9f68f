"""German interviews without marks: an answer opens with the interviewee's label, a surname
the article gives in full, and is that person's speech whether or not it says "ich"; where the
outlet labels its questions ("STANDARD:"), the answer runs to the next label. A label no
person of the article carries ("Kurios:", "Ried:") is no one's."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die Forscherin Karin Heitzmann kennt die Zahlen. STANDARD: Wer ist arm? "
            "Heitzmann: Es sind nicht immer dieselben Menschen. Oft sind es Familien.",
            [("Es sind nicht immer dieselben Menschen. Oft sind es Familien", "Karin Heitzmann")],
        ),
        (
            "Der Helfer Mike Vogl erzählt. STANDARD: Gibt es schöne Momente? Vogl: Ja. Jedes "
            "Mal, wenn Familien die Grenze übertreten. STANDARD: Und sonst?",
            [("Ja. Jedes Mal, wenn Familien die Grenze übertreten", "Mike Vogl")],
        ),
        (
            "Minister Reinhold Mitterlehner sprach mit der Zeitung. Ob damit eine Privatisierung "
            "ausgeschlossen sei? Mitterlehner: Das Unternehmen soll im Land bleiben.",
            [("Das Unternehmen soll im Land bleiben", "Reinhold Mitterlehner")],
        ),
    ],
)
def test_a_labelled_answer_is_the_interviewees_speech(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Der Verein hat wenig Geld. Kurios: Einige Spieler sitzen auch im Vorstand.",
        "Trainer Paul Gludovatz stellt auf. Ried: Gebauer, Streker und Reifeltshammer spielen.",
    ],
)
def test_a_label_no_person_carries_opens_no_answer(text):
    assert pairs(text, "de") == []
