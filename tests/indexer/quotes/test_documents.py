"""A document speaks for nobody: what a petition, a memorandum, a letter or a report says is no
person's quote, and a zero subject after it ("sostiene.") is the document still, not the last
person the article named."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang",
    [
        (
            'Thousands signed a petition against Anna Berg. "We demand an inquiry," the '
            'petition says. "She must resign," it adds.',
            "en",
        ),
        (
            'Miles firman una petición contra Angélica Rivera. "Exigimos que se investigue", '
            'dice la petición. "Es un delito", sostiene.',
            "es",
        ),
        (
            'Juan Pérez firmó un memorándum. "La Guardia Nacional brindó apoyo", dice el '
            "memorándum.",
            "es",
        ),
        (
            '"Die Lage ist ernst", heißt es in dem Papier. "Wir fordern Aufklärung", so die '
            "Petition gegen Anna Berg.",
            "de",
        ),
        ('Anna Berg läste. "Vi kräver svar", skriver namninsamlingen.', "sv"),
    ],
)
def test_what_a_document_says_is_nobodys_quote(text, lang):
    assert pairs(text, lang) == []


@pytest.mark.parametrize(
    "text, lang, speaker",
    [
        ('Anna Berg read the petition. "We are ready," said Anna Berg.', "en", "Anna Berg"),
        (
            'Kirstjen Nielsen leyó el memorándum. "No daré más detalles", dijo Nielsen.',
            "es",
            "Kirstjen Nielsen",
        ),
    ],
)
def test_a_person_who_reads_a_document_still_speaks(text, lang, speaker):
    assert [who for _, who in pairs(text, lang)] == [speaker]
