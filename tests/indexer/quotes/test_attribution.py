"""The speaker is the subject of the verb of saying, wherever the grammar puts it."""

import pytest

from indexer.quotes import extract
from tests.support.quotes import REGISTRY


def pairs(text, lang):
    return [(q.text.split()[0], q.speaker) for q in extract(text, lang, REGISTRY).quotes]


# cause 6: the verb of saying decides, not the nearest name
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            'Anna Berg met Paul Sheard in Tokyo. "Growth is slowing," she said.',
            "en",
            [("Growth", "Anna Berg")],
        ),
        (
            'Steve McClaren said: "We played well." McClaren also praised winger Stewart '
            'Downing and striker Mark Viduka. He added: "They want to play together."',
            "en",
            [("We", "Steve McClaren"), ("They", "Steve McClaren")],
        ),
        (
            'Tony Blair spoke first. "We will win," he said. Michael Howard, asked about '
            'Mr Blair, said the plans were wrong. "It is sad," he said.',
            "en",
            [("We", "Tony Blair"), ("It", "Michael Howard")],
        ),
        (
            '"I am convinced exports can double," said Gad Yaacobi, who met Shimon Peres.',
            "en",
            [("I", "Gad Yaacobi")],
        ),
        (
            'Mr Mittal told investors the company would cut jobs. "We are investing in '
            'modernisation," Lakshmi Mittal said.',
            "en",
            [("We", "Lakshmi Mittal")],
        ),
        (
            "Trainer Zoran Barisic sprach mit Andreas Müller. Wir sind bereit, sagte der "
            "48-Jährige.",
            "de",
            [("Wir", "Zoran Barisic")],
        ),
        (
            "Rafael Nadal trifft auf den Kroaten Marin Cilic. Das war schwierig, sagte der "
            "Spanier.",
            "de",
            [("Das", "Rafael Nadal")],
        ),
        (
            'De acuerdo con el actor Pepe Magaña, Carlos Bonavides no viajó. "Ellos iban al '
            'cumpleaños", relató el actor.',
            "es",
            [("Ellos", "Pepe Magaña")],
        ),
        (
            'El abogado Juan Pérez defendió a Ana Gómez. "No hay pruebas", afirma el letrado.',
            "es",
            [("No", "Juan Pérez")],
        ),
        (
            'El capitán Iker Casillas habló tras el partido. "Ganamos bien", agregó el capitán.',
            "es",
            [("Ganamos", "Iker Casillas")],
        ),
        (
            "Президент Египта Мухаммед Мурси выступил. «Мы готовы», - заявил египетский президент.",
            "ru",
            [("Мы", "Мухаммед Мурси")],
        ),
        (
            "Ольга Андреева встретилась с Иваном Петровым. «Все просто», - отметила она.",
            "ru",
            [("Все", "Ольга Андреева")],
        ),
        (
            "Jens Stoltenberg träffade Sergej Lavrov.\n– Vi är redo, sade norrmannen.",
            "sv",
            [("Vi", "Jens Stoltenberg")],
        ),
        (
            "Magdalena Andersson mötte Ulf Kristersson. ”Vi är redo”, sade hon.",
            "sv",
            [("Vi", "Magdalena Andersson")],
        ),
    ],
)
def test_the_verb_of_saying_decides_who_spoke(text, lang, expected):
    assert pairs(text, lang) == expected


# cause 7: a name inside the quote is never its speaker
@pytest.mark.parametrize(
    "text, lang",
    [
        ('"Obviously we all want Mike Mills to get better," he said.', "en"),
        ('"If Stewart Downing keeps playing like this, he will go far," he added.', "en"),
        ("„Angela Merkel hat recht“, sagte er.", "de"),
        ('"Andrés Manuel López Obrador es un buen hombre", dijo.', "es"),
        ("«Мы очень рады, что к нам присоединился Денис Суарес», - сказал он.", "ru"),
        ("– Jens Stoltenberg har rätt, sade hon.", "sv"),
    ],
)
def test_a_name_inside_the_quote_is_not_its_speaker(text, lang):
    named = {"Mike Mills", "Stewart Downing", "Angela Merkel", "Andrés Manuel López Obrador",
             "Денис Суарес", "Jens Stoltenberg"}  # fmt: skip
    assert not named & set(extract(text, lang, REGISTRY).speakers)


# cause 9: role and colon attributions; German direct speech without marks, not reported speech
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Wien – Helga Krismer ist sauer. Das ist ein Wahnsinn, sagt Krismer. Seit 2003 wird "
            "uns versprochen, dass sich etwas ändert.",
            "de",
            [("Das", "Helga Krismer"), ("Seit", "Helga Krismer")],
        ),
        (
            "Wien – Der Fall ist klar, sagte der Anwalt Dieter Böhmdorfer.",
            "de",
            [("Der", "Dieter Böhmdorfer")],
        ),
        ("Wien – Die Lage sei ernst, sagte Innenminister Karl Nehammer.", "de", []),
        ("Wien – Man habe alles versucht, so Karl Nehammer.", "de", []),
        (
            "Bundeskanzler Werner Faymann sprach in der Pressestunde. Es sei viel zu tun, "
            "betonte der Kanzler: Wir haben die Außengrenzen nicht gesichert.",
            "de",
            [("Wir", "Werner Faymann")],
        ),
        (
            'Christoph Leitl, Präsident der Kammer, zur Frage: "Das ist reine Spekulation."',
            "de",
            [("Das", "Christoph Leitl")],
        ),
        (
            "Wien – Zur Frage, ob Bulgarien Hilfe braucht, sagte Daniel Mitrow, dies sei "
            "nicht der Fall.",
            "de",
            [],
        ),
        (
            'Roger Federer gewann. "Ich habe einen guten Lauf", meinte der 33-Jährige.',
            "de",
            [("Ich", "Roger Federer")],
        ),
        (
            'La cantante Lorena Herrera narró lo ocurrido. "Fue de terror", escribió la cantante.',
            "es",
            [("Fue", "Lorena Herrera")],
        ),
        (
            'Xóchitl Gutiérrez, líder de la asociación, habló. Resaltó: "Muchos nos critican".',
            "es",
            [("Muchos", "Xóchitl Gutiérrez")],
        ),
        (
            'London mayor Ken Livingstone met a reporter. Mr Finegold replies: "No, I\'m Jewish." '
            'The mayor then says: "Ah right."',
            "en",
            [("No,", "Finegold"), ("Ah", "Ken Livingstone")],
        ),
        (
            "Der Verein steht gut da. Neue Ziele Wir wollen jetzt mehr, sagte Trainer "
            "Peter Stöger.",
            "de",
            [("Wir", "Peter Stöger")],
        ),
        (
            "Am 13. Dezember gewann Rapid. Das war verdient, sagte Trainer Peter Stöger.",
            "de",
            [("Das", "Peter Stöger")],
        ),
        (
            "Magdalena Andersson talade i riksdagen. Hon sade: ”Vi ska göra allt vi kan”.",
            "sv",
            [("Vi", "Magdalena Andersson")],
        ),
    ],
)
def test_role_colon_and_unmarked_attributions(text, lang, expected):
    assert pairs(text, lang) == expected


def test_he_said_after_an_anonymous_source_is_nobody():
    text = (
        'Mills could "hardly stand up", said an REM spokesman. The band\'s spokesman said that '
        'they would review their dates. "Obviously we all want Mike to get better," he said.'
    )
    assert extract(text, "en", REGISTRY).speakers == ()


def test_reported_speech_before_a_quote_gives_its_speaker():
    text = (
        "Prime Minister Yulia Tymoshenko said prosecutors had drawn up a list of firms. "
        '"We will return to the state what was illegally put into private hands."'
    )
    assert pairs(text, "en") == [("We", "Yulia Tymoshenko")]


def test_statements_continued_after_a_closing_mark_keep_their_speaker():
    text = (
        'After the win, Steve McClaren said: "We are playing exciting football, it is a '
        'magnificent result. "But how well we do depends on the squad. "Once we got the third '
        'goal it should have been four."'
    )
    assert pairs(text, "en") == [
        ("We", "Steve McClaren"),
        ("But", "Steve McClaren"),
        ("Once", "Steve McClaren"),
    ]


# cause 9: compound tenses, pro-drop and descriptions that point back to the person of the story
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "El alcalde de Alcoi, Toni Francés, habló ayer. Aunque espera celebrarlas, ha "
            "recordado en rueda de prensa “nadie tiene ninguna garantía”.",
            "es",
            [("nadie", "Toni Francés")],
        ),
        (
            "El candidato presidencial, José Antonio Meade, anticipó su derrota.\n"
            "El político comentó que la campaña ha sido su mayor reto.\n"
            '"Le deseo mucho éxito al nuevo gobierno", añadió.',
            "es",
            [("Le", "José Antonio Meade")],
        ),
        (
            "Der Trainer Zoran Barisic war zufrieden. „Wir haben gut gespielt“, sagte der Wiener.",
            "de",
            [("Wir", "Zoran Barisic")],
        ),
        (
            'Labour leader Anna Berg spoke on Monday.\n"We are ready," the politician said.',
            "en",
            [("We", "Anna Berg")],
        ),
        (
            "Partiledaren Anna Berg talade i dag. ”Vi är redo”, sade politikern.",
            "sv",
            [("Vi", "Anna Berg")],
        ),
        (
            "Как пояснил Калинкин, зацеперы показывают, чем это кончается.\n"
            "«Это очень эффективная профилактика», — добавил он.",
            "ru",
            [("Это", "Калинкин")],
        ),
        (
            "Премьер Борис Джонсон выступил. В свою очередь министр внутренних дел Прити Пател "
            "заявила о планах.\n«Ключевой частью станет новый путь», — заметила глава МВД.",
            "ru",
            [("Ключевой", "Прити Пател")],
        ),
    ],
)
def test_compound_tenses_and_descriptions_find_the_speaker(text, lang, expected):
    assert pairs(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ('"We will act," the spokesman said.', "en"),
        ("„Wir handeln“, sagte der Sprecher.", "de"),
        ('"Actuaremos", dijo el portavoz de la empresa.', "es"),
        ("”Vi agerar”, sade en talesperson.", "sv"),
    ],
)
def test_a_source_described_but_never_named_is_nobody(text, lang):
    assert extract(text, lang, REGISTRY).speakers == ()
