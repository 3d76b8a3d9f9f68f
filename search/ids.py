"""The article id rule: an id is a file name in the corpus and a URL segment in the API.

>>> check_id("000_e42dea71f96fb87d")
'000_e42dea71f96fb87d'
>>> check_id("../etc/passwd")
Traceback (most recent call last):
...
search.errors.InvalidArticleIdError: Invalid article id '../etc/passwd': use 1-128 characters from A-Z a-z 0-9 . _ - (not starting with '.').
"""  # noqa: E501

from __future__ import annotations

import re

from search.errors import InvalidArticleIdError

_SAFE_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$")


def check_id(article_id: str) -> str:
    """``article_id`` if it is safe as a file name and URL segment, else an error."""
    if not _SAFE_ID.match(article_id) or ".." in article_id:
        raise InvalidArticleIdError(article_id)
    return article_id


__all__ = ["check_id"]
