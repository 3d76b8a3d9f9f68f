"""A paragraph whose first mark closes a statement, a verb of saying right after it, lost its
opening mark: the statement runs from the paragraph's start. A closing mark with no verb of
saying after it opens nothing."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'The elephants came.\n\n    They are fun. I think they are lovely," said pupil '
            "Anna Berg.",
            "en",
            [("They are fun. I think they are lovely", "Anna Berg")],
        ),
        (
            'Los elefantes llegaron.\n\n    Son divertidos. Creo que son muy bonitos", dijo '
            "Itthi Pankhawlamai.",
            "es",
            [("Son divertidos. Creo que son muy bonitos", "Itthi Pankhawlamai")],
        ),
        (
            "Elefanterna kom.\n\nDe är roliga och fina”, sade Anna Berg.",
            "sv",
            [("De är roliga och fina", "Anna Berg")],
        ),
    ],
)
def test_a_statement_whose_opening_mark_was_lost_starts_its_paragraph(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ('Anna Berg said the fall was not a new crisis for the market."\nShe left.', "en"),
        ('Anna Berg dijo que la caída no es una crisis nueva".\nSe fue.', "es"),
    ],
)
def test_a_stray_closing_mark_with_no_verb_of_saying_opens_nothing(text, lang):
    assert pairs(text, lang) == []
