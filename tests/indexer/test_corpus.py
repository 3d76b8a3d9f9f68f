"""Finding and reading sources: corpus directories, files, JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.corpus import (
    article_path,
    check_id,
    jsonl_records,
    parse_source,
    read_sources,
    scan_corpus,
    write_article_file,
)
from search.errors import ArticleFormatError, InvalidArticleIdError


def test_scan_finds_txt_and_md_recursively_and_skips_hidden(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "sub/c.txt", ".hidden/d.txt", ".e.txt", "notes.json"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in scan_corpus(tmp_path)] == [
        "a.txt",
        "b.md",
        "sub/c.txt",
    ]


def test_a_missing_corpus_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ArticleFormatError, match="corpus directory does not exist"):
        scan_corpus(tmp_path / "nope")


def test_jsonl_gives_one_source_per_line_with_default_ids() -> None:
    lines = [
        json.dumps({"id": "x1", "text": "Nato svarade.", "language": "sv"}).encode(),
        b"",
        json.dumps({"text": "The talks ended."}).encode(),
    ]
    sources = list(jsonl_records(lines, "batch.jsonl", default_prefix="batch"))
    assert [s.id for s in sources] == ["x1", "batch-3"]
    assert parse_source(sources[0]).language == "sv"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b"{not json", "batch.jsonl:1: not valid JSON"),
        (b'{"title": "no text"}', "batch.jsonl:1: expected an object with a 'text' string"),
        (b'["a"]', "expected an object"),
        (b'{"id": "../etc", "text": "x"}', "Invalid article id"),
    ],
)
def test_bad_jsonl_lines_are_failures_naming_the_line(line: bytes, reason: str) -> None:
    (failure,) = list(jsonl_records([line], "batch.jsonl"))
    assert reason in str(failure)


def test_read_sources_reports_duplicates_and_oversized_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 2000, encoding="utf-8")
    sources, failures = read_sources(scan_corpus(tmp_path), max_bytes=1000)
    assert [s.id for s in sources] == ["same"]
    big, duplicate = sorted((str(f) for f in failures), key=lambda r: "duplicate" in r)
    assert "big.txt: file is 2,000 bytes, over the limit of 1,000" in big
    assert "b/same.txt: duplicate id 'same'" in duplicate and "a/same.txt" in duplicate


@pytest.mark.parametrize("bad", ["", "../x", "a/b", "-x", "a" * 200, "ä"])
def test_unsafe_ids_are_rejected(bad: str) -> None:
    with pytest.raises(InvalidArticleIdError):
        check_id(bad)


def test_article_files_are_written_atomically_and_found_again(tmp_path: Path) -> None:
    path = write_article_file(tmp_path, "new-1", b"Text.\n")
    assert path == tmp_path / "new-1.txt" and path.read_bytes() == b"Text.\n"
    assert article_path(tmp_path, "new-1") == path
    assert article_path(tmp_path, "missing") is None
    assert [p.name for p in tmp_path.iterdir()] == ["new-1.txt"]  # no temporary file left
