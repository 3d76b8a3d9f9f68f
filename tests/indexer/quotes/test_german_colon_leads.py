"""German text without marks: a short clause in the present tense before a colon, inside a
statement someone is said to make, is the statement's own start ("Philae geht es gut: Er hat …,
sagt Ulamec"); one in the past tense is the narrator's ("Auch die Vereinigung wandte sich gegen
den Plan: …") and the statement starts after the colon."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Der Lander meldete sich. Philae geht es gut: Er hat genug Energie, sagt "
            "Projektleiter Stephan Ulamec.",
            [("Philae geht es gut: Er hat genug Energie", "Stephan Ulamec")],
        ),
        (
            "Die Saison beginnt. Das Team ist bereit: Wir greifen an, sagte Trainer Karl "
            "Daxbacher.",
            [("Das Team ist bereit: Wir greifen an", "Karl Daxbacher")],
        ),
    ],
)
def test_a_present_tense_lead_before_a_colon_starts_the_statement(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Auch die Industriellenvereinigung wandte sich gegen den Plan: Die Forderung ist "
            "falsch, sagte Christoph Neumayer.",
            [("Die Forderung ist falsch", "Christoph Neumayer")],
        ),
        (
            "Kritik kam am Montag von der Opposition: Das Paket ist zu klein, sagte Anna Berg.",
            [("Das Paket ist zu klein", "Anna Berg")],
        ),
    ],
)
def test_a_past_tense_lead_before_a_colon_is_the_narrators(text, expected):
    assert pairs(text, "de") == expected
