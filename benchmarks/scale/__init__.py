"""The benchmark at any collection size: memory sampling, the per-engine run, HTTP, the report.

``python -m benchmarks.run --size 1m`` drives these modules; ``python -m benchmarks.scale_report``
reads the results of several sizes and fits how each figure grows with the collection.
"""
