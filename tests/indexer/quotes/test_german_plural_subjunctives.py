"""A German statement whose plural verb is a Konjunktiv II form no indicative shares ("hätten",
"böten", "gäben") reports someone's words when nobody speaks in the first person and no
condition makes it unreal: no quote ("Alle Fraktionen hätten an einem Strang gezogen, sagte
…"); with "wenn" or in the first person it is the speaker's own ("Wenn sie getroffen hätten,
…", "Wir hätten gewinnen müssen")."""

import pytest

from indexer.quotes.mood import is_reported
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "clause, reported",
    [
        ("Alle im Gemeinderat vertretenen Fraktionen hätten an einem Strang gezogen", True),
        ("Online-Handelsplattformen böten eine schnelle Möglichkeit", True),
        ("Wenn die Spieler getroffen hätten, wäre alles anders", False),
        ("Wir hätten gewinnen müssen", False),
        ("Die Spieler haben an einem Strang gezogen", False),
    ],
)
def test_a_german_plural_konjunktiv_ii_without_first_person_or_condition_reports(clause, reported):
    assert is_reported(clause) is reported


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Karin Baier war zufrieden. Alle Fraktionen hätten an einem Strang gezogen, sagte "
            "Bürgermeisterin Karin Baier.",
            "de",
            [],
        ),
        (
            "Karin Baier war zufrieden. Wir hätten das nie gedacht, sagte Bürgermeisterin "
            "Karin Baier.",
            "de",
            [("Wir hätten das nie gedacht", "Karin Baier")],
        ),
        (
            'Karin Baier was pleased. "All the parties pulled together," said Karin Baier.',
            "en",
            [("All the parties pulled together", "Karin Baier")],
        ),
    ],
)
def test_a_german_statement_in_plural_konjunktiv_ii_is_reported_speech(text, lang, expected):
    assert pairs(text, lang) == expected
