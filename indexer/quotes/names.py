"""Person names in running text: capitalised runs, titles stripped, registry and given-name cues.

A run of capitalised words becomes a person mention when the registry knows it, when its first
word is a common given name, or when a title or role word stands right before it
("Chairman Robert Menendez"). Single words count only as a registered name or as the surname of a
full name mentioned in the same article.

>>> from indexer.people import PeopleRegistry
>>> [m.name for m in find_mentions("Minister Olga Kurz met Kurz.", PeopleRegistry.empty())]
['Olga Kurz', 'Olga Kurz']
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from indexer.people import PeopleRegistry, skeleton

__all__ = ["Mention", "find_mentions", "is_title", "name_tokens"]

_TOKEN = re.compile(r"[^\W\d_](?:[\w’'\-:]*[^\W_])?")
_PARTICLES = frozenset("von van der de del la le da di du bin al ibn dos das ter".split())
_POSSESSIVE = re.compile(r"(?:['’]s|:s|['’])$")

_TITLES = frozenset(
    """president vice minister secretary general deputy foreign prime chancellor spokesman
    spokeswoman spokesperson ambassador chairman chairwoman chair mr mrs ms dr prof sir lord king
    queen pope senator governor mayor judge admiral colonel captain ceo chief director head leader
    commissioner undersecretary envoy defence defense state affairs interior finance economy
    justice health presidential russian american ukrainian german french british swedish
    us uk eu herr frau bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin
    ministerin staatssekretär außenminister außenministerin sprecher sprecherin chef chefin
    vizekanzler landeshauptmann founder economist analyst lawyer
    expert bürgermeister abgeordnete abgeordneter generalsekretär señor señora
    don doña presidente presidenta ministro ministra portavoz secretario secretaria canciller
    alcalde diputado diputada senador senadora monsieur madame président présidente ministre
    porte-parole secrétaire statsminister utrikesminister försvarsminister generalsekreterare
    talesperson президент министр глава председатель замминистра пресс-секретарь спикер
    губернатор мэр директор депутат премьер-министр посол генсек господин госпожа""".split()
)
_STOP = frozenset(
    """the a an in at on for but and of to with after before this that these those there it its he
    she we they our their his her i you if as by from while when where what who how why not no yes
    además también asimismo luego sin tras ante ninguna todo según resaltó así
    also so then thus however meanwhile although though since until during about over under into
    der die das den dem des ein eine einer eines und im am auf mit nach vom zum zur bei aus wie
    wenn als auch noch nur schon es sie er wir ihr man dies diese dieser el la los las un una en y
    con por para del al lo se su sus como pero que este esta ese esa det den ett och efter med på
    som till från för men vi de när om hos under är var le les des du et il elle ils nous vous ce
    cette ces mais pour dans sur avec selon в на и по с о из к для как что это он она они но не
    january february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday januar februar märz juni juli oktober
    dezember montag dienstag mittwoch donnerstag freitag samstag sonntag enero febrero marzo abril
    mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes miércoles jueves
    viernes sábado domingo januari februari mars augusti måndag tisdag onsdag torsdag fredag lördag
    söndag onsdagen janvier février mai juin juillet octobre novembre décembre lundi mardi
    mercredi jeudi vendredi samedi dimanche январь февраль март апрель июнь июль август сентябрь
    октябрь ноябрь декабрь""".split()
)
_ORG = frozenset(
    """council committee house organization organisation treaty union ministry party bank group
    agency news times post reuters interfax kremlin senate government parliament congress
    university institute school college court office department corporation company inc ltd
    association federation league club fund forum foundation press tass ria afp dpa ap bbc cnn
    republic kingdom states nations army navy police service services street square airport
    station hospital church centre center alliance commission assembly tribunal army
    regierung partei ministerium verband kommission gericht rat bundesrat bundestag gewerkschaft
    universität zeitung gobierno partido ministerio comisión tribunal universidad congreso
    regeringen riksdagen kommissionen gouvernement ministère parti assemblée правительство
    министерство партия совет дума кремль агентство госдума суд""".split()
)
_GIVEN = frozenset(
    """jens wendy alexander aleksandr alexandr sergei sergey dmitry dmitri vladimir joe joseph
    antony anthony julianne andreas robert john james michael david william richard thomas charles
    christopher daniel matthew mark donald paul steven george kenneth andrew edward brian kevin
    ronald timothy jason jeffrey ryan gary nicholas eric stephen jonathan larry scott frank
    justin brandon benjamin samuel gregory patrick jack dennis peter harold tony boris gordon
    tony margaret theresa hillary nancy mary patricia jennifer linda elizabeth barbara susan
    jessica sarah karen lisa betty helen sandra donna carol ruth sharon michelle laura kimberly
    deborah emily angela melissa amy anna rebecca virginia kathleen pamela martha debra amanda
    stephanie carolyn christine janet catherine frances ann joyce diane alice julie heather
    teresa doris gloria evelyn jean cheryl mildred katherine joan ashley judith rose janice
    kelly nicole judy christina kathy theresa beverly denise tammy irene jane lori rachel
    marilyn andrea kathryn louise sara anne jacqueline wanda bonnie julia ruby lois tina phyllis
    norma paula diana annie lillian emily robin peggy crystal gladys rita dawn connie florence
    tracy edna tiffany carmen rosa cindy grace wendy victoria edith kim sherry sylvia josephine
    thelma shannon sheila ethel ellen elaine marjorie carrie charlotte monica esther pauline emma
    juanita anita rhonda hazel amber eva debbie april leslie clara lucille jamie joanne eleanor
    valerie danielle megan alicia suzanne michele gail bertha darlene veronica jill erin
    geraldine lauren cathy joann lorraine lynn sally regina erica beatrice dolores bernice
    audrey yvonne annette june samantha marion dana stacy ana renee ida vivian roberta holly
    brittany melanie loretta yolanda jeanette laurie katie kristen vanessa alma sue elsie beth
    jeanne tony tom tim jim bill bob mike nick dan ben sam ed al rob ken ron
    ted hans klaus jürgen wolfgang helmut gerhard angela olaf horst heinz werner karl franz josef
    sebastian christian stefan markus michael andreas thomas peter martin frank uwe dieter walter
    günter manfred heiko annalena ursula sigmar norbert alexander christoph florian matthias
    tobias philipp jan lukas felix maximilian paul elias leon jonas noah luis ben finn werner
    erwin reinhold herbert alfred kurt ernst otto fritz friedrich heinrich hermann wilhelm georg
    johann johannes eva maria monika sabine petra claudia susanne andrea birgit gabriele renate
    ingrid ursula brigitte helga karin elke barbara christa heike doris gisela katharina julia
    lena sophie hannah marie christine nicole pamela juan josé jose luis carlos jorge pedro
    manuel francisco antonio javier miguel rafael pablo mariano pedro alberto fernando santiago
    felipe alejandro andrés diego emilio enrique ernesto esteban gabriel gonzalo ignacio jaime
    joaquín julio lorenzo marcos mario ramón ricardo roberto rodrigo salvador sergio tomás vicente
    darío cristina soraya carmen dolores pilar isabel teresa rosa ana lucía marta elena laura
    mercedes inés susana irene esperanza begoña ada manuela inés jens erik lars anders per karl
    nils olof magnus stefan fredrik johan mikael henrik björn ulf göran bengt sven mats magdalena
    ulf annie ebba ann-christin ann-linde jean pierre jacques françois emmanuel nicolas françois
    marine ségolène édouard laurent olivier thierry michel philippe bruno alain gérard bernard
    christophe dominique patrick stéphane valérie sylvie nathalie isabelle catherine sophie
    владимир сергей дмитрий александр алексей михаил николай андрей игорь евгений иван юрий
    виктор олег павел антон максим геннадий валентина ольга мария анна елена татьяна наталья
    ирина светлана людмила марина виталий вячеслав борис григорий константин леонид роман
    станислав аркадий анатолий валерий василий денис кирилл никита пётр петр рамзан эльвира
    вероника екатерина дарья ксения юлия вадим артем артём илья егор
    mikhail mikhael gerald christoph heizo rick ken henri jamie мэтью франсуа""".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A person named in the text: ``name`` is canonical (registry) or the full extracted name."""

    start: int
    end: int
    name: str
    registered: bool
    surname_only: bool = False


def name_tokens(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    """Word tokens of ``text[start:end]`` as regex matches (offsets into ``text``)."""
    return list(_TOKEN.finditer(text, start, len(text) if end is None else end))


def is_title(word: str) -> bool:
    """True for title and role words that precede names ("Minister", "Kammer-Präsident")."""
    low = word.casefold()
    return low in _TITLES or ("-" in low and low.rsplit("-", 1)[1] in _TITLES)


@functools.lru_cache(maxsize=65_536)
def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).rstrip(".:")


def _is_upper_initial(word: str) -> bool:
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    letters = [c for c in _bare(word) if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_name_word(word: str) -> bool:
    bare = _bare(word)
    low = bare.casefold()
    return (
        _is_upper_initial(bare)
        and not _is_acronym(bare)
        and low not in _STOP
        and not is_title(low)
        and low not in _ORG
        and len(bare) > 1
    )


def is_person_word(word: str) -> bool:
    """A capitalised word that may be part of a person's name (not a stopword, title, org)."""
    return _is_name_word(word)


def is_given_name(word: str) -> bool:
    """Common given names (with Russian case endings stripped)."""
    low = _bare(word).casefold()
    if low in _GIVEN:
        return True
    if "\u0400" <= low[:1] <= "\u04ff":
        return any(c in _GIVEN for c in (low[:-1], low[:-1] + "й", low[:-2] + "й", low[:-1] + "а"))
    return False


_WordInfo = tuple[bool, bool, bool, bool, bool, bool]
_WORD_INFO: dict[str, _WordInfo] = {}
_WORD_INFO_MAX = 200_000
#: a word that is no name, particle, title or acronym: it only ends the current run
_BORING: _WordInfo = (False, False, False, False, False, False)


def _word_info(word: str) -> _WordInfo:
    """Everything :func:`_runs` asks about one token (a pure function of the word, memoized).

    (name word, particle, possessive run end, title word, acronym, acronym ending in ":s")
    """
    info = _WORD_INFO.get(word)
    if info is None:
        acronym = _is_acronym(word)
        info = (
            _is_name_word(word),
            word in _PARTICLES,
            bool(_POSSESSIVE.search(word)) and not word.endswith("'"),
            is_title(_bare(word)),
            acronym,
            acronym and word.endswith(":s"),
        )
        if info == _BORING:
            info = _BORING  # one shared object: ``_runs`` tests it by identity
        if len(_WORD_INFO) >= _WORD_INFO_MAX:
            _WORD_INFO.clear()
        _WORD_INFO[word] = info
    return info


def _runs(text: str) -> list[list[tuple[int, int, str, bool]]]:
    """Runs of adjacent capitalised tokens (particles allowed inside), with a title-cue flag."""
    runs: list[list[tuple[int, int, str, bool]]] = []
    current: list[tuple[int, int, str, bool]] = []
    prev_end = -10
    prev_title = False
    n = len(text)
    cache = _WORD_INFO
    for m in _TOKEN.finditer(text):
        word = m.group()
        info = cache.get(word) or _word_info(word)
        if info is _BORING:  # the common case, lower-case words: same outcome as below
            if current:
                runs.append(current)
                current = []
            # ``prev_end`` may stay behind: after a boring token the run is empty and the title
            # cue is off, so the next token's adjacency decides nothing
            prev_title = False
            continue
        start, end = m.span()
        # the text between the previous token and this one is exactly one space
        adjacent = start - prev_end == 1 and text[prev_end] == " "
        if info[0] or (current and adjacent and info[1] and end < n):
            if not (current and adjacent):
                if current:
                    runs.append(current)
                current = []
            cue = prev_title and (
                adjacent or (start - prev_end == 2 and text[prev_end:start] == ", ")
            )
            current.append((start, end, word, cue))
            if info[2]:
                runs.append(current)
                current = []
        elif current:
            runs.append(current)
            current = []
        prev_title = info[3] or (prev_title and info[4] and adjacent) or info[5]
        prev_end = end
    if current:
        runs.append(current)
    return runs


def find_mentions(text: str, registry: PeopleRegistry) -> list[Mention]:
    """Every person mention in ``text``, sorted by position; surnames joined to full names.

    >>> from indexer.people import PeopleRegistry
    >>> [m.name for m in find_mentions("Dmitri Peskov said. Peskov left.", PeopleRegistry.empty())]
    ['Dmitri Peskov', 'Dmitri Peskov']
    """
    full: list[Mention] = []
    singles: list[tuple[int, int, str]] = []
    for run in _runs(text):
        while run and run[-1][2] in _PARTICLES:
            run.pop()
        if not run:
            continue
        start, end = run[0][0], run[-1][1]
        words = [_bare(w) for _, _, w, _ in run]
        name = " ".join(words)
        canon = registry.canonical(name)
        if canon is not None:
            full.append(Mention(start, end, canon, True, len(words) == 1))
        elif len(words) == 1:
            singles.append((start, end, words[0]))
        elif len(words) <= 4 and (is_given_name(words[0]) or run[0][3]):
            full.append(Mention(start, end, name, False))
        elif len(words) > 1:
            last = registry.canonical(words[-1])
            if last is not None:
                full.append(Mention(run[-1][0], end, last, True, True))
    surnames: dict[str, str] = {}
    for m in full:
        if not m.registered:
            surnames.setdefault(skeleton(m.name.split()[-1]), m.name)
    mentions = list(full)
    for start, end, word in singles:
        key = skeleton(word)
        target = surnames.get(key)
        if target is None and "\u0400" <= word[:1] <= "\u04ff":
            target = next(
                (v for k, v in surnames.items() if len(k) >= 4 and key.startswith(k[:-1])), None
            )
        if target is not None:
            mentions.append(Mention(start, end, target, False, True))
    mentions.sort(key=lambda m: m.start)
    return mentions


def bare_name(text: str) -> str | None:
    """A plausible person name spelled by ``text`` (last capitalised run), else ``None``.

    Used for the subject of a verb of saying that no other rule recognised ("Katzian sagte").
    """
    runs = _runs(text)
    if not runs:
        return None
    run = runs[-1]
    words = [_bare(w) for _, _, w, _ in run]
    if len(words) > 4 or any(w.casefold() in _ORG for w in words):
        return None
    return " ".join(words)
