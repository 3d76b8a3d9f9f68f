"""Regenerate ``indexer/quotes/data/world_names.txt``: given names of many countries, on news.

The names come from the person providers of Faker (MIT licence), one list per locale and
gender; only names in Latin or Cyrillic script of one word are kept. A name is dropped when
the news corpus uses it as an ordinary word: more often in lower case than capitalised
("paz", "luz"), or mostly after an article, as German nouns and places are ("die Mark",
"der Jordan"). Run it with Faker importable (``pip install faker``, or a path to an unpacked
wheel) and the corpus beside the repository::

    python -m benchmarks.given_names [--faker DIR] > indexer/quotes/data/world_names.txt

>>> _keep("Mark", {"mark": 2}, {"Mark": 40}, {"Mark": 30})
False
>>> _keep("Bernhard", {}, {"Bernhard": 50}, {"Bernhard": 1})
True
>>> _keep("France", {}, {"France": 90}, {}, {"France": 60})
False
"""

from __future__ import annotations

import argparse
import collections
import importlib
import re
import sys
import textwrap
from collections.abc import Iterable

from benchmarks.data import load_articles

#: locales whose people the corpus quotes (Europe, the Americas, Turkey); English comes from
#: the census lists already
LATIN_LOCALES = """de_AT de_CH de_DE es_ES es_MX es_AR es_CO es_CL it_IT fr_FR fr_BE pt_PT pt_BR
nl_NL pl_PL sv_SE no_NO da_DK fi_FI cs_CZ hr_HR sl_SI sk_SK hu_HU ro_RO tr_TR""".split()
CYRILLIC_LOCALES = ["ru_RU"]
_NAME = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĎŤŇĽŐŰĞİŞ][a-zß-öø-ÿłśżźćńšžčřďťňľőűğışăâîţșțė]+"
    r"|[А-ЯЁ][а-яё]+)$"
)
_WORD = re.compile(r"[^\W\d_]+")
_ARTICLES = frozenset(
    """der die das den dem des ein eine einer einem eines the a an el la los las un una le les
    il lo gli""".split()
)
#: prepositions before places: a name mostly read after them is a place ("in France")
_PLACE_PREPOSITIONS = frozenset("in from to at of nach aus en desde hacia".split())
_SHARE_AFTER_ARTICLE = 0.3
_SHARE_AFTER_PLACE = 0.2


#: locales whose surnames are also given as first names elsewhere ("Smith", "Taylor")
SURNAME_LOCALES = ["en_US", "en_GB"]


def _listed(provider: object, attr: str) -> list[str]:
    names = getattr(provider, attr, None)
    return [] if names is None or isinstance(names, property) else list(names)


def _provider_names(locale: str) -> dict[str, set[str]]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    out: dict[str, set[str]] = {"m": set(), "f": set()}
    for attr, gender in (("first_names_male", "m"), ("first_names_female", "f")):
        out[gender].update(n for n in _listed(provider, attr) if _NAME.match(n))
    return out


def _surnames(locales: list[str]) -> dict[str, set[str]]:
    """Which locales list each name as a surname."""
    out: dict[str, set[str]] = collections.defaultdict(set)
    for locale in locales:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for name in _listed(provider, "last_names"):
            out[name].add(locale)
    return out


def _surname_first(name: str, given_in: set[str], surname_in: set[str]) -> bool:
    """A surname that one locale's list gives as a first name: "Smith", "Williams".

    >>> _surname_first("Smith", {"es_CO"}, {"en_US", "en_GB"})
    True
    >>> _surname_first("Thomas", {"de_DE", "fr_FR", "en_GB"}, {"fr_FR"})
    False
    """
    if surname_in & set(SURNAME_LOCALES):
        return len(given_in) < 3
    return len(given_in) == 1 and len(surname_in) >= 2


def _keep(
    name: str,
    lower: dict[str, int],
    capital: dict[str, int],
    after: dict[str, int],
    place: dict[str, int] | None = None,
) -> bool:
    """A name the corpus does not use as an ordinary word or a place (see the module doc)."""
    caps = capital.get(name, 0)
    if lower.get(name.casefold(), 0) > max(caps, 1) // 2:
        return False
    if caps < 3:
        return True
    at_place = (place or {}).get(name, 0) / caps
    return after.get(name, 0) / caps <= _SHARE_AFTER_ARTICLE and at_place <= _SHARE_AFTER_PLACE


_Counts = tuple[dict[str, int], dict[str, int], dict[str, int], dict[str, int]]


def _counts(texts: Iterable[str]) -> _Counts:
    lower: collections.Counter[str] = collections.Counter()
    capital: collections.Counter[str] = collections.Counter()
    after: collections.Counter[str] = collections.Counter()
    place: collections.Counter[str] = collections.Counter()
    for text in texts:
        prev = ""
        for word in _WORD.findall(text):
            if word[0].isupper():
                capital[word] += 1
                if prev in _ARTICLES:
                    after[word] += 1
                elif prev in _PLACE_PREPOSITIONS:
                    place[word] += 1
            else:
                lower[word] += 1
            prev = word.casefold()
    return lower, capital, after, place


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--faker", help="folder that holds an unpacked faker package")
    args = parser.parse_args(argv)
    if args.faker:
        sys.path.insert(0, args.faker)
    genders: dict[str, set[str]] = collections.defaultdict(set)
    given_in: dict[str, set[str]] = collections.defaultdict(set)
    for locale in LATIN_LOCALES + CYRILLIC_LOCALES:
        for gender, names in _provider_names(locale).items():
            for name in names:
                genders[name].add(gender)
                given_in[name].add(locale)
    surnames = _surnames(LATIN_LOCALES + CYRILLIC_LOCALES + SURNAME_LOCALES)
    lower, capital, after, place = _counts(r["text"] or "" for r in load_articles())
    lists: dict[str, list[str]] = {"MALE": [], "FEMALE": [], "EITHER": []}
    for name in sorted(genders):
        if not _keep(name, lower, capital, after, place):
            continue
        if _surname_first(name, given_in[name], surnames.get(name, set())):
            continue
        g = genders[name]
        key = "EITHER" if len(g) == 2 else ("MALE" if "m" in g else "FEMALE")
        lists[key].append(name.casefold())
    locales = ", ".join(LATIN_LOCALES + CYRILLIC_LOCALES)
    header = [
        "Given names of many countries, by gender (python -m benchmarks.given_names).",
        "",
        "From the person providers of Faker (MIT licence, (c) 2012 Daniele Faraglia) for the",
        *textwrap.wrap(
            f"locales {locales}; names the news corpus uses as ordinary words or "
            "places, and surnames, are left out.",
            width=92,
        ),
    ]
    print("\n".join(f"# {line}".rstrip() for line in header))
    for key, names in lists.items():
        print(f"\n[{key.lower()}]")
        print(textwrap.fill(" ".join(names), width=96, break_on_hyphens=False))


if __name__ == "__main__":
    main()
