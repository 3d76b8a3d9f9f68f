"""Parsing one article file: front matter, boilerplate, title and outlet."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.articles import parse_article
from indexer.corpus import render_article_file
from search.errors import ArticleFormatError


def test_front_matter_sets_the_metadata() -> None:
    doc = parse_article(
        "a1",
        b"---\ntitle: Nato svarar\noutlet: TT\npublished: 2022-01-12\nurl: https://x.se/a\n"
        b"language: SV\nauthors: [Anna Berg]\n---\nNato-chefen svarade.\n",
    )
    assert (doc.title, doc.outlet, doc.published, doc.url, doc.language, doc.authors) == (
        "Nato svarar",
        "TT",
        date(2022, 1, 12),
        "https://x.se/a",
        "sv",
        ("Anna Berg",),
    )
    assert doc.body == "Nato-chefen svarade."


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (
            "Nato and Russia far apart\nThe talks ended.",
            "Nato and Russia far apart",
            "The talks ended.",
        ),
        (
            "Nato och Ryssland långt ifrån varandra\nSamtalen tog slut.",
            "Nato och Ryssland långt ifrån varandra",
            "Samtalen tog slut.",
        ),
        ("The talks ended. Nobody won.", "The talks ended.", "The talks ended. Nobody won."),
    ],
)
def test_a_headline_line_becomes_the_title_else_the_lead(text: str, title: str, body: str) -> None:
    doc = parse_article("a", text.encode())
    assert (doc.title, doc.body) == (title, body)


def test_boilerplate_is_dropped_and_a_footer_names_the_outlet() -> None:
    doc = parse_article(
        "a",
        b"Headline here\nThe minister spoke.\nShare this\nWe use cookies to improve the site.\n"
        b"(c) 2022 Daily Planet. All rights reserved.\n",
    )
    assert doc.body == "The minister spoke."
    assert doc.outlet == "Daily Planet"


def test_an_unknown_front_matter_key_is_a_warning_with_its_line() -> None:
    doc = parse_article("a", b"---\noutlet: TT\nfoo: bar\n---\nText.\n", "corpus/a.txt")
    assert doc.warnings == [
        "corpus/a.txt:3: unknown front-matter key 'foo' ignored "
        "(known: title, outlet, published, url, language, authors, id)"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"---\ntitle: [unclosed\n---\nText\n", "a.txt:2: malformed front matter"),
        (b"---\ntitle: x\nText without end\n", "never closed"),
        (b"---\n- a list\n---\nText\n", "front matter must be 'key: value' lines"),
        (b"---\npublished: next tuesday\n---\nText\n", "a.txt:2: unparseable date 'next tuesday'"),
        (b"", "the file is empty"),
        (b"\xff\xfeN\x00o\x00", "binary file"),
        (b"caf\xe9 au lait\n", "invalid UTF-8 at byte 3"),
        (b"---\noutlet: TT\n---\n\n", "no article text"),
    ],
)
def test_bad_files_raise_errors_naming_file_line_and_reason(data: bytes, message: str) -> None:
    with pytest.raises(ArticleFormatError, match=message.replace("[", r"\[")):
        parse_article("a", data, "a.txt")


META = st.fixed_dictionaries(
    {},
    optional={
        "title": st.text(st.characters(categories=("L", "N")), min_size=1, max_size=30),
        "outlet": st.sampled_from(["TT", "Meduza", "El País", "Die Zeit"]),
        "published": st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)),
        "url": st.just("https://example.org/a?b=1"),
        "language": st.sampled_from(["en", "sv", "de", "ru"]),
        "authors": st.lists(st.sampled_from(["Anna Berg", "Jane Doe"]), min_size=1, max_size=2),
    },
)


@settings(max_examples=60, deadline=None)
@given(meta=META, body=st.sampled_from(["Nato svarade.", "The talks ended.\n\nMore text."]))
def test_front_matter_round_trips(meta: dict, body: str) -> None:
    doc = parse_article("a", render_article_file(body, meta))
    assert doc.body == body
    assert doc.title == meta.get("title", doc.title).strip()
    assert doc.outlet == meta.get("outlet", "")
    assert doc.published == meta.get("published")
    assert doc.language == meta.get("language", "")
    assert list(doc.authors) == meta.get("authors", [])
    assert doc.warnings == []


def test_the_content_hash_changes_with_the_bytes() -> None:
    assert (
        parse_article("a", b"Text one.").content_hash
        != parse_article("a", b"Text two.").content_hash
    )
    assert parse_article("a", b"Same.").content_hash == parse_article("b", b"Same.").content_hash
