"""German bodies without quotation marks: the first person after reported speech is direct
speech of the person reported; the subjunctive stays reported speech."""

import pytest

from indexer.quotes import extract
from indexer.quotes.unmarked import is_reported
from tests.support.quotes import REGISTRY, quote_pairs


def pairs(text):
    return quote_pairs(text, "de")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Erich Schönleitner verwies darauf, sein Unternehmen habe sich erst 2012 beteiligt. "
            "Wir haften hier also für Fehler der Voreigentümer. Man sei vorbildlich gewesen.",
            [("Wir haften hier also für Fehler der Voreigentümer", "Erich Schönleitner")],
        ),
        (
            "Irmgard Griss tritt an. Sie wolle eine Gesellschaft des gerechten Ausgleichs. "
            "Dafür stehe ich, und deshalb bin ich bereit zu kandidieren.",
            [("Dafür stehe ich, und deshalb bin ich bereit zu kandidieren", "Irmgard Griss")],
        ),
    ],
)
def test_the_first_person_after_reported_speech_is_the_reported_person_speaking(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the reported speech has no person for its subject
        "Die Lage sei ernst, glaubt das Regieduo. Wir sind nicht gleich, ehe wir uns kennen.",
        # a line in brackets is a line of a play, not the speaker
        "Anna Berg sagte, das Stück sei gut. Es bietet manche Zeile (Wir sind nicht gleich).",
        # the sentence before is no reported speech
        "Anna Berg spielte gestern in Wien. Wir haben sie dort gesehen und gehört.",
    ],
)
def test_first_person_sentences_without_a_reported_speaker_are_no_quotes(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            'Erich Berg, Geschäftsführer der Pfeiffer HandelsgmbH, sagte: "Wir haften."',
            "de",
        ),
        ('Erich Berg, chief executive of Pfeiffer Holding-AG, said: "We are liable."', "en"),
        ('Erich Berg, vd för Pfeiffer HandelsgmbH, sade: "Vi tar ansvar."', "sv"),
    ],
)
def test_a_company_named_by_its_legal_form_is_never_a_person(text, lang):
    ex = extract(text, lang, REGISTRY)
    assert ex.speakers == ("Erich Berg",)
    assert not any("Pfeiffer" in p for p in ex.people)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Der Plan war es, alle Züge zurückzuziehen, sagt Christopher Seif.",
            [("Der Plan war es, alle Züge zurückzuziehen", "Christopher Seif")],
        ),
        (
            "Es war gerade noch rechtzeitig, sagt Christopher Seif.",
            [("Es war gerade noch rechtzeitig", "Christopher Seif")],
        ),
    ],
)
def test_a_pronoun_before_a_quantifier_or_adverb_is_no_subjunctive(text, expected):
    assert pairs(text) == expected


def test_gibt_es_says_there_is_not_that_someone_said_something():
    text = (
        "Die Kosten sind hoch, sagt Christopher Seif. Bis die Strecke wieder frei ist, gibt "
        "es einen Ersatzverkehr mit Bussen."
    )
    assert pairs(text) == [("Die Kosten sind hoch", "Christopher Seif")]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            '"Wir prüfen den Fall genau", betonte man im Büro der Stadträtin Sandra Frauenberger.',
            "de",
        ),
        ('"Vi granskar fallet noga", sade man på kontoret hos ministern Anna Berg.', "sv"),
        (
            '"We are looking at it closely," one said at the office of minister Anna Berg.',
            "en",
        ),
    ],
)
def test_an_impersonal_subject_speaks_for_nobody_named_near_it(text, lang):
    assert extract(text, lang, REGISTRY).quotes == ()


def test_a_topic_before_the_verb_of_saying_is_no_statement():
    text = (
        "Was den Fall Leopoldstadt betrifft, betonte Sandra Frauenberger, dass die Behörde "
        "geprüft habe."
    )
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Die Stopps seien erst der Anfang, meint denn auch Anwalt Robert Bitsche: Auch vor "
            "dem absoluten Stopp gab es zuerst derlei Sprüche, sagt er.",
            [("Auch vor dem absoluten Stopp gab es zuerst derlei Sprüche", "Robert Bitsche")],
        ),
        (
            "Die Lage sei ernst, meint Anna Berg: Wir müssen jetzt handeln, sagt sie.",
            [("Wir müssen jetzt handeln", "Anna Berg")],
        ),
    ],
)
def test_after_reported_speech_and_a_colon_the_statement_is_the_speakers_own(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "clause, reported",
    [
        ("Die Lage sei ernst", True),
        ("Es koste fünf Millionen", True),
        ("Er arbeite daran", True),
        ("Er lobte die Serie in den höchsten Tönen", False),
        ("Er dankte es ihr mit einer Emphase", False),
        ("Er arbeitete die ganze Nacht", False),
    ],
)
def test_the_weak_past_tense_is_no_subjunctive(clause, reported):
    assert is_reported(clause) is reported
