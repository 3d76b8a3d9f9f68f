"""A common given name that is a month or weekday of another language ("Domingo", "Julio")
is a name when capitalised inside a sentence ("Finance Minister Domingo Cordovez said"); where
a sentence opens, and as a two-letter word ("Al Ahli"), it stays the word it is."""

import pytest

from indexer.people import PeopleRegistry
from indexer.quotes.names import find_mentions
from indexer.quotes.verbs import say_words
from tests.support.quotes import quote_pairs as pairs


def _names(text: str, lang: str) -> set[str]:
    return {m.name for m in find_mentions(text, PeopleRegistry.empty(), lang, say_words(lang))}


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Ecuador will postpone its payments, Finance Minister Domingo Cordovez said. He "
            'said in a statement, "The idea is to obtain the best terms."',
            "Domingo Cordovez",
        ),
        (
            'Planning Minister Julio De Vido spoke. "We will not pay," Mr De Vido said.',
            "Julio De Vido",
        ),
    ],
)
def test_a_given_name_that_is_a_foreign_stopword_names_a_speaker(text, speaker):
    assert [who for _, who in pairs(text, "en")] == [speaker]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Domingo Cordovez dijo que no. Domingo Pedro llegó tarde.", "es"),
        ("Julio Iglesias sang. Julio Gomez came late.", "en"),
        ("The bank said Al Ahli Bank will grow.", "en"),
    ],
)
def test_where_a_sentence_opens_it_stays_a_stopword(text, lang):
    assert not any(n.startswith(("Domingo", "Julio", "Al ")) for n in _names(text, lang))
