"""Paragraphs however the text was wrapped, and line breaks that arrived as stray characters."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.people import PeopleRegistry
from indexer.quotes import extract
from indexer.quotes.layout import read

WIRE = (
    "The dollar is expected to decline further, senior\n"
    "foreign exchange dealers said in Tokyo on Monday morning.\n"
    '    "The recent remark by U.S. Treasury Secretary James\n'
    'Baker has cast a shadow on the agreement," said Koji\n'
    "Kidokoro, general manager of Mitsui Bank Ltd's treasury.\n"
    "    He said the market read this as a sign of weakness.\n"
)


def paragraphs(text):
    lay = read(text)
    return [lay.text[a:b] for a, b in lay.paragraphs]


@pytest.mark.parametrize(
    "text, expected",
    [
        (WIRE, 3),  # hard-wrapped newswire: paragraphs start with an indent
        ("One line.\n\nAnother paragraph.\n", 2),  # blank lines
        ("Ett stycke.\n– Vi är redo, sade hon.\n", 2),  # a dialogue dash opens a paragraph
        ("Sin punto al final y la línea\nsigue en minúscula.", 1),  # a sentence wrapped once
        ("Titular sin punto\nEl texto empieza aquí.", 2),  # a headline, then the text
    ],
)
def test_paragraphs_are_found_however_the_text_is_wrapped(text, expected):
    assert len(paragraphs(text)) == expected


def test_a_quote_across_a_wrapped_line_is_one_quote_with_its_speaker():
    (quote,) = extract(WIRE, "en").quotes
    assert quote.speaker == "Koji Kidokoro"
    assert quote.text.startswith("The recent remark") and quote.text.endswith("agreement")


def test_a_name_split_at_a_wrap_stays_whole():
    assert "James Baker" in extract(WIRE, "en").people


@pytest.mark.parametrize(
    "text, lang, expected_paragraphs",
    [
        # the Corus samples: a paragraph break reads as a bare "n" glued to the text
        ("ЯКУТСК, 10 авг – РИА Новости.nСредства направят на погашение.", "ru", 2),
        ("Об этом информируетnРИА Новостиnсо ссылкой на план поездок.", "ru", 1),
        ("«Мы готовы», - заявил он.nnКак отметили в правительстве, решение принято.", "ru", 2),
        # Latin script: only a pattern that recurs is a lost break
        ("The firm said profit rose.nShares gained.nAnalysts were pleased.", "en", 3),
        ("He spoke of Scientology.nAnd then left.", "en", 1),
        ("Plain text with no breaks at all, nothing to restore.", "en", 1),
    ],
)
def test_lost_line_breaks_are_restored_conservatively(text, lang, expected_paragraphs):
    assert len(paragraphs(text)) == expected_paragraphs


def test_quotes_after_a_lost_break_are_attributed():
    text = (
        "МОСКВА, 10 авг - РИА Новости.nПо мнению Ильи Березнюка, риск невелик.n"
        '"Единственный риск я вижу для торговых сетей", - сказал эксперт Илья Березнюк.'
    )
    ex = extract(text, "ru", PeopleRegistry.empty())
    assert [(q.text[:17], q.speaker) for q in ex.quotes] == [("Единственный риск", "Илья Березнюк")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab Cn.\n\t«»Мм"')), max_size=80))
def test_layout_keeps_every_offset_and_orders_paragraphs(text):
    lay = read(text)
    assert len(lay.text) == len(text)
    ends = [b for _, b in lay.paragraphs]
    assert all(a < b for a, b in lay.paragraphs)
    assert all(
        b1 <= a2 for (_, b1), (a2, _) in zip(lay.paragraphs, lay.paragraphs[1:], strict=False)
    )
    assert all(e <= len(text) for e in ends)


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        # Cyrillic letters that pass for Latin ones inside Latin words (spam, fake news)
        ('"El niño lloró", dijo Luis Armand\u043e P\u0435rez.', "es", "Luis Armando Perez"),
        ('"We were robbed," said J\u043ehn Sm\u0456th.', "en", "John Smith"),
        ("– Vi blev rånade, sade \u0410nna B\u0435rg.", "sv", "Anna Berg"),
    ],
)
def test_latin_words_spelt_with_cyrillic_lookalikes_read_as_latin(text, lang, speaker):
    (quote,) = extract(text, lang).quotes
    assert quote.speaker == speaker
    assert quote.text in text  # the quote itself is the body's own text


@pytest.mark.parametrize(
    "text",
    ["Москва и Самара", "Компания iPhone и Samsung", "Vladimir Путин"],
)
def test_russian_words_keep_their_letters(text):
    assert read(text).text == text
