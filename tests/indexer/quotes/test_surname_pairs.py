"""Two surnames with no given name ("la diputada Salinas Lozano") are the person whose given
name and first surname the article gave ("Carmen Salinas"): one speaker, not two."""

import pytest

from indexer.quotes.variants import join_variants
from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Carmen Salinas aseguró que llevará una hamaca. Dijo que siempre será directa; la "
            'diputada Salinas Lozano pidió que no se la hagan "de pedo" en las sesiones.',
            [("de pedo", "Carmen Salinas")],
        ),
        (
            'Luis Videgaray habló en la OEA. "México no opina sobre las políticas de otros", '
            "dijo Videgaray Caso.",
            [("México no opina sobre las políticas de otros", "Luis Videgaray")],
        ),
    ],
)
def test_a_surname_pair_is_the_person_of_its_first_surname(text, expected):
    assert pairs(text, "es") == expected


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Carmen Salinas", "Salinas Lozano"], {"Salinas Lozano": "Carmen Salinas"}),
        (["Carmen Salinas", "Ana Salinas", "Salinas Lozano"], {}),  # whose? nobody's
        (["Carmen Salinas", "Lozano Salinas"], {}),  # the surname must open the pair
        (["Carmen Salinas", "Pedro Lozano"], {}),  # a given name: another person
    ],
)
def test_only_one_owner_of_the_first_surname_takes_the_pair(names, expected):
    assert join_variants(names, "es") == expected
