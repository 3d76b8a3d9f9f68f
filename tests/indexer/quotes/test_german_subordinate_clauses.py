"""German text without marks: a subordinate clause standing alone before a verb of saying is
the first part of the narrator's sentence ("Weil es Probleme gibt, fordert Bieber mehr
Engagement"), no statement; one followed by its own main clause is a statement as any other."""

import pytest

from indexer.quotes.subordinate import subordinate_only
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text",
    [
        "Der Experte Florian Bieber lobt den Gipfel. Weil es aber auch offene Probleme "
        "zwischen den Staaten gibt, fordert Bieber auch mehr Engagement von der EU.",
        "Trainerin Anna Berg ist unzufrieden. Nachdem die Frist längst abgelaufen ist, fordert "
        "Berg jetzt eine Antwort vom Verband.",
        "Trainerin Anna Berg ist unzufrieden. Wenn die Frist abgelaufen ist, fordert Berg eine "
        "Antwort, dann droht sie mit einer Klage.",
    ],
)
def test_a_subordinate_clause_before_a_verb_of_saying_is_no_quote(text):
    assert pairs(text, "de") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Wenn man im Viertelfinale steht, dann fährt man nach Wien, so Oliver Glasner.",
            [("Wenn man im Viertelfinale steht, dann fährt man nach Wien", "Oliver Glasner")],
        ),
    ],
)
def test_a_subordinate_clause_with_its_main_clause_is_a_statement(text, expected):
    assert pairs(text, "de") == expected


@pytest.mark.parametrize(
    "statement, alone",
    [
        ("Weil es aber auch offene Probleme gibt", True),
        ("Falls man mit 11 Millionen, die man spart, auskommen könnte", True),
        ("Obwohl die Frist abgelaufen ist", True),
        ("Weil die Ergebnisse es zeigten, wurde nun gehandelt", False),
        ("Wenn man im Viertelfinale steht, dann fährt man nach Wien", False),
        ("Da habe ich total viel Speed mitgenommen", False),
        ("Als Kulisse, die erst in zwei Wochen steht, dient die Burg", False),
        ("Das ist erstmals ein klares Commitment", False),
    ],
)
def test_only_a_conjunction_that_always_subordinates_opens_a_clause_standing_alone(
    statement, alone
):
    assert subordinate_only(statement) is alone
