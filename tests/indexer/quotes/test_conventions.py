"""Quote conventions and attribution per language, as (sentence -> quote, speaker) tables."""

import pytest

from indexer.quotes import extract
from tests.support.quotes import REGISTRY
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("“We are ready,” said Anna Berg.", "en", [("We are ready", "Anna Berg")]),
        ('"We are ready," Anna Berg said.', "en", [("We are ready", "Anna Berg")]),
        ("‘We are ready,’ said Anna Berg.", "en", [("We are ready", "Anna Berg")]),
        ("Stoltenberg said Russia has “no veto”.", "en", [("no veto", "Jens Stoltenberg")]),
        (
            "Sergei Ryabkov made it plain that Ukraine would 'never, never ever' join.",
            "en",
            [("never, never ever", "Sergei Ryabkov")],
        ),
        (
            "Jens Stoltenberg spoke. “We will not compromise,” said the Norwegian.",
            "en",
            [("We will not compromise", "Jens Stoltenberg")],
        ),
        (
            "Peskov spoke. “It is complicated,” he said.",
            "en",
            [("It is complicated", "Dmitry Peskov")],
        ),
        (
            "Jens Stoltenberg spoke. “Russia is the aggressor, ”he added.",
            "en",
            [("Russia is the aggressor", "Jens Stoltenberg")],
        ),
        (
            "Jens Stoltenberg spoke. “They need time with an answer, “he said.",
            "en",
            [("They need time with an answer", "Jens Stoltenberg")],
        ),
        ('"The talks were useful," Interfax reported.', "en", []),
        ("“We wait,” a European diplomat said.", "en", []),
        ("„Wir sind bereit“, sagte Olaf Scholz.", "de", [("Wir sind bereit", "Olaf Scholz")]),
        ("»Wir sind bereit«, sagte Olaf Scholz.", "de", [("Wir sind bereit", "Olaf Scholz")]),
        ("„Wir sind bereit“, so Olaf Scholz.", "de", [("Wir sind bereit", "Olaf Scholz")]),
        ('"Estamos listos", dijo Pedro Sánchez.', "es", [("Estamos listos", "Pedro Sánchez")]),
        ("«Estamos listos», afirmó Pedro Sánchez.", "es", [("Estamos listos", "Pedro Sánchez")]),
        (
            "« Nous sommes prêts », a déclaré Emmanuel Macron.",
            "fr",
            [("Nous sommes prêts", "Emmanuel Macron")],
        ),
        ("«Мы готовы», — заявил Дмитрий Песков.", "ru", [("Мы готовы", "Dmitry Peskov")]),
        (
            "Дмитрий Песков выступил. «Мы готовы», — сказал он.",
            "ru",
            [("Мы готовы", "Dmitry Peskov")],
        ),
        ("”Vi är redo”, sade Jens Stoltenberg.", "sv", [("Vi är redo", "Jens Stoltenberg")]),
    ],
)
def test_quote_convention_is_attributed(text, lang, expected):
    assert pairs(text, lang) == expected


def test_swedish_dialogue_dash_is_attributed_to_trailing_sade():
    text = "Inledning.\n– Det här var inte någon enkel diskussion, sade Stoltenberg.\n"
    assert pairs(text, "sv") == [("Det här var inte någon enkel diskussion", "Jens Stoltenberg")]


def test_swedish_dash_with_title_before_name_finds_the_name():
    text = (
        "– Vi stänger inte dörren, sade USA:s biträdande utrikesminister Wendy Sherman efter mötet."
    )
    assert pairs(text, "sv") == [("Vi stänger inte dörren", "Wendy Sherman")]


def test_speaker_heading_makes_the_next_paragraph_a_statement():
    body = "This was not an easy discussion. " * 6
    text = f"Intro about Jens Stoltenberg.\nNATO Secretary General Jens Stoltenberg\n{body}\n"
    ex = extract(text, "en", REGISTRY)
    assert ex.speakers == ("Jens Stoltenberg",)
    assert ex.quotes[0].text == body.strip()


def test_quote_spanning_paragraphs_is_one_quote():
    text = (
        "“First paragraph of the statement goes on,\n"
        "“and the second one ends here,” said Anna Berg."
    )
    (quote,) = extract(text, "en").quotes
    assert quote.speaker == "Anna Berg" and quote.text.endswith("ends here")


def test_people_mentioned_but_not_quoted_are_not_speakers():
    text = "Aleksandr Fomin kom också.\n– Vi är redo, sade Jens Stoltenberg."
    ex = extract(text, "sv", REGISTRY)
    assert ex.speakers == ("Jens Stoltenberg",)
    assert ex.people == ("Aleksandr Fomin", "Jens Stoltenberg")


def test_reported_speech_without_marks_makes_no_speaker():
    text = "The US has made proposals, explained the new US ambassador to NATO, Julianne Smith."
    ex = extract(text, "en", REGISTRY)
    assert ex.speakers == () and "Julianne Smith" in ex.people


def test_unknown_names_are_listed_and_surnames_join_the_full_name():
    text = "Minister Olga Kurz arrived. “We agree,” Kurz said."
    ex = extract(text, "en", REGISTRY)
    assert ex.speakers == ("Olga Kurz",) and ex.unknown == ("Olga Kurz",)


def test_offsets_point_at_the_quote_text():
    text = "Intro. “We are ready,” said Anna Berg."
    (q,) = extract(text, "en").quotes
    assert text[q.start : q.end] == q.text


def test_empty_and_blank_text_give_empty_extraction():
    assert extract("", "en").quotes == () and extract("   \n", "und").people == ()


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Автор сериала — сценарист Чарли Брукер.\nЧарли Брукер (сценарист и продюсер):\n"
            + "Это одно из самых трудных заданий, и в какой-то момент я даже сдался. " * 3,
            "ru",
            ("Чарли Брукер",),
        ),
        (
            "Boken kom i dag.\nAnna Berg (författare):\n"
            + "Jag skrev boken på ett år, och det var det svåraste jag har gjort. " * 3,
            "sv",
            ("Anna Berg",),
        ),
    ],
)
def test_a_heading_with_a_role_in_brackets_and_a_colon_names_the_speaker(text, lang, expected):
    assert extract(text, lang, REGISTRY).speakers == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            "Tres secretarios han muerto.\nRamón Martín Huerta\nEl secretario de Seguridad "
            "Pública durante la presidencia de Vicente Fox, Ramón Martín Huerta, falleció en "
            "septiembre al precipitarse el helicóptero en que viajaba en una zona montañosa.",
            "es",
        ),
        (
            "Two ministers died.\nJohn Smith Brown\nThe former minister of transport died in "
            "a helicopter crash in the mountains while returning from a visit to the north "
            "of the country, police said.",
            "en",
        ),
    ],
)
def test_a_section_heading_over_a_story_about_the_person_is_no_statement(text, lang):
    assert extract(text, lang, REGISTRY).quotes == ()
