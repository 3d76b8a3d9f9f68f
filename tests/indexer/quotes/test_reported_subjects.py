"""A name after a verb of saying and "that" ("destacó que el subsecretario Hugo López-Gatell
“ha hecho …”") is the subject of the clause that is said, not the one who says it: the quote
stays with the speaker of the verb, and a later zero subject still stands for that speaker."""

import pytest

from indexer.quotes.embedded import reported_subject
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Ana Berg habló ayer. También destacó que el ministro Juan Pérez “ha hecho un "
            "trabajo extraordinario”.",
            "es",
            [("ha hecho un trabajo extraordinario", "Ana Berg")],
        ),
        (
            "Ana Berg habló ayer. Destacó que el ministro Juan Pérez ha trabajado mucho. “Es un "
            "trabajo extraordinario”, añadió.",
            "es",
            [("Es un trabajo extraordinario", "Ana Berg")],
        ),
        (
            "Anna Berg spoke on Monday. She said that the minister John Smith had worked hard. "
            "“It is extraordinary work,” she added.",
            "en",
            [("It is extraordinary work", "Anna Berg")],
        ),
        (
            "Anna Berg talade i dag. Hon sade att ministern Johan Svensson har arbetat hårt. "
            "”Det är ett fantastiskt arbete”, tillade hon.",
            "sv",
            [("Det är ett fantastiskt arbete", "Anna Berg")],
        ),
    ],
)
def test_the_subject_of_a_reported_clause_does_not_speak(text, language, expected):
    assert pairs(text, language) == expected


# The subject of the verb of saying itself still speaks.
@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Juan Pérez destacó que el trabajo fue bueno. “Es un trabajo extraordinario”, añadió.",
            "es",
            [("Es un trabajo extraordinario", "Juan Pérez")],
        ),
        (
            "John Smith said that the work was good. “It is extraordinary work,” he added.",
            "en",
            [("It is extraordinary work", "John Smith")],
        ),
    ],
)
def test_the_subject_of_the_verb_of_saying_speaks(text, language, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("También destacó que el subsecretario Hugo López-Gatell", True),
        ("She said that the minister Hugo López-Gatell", True),
        ("Dijo, que Hugo López-Gatell", True),
        ("Hugo López-Gatell", False),
        ("El hombre que Hugo López-Gatell", False),
    ],
)
def test_a_reported_subject_follows_a_verb_of_saying_and_that(text, expected):
    say = {"destacó", "said", "dijo"}
    assert reported_subject(text, 0, text.index("Hugo"), say) is expected
