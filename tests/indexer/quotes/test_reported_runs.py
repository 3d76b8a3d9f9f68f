"""German text without quotation marks: a statement in the indicative inside someone's run of
reported speech is that person speaking; narrative between the reported sentences is not."""

import pytest

from indexer.quotes import extract
from indexer.quotes.mood import is_reported
from tests.support.quotes import REGISTRY, quote_pairs


def pairs(text):
    return quote_pairs(text, "de")


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # between two reported sentences of hers
            "Wien – Man könne davon ausgehen, dass jedes Kind verletzt sei, sagte die "
            "Psychotherapeutin Barbara Preitler. So sollten Lehrer keine Fragen stellen. Die "
            "Kinder dürfen erzählen, aber sie müssen nicht. Oft seien Fragen sehr belastend.",
            [("Die Kinder dürfen erzählen, aber sie müssen nicht", "Barbara Preitler")],
        ),
        (  # between his attributed statement and his reported speech
            "Berlin – Der dramatische Anteil der Straftaten bereitet uns große Sorgen, sagte "
            "BKA-Chef Holger Münch. Die Taten müssen konsequent verfolgt werden. Letztere sei "
            "der Nährboden für Fremdenhass.",
            [
                ("Der dramatische Anteil der Straftaten bereitet uns große Sorgen", "Holger Münch"),
                ("Die Taten müssen konsequent verfolgt werden", "Holger Münch"),
            ],
        ),
        (  # right before his attributed statement: one statement
            "Berlin – Bundesjustizminister Heiko Maas verurteilte den Anschlag. Das Ausmaß der "
            "Gewalt ist erschreckend, erklärte der SPD-Politiker am Freitag. Die Täter dürfen "
            "nicht davonkommen. Sie müssen bestraft werden, forderte er.",
            [
                ("Das Ausmaß der Gewalt ist erschreckend", "Heiko Maas"),
                ("Die Täter dürfen nicht davonkommen. Sie müssen bestraft werden", "Heiko Maas"),
            ],
        ),
    ],
)
def test_a_statement_inside_a_run_of_reported_speech_is_direct(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the narrator's present tense, with nothing a speaker says
        "Wien – Die Lage sei ernst, sagte Barbara Preitler. Das Zentrum betreut hundert "
        "Kinder im Jahr. Die Schule sei der ideale Rahmen.",
        # the past tense is the narrator's
        "Wien – Die Lage sei ernst, sagte Barbara Preitler. Man konnte das am Montag sehen. "
        "Die Schule sei der ideale Rahmen.",
        # a sentence about her, not by her
        "Wien – Die Lage sei ernst, sagte Barbara Preitler. Sie muss jetzt nach Graz fahren. "
        "Die Schule sei der ideale Rahmen.",
        # a sentence that names someone else
        "Wien – Die Lage sei ernst, sagte Barbara Preitler. Auch Paul Kimberger muss das "
        "wissen. Die Schule sei der ideale Rahmen.",
        # a Konjunktiv II reports as well
        "Wien – Die Lage sei ernst, sagte Barbara Preitler. Besonders Politiker trügen hier "
        "Verantwortung. Die Schule sei der ideale Rahmen.",
    ],
)
def test_narrative_inside_a_run_of_reported_speech_stays_out(text):
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            "Bundesjustizminister Heiko Maas war in Berlin. Man konnte am Freitagnachmittag "
            "nichts sagen. Das Ausmaß ist erschreckend, erklärte der SPD-Politiker am Freitag.",
            "de",
            "Heiko Maas",
        ),
        (
            'La cantante Ana Torres llegó ayer. "Estoy feliz", dijo la cantante del grupo.',
            "es",
            "Ana Torres",
        ),
        (
            'The singer Ana Torres arrived on Friday. "I am happy," said the singer at the '
            "airport.",
            "en",
            "Ana Torres",
        ),
    ],
)
def test_a_description_is_its_noun_not_what_follows_it(text, lang, speaker):
    assert [
        who for _, who in [(q.text, q.speaker) for q in extract(text, lang, REGISTRY).quotes]
    ] == [speaker]


@pytest.mark.parametrize(
    "clause, reported",
    [
        ("Den Cup nehme man nun aber gerne mit", True),  # Konjunktiv I before its subject
        ("Dafür brauche es mehr Geld", True),
        ("Um den Großteil müssten sich Lehrer nicht kümmern", True),  # a plural's Konjunktiv II
        ("Wir müssten mehr tun", False),  # the first person speaks
        ("Heute habe ich Zeit", False),
        ("Ohne es zu wissen, geht das nicht", False),
    ],
)
def test_reported_speech_by_its_mood(clause, reported):
    assert is_reported(clause) is reported


def test_a_sentence_in_the_past_does_not_join_the_statement_after_it():
    text = (
        "Linz – Trainer Oliver Glasner ist bereit. Obwohl die Liga spät startet, ging man "
        "früh in die Vorbereitung. Der späte Auftakt ist kein Problem, stellte Glasner klar."
    )
    assert pairs(text) == [("Der späte Auftakt ist kein Problem", "Oliver Glasner")]


def test_first_person_after_a_verbless_reported_sentence_of_the_run():
    text = (
        "Berlin – Die Täter müssen bestraft werden, forderte Heiko Maas. Die Zunahme der "
        "Angriffe sei dramatisch. Sprengkörper fliegen heute schon, wir dürfen nicht "
        "abwarten, bis es die ersten Toten gibt."
    )
    assert pairs(text) == [
        ("Die Täter müssen bestraft werden", "Heiko Maas"),
        (
            "Sprengkörper fliegen heute schon, wir dürfen nicht abwarten, bis es die ersten "
            "Toten gibt",
            "Heiko Maas",
        ),
    ]
