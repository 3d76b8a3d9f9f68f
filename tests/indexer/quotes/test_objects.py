"""A person named inside an apposition or after a preposition is not the one who speaks."""

import pytest

from indexer.quotes import extract
from tests.support.quotes import REGISTRY


def pairs(text, lang):
    return [(q.text.split()[0], q.speaker) for q in extract(text, lang, REGISTRY).quotes]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Last year Paul Sheard, a former aide of Anna Berg, said he saw her "shout" at staff.',
            "en",
            [("shout", "Paul Sheard")],
        ),
        (
            'I fjol: Erik Lund, en tidigare medarbetare till Anna Berg, sade att hon var "elak".',
            "sv",
            [("elak", "Erik Lund")],
        ),
        (
            "En septiembre, Dan Cleary, un exempleado de Marilyn Manson, afirmó haber visto al "
            'cantante "destrozar" a Evan Rachel Wood.',
            "es",
            [("destrozar", "Dan Cleary")],
        ),
    ],
)
def test_the_subject_is_not_the_person_an_apposition_names(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            '"We will replay it," said Decio de Maria, president of the federation.',
            "en",
            "Decio de Maria",
        ),
        (
            '"Vi spelar om matchen", sade Decio de Maria, ordförande i förbundet.',
            "sv",
            "Decio de Maria",
        ),
        (
            '"Este juego es vital", dijo en conferencia de prensa Decio de María, presidente '
            "de la Femexfut.",
            "es",
            "Decio de María",
        ),
        (
            '"Das war knapp", sagte Ramiro de la Fuente, Anwalt des Klubs.',
            "de",
            "Ramiro de la Fuente",
        ),
    ],
)
def test_a_name_with_a_particle_is_a_person_when_a_role_stands_beside_it(text, lang, speaker):
    assert extract(text, lang, REGISTRY).speakers == (speaker,)


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "The singer Maluma, who sings seven songs, released a record. According to Maluma, "
            'the record "brings back the old songs".',
            "en",
        ),
        (
            "Sångaren Maluma, som sjunger sju låtar, släppte en skiva. Enligt Maluma ska skivan "
            '"väcka gamla minnen".',
            "sv",
        ),
        (
            "El cantante Maluma, quien canta siete canciones, lanzó un disco. De acuerdo a Maluma, "
            "el disco «busca introducir a las nuevas generaciones».",
            "es",
        ),
    ],
)
def test_a_single_name_a_role_introduced_stays_a_person_where_it_is_a_source(text, lang):
    assert [q.speaker for q in extract(text, lang, REGISTRY).quotes] == ["Maluma"]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "They met the health minister, Anna Berg, and the education minister, Lucia Azzolina. "
            'Berg spoke first. "We will test everyone," she said. The education minister, for '
            'her part, took up the question of classrooms. "Today there are 50,000," she said.',
            "en",
        ),
        (
            "Comparecieron la ministra de Salud, Anna Berg, y la ministra de Educación, Lucia "
            "Azzolina. Berg habló primero. «Haremos pruebas a todos», dijo. La ministra de "
            "Educación, por su parte, afrontó el problema de las aulas. «A día de hoy son "
            "50.000», afirmó.",
            "es",
        ),
        (
            "Anwesend waren die Gesundheitsministerin, Anna Berg, und die Bildungsministerin, "
            'Lucia Azzolina. Berg sprach zuerst. "Wir testen alle", sagte sie. Die '
            'Bildungsministerin widmete sich den Klassen. "Heute sind es 50.000", sagte sie.',
            "de",
        ),
    ],
)
def test_a_sentence_opening_with_a_persons_role_makes_that_person_the_one_who_speaks_next(
    text, lang
):
    assert [q.speaker for q in extract(text, lang, REGISTRY).quotes] == [
        "Anna Berg",
        "Lucia Azzolina",
    ]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            "El ex jugador brasileño Kaká, quien apoya a Brasil, habló de Neymar. «Es un jugador "
            "sin disciplina», dijo Kaká.",
            "es",
            "Kaká",
        ),
        (
            "L'ancien joueur brésilien Kaká, qui soutient le Brésil, a parlé de Neymar. « Il "
            "manque de discipline », a dit Kaká.",
            "fr",
            "Kaká",
        ),
    ],
)
def test_a_role_and_an_adjective_after_it_make_the_next_word_a_person(text, lang, speaker):
    assert extract(text, lang, REGISTRY).speakers == (speaker,)


def test_a_verb_between_a_role_and_a_place_makes_no_person():
    text = "El ministro visitó París. «Es una ciudad bonita», dijo el ministro brasileño."
    assert "París" not in extract(text, "es", REGISTRY).people


@pytest.mark.parametrize(
    "text, lang",
    [
        ('The chief Turkish economist spoke. "The Turkish lira was funny money," he said.', "en"),
        ('Den ansvarige chefen Persson talade. "Persson-planen är död", sade han.', "sv"),
    ],
)
def test_a_word_a_title_stood_before_is_no_person_where_a_noun_follows_it(text, lang):
    assert extract(text, lang, REGISTRY).speakers == ()
