"""The memoized, fast-path ``_runs`` (plain lower-case words passed over in one scan) finds
exactly the runs of the plain per-token definition."""

from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.quotes import names
from indexer.quotes.names import _PARTICLES, _POSSESSIVE, _TOKEN, _bare, _is_acronym, is_title

WORDS = st.sampled_from(
    ["Anna", "Berg", "von", "de", "minister", "Minister", "US:s", "EU", "NATO", "Peskov's", "Kurz’",
     "Kammer-Präsident", "said", "the", "ﬁnance", "İnterior", "Грушко", "x:s", "2", "_", "ab-",
     "E", "E.", "van", "der", "den", "Bellen", "A", "dAllegeershecque", "d'Estaing", "al-Assad",
     "minister's", "министра", "президентом", "straße", "łódź", "don", "doña", "ex-minister",
     "der2", "2abc", "abc_", "vonder"]
)  # fmt: skip
SEPS = st.sampled_from([" ", " ", ", ", "  ", "\n", "-", "'", "’", ":", ". ", ""])
TEXT = st.lists(st.one_of(WORDS, SEPS, st.text(max_size=6)), max_size=40).map("".join)


def _reference_runs(text):
    """The plain definition: every token classified afresh, no cache and no fast path."""
    runs, current, prev_end, prev_title = [], [], -10, False
    for m in _TOKEN.finditer(text):
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
        if names._is_name_word(word) or (
            current and adjacent and word in _PARTICLES and m.end() < len(text)
        ):
            if not (current and adjacent):
                if current:
                    runs.append(current)
                current = []
            current.append((m.start(), m.end(), word, prev_title and (gap in (" ", ", "))))
            if _POSSESSIVE.search(word) and not word.endswith("'"):
                runs.append(current)
                current = []
        elif current:
            runs.append(current)
            current = []
        prev_title = is_title(_bare(word)) or (prev_title and _is_acronym(word) and gap == " ")
        if _is_acronym(word) and word.endswith(":s"):
            prev_title = True
        prev_end = m.end()
    if current:
        runs.append(current)
    return runs


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_runs_match_the_reference_definition(text):
    assert names._runs(text) == _reference_runs(text)
