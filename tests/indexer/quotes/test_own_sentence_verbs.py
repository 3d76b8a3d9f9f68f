"""A quote whose own sentence has a verb of saying before it, whose subject named nobody ("the
MMF, who say British artists face "an uphill struggle"", "detainee 'A' in Woodhill Prison
said: "…"", "A spokeswoman for the department said: "…""), is that subject's: in English it
takes neither the speaker of a quote nearby nor the last one. A quote in a sentence with no
verb of saying still does ("The band had "a very hard time" there. Its manager James Seller
said: "…""), and so does one after "saying", whose subject is the sentence's; Swedish is
unchanged."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "The stance is endorsed by the Music Managers' Forum (MMF), who say British artists "
            'face "an uphill struggle" in the US. Its general secretary James Seller said: '
            '"Imagine an orchestra from the Orkneys."',
            "en",
            [("Imagine an orchestra from the Orkneys.", "James Seller")],
        ),
        (
            'The band had "a very hard time" there. Its manager James Seller said: "Imagine an '
            'orchestra from the Orkneys."',
            "en",
            [
                ("a very hard time", "James Seller"),
                ("Imagine an orchestra from the Orkneys.", "James Seller"),
            ],
        ),
        (
            'Lord Hoffmann said: "The real threat comes from laws such as these."\n\nIn a '
            "statement, detainee 'A' in Woodhill Prison said: \"I hope now that the government "
            'will act upon this decision."',
            "en",
            [("The real threat comes from laws such as these.", "Lord Hoffmann")],
        ),
        (
            'Lord Hoffmann said: "The real threat comes from laws such as these." A spokeswoman '
            'for the department said: "We are aware that people are experiencing problems."',
            "en",
            [("The real threat comes from laws such as these.", "Lord Hoffmann")],
        ),
        (
            "Late film star Marlon Brando is said to have turned down his role in The Godfather."
            "\n\nThe actor's friend Budd Schulberg told Vanity Fair magazine that Brando's "
            "assistant suggested he read the novel. The actor repeatedly refused, throwing the "
            'book at her and saying: "For the last time, I won\'t glorify the mafia".',
            "en",
            [("For the last time, I won't glorify the mafia", "Marlon Brando")],
        ),
        (
            "Hållningen stöds av musikchefernas forum (MMF), som säger att brittiska artister "
            'möter "en uppförsbacke" i USA. Dess generalsekreterare James Seller sade: "Tänk dig '
            'en orkester från Orkney."',
            "sv",
            [("Tänk dig en orkester från Orkney.", "James Seller")],
        ),
    ],
)
def test_a_quote_said_by_its_own_sentences_subject_takes_no_nearby_speaker(text, lang, expected):
    assert pairs(text, lang) == expected
