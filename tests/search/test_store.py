"""The index directory: generations, the CURRENT pointer, the single-writer lock."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from search.errors import IndexLockedError, IndexNotFoundError
from search.store import (
    CURRENT,
    current_generation,
    current_marker,
    index_exists,
    new_generation,
    read_metadata,
    switch_to,
    write_metadata,
    writer_lock,
)


def test_a_missing_index_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(IndexNotFoundError, match="run 'presslens index' first"):
        current_generation(tmp_path / "index")
    assert not index_exists(tmp_path / "index")


def test_switching_makes_the_new_generation_live(tmp_path: Path) -> None:
    first = new_generation(tmp_path)
    switch_to(tmp_path, first)
    assert current_generation(tmp_path) == first
    second = new_generation(tmp_path)
    assert current_generation(tmp_path) == first  # not live until the switch
    switch_to(tmp_path, second)
    assert current_generation(tmp_path) == second
    assert (tmp_path / CURRENT).read_text() == second.name


def test_the_previous_generation_survives_one_switch_then_goes(tmp_path: Path) -> None:
    gens = []
    for _ in range(3):
        gens.append(new_generation(tmp_path))
        switch_to(tmp_path, gens[-1])
    assert not gens[0].exists()
    assert gens[1].exists() and gens[2].exists()


def test_an_abandoned_generation_is_removed_by_the_next_switch(tmp_path: Path) -> None:
    live = new_generation(tmp_path)
    switch_to(tmp_path, live)
    abandoned = new_generation(tmp_path)  # a killed full build
    newest = new_generation(tmp_path)
    switch_to(tmp_path, newest)
    assert not abandoned.exists()


def test_the_marker_changes_when_the_index_changes(tmp_path: Path) -> None:
    gen = new_generation(tmp_path)
    switch_to(tmp_path, gen)
    before = current_marker(tmp_path)
    switch_to(tmp_path, new_generation(tmp_path))
    assert current_marker(tmp_path) != before


def test_metadata_round_trips(tmp_path: Path) -> None:
    write_metadata(tmp_path, {"last_reindex": "2026-01-01T00:00:00", "n": 3})
    assert read_metadata(tmp_path) == {"last_reindex": "2026-01-01T00:00:00", "n": 3}
    assert read_metadata(tmp_path / "missing") == {}


def test_a_second_writer_gets_an_error_naming_the_lock(tmp_path: Path) -> None:
    with writer_lock(tmp_path), pytest.raises(IndexLockedError) as info:
        with writer_lock(tmp_path):
            pass
    assert str(tmp_path / "LOCK") in str(info.value)


def test_the_lock_is_free_again_after_the_writer(tmp_path: Path) -> None:
    with writer_lock(tmp_path):
        pass
    with writer_lock(tmp_path):
        pass


def test_a_waiting_writer_says_so_and_gets_the_lock_when_released(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from search.store import writer_lock
                with writer_lock(Path({str(tmp_path)!r})):
                    print("held", flush=True)
                    time.sleep(0.8)
                """
            ),
        ],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"held"
        messages: list[str] = []
        with writer_lock(tmp_path, wait=True, on_wait=messages.append):
            pass
        assert len(messages) == 1 and "Waiting for another indexer" in messages[0]
        assert "LOCK" in messages[0]
    finally:
        holder.wait(10)
        holder.stdout.close()  # type: ignore[union-attr]


def test_a_killed_writer_never_leaves_a_stale_lock(tmp_path: Path) -> None:
    code = (
        f"from pathlib import Path; from search.store import writer_lock\n"
        f"import os\nwith writer_lock(Path({str(tmp_path)!r})):\n    os._exit(9)\n"
    )
    subprocess.run(
        [sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2], check=False
    )
    with writer_lock(tmp_path):
        pass


@pytest.mark.parametrize(
    "damage", [b"\xff\xfe\x00gen", b"gen-x\x00y", b"../../etc", b"", b"not-a-generation"]
)
def test_a_damaged_current_pointer_means_no_index_and_a_full_build_repairs_it(
    tmp_path: Path, damage: bytes
) -> None:
    live = new_generation(tmp_path)
    switch_to(tmp_path, live)
    (tmp_path / CURRENT).write_bytes(damage)
    assert not index_exists(tmp_path)
    assert current_marker(tmp_path)[1] == 0.0
    repaired = new_generation(tmp_path)
    switch_to(tmp_path, repaired)
    assert current_generation(tmp_path) == repaired
