"""A Spanish subject after the verb of saying that describes a person and ends with their name
("reconoció el entrenador azulgrana Xavi Pascual") is that person, not whoever held the role
before; a name after a preposition ("el abogado de Juan Pérez") is not the subject. English
already reads the name at the end of such a subject."""

import pytest

from indexer.people import PeopleRegistry
from indexer.quotes.coreference import Context
from indexer.quotes.described_subjects import named_description
from tests.support.quotes import quote_pairs as pairs

_LEAD = 'Antonio Rama, el entrenador del Granollers, habló. "Hemos ganado", dijo el entrenador.\n'


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            _LEAD + '"Han sido mejores que nosotros", reconoció el entrenador azulgrana Xavi '
            "Pascual.",
            "es",
            [
                ("Hemos ganado", "Antonio Rama"),
                ("Han sido mejores que nosotros", "Xavi Pascual"),
            ],
        ),
        (
            '"It was hard," admitted the Barcelona coach Xavi Pascual.',
            "en",
            [("It was hard", "Xavi Pascual")],
        ),
    ],
)
def test_the_quotes_are(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "tail, expected",
    [
        ("el entrenador azulgrana Xavi Pascual.", "Xavi Pascual"),
        ("el experto en cambio climático y medio ambiente Ana Berg.", "Ana Berg"),
        ("la propia Selena Gomez en Twitter.", "Selena Gomez"),
        ("el abogado de Juan Pérez.", None),
        ("el hombre que conoce a Juan Pérez.", None),
        ("su amigo Juan Pérez.", None),
    ],
)
def test_the_name_ending_the_described_subject_is(tail, expected):
    text = "“Ya”, dijo " + tail
    ctx = Context(text, PeopleRegistry.empty(), [(1, 3)], "es")
    assert named_description(ctx, text.index("dijo ") + 5, len(text)) == expected
