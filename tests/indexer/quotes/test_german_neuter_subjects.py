"""German text without marks: a subject in the neuter after the verb of saying is a thing, an
outlet or an institution ("berichtete das Handelsblatt"), so the statement is nobody's, not the
last person named; the few neuter nouns for people ("das Stadtoberhaupt") still name one."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Der Entertainer Thomas Gottschalk kommt zurück. Spiegel TV entwickelt ein neues "
            "Format für ihn, berichtete das Handelsblatt unter Berufung auf Unternehmenskreise.",
            [],
        ),
        (
            "Bürgermeister Eduardo Paes ist zuversichtlich. Es werden alle Projekte fertig, "
            "sagte das Stadtoberhaupt in einem Interview.",
            [("Es werden alle Projekte fertig", "Eduardo Paes")],
        ),
    ],
)
def test_a_neuter_subject_is_no_person_but_for_the_neuter_nouns_for_people(text, expected):
    assert pairs(text, "de") == expected
