"""The shapes of German names: a given name the lexicon knows opens a name though it ends like
a German noun ("Melanie", "Franz", "Lorenz"); a full name ends before "von" that opens a
complement ("Franz Küberl von Konzernen"), while a particle right after the given name belongs
to the name ("Richard von Weizsäcker"); and a name after a verb of saying and one adverb
("sagte einst Witali Smirnow") is the verb's subject."""

import pytest

from indexer.quotes.names import find_mentions
from indexer.quotes.verbs import say_words
from tests.support.quotes import REGISTRY
from tests.support.quotes import quote_pairs as pairs


def _names(text: str, lang: str) -> list[str]:
    return [m.name for m in find_mentions(text, REGISTRY, lang, say_words(lang))]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Der Drucker ist fein, erklärt Melanie Senger. Es soll stabil bleiben, erklärte "
            "Senger der APA.",
            "de",
            [
                ("Der Drucker ist fein", "Melanie Senger"),
                ("Es soll stabil bleiben", "Melanie Senger"),
            ],
        ),
        (
            "Es ist eine große Ehre, in Berlin zu sein, sagt Yanis Varoufakis. Wir müssen das "
            "stoppen, sagt Varoufakis.",
            "de",
            [
                ("Es ist eine große Ehre, in Berlin zu sein", "Yanis Varoufakis"),
                ("Wir müssen das stoppen", "Yanis Varoufakis"),
            ],
        ),
        (
            '"It is fine," said Melanie Senger. "We will see," said Senger.',
            "en",
            [("It is fine", "Melanie Senger"), ("We will see", "Melanie Senger")],
        ),
    ],
)
def test_a_given_name_that_ends_like_a_german_noun_opens_a_name(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, name",
    [
        (
            "Ein Abkommen fordert Caritas-Präsident Franz Küberl von Konzernen, die in Afrika "
            "tätig sind.",
            "de",
            "Franz Küberl",
        ),
        (
            "Das sagte der Abgeordnete Amilcar Pop von der Indigena-Partei Winaq.",
            "de",
            "Amilcar Pop",
        ),
        ("Das sagte Richard von Weizsäcker in Bonn.", "de", "Richard von Weizsäcker"),
        ("Das sagte Ursula von der Leyen in Brüssel.", "de", "Ursula von der Leyen"),
        ("That was said by Ursula von der Leyen in Brussels.", "en", "Ursula von der Leyen"),
    ],
)
def test_a_german_full_name_ends_before_von_and_a_particle_after_the_given_name_stays(
    text, lang, name
):
    assert name in _names(text, lang)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Kevin Cekic kam nach Baku. Ich habe ihnen gesagt, sie können nicht alle Medaillen "
            "gewinnen, sagte einst Witali Smirnow, langjähriges Mitglied des IOC.",
            "de",
            [
                (
                    "Ich habe ihnen gesagt, sie können nicht alle Medaillen gewinnen",
                    "Witali Smirnow",
                )
            ],
        ),
        (
            "Heinz Bauer kam. Um frei zu sein, würde ich Gras essen, schreibt etwa Giles Fraser.",
            "de",
            [("Um frei zu sein, würde ich Gras essen", "Giles Fraser")],
        ),
    ],
)
def test_a_name_after_a_german_verb_of_saying_and_one_adverb_is_its_subject(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Heinz Bauer kam. Das ist gut, sagte gegenüber Witali Smirnow ein Sprecher.", "de"),
        ('Heinz Bauer came. "It is good," said to Witali Smirnow a spokesman.', "en"),
    ],
)
def test_a_name_after_a_verb_of_saying_and_a_preposition_is_not_its_subject(text, lang):
    assert "Witali Smirnow" not in [who for _, who in pairs(text, lang)]
