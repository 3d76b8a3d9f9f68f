"""How a question typed in a search box becomes a query for the peers: its words, OR-ed.

A word is a run of letters and digits (``[^\\W_]+``): the characters SQLite's ``unicode61``
and tantivy's ``simple`` tokenizers keep; everything else (``?``, quotes, apostrophes,
hyphens, ``«»``) separates words, so no query syntax survives and nothing can fail to parse.
Each engine then analyses every word with its own tokenizer (stemming, stopwords).

>>> query_words('How many "nations" contain «Amazonas»? Ukraine\\'s 2-3')
['How', 'many', 'nations', 'contain', 'Amazonas', 'Ukraine', 's', '2', '3']
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W_]+")


def query_words(query: str) -> list[str]:
    """The words of ``query`` in order, as typed (duplicates kept)."""
    return _WORD.findall(query)
