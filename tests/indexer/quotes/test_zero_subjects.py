"""A Spanish verb of saying with its subject left out ("En ese sentido, manifestó que …",
"Aseveró que …") is said by the person the article was reporting: it keeps that person
speaking, so a statement after it is theirs. A noun phrase before the verb is its subject
("La empresa, por su parte, aseguró que …"), and a plural verb has nobody in particular."""

import pytest

from indexer.quotes.zero_subjects import only_subordinator, zero_subject
from tests.support.quotes import quote_pairs as pairs

_LONG = (
    "Ana Berg aseguró que la red ha “madurado mucho” en los últimos años.\n“Tú emites una idea "
    "y alguien se puede contraponer, y hay oportunidad de hacer intercambio de comentarios, que "
    "es lo que más importa en una red social hoy en día, sin duda alguna y para todos nosotros, "
    "los que trabajamos en ella desde hace años, y que seguiremos en ella muchos años más, "
    "porque es la manera de llegar a la gente que nos sigue y nos lee todos los días del año, en "
    "la ciudad y en el campo, en el país y fuera de él, con mensajes claros y breves”.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            _LONG + "En ese sentido, manifestó que el exjefe de Gobierno matizó su discurso "
            "radical, se volvió un tanto más institucional, por lo que hoy se puede ver a un "
            "hombre más objetivo en la emisión de sus mensajes, mucho más que en sus campañas "
            "de antes, según los estudios de las redes. “En sus campañas anteriores contestaba a "
            "quien fuera”.",
            "Ana Berg",
        ),
        (
            _LONG + "La empresa, por su parte, aseguró que el exjefe de Gobierno matizó su "
            "discurso radical, se volvió un tanto más institucional, por lo que hoy se puede ver "
            "a un hombre más objetivo en la emisión de sus mensajes, mucho más que en sus "
            "campañas de antes, según los estudios de las redes. “En sus campañas anteriores "
            "contestaba a quien fuera”.",
            None,
        ),
    ],
)
def test_a_verb_of_saying_with_no_subject_keeps_the_last_speaker_speaking(text, expected):
    found = dict(pairs(text, "es"))
    assert found.get("En sus campañas anteriores contestaba a quien fuera") == expected


@pytest.mark.parametrize(
    "text, verb, language, expected",
    [
        ("Ana habló. Aseveró que sí.", "Aseveró", "es", True),
        ("Ana habló. En ese sentido, manifestó que sí.", "manifestó", "es", True),
        ("Ana habló. Asimismo, expuso que sí.", "expuso", "es", True),
        ("Ana habló. Finalmente, dijo que sí.", "dijo", "es", True),
        ("Ana habló. La empresa, por su parte, aseguró que sí.", "aseguró", "es", False),
        ("Ana habló. Su abogado dijo que sí.", "dijo", "es", False),
        ("Anna spoke. Then said that yes.", "said", "en", False),
        ("Anna talade. Sedan sade att ja.", "sade", "sv", False),
    ],
)
def test_only_adverbials_may_stand_before_a_spanish_verb_with_no_subject(
    text, verb, language, expected
):
    assert zero_subject(text, text.index(".") + 2, text.index(verb), language) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Juan Pérez criticó a la clase política, ya que aseveró que las reformas terminarán "
            "“sepultando” a los mexicanos.",
            [("sepultando", "Juan Pérez")],
        ),
        (
            "Juan Pérez criticó a la clase política, porque dijo que las reformas terminarán "
            "“sepultando” a los mexicanos.",
            [("sepultando", "Juan Pérez")],
        ),
    ],
)
def test_a_verb_of_saying_after_a_subordinator_has_its_subject_left_out(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "words, language, expected",
    [
        (["ya", "que"], "es", True),
        (["porque"], "es", True),
        (["que"], "es", False),
        (["la", "empresa"], "es", False),
        (["because"], "en", False),
    ],
)
def test_a_subordinator_alone_leaves_the_subject_out(words, language, expected):
    assert only_subordinator(words, language) is expected
