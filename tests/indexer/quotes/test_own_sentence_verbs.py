"""A quote whose own sentence has a verb of saying before it, whose subject named nobody ("the
MMF, who say British artists face "an uphill struggle""), is that subject's: in English it does
not take the speaker of a quote nearby. A quote in a sentence with no verb of saying still does
("The band had "a very hard time" there. Its manager James Seller said: "…""); Swedish is
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
