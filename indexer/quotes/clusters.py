"""One person, one name across a corpus, without the registry: spelling variants of the names
extraction found, joined conservatively.

Per article, extraction already gives one name per person. Across articles the same person may
still be spelled several ways: "Ban Ki Moon" / "Ban Ki-moon", "Dmitri Peskov" / "Dmitry Peskov",
"Владимир Путин" / "Vladimir Putin" (one spelling key, :func:`indexer.people.skeleton`), or
named in part where an article never gave the whole name: "López Obrador" / "Andrés Manuel López
Obrador", "Ban" / "Ban Ki-moon". :func:`cluster_names` joins a variant to a longer name only when
exactly one longer name fits (two people who share a surname stay apart), never joins names that
differ in a given name or an initial ("George Bush" and "George W. Bush" stay two), and leaves
registered names to the registry. The canonical name of a cluster is its fullest spelling among
those found at least a quarter as often as the most frequent one.

A full build joins the names of the whole corpus (:func:`cluster_names` over :func:`name_counts`)
and stores the join with the index; an incremental run gives new articles the stored names and
extends the join, conservatively (:class:`VariantJoin`).

>>> counts = {"Ban Ki-moon": 40, "Ban Ki Moon": 3, "Ban": 5, "Andrés Manuel López Obrador": 9,
...           "López Obrador": 12, "George Bush": 7, "George W. Bush": 8, "Bush": 4}
>>> join = cluster_names(counts)
>>> join["Ban Ki Moon"], join["Ban"], join["López Obrador"]
('Ban Ki-moon', 'Ban Ki-moon', 'Andrés Manuel López Obrador')
>>> "George Bush" in join or "Bush" in join
False
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Protocol, TypeVar

from indexer.people import PeopleRegistry, skeleton
from indexer.quotes.lexicon import is_given
from search.models import Quote

__all__ = [
    "Cluster",
    "VariantJoin",
    "apply_clusters",
    "cluster_names",
    "clusters",
    "name_counts",
    "rename",
]


class Named(Protocol):
    """What names people: an :class:`indexer.quotes.Extraction` or a ``search.Article``."""

    @property
    def people(self) -> tuple[str, ...]: ...

    @property
    def quotes(self) -> tuple[Quote, ...]: ...


N = TypeVar("N", bound=Named)


@dataclass(frozen=True)
class Cluster:
    """One person's name and the variants joined to it, with how often each was found."""

    canonical: str
    variants: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.variants.values())


def _key(name: str) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in name.replace("-", " ").split() if skeleton(w))


def cluster_names(
    counts: Mapping[str, int], registry: PeopleRegistry | None = None
) -> dict[str, str]:
    """Variant -> canonical name, for every unregistered name that joins another.

    ``counts`` maps each name as extracted to how often it was found (quotes or articles).
    Names absent from the result keep their own spelling.
    """
    registry = registry or PeopleRegistry.empty()
    names = [n for n in counts if n.strip() and registry.person(n) is None]
    by_key: dict[tuple[str, ...], list[str]] = {}
    for n in names:
        k = _key(n)
        if k:
            by_key.setdefault(k, []).append(n)
    keys = sorted(by_key, key=len, reverse=True)
    ends: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # last words -> longer names
    opens: dict[str, list[tuple[str, ...]]] = {}  # first word -> longer names
    for o in keys:
        for i in range(1, len(o)):
            ends.setdefault(o[-i:], []).append(o)
        if len(o) > 1:
            opens.setdefault(o[0], []).append(o)
    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for k in keys:
        found = [*ends.get(k, ()), *(opens.get(k[0], ()) if len(k) == 1 else ())]
        given = len(k) == 1 and any(is_given(n) for n in by_key[k])
        longer = [o for o in found if len(o) > len(k) and _part_of(k, o, given)]
        heads = {_root(o, target) for o in longer}
        if len(heads) == 1:
            target[k] = heads.pop()
    members: dict[tuple[str, ...], list[str]] = {}
    for k, spellings in by_key.items():
        members.setdefault(_root(k, target), []).extend(spellings)
    join: dict[str, str] = {}
    for group in members.values():
        canon = _canonical(group, counts)
        for n in group:
            if n != canon:
                join[n] = canon
    return join


def _canonical(group: list[str], counts: Mapping[str, int]) -> str:
    """The fullest spelling among those found at least a quarter as often as the most frequent
    one (a rare longer form is usually a typo or a title run into the name)."""
    top = max(counts[n] for n in group)
    common = [n for n in group if counts[n] * 4 >= top]
    return max(common, key=lambda n: (len(_key(n)), counts[n], n))


def _root(k: tuple[str, ...], target: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    while k in target:
        k = target[k]
    return k


def _part_of(short: tuple[str, ...], long: tuple[str, ...], given: bool) -> bool:
    """``short`` names the same person as ``long`` in part: its last words ("López Obrador"),
    or one word that opens it and is no given name ("Ban" of "Ban Ki-moon", "Xi" of "Xi
    Jinping"). A given name alone (``given``) names nobody in particular, and a given name or
    an initial that differs never matches ("George Bush" is not "George W. Bush")."""
    n = len(short)
    if long[-n:] == short:
        return n > 1 or not given
    return n == 1 and long[0] == short[0] and not given


def clusters(counts: Mapping[str, int], registry: PeopleRegistry | None = None) -> list[Cluster]:
    """Unregistered names grouped by person, most frequent first: what ``presslens speakers
    --unknown`` shows an editor, to confirm into ``people.yaml``.

    >>> [(c.canonical, c.variants) for c in clusters({"Ban Ki-moon": 4, "Ban Ki Moon": 1})]
    [('Ban Ki-moon', {'Ban Ki-moon': 4, 'Ban Ki Moon': 1})]
    """
    registry = registry or PeopleRegistry.empty()
    join = cluster_names(counts, registry)
    groups: dict[str, dict[str, int]] = {}
    for name, n in counts.items():
        if registry.person(name) is not None or registry.canonical(name) is not None:
            continue
        groups.setdefault(join.get(name, name), {})[name] = n
    found = [
        Cluster(c, dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))))
        for c, v in groups.items()
    ]
    return sorted(found, key=lambda c: (-c.total, c.canonical))


def rename(names: Iterable[str], join: Mapping[str, str]) -> tuple[str, ...]:
    """``names`` with every variant replaced by its canonical name, duplicates dropped."""
    return tuple(dict.fromkeys(join.get(n, n) for n in names))


def _names(found: Named) -> dict[str, None]:
    """Every name ``found`` gives, in order: the people, then the quotes' speakers."""
    return dict.fromkeys([*found.people, *(q.speaker for q in found.quotes)])


def name_counts(found: Named) -> Counter[str]:
    """How often an article names each person: once for being named, once more per quote (the
    counts :func:`cluster_names` weighs spellings by, summed over a corpus).

    >>> from indexer.quotes import extract
    >>> name_counts(extract('Anna Berg spoke. "Yes," said Anna Berg. "No," she added.', "en"))
    Counter({'Anna Berg': 3})
    """
    counts = Counter(found.people)
    counts.update(q.speaker for q in found.quotes)
    return counts


def apply_clusters(found: N, join: Mapping[str, str]) -> N:
    """An :class:`indexer.quotes.Extraction` or a ``search.Article`` with corpus-level names
    (speakers, people, unknown names and every quote's speaker).

    >>> from indexer.quotes import extract
    >>> ex = extract('"Yes," said Ban Ki Moon.', "en")
    >>> ex = apply_clusters(ex, {"Ban Ki Moon": "Ban Ki-moon"})
    >>> ex.speakers, ex.quotes[0].speaker
    (('Ban Ki-moon',), 'Ban Ki-moon')
    """
    if not join or not any(n in join for n in _names(found)):
        return found
    quotes = tuple(replace(q, speaker=join.get(q.speaker, q.speaker)) for q in found.quotes)
    changes: dict[str, object] = {"quotes": quotes, "people": rename(found.people, join)}
    for name in ("speakers", "unknown"):
        if hasattr(found, name):
            changes[name] = rename(getattr(found, name), join)
    return replace(found, **changes)  # type: ignore[type-var]


class VariantJoin:
    """The corpus join a full build stored (variant -> canonical name), for new articles.

    A new article takes the stored names, and its other names may extend the join, but only
    where that is safe without the corpus at hand: a spelling of a name the join knows ("Ban Ki
    Moon" for "Ban Ki-moon") or the last two words or more of exactly one canonical name
    ("López Obrador" of "Andrés Manuel López Obrador") join it; a single word never does
    ("Bush": the corpus that told George Bush from George W. Bush is not at hand). A canonical
    name never changes, and registered names stay the registry's.

    >>> join = VariantJoin({"Ban": "Ban Ki-moon", "AMLO": "Andrés Manuel López Obrador"})
    >>> [join.canonical(n) for n in ("Ban", "Ban Ki Moon", "López Obrador", "Obrador")]
    ['Ban Ki-moon', 'Ban Ki-moon', 'Andrés Manuel López Obrador', 'Obrador']
    >>> join.added
    {'Ban Ki Moon': 'Ban Ki-moon', 'López Obrador': 'Andrés Manuel López Obrador'}
    """

    def __init__(
        self, variants: Mapping[str, str] | None = None, registry: PeopleRegistry | None = None
    ) -> None:
        self.variants: dict[str, str] = dict(variants or {})
        #: the joins new articles added, not stored yet
        self.added: dict[str, str] = {}
        self.registry = registry or PeopleRegistry.empty()
        self._canonical = set(self.variants.values())
        self._spellings: dict[tuple[str, ...], set[str]] = {}  # key -> canonical names
        self._tails: dict[tuple[str, ...], set[str]] = {}  # last words -> canonical names
        for name in (*self.variants, *self._canonical):
            key = _key(name)
            if key:
                self._spellings.setdefault(key, set()).add(self.variants.get(name, name))
        for name in self._canonical:
            key = _key(name)
            for n in range(2, len(key)):
                self._tails.setdefault(key[-n:], set()).add(name)

    def canonical(self, name: str) -> str:
        """The corpus name of ``name``: its canonical name, or itself."""
        found = self.variants.get(name) or self.added.get(name)
        if found is not None:
            return found
        if name in self._canonical or self.registry.canonical(name) is not None:
            return name
        key = _key(name)
        targets = self._spellings.get(key) or (self._tails.get(key) if len(key) > 1 else None)
        if not targets or len(targets) != 1:
            return name
        target = next(iter(targets))
        self.added[name] = target
        return target

    def apply(self, found: N) -> N:
        """``found`` (an extraction or an article) with the corpus names."""
        join = {n: c for n in _names(found) if (c := self.canonical(n)) != n}
        return apply_clusters(found, join)

    def stored(self) -> dict[str, str]:
        """The join to store: the stored one and what new articles added."""
        return {**self.variants, **self.added}
