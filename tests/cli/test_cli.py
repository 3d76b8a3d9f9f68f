"""The command line: index, add, remove, search, quotes, speakers (Typer's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from search.store import writer_lock
from search.writer import read_manifest
from tests.conftest import ALL_IDS, EN_BNE, SV, copy_corpus

runner = CliRunner()
SWEDISH = "Diskussionerna om Nato fortsatte i Bryssel under hela veckan, och ingen ville ge sig."
ENGLISH = "The discussions about the alliance went on in Brussels all week, and nobody gave in."


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    corpus = copy_corpus(tmp_path / "corpus")
    return corpus, tmp_path / "index"


def cli(paths: tuple[Path, Path], *args: str, stdin: str | bytes | None = None):
    corpus, index = paths
    return runner.invoke(
        app,
        list(args),
        input=stdin,
        env={"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(index)},
    )


def test_index_builds_then_says_nothing_changed(paths: tuple[Path, Path]) -> None:
    first = cli(paths, "index")
    assert first.exit_code == 0, first.output
    assert "Full build: 5 added" in first.output
    again = cli(paths, "index")
    assert again.exit_code == 0
    assert "Index is up to date (5 articles unchanged; nothing analysed)." in again.output


def test_index_json_summary(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    (paths[0] / f"{SV}.txt").unlink()
    (paths[0] / "new-en.txt").write_text(ENGLISH, encoding="utf-8")
    result = cli(paths, "index", "--json")
    summary = json.loads(result.output)
    assert result.exit_code == 0
    assert {k: summary[k] for k in ("added", "updated", "removed", "failed", "full")} == {
        "added": 1,
        "updated": 0,
        "removed": 1,
        "failed": [],
        "full": False,
    }
    assert summary["failed_count"] == 0 and summary["seconds"] >= 0


def test_index_full_rebuilds(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    result = cli(paths, "index", "--full", "--json")
    assert json.loads(result.output)["full"] is True
    assert json.loads(result.output)["added"] == 5


def test_quiet_prints_only_failures(paths: tuple[Path, Path]) -> None:
    assert cli(paths, "index", "--quiet").output == ""
    (paths[0] / "broken.txt").write_bytes(b"")
    result = cli(paths, "index", "--quiet")
    assert result.exit_code == 1
    assert result.output.strip() == f"failed: {paths[0] / 'broken.txt'}: the file is empty"


def test_a_second_indexer_exits_with_an_error_naming_the_lock(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    with writer_lock(paths[1]):
        result = cli(paths, "index", "--full")
    assert result.exit_code == 1
    assert f"lock '{paths[1] / 'LOCK'}' is held" in result.output
    assert "Traceback" not in result.output


def test_a_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    result = cli((tmp_path / "nope", tmp_path / "index"), "index")
    assert result.exit_code == 1
    assert "corpus directory does not exist" in result.output


def test_add_files_copies_them_into_the_corpus_and_indexes_them(
    paths: tuple[Path, Path], tmp_path: Path
) -> None:
    cli(paths, "index")
    story = tmp_path / "story-sv.txt"
    story.write_text(SWEDISH, encoding="utf-8")
    result = cli(paths, "add", str(story))
    assert result.exit_code == 0, result.output
    assert "1 added" in result.output
    assert (paths[0] / "story-sv.txt").read_text("utf-8").strip() == SWEDISH
    assert "story-sv" in read_manifest(paths[1])


def test_add_jsonl_imports_one_article_per_line(paths: tuple[Path, Path], tmp_path: Path) -> None:
    cli(paths, "index")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "j-sv", "text": SWEDISH, "outlet": "TT", "language": "sv"})
        + "\n"
        + json.dumps({"text": ENGLISH, "title": "Talks"})
        + "\n{broken\n",
        encoding="utf-8",
    )
    result = cli(paths, "add", str(batch), "--json")
    summary = json.loads(result.stdout)
    assert result.exit_code == 1  # one line failed
    assert summary["added"] == 2
    assert any("batch.jsonl:3: not valid JSON" in f for f in summary["failed"])
    assert {"j-sv", "batch-2"} <= set(read_manifest(paths[1]))
    assert "outlet: TT" in (paths[0] / "j-sv.txt").read_text("utf-8")


def test_add_reads_an_article_from_stdin(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    result = cli(paths, "add", "-", stdin=ENGLISH)
    assert result.exit_code == 0, result.output
    assert any(i.startswith("stdin-") for i in read_manifest(paths[1]))


def test_add_reads_json_lines_from_stdin(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    lines = (
        json.dumps({"id": "s1", "text": SWEDISH}) + "\n" + json.dumps({"id": "s2", "text": ENGLISH})
    )
    result = cli(paths, "add", "-", stdin=lines)
    assert result.exit_code == 0, result.output
    assert {"s1", "s2"} <= set(read_manifest(paths[1]))


def test_add_reports_a_missing_file(paths: tuple[Path, Path], tmp_path: Path) -> None:
    cli(paths, "index")
    result = cli(paths, "add", str(tmp_path / "missing.txt"))
    assert result.exit_code == 1
    assert "missing.txt: cannot read" in result.output


def test_remove_deletes_from_corpus_and_index(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    result = cli(paths, "remove", EN_BNE, "not-there")
    assert result.exit_code == 0, result.output
    assert "1 removed" in result.output and "1 id(s) were not in the index" in result.output
    assert not (paths[0] / f"{EN_BNE}.txt").exists()
    assert set(read_manifest(paths[1])) == ALL_IDS - {EN_BNE}


def test_remove_rejects_an_invalid_id(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    result = cli(paths, "remove", "../etc/passwd")
    assert result.exit_code == 1
    assert "Invalid article id" in result.output


def test_search_prints_ranked_hits_and_json(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    text = cli(paths, "search", "diskussion", "--lang", "sv")
    assert text.exit_code == 0 and SV in text.output
    hits = json.loads(cli(paths, "search", "diskussion", "--lang", "sv", "--json").output)["hits"]
    assert [h["id"] for h in hits] == [SV]


def test_search_without_an_index_says_how_to_build_one(paths: tuple[Path, Path]) -> None:
    result = cli(paths, "search", "veto")
    assert result.exit_code == 1
    assert "run 'presslens index' first" in result.output


def test_quotes_and_speakers(paths: tuple[Path, Path]) -> None:
    cli(paths, "index")
    quotes = json.loads(cli(paths, "quotes", "", "--speaker", "Jens Stoltenberg", "--json").output)
    assert quotes["total"] >= 1
    assert all(h["speaker"] == "Jens Stoltenberg" for h in quotes["hits"])
    speakers = json.loads(cli(paths, "speakers", "--json").output)
    assert "Jens Stoltenberg" in {s["name"] for s in speakers}
    table = cli(paths, "speakers")
    assert table.exit_code == 0 and "Jens Stoltenberg" in table.output


def test_speakers_unknown_lists_names_missing_from_people_yaml(paths: tuple[Path, Path]) -> None:
    (paths[0] / "unknown.txt").write_text(
        '"We will not give in," said Kasimir Wolkenstein, the mayor of Zyxburg, on Tuesday.',
        encoding="utf-8",
    )
    result = cli(paths, "speakers", "--unknown", "--json")
    assert result.exit_code == 0, result.output
    names = json.loads(result.output)
    assert "Kasimir Wolkenstein" in names
    assert "Jens Stoltenberg" not in names
