"""Small real corpora shared by tests: the dated English/Swedish articles.

``DATED`` has hand-counted facets (see the comment on it); ``build_dated`` indexes it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from indexer.build import sync_corpus

PEOPLE = Path(__file__).resolve().parents[2] / "corpus" / "people.yaml"

#: id: (outlet, published, language, title, body). Hand counts, without a query:
#: outlet Reuters 2, TT 2, BBC 1, Meduza 1, SvD 1 (the undated note has none);
#: language en 5, sv 3; speaker Jens Stoltenberg 4, Wendy Sherman 2, Alexander Grushko 1;
#: published 2022-01: 5, 2022-02: 1, 2022-04: 1 (the undated note is in no bucket).
DATED = {
    "en-reuters-0110": (
        "Reuters", "2022-01-10", "en", "Nato rejects Russian veto",
        '"Russia has no veto over Nato membership," Jens Stoltenberg said on Monday in Brussels.',
    ),
    "en-reuters-0112": (
        "Reuters", "2022-01-12", "en", "Talks in Geneva end without progress",
        '"There was no commitment to de-escalate," Wendy Sherman told reporters in Geneva.',
    ),
    "en-meduza-0112": (
        "Meduza", "2022-01-12", "en", "Grushko warns Nato",
        '"Nato expansion creates unacceptable risks," Alexander Grushko said after the '
        "discussions.",
    ),
    "en-bbc-0215": (
        "BBC", "2022-02-15", "en", "Troops pull back from the border",
        'Russia said some troops were returning to base. "We will see," Jens Stoltenberg said.',
    ),
    "sv-tt-0112": (
        "TT", "2022-01-12", "sv", "Nato säger nej till ryskt veto",
        "– Ryssland har inget veto, sade Jens Stoltenberg efter diskussionerna i Bryssel.",
    ),
    "sv-svd-0113": (
        "SvD", "2022-01-13", "sv", "Tuffa diskussioner i Wien",
        "– Det var en svår diskussion, sade Wendy Sherman i Wien.",
    ),
    "sv-tt-0401": (
        "TT", "2022-04-01", "sv", "Ryssland anfaller Ukraina",
        "– Det här är ett allvarligt misstag, sade Jens Stoltenberg om Ryssland.",
    ),
    "en-undated": (
        "", "", "en", "An undated note about Nato",
        "A short note on Nato, without a date or an outlet.",
    ),
}  # fmt: skip


def article_text(outlet: str, published: str, language: str, title: str, body: str) -> str:
    meta = [f"title: {title!r}", f"language: {language}"]
    meta += [f"outlet: {outlet}"] if outlet else []
    meta += [f"published: {published}"] if published else []
    return "---\n" + "\n".join(meta) + "\n---\n" + body + "\n"


def build_dated(directory: Path) -> tuple[Path, Path]:
    """Index ``DATED`` (with the shipped people registry); returns (index, corpus)."""
    corpus = directory / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(PEOPLE, corpus / "people.yaml")
    for article_id, fields in DATED.items():
        (corpus / f"{article_id}.txt").write_text(article_text(*fields), encoding="utf-8")
    report = sync_corpus(corpus, directory / "index")
    assert report.added == len(DATED) and not report.failed, report
    return directory / "index", corpus


def index_articles(directory: Path, articles: dict[str, str]) -> Path:
    """Index ``articles`` ({id: file text}) from ``directory/corpus`` into
    ``directory/index`` (which it returns); every article must index."""
    corpus = directory / "corpus"
    corpus.mkdir(parents=True)
    for article_id, text in articles.items():
        (corpus / f"{article_id}.txt").write_text(text, encoding="utf-8")
    report = sync_corpus(corpus, directory / "index")
    assert not report.failed, report.failed
    return directory / "index"
