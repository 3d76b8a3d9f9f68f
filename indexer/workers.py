"""The indexer's one process pool: forked workers, each doing its share of a job.

Full builds and incremental runs both analyse articles in ``procs`` forked workers (language
detection and quote extraction are CPU-bound Python). :func:`run_workers` starts them,
streams what they ``emit`` back to the parent in arrival order, and returns what each
worker's job returned. A worker that fails or dies aborts the run with an error naming it;
a worker outlives neither the run nor its parent (``PR_SET_PDEATHSIG`` on Linux).

>>> def job(worker: int, procs: int, emit) -> int:
...     emit(f"hello from {worker}")
...     return worker * 10
>>> run_workers(job, 1, on_message=print)
hello from 0
[0]
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import signal
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from search import IndexBuildError

Result = TypeVar("Result")
Emit = Callable[[Any], None]
#: ``job(worker number, number of workers, emit) -> result``
Job = Callable[[int, int, Emit], Result]


def run_workers(job: Job[Result], procs: int, *, on_message: Emit) -> list[Result]:
    """Run ``job`` in ``procs`` forked workers (in this process when ``procs`` is 1)."""
    if procs <= 1:
        return [job(0, 1, on_message)]
    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    workers = [
        ctx.Process(target=_worker_main, args=(job, k, procs, results, os.getpid()), daemon=True)
        for k in range(procs)
    ]
    # Objects the parent already has (the sources, langdetect's profiles) move to a generation
    # the collector never visits, so workers don't copy their pages by touching them.
    gc.freeze()
    try:
        for worker in workers:
            worker.start()
    finally:
        gc.unfreeze()
    finished: dict[int, Any] = {}
    try:
        while len(finished) < procs:
            try:
                kind, worker_number, payload = results.get(timeout=0.5)
            except queue.Empty:
                dead = [
                    w for k, w in enumerate(workers) if k not in finished and w.exitcode is not None
                ]
                if not dead:
                    continue
                try:  # let a last message that is still in the pipe arrive
                    kind, worker_number, payload = results.get(timeout=2)
                except queue.Empty:
                    raise IndexBuildError(
                        f"an indexing worker died (exit code {dead[0].exitcode});"
                        " the index was not changed"
                    ) from None
            if kind == "message":
                on_message(payload)
            elif kind == "done":
                finished[worker_number] = payload
            else:
                raise IndexBuildError(f"an indexing worker failed:\n{payload}")
        for worker in workers:
            worker.join()
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.kill()
                worker.join()
        results.close()
        results.join_thread()
    return [finished[k] for k in range(procs)]


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the indexer dies (even by SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers notice the closed queue instead
        pass


def _worker_main(job: Job[Any], worker: int, procs: int, results: Any, parent: int) -> None:
    _die_with_parent()
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)
    try:
        result = job(worker, procs, lambda payload: results.put(("message", worker, payload)))
        results.put(("done", worker, result))
    except BaseException:
        results.put(("error", worker, traceback.format_exc()))
    finally:
        results.close()
        results.join_thread()


__all__ = ["Emit", "Job", "run_workers"]
