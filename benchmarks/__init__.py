"""presslens benchmarks: the real news corpus through presslens and its peers, measured in one run.

``python -m benchmarks.run --size 26k`` builds every engine's index in its own process and prints
index articles/s, p50/p95 latency, index size and peak memory; see ``benchmarks/README.md``.
"""
