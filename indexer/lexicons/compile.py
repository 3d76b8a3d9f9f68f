"""Compiling the installed lexicons into one compact file per directed language pair.

For a pair ``source -> target`` the entries of every installed ``source -> target``
dictionary are merged (best dictionary first), then completed by every ``target -> source``
dictionary read backwards. Translations that the other direction confirms (``Gespräch ->
talk`` and ``talk -> Gespräch``) rank first: a general signal of the usual equivalent,
independent of any collection; otherwise the dictionary's own order is kept. Pairs with no
dictionary of their own are translated at query time through a third language (see
``search.translation``), so they need no file.

>>> report = compile_lexicons(Path(tempfile.mkdtemp()), installed=[])    # doctest: +SKIP
>>> print(report.format())                                               # doctest: +SKIP
No bilingual lexicon is installed. ...
"""

from __future__ import annotations

import time
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from indexer.lexicons.entries import mentions
from indexer.lexicons.installed import InstalledLexicon, find_installed
from indexer.lexicons.morphology import inflected_forms
from search.analysis import normalize
from search.translation.lexicon import (
    MAX_STORED,
    SUFFIX,
    LexiconHeader,
    SourcePackage,
    lexicon_filename,
    read_header,
    write_lexicon,
)
from search.translation.packages import RECOMMENDED
from search.translation.store import pivot_pairs


class Translations(dict[str, list[str]]):
    """Headword (normalised) -> translations as written, best first; ``written`` keeps how
    each headword was written (``Gespräch``), for the entries read backwards."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.written: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class PairReport:
    """One compiled pair: where it is, what it holds and where it comes from."""

    source: str
    target: str
    path: Path
    size: int
    counts: dict[str, int]
    packages: tuple[SourcePackage, ...]
    seconds: float
    #: False when the file was already compiled from the same package versions.
    written: bool = True

    @property
    def pair(self) -> str:
        return f"{self.source}-{self.target}"


@dataclass(slots=True)
class CompileReport:
    """What ``compile_lexicons`` wrote, what it can translate through English, what is missing."""

    directory: Path
    pairs: list[PairReport] = field(default_factory=list)
    pivots: list[tuple[str, str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def format(self) -> str:
        """The report as the command prints it."""
        if not self.pairs:
            lines = [f"No bilingual lexicon is installed; nothing written to '{self.directory}'."]
        else:
            lines = [f"Compiled {len(self.pairs)} language pairs into '{self.directory}':"]
            lines.append(
                f"  {'pair':<6} {'headwords':>9} {'forms':>8} {'MB':>6}  packages (licence)"
            )
            for p in self.pairs:
                packages = ", ".join(
                    f"{s.name} {s.version} ({s.licence or 'licence unknown'})"
                    + ("" if s.role == "direct" else f" {s.role}")
                    for s in p.packages
                )
                lines.append(
                    f"  {p.pair:<6} {p.counts['headwords']:>9,} {p.counts['forms']:>8,} "
                    f"{p.size / 1e6:>6.1f}  {packages}" + ("" if p.written else "  (up to date)")
                )
        if self.pivots:
            through = ", ".join(f"{s}-{t} (via {p})" for s, t, p in self.pivots)
            lines.append(f"Translated through a third language: {through}.")
        lines += self.missing
        return "\n".join(lines)


@lru_cache(maxsize=1_000_000)
def _normalised(headword: str, language: str) -> str:
    return " ".join(normalize(w, language) for w in headword.split())


def gather(
    lexicons: Iterable[InstalledLexicon], keep: Callable[[str], bool] | None = None
) -> Translations:
    """The entries of several dictionaries of one direction, merged in the order given
    (``keep``: only entries whose text it accepts)."""
    merged = Translations()
    for lexicon in lexicons:
        for entry in lexicon.entries(keep):
            key = _normalised(entry.headword, lexicon.source)
            merged.written.setdefault(key, entry.headword)
            translations = merged.setdefault(key, [])
            for translation in entry.translations:
                if translation not in translations:
                    translations.append(translation)
    return merged


def reverse(entries: Translations, language: str) -> Translations:
    """Read a dictionary backwards: each translation becomes a headword.

    The headwords it came from are ordered by the rank the translation had in their entries
    (a word that is the first equivalent of ``x`` comes before one listed fifth).
    """
    ranked: dict[str, list[tuple[int, int, str]]] = {}
    written = getattr(entries, "written", {})
    for order, (headword, translations) in enumerate(entries.items()):
        for rank, translation in enumerate(translations):
            ranked.setdefault(_normalised(translation, language), []).append(
                (rank, order, written.get(headword, headword))
            )
    out = Translations()
    for key, found in ranked.items():
        found.sort()
        out[key] = list(dict.fromkeys(h for _, _, h in found))[:MAX_STORED]
    return out


def fan_in(entries: Translations, language: str) -> Counter[str]:
    """How many headwords list each translation (normalised): a proxy for how common it is."""
    counts: Counter[str] = Counter()
    for translations in entries.values():
        counts.update({_normalised(t, language) for t in translations})
    return counts


def merge(
    forward: Translations, backward: Translations, target: str, order: str = "dictionary"
) -> Translations:
    """Forward entries, confirmed translations first, completed by the backward ones.

    Within the confirmed and the unconfirmed translations, ``order="dictionary"`` keeps
    the dictionary's order (its senses, most usual first where the lexicographer ranked
    them); ``order="fan-in"`` puts first those that more headwords list (``security``
    before ``certitude`` for ``Sicherheit``). On XQuAD-R (tune half) the two are within
    0.003 MRR@10 of each other; the dictionary's order is kept by default.
    """
    common = fan_in(forward, target) if order == "fan-in" else Counter()
    merged = Translations()
    for headword in forward.keys() | backward.keys():
        ours = forward.get(headword, [])
        theirs = backward.get(headword, [])
        confirmed = {_normalised(t, target) for t in theirs}
        ranked = sorted(
            ours,
            key=lambda t: (
                _normalised(t, target) not in confirmed,
                -common[_normalised(t, target)],
            ),
        )
        known = {_normalised(t, target) for t in ranked}
        ranked += [t for t in theirs if _normalised(t, target) not in known]
        merged[headword] = ranked[:MAX_STORED]
    return merged


def _package(lexicon: InstalledLexicon, role: str) -> SourcePackage:
    return SourcePackage(lexicon.package, lexicon.version, lexicon.licence, role)


def compile_pair(
    directory: Path,
    source: str,
    target: str,
    forward: Sequence[InstalledLexicon],
    backward: Sequence[InstalledLexicon],
    parsed: dict[str, Translations] | None = None,
    order: str = "dictionary",
    force: bool = False,
    words: Collection[str] | None = None,
) -> PairReport:
    """Compile one directed pair from its dictionaries into ``directory``.

    A file already compiled (same format) from the same packages and versions (and the
    same ``words``) is kept, unless ``force``. ``words``: only the entries that mention
    one of them (see :func:`compile_lexicons`).
    """
    started = time.perf_counter()
    parsed = {} if parsed is None else parsed
    packages = tuple(_package(x, "direct") for x in forward)
    packages += tuple(_package(x, "reversed") for x in backward)
    path = directory / lexicon_filename(source, target)
    if not force and path.is_file():
        try:
            existing = read_header(path)
        except (OSError, ValueError, KeyError):
            existing = None
        if (
            existing is not None
            and existing.packages == packages
            and existing.counts.get("subset", 0) == subset_signature(words)
        ):
            return PairReport(
                source,
                target,
                path,
                path.stat().st_size,
                dict(existing.counts),
                packages,
                time.perf_counter() - started,
                written=False,
            )

    keep = mentions(words) if words is not None else None

    def entries(lexicons: Sequence[InstalledLexicon]) -> Translations:
        key = "|".join(str(lexicon.path) for lexicon in lexicons)
        if key not in parsed:
            parsed[key] = gather(lexicons, keep)
        return parsed[key]

    translations = merge(entries(forward), reverse(entries(backward), source), target, order)
    single = {h for h in translations if " " not in h}
    forms = inflected_forms(source, single)
    subset = {"subset": subset_signature(words)} if words is not None else {}
    header = write_lexicon(
        path, LexiconHeader(source, target, packages, subset), translations, forms
    )
    return PairReport(
        source,
        target,
        path,
        path.stat().st_size,
        dict(header.counts),
        packages,
        time.perf_counter() - started,
    )


def compile_lexicons(
    directory: str | Path,
    *,
    installed: Sequence[InstalledLexicon] | None = None,
    languages: Iterable[str] | None = None,
    order: str = "dictionary",
    force: bool = False,
    words: Collection[str] | None = None,
) -> CompileReport:
    """Find the installed lexicons and compile every pair they give into ``directory``.

    ``directory`` is usually ``<index root>/lexicons``. Pairs no longer available are
    removed from it. ``languages`` limits the pairs to those languages (default: all);
    ``order`` is how translations are ranked (see :func:`merge`). Pairs compiled before
    from the same package versions are kept as they are unless ``force``, so running it
    again (after every ``presslens index``, say) costs little. ``words``: compile only the
    entries that mention one of these words (in any language, any case): a small real
    subset in seconds, for trials and tests (the full German-English pair takes minutes).
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    installed = find_installed() if installed is None else list(installed)
    wanted = set(languages) if languages is not None else None
    if wanted is not None:
        installed = [x for x in installed if x.source in wanted and x.target in wanted]
    pairs = sorted(
        {(x.source, x.target) for x in installed} | {(x.target, x.source) for x in installed}
    )
    report = CompileReport(directory)
    parsed: dict[str, Translations] = {}
    for source, target in pairs:
        forward = [x for x in installed if (x.source, x.target) == (source, target)]
        backward = [x for x in installed if (x.source, x.target) == (target, source)]
        report.pairs.append(
            compile_pair(directory, source, target, forward, backward, parsed, order, force, words)
        )
    written = {p.path.name for p in report.pairs}
    for stale in directory.glob(f"*{SUFFIX}"):
        if stale.name not in written:
            stale.unlink()
    report.pivots = pivot_pairs(pairs)
    report.missing = advice(set(pairs), wanted)
    return report


def subset_signature(words: Collection[str] | None) -> int:
    """0 for a whole dictionary, else a number naming the set of ``words`` (kept in the
    compiled header, so a subset is never taken for the whole, nor the reverse).

    >>> subset_signature(None), subset_signature(["b", "a"]) == subset_signature(["a", "b"])
    (0, True)
    """
    if words is None:
        return 0
    return zlib.crc32("\n".join(sorted({w.lower() for w in words})).encode()) or 1


def advice(pairs: set[tuple[str, str]], languages: set[str] | None = None) -> list[str]:
    """What to install for the recommended pairs that are missing."""
    lines = []
    for (a, b), packages in RECOMMENDED.items():
        if languages is not None and not {a, b} <= languages:
            continue
        if (a, b) not in pairs and (b, a) not in pairs:
            lines.append(
                f"No {a}-{b} lexicon: install {' '.join(packages)} "
                f"(apt-get install), then run this command again."
            )
    return lines
