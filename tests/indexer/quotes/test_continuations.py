"""A short quote that goes on the sentence of an attributed one ("dijo que sufre una “adicción
sexual” y que veía esos lugares como “una tentación”") is the same speaker's, when no sentence
end, no person named and no verb of saying stands between the two."""

import pytest

from indexer.quotes.continuations import continues
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, language, expected",
    [
        (
            "Juan Pérez dijo a la policía que sufre una “adicción sexual” y que veía esos "
            "lugares como “una tentación”.",
            "es",
            [("adicción sexual", "Juan Pérez"), ("una tentación", "Juan Pérez")],
        ),
        (
            "Ana Berg asegura que será el “próximo brote”, que será “realmente escandaloso” y "
            "durará meses.",
            "es",
            [("próximo brote", "Ana Berg"), ("realmente escandaloso", "Ana Berg")],
        ),
        (
            "Anna Berg told the police that she suffers from a “sexual addiction” and saw those "
            "places as “a temptation”.",
            "en",
            [("sexual addiction", "Anna Berg"), ("a temptation", "Anna Berg")],
        ),
        (
            "Anna Berg sade till polisen att hon lider av ett ”sexberoende” och såg ställena "
            "som ”en frestelse”.",
            "sv",
            [("sexberoende", "Anna Berg"), ("en frestelse", "Anna Berg")],
        ),
    ],
)
def test_a_short_quote_going_on_the_sentence_of_a_quote_is_the_same_speakers(
    text, language, expected
):
    assert pairs(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Juan Pérez dijo que sufre una “adicción sexual”. Es “una tentación”.",
        "Juan Pérez dijo que sufre una “adicción sexual” y Ana Berg lo llamó “una tentación”.",
        "Juan Pérez dijo que sufre una “adicción sexual”, y la policía afirmó que era “una "
        "tentación”.",
    ],
)
def test_a_sentence_end_a_name_or_a_verb_of_saying_between_stops_it(text):
    assert pairs(text, "es") == [("adicción sexual", "Juan Pérez")]


@pytest.mark.parametrize(
    "between, expected",
    [
        (", que será ", True),
        (" y que veía esos lugares como ", True),
        (". Que será ", False),
        ("\nQue será ", False),
        (" " + "y " * 90, False),
    ],
)
def test_a_continuation_is_near_and_in_the_same_sentence(between, expected):
    text = "“a”" + between + "“b”"
    assert continues(text, 3, 3 + len(between), [], []) is expected


def test_a_name_or_a_verb_between_stops_a_continuation():
    text = "“a” y Ana dijo “b”"
    assert continues(text, 3, text.index("“b"), [text.index("Ana")], []) is False
    assert continues(text, 3, text.index("“b"), [], [text.index("dijo")]) is False
