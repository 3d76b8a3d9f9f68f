"""A Spanish verb of saying in a relative clause ("… a Noam Chomsky, quien permanece aislado y
afirmó: “…”") gives the quote to the name the relative pronoun stands for, even where the main
clause has it as an object; a verb after a complementizer in that clause ("quien dijo que Ana
Berg afirmó") has its own subject. English relative clauses ("Ann Lee, who said: "…"") already
go to the name before them."""

import pytest

from indexer.people import PeopleRegistry
from indexer.quotes.coreference import Context
from indexer.quotes.relatives import relative_antecedent
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Noam Chomsky es lingüista. El diario italiano Il Manifesto contactó a Chomsky, "
            "quien permanece aislado en su hogar en Tucson y afirmó: "
            '"La situación es muy grave".\nAñadió: "Esta crisis es otro ejemplo".',
            "es",
            [
                ("La situación es muy grave", "Noam Chomsky"),
                ("Esta crisis es otro ejemplo", "Noam Chomsky"),
            ],
        ),
        (
            "Ana Berg habló. El diario contactó a Noam Chomsky, quien dijo que Ana Berg "
            'afirmó: "Es grave".',
            "es",
            [("Es grave", "Ana Berg")],
        ),
        (
            'Noam Chomsky is a linguist. The paper reached Chomsky, who said: "It is grave."',
            "en",
            [("It is grave.", "Noam Chomsky")],
        ),
    ],
)
def test_the_quotes_are(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("El diario contactó a Noam Chomsky, quien afirmó algo.", "Noam Chomsky"),
        ("Habló con Ana Berg, quienes la apoyan y afirmó algo.", "Ana Berg"),
        ("Habló Ana Berg, quien dijo que Tom Ray afirmó algo.", None),
        ("Habló Ana Berg. La empresa, quien afirmó algo.", None),
    ],
)
def test_the_antecedent_of_the_relative_is(text, expected):
    ctx = Context(text, PeopleRegistry.empty(), [], "es")
    found = relative_antecedent(ctx, 0, text.index("afirmó"))
    assert (found.value if found else None) == expected
