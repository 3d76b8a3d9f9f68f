"""An English nationality adjective opens no name: before a full name it describes the
person ("Australian Lynton Crosby" is Lynton Crosby), before a word alone it names nobody
("said Swiss Re"); a name that only contains such a word is left as it was."""

import pytest

from indexer.quotes.candidates import name_start
from indexer.quotes.demonyms import is_demonym
from indexer.quotes.runs import capital_runs
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            '"I have never had any such conversation," said Australian Lynton Crosby.',
            "en",
            [("I have never had any such conversation", "Lynton Crosby")],
        ),
        ('"2004 reinforces the trend towards higher losses," said Swiss Re.', "en", []),
        (
            '"There is a lot of interest," said American Chamber of Commerce president '
            "George Drysdale.",
            "en",
            [("There is a lot of interest", "George Drysdale")],
        ),
        # no nationality opens the run: the name stays whole
        (
            '"The tension has eased," said Dawn French.',
            "en",
            [("The tension has eased", "Dawn French")],
        ),
    ],
)
def test_a_nationality_opens_no_name(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "word, expected",
    [("Swiss", True), ("Australian", True), ("irish", True), ("Sweden", False), ("Jordan", False)],
)
def test_is_demonym(word, expected):
    assert is_demonym(word) is expected


@pytest.mark.parametrize(
    "run, lang, expected",
    [
        ("Australian Lynton Crosby", "en", "Lynton Crosby"),
        ("Swiss Re", "en", "Re"),
        ("European Community Tran Van Thinh", "en", "Tran Van Thinh"),  # a given name inside
        ("Liberal Democrat David Laws", "en", "David Laws"),
        ("Swiss Re", "de", "Swiss Re"),  # English adjectives only
    ],
)
def test_the_name_starts_after_the_nationality(run, lang, expected):
    tokens = capital_runs(run)[0]
    first, _ = name_start(tokens, lang)
    assert " ".join(w for *_, w, _ in tokens[first:]) == expected
