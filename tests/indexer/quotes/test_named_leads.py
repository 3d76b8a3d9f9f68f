"""A German sentence in the first person right after a sentence whose subject is a named person
is that person speaking, though no verb of saying stands beside it; a sentence that carries an
attribution of its own, follows someone's chant or another's verb of saying, follows a sentence
in the present without a verb of saying (a speaker's own words about someone), or speaks of
the person with a pronoun, is not."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Wladimir Klitschko erklärte auch, dass er sich ganz dem Boxen widmet. Ich war noch "
            "nie zum Entspannen hier. Aber nach dem Kampf fahre ich mein System herunter.",
            "de",
            [
                (
                    "Ich war noch nie zum Entspannen hier. Aber nach dem Kampf fahre ich mein "
                    "System herunter",
                    "Wladimir Klitschko",
                )
            ],
        ),
        (
            "Und Ferrari-Präsident Sergio Marchionne lobte das ganze Team. Wir haben genau das "
            "gebraucht.",
            "de",
            [("Wir haben genau das gebraucht", "Sergio Marchionne")],
        ),
        (
            "Thomas Südhof betont, dass die Forschung am Anfang steht. In der Öffentlichkeit "
            "entstand der Eindruck, dass wir bald Gehirne modellieren.",
            "de",
            [
                (
                    "In der Öffentlichkeit entstand der Eindruck, dass wir bald Gehirne "
                    "modellieren",
                    "Thomas Südhof",
                )
            ],
        ),
        (
            "Sergio Marchionne praises the whole team. We needed exactly that.",
            "en",
            [],
        ),
    ],
)
def test_first_person_speech_after_a_sentence_about_someone_is_theirs(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Frank Appel raus, skandierten sie immer wieder. Wir sind die Post, riefen sie.",
        "Maximilian Gnesda bezeichnet den Brief als problematisch. Ich möchte dich über unsere "
        "Kampagne informieren, heißt es im Brief.",
        "Mit Angela Merkel traf er sich am Montag in Berlin. Wir haben viel besprochen.",
        "Frank Appel hat den Plan vorgestellt, sagten Gewerkschafter. Wir lehnen ihn ab.",
        "Anna Berg spielte gestern in Wien. Wir haben sie dort gesehen und gehört.",
    ],
)
def test_a_sentence_with_its_own_attribution_or_a_person_not_the_subject_gives_nobody_speech(
    text,
):
    assert [who for _, who in pairs(text, "de")] == []


def test_first_person_speech_after_a_present_sentence_about_someone_is_not_theirs():
    text = (
        "Das sind Aussagen unter der Gürtellinie, sagte Wladimir Klitschko. Umgekehrt braucht "
        "Tyson Fury eine Therapie. Auch ich bin aus Niederlagen stärker hervorgegangen."
    )
    assert "Tyson Fury" not in [who for _, who in pairs(text, "de")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Der Sieger heißt Philipp Kohlschreiber. Im Moment des Triumphs dachte Kohlschreiber "
            "auch an Dominic Thiem, den er am Freitag besiegt hatte. Ich hoffe, ich habe nicht "
            "zu viele Fans verloren.",
            "de",
            [("Ich hoffe, ich habe nicht zu viele Fans verloren", "Philipp Kohlschreiber")],
        ),
        (
            "Am Freitag traf er Anna Berg in Wien. Ich habe viel gelernt.",
            "de",
            [],
        ),
        (
            "At the moment of triumph Philipp Kohlschreiber thought of Thiem. I hope I did not "
            "lose fans.",
            "en",
            [],
        ),
    ],
)
def test_a_german_first_person_sentence_after_a_name_right_after_the_finite_verb_is_theirs(
    text, lang, expected
):
    assert pairs(text, lang) == expected
