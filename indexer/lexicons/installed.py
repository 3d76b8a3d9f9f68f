"""Which bilingual lexicons the system has installed, from which Debian package, under which
licence.

presslens reads lexicons where Debian installed them and never copies them into the
repository. Known locations:

- dictd databases in ``/usr/share/dictd``: TU Chemnitz's Ding (``dict-de-en``:
  ``german-english``, ``english-german``), Mueller (``mueller7-dict``: ``mueller7``), and every
  FreeDict database (``dict-freedict-XXX-YYY``: ``freedict-XXX-YYY``);
- FreeDict TEI files (``*.tei``) in ``/usr/share/freedict`` when some package provides them;
- Apertium bilingual dictionaries in ``/usr/share/apertium/apertium-*/XXX-YYY.autobil.bin``.

>>> [s.pair for s in find_installed(Path("/nonexistent"))]
[]
>>> ISO_639_3["swe"], ISO_639_3["eng"]
('sv', 'en')
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from indexer.lexicons.apertium import read_apertium_bilingual
from indexer.lexicons.ding import read_ding
from indexer.lexicons.entries import Entry
from indexer.lexicons.freedict import read_freedict
from indexer.lexicons.mueller import read_mueller
from indexer.lexicons.tei import read_tei
from search.languages import STEMMERS

#: ISO 639-3 codes (FreeDict, Apertium) of the languages presslens analyses.
ISO_639_3 = {
    "dan": "da", "deu": "de", "eng": "en", "spa": "es", "fin": "fi", "fra": "fr",
    "hun": "hu", "ita": "it", "nld": "nl", "nor": "no", "nob": "no", "por": "pt",
    "ron": "ro", "rus": "ru", "swe": "sv", "tur": "tr",
}  # fmt: skip


#: Lexicons that are better than others for the same pair come first when entries merge.
_PRIORITY = {"ding": 0, "apertium": 1, "mueller": 2, "tei": 3, "freedict": 4}


@dataclass(frozen=True, slots=True)
class InstalledLexicon:
    """One direction of one installed dictionary."""

    package: str
    source: str
    target: str
    kind: str  # ding | freedict | mueller | apertium | tei
    path: Path
    version: str = ""
    licence: str = ""

    @property
    def pair(self) -> str:
        return f"{self.source}-{self.target}"

    def entries(self, keep: Callable[[str], bool] | None = None) -> Iterator[Entry]:
        """Parse the dictionary (seconds for the largest ones); ``keep``: only the entries
        whose text it accepts (see ``indexer.lexicons.entries.mentions``)."""
        if self.kind in ("ding", "freedict", "mueller"):
            reader = {"ding": read_ding, "freedict": read_freedict, "mueller": read_mueller}
            return reader[self.kind](self.path, keep)
        parsed = (
            read_apertium_bilingual(self.path) if self.kind == "apertium" else read_tei(self.path)
        )
        if keep is None:
            return parsed
        return (e for e in parsed if keep(" ".join((e.headword, *e.translations))))


def _supported(code3: str) -> str | None:
    code = ISO_639_3.get(code3)
    return code if code in STEMMERS else None


def _candidates(root: Path) -> Iterator[tuple[str, str, str, str, Path, str]]:
    """(package, source, target, kind, path, licence stanza) of every file in a known place."""
    dictd = root / "usr/share/dictd"
    for name, source, target in (("german-english", "de", "en"), ("english-german", "en", "de")):
        yield "dict-de-en", source, target, "ding", dictd / f"{name}.index", ""
    yield "mueller7-dict", "en", "ru", "mueller", dictd / "mueller7.index", ""
    for path in sorted(dictd.glob("freedict-*-*.index")):
        match = re.fullmatch(r"freedict-([a-z]{3})-([a-z]{3})\.index", path.name)
        if match:
            a, b = match.groups()
            yield f"dict-freedict-{a}-{b}", a, b, "freedict", path, f"{a}-{b}/*"
    for path in sorted((root / "usr/share/freedict").glob("**/*.tei")):
        match = re.search(r"([a-z]{3})-([a-z]{3})", path.name)
        if match:
            a, b = match.groups()
            yield f"freedict-{a}-{b}", a, b, "tei", path, f"{a}-{b}/*"
    for path in sorted((root / "usr/share/apertium").glob("apertium-*/*.autobil.bin")):
        match = re.fullmatch(r"([a-z]{3})-([a-z]{3})\.autobil\.bin", path.name)
        if match:
            a, b = match.groups()
            yield path.parent.name, a, b, "apertium", path, ""


def find_installed(root: Path = Path("/")) -> list[InstalledLexicon]:
    """Every installed dictionary between two languages presslens analyses, best first."""
    found = []
    for package, source, target, kind, path, stanza in _candidates(root):
        source = ISO_639_3.get(source, source) if len(source) == 3 else source
        target = ISO_639_3.get(target, target) if len(target) == 3 else target
        if source not in STEMMERS or target not in STEMMERS or not path.is_file():
            continue
        found.append(
            InstalledLexicon(
                package,
                source,
                target,
                kind,
                path,
                package_version(package, root),
                package_licence(package, stanza, root),
            )
        )
    found.sort(key=lambda s: (s.source, s.target, _PRIORITY[s.kind], s.package))
    return found


@cache
def _dpkg_status(root: Path) -> dict[str, str]:
    status = root / "var/lib/dpkg/status"
    versions: dict[str, str] = {}
    if not status.is_file():
        return versions
    for stanza in status.read_text(encoding="utf-8", errors="replace").split("\n\n"):
        fields = dict(re.findall(r"^(Package|Version|Status): (.*)$", stanza, re.MULTILINE))
        if "Package" in fields and "installed" in fields.get("Status", "").split():
            versions[fields["Package"]] = fields.get("Version", "")
    return versions


def package_version(package: str, root: Path = Path("/")) -> str:
    """The installed version of a Debian package ('' when dpkg does not know it)."""
    return _dpkg_status(root).get(package, "")


_GPL_TEXT = re.compile(
    r"GNU General Public License,?\s*(?:as published by the Free Software Foundation;?\s*)?"
    r"(?:either\s*)?version\s*(\d)(\s*of the License,?\s*or\s*\(at your option\) any later)?",
    re.IGNORECASE,
)


def package_licence(package: str, stanza: str = "", root: Path = Path("/")) -> str:
    """The licence of a package's data, from its Debian copyright file.

    Machine-readable files: the ``License:`` of the ``Files:`` stanza naming ``stanza``
    (FreeDict's ``swe-eng/*``), else of ``Files: *``. Free-form files: the GPL version
    their text names. '' when neither says.
    """
    path = root / "usr/share/doc" / package / "copyright"
    if not path.is_file():
        return ""
    text = path.read_text(encoding="utf-8", errors="replace")
    stanzas = re.findall(r"^Files:\s*(.+?)\n(?:.*\n)*?License:\s*(\S+)", text, re.MULTILINE)
    for files, licence in stanzas:
        if stanza and stanza in files.split():
            return licence
    for files, licence in stanzas:
        if files.strip() == "*":
            return licence
    match = _GPL_TEXT.search(text)
    if match:
        return f"GPL-{match.group(1)}{'+' if match.group(2) else ''}"
    return ""
