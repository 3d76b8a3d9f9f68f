"""A statement followed by its speaker in apposition ("…," Roy Asher, chief investment officer
of Hibernian Investment Managers, told Reuters.) is that person's: the name right after the
mark, its role set off by commas, then the verb. A name in marks inside a noun phrase ("la
asociación "mis pelos, mis axilas", Xóchitl Gutiérrez, reveló") is no statement."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        (
            'Shares rose. "Ireland ticks all the boxes," Roy Asher, chief investment officer of '
            "Hibernian Investment Managers, told Reuters.",
            "en",
            "Roy Asher",
        ),
        (
            'The OECD said so. "The oil shock is not enormous," Vincent Koen, a senior economist '
            "with the OECD, told the BBC.",
            "en",
            "Vincent Koen",
        ),
        (
            'Subió la bolsa. "Es una buena noticia", Ana Gómez, analista de Banco Sur, dijo.',
            "es",
            "Ana Gómez",
        ),
    ],
)
def test_a_speaker_in_apposition_after_the_statement_speaks(text, lang, speaker):
    assert [who for _, who in pairs(text, lang)] == [speaker]


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            'La líder de la asociación "mis pelos, mis axilas", Xóchitl Gutiérrez, reveló a '
            "los medios que ganaron.",
            "es",
        ),
        (
            'The singer of the band "Blue and Red", Anna Berg, said they had won.',
            "en",
        ),
    ],
)
def test_a_name_in_marks_inside_a_noun_phrase_is_no_statement(text, lang):
    assert pairs(text, lang) == []
