"""The target languages' vocabularies of an index snapshot, for query translation.

Translation prefers the translations a collection uses and matches unknown words to
similar-looking terms (``search.translation.TermVocabulary``); both need the terms of each
language's ``body_<lang>`` field. Building them takes seconds at 26k articles (1.5-2.7 s
per large language), so it never happens in a request: when ``SearchIndex`` opens a
snapshot it calls :meth:`SnapshotVocabularies.build`, a background thread reads the new
segments' terms through a reader of its own (Whoosh readers are not thread-safe) and
extends the previous snapshot's vocabulary with them (a new article costs what it adds).
Until a snapshot's vocabularies are ready, its requests use the previous snapshot's, or
none at all (translation then keeps every translation and finds no look-alikes).

>>> vocabularies = SnapshotVocabularies(("en", "sv"))
>>> vocabularies.get(object(), "sv") is None                     # nothing built yet
True
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable
from typing import Any

from search.engine import segment_leaves
from search.schema import body_field
from search.translation import TermVocabulary


class SnapshotVocabularies:
    """Per snapshot (an ``IndexView``), per target language, a :class:`TermVocabulary`.

    ``languages``: the languages worth a vocabulary (targets of some lexicon pair).
    """

    def __init__(self, languages: Iterable[str]) -> None:
        self.languages = frozenset(languages)
        self._built: weakref.WeakKeyDictionary[Any, dict[str, TermVocabulary]] = (
            weakref.WeakKeyDictionary()
        )
        self._done: weakref.WeakKeyDictionary[Any, threading.Event] = weakref.WeakKeyDictionary()
        self._latest: dict[str, TermVocabulary] = {}
        self._segments: dict[str, frozenset[str]] = {}
        self._newest: Any = None
        self._lock = threading.Lock()  # one build at a time, the newest snapshot's

    def get(self, view: Any, language: str) -> TermVocabulary | None:
        """``language``'s vocabulary for ``view``: its own when built, else the newest
        built before it (the index changes little between snapshots), else None."""
        try:
            own = self._built.get(view)
        except TypeError:  # not weak-referenceable: never built
            own = None
        if own is not None and language in own:
            return own[language]
        return self._latest.get(language)

    def build(self, view: Any, *, background: bool = True) -> threading.Event:
        """Start building ``view``'s vocabularies; the event is set when they are ready."""
        done = self._done.get(view)
        if done is not None:
            return done
        done = self._done[view] = threading.Event()
        self._newest = weakref.ref(view)
        wanted = [lang for lang in view.languages if lang in self.languages]
        if not wanted:
            self._built[view] = {}
            done.set()
            return done
        reference = weakref.ref(view)

        def run() -> None:
            try:
                with self._lock:
                    target = reference()
                    if target is not None and self._newest() is target:
                        self._built[target] = self._read(target, wanted)
            except Exception:  # the snapshot was closed meanwhile: a later one builds
                pass
            finally:
                done.set()

        if background:
            threading.Thread(target=run, name="presslens-translation-terms", daemon=True).start()
        else:
            run()
        return done

    def _read(self, view: Any, languages: list[str]) -> dict[str, TermVocabulary]:
        """Each language's vocabulary: the previous one extended by the unseen segments'
        terms (rebuilt when no segment is shared: another index, or a full rebuild)."""
        out: dict[str, TermVocabulary] = {}
        with view.ix.reader() as reader:
            leaves = segment_leaves(reader)
            ids = {leaf.segment().segment_id(): leaf for leaf, _ in leaves}
            for language in languages:
                seen = self._segments.get(language, frozenset())
                base = self._latest.get(language) if seen & ids.keys() else None
                fresh = [leaf for sid, leaf in ids.items() if base is None or sid not in seen]
                field = body_field(language)
                terms = {
                    term.decode("utf-8") if isinstance(term, bytes) else term
                    for leaf in fresh
                    if field in leaf.schema
                    for term in leaf.lexicon(field)
                }
                vocabulary = TermVocabulary(terms) if base is None else base.with_terms(terms)
                out[language] = self._latest[language] = vocabulary
                self._segments[language] = frozenset(ids) | (seen if base is not None else set())
        return out


__all__ = ["SnapshotVocabularies"]
