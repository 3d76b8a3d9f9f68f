"""Spanish source markers with a possessive or a pronoun ("En su opinión, “…”", "A su juicio",
"según él") give the statement to the person who spoke last, close before it."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Rafael Delgado dijo que irá. Pero, en su opinión, "no hay ninguna razón para ello".',
            "es",
            [("no hay ninguna razón para ello", "Rafael Delgado")],
        ),
        (
            "Ana Berg explicó que no. A su juicio, que no haya gripe es “porque el mecanismo es "
            "similar”.",
            "es",
            [("porque el mecanismo es similar", "Ana Berg")],
        ),
        (
            "Juan Pérez dijo que sí a Ana Berg. Según él, «la reunión fue un éxito total».",
            "es",
            [("la reunión fue un éxito total", "Juan Pérez")],
        ),
        (
            "Анна Петрова выступила в суде. По ее словам, «все хорошо и спокойно».",
            "ru",
            [("все хорошо и спокойно", "Анна Петрова")],
        ),
    ],
)
def test_a_possessive_source_marker_gives_the_quote_to_the_last_speaker(text, lang, expected):
    assert pairs(text, lang) == expected


# "sus palabras" (theirs, or words spoken of) and a marker with nobody before it give nothing.
@pytest.mark.parametrize(
    "text",
    [
        'Otros criticaron la decisión pues en sus palabras "no es una mujer de verdad".',
        'En su opinión, "no hay ninguna razón para ello".',
        'Ana Berg llegó ayer. En su opinión, "no hay ninguna razón para ello".',  # nobody spoke
    ],
)
def test_no_marker_or_nobody_before_it_gives_nothing(text):
    assert pairs(text, "es") == []
