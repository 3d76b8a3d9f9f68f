"""A German statement cut by an inserted attribution whose sentence goes on, after the
attribution's comma, with a verb in the subjunctive or a "dass" clause is the start of
reported speech, no quote ("Renationalisierung und Austerität, so Varoufakis, seien nicht die
Lösung"); a rest in the indicative, or one that opens with an adverb, leaves the statement a
quote, and so does a comma after more than the verb and its subject ("…, berichtete Weiss
darüber, dass …")."""

import pytest

from tests.support.quotes import quote_pairs as pairs


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Yanis Varoufakis kam nach Berlin. Renationalisierung und Austerität, so Varoufakis, "
            "seien jedoch nicht die Lösung.",
            "de",
            [],
        ),
        (
            "Bernhard Felderer sprach in Wien. Um für Verständnis zu werben, meinte er, dass man "
            "die Flüchtlinge nicht zurückschieben könne.",
            "de",
            [],
        ),
        (
            "Alija Dedovic kam mit. Aber wenn die Leute ihn sehen, sagt Dedovic, springen sie auf.",
            "de",
            [("Aber wenn die Leute ihn sehen", "Alija Dedovic")],
        ),
        (
            "Günter Kräuter sprach. Früher war die Welt noch in Ordnung, sagte Kräuter, heute "
            "aber gehe es um die Menschenwürde.",
            "de",
            [("Früher war die Welt noch in Ordnung", "Günter Kräuter")],
        ),
        (
            "Michael Weiss kam ins Ziel. Am Alii Drive war es extrem heiß, berichtete Weiss "
            "darüber, dass er kein Eis bekam.",
            "de",
            [("Am Alii Drive war es extrem heiß", "Michael Weiss")],
        ),
        (
            'Yanis Varoufakis came. "Austerity," said Varoufakis, "is no solution."',
            "en",
            [("Austerity", "Yanis Varoufakis"), ("is no solution.", "Yanis Varoufakis")],
        ),
    ],
)
def test_a_german_statement_whose_sentence_goes_on_in_reported_speech_is_no_quote(
    text, lang, expected
):
    assert pairs(text, lang) == expected
