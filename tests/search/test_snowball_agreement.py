"""Stemming agrees with the official Snowball vocabularies, word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.analysis import stem

SNOWBALL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "snowball-data"

pytestmark = pytest.mark.skipif(
    not SNOWBALL.is_dir(), reason=f"Snowball vocabularies not found at {SNOWBALL}"
)


@pytest.mark.parametrize(
    ("language", "directory"),
    [("en", "english"), ("sv", "swedish"), ("de", "german"), ("es", "spanish"), ("ru", "russian")],
)
def test_stemming_agrees_with_snowball_on_every_word(language: str, directory: str) -> None:
    words = (SNOWBALL / directory / "voc.txt").read_text(encoding="utf-8").split("\n")
    stems = (SNOWBALL / directory / "output.txt").read_text(encoding="utf-8").split("\n")
    assert len(words) == len(stems) > 20_000
    disagreements = [
        (w, s, stem(w, language))
        for w, s in zip(words, stems, strict=True)
        if stem(w, language) != s
    ]
    assert disagreements == [], f"{len(disagreements)} of {len(words)} words differ"
