"""German capitalises every noun, so a run of capitals is often a noun phrase and names
nobody: a numeral before it counts things ("zehn Tage Ausharren"), a role and a genitive
article before it name what the role belongs to ("der Mitgründer der Stiftung"), an article
before an organisation's name with a digit in it, or a neuter article before a thing ("das Thema
Open Access"), is no "der Österreicher Bernhard Mayer", and
three words with no given name among them are a heading run into the text or a phrase."""

import pytest

from indexer.quotes.names import find_mentions
from indexer.quotes.verbs import say_words
from tests.support.quotes import REGISTRY
from tests.support.quotes import quote_pairs as pairs


def _names(text: str, lang: str) -> list[str]:
    return [m.name for m in find_mentions(text, REGISTRY, lang, say_words(lang))]


@pytest.mark.parametrize(
    "text, lang, nobody",
    [
        (
            "Wenig Verständnis hat er für das Thema Open Access. Das ist Unsinn, sagt Südhof.",
            "de",
            "Open Access",
        ),
        (
            "Es folgten zehn Tage Ausharren im Niemandsland. Das war hart, sagt Mohammed.",
            "de",
            "Tage Ausharren",
        ),
        (
            "Sie zielt auf zwei Millionen Satelliten-Haushalte. So viele Satelliten-Haushalte "
            "fordert der Markt, sagt Martijn van Hout.",
            "de",
            "Millionen Satelliten-Haushalte",
        ),
        (
            "Das Camp des Aktionsbündnisses Stopp G7 Elmau ist voll. Es ist heiß, sagt Adrian.",
            "de",
            "Stopp G7 Elmau",
        ),
        (
            "Das sagte Correa vor dem Papst. Pontifikale Metaphern Franziskus erwähnte den Vulkan. "
            "Die Kirche ist wie der Mond, sagte Franziskus.",
            "de",
            "Pontifikale Metaphern Franziskus",
        ),
        (
            "Welche der Funktionen kommen, ist unklar. Mehr Funktionen fordert iPhone-Tricks.",
            "de",
            "Welche der Funktionen",
        ),
    ],
)
def test_a_german_noun_phrase_in_capitals_names_nobody(text, lang, nobody):
    assert nobody not in _names(text, lang)


@pytest.mark.parametrize(
    "text, lang, person",
    [
        ("Das Ergebnis: 1. Johannes Rydzek, 2. Eric Frenzel (GER).", "de", "Eric Frenzel"),
        ("Sie schlug dem Japaner Akito Watabe ein Schnippchen.", "de", "Akito Watabe"),
        (
            "Bundesbank-Vorstand Carl-Ludwig Thiele zweifelt. Das geht nicht, mahnte Thiele.",
            "de",
            "Carl-Ludwig Thiele",
        ),
        ("Tio dagar senare talade Tage Erlander.", "sv", "Tage Erlander"),
    ],
)
def test_a_name_after_an_ordinal_an_article_and_noun_or_in_other_languages_stays_a_name(
    text, lang, person
):
    assert any(person in name for name in _names(text, lang))


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Der Mitgründer der Stiftung zur Erforschung des Erbes, Irfan al-Alawi, warf den "
            "Behörden Fahrlässigkeit vor. Sie kümmern sich um gar nichts, sagte er.",
            "de",
            [("Sie kümmern sich um gar nichts", "Irfan al-Alawi")],
        ),
        (
            "The co-founder of the foundation, Irfan al-Alawi, blamed the authorities. "
            '"They care about nothing at all," he said.',
            "en",
            [("They care about nothing at all", "Irfan al-Alawi")],
        ),
    ],
)
def test_a_quote_after_a_role_and_its_genitive_goes_to_the_person_named(text, lang, expected):
    assert pairs(text, lang) == expected
