"""A name set off between dashes or in parentheses is an apposition to the noun before it
("un secretario de Salud –Jorge Alcocer- con tanto conocimiento"): it is never the subject of
the sentence, so a zero subject or a pronoun after it still stands for the last speaker."""

import pytest

from indexer.quotes.asides import aside
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Ana Berg habló ayer. Nunca se había tenido un ministro –Juan Pérez- con tanto "
            "conocimiento, señaló. Y recordó su pasado como “fruto podrido de la política”.",
            "es",
            [("fruto podrido de la política", "Ana Berg")],
        ),
        (
            "Ana Berg habló ayer. Tuvimos un ministro (Juan Pérez) muy bueno, señaló. “Es el "
            "mejor de todos”, añadió.",
            "es",
            [("Es el mejor de todos", "Ana Berg")],
        ),
        (
            "Anna Berg spoke on Monday. We never had a minister –John Smith- with such "
            "knowledge, she said. “He is the best of all,” she added.",
            "en",
            [("He is the best of all", "Anna Berg")],
        ),
        (
            "Anna Berg talade i dag. Vi har aldrig haft en minister (Johan Svensson) som vet så "
            "mycket, sade hon. ”Han är den bästa av alla”, tillade hon.",
            "sv",
            [("Han är den bästa av alla", "Anna Berg")],
        ),
    ],
)
def test_a_name_in_an_aside_does_not_take_the_last_speakers_words(text, language, expected):
    assert pairs(text, language) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("un secretario –Jorge Alcocer- con", "Jorge Alcocer", True),
        ("the minister (John Smith) said", "John Smith", True),
        ("ministern ( Johan Svensson ) sade", "Johan Svensson", True),
        ("Jorge Alcocer señaló", "Jorge Alcocer", False),
        ("el secretario (Jorge Alcocer- con", "Jorge Alcocer", False),
        ("said -John Smith, the minister", "John Smith", False),
    ],
)
def test_an_aside_is_a_name_alone_between_matching_marks(text, name, expected):
    start = text.index(name)
    assert aside(text, start, start + len(name)) is expected
