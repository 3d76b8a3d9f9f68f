"""A verb of saying right after the relative "que" of a noun that is no person ("un desafío que
asegura es difícil", "una nota en la que asegura") records nobody as the last speaker: the
person who spoke before still speaks the next statement."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ana Berg considera necesario construir un sistema. Un desafío que asegura es difícil "
            "pero que puede conseguirse. “Uno de los principales desafíos es mejorar”, señala.",
            [("Uno de los principales desafíos es mejorar", "Ana Berg")],
        ),
        (
            "Juan Pérez publicó una nota, en la que asegura que es válido. “En una democracia "
            "es fundamental el escrutinio”, señaló.",
            [("En una democracia es fundamental el escrutinio", "Juan Pérez")],
        ),
    ],
)
def test_a_relative_verb_of_saying_keeps_the_last_speaker(text, expected):
    assert pairs(text, "es") == expected


# A description of a person before "que" still speaks; one that is nobody with no relative
# still stops the last speaker.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ana Berg habló. El ministro Juan Pérez llegó. El ministro que dijo eso se fue. "
            "“Uno de los desafíos es mejorar”, señala.",
            [("Uno de los desafíos es mejorar", "Juan Pérez")],
        ),
        (
            "Ana Berg habló ayer. La empresa aseguró que es difícil. “Uno de los desafíos es "
            "mejorar”, señala.",
            [],
        ),
    ],
)
def test_other_subjects_are_read_as_before(text, expected):
    assert pairs(text, "es") == expected
