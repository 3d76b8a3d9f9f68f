"""``SearchIndex`` over the five shipped articles (one Swedish, four English) and the
small dated corpus: the query language, typos, synonyms, highlighting, sorting, quotes,
speakers, suggestions and similar articles."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest

from search import (
    ArticleNotFoundError,
    Filters,
    InvalidParameterError,
    QuerySyntaxError,
    SearchIndex,
)
from tests.conftest import ALL_IDS, EN_BNE, EN_DE, EN_ES, EN_MEDUZA, SV

EN = {EN_BNE, EN_DE, EN_MEDUZA, EN_ES}


def ids(idx: SearchIndex, q: str, **kwargs: object) -> set[str]:
    return {h.id for h in idx.search(q, per_page=100, **kwargs).hits}  # type: ignore[arg-type]


def marks(fragment: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", fragment)]


# ------------------------------------------------------------------ query language
@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("veto", ALL_IDS),
        ("diskussion", {SV}),  # sv: diskussioner, diskussion
        ("medlemskap", {SV}),
        ("discussions", {EN_BNE, EN_DE, EN_MEDUZA, EN_ES}),  # en: discussion, discussed
        ("veto Sherman", {SV, EN_BNE, EN_DE, EN_ES}),  # every word must match
        ("Grusjko Sherman", {SV, EN_DE, EN_ES}),
        ('"open door"', {EN_BNE, EN_MEDUZA}),
        ('"öppna dörr"', {SV}),
        ("veto -kremlin", {SV, EN_MEDUZA, EN_ES}),
        ("veto -Kreml", {SV, EN_MEDUZA, EN_ES}),  # exclusion with a synonym
        ("Peskov OR Fomin", {SV, EN_BNE, EN_DE}),
        ("(Peskov OR Fomin) Sherman", {SV, EN_BNE, EN_DE}),
        ("(Peskov OR Meduza) -Interfax", {EN_DE, EN_MEDUZA}),
        # exclusions whose first match precedes the first hit, and across languages
        ('"open door" -Sherman', {EN_MEDUZA}),
        ('"open door" -"Wendy Sherman"', {EN_MEDUZA}),
        ("-Sherman", {EN_MEDUZA}),
        ("nato* -Sherman", {EN_MEDUZA}),
        ("skillnad*", {SV}),
        ("intransig*", {EN_BNE}),
        ("title:easy", {EN_MEDUZA}),
        ("title:rapprochement", {EN_DE}),
        ("speaker:Ryabkov", {EN_BNE}),
        ('speaker:"Alexander Grushko"', {EN_MEDUZA, EN_ES}),
        ("outlet:meduza", {EN_MEDUZA}),
        ('outlet:"The News 24"', {EN_ES}),
        ("lang:sv", {SV}),
        ("lang:en veto", EN),
        ("-lang:en", {SV}),
    ],
)
def test_each_query_form_finds_the_right_articles(
    shipped_index: SearchIndex, q: str, expected: set[str]
) -> None:
    assert ids(shipped_index, q) == expected


@pytest.mark.parametrize(
    ("q", "expected", "understood"),
    [
        ("veto zzyzx", ALL_IDS, "(veto OR zzyzx)"),
        ("diskussion qqqwx", {SV}, "(diskussion OR qqqwx)"),
    ],
)
def test_plain_words_fall_back_to_any_word_and_say_so(
    shipped_index: SearchIndex, q: str, expected: set[str], understood: str
) -> None:
    result = shipped_index.search(q)
    assert {h.id for h in result.hits} == expected
    assert (result.fallback, result.query) == ("any-word", understood)


@pytest.mark.parametrize(
    "q", ['"veto zzyzx"', "veto -zzyzx zzyzq", "title:veto zzyzx", "veto nato qqq*"]
)
def test_only_plain_word_queries_fall_back(shipped_index: SearchIndex, q: str) -> None:
    assert shipped_index.search(q).fallback is None


@pytest.mark.parametrize(
    ("q", "did_you_mean", "expected"),
    [
        ("Stoltenbreg", "Stoltenberg", ALL_IDS),
        ("Stoltenbreg veto", "Stoltenberg veto", ALL_IDS),
        ("diskusioner", "diskussioner", {SV}),
        ("Rysland", "Ryssland", ALL_IDS),  # corrected, then its synonyms apply
    ],
)
def test_typos_are_corrected_and_reported(
    shipped_index: SearchIndex, q: str, did_you_mean: str, expected: set[str]
) -> None:
    result = shipped_index.search(q, per_page=100)
    assert result.did_you_mean == did_you_mean
    assert result.query == did_you_mean
    assert {h.id for h in result.hits} == expected


@pytest.mark.parametrize("q", ["veto", "Stoltenberg", "Ryssland", "diskussion", "Fomin"])
def test_correct_words_get_no_did_you_mean(shipped_index: SearchIndex, q: str) -> None:
    assert shipped_index.search(q).did_you_mean is None


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("Ryssland", ALL_IDS),  # sv spelling finds the English articles
        ("Russia", ALL_IDS),  # and the other way round
        ("Bryssel", ALL_IDS),
        ("North Atlantic Treaty Organization", ALL_IDS),  # a multi-word synonym of Nato
        ("OTAN", ALL_IDS),
        ("Grusjko", {SV, EN_DE, EN_MEDUZA, EN_ES}),  # an alias finds every spelling
        ("Gruschko", {SV, EN_DE, EN_MEDUZA, EN_ES}),
    ],
)
def test_synonyms_and_aliases_apply_at_query_time(
    shipped_index: SearchIndex, q: str, expected: set[str]
) -> None:
    assert ids(shipped_index, q) == expected


# --------------------------------------------------------------------- highlighting
@pytest.mark.parametrize(
    ("q", "article", "expected"),
    [
        ("discussions", EN_MEDUZA, {"discussions", "discussion"}),
        ("discussions", EN_ES, {"discussed"}),
        ("diskussion", SV, {"diskussioner", "diskussion"}),
        ('"open door"', EN_BNE, {"open door"}),
        ('"open door"', EN_MEDUZA, {"open-door"}),
        ("Ryssland", EN_ES, {"Russia"}),
        ("Russia", SV, {"Ryssland", "Rysslands"}),
        ("Stoltenbreg", EN_MEDUZA, {"Jens Stoltenberg"}),
        ("Grusjko", EN_DE, {"Gruschko"}),
        ("nato*", SV, {"Nato", "Natos"}),
    ],
)
def test_snippets_mark_stems_phrases_synonyms_and_corrections(
    shipped_index: SearchIndex, q: str, article: str, expected: set[str]
) -> None:
    [hit] = [h for h in shipped_index.search(q, per_page=100).hits if h.id == article]
    found = {m for s in hit.snippets for m in marks(s)}
    assert expected <= found


def test_a_phrase_marks_the_phrase_not_scattered_words(shipped_index: SearchIndex) -> None:
    [hit] = [h for h in shipped_index.search('"open door"').hits if h.id == EN_BNE]
    body = shipped_index.article(EN_BNE).body
    assert [body[a:b] for a, b in hit.matches["body"]] == ["open door"]


def test_titles_are_highlighted(shipped_index: SearchIndex) -> None:
    [hit] = shipped_index.search("title:easy").hits
    assert marks(hit.title_html) == ["easy"]


def test_a_hit_without_a_body_match_gets_its_lead(shipped_index: SearchIndex) -> None:
    [hit] = shipped_index.search("outlet:meduza").hits
    assert hit.matches["body"] == []
    assert hit.snippets[0].startswith("Russian and NATO officials convened")


@pytest.mark.parametrize(
    "q", ["veto", "discussions", "diskussion", '"open door"', "nato*", "Grusjko"]
)
def test_matches_are_exactly_the_spans_the_snippets_mark(
    shipped_index: SearchIndex, q: str
) -> None:
    for hit in shipped_index.search(q).hits:
        article = shipped_index.article(hit.id)
        for field, text, shown in (
            ("body", article.body, hit.snippets),
            ("title", article.title, [hit.title_html]),
        ):
            spans = {" ".join(text[a:b].split()) for a, b in hit.matches[field]}
            for fragment in shown:
                assert set(marks(fragment)) <= spans
        assert marks(hit.title_html) == [article.title[a:b] for a, b in hit.matches["title"]]


def test_highlight_can_be_turned_off(shipped_index: SearchIndex) -> None:
    [hit] = shipped_index.search("diskussion", highlight=False).hits
    assert hit.matches == {"title": [], "body": []} and "<mark>" not in hit.snippets[0]


# ----------------------------------------------------------------- sorting, paging
@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("newest", ["sv-tt-0401", "en-bbc-0215", "sv-svd-0113"]),
        ("oldest", ["en-reuters-0110"]),
    ],
)
def test_sort_by_date_both_ways_with_undated_last(
    dated: SearchIndex, sort: str, order: list[str]
) -> None:
    hits = [h.id for h in dated.search("", sort=sort, per_page=100).hits]
    assert hits[: len(order)] == order
    assert hits[-1] == "en-undated"
    dates = [h.published for h in dated.search("", sort=sort, per_page=100).hits][:-1]
    assert dates == sorted(dates, reverse=sort == "newest")


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (date(2022, 1, 12), date(2022, 1, 12), {"en-reuters-0112", "en-meduza-0112", "sv-tt-0112"}),
        (date(2022, 2, 1), None, {"en-bbc-0215", "sv-tt-0401"}),
        (None, date(2022, 1, 10), {"en-reuters-0110"}),
    ],
)
def test_since_and_until_are_inclusive(
    dated: SearchIndex, since: date | None, until: date | None, expected: set[str]
) -> None:
    assert ids(dated, "", filters=Filters(since=since, until=until)) == expected


def test_pages_partition_the_results(dated: SearchIndex) -> None:
    pages = [
        [h.id for h in dated.search("", sort="newest", page=p, per_page=3).hits] for p in (1, 2, 3)
    ]
    assert [len(p) for p in pages] == [3, 3, 2]
    assert len({i for p in pages for i in p}) == 8


def test_relevance_ranking_respects_filters(dated: SearchIndex) -> None:
    result = dated.search("Nato", Filters(languages=("sv",)))
    assert [h.id for h in result.hits] == ["sv-tt-0112"] and result.total == 1


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"page": 0}, "page"),
        ({"per_page": 101}, "per_page"),
        ({"per_page": 0}, "per_page"),
        ({"page": 1000, "per_page": 100}, "page"),
        ({"sort": "best"}, "sort"),
        ({"facets": ("author",)}, "facets"),
    ],
)
def test_bad_parameters_name_themselves(
    shipped_index: SearchIndex, kwargs: dict, parameter: str
) -> None:
    with pytest.raises(InvalidParameterError) as err:
        shipped_index.search("veto", **kwargs)
    assert err.value.parameter == parameter and str(err.value).startswith(f"{parameter}:")


def test_strict_mode_raises_where_lenient_mode_reads_on(shipped_index: SearchIndex) -> None:
    assert shipped_index.search('veto "open').query == 'veto "open"'
    with pytest.raises(QuerySyntaxError, match="position 5"):
        shipped_index.search('veto "open', strict=True)


# ------------------------------------------------------------ articles and similar
def test_an_article_has_its_text_speakers_and_quotes(shipped_index: SearchIndex) -> None:
    article = shipped_index.article(SV)
    assert article.language == "sv" and "diskussioner" in article.body
    assert "Jens Stoltenberg" in article.speakers and article.quotes


def test_an_unknown_article_is_reported_by_id(shipped_index: SearchIndex) -> None:
    with pytest.raises(ArticleNotFoundError, match="'nope'"):
        shipped_index.article("nope")


@pytest.mark.parametrize("article", [SV, EN_BNE, EN_MEDUZA])
def test_similar_articles_cross_languages_and_exclude_the_article(
    shipped_index: SearchIndex, article: str
) -> None:
    similar = {h.id for h in shipped_index.similar(article, limit=10)}
    assert article not in similar
    assert similar == ALL_IDS - {article}  # the shared names tie the five together


# ----------------------------------------------------------------- suggestions
@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("stol", "Jens Stoltenberg"),
        ("Stol", "Jens Stoltenberg"),
        ("jens stol", "Jens Stoltenberg"),
        ("grusj", "Alexander Grushko"),  # through an alias
        ("veto grus", "veto Alexander Grushko"),
        ("diskuss", "diskussion"),
    ],
)
def test_suggestions_complete_speakers_titles_and_words(
    shipped_index: SearchIndex, typed: str, first: str
) -> None:
    assert shipped_index.suggest(typed)[0].text == first


def test_title_and_term_suggestions_keep_the_earlier_words(shipped_index: SearchIndex) -> None:
    found = {(s.text, s.kind) for s in shipped_index.suggest("nato rappro")}
    assert ("nato rapprochement", "term") in found
    assert (
        "Russia meeting without rapprochement: NATO clearly rejects security guarantees",
        "title",
    ) in found


@pytest.mark.parametrize("typed", ["", "s", "stol ", "!!", "stol,"])
def test_no_suggestions_for_too_little(shipped_index: SearchIndex, typed: str) -> None:
    assert shipped_index.suggest(typed) == []


# ------------------------------------------------------------- quotes and speakers
@pytest.mark.parametrize(
    ("q", "speakers", "languages", "expected_total", "language"),
    [
        ("veto", ("Jens Stoltenberg",), (), 4, None),
        ("veto", ("Jens Stoltenberg",), ("sv",), 1, "sv"),
        ("veto", ("Stoltenberg",), ("en",), 3, "en"),  # an alias as the speaker
        ("diskussion", (), (), 1, "sv"),
        ("discussions", (), ("en",), 3, "en"),
        ("", ("Grusjko",), (), 4, None),
    ],
)
def test_quotes_are_searched_with_the_same_analysis(
    shipped_index: SearchIndex,
    q: str,
    speakers: tuple[str, ...],
    languages: tuple[str, ...],
    expected_total: int,
    language: str | None,
) -> None:
    result = shipped_index.quotes(q, speakers=speakers, languages=languages)
    assert result.total == expected_total == len(result.hits)
    for hit in result.hits:
        assert language in (None, hit.language)
        if q:
            assert marks(hit.text_html)


def test_speakers_have_counts_and_aliases(shipped_index: SearchIndex) -> None:
    stats = {s.name: s for s in shipped_index.speakers()}
    assert (stats["Jens Stoltenberg"].articles, stats["Alexander Grushko"].articles) == (5, 2)
    assert "Grusjko" in stats["Alexander Grushko"].aliases
    assert stats["Jens Stoltenberg"].quotes >= stats["Wendy Sherman"].quotes > 0
