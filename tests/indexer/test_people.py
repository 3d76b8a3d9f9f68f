"""The people registry: aliases, transliteration variants, roles and load errors."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.people import PeopleRegistry, _cyrillic_inflection, _within_one, skeleton
from search.errors import ArticleFormatError

REGISTRY = PeopleRegistry.load(Path(__file__).resolve().parents[2] / "corpus" / "people.yaml")


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Grusjko", "Alexander Grushko"),
        ("Gruschko", "Alexander Grushko"),
        ("Grouchko", "Alexander Grushko"),
        ("Грушко", "Alexander Grushko"),
        ("Aleksandr Grusjko", "Alexander Grushko"),
        ("Riabkov", "Sergei Ryabkov"),
        ("Sergey Ryabkov", "Sergei Ryabkov"),
        ("Dmitri Peskov", "Dmitry Peskov"),
        ("Peskov", "Dmitry Peskov"),
        ("Пескова", "Dmitry Peskov"),
        ("Stoltenberg", "Jens Stoltenberg"),
        ("Aleksandr Fomin", "Aleksandr Fomin"),
        ("Nato", None),
        ("Ukraine", None),
    ],
)
def test_registry_joins_spelling_variants_to_the_canonical_name(name, expected):
    assert REGISTRY.canonical(name) == expected


def test_alias_groups_carry_surname_variants_for_query_expansion():
    group = next(g for g in REGISTRY.alias_groups() if g[0] == "Alexander Grushko")
    assert {"Grushko", "Grusjko", "Gruschko"} <= set(group)


def test_aliases_start_with_the_canonical_name():
    assert REGISTRY.aliases("Jens Stoltenberg")[0] == "Jens Stoltenberg"
    assert REGISTRY.aliases("Nobody") == ()


def test_people_have_roles_per_language():
    person = next(p for p in REGISTRY.people() if p.canonical == "Jens Stoltenberg")
    assert "Nato-chefen" in person.roles["sv"]


def test_missing_file_gives_an_empty_registry(tmp_path):
    reg = PeopleRegistry.load(tmp_path / "absent.yaml")
    assert reg.people() == [] and reg.canonical("Stoltenberg") is None


def test_bad_yaml_raises_article_format_error_with_line(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("people:\n  - name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError) as err:
        PeopleRegistry.load(path)
    assert err.value.line is not None


def test_entry_without_name_is_rejected(tmp_path):
    path = tmp_path / "people.yaml"
    path.write_text("people:\n  - aliases: [x]\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError):
        PeopleRegistry.load(path)


def test_only_names_written_in_people_yaml_are_aliases():
    assert REGISTRY.is_alias("Stoltenberg") and REGISTRY.is_alias("jens stoltenberg")
    assert REGISTRY.canonical("Smith") == "Julianne Smith" and not REGISTRY.is_alias("Smith")


SURNAMES = st.text(alphabet="abcdefghijklmnoprstuvyzшкорвп", min_size=1, max_size=9)


@settings(max_examples=300, deadline=None)
@given(st.lists(SURNAMES, min_size=1, max_size=6), SURNAMES)
def test_the_spelling_index_finds_what_comparing_every_surname_finds(surnames, query):
    registry = PeopleRegistry.from_records([{"name": f"Anna {s.title()}"} for s in surnames])
    key = skeleton(query)
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in query)
    found = {
        canon
        for s, canons in registry._surnames.items()
        for canon in canons
        if s == key
        or (
            min(len(s), len(key)) >= 5
            and (_within_one(s, key) or (cyrillic and _cyrillic_inflection(s, key)))
        )
    }
    expected = next(iter(found)) if len(found) == 1 else None
    if registry._by_name.get(query.casefold()) or registry._by_skeleton.get(key):
        return  # exact names and spellings answer before the surname rules
    assert registry.canonical(query.title()) == expected
