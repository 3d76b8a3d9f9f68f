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


@needs_data
def test_the_fifth_development_set_is_the_thirty_articles_drawn():
    dev5 = [lab for _, lab in LABELS if set_of(lab) == "dev5"]
    assert Counter(source_of(lab) for lab in dev5) == {
        "10kgnad": 10,
        "fakenews-es": 10,
        "bbc": 5,
        "reuters": 5,
    }
    assert max(len(load_text(lab)) for lab in dev5) <= 6000


@needs_data
def test_the_sixth_development_set_is_the_twenty_four_articles_drawn():
    dev6 = [lab for _, lab in LABELS if set_of(lab) == "dev6"]
    assert Counter(source_of(lab) for lab in dev6) == {"10kgnad": 12, "fakenews-es": 12}
    assert max(len(load_text(lab)) for lab in dev6) <= 6000


@needs_data
def test_the_seventh_development_set_is_the_forty_two_articles_drawn():
    dev7 = [lab for _, lab in LABELS if set_of(lab) == "dev7"]
    assert Counter(source_of(lab) for lab in dev7) == {
        "10kgnad": 14,
        "fakenews-es": 12,
        "bbc": 8,
        "reuters": 8,
    }
    assert max(len(load_text(lab)) for lab in dev7) <= 6000


@needs_data
def test_the_second_held_out_set_is_the_forty_two_articles_drawn():
    check2 = [lab for _, lab in LABELS if set_of(lab) == "check2"]
    assert Counter(source_of(lab) for lab in check2) == {
        "10kgnad": 14,
        "fakenews-es": 12,
        "bbc": 8,
        "reuters": 8,
    }
    assert max(len(load_text(lab)) for lab in check2) <= 6000
