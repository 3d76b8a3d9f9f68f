"""Fixtures of the search tests: the dated corpus, indexed once per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from search import SearchIndex, open_index
from tests.support.corpora import build_dated


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchIndex]:
    """The ``DATED`` articles with dates, outlets and speakers (en and sv)."""
    index, _ = build_dated(tmp_path_factory.mktemp("dated"))
    with open_index(index) as idx:
        yield idx
