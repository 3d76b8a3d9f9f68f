"""The labelled set itself: well formed, balanced, and true to the article texts."""

from collections import Counter

import pytest

from benchmarks.speaker_quality import DATA, _norm, labels, load_text, set_of, source_of

needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data is missing")
LABELS = labels()


@needs_data
@pytest.mark.parametrize("name, label", LABELS, ids=[n for n, _ in LABELS])
def test_every_labelled_quote_starts_in_its_article(name, label):
    text = _norm(load_text(label))
    for q in label.get("quotes") or []:
        assert _norm(q["start"]) in text, (name, q["start"])


@pytest.mark.parametrize("name, label", LABELS, ids=[n for n, _ in LABELS])
def test_the_people_quoted_are_the_speakers_of_the_quotes(name, label):
    quoted = {q["speaker"] for q in label.get("quotes") or [] if q.get("speaker")}
    assert set(label.get("speakers") or []) == quoted, name


@needs_data
def test_the_new_labels_cover_every_source_and_split_evenly():
    sets = Counter((set_of(lab), source_of(lab)) for _, lab in LABELS)
    assert sum(n for (s, _), n in sets.items() if s in ("dev", "check")) >= 100
    for source in ("bbc", "reuters", "10kgnad", "fakenews-es", "corus-ru"):
        assert sets[("dev", source)] == sets[("check", source)] >= 8, source


@needs_data
def test_no_article_is_labelled_twice():
    texts = Counter(load_text(lab) for _, lab in LABELS)
    assert max(texts.values()) == 1


#: each set drawn by the documented procedure: its articles per source
DRAWN = [
    ("dev5", {"10kgnad": 10, "fakenews-es": 10, "bbc": 5, "reuters": 5}),
    ("dev6", {"10kgnad": 12, "fakenews-es": 12}),
    ("dev7", {"10kgnad": 14, "fakenews-es": 12, "bbc": 8, "reuters": 8}),
    ("check2", {"10kgnad": 14, "fakenews-es": 12, "bbc": 8, "reuters": 8}),
]


@needs_data
@pytest.mark.parametrize(("split", "sources"), DRAWN, ids=[s for s, _ in DRAWN])
def test_each_drawn_set_holds_the_articles_drawn_of_at_most_6000_characters(split, sources):
    drawn = [lab for _, lab in LABELS if set_of(lab) == split]
    assert Counter(source_of(lab) for lab in drawn) == sources
    assert max(len(load_text(lab)) for lab in drawn) <= 6000
