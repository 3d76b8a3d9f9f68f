"""Titles of books, programmes and outlets in quotation marks are not quotes."""

import pytest

from indexer.people import PeopleRegistry
from indexer.quotes import extract
from indexer.quotes.marks import find_marked, looks_like_title


def quotes(text, lang):
    return [(q.text, q.speaker) for q in extract(text, lang, PeopleRegistry.empty()).quotes]


# cause 8: names in marks near a verb of saying are not statements
@pytest.mark.parametrize(
    "text, lang",
    [
        ('Anna Berg told the programme "Newsnight" about it.', "en"),
        ('Anna Berg said the new coin, the "Britannia", would sell well.', "en"),
        ("Сергей Семак сказал в интервью телеканалу «Россия-24» о контракте.", "ru"),
        ("Министр Ольга Андреева заявила, что фильм «Белый ягель» получит деньги.", "ru"),
        ('Miguel Ángel Mancera entregó tarjetas del programa "Jóvenes en Desarrollo", dijo.', "es"),
        ("Olaf Scholz sagte der Zeitung „Die Welt“ am Sonntag nichts dazu.", "de"),
        ("Magdalena Andersson sade till ”Aktuellt” att regeringen är enig.", "sv"),
    ],
)
def test_a_title_in_marks_is_not_a_quote(text, lang):
    assert quotes(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ('"Never," said Anna Berg.', "en", [("Never", "Anna Berg")]),
        ("«Мы готовы», — заявил Сергей Семак.", "ru", [("Мы готовы", "Сергей Семак")]),
        ("„Wir sind bereit“, sagte Olaf Scholz.", "de", [("Wir sind bereit", "Olaf Scholz")]),
        ("”Vi är redo”, sade Magdalena Andersson.", "sv", [("Vi är redo", "Magdalena Andersson")]),
    ],
)
def test_a_short_statement_claimed_by_a_verb_of_saying_stays_a_quote(text, lang, expected):
    assert quotes(text, lang) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('the channel "Russia-24" said', True),
        ('the plan "Cero Rechazados" works', True),
        ('he called it "absolutely disgusting" today', False),  # lower case: a partial quote
        ('he said "We will win." and left', False),  # a sentence
    ],
)
def test_what_looks_like_a_title(text, expected):
    (span,) = find_marked(text)
    assert looks_like_title(text, span) is expected


def test_marks_nested_in_a_quote_belong_to_it():
    text = (
        '"Parents plan ahead for meetings where "entry is free, exit is paid". Save in June," '
        "said Olga Andreeva."
    )
    (quote,) = extract(text, "en").quotes
    assert quote.text.startswith("Parents plan") and quote.text.endswith("Save in June")
    assert quote.speaker == "Olga Andreeva"


def test_a_statement_over_paragraphs_without_reopening_marks_is_one_quote():
    text = (
        'Xóchitl Gutiérrez habló.\n"Muchos nos critican porque exigimos igualdad.\n'
        "Ya basta de que nos subyuguen.\n"
        'Queremos igualdad por milenios", relató.'
    )
    (quote,) = extract(text, "es").quotes
    assert quote.text.startswith("Muchos") and quote.text.endswith("milenios")
    assert quote.speaker == "Xóchitl Gutiérrez"
