"""A title word that makes a role only before another one ("Trade" of "Trade Minister", "a
major bank") is no title before a lone capitalised word: "Trade Unions", "the General
Agreement", "a major Swiss bank" name nobody, and no quote goes to "Unions" or "Swiss". A head
title ("Minister Subroto", "Mr Mukerjee") still makes a surname of the word after it, and so
does a lower-case role right before a verb of saying ("official Xu said")."""

import pytest

from indexer.people import PeopleRegistry
from indexer.quotes.names import find_mentions
from indexer.quotes.verbs import say_words
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Chittabrata Majumdar, secretary of the Centre of Indian Trade Unions (CITU), said "
            'FDI was a risk. He said, "No country can develop on foreign investment alone."',
            "Unions",
        ),
        (
            '"We are moving into new surroundings," said a securities dealer at a major Swiss '
            'bank. "We are not used to screens."',
            "Swiss",
        ),
        (
            'The plan breaks the General Agreement on Tariffs and Trade. "It is a clear '
            'breach," one diplomat said.',
            "Agreement",
        ),
    ],
)
def test_no_quote_goes_to_the_word_after_a_modifier_title(text, absent):
    assert absent not in [who for _, who in pairs(text, "en")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Oil Minister Subroto met them. Subroto said prices would hold.", "Subroto"),
        ('"The companies are competitive," said Mr Mukerjee.', "Mukerjee"),
        ('"We lost very little land," official Xu said.', "Xu"),
        ("Institute for Fiscal Studies staff said taxes would rise.", None),
        ("A dealer at a major Japanese bank said the yen would rise.", None),
    ],
)
def test_a_head_title_still_names_the_surname_after_it(text, name):
    found = [m.name for m in find_mentions(text, PeopleRegistry.empty(), "en", say_words("en"))]
    assert set(found) == ({name} if name else set())
