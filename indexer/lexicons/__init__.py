"""Bilingual lexicons for query translation: find the installed Debian dictionaries, read
their formats, compile each language pair for ``search.translation``.

Pipeline::

    find_installed() -> InstalledLexicon (package, version, licence, file)
        -> entries: dictd (Ding, FreeDict, Mueller), FreeDict TEI, Apertium .bin
        -> per directed pair: forward entries + the other direction reversed,
           inflected forms (simplemma) -> search.translation.write_lexicon
    compile_lexicons(directory) -> CompileReport (pairs, entry counts, sizes, licences,
        what to install)

>>> from indexer.lexicons import compile_lexicons                    # doctest: +SKIP
>>> print(compile_lexicons(".presslens/index/lexicons").format())    # doctest: +SKIP
Compiled 12 language pairs into '.presslens/index/lexicons': ...
"""

from indexer.lexicons.compile import CompileReport, PairReport, advice, compile_lexicons
from indexer.lexicons.entries import Entry
from indexer.lexicons.installed import InstalledLexicon, find_installed
from search.translation.packages import RECOMMENDED

__all__ = [
    "RECOMMENDED",
    "CompileReport",
    "Entry",
    "InstalledLexicon",
    "PairReport",
    "advice",
    "compile_lexicons",
    "find_installed",
]
