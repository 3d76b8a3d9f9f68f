"""A Spanish infinitive of saying after "al" or "tras" ("al afirmar que", "tras admitir que")
gives a quote in its clause to the subject of the sentence, or to nobody when that subject is
an outlet; an infinitive without "al" or "tras" ("se negó a declarar") says nothing. English
"after admitting that" stays as it was."""

import pytest

from indexer.quotes.verbs import find_verbs
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Jorge Javier Vázquez vive su momento más mediático tras admitir que el programa "
            'era de "rojos y maricones".',
            "es",
            [("rojos y maricones", "Jorge Javier Vázquez")],
        ),
        (
            "El cantante Daddy Yankee, durante una conferencia de prensa, puso al descubierto "
            'su orientación sexual al afirmar que "no quiero mentir, ni mentirme por miedo".',
            "es",
            [("no quiero mentir, ni mentirme por miedo", "Daddy Yankee")],
        ),
        (
            "Manuel Velasco es gobernador. La revista causó desconcierto al asegurar que el PRI "
            'analiza "destituir a José Antonio Meade como su candidato".',
            "es",
            [],
        ),
        (
            'Jorge Vazquez is in the news after admitting that the show was "full of reds".',
            "en",
            [],
        ),
    ],
)
def test_the_quotes_are(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, verbs",
    [
        ("lo hizo al afirmar que no", ["al afirmar"]),
        ("tras admitir que sí", ["tras admitir"]),
        ("se fue sin declarar ante el juez", []),
        ("tuvo que declarar", []),
    ],
)
def test_the_verbs_of_saying_are(text, verbs):
    assert [text[a:b] for a, b in find_verbs(text, "es")] == verbs
