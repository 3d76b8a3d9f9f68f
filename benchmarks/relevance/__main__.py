"""``python -m benchmarks.relevance`` (see ``benchmarks.relevance.cli``)."""

from benchmarks.relevance.cli import main

raise SystemExit(main())
