"""Bad input: a clear error naming the file and the reason, the rest still indexes, exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from indexer.build import sync_corpus
from search.writer import read_manifest
from tests.conftest import ALL_IDS, copy_corpus

GOOD = "Nato-chefen svarade på frågorna i Bryssel under en lång presskonferens på tisdagen."

BAD_FILES = [
    ("invalid-utf8.txt", b"Caf\xe9 au lait, " + GOOD.encode(), "invalid UTF-8 at byte 3"),
    ("empty.txt", b"", "the file is empty"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (
        "malformed.txt",
        b"---\ntitle: [oops\n---\n" + GOOD.encode(),
        "malformed.txt:2: malformed front matter",
    ),
    ("unclosed.txt", b"---\ntitle: x\n" + GOOD.encode(), "never closed"),
    (
        "bad-date.txt",
        b"---\npublished: 31/02/2022\n---\n" + GOOD.encode(),
        "bad-date.txt:2: unparseable date '31/02/2022'",
    ),
    ("huge.txt", GOOD.encode() * 200, "over the limit of 10,000"),
    ("bad id!.txt", GOOD.encode(), "Invalid article id"),
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    corpus = copy_corpus(tmp_path / "corpus")
    for name, data, _ in BAD_FILES:
        (corpus / name).write_bytes(data)
    (corpus / "sub").mkdir()
    (corpus / "sub" / f"{sorted(ALL_IDS)[0]}.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "warned.txt").write_text(f"---\ncolour: red\n---\n{GOOD}\n", encoding="utf-8")
    return corpus


@pytest.mark.parametrize(("name", "data", "reason"), BAD_FILES)
def test_each_bad_file_is_reported_with_its_name_and_reason(
    corpus: Path, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    report = sync_corpus(corpus, tmp_path / "index", procs=1, max_bytes=10_000)
    (message,) = [f for f in report.failed if name in f]
    assert reason in message


def test_a_duplicate_id_is_reported_and_the_first_file_kept(corpus: Path, tmp_path: Path) -> None:
    report = sync_corpus(corpus, tmp_path / "index", procs=1, max_bytes=10_000)
    (message,) = [f for f in report.failed if "duplicate id" in f]
    assert "sub/" in message and "also in" in message


def test_the_rest_of_the_corpus_still_indexes(corpus: Path, tmp_path: Path) -> None:
    report = sync_corpus(corpus, tmp_path / "index", procs=1, max_bytes=10_000)
    assert set(read_manifest(tmp_path / "index")) == ALL_IDS | {"warned"}
    assert report.added == 6
    assert len(report.failed) == len(BAD_FILES) + 1  # + the duplicate


def test_an_unknown_front_matter_key_is_only_a_warning(corpus: Path, tmp_path: Path) -> None:
    report = sync_corpus(corpus, tmp_path / "index", procs=1, max_bytes=10_000)
    assert any("warned.txt:2: unknown front-matter key 'colour'" in w for w in report.warnings)
    assert "warned" in read_manifest(tmp_path / "index")


def test_the_exit_status_says_that_something_failed(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        ["index", str(corpus), "--index", str(tmp_path / "index")],
        env={"PRESSLENS_MAX_ARTICLE_BYTES": "10000"},
    )
    assert result.exit_code == 1
    for name, _, reason in BAD_FILES:
        assert name in result.output and reason in result.output
    assert "6 added" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "article_id, word, broken",
    [
        ("000_e42dea71f96fb87d", "diskussion", b"Diskussion \xff\xfe trasig"),  # sv
        ("003_a589e34c5cfe1d2a", "Grushko", b"---\ntitle: [unclosed\n---\nGrushko"),  # en
    ],
)
def test_a_file_that_breaks_keeps_its_indexed_version_searchable(
    tmp_path: Path, article_id: str, word: str, broken: bytes
) -> None:
    from search import open_index

    corpus = copy_corpus(tmp_path / "clean")
    index = tmp_path / "index"
    assert not sync_corpus(corpus, index).failed
    (corpus / f"{article_id}.txt").write_bytes(broken)
    report = sync_corpus(corpus, index)
    assert len(report.failed) == 1 and f"{article_id}.txt" in report.failed[0]
    assert report.removed == 0
    with open_index(index) as idx:
        assert article_id in {h.id for h in idx.search(word).hits}
