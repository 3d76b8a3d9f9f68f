"""The German mood helpers live in one place (``quotes.mood``): one weak past-tense test, read
strictly where Konjunktiv I is in question and loosely where narration is, and one set of
Konjunktiv II forms, of which the auxiliaries and the modals are named parts."""

import pytest

from indexer.quotes.mood import (
    KONJUNKTIV_II,
    KONJUNKTIV_II_AUXILIARIES,
    KONJUNKTIV_II_MODALS,
    is_reported,
    weak_preterite,
)
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "word, strict, narrative",
    [
        ("sagte", True, True),
        ("dankte", True, True),
        ("arbeitete", True, False),
        ("stellte", False, True),
        ("hatte", False, True),
        ("halte", False, True),
        ("koste", False, False),
        ("helfe", False, False),
        ("heute", False, False),
    ],
)
def test_a_weak_past_tense_is_read_strictly_for_mood_and_loosely_for_narration(
    word, strict, narrative
):
    assert (weak_preterite(word), weak_preterite(word, narrative=True)) == (strict, narrative)


@pytest.mark.parametrize(
    "form, auxiliary, modal",
    [
        ("wäre", True, False),
        ("würden", True, False),
        ("müssten", False, True),
        ("sollte", False, True),
        ("gäbe", False, False),
        ("wüssten", False, False),
    ],
)
def test_every_konjunktiv_ii_form_is_in_the_one_set_and_its_parts_are_named(form, auxiliary, modal):
    assert form in KONJUNKTIV_II
    assert (form in KONJUNKTIV_II_AUXILIARIES, form in KONJUNKTIV_II_MODALS) == (auxiliary, modal)


@pytest.mark.parametrize(
    "clause, reported",
    [
        ("Das Urteil erkläre das Grundrecht für wertlos", True),
        ("Spiegel TV entwickle ein neues Format", True),
        ("Der Bachelor an der Universität unterscheide sich von den anderen", True),
        ("Die neue Regel gilt ab Montag", False),
        ("Das glaube ich nicht", False),
        ("Österreichs größte Bank ist gesund", False),
        ("Ein Sieg wäre verdient gewesen", False),
        ("Angeregt wurde auch ein Koordinator", False),
        ("Auch die Kirche verliere ihr Licht", True),
        ("Die rot-schwarze Koalition baue ein dichtes Spitzelnetz auf", True),
        ("Die Bundesregierung vergangene Woche beschloss es", False),
        ("Die alte Dame spielte Karten", False),
    ],
)
def test_the_konjunktiv_i_of_any_verb_shows_after_its_subject_and_before_sich(clause, reported):
    assert is_reported(clause) is reported


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Papst Franziskus sprach in Quito. Auch die Kirche verliere ihr Licht, "
            "wenn sie sich verberge, warnte er.",
            "de",
            [],
        ),
        (
            'Pope Francis spoke in Quito. "The church loses its light when it hides," he warned.',
            "en",
            [("The church loses its light when it hides", "Francis")],
        ),
    ],
)
def test_a_subject_with_article_and_adjectives_before_a_konjunktiv_i_reports_speech(
    text, lang, expected
):
    assert pairs(text, lang) == expected
