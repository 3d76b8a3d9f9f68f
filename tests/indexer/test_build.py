"""Building and updating the index: incremental by content hash, full rebuilds, crash safety."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import indexer.build as build
import search.generation as generation
from indexer.build import add_records, build_index_from_records, index_items, sync_corpus
from indexer.corpus import read_sources
from search import SPEAKER_VARIANTS, Filters, open_index
from search.store import current_generation, read_metadata
from search.writer import read_manifest
from tests.conftest import ALL_IDS, EN_BNE, RECORDS_AVAILABLE, SHARED_DATA, SV, copy_corpus

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path / "corpus")


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Ids of the articles analysed (language + quotes) in this process."""
    seen: list[str] = []
    original = build.prepare_many

    def counting(parsed, *args, **kwargs):
        seen.extend(one.id for one in parsed)
        return original(parsed, *args, **kwargs)

    monkeypatch.setattr(build, "prepare_many", counting)
    return seen


def _ids(root: Path, query: str = "", lang: str | None = None) -> set[str]:
    idx = open_index(root)
    try:
        filters = Filters(languages=(lang,) if lang else ())
        return {h.id for h in idx.search(query, filters, per_page=50).hits}
    finally:
        idx.close()


def test_a_first_run_builds_everything(corpus: Path, tmp_path: Path) -> None:
    report = sync_corpus(corpus, tmp_path / "index", procs=1)
    assert (report.full, report.added, report.failed) == (True, 5, [])
    assert set(read_manifest(tmp_path / "index")) == ALL_IDS


def test_rerunning_with_nothing_changed_analyses_nothing(
    corpus: Path, tmp_path: Path, analysed: list[str]
) -> None:
    sync_corpus(corpus, tmp_path / "index", procs=1)
    analysed.clear()
    report = sync_corpus(corpus, tmp_path / "index", procs=1)
    assert analysed == []
    assert (report.analysed, report.removed, report.unchanged) == (0, 0, 5)


def test_only_added_and_changed_files_are_analysed(
    corpus: Path, tmp_path: Path, analysed: list[str]
) -> None:
    root = tmp_path / "index"
    sync_corpus(corpus, root, procs=1)
    analysed.clear()
    (corpus / "new-sv.txt").write_text(
        "Diskussionerna om Nato fortsatte i Bryssel under hela veckan, och ingen ville ge sig.\n",
        "utf-8",
    )
    path = corpus / f"{SV}.txt"
    path.write_text(path.read_text("utf-8") + "\nZebrafinkar diskuterades också.\n", "utf-8")
    report = sync_corpus(corpus, root, procs=1)
    assert sorted(analysed) == sorted(["new-sv", SV])
    assert (report.added, report.updated, report.unchanged) == (1, 1, 4)
    assert _ids(root, "zebrafinkar") == {SV}
    assert "new-sv" in _ids(root, "diskussion", "sv")


def test_removed_files_are_deleted_from_the_index(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "index"
    sync_corpus(corpus, root, procs=1)
    (corpus / f"{EN_BNE}.txt").unlink()
    report = sync_corpus(corpus, root, procs=1)
    assert report.removed == 1
    assert set(read_manifest(root)) == ALL_IDS - {EN_BNE}
    assert EN_BNE not in _ids(root)


def test_a_file_that_turns_bad_keeps_its_indexed_version(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "index"
    sync_corpus(corpus, root, procs=1)
    (corpus / f"{SV}.txt").write_bytes(b"\xff\xfe broken")
    report = sync_corpus(corpus, root, procs=1)
    assert len(report.failed) == 1 and f"{SV}.txt" in report.failed[0]
    assert SV in read_manifest(root)  # nothing lost


def test_full_rebuild_switches_to_a_fresh_generation(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "index"
    sync_corpus(corpus, root, procs=1)
    before = current_generation(root)
    report = sync_corpus(corpus, root, full=True, procs=1)
    after = current_generation(root)
    assert report.full and report.added == 5
    assert after != before
    assert set(read_manifest(root)) == ALL_IDS


def test_index_sources_adds_and_replaces_by_id(corpus: Path, tmp_path: Path) -> None:
    root = tmp_path / "index"
    sync_corpus(corpus, root, procs=1)
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / f"{SV}.txt").write_text("Helt ny text om kvantdatorer.\n", "utf-8")
    (extra / "brand-new.txt").write_text("A brand new text about quantum computers.\n", "utf-8")
    sources, _ = read_sources(sorted(extra.iterdir()))
    report = index_items(sources, root)
    assert (report.added, report.updated) == (1, 1)
    assert _ids(root, "kvantdatorer") == {SV}
    assert len(read_manifest(root)) == 6


@pytest.fixture(scope="module")
def records() -> list[dict]:
    if not RECORDS_AVAILABLE:
        pytest.skip("real corpus not available")
    from benchmarks.data import load_articles

    out = []
    for record in load_articles(SHARED_DATA, limit=160):
        record = dict(record)
        record.pop("language", None)
        out.append(record)
    return out


@pytest.mark.parametrize("query", ["government", "minister said", "regierung", "gobierno"])
def test_parallel_and_single_process_builds_find_the_same(
    records: list[dict], tmp_path: Path, query: str
) -> None:
    one = build_index_from_records(records, tmp_path / "one", procs=1)
    two = build_index_from_records(records, tmp_path / "two", procs=2)
    assert one["added"] == two["added"] == len(records)
    assert _ids(tmp_path / "one", query) == _ids(tmp_path / "two", query)


def _ranked(root: Path, query: str) -> tuple[int, list[str]]:
    with open_index(root) as idx:
        results = idx.search(query, per_page=50)
        return results.total, [h.id for h in results.hits]


@pytest.mark.parametrize("procs", [1, 2])
def test_a_build_written_as_many_small_segments_ranks_the_same(
    records: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, procs: int
) -> None:
    build_index_from_records(records, tmp_path / "whole", procs=procs)
    monkeypatch.setattr(build, "CHUNK", 32)
    monkeypatch.setattr(generation, "SEGMENT_POSTINGS", 3_000)  # a segment per chunk
    build_index_from_records(records, tmp_path / "split", procs=procs)
    segments = list(current_generation(tmp_path / "split").glob("MAIN_*.trm"))
    assert len(segments) == len(records) // build.CHUNK
    for query in ("government", "minister said", "regierung", '"prime minister"', "gob*"):
        assert _ranked(tmp_path / "split", query) == _ranked(tmp_path / "whole", query)


def test_adding_records_to_a_built_index(records: list[dict], tmp_path: Path) -> None:
    root = tmp_path / "index"
    build_index_from_records(records[:100], root, procs=2)
    extra = [dict(r, id=f"extra-{i}") for i, r in enumerate(records[100:150])]
    result = add_records(extra, root)
    assert result["added"] == 50 and result["failed"] == 0
    assert len(read_manifest(root)) == 150


def test_a_crashing_worker_aborts_the_build_and_keeps_the_old_index(
    records: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "index"
    build_index_from_records(records[:80], root, procs=2)
    before = current_generation(root)

    prepare_many = build.prepare_many

    def explode(parsed, *args, **kwargs):
        if any(one.id == records[100]["id"] for one in parsed):
            os._exit(3)  # a worker dies abruptly
        return prepare_many(parsed, *args, **kwargs)

    monkeypatch.setattr(build, "prepare_many", explode)
    with pytest.raises(RuntimeError, match="worker died"):
        build_index_from_records(records, root, procs=2)
    assert current_generation(root) == before
    assert len(read_manifest(root)) == 80
    assert [p.name for p in root.iterdir() if p.name.startswith("gen-")] == [before.name]


@pytest.mark.slow
def test_an_indexer_killed_at_any_moment_leaves_the_index_intact(
    records: list[dict], tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for record in records:
        (corpus / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    root = tmp_path / "index"
    assert sync_corpus(corpus, root, procs=2).added == len(records)
    command = [sys.executable, "-m", "cli", "index", str(corpus), "--index", str(root)]
    for delay in (0.3, 0.8, 1.5, 2.5):
        (corpus / f"change-{delay}.txt").write_text(f"Kill test {delay} text.", "utf-8")
        proc = subprocess.Popen(
            [*command, "--full", "--quiet"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        manifest = read_manifest(root)  # the live index opens and answers
        assert len(manifest) >= len(records)
        assert _ids(root, "government")
    final = subprocess.run(
        [*command, "--json"], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert final.returncode == 0, final.stderr
    assert len(read_manifest(root)) == len(records) + 4


# -------------------------------------------------- one person, one name across the corpus
def _write(corpus: Path, texts: dict[str, str]) -> None:
    corpus.mkdir(exist_ok=True)
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text(text + "\n", "utf-8")


VARIANTS = {
    "ban-1": '"We act now," said Ban Ki-moon in New York.',
    "ban-2": '"Peace is possible," said Ban Ki-moon in Paris.',
    "ban-3": '"Talks go on," said Ban Ki Moon in Geneva.',
    "ban-sv": "– Vi är redo, sade Ban Ki-moon i Stockholm.",
    "amlo-1": '"Vamos a ganar", dijo Andrés Manuel López Obrador en Toluca.',
    "amlo-2": '"No habrá fraude", dijo Andrés Manuel López Obrador en Puebla.',
    "amlo-3": '"Es la hora", dijo Manuel López Obrador en Oaxaca.',
}


def _variants(root: Path) -> dict[str, str]:
    return read_metadata(current_generation(root)).get(SPEAKER_VARIANTS, {})


def _speakers(root: Path, article_id: str) -> tuple[str, ...]:
    with open_index(root) as idx:
        return idx.article(article_id).speakers


def test_a_full_build_stores_the_corpus_join_of_name_variants(tmp_path: Path) -> None:
    _write(tmp_path / "corpus", VARIANTS)
    sync_corpus(tmp_path / "corpus", tmp_path / "index", procs=1)
    assert _variants(tmp_path / "index") == {
        "Ban Ki Moon": "Ban Ki-moon",
        "Manuel López Obrador": "Andrés Manuel López Obrador",
    }


def test_search_shows_one_name_for_the_variants_a_full_build_joined(tmp_path: Path) -> None:
    _write(tmp_path / "corpus", VARIANTS)
    sync_corpus(tmp_path / "corpus", tmp_path / "index", procs=1)
    with open_index(tmp_path / "index") as idx:
        facet = {v.value: v.count for v in idx.search("").facets["speaker"]}
        assert facet == {"Ban Ki-moon": 3, "Andrés Manuel López Obrador": 3}  # not ban-sv's dash
        for spelling in ("Ban Ki Moon", "ban ki-moon"):  # a filter takes any spelling
            found = idx.search("", Filters(speakers=(spelling,)))
            assert found.total == 3
            assert {h.speakers for h in found.hits} == {("Ban Ki-moon",)}
        quotes = idx.quotes("", speakers=("Ban Ki Moon",), per_page=10)
        assert {h.speaker for h in quotes.hits} == {"Ban Ki-moon"} and quotes.total == 3
        stats = {s.name: s for s in idx.speakers()}
        assert "Ban Ki Moon" not in stats and "Ban Ki Moon" in stats["Ban Ki-moon"].aliases
        assert (stats["Ban Ki-moon"].quotes, stats["Ban Ki-moon"].articles) == (3, 3)


def test_an_incremental_run_gives_new_articles_the_stored_names(tmp_path: Path) -> None:
    _write(tmp_path / "corpus", VARIANTS)
    sync_corpus(tmp_path / "corpus", tmp_path / "index", procs=1)
    _write(tmp_path / "corpus", {"ban-4": '"It is late," said Ban Ki Moon in Rome.'})
    report = sync_corpus(tmp_path / "corpus", tmp_path / "index", procs=1)
    assert (report.full, report.added) == (False, 1)
    assert _speakers(tmp_path / "index", "ban-4") == ("Ban Ki-moon",)


@pytest.mark.parametrize(
    "text, speaker, joined",
    [
        # a spelling of a name the join knows
        ('"Ya basta", dijo Andres Manuel Lopez Obrador.', "Andrés Manuel López Obrador", True),
        # the last words of exactly one canonical name
        ('"Ya basta", dijo López Obrador.', "Andrés Manuel López Obrador", True),
        # one word never joins: the corpus that told two people apart is not at hand
        ("– Nej, det gör vi inte, sade president Obrador i Stockholm.", "Obrador", False),
        # a name the join does not know stays as it is
        ('"No," said Anna Berg.', "Anna Berg", False),
    ],
)
def test_an_incremental_run_extends_the_join_conservatively(
    tmp_path: Path, text: str, speaker: str, joined: bool
) -> None:
    _write(tmp_path / "corpus", VARIANTS)
    root = tmp_path / "index"
    sync_corpus(tmp_path / "corpus", root, procs=1)
    sources, _ = read_sources([_one(tmp_path / "new", text)])
    index_items(sources, root)  # the write service's path
    assert _speakers(root, "new") == (speaker,)
    variants = _variants(root)
    assert variants["Ban Ki Moon"] == "Ban Ki-moon"  # the stored join stays
    assert (len(variants) == 3) == joined  # one join more, or none


def _one(folder: Path, text: str) -> Path:
    folder.mkdir()
    path = folder / "new.txt"
    path.write_text(text + "\n", "utf-8")
    return path
