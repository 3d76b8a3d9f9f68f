"""Memory of a process tree, per process and per phase (Linux ``/proc``).

The benchmark runs each engine in its own process; presslens forks its build workers from it
and uvicorn spawns its workers from a master. :class:`TreeSampler` samples every process of the
tree every ``interval`` seconds and keeps, per phase (``build``, ``query``...), each process's
peak resident set (RSS: what ``top`` shows, shared pages counted in every process) and peak
proportional set (PSS: shared pages split between the processes sharing them, so PSS adds up;
read every ``pss_every`` samples, as it costs far more than RSS).

>>> with TreeSampler(os.getpid(), interval=0.01) as sampler:          # doctest: +SKIP
...     sampler.phase("work"); do_work()
>>> sampler.summary()["phases"]["work"]["tree_peak_rss_mb"]         # doctest: +SKIP
"""

from __future__ import annotations

import os
import resource
import threading
import time
from typing import Any

MB = 2**20


def rss_bytes(pid: int) -> int:
    """Resident set size of ``pid`` in bytes (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize()
    except (OSError, IndexError, ValueError):
        return 0


def pss_bytes(pid: int) -> int:
    """Proportional set size of ``pid`` in bytes (0 when it is gone or unreadable)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    stack.extend(int(child) for child in fh.read().split())
        except OSError:
            continue
    return pids


def own_rss_mb() -> float:
    """This process's resident set now, in MB."""
    return round(rss_bytes(os.getpid()) / MB, 1)


def maxrss_mb() -> float:
    """Largest resident set of this process or any waited-for child, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def command_line(pid: int) -> str:
    """The command line of ``pid`` ('' when it is gone)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


#: Helper processes of Python's multiprocessing: not workers.
HELPERS = ("resource_tracker", "semaphore_tracker", "forkserver")


def _role(pid: int, root: int) -> str:
    if pid == root:
        return "root"
    return "helper" if any(h in command_line(pid) for h in HELPERS) else "child"


def tree_now(pid: int) -> dict[str, Any]:
    """One reading of the tree: summed RSS and PSS (MB) of the root and its children (Python's
    multiprocessing helpers apart), and each process's role and RSS."""
    processes = [(p, _role(p, pid), rss_bytes(p)) for p in tree(pid)]
    counted = [(p, rss) for p, role, rss in processes if role != "helper" and rss]
    return {
        "rss_mb": round(sum(rss for _, rss in counted) / MB, 1),
        "pss_mb": round(sum(pss_bytes(p) for p, _ in counted) / MB, 1),
        "helpers_rss_mb": round(sum(r for _, role, r in processes if role == "helper") / MB, 1),
        "processes": [
            {"role": role, "rss_mb": round(rss / MB, 1)} for _, role, rss in processes if rss
        ],
    }


class TreeSampler:
    """Per-process, per-phase peak RSS/PSS of a process tree, sampled in a thread."""

    def __init__(
        self, pid: int, interval: float = 0.1, timeline_points: int = 300, pss_every: int = 10
    ) -> None:
        self.pid = pid
        self.interval = interval
        #: PSS (``smaps_rollup``) costs a walk of the page tables: read it every few samples only.
        self.pss_every = pss_every
        self._count = 0
        self.timeline_points = timeline_points
        self.current = "start"
        self.started = time.monotonic()
        # phase -> pid -> [peak rss, peak pss]; phase -> peak summed rss / pss
        self.peaks: dict[str, dict[int, list[int]]] = {}
        self.tree_peaks: dict[str, list[int]] = {}
        self.phase_times: dict[str, list[float]] = {}
        self.samples: list[tuple[float, str, int, int]] = []
        self.helpers: set[int] = set()
        self._seen: set[int] = set()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def phase(self, name: str) -> None:
        """Start attributing samples to phase ``name``."""
        now = round(time.monotonic() - self.started, 2)
        with self._lock:
            if self.current in self.phase_times:
                self.phase_times[self.current][1] = now
            self.current = name
            self.phase_times.setdefault(name, [now, now])

    def _sample(self) -> None:
        pids = tree(self.pid)
        for pid in set(pids) - self._seen:
            self._seen.add(pid)
            if any(h in command_line(pid) for h in HELPERS):
                self.helpers.add(pid)
        self._count += 1
        with_pss = self._count % self.pss_every == 1 or self.pss_every == 1
        readings = {p: (rss_bytes(p), pss_bytes(p) if with_pss else 0) for p in pids}
        rss_sum = sum(r for r, _ in readings.values())
        pss_sum = sum(p for _, p in readings.values())
        with self._lock:
            phase = self.peaks.setdefault(self.current, {})
            for pid, (rss, pss) in readings.items():
                peak = phase.setdefault(pid, [0, 0])
                peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            tree_peak = self.tree_peaks.setdefault(self.current, [0, 0])
            tree_peak[0], tree_peak[1] = max(tree_peak[0], rss_sum), max(tree_peak[1], pss_sum)
            elapsed = time.monotonic() - self.started
            self.samples.append((elapsed, self.current, rss_sum, len(readings)))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.phase("end")

    def phase_summary(self, name: str) -> dict[str, Any]:
        """Peaks of one phase: the tree's summed RSS/PSS, the root's and each child's."""
        with self._lock:
            peaks = dict(self.peaks.get(name, {}))
            tree_peak = self.tree_peaks.get(name, [0, 0])
        root = peaks.pop(self.pid, [0, 0])
        children = sorted(
            (v for pid, v in peaks.items() if pid not in self.helpers), key=lambda p: -p[0]
        )
        return {
            "seconds": self.phase_times.get(name, [0.0, 0.0]),
            "tree_peak_rss_mb": round(tree_peak[0] / MB, 1),
            "tree_peak_pss_mb": round(tree_peak[1] / MB, 1),
            "root_peak_rss_mb": round(root[0] / MB, 1),
            "root_peak_pss_mb": round(root[1] / MB, 1),
            "children_peak_rss_mb": [round(p[0] / MB, 1) for p in children],
            "children_peak_pss_mb": [round(p[1] / MB, 1) for p in children],
        }

    def timeline(self) -> list[tuple[float, str, float, int]]:
        """At most ``timeline_points`` samples (seconds, phase, tree RSS MB, processes): the
        largest of each stretch, so peaks survive the thinning."""
        with self._lock:
            samples = list(self.samples)
        step = max(1, -(-len(samples) // self.timeline_points))
        out = []
        for start in range(0, len(samples), step):
            t, phase, rss, n = max(samples[start : start + step], key=lambda s: s[2])
            out.append((round(t, 1), phase, round(rss / MB, 1), n))
        return out

    def summary(self) -> dict[str, Any]:
        """Every phase's peaks, the overall tree peak and the timeline."""
        with self._lock:
            phases = list(self.peaks)
            overall = max((p[0] for p in self.tree_peaks.values()), default=0)
        return {
            "interval_s": self.interval,
            "phases": {name: self.phase_summary(name) for name in phases},
            "tree_peak_rss_mb": round(overall / MB, 1),
            "timeline": self.timeline(),
        }
