"""Word lists that tell a person's name from a title, a role, an organisation or an outlet.

Everything is casefolded; lookups go through the small functions at the bottom.

>>> given_gender("Olga"), given_gender("Андрея"), given_gender("Brussels")
('f', 'm', '')
>>> is_role_word("Innenminister"), is_role_word("ÖVP-Klubsprecherin"), is_role_word("Wien")
(True, True, False)
>>> is_org_word("Corp"), is_org_word("Bloomberg"), is_org_word("Gollust")
(True, True, False)
"""

from __future__ import annotations

import functools
import re
import unicodedata

from indexer.quotes import census_names, world_names

__all__ = [
    "DETERMINERS",
    "INDEFINITE",
    "PARTICLES",
    "PARTICLES_AFTER_VON",
    "PREPOSITIONS",
    "given_gender",
    "is_given",
    "is_org_name",
    "is_org_word",
    "is_role_word",
    "is_stop",
    "is_title",
    "plain",
]

_MALE = """
aaron abdul abdullah abraham adam adolf adrian ahmad ahmed akira al alain alan alastair albert
alberto albrecht alejandro aleksandr aleksei aleksey alessandro alex alexander alexandr
alexandre alexei alexey alfonso alfred alfredo ali allan alonso alvaro álvaro amir anatoly
anders andré andre andrea andreas andrei andrés andrew andrey andy angel ángel angelo anthony
antoine anton antonio antony arnold arthur arturo ashley augusto axel barack barry bart bashar
ben benjamin benito bernard bernardo bernd bill billy björn bob bobby boris brad bradley brendan
brian bruce bruno bryan carl carlo carlos cesar césar charles charlie chris christian christoph
christophe christopher claude claudio clive colin craig cristian dale damian damien dan daniel
danny dario darío dave david dean denis dennis derek diego dieter dimitri dmitri dmitrii dmitriy
dmitry domingo dominic dominique don donald douglas duncan dwight eddie edgar eduardo edward
edwin egon elias emil emilio emmanuel enrique erich erik ernesto ernst erwin esteban eugene
evgeny fabian fabio federico felipe felix félix ferdinand fernando filip florian francesco
francis francisco franco françois frank franz fred frederick friedrich fritz gabriel gareth gary
gavin gene geoff geoffrey george georg gérard gerald gerhard gerry giorgio giovanni giuseppe
glenn gonzalo gordon graham greg gregory guido guillermo günter günther gustavo guy hamid hank
hans harald harold harry hassan heinrich heinz helmut helmuth henri henrik henry herbert hermann
hernán horst howard hugh hugo humberto ian ibrahim igor ignacio ilya ivan iván jack jacob
jacques jaime jake james jamie jan jason javier jay jean jeff jeffrey jens jeremy jerome jerry
jesús jim jimmy joachim joaquín joe joel johan johannes john johnny jon jonas jonathan jordi
jorge josé jose josef joseph joshua juan julian julián julio jürgen justin karl keith ken
kenneth kevin khalid kim kirill klaus konrad konstantin kurt kyle lars laurent lawrence leo leon
leonard leonardo leonid leopold lewis lionel lorenzo louis luc luca lucas ludwig luigi luis luiz
lukas luke malcolm manfred manuel marc marcel marcelo marco marcos marcus mario mark markus
martin martín mathias matt matteo matthew matthias maurice mauricio max maxim maximilian michael
michel miguel mikhail mike milan mohamed mohammad mohammed muhammad nathan neil nicholas nick
nicolas nicolás niels nigel nikita nikolai nikolaus nils noah norbert norman olaf oleg oliver
omar óscar oscar oskar otto owen pablo paolo pascal patrick paul paulo pavel pedro per peter
philip philipp philippe pierre pietro piotr rafael rafa raffaele ralf ralph ramón ramon randy
raphael raúl raul ray raymond reinhard reinhold remy rené rene ricardo riccardo richard rick
ricky robert roberto robin rodolfo rodrigo roger roland rolf roman ron ronald rudolf rudi rupert
russell ryan said salvador sam samuel sandro santiago sascha scott sean sebastian sebastián
sergei sergey sergio serge shane sigmar simon simone søren stan stanislav stefan stéphane
stephen steve steven stewart stuart sven thierry thomas tim timothy tobias todd tom tomás tommy
tony torsten uwe valentin valery vasily viktor victor vicente vincent vincenzo vitaly vladimir
vladislav walter wayne werner wilhelm will william wolfgang xavier yannick yasser yevgeny
youssef yuri yury andrej bogdan dragan goran jovan marko milan milos miloš nenad nikola predrag
slobodan vojislav zlatko zdravko janez borut aleš miroslav jaroslav václav jiří tomáš lech jerzy
krzysztof tadeusz wojciech zbigniew andrzej grzegorz jacek lajos viktor gyula péter imre istván
zsolt ferenc recep ahmet mehmet mustafa kemal ali emre hussein hosni mahmoud mahmud abdel
abdullah nabil nasser salman fahd faisal hamad khalifa tariq sami rami karim yitzhak shimon
benjamin ehud ariel moshe avigdor naftali yair benny gideon hiroshi takeshi shinzo junichiro
yoshihiko taro kenji yasuhiro naoto toshiki ichiro masahiro kazuo noboru satoshi narendra rahul
manmohan sonia atal lal raj sanjay amit ravi anil sunil vijay arun ajay rajiv mohan jawaharlal
nelson thabo jacob cyril kofi olusegun goodluck muhammadu robert uhuru paul yoweri jomo laurent
joseph ellen jean-claude jean-marc jean-pierre jean-paul jean-luc jean-yves jean-louis
jean-jacques jean-françois jean-marie hans-dietrich hans-jürgen hans-peter karl-heinz
klaus-peter franz-josef josé-luis josé-maría juan-carlos miguel-ángel lula evo hugo nicolás
enrique felipe vicente porfirio lázaro andrés álvaro alfredo iñaki iñigo xabier txiki pep quique
rafa nacho paco jordi oriol joan pau marc albert xavi iker sergi gerard cesc fernando raúl
andrés santi dani isco koke saúl thibaut kylian olivier antoine hugo didier zinedine arsène
arsene josé jose jürgen pep carlo claudio massimo roberto fabio gianluigi francesco alessandro
gennaro gianni silvio romano matteo mario sergio enrico beppe umberto giulio bettino lamberto
walter dino pier rocco salvatore pasquale lothar horst rudolf guido sigmar olaf armin friedrich
markus cem annalena heiko alexander peter-michael wolfram gerd helmut hans-christian
heinz-christian norbert sebastian werner reinhold erwin josef alfred michael karl-heinz gernot
ewald leopold vincent sven-goran sven-göran ulrich ulf göran jöns bengt stefan magnus fredrik
mats mikael jonas olof bertil ingvar tage erlander carl-johan jens-christian anders-fogh rasmus
lars-løkke mette poul niels-henrik søren kjell thorbjørn jonas-gahr erna ernesto geert mark wim
ruud dick pieter jeroen frans hendrik joost koen luc yves herman charles-michel elio guy
wilfried didier
""".split()

_FEMALE = """
abigail ada adela adriana agnes aida alessandra alexandra alice alicia alina alison amanda amber
amelia amy ana anastasia andrea angela angela angelina angelika anita ann anna annalena anne
annette annie antonia ariana astrid audrey barbara beate beatriz bettina betty beverly bianca
birgit brenda bridget brigitte camila carla carmen carol carola caroline carolyn catherine
cecilia celia charlotte chiara christa christina christine claire clara claudia colleen connie
constance corinna cristina daniela danielle daphne deborah debra denise diana diane dolores
donna doris dorothy edith elaine elena eleanor elisabeth elise eliza elizabeth ella ellen elsa
elvira emily emma erika erin esperanza esther eugenia eva evelyn fatima fatma felicity florence
frances francesca françoise gabriela gabriele gabrielle geraldine gerda gertrud gillian gina
giovanna gisela gloria grace graciela greta gudrun guadalupe hanna hannah harriet heather heidi
helen helena helga henrietta hilary hillary ida ilse ina ines inés inga inge ingrid irene irina
iris isabel isabella isabelle ivana jacqueline jana jane janet janice jasmin jean jeanne
jennifer jenny jessica jill joan joanna joanne josefina josephine joyce judith judy julia julie
juliet julianne juliane justine karen karin karina katarina katarzyna katharina katherine
kathleen kathrin kathryn katie katja katrin kay kelly kerstin kim kirsten klara kristina laura
lauren lea leah leila lena lidia lilian liliana linda lisa liz liza lorraine louisa louise lucia
lucía lucy luisa luise lydia madeleine magdalena maja mandy manuela marcela margaret margarita
margit margot marguerite maria maría mariana marianne marie marina marion marisa marta martha
martina mary maryam maureen maxine megan melanie melinda melissa mercedes meryl michaela
michelle miriam monica mónica monika nadia nadine nancy naomi natalia natalie nathalie nicola
nicole nina nora olga olivia pamela paola patricia paula pauline penelope petra pilar priscilla
rachel raquel rebecca regina renate rita roberta rosa rosalind rosario rose rosemary ruth sabine
sabrina sally samantha sandra sara sarah sharon sheila shirley silke silvia simone sofia sofía
sonia sonja sophia sophie stefanie stella stephanie susan susana susanne suzanne sylvia tamara
tanja tatiana tatjana teresa theresa tina ulla ulrike ursula valentina valeria valerie vanessa
vera verena veronica verónica victoria viktoria violeta virginia vivian wendy yolanda yvonne zoe
zoé ségolène marine anne-marie marie-claire marie-louise eva-maria ann-christin ann-linde
magdalena ebba mette helle erna theresa angela ursula christine kamala nancy condoleezza
madeleine hillary michelle melania ivanka benazir indira sonia aung yingluck park julia jacinda
theresa margaret nicola arlene tzipi golda cristina michelle dilma xiomara laura keiko luisa
patricia soraya esperanza susana begoña carme ada inés irene ione yolanda cayetana meritxell
arantxa conchita venus maria martina steffi anke petra birgit heike katarina justine kim amélie
mary rosario ximena guadalupe lupita paulina daniela fernanda valeria beatriz josefa juana
catalina isabela
""".split()

#: Russian given names, nominative; case forms are recognised by their endings
_RU_MALE = """
александр алексей анатолий андрей антон аркадий арсений артём артем борис вадим валентин валерий
василий вениамин виктор виталий владимир владислав вячеслав геннадий георгий герман глеб
григорий даниил денис дмитрий евгений егор иван игорь илья кирилл константин лев леонид максим
марат михаил никита николай олег павел пётр петр роман руслан рамзан сергей станислав степан
тимофей тимур фёдор федор эдуард юрий яков ярослав айсен рустам ринат шамиль мурат магомед
ахмат абдулла али""".split()
_RU_FEMALE = """
алла анастасия анна валентина валерия вера вероника виктория галина дарья евгения екатерина
елена елизавета жанна зинаида зоя инна ирина кира ксения лариса лидия любовь людмила маргарита
марина мария надежда наталья наталия нина оксана ольга полина раиса светлана софья софия
тамара татьяна эльвира юлия яна""".split()

PARTICLES = frozenset("von van der de del la le da di du dos bin ibn ter".split())
#: particles that join a name only after "van"/"von" ("van der Bellen"), else they are articles
PARTICLES_AFTER_VON = frozenset("der den".split())

_TITLES = frozenset(
    """president vice minister secretary general deputy foreign prime chancellor spokesman
    spokeswoman spokesperson ambassador chairman chairwoman chair mr mrs ms miss dr prof sir dame
    lady lord baroness baron king queen prince princess pope senator sen rep gov governor mayor
    judge justice admiral colonel col captain capt commander lieutenant sergeant major marshal
    ceo cfo coo chief director head leader commissioner undersecretary envoy minister
    defence defense state affairs interior finance economy economics treasury trade
    health presidential vice-president co-founder founder economist analyst lawyer attorney
    expert strategist trader dealer broker manager executive officer official secretary-general
    coach manager striker midfielder defender goalkeeper winger forward boss skipper captain
    rev reverend bishop archbishop cardinal father sheikh emir ayatollah imam rabbi
    herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin ministerin
    staatssekretär staatssekretärin außenminister außenministerin sprecher sprecherin chef chefin
    vizekanzler landeshauptmann landeshauptfrau bürgermeister bürgermeisterin abgeordnete
    abgeordneter generalsekretär generalsekretärin trainer trainerin kapitän teamchef obmann
    obfrau klubobmann klubobfrau vorsitzende vorsitzender ex-präsident ex-minister
    señor señora sr sra presidente presidenta ministro ministra portavoz secretario
    secretaria canciller alcalde alcaldesa diputado diputada senador senadora gobernador
    gobernadora director directora juez jueza fiscal general profesor profesora doctor doctora
    licenciado licenciada ingeniero ingeniera capitán entrenador técnico delegado jefe jefa
    monsieur madame président présidente ministre porte-parole secrétaire
    statsminister utrikesminister försvarsminister generalsekreterare talesperson
    президент министр глава председатель замминистра пресс-секретарь спикер губернатор мэр
    директор депутат премьер-министр премьер посол генсек господин госпожа сенатор тренер
    капитан эксперт аналитик экономист журналист министра президента главы
    продюсер писатель режиссер режиссёр актер актёр актриса певец певица сценарист художник
    композитор музыкант поэт блогер видеоблогер политолог социолог историк адвокат юрист врач
    профессор ученый учёный исследователь корреспондент редактор обозреватель ведущий автор
    основатель сооснователь владелец бизнесмен предприниматель футболист хоккеист теннисист
    боксер боксёр спортсмен нападающий защитник вратарь полузащитник чемпион кандидат
    проректор ректор декан студент сенатор полковник генерал лейтенант майор сержант
    командующий прокурор судья следователь представитель гендиректор политик оппозиционер
    активист правозащитник священник патриарх митрополит архиепископ шоураннер
    actor actriz actress cantante singer músico musician artista artist escritor escritora
    writer author novelist periodista journalist reporter columnist editor poet poeta profesor
    investigador investigadora researcher scientist científico científica abogado abogada
    empresario empresaria businessman businesswoman activista activist líder leader
    gouverneur gouverneurin schauspieler schauspielerin sänger sängerin
    procurador procuradora subprocurador subprocuradora subsecretario subsecretaria
    coordinador coordinadora vocero vocera consejero consejera asesor asesora funcionario
    funcionaria magistrado magistrada regidor regidora edil síndico dirigente gerente rector
    rectora decano decana embajador embajadora cónsul comisionado comisionada comandante
    coronel teniente sargento""".split()
)
_RU_TITLE_ENDINGS = (("ом", ""), ("ем", ""), ("а", ""), ("у", ""), ("е", ""), ("ы", ""), ("я", "ь"))
#: titles only when written in lower case ("don Espergencio", but "Don Townson")
_LOWER_TITLES = frozenset("don doña dom".split())
#: role nouns that end German compounds ("Innenminister", "ÖVP-Klubsprecherin", "Teamkicker")
_ROLE_SUFFIXES = tuple(
    """minister ministerin präsident präsidentin sprecher sprecherin chef chefin direktor
    direktorin trainer trainerin kapitän obmann obfrau leiter leiterin kanzler kanzlerin
    sekretär sekretärin vorsitzende vorsitzender abgeordnete abgeordneter berater beraterin
    experte expertin analyst analystin ökonom ökonomin verteidiger verteidigerin stürmer
    stürmerin spieler spielerin kicker goalie torhüter torhüterin manager managerin vorstand
    boss coach gründer gründerin autor autorin forscher forscherin anwalt anwältin richter
    richterin bürgermeister bürgermeisterin hauptmann hauptfrau kommissar kommissarin
    politiker politikerin funktionär funktionärin mandatar mandatarin regisseur regisseurin
    sänger sängerin schauspieler schauspielerin moderator moderatorin professor professorin
    ministro ministra presidente führer führerin mitglied vertreter vertreterin beauftragte
    beauftragter referent referentin ermittler ermittlerin kandidat kandidatin landesrat
    landesrätin stadtrat stadträtin intendant intendantin dirigent dirigentin kurator kuratorin
    historiker historikerin kritiker kritikerin politologe politologin soziologe soziologin
    psychologe psychologin wissenschaftler wissenschaftlerin künstler künstlerin sportler
    sportlerin arzt ärztin lehrer lehrerin pfarrer bischof delegierte delegierter
    angestellte angestellter eigentümer eigentümerin eigner eignerin besitzer besitzerin
    inhaber inhaberin""".split()
)
#: a role noun at the end of a German compound, also in the genitive ("Mehrheitseigners")
_ROLE_END = re.compile("(?:" + "|".join(sorted(_ROLE_SUFFIXES, key=len, reverse=True)) + ")s?$")
_ORG = frozenset(
    """council committee house organization organisation treaty union ministry party bank banks
    group agency news times post reuters bloomberg interfax kremlin senate government parliament
    congress university institute school college court office department corporation corp co
    cos company companies inc ltd llc plc ag gmbh sa spa nv bv ab asa oyj kk pty holdings holding
    association federation league club fund funds forum foundation press tass ria afp dpa apa ap
    ansa efe xinhua kyodo itar bbc cnn cnbc nbc abc cbs fox msnbc sky itv channel television tv
    radio journal gazette herald tribune telegraph guardian observer independent mirror sun
    express standard economist magazine daily weekly review newsweek monitor chronicle dispatch
    republic kingdom states nations army navy police service services street square airport
    station hospital church centre center alliance commission assembly tribunal brothers partners
    associates securities capital investments investment industries international enterprises
    motors airlines airways petroleum oil energy electric telecom telecommunications systems
    technologies laboratories pharmaceuticals financial insurance savings loan trust exchange
    markets market stock stocks bourse index reserve fed treasury board authority airways
    railways shipping steel mining minerals chemicals foods products resources realty
    properties communications networks media entertainment records studios publishing
    bancorp bancshares bankshares bancorporation mountain mountains river lake island islands
    valley coast county province region district desert ocean
    regierung partei ministerium verband kommission gericht rat bundesrat bundestag
    gewerkschaft universität zeitung polizei behörde konzern bundesheer magazin
    gobierno partido ministerio comisión tribunal universidad congreso secretaría procuraduría
    fiscalía juzgado ayuntamiento junta fundación asociación empresa grupo banco diario
    periódico cadena televisión radio agencia instituto
    regeringen riksdagen kommissionen gouvernement ministère parti assemblée
    правительство министерство партия совет дума кремль агентство госдума суд
    компания банк служба пресс-служба издание газета телеканал
    tories tory labour conservatives democrats republicans liberals greens socialists
    """.split()
)
#: firms named after people: the whole run is an organisation ("Morgan Stanley said")
_ORG_PHRASES = frozenset(
    """morgan stanley|merrill lynch|goldman sachs|salomon brothers|shearson lehman|lehman brothers|
    drexel burnham|drexel burnham lambert|kidder peabody|dean witter|paine webber|smith barney|
    ernst young|ernst and young|arthur andersen|peat marwick|price waterhouse|deloitte touche|
    coopers lybrand|kleinwort benson|warburg pincus|charles schwab|dow jones|standard poor|
    moody's|johnson johnson|procter gamble|marks spencer|hewlett packard|rolls royce|
    mercedes benz|alfa romeo|louis vuitton|christian dior|yves saint laurent|calvin klein|
    ralph lauren|tommy hilfiger|walt disney|jp morgan|j p morgan|morgan grenfell|
    bausch lomb|baker hughes|black decker|sherwin williams|dun bradstreet""".split("|")
)
_ORG_PHRASES = frozenset(" ".join(p.split()) for p in _ORG_PHRASES)
_ORG_PHRASE_WORDS = frozenset(w for p in _ORG_PHRASES for w in p.split())
_STOP = frozenset(
    """the a an in at on for but and of to with after before this that these those there it its he
    she we they our their his her i you if as by from while when where what who how why not no yes
    además también asimismo luego sin tras ante ninguna todo según resaltó así
    also so then thus however meanwhile although though since until during about over under into
    some many most all both every each few several such other another any
    der die das den dem des ein eine einer eines und im am auf mit nach vom zum zur bei aus wie
    wenn als auch noch nur schon es sie er wir ihr man dies diese dieser el la los las un una en y
    con por para del al lo se su sus como pero que este esta ese esa det den ett och efter med på
    som till från för men vi de när om hos under är var le les des du et il elle ils nous vous ce
    cette ces mais pour dans sur avec selon в на и по с о из к для как что это он она они но не
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday januar jänner februar märz juni juli oktober
    dezember montag dienstag mittwoch donnerstag freitag samstag sonntag enero febrero marzo abril
    mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves
    viernes sábado domingo januari februari mars augusti måndag tisdag onsdag torsdag fredag lördag
    söndag onsdagen janvier février mai juin juillet octobre novembre décembre lundi mardi
    mercredi jeudi vendredi samedi dimanche январь февраль март апрель июнь июль август сентябрь
    октябрь ноябрь декабрь gestern heute vorgestern vormittag nachmittag abend
    laut seit trotz während wegen durch gegen ohne unter über vor zwischen ich dort hier dann
    dabei damit denn obwohl weil dass daher deshalb deswegen jedoch trotzdem sogar besonders
    despite among against through without within between like unlike
    desde hasta entre sobre contra hacia mediante bajo cuando donde mientras aunque porque
    incluso hoy ayer mañana ahora aquí allí esto eso aquel nosotros ellos ellas usted ustedes
    yo tú после между против при для""".split()
)
#: German weekdays with a time of day, one word ("Dienstagabend", "Sonntagvormittag")
_DAYTIME = re.compile(
    "(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)"
    "(?:s|früh|morgen|vormittag|mittag|nachmittag|abend|nacht)$"
)
#: given names that are more often something else at the start of a capitalised run
_AMBIGUOUS_GIVEN = frozenset(
    """israel jordan chad georgia india victoria florence paris will may june april art bill grace
    hope rose guy max ray dean earl chase jack sun young general rich christian said
    salvador per lee long summer van china asia africa america kenya sierra dakota carolina
    virginia santa san sal lou sterling price cash king queen major royal bishop pope judge
    marshall justice noble hunter mason baker cook miller carter fisher porter page rich
    gay love joy faith charity honor glory angel star crystal pearl ruby amber jade ivory
    sandy dusty stormy misty dawn eve autumn winter spring sky rain river brook lane dale
    lincoln washington march""".split()
)

DETERMINERS = frozenset("the der die das den dem des el la los las le les il lo det den".split())
INDEFINITE = frozenset("a an ein eine einer einem einen un una uno une en ett".split())
PREPOSITIONS = frozenset(
    """to with by for from of against at about on in into than like as toward towards mit von
    gegen für an auf zu bei nach über unter vor neben hinter gegenüber de a con por para contra
    sobre entre hacia hasta sin tras à avec pour contre sur till med för av mot hos på с в на по
    о к для у от при про над под за об из до против""".split()
)


def plain(word: str) -> str:
    """Casefolded and without accents: ``"Álvaro"`` -> ``"alvaro"``."""
    text = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


_GIVEN: dict[str, str] = {plain(w): "m" for w in _MALE}
for _w in _FEMALE:
    _GIVEN[plain(_w)] = "u" if _GIVEN.get(plain(_w)) == "m" else "f"  # "u": either
for _names, _g in (
    (census_names.MALE, "m"),
    (census_names.FEMALE, "f"),
    (census_names.EITHER, "u"),
):
    for _w in _names:
        if _w not in _STOP and _w not in PARTICLES and _w not in _TITLES:
            _GIVEN.setdefault(plain(_w), _g)
_RU: dict[str, str] = dict.fromkeys(_RU_MALE, "m") | dict.fromkeys(_RU_FEMALE, "f")
for _names, _g in (
    (world_names.MALE, "m"),
    (world_names.FEMALE, "f"),
    (world_names.EITHER, "u"),
):
    for _w in _names:
        if _w in _STOP or _w in PARTICLES or _w in _TITLES or _w in _ORG:
            continue
        if "\u0400" <= _w[:1] <= "\u04ff":
            if _g != "u":
                _RU.setdefault(_w, _g)
        else:
            _GIVEN.setdefault(plain(_w), _g)
_RU_ENDINGS = (  # case ending -> nominative endings to try
    ("ем", ("й", "")),
    ("ом", ("",)),
    ("ой", ("а",)),
    ("ей", ("я", "ь")),
    ("ью", ("ь",)),
    ("ию", ("ий", "ия")),
    ("ия", ("ий",)),
    ("ии", ("ия", "ий")),
    ("ие", ("ий",)),
    ("ью", ("ь",)),
    ("я", ("й", "ь")),
    ("ю", ("й", "ь", "я")),
    ("е", ("й", "", "а", "я", "ь")),
    ("а", ("",)),
    ("у", ("", "а")),
    ("ы", ("а",)),
    ("и", ("а", "я", "ь")),
)


@functools.lru_cache(maxsize=16_384)
def russian_given(word: str) -> tuple[str, str, str]:
    """(nominative, gender, case ending) of a Russian given name in any case, else ``("", "", "")``.

    >>> russian_given("Андрея"), russian_given("Ольгой")
    (('Андрей', 'm', 'я'), ('Ольга', 'f', 'ой'))
    """
    low = word.casefold()
    if low in _RU:
        return word, _RU[low], ""
    for ending, bases in _RU_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = low[: -len(ending)]
            for base in bases:
                if stem + base in _RU:
                    nom = word[: len(word) - len(ending)] + base
                    return nom, _RU[stem + base], ending
    return "", "", ""


@functools.lru_cache(maxsize=65_536)
def _given(word: str) -> str:
    low = plain(word)
    if low in _AMBIGUOUS_GIVEN:
        return ""
    found = _GIVEN.get(low)
    if found:
        return found
    if "\u0400" <= word[:1] <= "\u04ff":
        return russian_given(word)[1]
    return ""


def given_gender(word: str) -> str:
    """``"m"``/``"f"`` for a common given name (any case form in Russian), else ``""``."""
    found = _given(word)
    return found if found != "u" else ""


def is_given(word: str) -> bool:
    """A common given name, whatever its gender (see :func:`given_gender`)."""
    return bool(_given(word))


@functools.lru_cache(maxsize=65_536)
def is_title(word: str) -> bool:
    """Title and role words that precede names ("Minister", "Kammer-Präsident", "Dr.")."""
    low = word.casefold().rstrip(".")
    if low in _LOWER_TITLES:
        return word[:1].islower()
    if low in _TITLES or ("-" in low and low.rsplit("-", 1)[1] in _TITLES):
        return True
    if "\u0400" <= low[:1] <= "\u04ff":  # Russian case forms: "тренера", "министром"
        return any(
            low.endswith(e) and low[: -len(e)] + base in _TITLES
            for e, base in _RU_TITLE_ENDINGS
            if len(low) > len(e) + 2
        )
    return False


@functools.lru_cache(maxsize=65_536)
def is_role_word(word: str) -> bool:
    """A title, or a German compound ending in a role noun ("Innenminister", "Teamkicker")."""
    if is_title(word):
        return True
    low = word.casefold()
    if len(low) < 7:
        return False
    tail = low.rsplit("-", 1)[-1]
    m = _ROLE_END.search(tail)
    return m is not None and m.start() > 2


@functools.lru_cache(maxsize=65_536)
def is_org_word(word: str) -> bool:
    """A word that makes a capitalised run an organisation or an outlet."""
    return word.casefold().rstrip(".") in _ORG


def is_org_name(words: list[str]) -> bool:
    """A run of words that names an organisation or an outlet ("Medical Graphics Corp",
    "Morgan Stanley", "Bloomberg")."""
    if any(is_org_word(w) for w in words):
        return True
    low = [w.casefold() for w in words if w not in ("&", "and")]
    if len(low) < 2 or not any(w in _ORG_PHRASE_WORDS for w in low):
        return False
    return any(
        " ".join(low[i : i + n]) in _ORG_PHRASES for n in (2, 3, 4) for i in range(len(low) - n + 1)
    )


def is_stop(word: str) -> bool:
    """Function words, months and weekdays: never part of a name.

    >>> is_stop("Dienstagabend"), is_stop("the"), is_stop("Ende")
    (True, True, False)
    """
    low = word.casefold()
    return low in _STOP or _DAYTIME.match(low) is not None
