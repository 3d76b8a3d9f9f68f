"""The results of one size as markdown tables, and presslens' ratios to each peer."""

from __future__ import annotations

from typing import Any

from benchmarks.queries import CLASSES

#: Keys compared between presslens and each peer (top level of an engine's results).
RATIO_KEYS = (
    "index_articles_per_s",
    "add_articles_per_s",
    "p50_ms",
    "p95_ms",
    "index_mb",
    "peak_rss_mb",
    "peak_tree_mb",
    "reopen_ms",
)
#: A /health round trip slower than this on loopback points at Nagle's algorithm.
NAGLE_SUSPECT_MS = 20.0


def _ratio(a: Any, b: Any) -> float | None:
    numbers = isinstance(a, int | float) and isinstance(b, int | float)
    return round(a / b, 2) if numbers and b else None


def ratios(results: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """presslens' figure / each peer's (speed: >1 is faster; latency, size, memory: >1 is more).

    >>> found = ratios({"presslens": {"p50_ms": 4.0, "classes": {"rare": {"p95_ms": 6.0}}},
    ...                 "tantivy": {"p50_ms": 1.0, "classes": {"rare": {"p95_ms": 2.0}}}})
    >>> found["tantivy"]["p50_ms"], found["tantivy"]["classes"]["rare"]["p95_ms"]
    (4.0, 3.0)
    """
    mine = results.get("presslens")
    if not mine or "error" in mine:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for peer, theirs in results.items():
        if peer == "presslens" or "error" in theirs:
            continue
        entry: dict[str, Any] = {key: _ratio(mine.get(key), theirs.get(key)) for key in RATIO_KEYS}
        for stat in ("p50_ms", "p95_ms"):
            entry[f"all_{stat}"] = _ratio(
                (mine.get("all") or {}).get(stat), (theirs.get("all") or {}).get(stat)
            )
        entry["classes"] = {
            kind: {
                stat: _ratio(
                    (mine.get("classes") or {}).get(kind, {}).get(stat),
                    (theirs.get("classes") or {}).get(kind, {}).get(stat),
                )
                for stat in ("p50_ms", "p95_ms")
            }
            for kind in (mine.get("classes") or {})
        }
        out[peer] = entry
    return out


def fmt(value: Any, digits: int = 1) -> str:
    """A figure for a table: thousands separators, ``-`` for nothing."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _mb_list(values: list[float] | None) -> str:
    return " + ".join(fmt(v, 0) for v in values) if values else "-"


def _build_table(report: dict[str, Any]) -> list[str]:
    lines = [
        "| engine | build art/s | build s | index MB | add 100 + searchable s | reopen ms |"
        " 1st search after ms | build peak RSS: engine process / workers MB | workers PSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, r in report["engines"].items():
        if "error" in r:
            last = r["error"].strip().splitlines()[-1]
            lines.append(f"| {name} | error: {last} ||||||||")
            continue
        b = r.get("build_memory") or {}
        lines.append(
            f"| {name} | {fmt(r['index_articles_per_s'], 0)} | {fmt(r['build_seconds'], 1)}"
            f" | {fmt(r['index_mb'])} | {fmt(r['add_seconds'], 2)} | {fmt(r.get('reopen_ms'), 1)}"
            f" | {fmt(r.get('first_search_after_reopen_ms'), 1)}"
            f" | {fmt(b.get('engine_process_peak_rss_mb'), 0)} / "
            f"{_mb_list(b.get('workers_peak_rss_mb'))} | {_mb_list(b.get('workers_peak_pss_mb'))} |"
        )
    for name, reason in report.get("skipped", {}).items():
        lines.append(f"| {name} | skipped: {reason} ||||||||")
    return lines


def _latency_table(report: dict[str, Any]) -> list[str]:
    engines = {n: r for n, r in report["engines"].items() if "error" not in r}
    http = report.get("http") if report.get("http") and "error" not in report["http"] else None
    columns = [(n, r.get("classes") or {}, r.get("all") or {}) for n, r in engines.items()]
    if http:
        columns.insert(1, ("presslens HTTP", http.get("classes") or {}, http.get("all") or {}))
    head = "| class | share matched | " + " | ".join(f"{n} p50 / p95" for n, _, _ in columns)
    lines = [
        head + " | presslens 1st pass p50 / max |",
        "|---|---:|" + "---:|" * (len(columns) + 1),
    ]
    pl = engines.get("presslens") or next(iter(engines.values()), {})
    for kind in (*CLASSES, "all", "legacy"):
        cells = []
        for name, classes, every in columns:
            stats = every if kind == "all" else classes.get(kind)
            if kind == "legacy" and name == "presslens HTTP":
                stats = http.get("search") if http else None
            if stats is None and kind in (engines.get(name, {}).get("unsupported") or ()):
                cells.append("n/a")
            elif not stats or stats.get("p50_ms") is None:
                cells.append("-")
            else:
                cells.append(f"{fmt(stats['p50_ms'], 2)} / {fmt(stats['p95_ms'], 2)}")
        first = (engines.get("presslens", {}).get("classes") or {}).get(kind) or {}
        cells.append(
            f"{fmt(first['cold_p50_ms'], 1)} / {fmt(first.get('cold_max_ms'), 1)}"
            if first.get("cold_p50_ms") is not None
            else "-"
        )
        share = (pl.get("classes") or {}).get(kind, {}).get("median_share")
        label = {"all": "**all classes**", "legacy": "legacy ~40 (earlier set)"}.get(kind, kind)
        lines.append(f"| {label} | {fmt(share * 100, 3) + '%' if share is not None else ''} | "
                     + " | ".join(cells) + " |")  # fmt: skip
    return lines


def _cpu_table(report: dict[str, Any]) -> list[str]:
    engines = {n: r for n, r in report["engines"].items() if "error" not in r and r.get("all_cpu")}
    if not engines:
        return []
    lines = [
        "| class | " + " | ".join(engines) + " |",
        "|---|" + "---:|" * len(engines),
    ]
    for kind in (*CLASSES, "all", "legacy"):
        cells = []
        for r in engines.values():
            stats = r["all_cpu"] if kind == "all" else (r.get("classes") or {}).get(kind) or {}
            p50 = stats.get("p50_ms" if kind == "all" else "cpu_p50_ms")
            p95 = stats.get("p95_ms" if kind == "all" else "cpu_p95_ms")
            cells.append("n/a" if p50 is None else f"{fmt(p50, 2)} / {fmt(p95, 2)}")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def _ratio_table(report: dict[str, Any]) -> list[str]:
    lines = [
        "| peer | build art/s | add art/s | index MB | legacy p50 | legacy p95 | all p50 |"
        " all p95 | " + " | ".join(f"{k} p95" for k in CLASSES) + " |",
        "|---|" + "---:|" * (7 + len(CLASSES)),
    ]
    for peer, r in report.get("ratios", {}).items():
        cells = [
            r.get("index_articles_per_s"), r.get("add_articles_per_s"), r.get("index_mb"),
            r.get("p50_ms"), r.get("p95_ms"), r.get("all_p50_ms"), r.get("all_p95_ms"),
            *((r.get("classes") or {}).get(k, {}).get("p95_ms") for k in CLASSES),
        ]  # fmt: skip
        lines.append(f"| {peer} | " + " | ".join(fmt(c, 2) for c in cells) + " |")
    return lines


def _http_lines(http: dict[str, Any]) -> list[str]:
    if "error" in http:
        return ["", f"HTTP: error: {http['error'].strip().splitlines()[-1]}"]
    s, g, t = http["search"], http["suggest"], http["throughput"]
    after = http.get("server_after_queries") or {}
    lines = [
        "",
        f"presslens over HTTP (uvicorn, {http['workers']} workers, 127.0.0.1; ready after "
        f"{fmt(http.get('ready_seconds'), 1)} s; the sequential runs over one keep-alive "
        "connection, so one worker, after its warm-up pass, as in-process):",
        "",
        "| what | requests | errors | p50 ms | p95 ms | per s |",
        "|---|---:|---:|---:|---:|---:|",
        f"| /search legacy ~40, default facets | {s['requests']} | {s['errors']} | "
        f"{fmt(s['p50_ms'], 2)} | {fmt(s['p95_ms'], 2)} | {fmt(s['per_second'])} |",
        f"| /suggest sequential | {g['requests']} | {g['errors']} | {fmt(g['p50_ms'], 2)} | "
        f"{fmt(g['p95_ms'], 2)} | {fmt(g['per_second'])} |",
        f"| /search {t['clients']} clients, {t['seconds']:.1f} s | {t['requests']} | "
        f"{t['errors']} | {fmt(t['p50_ms'], 2)} | {fmt(t['p95_ms'], 2)} | "
        f"{fmt(t['per_second'])} |",
        "",
        f"server memory after the query runs (master + workers): RSS {fmt(after.get('rss_mb'))} MB "
        f"({' + '.join(fmt(p['rss_mb'], 0) for p in after.get('processes', []))}), "
        f"PSS {fmt(after.get('pss_mb'))} MB; peak RSS {fmt(http.get('server_peak_tree_mb'))} MB; "
        f"/health floor p50 {fmt(http['health']['p50_ms'], 2)} ms",
    ]
    if http.get("class_errors"):
        lines.append(f"class query errors: {http['class_errors']} {http['class_error_samples']}")
    if (http["health"]["p50_ms"] or 0) > NAGLE_SUSPECT_MS:
        lines.append(
            "WARNING: /health takes ~40 ms per keep-alive request: Nagle x delayed ACK "
            "(uvicorn --workers N without uvloop never sets TCP_NODELAY). HTTP figures include it."
        )
    if http["response_problems"]:
        lines.append("response shape problems: " + "; ".join(http["response_problems"]))
    return lines


def render(report: dict[str, Any]) -> str:
    """The results as markdown tables."""
    lines = [
        f"## presslens benchmark: {report['articles']:,} articles"
        + (
            " (CORPUS CYCLED: new ids, dates spread over 20 years; text repeats)"
            if report["cycled"]
            else ""
        ),  # fmt: skip
        "",
        f"{report.get('class_queries', '?')} class queries + {report['queries']} legacy queries, "
        f"one warm-up pass + {report['repeats']} timed passes; every query: top 10 + snippet + "
        "exact outlet/language facets (disjunctive). Medians of the timed passes; p95 over every "
        "timed search of the class. Memory: RSS sampled every "
        f"{report.get('sample_interval_s', 0.1)} s per process; PSS splits shared pages.",
        "",
        *_build_table(report),
        "",
        "p50 / p95 ms per query class (share matched: median share of the articles a query of "
        "the class matches, presslens; 1st pass: the warm-up pass on the freshly opened index, "
        "before any cache holds the query's postings or results):",
        "",
        *_latency_table(report),
    ]
    if report.get("ratios"):
        lines += [
            "",
            "presslens / peer (art/s: >1 = presslens faster; ms, MB: >1 = presslens more):",
            "",
            *_ratio_table(report),
        ]
    cpu = _cpu_table(report)
    if cpu:
        lines += ["", "CPU time per search (ms, p50 / p95; waiting for a core not counted):", ""]
        lines += cpu
    pl = report["engines"].get("presslens") or {}
    if pl.get("suggest"):
        lines += [
            "",
            f"presslens in-process: suggest p50 {fmt(pl['suggest']['p50_ms'], 2)} ms, p95 "
            f"{fmt(pl['suggest']['p95_ms'], 2)} ms; first-pass (cold) p50 per class: "
            + ", ".join(
                f"{k} {fmt(v.get('cold_p50_ms'), 1)}" for k, v in (pl.get("classes") or {}).items()
            ),
        ]
    if report.get("http"):
        lines += _http_lines(report["http"])
    if report.get("notes"):
        lines += ["", *(f"- {note}" for note in report["notes"])]
    return "\n".join(lines)
