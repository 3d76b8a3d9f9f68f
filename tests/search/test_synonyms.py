"""Synonym groups: any spelling expands to the whole group, at query time."""

from __future__ import annotations

from pathlib import Path

import pytest

from search.errors import ArticleFormatError
from search.synonyms import Synonyms

SHIPPED = Path(__file__).resolve().parents[2] / "corpus" / "synonyms.yaml"


@pytest.mark.parametrize(
    ("spelling", "also"),
    [
        ("NATO", "north atlantic treaty organization"),
        ("North Atlantic Treaty Organization", "nato"),
        ("otan", "nato"),
        ("Ryssland", "russia"),
        ("Russland", "ryssland"),
        ("Россия", "russia"),
        ("Ukraina", "ukraine"),
        ("Bryssel", "brussels"),
        ("Moskva", "moscow"),
    ],
)
def test_the_shipped_groups_expand_every_spelling(spelling: str, also: str) -> None:
    expanded = Synonyms.load(SHIPPED).expand(spelling)
    assert expanded[0] == " ".join(spelling.lower().split())
    assert also in expanded


def test_a_word_outside_every_group_expands_to_itself() -> None:
    assert Synonyms.load(SHIPPED).expand("veto") == ("veto",)


def test_groups_sharing_a_member_merge() -> None:
    s = Synonyms([("a1", "b1"), ("b1", "c1")])
    assert set(s.expand("a1")) == {"a1", "b1", "c1"}
    assert len(s) == 1


def test_a_missing_file_means_no_synonyms(tmp_path: Path) -> None:
    assert len(Synonyms.load(tmp_path / "nope.yaml")) == 0


@pytest.mark.parametrize(
    ("content", "fragment"),
    [("groups: [oops", "invalid YAML"), ("groups: {a: b}", "list of lists")],
)
def test_a_malformed_file_names_the_problem(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "synonyms.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=fragment):
        Synonyms.load(path)
