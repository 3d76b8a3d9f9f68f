"""The labelled set itself: well formed, balanced, and true to the article texts."""

from collections import Counter

import pytest

from benchmarks.speaker_draw import (
    BLIND_TO_READS,
    DRAWS,
    READS,
    collection_of,
    draw,
    read_records,
    redraw,
)
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
@pytest.mark.parametrize(("split", "seed", "counts"), DRAWS, ids=[s for s, _, _ in DRAWS])
def test_each_drawn_set_holds_exactly_the_records_its_draw_gives(split, seed, counts):
    drawn: dict[str, set[int]] = {}
    for _, lab in LABELS:
        if set_of(lab) == split:
            drawn.setdefault(source_of(lab), set()).add(lab["record"])
    assert drawn == {source: set(records) for source, records in redraw(split).items()}
    assert {source: len(records) for source, records in drawn.items()} == counts


@needs_data
def test_a_draw_is_the_same_for_the_same_seed_and_records_used():
    used = {"bbc": {0, 1, 2}, "reuters": set()}
    counts = {"bbc": 3, "reuters": 2}
    assert draw(7, counts, used) == draw(7, counts, used)
    assert not used["bbc"] & set(draw(7, counts, used)["bbc"])


@needs_data
def test_no_set_drawn_after_reads_were_recorded_holds_an_article_read_before_it():
    names = [name for name, _, _ in DRAWS]
    for split in names[names.index(BLIND_TO_READS) + 1 :]:
        read = read_records(split)
        for _, lab in LABELS:
            if set_of(lab) == split:
                assert lab["record"] not in read.get(source_of(lab), set()), (split, lab["record"])


@needs_data
def test_the_reads_are_as_large_as_recorded_and_share_no_article():
    read = read_records()
    sizes: Counter[str] = Counter()
    for _, _, counts, _ in READS:
        for key, n in counts.items():
            sizes[collection_of(key)] += n
    assert {source: len(records) for source, records in read.items()} == dict(sizes)
