"""A one-word name the article puts right after an organisation noun names that organisation:
whatever it says is no person's quote. A headline that opens with a role alone is the quote
of the one person the article gives that role."""

import pytest

from tests.support.quotes import quote_pairs as pairs


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


# A headline that opens with a role alone is the quote of the one person given that role.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Bundeskanzler "nur zuversichtlich" bei mehr Mitteln. Wien – Bundeskanzler Werner '
            "Faymann (SPÖ) bezweifelt, dass es klappt.",
            "de",
            [("nur zuversichtlich", "Werner Faymann")],
        ),
        (
            'Ministra "muy preocupada" por la crisis\nLa ministra Ana Gómez habló ayer.',
            "es",
            [("muy preocupada", "Ana Gómez")],
        ),
        (
            'Minister "deeply worried" about crisis\nMinister Anna Berg spoke in London.',
            "en",
            [("deeply worried", "Anna Berg")],
        ),
        (  # two people with that role: nobody can tell whose
            'Minister "deeply worried" about crisis\nMinister Anna Berg and Minister Paul '
            "Smith spoke.",
            "en",
            [],
        ),
    ],
)
def test_a_headline_that_opens_with_a_role(text, lang, expected):
    assert pairs(text, lang) == expected


# A headline that opens with a role and gives the quote after a colon may say more in between.
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Arsenal-Trainer ob der Behandlung des Dopingfalls verwundert: "Bedeutet, dass man '
            'Doping akzeptiert". London – Arsenal-Trainer Arsene Wenger hat die UEFA kritisiert.',
            "de",
            [("Bedeutet, dass man Doping akzeptiert", "Arsene Wenger")],
        ),
        (
            'Minister surprised by the handling of the doping case: "It means doping is '
            'accepted"\nMinister Anna Berg spoke in London.',
            "en",
            [("It means doping is accepted", "Anna Berg")],
        ),
        (
            'Ministra sorprendida por el manejo del caso de dopaje: "Significa que se acepta el '
            'dopaje"\nLa ministra Ana Gómez habló ayer.',
            "es",
            [("Significa que se acepta el dopaje", "Ana Gómez")],
        ),
    ],
)
def test_a_headline_role_with_the_quote_after_a_colon_is_that_persons(text, lang, expected):
    assert pairs(text, lang) == expected
