"""A statement whose next sentence opens with "this" and a verb of saying belongs to the person
that sentence names: "«…». Об этом заявил Иван Петров", "… Das sagte Hans Müller"."""

import pytest

from indexer.quotes import extract
from tests.support.quotes import REGISTRY


def pairs(text, lang):
    return [(q.text.rstrip("."), q.speaker) for q in extract(text, lang, REGISTRY).quotes]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            '"The decision has been made." That was what Anna Berg told reporters.',
            "en",
            [("The decision has been made", "Anna Berg")],
        ),
        (
            '"Beslutet är fattat." Det sade Anna Berg på måndagen.',
            "sv",
            [("Beslutet är fattat", "Anna Berg")],
        ),
        (
            "«Решение уже принято». Об этом заявил журналистам Иван Петров.",
            "ru",
            [("Решение уже принято", "Иван Петров")],
        ),
        (
            "«Решение уже принято», — об этом заявил Иван Петров.",
            "ru",
            [("Решение уже принято", "Иван Петров")],
        ),
        (
            "«La decisión está tomada». Así lo afirmó Juan Pérez en una rueda de prensa.",
            "es",
            [("La decisión está tomada", "Juan Pérez")],
        ),
        (
            "Die Entscheidung ist gefallen. Das sagte Hans Müller am Montag.",
            "de",
            [("Die Entscheidung ist gefallen", "Hans Müller")],
        ),
    ],
)
def test_the_next_sentence_gives_the_statement_to_the_person_it_names(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ('"The plan is dead." That was what the team of Anna Berg told reporters.', "en"),
        ('"Planen är död." Det sade laget kring Anna Berg i går.', "sv"),
        ("Die Lage ist wirklich ernst. Das Team um Hans Müller sagte das am Montag.", "de"),
        ("Die Lage sei wirklich ernst. Das sagte Hans Müller am Montag.", "de"),
    ],
)
def test_a_next_sentence_about_someone_else_or_reported_speech_gives_nothing(text, lang):
    assert pairs(text, lang) == []
