"""Verbs of saying, pronouns and source markers per language, compiled once at import.

>>> bool(verb_pattern("sv").search("..., sade Stoltenberg."))
True
"""

from __future__ import annotations

import re

__all__ = [
    "CONJUNCTIONS",
    "IMPERSONAL_VERBS",
    "LISTENER_VERBS",
    "NONPERSON_HEADS",
    "PRONOUNS",
    "QUOTING_VERBS",
    "ZERO_SUBJECT_FOLLOWERS",
    "pronoun_pattern",
    "find_verbs",
    "german_speech",
    "say_words",
    "source_pattern",
    "verb_pattern",
]

_VERBS: dict[str, str] = {
    "en": """said says say told tells added adds stressed stresses noted notes warned warns argued
        argues explained explains insisted insists declared declares stated states asked asks
        replied replies responded answered admitted admits conceded concedes acknowledged claimed
        claims wrote writes tweeted announced commented remarked recalled recalls emphasised
        emphasized underlined underscored continued concluded confirmed suggested urged cautioned
        complained predicted promised vowed reiterated repeated saying adding warning noting
        stressing telling insisting arguing explaining declaring observed quipped joked boasted
        countered contended maintained agreed called calls described describes accused dubbed
        branded labelled labeled praised lauded hailed criticised criticized revealed disclosed
        reported estimated forecast pledged mused blamed blames demanded demands""",
    "sv": """sade sa säger sagt berättade berättar fastslog fastslår betonade betonar meddelade
        meddelar framhöll framhåller påpekade påpekar
        skrev skriver förklarade förklarar konstaterade
        konstaterar svarade svarar tillade tillägger underströk understryker menade menar hävdade
        uppgav uppger varnade varnar sägs citerar citerade""",
    "de": """sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint warnte warnt
        fügte ergänzte ergänzt kritisierte kritisiert forderte fordert schrieb schreibt berichtete
        räumte bestätigte bestätigt unterstrich versicherte versichert stellte gab sprach
        erläuterte erläutert versprach verspricht gestand gesteht scherzte ärgerte freute wehrte
        zeigte hofft hoffte weiß bekräftigte bekräftigt beteuerte beteuert präzisierte resümierte
        bilanzierte befand urteilte kommentierte konterte entgegnete antwortete fragte mahnte
        appellierte verwies lobte rief glaubt findet kündigte erinnerte erinnert fordert
        erzählt erzählte berichtet schildert schilderte beschreibt beschrieb ergänzten fügt räumt
        teilte teilt verkündete verkündet bemerkte bemerkt resümiert bilanziert analysiert
        analysierte argumentiert argumentierte begründet begründete erwidert erwiderte entgegnet
        antwortet fragt mahnt verweist lobt ruft spricht unterstreicht bekennt bekannte verriet
        verrät schwärmt schwärmte klagt klagte beklagt beklagte warnten betonten meinten
        kritisierten twitterte empfiehlt empfahl gibt zitiert zitierte verdeutlichte verdeutlicht
        dementierte dementiert widersprach widerspricht""",
    "es": """dijo dice afirmó afirma señaló señala declaró declara explicó explica aseguró asegura
        añadió añade agregó agrega indicó indica manifestó sostuvo sostiene subrayó destacó
        destaca advirtió advierte comentó expresó apuntó insistió reconoció respondió precisó
        informó anunció mencionó denunció criticó recalcó enfatizó puntualizó concluyó escribió
        aseveró refirió relató contó narró lamentó expuso aclaró sentenció remarcó reiteró admitió
        confesó reveló acotó abundó planteó consideró opinó detalló externó recordó preguntó
        contestó exclamó agradeció celebró alertó cuestionó argumentó sugirió insiste relata
        cuenta recuerda comenta aclara reconoce considera opina detalla asevera apunta subraya
        expresa manifiesta precisa puntualiza concluye escribe publicó tuiteó posteó resaltó resalta
        menciona asegura avanzó adelantó prosiguió continuó reclamó exigió pidió propuso prometió
        estimó calificó justificó negó rechazó defendió acusó remató finalizó explicaba decía
        define definió describe describió califica tildó tilda habló
        dicho afirmado señalado declarado explicado asegurado añadido agregado indicado
        manifestado sostenido subrayado destacado advertido comentado expresado apuntado
        insistido reconocido respondido precisado anunciado mencionado denunciado criticado
        recalcado enfatizado puntualizado concluido aseverado relatado lamentado aclarado
        remarcado reiterado admitido confesado revelado recordado detallado cree creía piensa
        avisa avisó citó
        diciendo afirmando señalando asegurando explicando añadiendo agregando indicando
        declarando advirtiendo recordando subrayando destacando insistiendo comentando
        manifestando expresando apuntando aclarando reconociendo precisando sosteniendo""",
    "fr": """déclaré dit affirmé affirme expliqué explique ajouté ajoute souligné souligne indiqué
        indique assuré assure estimé estime précisé précise averti martelé insisté reconnu répondu
        déclare écrit""",
    "ru": """сказал сказала сказали заявил заявила заявили отметил отметила отметили подчеркнул
        подчеркнула добавил добавила сообщил сообщила сообщили пояснил пояснила говорит говорил
        говорила заметил заметила признал признала ответил ответила напомнил напомнила указал
        указала рассказал рассказала написал написала предупредил предупредила уточнил уточнила
        констатировал объяснил объяснила сообщает передает прокомментировал прокомментировала
        заверил заверила добавляет отмечает подчеркивает уточняет заявляет говорится сообщается
        отмечается указывается приводятся пишет поделился поделилась подытожил резюмировал
        считает полагает уверен уверена убежден убеждена признался призналась рассказывает
        объясняет вспоминает вспоминал вспоминала предположил предположила заключил заключила
        продолжил продолжила возмутился возмутилась пожаловался пожаловалась цитирует
        цитировал цитировала цитируют приводит приводят назвал назвала назвали
        охарактеризовал охарактеризовала
        заявив отметив подчеркнув добавив пояснив сказав уточнив напомнив""",
}
#: Spanish preterites whose accent the text lost ("declaro", "señalo") are verbs of saying too,
#: except those spelled like a noun or an adjective ("anuncio", "relato", "preciso")
_HOMOGRAPHS_ES = frozenset(
    """anuncio rechazo reclamo relato lamento expreso publico critico aviso adelanto continuo
    planteo externo preciso argumento""".split()
)
_VERBS["es"] += " " + " ".join(
    w[:-1] + "o"
    for w in _VERBS["es"].split()
    if w.endswith("ó") and w[:-1] + "o" not in _HOMOGRAPHS_ES
)
#: the present of each verb of saying in -ar, from its preterite ("planteó" -> "plantea",
#: "argumentó" -> "argumenta"), but for the nouns and adjectives spelled like one ("la
#: pregunta", "una cita", "la alerta", "vía pública")
_PRESENT_HOMOGRAPHS_ES = frozenset(
    "cita pregunta alerta critica externa continua publica estima conta nega confesa recorda "
    "manifesta habla".split()
)
_VERBS["es"] += " " + " ".join(
    w[:-1] + "a"
    for w in _VERBS["es"].split()
    if w.endswith("ó")
    and not w.endswith(("ió", "yó"))
    and w[:-1] + "a" not in _PRESENT_HOMOGRAPHS_ES
)
#: the imperfect of each regular verb of saying, from its participle ("advertido" ->
#: "advertía", "señalado" -> "señalaba"): "…", advertía su directora
_VERBS["es"] += " " + " ".join(
    w[:-3] + ("aba" if w.endswith("ado") else "ía")
    for w in _VERBS["es"].split()
    if w.endswith(("ado", "ido"))
)

_PHRASES: dict[str, str] = {
    "en": r"made\s+it\s+(?:plain|clear)|pointed\s+out|points\s+out|went\s+on",
    "de": r"so",
    "fr": r"a(?:-t-(?:il|elle))?\s+(?:déclaré|dit|affirmé|expliqué|ajouté|souligné|indiqué|assuré"
    r"|estimé|précisé|averti|martelé|insisté|reconnu|répondu)|(?:ajoute|explique|déclare|"
    r"souligne|précise|assure|estime)-t-(?:il|elle)",
}
_PRONOUNS: dict[str, str] = {
    "he": "m",
    "she": "f",
    "han": "m",
    "hon": "f",
    "er": "m",
    "él": "m",
    "ella": "f",
    "il": "m",
    "elle": "f",
    "он": "m",
    "она": "f",
}
PRONOUNS = _PRONOUNS
#: words that may open an attribution clause but never its subject
CONJUNCTIONS = frozenset(
    "but and yet however men och aber und doch pero y sino mais et но и а однако".split()
)
#: words that may follow a bare verb of saying whose subject is left out ("añadió en", "сказал в")
ZERO_SUBJECT_FOLLOWERS = frozenset(
    """en a al in at on to durante después tras ante ayer hoy este esta también además luego con
    im am bei vor nach gegenüber zuvor jetzt weiters lediglich dazu auch när i på efter в на после
    во при из у с по журналистам""".split()
)
_SOURCES = (
    r"according\s+to|for|per|enligt|laut|según|para|de\s+acuerdo\s+(?:a|con)|selon|pour|d'après|"
    r"по\s+словам|по\s+мнению|in\s+the\s+words\s+of|en\s+palabras\s+del?|"
    r"nach\s+(?:den\s+)?worten\s+(?:von|des|der)|со\s+слов"
)

_LANGS = tuple(_VERBS)


def _trie(words: list[str]) -> str:
    """One regex for many words, shared prefixes factored out (several times faster to scan).

    >>> _trie(["said", "says", "sagte"])
    'sa(?:gte|id|ys)'
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(root)


def _compile_verbs(langs: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    words = sorted({w.lower() for lang in langs for w in _VERBS[lang].split()})
    phrases = [_PHRASES[lang] for lang in langs if lang in _PHRASES]
    alternatives = "|".join([*phrases, _trie(words)])
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)


_BY_LANG: dict[str, re.Pattern[str]] = {
    lang: _compile_verbs(tuple(dict.fromkeys((lang, "en")))) for lang in _LANGS
}
_ANY = _compile_verbs(tuple(lang for lang in _LANGS if lang != "de"))
#: the same patterns without IGNORECASE, for text already in lower case (several times faster)
_LOWER: dict[str, re.Pattern[str]] = {
    lang: _compile_verbs(tuple(dict.fromkeys((lang, "en"))), 0) for lang in _LANGS
}
_LOWER_ANY = _compile_verbs(tuple(lang for lang in _LANGS if lang != "de"), 0)


def find_verbs(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of every verb of saying in ``text``, in order (one fast scan).

    >>> find_verbs("“Yes,” Anna SAID.", "en")
    [(12, 16)]
    """
    low = text.lower()
    if len(low) != len(text):  # a rare letter whose lower case is longer: scan the text itself
        found = [m.span() for m in verb_pattern(language).finditer(text)]
    else:
        found = [m.span() for m in _LOWER.get(language, _LOWER_ANY).finditer(low)]
    if language == "es" and len(low) == len(text):
        infinitives = [
            m.span()
            for m in _ES_INFINITIVES.finditer(low)
            if not m.start() or not (low[m.start() - 1].isalnum() or low[m.start() - 1] in "_-")
        ]
        if infinitives:
            return sorted(found + infinitives)
    return found


#: "al afirmar que …", "tras admitir que …": a Spanish infinitive of saying after "al" or
#: "tras" says what the subject of its sentence said (scanned on its own, so that the main
#: pattern keeps its fast scan)
_ES_INFINITIVES = re.compile(  # on lower-case text; the word before is checked by hand
    r"(?:al|tras)\s+(?:afirmar|decir|señalar|asegurar|declarar|admitir|reconocer"
    r"|explicar|advertir|indicar|aclarar|confesar|comentar|expresar|manifestar|sostener"
    r"|subrayar|destacar|insistir|denunciar)(?![\w-])"
)


_PRONOUN_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_PRONOUNS) + r")(?![\w-])", re.IGNORECASE)
_SOURCE_RE = re.compile(rf"(?<![\w-])(?:{_SOURCES})\s+", re.IGNORECASE)
_ZUFOLGE_RE = re.compile(r"\s+zufolge\b", re.IGNORECASE)


#: verbs without a speaker: "говорится в сообщении", "heißt es"
IMPERSONAL_VERBS = frozenset("говорится сообщается отмечается указывается heißt hieß".split())
#: verbs whose object is the speaker, their subject the outlet: "— цитирует ТАСС Петрова"
QUOTING_VERBS = frozenset(
    """цитирует цитировал цитировала цитируют приводит приводят zitiert zitierte citó citerar
    citerade""".split()
)
#: verbs whose object is the listener, never the speaker ("told Bloomberg", "told reporters")
LISTENER_VERBS = frozenset("told tells tell telling informed".split())
#: heads of descriptions that are never one person: outlets, organisations, documents, groups
NONPERSON_HEADS = frozenset(
    """paper newspaper magazine daily weekly agency company firm group bank board government
    ministry department office statement report survey study note letter filing release document
    petition memo memorandum text
    union party committee council commission court police army website site network channel
    station broadcaster officials analysts dealers traders economists sources experts observers
    judges authorities organisers organizers researchers scientists investors people residents
    zeitung blatt behörde polizei regierung ministerium konzern unternehmen firma gruppe partei
    aussendung mitteilung erklärung bericht agentur sender studie schreiben brief dokument
    empresa compañía diario periódico revista agencia gobierno ministerio secretaría partido
    comunicado informe cadena policía autoridades petición memorándum memorando documento texto
    escrito carta nota declaración estudio encuesta
    rapporten uttalandet skrivelsen brevet dokumentet namninsamlingen
    газета издание агентство ведомство министерство правительство компания пресс-служба
    сообщение пресс-релиз релиз телеканал канал служба мэрия администрация""".split()
)
_SAY_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(w.casefold() for w in _VERBS[lang].split() + _VERBS["en"].split())
    for lang in _VERBS
}
_SAY_WORDS["de"] |= {"so"}  # "…, so Vučić."
_SAY_ANY = frozenset(w.casefold() for lang in _VERBS for w in _VERBS[lang].split())


def say_words(language: str) -> frozenset[str]:
    """Single-word verbs of saying of a language (and English), casefolded, as a set."""
    return _SAY_WORDS.get(language, _SAY_ANY)


#: German verbs of saying whose separable particle decides what they mean ("gab zu" admitted,
#: "gab aus" issued): the particles that keep them verbs of saying
_PARTICLES_OF = {
    "gab": "zu an bekannt preis vor",
    "gibt": "zu an bekannt preis vor",
    "stellte": "klar fest dar",
    "fügte": "hinzu an",
    "fügt": "hinzu an",
    "räumte": "ein",
    "räumt": "ein",
    "teilte": "mit",
    "teilt": "mit",
    "kündigte": "an",
    "rief": "auf zu",
    "ruft": "auf zu",
}
_SEPARABLE = frozenset(
    """ab an auf aus bei dar ein fest fort her hin hinzu los mit nach vor weg zu zurück
    zusammen bekannt klar frei preis wieder""".split()
)
_PARTICLES_OF_SET = {verb: frozenset(allowed.split()) for verb, allowed in _PARTICLES_OF.items()}
#: the auxiliary of the German passive, before or after the participle: "wurden bestätigt",
#: "erklärt worden"
_PASSIVE = frozenset("wird werden wurde wurden worden".split())
_CLAUSE = re.compile(r"[,.;:!?\n]|\s[–—-]\s|\sdass\s")
#: how far a clause after the verb is read for its particle: text with no punctuation for longer
#: is no clause, and each verb of it would otherwise read the rest of the text again
_CLAUSE_REACH = 400
_WORDS = re.compile(r"[^\W\d_]+")


def german_speech(text: str, start: int, end: int) -> bool:
    """Whether the German verb at ``text[start:end]`` says something here: not a participle of
    the passive ("Die Listen wurden bestätigt"), not a separable verb whose particle makes it
    something else ("gab … ein Motto aus").

    >>> text = "Griss gab ein Motto aus: Ehrlich. Die Listen wurden bestätigt."
    >>> german_speech(text, 6, 9), german_speech(text, 53, 62)
    (False, False)
    >>> german_speech("Das gab er zu: Ja.", 4, 7)
    True
    >>> german_speech("Wir warten nicht, bis es die ersten Toten gibt.", 42, 46)
    False
    """
    verb = text[start:end].lower()
    stop = _CLAUSE.search(text, end, end + _CLAUSE_REACH)
    clause_end = stop.start() if stop else min(len(text), end + _CLAUSE_REACH)
    after = _WORDS.findall(text, end, clause_end)
    if after[:1] and after[0].lower() in _PASSIVE:
        return False
    if verb in ("gibt", "gab") and after[:1] == ["es"]:
        return False  # "…, gibt es einen Ersatzverkehr": there is, nobody says
    cut = _CLAUSE_BEFORE.search(text[max(0, start - 60) : start])
    before = _WORDS.findall(text, max(0, start - 60) + (cut.end() if cut else 0), start)
    if any(w.lower() in _PASSIVE for w in before[-3:]):
        return False
    if verb in ("gibt", "gab") and "es" in (w.lower() for w in before):
        return False  # "…, bis es die ersten Toten gibt": there is, at the end of its clause
    allowed = _PARTICLES_OF_SET.get(verb)
    if allowed is None or not after:
        return True
    last = after[-1].lower()
    return last not in _SEPARABLE or last in allowed


_CLAUSE_BEFORE = re.compile(r"(?s:.*)(?:[,.;:!?\n]|\s[–—-]\s)")


def verb_pattern(language: str) -> re.Pattern[str]:
    """The compiled verb-of-saying pattern for a language (its verbs plus English ones).

    Unknown languages get every language's verbs except the German particle "so".
    """
    return _BY_LANG.get(language, _ANY)


def pronoun_pattern() -> re.Pattern[str]:
    """Third-person singular subject pronouns of every supported language."""
    return _PRONOUN_RE


def source_pattern() -> re.Pattern[str]:
    """Source markers that introduce a speaker: "according to", "laut", "según", "по словам"."""
    return _SOURCE_RE


def zufolge_pattern() -> re.Pattern[str]:
    """The German postposition of sources: "Katzian zufolge"."""
    return _ZUFOLGE_RE
