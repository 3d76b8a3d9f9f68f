"""Names apart from titles, roles, case forms, German nouns, organisations and outlets."""

import pytest

from indexer.quotes import extract
from indexer.quotes.names import find_mentions, russian_nominative
from indexer.quotes.verbs import say_words
from tests.support.quotes import REGISTRY


def speakers(text, lang):
    return extract(text, lang, REGISTRY).speakers


def people(text, lang):
    return [m.name for m in find_mentions(text, REGISTRY, lang, say_words(lang))]


# cause 3: titles, roles and case forms glued to names; surnames joined to the full name
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ('"It was a serious matter," said Liberal Democrat David Laws.', "en", ("David Laws",)),
        ('"We lost," said Bolton boss Sam Allardyce.', "en", ("Sam Allardyce",)),
        (
            "Das ist ein Wahnsinn, sagt ÖVP-Klubsprecher Eberhard Blumenthal.",
            "de",
            ("Eberhard Blumenthal",),
        ),  # noqa: E501
        ("Wir sind bereit, sagte Innenminister Karl Erjavec.", "de", ("Karl Erjavec",)),
        ("Das war knapp, sagte Kapitän Marco Reus.", "de", ("Marco Reus",)),
        ("«Estamos listos», dijo el ministro Pedro Sánchez.", "es", ("Pedro Sánchez",)),
        ("– Vi är redo, sade statsminister Magdalena Andersson.", "sv", ("Magdalena Andersson",)),
        ("«Все хорошо», - сказал заместитель министра Андрей Бусыгин.", "ru", ("Андрей Бусыгин",)),
        ("«Все хорошо», - пояснил Андрею Бусыгину Иван Петров.", "ru", ("Иван Петров",)),
        (
            "Об этом сообщил заместитель министра Андрей Бусыгин. «Все хорошо», - пояснил Бусыгин.",
            "ru",
            ("Андрей Бусыгин",),
        ),
        (
            'Interior Minister Angelino Alfano met the press. "We will act," Alfano said.',
            "en",
            ("Angelino Alfano",),
        ),
        (
            'Andrés Manuel López Obrador ganó. "Vamos bien", dijo López Obrador.',
            "es",
            ("Andrés Manuel López Obrador",),
        ),
        ('"This is the end," said Lord Falconer.', "en", ("Lord Falconer",)),
        (
            "Die Lage ist ruhig, so Geschäftsführer Bernhard Jungwirth.",
            "de",
            ("Bernhard Jungwirth",),
        ),
        (
            "Die Lage ist ruhig, so Polizeisprecher Fritz Grundnig Dienstagabend.",
            "de",
            ("Fritz Grundnig",),
        ),
        (
            "Ich sehe kein Problem, sagte Villeneigentümer Heinrich Schuster.",
            "de",
            ("Heinrich Schuster",),
        ),
        (
            "Betroffen ist der Österreicher Bernhard Mayer. Das erste Mail kam am 25. Juli, "
            "erzählt Mayer dem STANDARD.",
            "de",
            ("Bernhard Mayer",),
        ),
        (
            "El director de la fundación, Jimmy Wales, habló. Jimmy señaló que el dinero "
            '"solo era simbólico" y nada más.',
            "es",
            ("Jimmy Wales",),
        ),
        ('"We will not give up," said President Bashar al-Assad.', "en", ("Bashar al-Assad",)),
        ("– Vi ger inte upp, sade Valéry Giscard d'Estaing.", "sv", ("Valéry Giscard d'Estaing",)),
        (
            "«Мы готовы», — заявил, в частности, один из организаторов — президент Европейского "
            "еврейского конгресса Вячеслав Кантор.",
            "ru",
            ("Вячеслав Кантор",),
        ),
        (
            '"We are ready," said Anna Berg.\nMeanwhile, in other news, nothing.\n'
            'Te puede interesar Lolita de la Vega gana demanda\n"No hay nada," dijo.',
            "es",
            ("Anna Berg",),
        ),
    ],
)
def test_titles_roles_and_case_forms_are_not_part_of_the_name(text, lang, expected):
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        (["Андрея", "Бусыгина"], ["Андрей", "Бусыгин"]),
        (["Ольги", "Андреевой"], ["Ольга", "Андреева"]),
        (["Сергеем", "Семаком"], ["Сергей", "Семак"]),
        (["Дмитрию", "Пескову"], ["Дмитрий", "Песков"]),
        (["Владимира", "Владимировича", "Путина"], ["Владимир", "Владимирович", "Путин"]),
        (["Марио", "Бенитес"], ["Марио", "Бенитес"]),  # not a Russian given name: unchanged
    ],
)
def test_russian_names_come_in_the_nominative(words, expected):
    assert russian_nominative(words) == expected


# cause 4: capitalised German nouns are not first names
@pytest.mark.parametrize(
    "text",
    [
        "Die Nationalgarde holte Menschen von Dächern. Es war knapp, sagte ein Helfer.",
        "Polizei und Feuerwehr gelang es, Dutzende Menschen zu retten.",
        "Brasiliens Teamkicker Neymar fehlt. Das Spiel beginnt um acht.",
        "Die Hoffnung Europas ruht auf dem Gipfel.",
    ],
)
def test_german_nouns_are_not_people(text):
    assert not [
        p
        for p in people(text, "de")
        if p.split()[0]
        in ("Menschen", "Dächern", "Dutzende", "Brasiliens", "Teamkicker", "Hoffnung")
    ]  # noqa: E501


# cause 5: organisations, outlets, agencies and anonymous sources are never speakers
@pytest.mark.parametrize(
    "text, lang",
    [
        ('"Profits will rise," Medical Graphics Corp said.', "en"),
        ('"Profits will rise," Morgan Stanley said in a note.', "en"),
        ('"The talks were useful," Interfax reported.', "en"),
        ('"We are ready," he told Bloomberg.', "en"),
        ('"Prices will fall," the company said.', "en"),
        ('"Prices will fall," a Samsung official said.', "en"),
        ('"Prices will fall," analysts said.', "en"),
        ('"We are ready," Fiat said.', "en"),
        ('"Sales rose," said Smith Barney Harris Upham and Co.', "en"),
        ("„Wir sind bereit“, sagte ein Sprecher der Bank.", "de"),
        ("Das ist für uns kein Gewinn, sagte ein AUA-Sprecher zur APA.", "de"),
        ('"Estamos listos", informó la empresa.', "es"),
        ('"Esto no es verdad", aseguró un portavoz.', "es"),
        ("«Мы готовы», - говорится в сообщении.", "ru"),
        ("«Мы готовы», - сообщили в пресс-службе компании.", "ru"),
        ("”Vi är redo”, skriver TT.", "sv"),
        (
            'First Interstate Bancorp grew. "We are ready," he said. He added, however, '
            'First Interstate, at the moment, leads. "It is tough," he said.',
            "en",
        ),
        ('"Is he going to stay? He would not," said one.', "en"),
        ('"No se va a quedar", dijo uno de ellos.', "es"),
        ("„Er bleibt nicht“, sagte einer der Teilnehmer.", "de"),
        ("«Он не останется», — сказал один из участников.", "ru"),
        ("”Han stannar inte”, sade en av deltagarna.", "sv"),
        ("Die Folgen wären spürbar, sagte Österreichs Wirtschaftsdelegierter in London.", "de"),
        (
            "Bettina Bussmann über Werte. STANDARD: Interpretiere ich Sie richtig, wäre Ihnen "
            "das wichtiger?",
            "de",
        ),
        (
            "«Мы готовы», — сказал президент Европейского еврейского конгресса.",
            "ru",
        ),
    ],
)
def test_organisations_outlets_and_anonymous_sources_are_not_speakers(text, lang):
    assert speakers(text, lang) == ()


def test_a_bare_surname_is_a_registered_person_only_when_the_article_names_them():
    assert speakers('"Rates will fall," Smith said.', "en") == ()
    text = 'Julianne Smith arrived. "Rates will fall," Smith said.'
    assert speakers(text, "en") == ("Julianne Smith",)


def test_people_yaml_aliases_still_stand_alone():
    assert speakers('"We are ready," Stoltenberg said.', "en") == ("Jens Stoltenberg",)


# cause 3/4: the given names of many countries start a name; surnames, places and words do not
@pytest.mark.parametrize(
    "word", ["Bernhard", "Jörg", "Núria", "Holger", "Agnieszka", "Gunnar", "Аркадий", "Göran"]
)
def test_given_names_of_many_countries_are_known(word):
    from indexer.quotes.lexicon import is_given

    assert is_given(word)


@pytest.mark.parametrize(
    "word",
    [
        "smith",  # a surname that one country's list gives as a first name
        "williams",
        "france",  # a place
        "paz",  # a word: "paz", peace
        "mark",  # a German noun: "die Mark"
    ],
)
def test_the_list_of_world_given_names_leaves_out_surnames_places_and_words(word):
    from indexer.quotes.wordlists import word_list

    assert not any(word in word_list("world_names", g) for g in ("male", "female", "either"))
