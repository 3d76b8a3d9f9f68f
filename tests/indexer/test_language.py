"""Language detection: langdetect's answers, seeded, fast, and 'und' when there is no text."""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import indexer.language as language
from indexer.articles import ParsedArticle
from indexer.language import (
    DetectedLanguage,
    detect_language,
    detect_languages,
    langdetect_fast,
    langdetect_many,
    langdetect_reference,
)
from indexer.pipeline import prepare, prepare_many
from tests.conftest import CORPUS, RECORDS_AVAILABLE, SHARED_DATA

SAMPLES = {
    "en": "The secretary general said the alliance would not discuss its open-door policy.",
    "sv": "Det här var inte någon enkel diskussion, sade Stoltenberg till pressen i Bryssel.",
    "de": "Die Bundesregierung hat am Dienstag über neue Sanktionen gegen Russland beraten.",
    "es": "El gobierno anunció nuevas medidas económicas para frenar la inflación este año.",
    "ru": "Министр иностранных дел заявил, что переговоры продолжатся на следующей неделе.",
    "fr": "Le gouvernement a présenté mardi un projet de loi sur la réforme des retraites.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_news_sentences_get_their_language(code: str, text: str) -> None:
    detected = detect_language(text)
    assert detected.code == code
    assert 0.5 < detected.probability <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "12 345 -- !!", "2022-01-12", "OK", "…", "a b c"])
def test_text_too_short_or_without_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == DetectedLanguage("und", 0.0)


@pytest.mark.parametrize("code", sorted(SAMPLES))
def test_detection_never_varies_between_runs(code: str) -> None:
    answers = {detect_language(SAMPLES[code]) for _ in range(5)}
    assert len(answers) == 1


def _texts() -> list[str]:
    texts = list(SAMPLES.values())
    texts += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    texts += [
        "NATO NATO NATO and the EU EU said so",  # capital words are skipped by langdetect
        "Visit https://example.org/x or mail a@b.org — Ça va? Ja, det gör det!",
        "北京是中国的首都，有很多人口。北京是中国的首都。",
        "Tiếng Việt có dấu thanh: người, được, những, không.",
        "Shr 45 cts vs 58 cts Net 1,234,000 vs 987,000 Revs 12.3 mln vs 11.1 mln",
    ]
    return texts


@pytest.mark.parametrize("text", _texts())
def test_fast_detection_gives_exactly_langdetects_answer(text: str) -> None:
    assert langdetect_fast(text) == langdetect_reference(text)


def test_front_matter_language_overrides_detection() -> None:
    parsed = ParsedArticle(id="a", title="", body=SAMPLES["en"], language="sv")
    article = prepare(parsed)
    assert (article.language, article.language_probability) == ("sv", 1.0)


@pytest.mark.parametrize(("code", "text"), [("en", SAMPLES["en"]), ("sv", SAMPLES["sv"])])
def test_detection_reads_title_and_body_and_stores_code_and_probability(
    code: str, text: str
) -> None:
    article = prepare(ParsedArticle(id="a", title=text, body="123"))
    assert article.language == code
    assert 0.5 < article.language_probability <= 1.0


def test_a_detected_language_without_a_stemmer_is_kept_for_display() -> None:
    article = prepare(
        ParsedArticle(id="a", title="", body="北京是中国的首都，有很多人口。北京是中国的首都。")
    )
    assert article.language == "zh"


def test_an_article_without_letters_is_und() -> None:
    article = prepare(ParsedArticle(id="a", title="", body="12 345 678"))
    assert (article.language, article.language_probability) == ("und", 0.0)


# ---------------------------------------------------------------- batches
@functools.cache
def _expected(text: str) -> DetectedLanguage:
    """langdetect's own answer for ``text`` (computed once per text)."""
    return langdetect_reference(text)


def test_a_batch_gives_every_text_langdetects_own_answer() -> None:
    texts = _texts()
    assert langdetect_many(texts) == [_expected(t) for t in texts]


def test_a_batch_gives_every_text_the_answer_it_gets_alone() -> None:
    texts = _texts()
    assert detect_languages(texts) == [detect_language(t) for t in texts]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_texts()), max_size=12))
def test_a_texts_answer_does_not_depend_on_its_batch(texts: list[str]) -> None:
    assert langdetect_many(texts) == [_expected(t) for t in texts]


@pytest.mark.skipif(not RECORDS_AVAILABLE, reason="real corpus not available")
def test_batches_of_real_news_get_exactly_langdetects_answers() -> None:
    from benchmarks.data import load_articles

    texts = [f"{r['title']}\n{r['text']}" for r in load_articles(SHARED_DATA, limit=120)]
    assert langdetect_many(texts) == [langdetect_reference(t) for t in texts]


@pytest.mark.parametrize("code", ["en", "sv"])
def test_prepare_many_detects_like_prepare(code: str) -> None:
    parsed = [
        ParsedArticle(id="a", title="", body=SAMPLES[code]),
        ParsedArticle(id="b", title="", body=SAMPLES["de"], language=code),
        ParsedArticle(id="c", title="", body="12 345"),
    ]
    batch = prepare_many(parsed)
    assert batch == [prepare(p) for p in parsed]
    assert [a.language for a in batch] == [code, code, "und"]


# ------------------------------------------------- langdetect's profiles, kept between processes

CACHE_TEXTS = {
    "en": "Russia demanded guarantees that Ukraine will never join the alliance.",
    "sv": "Det här var inte någon enkel diskussion, sade Stoltenberg till journalisterna.",
}


def _fresh_model(monkeypatch: pytest.MonkeyPatch, cache_home: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    monkeypatch.setattr(language, "_model", None)


@pytest.mark.parametrize("code", sorted(CACHE_TEXTS))
def test_the_profiles_are_parsed_once_then_read_from_the_cache_with_the_same_answers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: str
) -> None:
    text = CACHE_TEXTS[code]
    _fresh_model(monkeypatch, tmp_path)
    parsed = langdetect_fast(text)  # parses langdetect's profiles, writes the cache
    assert (language.model_cache() / "matrix.npy").is_file()
    _fresh_model(monkeypatch, tmp_path)
    cached = langdetect_fast(text)
    assert isinstance(language._model.matrix, np.memmap)  # read from the cache, mapped
    assert cached == parsed == langdetect_reference(text) and cached.code == code


def test_a_cache_that_cannot_be_written_costs_nothing_but_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    _fresh_model(monkeypatch, blocked)  # $XDG_CACHE_HOME is a file: nothing can go there
    assert [d.code for d in detect_languages(list(CACHE_TEXTS.values()))] == ["en", "sv"]
    assert not language.model_cache().exists()


def test_a_damaged_cache_is_parsed_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh_model(monkeypatch, tmp_path)
    langdetect_fast(CACHE_TEXTS["sv"])
    (language.model_cache() / "matrix.npy").write_bytes(b"damaged")
    _fresh_model(monkeypatch, tmp_path)
    assert langdetect_fast(CACHE_TEXTS["sv"]).code == "sv"
    assert not isinstance(language._model.matrix, np.memmap)
    _fresh_model(monkeypatch, tmp_path)  # and kept again, whole
    assert langdetect_fast(CACHE_TEXTS["sv"]).code == "sv"
    assert isinstance(language._model.matrix, np.memmap)
