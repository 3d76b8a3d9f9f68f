"""An opening mark detached from its statement by a space ("“ No se tendrá…”", or a closing-shaped
mark that opens: "” Ya estamos viendo…”") still opens a quote at a sentence's start."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ana Berg anunció el despido. “ No se tendrá ningún tipo de tolerancia”, indicó.",
            [("No se tendrá ningún tipo de tolerancia", "Ana Berg")],
        ),
        (
            "Ana Berg habló del virus. ” Ya estamos viendo cómo el virus avanza”.",
            [("Ya estamos viendo cómo el virus avanza", "Ana Berg")],
        ),
        (
            'Ana Berg confesó :" Mi padrastro es bueno, que todo México lo sepa"',
            [("Mi padrastro es bueno, que todo México lo sepa", "Ana Berg")],
        ),
    ],
)
def test_a_detached_opening_mark_opens_a_quote(text, expected):
    assert pairs(text, "es") == expected


# Inside a sentence, or with nothing to close it, a mark with a space after it opens nothing.
@pytest.mark.parametrize(
    "text",
    [
        'Ana Berg mide 5 " y dijo que sí, afirmó Juan Pérez.',
        "Ana Berg habló. “ No se tendrá ningún tipo de tolerancia a esto, indicó.",
        "Ana Berg dijo que “ no se tendrá ningún tipo de tolerancia”.",
    ],
)
def test_a_mark_with_a_space_after_it_elsewhere_opens_nothing(text):
    assert pairs(text, "es") == []
