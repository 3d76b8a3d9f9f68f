"""A statement's next paragraph, its line break lost, reopens with a mark after a finished
sentence ("… for men. "Career sexism is about saying …"): a verb of saying a few words into it
is its own, not an attribution of the paragraph before. A short attribution after a detached
closing mark still is one ("… for men. ” Hewitt said")."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Patricia Hewitt told the seminar: "This reflects old ideas about jobs for men. '
            '"Career sexism is about saying that engineering is for men. "But it goes both ways."',
            "en",
            [
                ("This reflects old ideas about jobs for men.", "Patricia Hewitt"),
                ("Career sexism is about saying that engineering is for men.", "Patricia Hewitt"),
                ("But it goes both ways.", "Patricia Hewitt"),
            ],
        ),
        (
            'Patricia Hewitt dijo: "Esto refleja ideas viejas sobre los trabajos. "El sexismo '
            'es siempre decir que la ingeniería es cosa de hombres."',
            "es",
            [
                ("Esto refleja ideas viejas sobre los trabajos.", "Patricia Hewitt"),
                (
                    "El sexismo es siempre decir que la ingeniería es cosa de hombres.",
                    "Patricia Hewitt",
                ),
            ],
        ),
    ],
)
def test_a_reopened_paragraph_keeps_its_own_verb_of_saying(text, lang, expected):
    assert pairs(text, lang) == expected


def test_a_short_attribution_after_a_detached_closing_mark_still_attributes():
    text = 'Arthur Hailey wrote books. "I fell to daydreaming about it. "Hailey recalled in 2001.'
    assert pairs(text, "en") == [("I fell to daydreaming about it.", "Arthur Hailey")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'David Campese said: "They lost a few key players. "Added to that, the senior '
            'players are not standing up."',
            "en",
            [
                ("They lost a few key players.", "David Campese"),
                ("Added to that, the senior players are not standing up.", "David Campese"),
            ],
        ),
        (
            'Jens Stoltenberg sade: "Vi förlorade flera spelare. "Sade någon något om det?"',
            "sv",
            [
                ("Vi förlorade flera spelare.", "Jens Stoltenberg"),
                ("Sade någon något om det?", "Jens Stoltenberg"),
            ],
        ),
        # a detached closing mark and a short attribution in lower case stay one
        (
            'Patricia Hewitt told the seminar: "This reflects old ideas about jobs for men. ” '
            "said Ms Hewitt.",
            "en",
            [("This reflects old ideas about jobs for men.", "Patricia Hewitt")],
        ),
    ],
)
def test_a_reopened_paragraph_may_open_with_a_verb_of_saying(text, lang, expected):
    assert pairs(text, lang) == expected
