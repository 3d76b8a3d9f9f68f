"""German text without marks: a statement of several sentences, framed by its speaker's verb
of saying before it and the attribution after it, starts at its first sentence; a sentence in
the past tense or the subjunctive, or one naming someone, is the narrator's and stays out. Two
pieces of one speaker with only a sentence stop between them are one statement, unless a colon
introduced the first."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "In seiner Ansprache warnte Papst Franziskus vor der Konsumkultur. Es gibt viel "
            "Spaß, aber eine tiefe Leere. Viel Freiheit, aber wenig Autonomie. Immer mehr "
            "Menschen fühlen sich einsam, sagte der Papst.",
            [
                (
                    "Es gibt viel Spaß, aber eine tiefe Leere. Viel Freiheit, aber wenig "
                    "Autonomie. Immer mehr Menschen fühlen sich einsam",
                    "Franziskus",
                )
            ],
        ),
        (
            "Trainer Peter Stöger lobte die Moral seiner Mannschaft. Diese Truppe gibt nie auf. "
            "Ich hatte den Eindruck, dass wir frischer waren, meinte Stöger.",
            [
                (
                    "Diese Truppe gibt nie auf. Ich hatte den Eindruck, dass wir frischer waren",
                    "Peter Stöger",
                )
            ],
        ),
    ],
)
def test_a_statement_framed_by_its_speaker_starts_at_its_first_sentence(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trainer Peter Stöger lobte die Moral seiner Mannschaft. Die Partie war lange "
            "offen. Ich hatte den Eindruck, dass wir frischer waren, meinte Stöger.",
            [("Ich hatte den Eindruck, dass wir frischer waren", "Peter Stöger")],
        ),
        (
            "Minister Hans Berger habe versichert, die Lage sei stabil. Solche Wechsel "
            "gehörten zur Demokratie. Außerdem hat das der Kanzler gut gemacht, sagte Berger.",
            [("Außerdem hat das der Kanzler gut gemacht", "Hans Berger")],
        ),
    ],
)
def test_a_past_or_reported_sentence_before_a_statement_stays_the_narrators(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Das ändert sich, erklärte Reinhard Scolik. In meinem Bereich entstehen neue "
            "Ressorts. Der Sender gehört dann zu mir, so Scolik.",
            [
                ("Das ändert sich", "Reinhard Scolik"),
                (
                    "In meinem Bereich entstehen neue Ressorts. Der Sender gehört dann zu mir",
                    "Reinhard Scolik",
                ),
            ],
        ),
    ],
)
def test_two_pieces_of_one_speaker_split_by_a_sentence_stop_are_one_statement(text, expected):
    assert pairs(text, "de") == expected
