"""A German statement after a colon, attributed after it by a description ("…, so der
ehemalige Mazda-Chef"), goes to the person the sentence named before the colon: the
description is resolved where the statement starts, not where its sentence does."""

import pytest

from tests.support.quotes import quote_pairs as pairs

_GREBE = "Für Uwe Dieter Grebe zählt die Technik. Uwe Dieter Grebe sprach zuerst. "


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _GREBE + "Der neue Sprecher der Importeure, Günther Kerle, macht mobil: Die "
            "Autoverdrängung ist gegen die Interessen der Bevölkerung, so der ehemalige "
            "Mazda-Chef.",
            "de",
            [("Die Autoverdrängung ist gegen die Interessen der Bevölkerung", "Günther Kerle")],
        ),
        (
            "Uwe Dieter Grebe spoke first. The new spokesman of the importers, Günther Kerle, "
            'went on the offensive: "Pushing cars out is against the public interest," said '
            "the former Mazda chief.",
            "en",
            [("Pushing cars out is against the public interest", "Günther Kerle")],
        ),
    ],
)
def test_a_description_after_a_colon_statement_is_the_person_named_before_the_colon(
    text, lang, expected
):
    assert pairs(text, lang) == expected
