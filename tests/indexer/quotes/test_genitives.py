"""A Spanish name that hangs on "de" after a noun is a genitive, not the subject of its
sentence ("el despido del director técnico Ricardo La Volpe"); the name set off by commas after
it may be ("El padre de Angélica Rivera, Eduardo Fernández, …"). When the noun is a relative
or a role ("Papá de …", "El abogado de …"), that unnamed person speaks, not the one after "de"."""

import pytest

from indexer.quotes.genitives import apposed, genitive, kin_genitive
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sin embargo, aunque todos piden el despido del director técnico Juan Pérez, el "
            "presidente del club, Carlos Ruiz, se ha negado. “Es mi amigo”, declaró a los medios.",
            [("Es mi amigo", "Carlos Ruiz")],
        ),
        (
            "El padre de Ana Berg, Carlos Berg, habló ayer. “Es inocente”, sostuvo.",
            [("Es inocente", "Carlos Berg")],
        ),
        (
            "Juan Pérez habló ayer. Pidió el despido del director técnico Carlos Ruiz. “Es un "
            "desastre”, afirmó.",
            [("Es un desastre", "Juan Pérez")],
        ),
    ],
)
def test_a_genitive_name_is_not_the_subject_of_its_sentence(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Papá de Juan Pérez rompe el silencio: “Es inocente”.", []),
        ("El abogado de Juan Pérez dijo: “Es inocente”.", []),
        ("La madre de Juan Pérez aseguró que “es inocente”.", []),
        (
            "El abogado de Juan Pérez, Luis Gómez, dijo: “Es inocente”.",
            [("Es inocente", "Luis Gómez")],
        ),
    ],
)
def test_the_relative_or_the_lawyer_of_a_person_speaks_not_the_person(text, expected):
    assert pairs(text, "es") == expected


# Words of a person ("Palabras de X:") are still that person's.
def test_the_words_of_a_person_are_still_that_persons():
    assert pairs("Palabras de Juan Pérez: “Es inocente”.", "es") == [("Es inocente", "Juan Pérez")]


@pytest.mark.parametrize(
    "text, name, language, is_genitive, is_kin",
    [
        ("el despido del director técnico Ricardo La Volpe", "Ricardo", "es", True, False),
        ("al gobierno de Alfredo del Mazo", "Alfredo", "es", True, False),
        ("Papá de Angélica Rivera rompe", "Angélica", "es", True, True),
        ("la portavoz de Ana Berg", "Ana", "es", True, True),
        ("Palabras de Ana Berg:", "Ana", "es", True, False),
        ("De Ana Berg se sabe poco", "Ana", "es", False, False),
        ("con el director Ana Berg", "Ana", "es", False, False),
        ("the father of John Smith", "John", "en", False, False),
        ("fadern till Johan Svensson", "Johan", "sv", False, False),
    ],
)
def test_a_genitive_hangs_on_de_after_a_noun(text, name, language, is_genitive, is_kin):
    start = text.index(name)
    assert genitive(text, start, language) is is_genitive
    assert kin_genitive(text, start, language) is is_kin


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("El padre de Ana, Eduardo Fernández, habló", "Eduardo Fernández", True),
        ("El padre de Ana, Eduardo Fernández habló", "Eduardo Fernández", False),
    ],
)
def test_an_apposed_name_stands_between_commas(text, name, expected):
    start = text.index(name)
    assert apposed(text, start, start + len(name)) is expected
