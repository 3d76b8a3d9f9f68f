"""Bad input: a clear error naming the file and the reason, the rest still indexes, exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from indexer.build import sync_corpus
from search import open_index, read_run_status
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
    corpus = copy_corpus(tmp_path / "clean")
    index = tmp_path / "index"
    assert not sync_corpus(corpus, index).failed
    (corpus / f"{article_id}.txt").write_bytes(broken)
    report = sync_corpus(corpus, index)
    assert len(report.failed) == 1 and f"{article_id}.txt" in report.failed[0]
    assert report.removed == 0
    with open_index(index) as idx:
        assert article_id in {h.id for h in idx.search(word).hits}


# ---------------------------------------------------------------- issue 13: one bad file
SWEDISH = "Regeringen presenterade budgeten i riksdagen. Skolan och vården får mer pengar i år."
ENGLISH = "The government presented its budget to parliament. Schools and hospitals get more."

#: Front matter that once crashed a whole run (a ValueError from the YAML library, a
#: TypeError from the article), each now one named failure or one named warning.
HOSTILE_FRONT_MATTER = [
    ("impossible-date", "published: 2022-02-30", "failed", ":2: impossible date '2022-02-30'"),
    ("impossible-datetime", "published: 2022-13-01T10:00:00", "failed", "impossible date"),
    ("year-zero", "published: 0000-01-01", "failed", "impossible date"),
    ("tagged-date", "published: !!timestamp 2022-02-30", "failed", "impossible date"),
    ("tagged-int", "title: !!int abc", "failed", ":2: malformed front matter (ValueError"),
    ("deep", "title: " + "[" * 3000, "failed", ":2: front matter nested deeper than 32 levels"),
    ("huge", "title: " + "x" * 70_000, "failed", ":2: front matter of 70,007 characters"),
    ("authors-number", "authors: 5", "indexed", ""),
    ("authors-mapping", "authors: {a: b}", "warned", ":2: 'authors' must be a name or a list"),
    ("title-list", "title: [a, b]", "warned", ":2: 'title' must be text"),
]


@pytest.mark.parametrize(("name", "meta", "outcome", "message"), HOSTILE_FRONT_MATTER)
@pytest.mark.parametrize("text", [SWEDISH, ENGLISH], ids=["sv", "en"])
def test_bad_front_matter_costs_at_most_its_own_file(
    tmp_path: Path, name: str, meta: str, outcome: str, message: str, text: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{name}.txt").write_text(f"---\n{meta}\n---\n{text}\n", encoding="utf-8")
    (corpus / "good.txt").write_text(text, encoding="utf-8")
    report = sync_corpus(corpus, tmp_path / "index", procs=1)
    indexed = set(read_manifest(tmp_path / "index"))
    assert "good" in indexed
    if outcome == "failed":
        (failure,) = report.failed
        assert failure.startswith(str(corpus / f"{name}.txt")) and message in failure
        assert name not in indexed
    else:
        assert not report.failed and name in indexed
        assert message in " ".join(report.warnings)


@pytest.mark.parametrize("text", [SWEDISH, ENGLISH], ids=["sv", "en"])
def test_one_impossible_date_costs_only_its_file_and_the_json_summary_is_printed(
    tmp_path: Path, text: str
) -> None:
    corpus = copy_corpus(tmp_path / "corpus")
    (corpus / "x.txt").write_text(f"---\npublished: 2022-02-30\n---\n{text}\n", encoding="utf-8")
    (corpus / "y.txt").write_text(f"---\npublished: 2022-02-28\n---\n{text}\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["index", str(corpus), "--index", str(tmp_path / "index"), "--json"]
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
    summary = json.loads(result.stdout)
    assert summary["added"] == 6 and summary["failed_count"] == 1
    (failure,) = summary["failed"]
    assert failure == (
        f"{corpus / 'x.txt'}:2: impossible date '2022-02-30' for 'published' "
        "(day is out of range for month); use a real date as YYYY-MM-DD"
    )
    assert f"failed: {failure}" in result.stderr
    assert set(read_manifest(tmp_path / "index")) == ALL_IDS | {"y"}


def test_exit_zero_serves_what_could_be_indexed_and_still_names_each_failure(
    corpus: Path, tmp_path: Path
) -> None:
    result = CliRunner().invoke(
        app,
        ["index", str(corpus), "--index", str(tmp_path / "index"), "--exit-zero", "--quiet"],
        env={"PRESSLENS_MAX_ARTICLE_BYTES": "10000"},
    )
    assert result.exit_code == 0
    for name, _, reason in BAD_FILES:
        assert name in result.stderr and reason in result.stderr
    status = read_run_status(tmp_path / "index")
    assert status["ok"] is False and status["failed_articles"] == len(BAD_FILES) + 1
    assert any("bad-date.txt:2" in line for line in status["failed"])


def test_a_run_that_fails_as_a_whole_still_prints_its_json_summary(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["index", str(tmp_path / "missing"), "--index", str(tmp_path / "index"), "--json"]
    )
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert "corpus directory does not exist" in summary["error"] and summary["added"] == 0


@pytest.mark.parametrize("text", [SWEDISH, ENGLISH], ids=["sv", "en"])
def test_add_reports_an_impossible_date_and_adds_the_other_files(tmp_path: Path, text: str) -> None:
    corpus = copy_corpus(tmp_path / "corpus")
    bad = tmp_path / "x.txt"
    bad.write_text(f"---\npublished: 2022-02-30\n---\n{text}\n", encoding="utf-8")
    good = tmp_path / "fine.txt"
    good.write_text(text, encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "j1", "text": text, "published": "2021-02-29"})
        + "\n"
        + json.dumps({"id": "j2", "text": text, "published": "2021-02-28"})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        ["add", str(bad), str(good), str(batch), "--json"],
        env={"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(tmp_path / "ix")},
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
    summary = json.loads(result.stdout)
    assert sorted(summary["failed"]) == [
        f"{batch}:1: impossible date '2021-02-29' for 'published' "
        "(day is out of range for month); use a real date as YYYY-MM-DD",
        f"{bad}:2: impossible date '2022-02-30' for 'published' "
        "(day is out of range for month); use a real date as YYYY-MM-DD",
    ]
    assert {"fine", "j2"} <= set(read_manifest(tmp_path / "ix"))
    assert not (corpus / "x.txt").exists() and not (corpus / "j1.txt").exists()


# ------------------------------------------------ issue 13: links and languages from files
@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.domain)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "/relative/path",
        "https:alert(1)",
    ],
)
def test_a_file_url_that_is_not_http_is_never_indexed_and_is_named_with_its_line(
    tmp_path: Path, url: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(
        f"---\ntitle: Seals\nurl: {json.dumps(url)}\n---\n{ENGLISH}\n", encoding="utf-8"
    )
    report = sync_corpus(corpus, tmp_path / "index", procs=1)
    assert not report.failed
    (warning,) = report.warnings
    assert warning.startswith(f"{corpus / 'story.txt'}:3: url ") and "not an http" in warning
    with open_index(tmp_path / "index") as index:
        assert index.article("story").url == ""


def test_an_http_url_is_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(
        f"---\nurl: HTTPS://example.org/a?b=c#d\n---\n{ENGLISH}\n", encoding="utf-8"
    )
    assert not sync_corpus(corpus, tmp_path / "index", procs=1).warnings
    with open_index(tmp_path / "index") as index:
        assert index.article("story").url == "HTTPS://example.org/a?b=c#d"


def test_a_json_lines_url_that_is_not_http_is_named_with_the_file_and_line(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "ok", "text": SWEDISH, "url": "https://example.se/a"})
        + "\n"
        + json.dumps({"id": "js", "text": ENGLISH, "url": "javascript:alert(document.domain)"})
        + "\n",
        encoding="utf-8",
    )
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    result = CliRunner().invoke(
        app,
        ["add", str(batch)],
        env={"PRESSLENS_CORPUS_PATH": str(corpus), "PRESSLENS_INDEX_PATH": str(index)},
    )
    assert result.exit_code == 0, result.output
    assert (
        f"warning: {batch}:2: url 'javascript:alert(document.domain)' is not an http:// or "
        "https:// URL; ignored"
    ) in result.stderr
    with open_index(index) as idx:
        assert idx.article("js").url == "" and idx.article("ok").url == "https://example.se/a"


@pytest.mark.parametrize(
    ("code", "text", "detected"), [("xx", SWEDISH, "sv"), ("english", ENGLISH, "en")]
)
def test_an_unknown_language_code_in_front_matter_is_a_warning_and_the_language_is_detected(
    tmp_path: Path, code: str, text: str, detected: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(f"---\nlanguage: {code}\n---\n{text}\n", encoding="utf-8")
    report = sync_corpus(corpus, tmp_path / "index", procs=1)
    assert report.warnings == [
        f"{corpus / 'story.txt'}:2: unknown language code '{code}' ignored; the language is "
        "detected instead (use an ISO 639-1 code such as 'en' or 'sv')"
    ]
    with open_index(tmp_path / "index") as index:
        assert index.article("story").language == detected
        assert [v.value for v in index.search("").facets["language"]] == [detected]


@pytest.mark.parametrize(
    ("code", "shown"), [("sv", "sv"), ("EN", "en"), ("nb", "no"), ("pt_BR", "pt"), ("zh-CN", "zh")]
)
def test_known_language_codes_in_any_spelling_are_used(
    tmp_path: Path, code: str, shown: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "story.txt").write_text(f"---\nlanguage: {code}\n---\n{ENGLISH}\n", encoding="utf-8")
    report = sync_corpus(corpus, tmp_path / "index", procs=1)
    assert not report.warnings
    with open_index(tmp_path / "index") as index:
        assert index.article("story").language == shown


def test_an_unknown_language_code_in_json_lines_is_named_with_the_file_and_line(
    tmp_path: Path,
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(json.dumps({"id": "s", "text": SWEDISH, "language": "xx"}) + "\n")
    result = CliRunner().invoke(
        app,
        ["add", str(batch)],
        env={
            "PRESSLENS_CORPUS_PATH": str(tmp_path / "corpus"),
            "PRESSLENS_INDEX_PATH": str(tmp_path / "index"),
        },
    )
    assert result.exit_code == 0
    assert f"warning: {batch}:1: unknown language code 'xx' ignored" in result.stderr
    with open_index(tmp_path / "index") as index:
        assert index.article("s").language == "sv"
