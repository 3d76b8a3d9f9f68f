"""The numpy evaluator finds exactly the documents Whoosh finds, and ranks by BM25F."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import query as wq

from search.query import parse
from search.query_nodes import AtLeast, InLanguage, WithBoosts
from search.segments import ByteBoundedCache

WORDS = [
    "veto", "Stoltenberg", "diskussion", "discussions", "nato", "Ryssland", "Russia",
    "open", "door", "Grusjko", "sade", "the", "och", "Sherman", "Meduza", "ukraine",
]  # fmt: skip
FORMS = ["{a}", "{a} {b}", "{a} OR {b}", "{a} -{b}", '"{a} {b}"', "{a}*", "-{a}",
         "title:{a}", "speaker:{a}", "lang:sv {a}", "({a} OR {b}) -{c}"]  # fmt: skip


def whoosh_docs(view, q) -> set[int]:
    """Whoosh's own answer: Whoosh finds each term's, phrase's and prefix's documents, and
    the boolean structure is set algebra (Whoosh's ``AndNotMatcher`` lets the first match
    escape an exclusion that starts earlier; see WHOOSH-NOTES)."""
    if isinstance(q, InLanguage):
        return whoosh_docs(view, q.query) & set(
            view.searcher.docs_for_query(wq.Term("analysis", q.language))
        )
    if isinstance(q, WithBoosts):
        return whoosh_docs(view, q.query)
    if isinstance(q, AtLeast):
        counts = Counter(d for sub in q.subqueries for d in whoosh_docs(view, sub))
        return {d for d, n in counts.items() if n >= q.minimum}
    if isinstance(q, wq.And):
        return set.intersection(*(whoosh_docs(view, sub) for sub in q.subqueries))
    if isinstance(q, wq.Or):
        return set.union(*(whoosh_docs(view, sub) for sub in q.subqueries))
    if isinstance(q, wq.AndNot):
        return whoosh_docs(view, q.a) - whoosh_docs(view, q.b)
    return set(view.searcher.docs_for_query(q))


def engine_docs(view, compiled) -> set[int]:
    return set(view.engine.evaluate(compiled).docs.tolist())


@pytest.mark.parametrize(
    "query",
    ["veto", "diskussion", "discussions", '"open door"', "nato*", "veto -Sherman",
     "Stoltenberg OR Grusjko", "lang:sv veto", "speaker:grusjko", "-veto", "title:nato",
     '"open door" -Sherman', "(Peskov OR Meduza) -Interfax"],
)  # fmt: skip
def test_engine_finds_exactly_what_whoosh_finds(shipped_index, query):
    view = shipped_index.view()
    compiled = view.compiler.compile(parse(query))
    assert engine_docs(view, compiled) == whoosh_docs(view, compiled)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    form=st.sampled_from(FORMS),
    a=st.sampled_from(WORDS),
    b=st.sampled_from(WORDS),
    c=st.sampled_from(WORDS),
)
def test_any_query_form_matches_the_same_documents_as_whoosh(shipped_index, form, a, b, c):
    view = shipped_index.view()
    compiled = view.compiler.compile(parse(form.format(a=a, b=b, c=c)))
    assert engine_docs(view, compiled) == whoosh_docs(view, compiled)


def test_more_occurrences_rank_higher(build_index):
    from search import open_index

    root = build_index(
        {
            "once": "Veto here. " + "Filler text about other things entirely. " * 5,
            "thrice": "Veto, veto and veto again. " + "Filler text about other things. " * 4,
        }
    )
    idx = open_index(root)
    try:
        assert [h.id for h in idx.search("veto").hits] == ["thrice", "once"]
    finally:
        idx.close()


def test_posting_cache_stays_within_its_byte_bound():
    cache = ByteBoundedCache(max_bytes=1000)
    for i in range(50):
        cache.get_or(i, lambda: np.zeros(100, dtype=np.uint8))  # 100 bytes each
    assert cache.bytes <= 1000 and len(cache) == 10
    assert 49 in cache and 0 not in cache


def test_a_synonym_set_scores_its_alternatives_as_one_term(build_index):
    from search import open_index
    from search.query_nodes import SynonymSet

    root = build_index(
        {
            "talks": "The talks went on. The talks ended. " + "Other words here. " * 5,
            "mixed": "The talk went on, a conversation followed. " + "Other words here. " * 5,
            "none": "Nothing of the sort was said. " + "Other words here. " * 5,
        }
    )
    with open_index(root) as idx:
        engine = idx.view().engine
        found = engine.evaluate(SynonymSet("body_en", [("talk",), ("convers",)]))
        assert sorted(found.docs.tolist()) == sorted(
            set(engine.postings("body_en", "talk")[0])
            | set(engine.postings("body_en", "convers")[0])
        )
        # one set over both is not the sum of two terms: its df is the union's
        both = engine.evaluate(wq.Or([wq.Term("body_en", "talk"), wq.Term("body_en", "convers")]))
        assert found.scores.sum() < both.scores.sum()
        phrase = engine.evaluate(SynonymSet("text", [("talks", "went"), ("ended",)]))
        assert len(phrase) == 1


def test_a_rescore_adds_the_terms_scores_to_the_best_documents_only(build_index):
    from search import open_index
    from search.query_nodes import Rescore

    root = build_index(
        {
            f"doc{n}": f"The elections were held. {'Elections! ' * (n % 3)} Other words."
            for n in range(6)
        }
    )
    with open_index(root) as idx:
        engine = idx.view().engine
        base = engine.evaluate(wq.Term("body_en", "elect"))
        exact = engine.evaluate(wq.Term("text", "elections"))
        everything = engine.evaluate(
            Rescore(wq.Term("body_en", "elect"), [wq.Term("text", "elections")], 100)
        )
        assert everything.docs.tolist() == base.docs.tolist()
        expected = base.scores + exact.scores[np.searchsorted(exact.docs, base.docs)]
        assert np.allclose(everything.scores, expected)
        two = engine.evaluate(
            Rescore(wq.Term("body_en", "elect"), [wq.Term("text", "elections")], 2)
        )
        changed = two.scores != base.scores
        assert changed.sum() == 2 and set(two.docs[changed]) <= set(
            base.docs[np.argsort(-base.scores)[:3]]
        )
