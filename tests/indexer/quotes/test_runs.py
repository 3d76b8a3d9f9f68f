"""The fast ``capital_runs`` (only the tokens that hold a capital letter, and the lower-case
titles and particles next to them, are read) finds exactly the runs of the plain per-token
definition."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.quotes.lexicon import PARTICLES, is_title
from indexer.quotes.runs import TOKEN, bare, capital_runs, is_acronym, is_name_word

POSSESSIVE = re.compile(r"(?:['’]s|:s|['’])$")

WORDS = st.sampled_from(
    ["Anna", "Berg", "von", "de", "minister", "Minister", "US:s", "EU", "NATO", "Peskov's", "Kurz’",
     "Kammer-Präsident", "said", "the", "ﬁnance", "İnterior", "Грушко", "x:s", "2", "_", "ab-",
     "E", "E.", "van", "der", "den", "Bellen", "A", "dAllegeershecque", "d'Estaing", "al-Assad",
     "minister's", "министра", "президентом", "straße", "łódź", "don", "doña", "ex-minister",
     "der2", "2abc", "abc_", "vonder", "jefe", "ǅemal", "Ⅻ", "ex" * 30 + "-minister", "12",
     "Kapitän", "chief", "Don", "lord", "De", "Le", "Der"]
)  # fmt: skip
SEPS = st.sampled_from([" ", " ", ", ", "  ", "\n", "-", "'", "’", ":", ". ", ""])
#: any characters, and characters of the scripts whose capitals the fast path knows (Latin,
#: Greek, Cyrillic: a text with any other character is read token by token)
TEXT = st.lists(st.one_of(WORDS, SEPS, st.text(max_size=6)), max_size=40).map("".join)
KNOWN = st.characters(max_codepoint=0x4FF, exclude_categories=("Cs",))
KNOWN_TEXT = st.lists(st.one_of(WORDS, SEPS, st.text(KNOWN, max_size=6)), max_size=40).map("".join)


def _particle(word):
    """A name particle, in lower case or capitalised ("von", "De")."""
    return word in PARTICLES or (word[1:].islower() and word.casefold() in PARTICLES)


def _reference_runs(text):
    """The plain definition: every token classified afresh, no cache and no fast path."""
    runs, current, prev_end, prev_title = [], [], -10, False
    for m in TOKEN.finditer(text):
        word = m.group()
        if current and text[prev_end : m.start()] == " ":
            if len(word) == 1 and word.isupper() and text[m.end() : m.end() + 2] == ". ":
                current.append((m.start(), m.end() + 1, word + ".", False))  # "Thomas E. Mulligan"
                prev_end, prev_title = m.end() + 1, False
                continue
            if word in ("der", "den") and current[-1][2] in ("van", "von") and m.end() < len(text):
                current.append((m.start(), m.end(), word, False))  # "van der Bellen"
                prev_end, prev_title = m.end(), False
                continue
        gap = text[prev_end : m.start()] if prev_end >= 0 else "  "
        adjacent = gap == " " and prev_end >= 0
        if is_name_word(word) or (current and adjacent and _particle(word) and m.end() < len(text)):
            if not (current and adjacent):
                if current:
                    runs.append(current)
                current = []
            current.append((m.start(), m.end(), word, prev_title and (gap in (" ", ", "))))
            if POSSESSIVE.search(word) and not word.endswith("'"):
                runs.append(current)
                current = []
        elif current:
            runs.append(current)
            current = []
        prev_title = is_title(bare(word)) or (prev_title and is_acronym(word) and gap == " ")
        if is_acronym(word) and word.endswith(":s"):
            prev_title = True
        prev_end = m.end()
    if current:
        runs.append(current)
    return runs


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, KNOWN_TEXT))
def test_runs_match_the_reference_definition(text):
    assert capital_runs(text) == _reference_runs(text)


@pytest.mark.parametrize(
    "text",
    [
        "said minister Olga Kurz",  # a lower-case title cues the name
        "el jefe, México",  # after a comma too
        "Ursula von der Leyen, Thomas E. de la Cruz",  # particles and an initial
        "2Anna, x-Berg and eBay met al-Assad",  # capitals inside tokens
        "Präsident Erdoğan traf Ле́в Толсто́й",  # Latin and Cyrillic beyond ASCII
        "Anna 中 Berg met ℋenry",  # other scripts: every token is read
    ],
)
def test_runs_of_real_name_patterns_match_the_reference_definition(text):
    assert capital_runs(text) == _reference_runs(text)
