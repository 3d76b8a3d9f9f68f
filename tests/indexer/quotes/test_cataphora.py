"""A pronoun in the attribution of the quote that opens an article, with nobody named before
it, is the first person named after it; Russian surnames tell the gender they agree with."""

import pytest

from indexer.quotes.names import find_mentions
from tests.support.quotes import REGISTRY
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "«Проводятся рейды по выявлению мест», — заявил он. Как пояснил Калинкин, "
            "зацеперы показывают пример.",
            "ru",
            [("Проводятся рейды по выявлению мест", "Калинкин")],
        ),
        (
            '"We raid the yards," he said. As Paul Kalinkin explained, the riders set an example.',
            "en",
            [("We raid the yards", "Paul Kalinkin")],
        ),
        (  # "she" is not the man named next
            "«Проводятся рейды», — заявила она. Как пояснил Калинкин, зацеперы показывают пример.",
            "ru",
            [],
        ),
        (  # an unnamed expert came first: he is who "он" is
            "Как считает эксперт, все в порядке. «Номер сам по себе такой», — заявил он. "
            "Руководитель федерации Сергей Канаев оценил предложение.",
            "ru",
            [],
        ),
    ],
)
def test_a_pronoun_before_any_name(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, gender",
    [
        ("Вчера выступил Андрей Попеко.", "m"),  # the given name decides
        ("Вчера выступил Иван Петров.", "m"),
        ("Вчера выступила Анна Петрова.", "f"),
        ("Вчера выступил Сергей Канаев.", "m"),
        ("Вчера выступил Пётр Вяземский.", "m"),
    ],
)
def test_a_russian_surname_tells_the_gender(text, gender):
    assert [m.gender for m in find_mentions(text, REGISTRY, "ru")] == [gender]
