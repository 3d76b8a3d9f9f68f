"""Inflected forms of the headwords of a lexicon, from simplemma's form -> lemma tables.

At query time presslens looks a word up as typed, then through its lemma, then through its
Snowball stem. Lemmas come from the compiled pair's ``forms`` table, which this module
fills at compile time, so no search process loads a lemmatiser. Only forms whose stem
differs from their lemma's are kept: ``went`` -> ``go`` is, ``talks`` -> ``talk`` is not
(both stem to ``talk``).

>>> forms = inflected_forms("en", {"go", "talk"})
>>> forms["went"], "talks" in forms
(['go'], False)
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from search.analysis import normalize
from search.translation.lexicon import stem_key

try:
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory
except ImportError:  # pragma: no cover - a presslens installed without its lexicon tools
    DefaultDictionaryFactory = None  # type: ignore[assignment,misc]


def available() -> bool:
    """Whether simplemma (the source of inflected forms) is installed."""
    return DefaultDictionaryFactory is not None


def _table(language: str) -> Mapping[str, str]:
    if DefaultDictionaryFactory is None:
        return {}
    try:
        table = DefaultDictionaryFactory().get_dictionary(language)
    except ValueError:  # a language simplemma does not cover
        return {}
    return table


def inflected_forms(language: str, headwords: Collection[str]) -> dict[str, list[str]]:
    """``form -> lemmas`` for every form of a ``headwords`` lemma its stem does not reach.

    ``headwords`` are normalised (lowercased) single words; so are the forms returned.
    """
    out: dict[str, list[str]] = {}
    for form, lemma in _table(language).items():
        if isinstance(form, bytes):  # simplemma < 2 stores bytes
            form, lemma = form.decode(), lemma.decode()
        if lemma.isalpha() and lemma.lower() not in headwords:
            continue  # the usual case, decided without normalising
        form, lemma = normalize(form, language), normalize(lemma, language)
        if form == lemma or " " in form or lemma not in headwords or form in headwords:
            continue
        if stem_key(form, language) == stem_key(lemma, language):
            continue
        lemmas = out.setdefault(form, [])
        if lemma not in lemmas:
            lemmas.append(lemma)
    return out
