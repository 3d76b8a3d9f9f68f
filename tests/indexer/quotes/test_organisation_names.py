"""A one-word name the article puts right after an organisation noun names that organisation:
whatever it says is no person's quote."""

from pathlib import Path

import pytest

from indexer.people import PeopleRegistry
from indexer.quotes import extract

REGISTRY = PeopleRegistry.load(Path(__file__).resolve().parents[3] / "corpus" / "people.yaml")


def pairs(text, lang):
    return [(q.text, q.speaker) for q in extract(text, lang, REGISTRY).quotes]


@pytest.mark.parametrize(
    "text, lang",
    [
        ('The agency Olaf reported the case. "The goods were illegal," said Olaf.', "en"),
        ('La agencia Olaf informó del caso. "Los productos eran ilegales", dijo Olaf.', "es"),
        (
            "Die EU-Betrugsbekämpfungsbehörde Olaf hat auf einen Fall hingewiesen. Die Mittel "
            "waren für den EU-Markt bestimmt, so Olaf.",
            "de",
        ),
    ],
)
def test_a_name_after_an_organisation_noun_is_no_speaker(text, lang):
    assert pairs(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('Olaf Scholz kam. "Wir sind bereit", sagte Olaf.', "de", "Olaf Scholz"),
        (
            '"El objetivo es claro", aseguró el jefe creativo de la empresa Terry Drummond.',
            "es",
            "Terry Drummond",
        ),
        ('Olaf Berg runs the agency. "We are ready," said Olaf Berg.', "en", "Olaf Berg"),
    ],
)
def test_a_person_stays_a_person(text, lang, speaker):
    assert [who for _, who in pairs(text, lang)] == [speaker]
