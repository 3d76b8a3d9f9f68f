"""German direct speech that lost its marks, in two more shapes: a statement with a colon inside
it, and a statement after ``meinte X,``."""

import pytest

from tests.support.quotes import quote_pairs


def pairs(text):
    return quote_pairs(text, "de")


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # what stands before the colon is speech too
            "Linz – Trainer Oliver Glasner ist bereit. Wenn man im Viertelfinale steht, dann "
            "fährt man nur mit einem Ziel nach Wien: Ins Halbfinale kommen, so Glasner.",
            [
                (
                    "Wenn man im Viertelfinale steht, dann fährt man nur mit einem Ziel nach "
                    "Wien: Ins Halbfinale kommen",
                    "Oliver Glasner",
                )
            ],
        ),
        (  # the narrator introduces the statement
            "Wien – Kritik kam von der FPÖ: Faymann träumt von der Macht, sagte Herbert Kickl.",
            [("Faymann träumt von der Macht", "Herbert Kickl")],
        ),
    ],
)
def test_a_colon_inside_a_statement(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wien – Zur Größenordnung meinte Werner Faymann, unter 1.000 Menschen wird das "
            "nicht so funktionieren, wie wir uns das versprechen.",
            [
                (
                    "unter 1.000 Menschen wird das nicht so funktionieren, wie wir uns das "
                    "versprechen",
                    "Werner Faymann",
                )
            ],
        ),
        (
            "Wien – Werner Faymann sagte am Montag, ich bin nur dann zuversichtlich, wenn es "
            "mehr Personal gibt.",
            [("ich bin nur dann zuversichtlich, wenn es mehr Personal gibt", "Werner Faymann")],
        ),
    ],
)
def test_a_statement_after_verb_subject_and_comma(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # reported speech: the subjunctive
        "Wien – Werner Faymann sagte, auch unsere Nachbarn würden Leute schicken.",
        # a relative clause about the speaker
        "Wien – Das sagte Werner Faymann, der mit uns seit 2010 im Gespräch ist.",
        # "dass" continues the narrator's sentence
        "Wien – Werner Faymann betonte am Montag, dass wir mehr Personal brauchen.",
        # the narrator's sentence, nobody in the first person
        "Wien – Werner Faymann sagte am Montag, die Regierung plant neue Gesetze.",
    ],
)
def test_after_the_comma_the_narrator_goes_on(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the label is the surname of someone the article named in full
            "Wien – Trainer Thorsten Fink sprach mit Christoph Martschinko. Fink: Wenn wir "
            "unsere Leistung bringen, kommen wir weiter.",
            [("Wenn wir unsere Leistung bringen, kommen wir weiter", "Thorsten Fink")],
        ),
        (  # a label nobody in the article answers to is not the last person named
            "Wien – Ebenfalls nicht fit ist Christoph Martschinko. Fink: Wenn wir unsere "
            "Leistung bringen, kommen wir weiter.",
            [],
        ),
    ],
)
def test_a_one_word_label_before_a_colon(text, expected):
    assert pairs(text) == expected
