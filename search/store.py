"""The index directory on disk: generations, the ``CURRENT`` pointer, the writer lock.

::

    .presslens/index/
        CURRENT            name of the live generation ("gen-20260112T101500-3f2a")
        LOCK               held (flock) by the one process that writes
        last_run.json      what the last indexer run did (read by the API's /metrics, /ready)
        gen-.../           a complete Whoosh index + presslens.json (metadata)

A full rebuild writes a new generation and replaces ``CURRENT`` atomically (``os.replace``),
so readers switch from one complete index to the next and a crash leaves the old one live.
Incremental updates commit into the live generation; Whoosh commits a new table of
contents only after the segment files are complete, so a killed writer changes nothing.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from search.errors import IndexLockedError, IndexNotFoundError

CURRENT = "CURRENT"
RUN_STATUS_FILE = "last_run.json"
LOCK = "LOCK"
METADATA = "presslens.json"
GENERATION_PREFIX = "gen-"


def current_generation(root: Path) -> Path:
    """The live generation directory; ``IndexNotFoundError`` when there is none."""
    name = _read_current(root)
    if name is None:
        raise IndexNotFoundError(str(root))
    path = root / name
    if not name.startswith(GENERATION_PREFIX) or not path.is_dir():
        raise IndexNotFoundError(str(root))
    return path


def _read_current(root: Path) -> str | None:
    """The generation name in ``CURRENT``; ``None`` when missing or not a plain name
    (damaged bytes, NUL, a path): then there is no usable index and a full build repairs it."""
    try:
        name = (root / CURRENT).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not name or "\x00" in name or "/" in name or name in (".", ".."):
        return None
    return name


def index_exists(root: Path) -> bool:
    try:
        current_generation(root)
    except IndexNotFoundError:
        return False
    return True


def current_marker(root: Path) -> tuple[str, float]:
    """Something cheap that changes whenever the live index changes (for reader refresh)."""
    gen = _read_current(root)
    if gen is None:
        return ("", 0.0)
    newest = 0.0
    try:
        with os.scandir(root / gen) as entries:
            for entry in entries:
                if entry.name.endswith(".toc"):
                    newest = max(newest, entry.stat().st_mtime)
    except OSError:
        pass
    return (gen, newest)


def new_generation(root: Path) -> Path:
    """Create an empty generation directory (not yet live)."""
    root.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    path = root / f"{GENERATION_PREFIX}{stamp}-{uuid.uuid4().hex[:6]}"
    path.mkdir()
    return path


def switch_to(root: Path, generation: Path) -> None:
    """Make ``generation`` live atomically, then remove older generations.

    The generation that was live until now is kept (until the next switch): a reader that
    read ``CURRENT`` just before the switch can still open it.
    """
    previous = _read_current(root) or ""
    tmp = root / f"{CURRENT}.{os.getpid()}.tmp"
    tmp.write_text(generation.name, encoding="utf-8")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, root / CURRENT)
    remove_stale_generations(root, keep=generation.name, also=previous)


def remove_stale_generations(root: Path, keep: str, also: str = "") -> None:
    """Delete generations other than ``keep`` and ``also`` (open readers keep their files
    until closed)."""
    for child in root.iterdir():
        if (
            child.is_dir()
            and child.name.startswith(GENERATION_PREFIX)
            and child.name not in (keep, also)
        ):
            shutil.rmtree(child, ignore_errors=True)


#: The metadata key of the corpus' speaker name join, ``{variant: canonical name}``: written by
#: the indexer (``indexer.quotes.clusters``), applied by every snapshot (facets, filters, hits).
SPEAKER_VARIANTS = "speaker_variants"


def read_metadata(generation: Path) -> dict[str, Any]:
    try:
        return json.loads((generation / METADATA).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_metadata(generation: Path, metadata: dict[str, Any]) -> None:
    tmp = generation / (METADATA + ".tmp")
    tmp.write_text(json.dumps(metadata, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, generation / METADATA)


@contextmanager
def writer_lock(
    root: Path, *, wait: bool = False, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the single-writer lock; raise ``IndexLockedError`` (or wait) if it is taken.

    The lock is an ``flock`` on ``root/LOCK``: the kernel releases it when the holder dies,
    so a killed indexer never leaves a stale lock behind.
    """
    root.mkdir(parents=True, exist_ok=True)
    path = root / LOCK
    fh = open(path, "a+")  # noqa: SIM115 - closed in finally
    try:
        told = False
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not wait:
                    raise IndexLockedError(str(path)) from None
                if on_wait and not told:
                    on_wait(f"Waiting for another indexer to release '{path}'...")
                    told = True
                time.sleep(0.2)
        fh.seek(0)
        fh.truncate()
        fh.write(f"{os.getpid()}\n")
        fh.flush()
        yield
    finally:
        fh.close()


# ------------------------------------------------------------------- run status
def read_run_status(index_root: Path) -> dict[str, Any]:
    """What the last ``presslens index`` run wrote to ``<index>/last_run.json`` ({} if none)."""
    try:
        data = json.loads((Path(index_root) / RUN_STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


#: Failure lines kept in ``last_run.json`` (``/ready`` shows them; the count is exact).
RUN_STATUS_FAILURES = 20


def write_run_status(index_root: Path, report: Mapping[str, Any], *, exit_code: int) -> None:
    """Record one indexer run next to the index (atomically), keeping running totals.

    ``report`` is ``BuildReport.to_dict()`` (with ``error`` set when the run failed as a
    whole); a run with failed articles counts as failed, and its first failure lines are
    kept. Best effort: an unwritable index directory was already reported by the run itself.
    """
    root = Path(index_root)
    previous = read_run_status(root)
    failed = report.get("failed") or []
    ok = exit_code == 0 and not failed and not report.get("error")
    status = {
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "finished_unix": time.time(),
        "ok": ok,
        "exit_code": exit_code,
        "seconds": float(report.get("seconds") or 0.0),
        "failed_articles": len(failed) if isinstance(failed, list) else int(failed),
        "runs_total": int(previous.get("runs_total", 0)) + 1,
        "failures_total": int(previous.get("failures_total", 0)) + (0 if ok else 1),
    }
    for key in ("added", "updated", "removed", "unchanged", "full", "error"):
        if key in report:
            status[key] = report[key]
    if isinstance(failed, list):
        status["failed"] = [str(line) for line in failed[:RUN_STATUS_FAILURES]]
    tmp = root / f"{RUN_STATUS_FILE}.{os.getpid()}.tmp"
    try:
        tmp.write_text(json.dumps(status, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, root / RUN_STATUS_FILE)
    except OSError:
        tmp.unlink(missing_ok=True)
