"""Whom a German description or pronoun points back to: a person the report names by the given
name alone ("sagt Melanie") is a person it can point to; a bare role in the headline
("PiS-Vorsitzender gegen …") introduces no unnamed source; a name after a preposition and a
role ("mit Konzernchef Frank Appel") is no subject a later "er" stands for."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Das Camp ist friedlich, sagt Melanie, die aus Berlin angereist ist. Sie war "
            "2007 schon dabei. Im Camp haben wir keine Angst, erklärt die Soziologiestudentin.",
            "de",
            [
                ("Das Camp ist friedlich", "Melanie"),
                ("Im Camp haben wir keine Angst", "Melanie"),
            ],
        ),
        (
            "PiS-Vorsitzender gegen Einmischung. Warschau – Parteichef Jarosław Kaczyński wehrte "
            "sich gegen jede Einmischung. Wir haben kein Interesse daran, sagte der "
            "PiS-Vorsitzende.",
            "de",
            [("Wir haben kein Interesse daran", "Jarosław Kaczyński")],
        ),
        (
            "Verdi könne lange streiken, sagte Frank Bsirske weiter. Das Management mit "
            "Konzernchef Frank Appel fahre den Laden an die Wand. Wir werden das nicht "
            "hinnehmen, unterstrich er.",
            "de",
            [("Wir werden das nicht hinnehmen", "Frank Bsirske")],
        ),
        (
            '"The camp is peaceful," says Melanie, who came from Berlin. "We have no fear in '
            'the camp," the student explained.',
            "en",
            [("The camp is peaceful", "Melanie"), ("We have no fear in the camp", "Melanie")],
        ),
    ],
)
def test_a_description_or_pronoun_points_back_to_the_person_the_report_named(text, lang, expected):
    assert pairs(text, lang) == expected
