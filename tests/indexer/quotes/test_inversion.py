"""The subject after the verb, sources with a role between them and the name, and a quote
interrupted by its attribution: who speaks when the grammar does not put the name first."""

import pytest

from indexer.quotes.verbs import find_verbs
from tests.support.quotes import quote_pairs as pairs


# An adverbial opens the clause, so the subject follows the verb of saying.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Hoy se vacunó. Al respecto añadió Carlos Arturo Martínez que "se empieza a cubrir '
            'a la población".',
            "es",
            [("se empieza a cubrir a la población", "Carlos Arturo Martínez")],
        ),
        (
            "Hoy se vacunó. En la rueda de prensa señaló el secretario Carlos Arturo Martínez: "
            '"Estamos listos para seguir".',
            "es",
            [("Estamos listos para seguir", "Carlos Arturo Martínez")],
        ),
        (
            'Faymann war in Lesbos. Im Interview sagte Werner Faymann: "Es fehlt an allen Ecken '
            'und Enden".',
            "de",
            [("Es fehlt an allen Ecken und Enden", "Werner Faymann")],
        ),
        (
            "Вчера прошло совещание. В интервью заявил Андрей Попеко: «Это выдающийся результат».",
            "ru",
            [("Это выдающийся результат", "Андрей Попеко")],
        ),
    ],
)
def test_after_an_adverbial_the_subject_follows_the_verb(text, lang, expected):
    assert pairs(text, lang) == expected


# The name after the verb is its object when a preposition stands before it.
@pytest.mark.parametrize(
    "text, lang",
    [
        ('Hoy hubo reunión. Al salir dijo a Pedro Sánchez que "todo va bien".', "es"),
        ('Hubo cena. Durante la cena contó a Ana Gómez que "nadie vino".', "es"),
    ],
)
def test_a_name_after_a_preposition_is_no_subject(text, lang):
    assert pairs(text, lang) == []


# A source marker may carry the speaker's role, and the name in apposition to it.
@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            'Trudeau spoke. According to Prime Minister Justin Trudeau, "the relationship is '
            'tense".',
            "en",
            "Justin Trudeau",
        ),
        (
            'Trudeau spoke. In the words of the prime minister, Justin Trudeau, "the '
            'relationship is tense".',
            "en",
            "Justin Trudeau",
        ),
        (
            'Canadá comenzará. En palabras del primer ministro, Justin Trudeau, "la relación '
            'es muy tensa".',
            "es",
            "Justin Trudeau",
        ),
        (
            'Canadá comenzará. Según el primer ministro, Justin Trudeau, "la relación es muy '
            'tensa".',
            "es",
            "Justin Trudeau",
        ),
    ],
)
def test_a_source_marker_with_a_role_and_an_apposed_name(text, lang, speaker):
    assert [who for _, who in pairs(text, lang)] == [speaker]


@pytest.mark.parametrize(
    "text, lang",
    [
        ('Canadá comenzará. Según El País, "la relación es muy tensa".', "es"),
        ('Canada will start. According to the paper, Reuters, "the relationship is tense".', "en"),
    ],
)
def test_a_source_marker_before_an_outlet_gives_no_person(text, lang):
    assert pairs(text, lang) == []


# A statement interrupted by its attribution between two dashes is two quotes.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Юрист Вадим Жернаков сказал, что это так. «Сначала идет Конституция, — объясняет "
            "юрист. — А поскольку уставы утверждаются указом президента — это подзаконные акты».",
            "ru",
            [
                ("Сначала идет Конституция", "Вадим Жернаков"),
                (
                    "А поскольку уставы утверждаются указом президента — это подзаконные акты",
                    "Вадим Жернаков",
                ),
            ],
        ),
        (
            "Habló Justin Trudeau. «Es muy tensa —dijo Trudeau—. Esperamos normalizarla».",
            "es",
            [("Es muy tensa", "Justin Trudeau"), ("Esperamos normalizarla", "Justin Trudeau")],
        ),
        (
            "«Es muy tensa —dijo Justin Trudeau—, pero esperamos normalizarla», añadió.",
            "es",
            [("Es muy tensa", "Justin Trudeau"), ("pero esperamos normalizarla", "Justin Trudeau")],
        ),
    ],
)
def test_a_quote_interrupted_by_its_attribution_is_two(text, lang, expected):
    assert pairs(text, lang) == expected


# Dashes that set off anything but an attribution leave the quote whole.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "«Москва — это столица — и мы это знаем», — сказал Андрей Попеко.",
            "ru",
            [("Москва — это столица — и мы это знаем", "Андрей Попеко")],
        ),
        (
            '"The deal – the biggest this year – is done," said Anna Berg.',
            "en",
            [("The deal – the biggest this year – is done", "Anna Berg")],
        ),
    ],
)
def test_dashes_around_no_attribution_keep_the_quote_whole(text, lang, expected):
    assert pairs(text, lang) == expected


# A gerund of saying shares the subject of its clause ("left the room, saying: …").
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ('Anna Berg left the room, saying: "We are done."', "en", [("We are done.", "Anna Berg")]),
        (
            "Hoy hubo reunión. Vladimir Putochenko, responsable de la sanidad rusa, calmó a la "
            'población afirmando que "los científicos trabajan en una vacuna".',
            "es",
            [("los científicos trabajan en una vacuna", "Vladimir Putochenko")],
        ),
        (
            "Вчера прошло совещание. Андрей Попеко выступил на заседании, заявив: «Это "
            "выдающийся результат».",
            "ru",
            [("Это выдающийся результат", "Андрей Попеко")],
        ),
    ],
)
def test_a_gerund_of_saying_shares_its_subject(text, lang, expected):
    assert pairs(text, lang) == expected


# A Spanish preterite that lost its accent still says something; a noun spelled like one doesn't.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Alejandra Ávalos habló. La actriz fue consultada y declaro "
            '"Para nadie es un secreto".',
            [("Para nadie es un secreto", "Alejandra Ávalos")],
        ),
        (
            'Hoy hubo junta. "Estamos listos", señalo Carlos Martínez.',
            [("Estamos listos", "Carlos Martínez")],
        ),
    ],
)
def test_a_spanish_preterite_without_its_accent(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "word, is_verb",
    [("declaro", True), ("señalo", True), ("afirmó", True), ("anuncio", False), ("relato", False)],
)
def test_which_unaccented_words_are_verbs_of_saying(word, is_verb):
    assert bool(find_verbs(f"el {word} de hoy", "es")) is is_verb
