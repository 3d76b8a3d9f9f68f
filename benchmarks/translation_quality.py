"""How well query translation carries a question across languages (XQuAD-R, dev split).

    python -m benchmarks.translation_quality                    # the table, defaults
    python -m benchmarks.translation_quality --sweep            # option variants, tune half
    python -m benchmarks.translation_quality --lexicons DIR     # compiled pairs elsewhere

Every sentence of the five languages of ``../shared/data/xquad-r-dev`` is one document,
analysed in its own language (presslens' tokenizer, stopwords, Snowball stems), with BM25
statistics per language as presslens keeps them per ``body_<lang>`` field. A question asked
in ``source`` is translated into ``target`` with :func:`search.translation.translate`, each
group scored as one synonym set (term frequencies summed, document frequency over the
union of its alternatives; a multi-word alternative counts its occurrences as a phrase), and
ranked over the target language's sentences; the relevant one is the sentence holding the
answer in ``target``. The untranslated baseline asks the same question analysed in
``target`` (what presslens does today). Reported: MRR@10 on the ``tune`` half (articles at
even positions, where options were chosen) and the ``check`` half (odd positions, never
tuned on), coverage (the share of content words a lexicon translated), and translation time.

The lexicons are compiled first (``indexer.lexicons``) into the cache the relevance
benchmark uses too (``.cache/lexicons``; up to date after the first run). This measures
translation alone, ranked over the target language's sentences; the whole search
(``SearchIndex.search(..., translate=True)``: both branches, the query language preferred,
feedback) is measured by ``python -m benchmarks.relevance`` (engine ``presslens+translate``).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from benchmarks.relevance.presslens_ranker import LEXICON_CACHE
from search.analysis import analyze, is_stopword, tokenize
from search.translation import (
    DEFAULT_OPTIONS,
    Lexicons,
    TermVocabulary,
    TranslationGroup,
    TranslationOptions,
    query_languages,
    translate,
)

DATA_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xquad-r-dev"
LANGUAGES = ("en", "de", "es", "ru", "tr")
#: The directions the issue measures, with its goals (MRR@10, mixed pool).
DIRECTIONS = {
    ("de", "en"): 0.55,
    ("es", "en"): 0.55,
    ("ru", "en"): 0.45,
    ("tr", "en"): None,
    ("en", "de"): 0.45,
    ("en", "es"): 0.45,
    ("en", "ru"): 0.35,
}
K1, B = 1.2, 0.75
DEPTH = 10
#: Where a group's alternatives came from a lexicon (the rest were kept or looked alike).
TRANSLATED = {"phrase", "word", "lemma", "stem", "compound", "pivot"}


@dataclass(slots=True)
class Field:
    """One language's sentences: terms per sentence, postings, BM25 statistics."""

    ids: list[str] = field(default_factory=list)
    terms: list[list[str]] = field(default_factory=list)
    postings: dict[str, dict[int, list[int]]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, doc_id: str, text: str, language: str) -> None:
        number = len(self.ids)
        terms = analyze(text, language)
        self.ids.append(doc_id)
        self.terms.append(terms)
        for position, term in enumerate(terms):
            self.postings[term].setdefault(number, []).append(position)

    @property
    def average_length(self) -> float:
        return sum(map(len, self.terms)) / max(1, len(self.terms))

    def occurrences(self, phrase: Sequence[str]) -> dict[int, int]:
        """Documents holding ``phrase`` (one term or consecutive terms) and how often."""
        first = self.postings.get(phrase[0], {})
        if len(phrase) == 1:
            return {doc: len(where) for doc, where in first.items()}
        out: dict[int, int] = {}
        for doc, where in first.items():
            terms = self.terms[doc]
            hits = sum(1 for p in where if tuple(terms[p : p + len(phrase)]) == tuple(phrase))
            if hits:
                out[doc] = hits
        return out

    def rank(self, groups: Iterable[Iterable[Sequence[str]]]) -> list[int]:
        """Top documents for synonym-set groups (each a list of term sequences)."""
        return [doc for doc, _ in self.scores(groups).most_common(DEPTH)]

    def scores(self, groups: Iterable[Iterable[Sequence[str]]]) -> Counter[int]:
        """BM25 of every matching document; a group is one synonym set."""
        n, average = len(self.ids), self.average_length
        scores: Counter[int] = Counter()
        for group in groups:
            tf: Counter[int] = Counter()
            for alternative in group:
                tf.update(self.occurrences(alternative))
            if not tf:
                continue
            idf = math.log(1 + (n - len(tf) + 0.5) / (len(tf) + 0.5))
            for doc, freq in tf.items():
                norm = K1 * (1 - B + B * len(self.terms[doc]) / average)
                scores[doc] += idf * freq * (K1 + 1) / (freq + norm)
        return scores


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    split: str
    #: language -> id of the answer sentence in that language
    answers: dict[str, str]


def load(directory: Path = DATA_DIR) -> tuple[dict[str, Field], dict[str, list[Question]]]:
    """Per language: the sentence field and the questions (with answers in every language)."""
    fields: dict[str, Field] = {}
    raw: dict[str, list[tuple[str, str, str]]] = {}
    answers: dict[str, dict[str, str]] = defaultdict(dict)
    for lang in LANGUAGES:
        data = json.loads((directory / f"{lang}.json").read_text("utf-8"))["data"]
        fields[lang] = Field()
        raw[lang] = []
        for a, article in enumerate(data):
            for p, paragraph in enumerate(article["paragraphs"]):
                for s, sentence in enumerate(paragraph["sentences"]):
                    fields[lang].add(f"{lang}-{a}-{p}-{s}", sentence, lang)
                for qa in paragraph["qas"]:
                    start = qa["answers"][0]["answer_start"]
                    s = next(
                        i for i, (b, e) in enumerate(paragraph["sentence_breaks"]) if b <= start < e
                    )
                    answers[qa["id"]][lang] = f"{lang}-{a}-{p}-{s}"
                    raw[lang].append((qa["id"], qa["question"], "tune" if a % 2 == 0 else "check"))
    questions = {
        lang: [Question(qid, text, split, answers[qid]) for qid, text, split in items]
        for lang, items in raw.items()
    }
    return fields, questions


def reciprocal_rank(ranked: list[int], field_: Field, relevant: str) -> float:
    for rank, doc in enumerate(ranked, 1):
        if field_.ids[doc] == relevant:
            return 1 / rank
    return 0.0


def mixed_pool_rank(fields: dict[str, Field], text: str, relevant: str) -> float:
    """Reciprocal rank of ``relevant`` when ``text``, untranslated, is analysed in every
    language and all sentences of all languages compete (presslens without translation)."""
    scored = []
    for lang, field_ in fields.items():
        groups = [[(t,)] for t in analyze(text, lang)]
        scored += [(score, field_.ids[doc]) for doc, score in field_.scores(groups).items()]
    scored.sort(key=lambda x: -x[0])
    for rank, (_, doc_id) in enumerate(scored[:DEPTH], 1):
        if doc_id == relevant:
            return 1 / rank
    return 0.0


def query_words(text: str) -> list[str]:
    """The words of a question as a user would type them (punctuation dropped)."""
    return [text[t.start : t.end] for t in tokenize(text)]


@dataclass(slots=True)
class Direction:
    source: str
    target: str
    mrr: dict[str, float] = field(default_factory=dict)
    baseline: dict[str, float] = field(default_factory=dict)
    mixed: dict[str, float] = field(default_factory=dict)
    coverage: float = 0.0
    groups: float = 0.0
    alternatives: float = 0.0
    ms_p50: float = 0.0
    ms_p95: float = 0.0


def evaluate(
    fields: dict[str, Field],
    questions: dict[str, list[Question]],
    lexicons: Lexicons,
    options: TranslationOptions = DEFAULT_OPTIONS,
    directions: Iterable[tuple[str, str]] = DIRECTIONS,
    splits: Sequence[str] = ("tune", "check"),
    use_vocabulary: bool = True,
    extra_terms: dict[str, set[str]] | None = None,
    with_mixed: bool = False,
) -> list[Direction]:
    """MRR@10 with and without translation for each direction, per split.

    ``extra_terms`` (language -> terms) are added to the target vocabularies, as a large
    index would add them; ``with_mixed`` also measures the untranslated mixed-pool ranking.
    """
    vocabularies = {
        lang: TermVocabulary(set(field_.postings) | (extra_terms or {}).get(lang, set()))
        for lang, field_ in fields.items()
    }
    out = []
    for source, target in directions:
        result = Direction(source, target)
        field_ = fields[target]
        reciprocal: dict[str, list[float]] = defaultdict(list)
        base: dict[str, list[float]] = defaultdict(list)
        mixed: dict[str, list[float]] = defaultdict(list)
        content = translated = 0
        sizes: list[int] = []
        times: list[float] = []
        for question in questions[source]:
            if question.split not in splits or target not in question.answers:
                continue
            words = query_words(question.text)
            started = time.perf_counter()
            groups = translate(
                words,
                source,
                target,
                lexicons,
                vocabulary=vocabularies[target] if use_vocabulary else None,
                options=options,
            )
            times.append((time.perf_counter() - started) * 1000)
            relevant = question.answers[target]
            reciprocal[question.split].append(
                reciprocal_rank(field_.rank(g.terms for g in groups), field_, relevant)
            )
            untranslated = [[(t,)] for t in analyze(question.text, target)]
            base[question.split].append(
                reciprocal_rank(field_.rank(untranslated), field_, relevant)
            )
            if with_mixed:
                mixed[question.split].append(mixed_pool_rank(fields, question.text, relevant))
            content += sum(
                1 for w in words if not is_stopword(w.lower(), source) and not w.isdigit()
            )
            translated += _translated_words(groups)
            sizes += [len(g.alternatives) for g in groups]
        result.mrr = {s: statistics.fmean(v) for s, v in reciprocal.items()}
        result.baseline = {s: statistics.fmean(v) for s, v in base.items()}
        result.mixed = {s: statistics.fmean(v) for s, v in mixed.items()}
        result.coverage = translated / max(1, content)
        result.groups = len(sizes) / max(1, sum(len(v) for v in reciprocal.values()))
        result.alternatives = statistics.fmean(sizes) if sizes else 0.0
        times.sort()
        result.ms_p50 = times[len(times) // 2] if times else 0.0
        result.ms_p95 = times[int(len(times) * 0.95)] if times else 0.0
        out.append(result)
    return out


def _translated_words(groups: Sequence[TranslationGroup]) -> int:
    """Source words a lexicon translated (a compound's parts count once)."""
    words = {(g.word if g.how != "compound" else g.via) for g in groups if g.how in TRANSLATED}
    return sum(len(w.split()) for w in words)


def _memory_mb() -> tuple[float, float]:
    """(private, file-backed) resident memory of this process, in MB (Linux)."""
    with open("/proc/self/status") as status:
        fields = dict(line.split(":", 1) for line in status if ":" in line)
    kb = {name: int(fields.get(name, "0 kB").split()[0]) for name in ("RssAnon", "RssFile")}
    return kb["RssAnon"] / 1000, kb["RssFile"] / 1000


def load_costs(directory: Path, fields: dict[str, Field]) -> str:
    """Per compiled pair: file size, time to open, lookup time, memory added.

    Lookups are 5,000 words of the XQuAD-R sentences in the pair's source language (or
    English words for a pair without XQuAD text), each through headword, forms and stem.
    Private memory is what each worker pays; file-backed pages are the operating system's
    page cache, shared by every process that maps the file.
    """
    from search.translation import Lexicon
    from search.translation.lexicon import stem_key

    lines = ["| pair | MB on disk | open ms | lookup µs | private MB | shared file MB |"]
    lines.append("|---|---:|---:|---:|---:|---:|")
    for path in sorted(directory.glob("*.pllex")):
        started = time.perf_counter()
        for _ in range(20):
            Lexicon.open(path).close()
        opened = (time.perf_counter() - started) / 20 * 1000
        private, shared = _memory_mb()
        lexicon = Lexicon.open(path)
        words = list(fields.get(lexicon.source, fields["en"]).postings)[:5000]
        started = time.perf_counter()
        for word in words:
            lexicon.words(word) or lexicon.lemmas(word) or lexicon.stems(
                stem_key(word, lexicon.source)
            )
        per_lookup = (time.perf_counter() - started) / max(1, len(words)) * 1e6
        lines.append(
            f"| {lexicon.header.pair} | {path.stat().st_size / 1e6:.1f} | {opened:.2f} "
            f"| {per_lookup:.1f} | {_memory_mb()[0] - private:.1f} "
            f"| {_memory_mb()[1] - shared:.1f} |"
        )
        lexicon.close()
    return "\n".join(lines)


def language_guesses(questions: dict[str, list[Question]], lexicons: Lexicons) -> str:
    """How often :func:`query_languages` names a question's language first, per language."""
    cells = []
    for language, items in questions.items():
        right = sum(
            1
            for q in items
            if query_languages(query_words(q.text), lexicons, LANGUAGES)[0][0] == language
        )
        cells.append(f"{language} {right / len(items):.0%}")
    return "Query language named first (tune and check): " + ", ".join(cells)


def render(results: Sequence[Direction]) -> str:
    lines = [
        "| direction | goal | MRR@10 tune | check | untranslated tune | check "
        "| mixed pool tune | check | coverage | groups/q | alts/group | ms p50 | p95 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        goal = DIRECTIONS.get((r.source, r.target))
        lines.append(
            f"| {r.source}->{r.target} | {goal if goal is not None else '-'} "
            f"| {r.mrr.get('tune', 0):.3f} | {r.mrr.get('check', 0):.3f} "
            f"| {r.baseline.get('tune', 0):.3f} | {r.baseline.get('check', 0):.3f} "
            f"| {r.mixed.get('tune', 0):.3f} | {r.mixed.get('check', 0):.3f} "
            f"| {r.coverage:.0%} | {r.groups:.1f} | {r.alternatives:.1f} "
            f"| {r.ms_p50:.2f} | {r.ms_p95:.2f} |"
        )
    return "\n".join(lines)


#: Variants the sweep compares against the defaults, on the tune half only.
SWEEP: dict[str, dict] = {
    "defaults": {},
    "M=3": {"max_alternatives": 3},
    "M=10": {"max_alternatives": 10},
    "phrases=words": {"phrases": "words"},
    "phrases=drop": {"phrases": "drop"},
    "no stem fill": {"stem_fill": False},
    "no compounds": {"compounds": False},
    "pivot=fill": {"pivot": "fill"},
    "pivot=off": {"pivot": "off"},
    "pivot fanout 5": {"pivot_fanout": 5},
    "similar fill": {"similar_fill": True},
    "keep shrunk phrases": {"shrunk_phrases": True},
    "M=6": {"max_alternatives": 6},
    "no similar": {"similar": 0},
    "no keep known": {"keep_known": False},
    "no vocabulary preference": {"prefer_vocabulary": False},
}


def news_terms(languages: Iterable[str]) -> dict[str, set[str]]:
    """Index terms of the real news under ``../shared/data`` per language (~24k articles)."""
    from benchmarks.data import DEFAULT_DATA_DIR, load_articles

    wanted = set(languages)
    terms: dict[str, set[str]] = defaultdict(set)
    for record in load_articles(Path(__file__).resolve().parents[1] / DEFAULT_DATA_DIR):
        lang = str(record.get("language"))
        if lang in wanted:
            text = f"{record.get('title') or ''} {record.get('text') or ''}"
            terms[lang].update(analyze(text, lang))
    return dict(terms)


def sweep(fields, questions, lexicons, extra_terms=None) -> str:
    lines = ["| variant | " + " | ".join(f"{s}->{t}" for s, t in DIRECTIONS) + " | mean |"]
    lines.append("|---|" + "---:|" * (len(DIRECTIONS) + 1))
    variants = [(name, replace(DEFAULT_OPTIONS, **change), True) for name, change in SWEEP.items()]
    variants.append(("no vocabulary at all", DEFAULT_OPTIONS, False))
    for name, options, vocabulary in variants:
        results = evaluate(
            fields,
            questions,
            lexicons,
            options,
            splits=("tune",),
            use_vocabulary=vocabulary,
            extra_terms=extra_terms,
        )
        values = [r.mrr["tune"] for r in results]
        lines.append(
            f"| {name} | "
            + " | ".join(f"{v:.3f}" for v in values)
            + f" | {statistics.fmean(values):.3f} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lexicons", type=Path, default=LEXICON_CACHE)
    parser.add_argument("--data", type=Path, default=DATA_DIR)
    parser.add_argument("--sweep", action="store_true", help="compare option variants (tune)")
    parser.add_argument(
        "--news-vocabulary",
        action="store_true",
        help="add the terms of the real news corpus to the target vocabularies "
        "(an index of ~24k articles instead of ~600 sentences)",
    )
    parser.add_argument("--costs", action="store_true", help="also time opening each pair")
    args = parser.parse_args(argv)
    from indexer.lexicons import compile_lexicons

    print(compile_lexicons(args.lexicons).format())
    lexicons = Lexicons(args.lexicons)
    fields, questions = load(args.data)
    extra = news_terms(LANGUAGES) if args.news_vocabulary else None
    if args.sweep:
        print(sweep(fields, questions, lexicons, extra))
        return
    print(render(evaluate(fields, questions, lexicons, extra_terms=extra, with_mixed=True)))
    print(language_guesses(questions, lexicons))
    if args.costs:
        print(load_costs(args.lexicons, fields))


if __name__ == "__main__":
    main()
