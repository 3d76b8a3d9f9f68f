"""Which Debian packages give which language pair (what to install, and what to tell users
who have none).

The lexicons are data under the GPL (TU Chemnitz's Ding, Mueller's English-Russian
dictionary, most FreeDict databases) or other free licences (Apertium: GPL-2+; some
FreeDict databases: CC BY-SA). presslens reads them where Debian installed them and never
copies them into its repository; ``.ci/install-lexicons.sh`` installs exactly these.

>>> RECOMMENDED[("de", "en")]
('dict-de-en',)
>>> install_advice().startswith("install the Debian packages dict-de-en apertium-eng-spa")
True
"""

from __future__ import annotations

#: For each pair (both directions), the packages that give it, best first.
RECOMMENDED: dict[tuple[str, str], tuple[str, ...]] = {
    ("de", "en"): ("dict-de-en",),
    ("es", "en"): ("apertium-eng-spa", "dict-freedict-spa-eng", "dict-freedict-eng-spa"),
    ("ru", "en"): ("mueller7-dict", "dict-freedict-eng-rus"),
    ("sv", "en"): ("dict-freedict-swe-eng", "dict-freedict-eng-swe"),
    ("sv", "de"): ("dict-freedict-swe-deu", "dict-freedict-deu-swe"),
    ("tr", "en"): ("dict-freedict-tur-eng", "dict-freedict-eng-tur"),
}


def install_advice() -> str:
    """One line: the packages to install (``apt-get install ...``)."""
    packages = [p for group in RECOMMENDED.values() for p in group]
    return f"install the Debian packages {' '.join(packages)} (apt-get install)"


__all__ = ["RECOMMENDED", "install_advice"]
