"""English wire-service tables are English, and prose in any language is left alone."""

from __future__ import annotations

import pytest

from indexer.language import detect_language
from indexer.wire_tables import is_english_wire_table

TABLES = [
    "<CINRAM LTD> 4TH QTR NET\nShr 45 cts vs 58 cts\n    Net 1.1 mln vs 829,000\n"
    "    Sales 7.9 mln vs 9.4 mln\n    Avg shrs 2,332,397 vs 1,428,000",
    "FARMERS GROUP INC <FGRP> 4TH QTR NET\nShr 80 cts vs 72 cts\n    Net 55,513,000 vs "
    "48,741,000\n    Revs 290.9 mln vs 264.2 mln\n    Year\n    Shr 3.09 dlrs vs 2.72 dlrs",
    "BROWN-FORMAN INC <BFD> 4TH QTR NET\nShr one dlr vs 73 cts\n    Net 12.6 mln vs 15.8 mln\n"
    "    Revs 337.3 mln vs 315.2 mln\n    Nine mths\n    Shr 3.07 dlrs vs 3.08 dlrs",
]

PROSE = {
    "sv": "Det här var inte någon enkel diskussion, men det är också just därför den var så "
    "viktig, sade Stoltenberg efter mötet i Bryssel.",
    "de": "Die Regierung hat am Mittwoch ein neues Gesetz beschlossen, sagte der Sprecher in Wien.",
    "es": "El presidente del gobierno anunció nuevas elecciones para el próximo mes de marzo.",
    "en": "Shares rose 45 cents after the company said net profit was higher than expected.",
    "ru": "Правительство России объявило о новых мерах поддержки экономики в среду.",
}


@pytest.mark.parametrize("table", TABLES)
def test_an_earnings_table_is_english(table):
    assert is_english_wire_table(table)
    assert detect_language(table).code == "en"


@pytest.mark.parametrize("code, text", sorted(PROSE.items()))
def test_prose_is_not_a_wire_table_and_keeps_its_language(code, text):
    assert not is_english_wire_table(text)
    assert detect_language(text).code == code


def test_a_table_needs_several_distinct_abbreviations():
    assert not is_english_wire_table("vs vs vs net net loss")
