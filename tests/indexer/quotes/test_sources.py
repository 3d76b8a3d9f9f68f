"""Where the speaker stands when the sentence is built around an outlet or an "as" clause:
"— цитирует ТАСС Петрова", "Как заявил Петров, «…»", "сказал в интервью «Известиям» Петров"."""

import pytest

from indexer.quotes import extract
from tests.support.quotes import REGISTRY


def speakers_of_quotes(text, lang):
    return [q.speaker for q in extract(text, lang, REGISTRY).quotes]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("«Ситуация остается сложной», — цитирует ТАСС Ивана Петрова.", "ru", "Иван Петров"),
        ("«La situación es difícil», citó la agencia a Juan Pérez.", "es", "Juan Pérez"),
        ('"Planen är en katastrof", citerar tidningen Anna Berg.', "sv", "Anna Berg"),
        (
            '"Wir haben keinen Plan mehr für die Stadt", zitiert die APA die Ministerin Anna Berg.',
            "de",
            "Anna Berg",
        ),
    ],
)
def test_the_person_an_outlet_quotes_is_the_speaker(text, lang, speaker):
    assert speakers_of_quotes(text, lang) == [speaker]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("«Ситуация остается сложной», — цитирует ТАСС.", "ru"),
        ('"Planen är en katastrof", citerar tidningen.', "sv"),
    ],
)
def test_an_outlet_quoting_nobody_named_gives_no_speaker(text, lang):
    assert speakers_of_quotes(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ("Как заявил Иван Петров, «ситуация остается сложной».", "ru", "Иван Петров"),
        ("Como dijo Juan Pérez, «la situación es difícil».", "es", "Juan Pérez"),
        ("Según explicó Juan Pérez, «la situación es difícil».", "es", "Juan Pérez"),
        ('As noted Anna Berg, the plan is "a disaster for everyone".', "en", "Anna Berg"),
        ('Som sade Anna Berg i går: "Planen är en katastrof".', "sv", "Anna Berg"),
    ],
)
def test_the_subject_of_an_as_clause_stands_after_its_verb(text, lang, speaker):
    assert speakers_of_quotes(text, lang) == [speaker]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            "«Ситуация остается сложной», — сказал в интервью «Известиям» Иван Петров.",
            "ru",
            "Иван Петров",
        ),
        (
            '"The situation is difficult," said in an interview with "Newsweek" Anna Berg.',
            "en",
            "Anna Berg",
        ),
        (
            '"Läget är svårt", sade i en intervju med "Expressen" Anna Berg.',
            "sv",
            "Anna Berg",
        ),
    ],
)
def test_an_outlet_named_in_marks_between_verb_and_subject_does_not_end_the_attribution(
    text, lang, speaker
):
    assert speakers_of_quotes(text, lang) == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "«Мы готовы к любым испытаниям», — отметила пресс-секретарь ведомства Мария Сидорова.",
            "Мария Сидорова",
        ),
        (
            "«Мы готовы к любым испытаниям», — заявил представитель министерства обороны Иван "
            "Петров.",
            "Иван Петров",
        ),
    ],
)
def test_a_russian_title_with_a_genitive_after_it_still_names_the_person_after_it(text, speaker):
    assert speakers_of_quotes(text, "ru") == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "С заявлением выступила Мария Сидорова. По ее словам, «ситуация под контролем».",
            "Мария Сидорова",
        ),
        (
            "Иван Петров прибыл в Москву. По его словам, «переговоры идут хорошо».",
            "Иван Петров",
        ),
        ("«Решение уже принято», — приводит слова Сергея Иванова «Интерфакс».", "Сергей Иванов"),
        (
            "Режиссер Иван Петров назвал свой фильм «очень личной историей».",
            "Иван Петров",
        ),
    ],
)
def test_russian_ways_of_giving_words_to_a_person(text, speaker):
    assert speakers_of_quotes(text, "ru") == [speaker]


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('According to prosecutor Ana Gomez, "there is no evidence".', "en", "Ana Gomez"),
        ('Enligt åklagaren Ana Gomez finns "inga bevis alls".', "sv", "Ana Gomez"),
        ('De acuerdo con la fiscal Ana Gómez, "no hay pruebas".', "es", "Ana Gómez"),
        ("По мнению эксперта Ивана Петрова, «решение уже принято».", "ru", "Иван Петров"),
    ],
)
def test_a_role_between_a_source_marker_and_the_name_still_names_the_source(text, lang, speaker):
    assert speakers_of_quotes(text, lang) == [speaker]


@pytest.mark.parametrize(
    "text, lang",
    [
        ('"We are ready," said Faymann, the chancellor, on Monday.', "en"),
        ('"Vi är redo", sade Faymann, ordföranden, på måndagen.', "sv"),
        ("„Wir sind bereit“, betonte Faymann, der SPÖ-Chef, am Montag.", "de"),
    ],
)
def test_a_surname_after_the_verb_with_a_role_beside_it_is_a_person(text, lang):
    assert speakers_of_quotes(text, lang) == ["Faymann"]
