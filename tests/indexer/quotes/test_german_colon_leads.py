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


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Anders die FPÖ: Die Mindestsicherung bietet die falschen Anreize, meint "
            "Sozialsprecher Herbert Kickl.",
            [("Die Mindestsicherung bietet die falschen Anreize", "Herbert Kickl")],
        ),
        (
            "Die Polizei beobachtet das mit Sorge: Das ist gefährlich, sagt Hans Golob von der "
            "Polizei.",
            [("Das ist gefährlich", "Hans Golob")],
        ),
    ],
)
def test_a_lead_naming_an_organisation_before_a_colon_is_the_narrators(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Abhilfe schaffen begrünte Mauern: Bei den Fassaden wird die Luft gekühlt. Beispiele "
            "sind die Ämter in Hernals, sagt Georg Patak.",
            [("Beispiele sind die Ämter in Hernals", "Georg Patak")],
        ),
        (
            "Die Auswertung brachte eine Überraschung: Offenbar war das Labor früher wach. Wir "
            "haben auch alte Daten erhalten, so Stephan Ulamec.",
            [("Wir haben auch alte Daten erhalten", "Stephan Ulamec")],
        ),
    ],
)
def test_a_statement_does_not_reach_back_over_a_narrative_colon(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kritik kam von der FPÖ: Faymann träumt von einer Lösung. Seine Träume werden "
            "teuer, sagte Herbert Kickl.",
            [("Faymann träumt von einer Lösung. Seine Träume werden teuer", "Herbert Kickl")],
        ),
        (
            "Mit 200 Kilometern sei die Sonde zu weit weg: Wir müssen so weit weg bleiben. Die "
            "Aktivität wächst, erklärte Paolo Ferri.",
            [("Wir müssen so weit weg bleiben. Die Aktivität wächst", "Paolo Ferri")],
        ),
    ],
)
def test_a_statement_reaches_back_to_a_colon_that_names_or_reports_a_speaker(text, expected):
    assert pairs(text, "de") == expected
