"""Reading what was typed: a word still being typed is a prefix, never a typo."""

from __future__ import annotations

import pytest

from search.interpret import interpret
from search.query import render
from tests.conftest import SV


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("diskussio", "diskussio*"),  # sv
        ("nato diskussio", "nato diskussio*"),
        ("Stoltenb", "Stoltenb*"),  # en/sv name
        ("veto ", "veto"),  # the cursor left the word: a word
        ("v", "v"),  # too short to be a prefix
        ('"open door', '"open door"'),  # a phrase stays a phrase
    ],
)
def test_the_word_being_typed_is_a_prefix(shipped_index, typed: str, expected: str) -> None:
    query = interpret(shipped_index.view(), typed, typing=True)
    assert render(query.node) == expected
    assert query.did_you_mean is None


def test_a_prefix_being_typed_is_not_corrected_into_another_word(shipped_index) -> None:
    typed = shipped_index.search("diskussio", typing=True)
    assert [h.id for h in typed.hits] == [SV] and typed.did_you_mean is None
