"""The mood of a German clause: reported speech is in the subjunctive.

German reports someone's words in Konjunktiv I (``Die Lage sei ernst``), or in Konjunktiv II
where Konjunktiv I looks like the indicative (``Außerdem hätten sie …``); a speaker talks in
the indicative or in the first person (``Da habe ich viel Speed mitgenommen``).
"""

from __future__ import annotations

import re

__all__ = [
    "FIRST_PERSON",
    "FIRST_PERSON_WORD",
    "KONJUNKTIV_II",
    "KONJUNKTIV_II_AUXILIARIES",
    "KONJUNKTIV_II_MODALS",
    "is_reported",
    "weak_preterite",
]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: Konjunktiv I forms: the mood of reported speech
_SUBJUNCTIVE = frozenset(
    """sei seien seiest sei's habe werde könne müsse dürfe solle wolle möge gebe wisse bleibe
    komme gehe stehe liege lasse sehe brauche fehle gelte halte handle zeige erfolge plane
    befinde bestehe arbeite""".split()
)
#: Konjunktiv II of "haben", "sein" and "werden": it stands for reported speech when nobody
#: speaks in the first person
KONJUNKTIV_II_AUXILIARIES = frozenset("hätte hätten wäre wären würde würden".split())
#: Konjunktiv II of the modal verbs
KONJUNKTIV_II_MODALS = frozenset(
    "könnte könnten müsste müssten sollte sollten dürfte dürften bräuchte bräuchten".split()
)
#: every Konjunktiv II form read here: the auxiliaries, the modals and strong verbs
KONJUNKTIV_II = (
    KONJUNKTIV_II_AUXILIARIES
    | KONJUNKTIV_II_MODALS
    | frozenset(
        """trüge trügen gäbe gäben käme kämen ginge gingen stünde stünden läge lägen bliebe
        blieben hieße wüsste wüssten""".split()
    )
)
#: plural modals in Konjunktiv II, which report speech whenever nobody speaks in the first
#: person ("sollten" is as often a plain past)
_PLURAL_MODALS = frozenset("müssten könnten dürften bräuchten".split())
#: plural Konjunktiv II forms that no indicative shares, of "haben" and strong verbs ("wären"
#: and "würden" are as often a speaker's own conditional)
_PLURAL_KONJUNKTIV_II = frozenset("hätten böten gäben kämen lägen stünden".split())
#: words that make a Konjunktiv II unreal, a speaker's: "wenn sie das wüssten, hätten sie …"
_CONDITIONS = frozenset("wenn sonst fast beinahe beinah ohne".split())
#: words after "er"/"es"/"man" that end in -e and are no verb
_NOT_VERBS = frozenset(
    """gerne heute alleine bitte ohne eine keine seine meine deine ihre alle beide viele wenige
    einige manche solche diese jene welche jede gerade lange nahe erste letzte nächste gleiche
    große kleine ganze andere mehrere etliche sämtliche zahlreiche jene""".split()
)
#: forms that are also first-person indicative ("ich habe", "ich werde")
_FIRST_PERSON_TOO = frozenset(
    "habe werde gebe komme gehe stehe bleibe lasse sehe brauche halte zeige plane handle".split()
)
#: words of a speaker talking of themselves or to the listener
FIRST_PERSON = frozenset(
    """ich mich mir mein meine meinen meinem meiner meines wir uns unser unsere unseren unserem
    unserer unseres du dich dir dein deine euch euer""".split()
)
#: one of those words in running text, in any case: ``FIRST_PERSON_WORD.search("Das habe ich")``
FIRST_PERSON_WORD = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(FIRST_PERSON, key=len, reverse=True)) + r")(?![\w'’-])",
    re.IGNORECASE,
)


def is_reported(clause: str) -> bool:
    """True when ``clause`` is in the subjunctive of reported speech.

    >>> is_reported("Die Lage sei ernst"), is_reported("Da habe ich viel Speed mitgenommen")
    (True, False)
    >>> is_reported("Alle Fraktionen hätten an einem Strang gezogen")
    True
    >>> is_reported("Wenn die Spieler getroffen hätten, wäre alles anders")
    False
    """
    raw = _WORD.findall(clause)
    words = [w.casefold() for w in raw]
    if _any_konjunktiv_i(clause, raw):
        return True
    first_person = any(w in FIRST_PERSON for w in words)
    third_person = any(w in ("er", "sie") for w in words)
    for i, w in enumerate(words):
        if w in _SUBJUNCTIVE:
            if w in _FIRST_PERSON_TOO and "ich" in words[max(0, i - 2) : i + 3]:
                continue
            return True
        if w in KONJUNKTIV_II_AUXILIARIES and third_person and not first_person:
            return True  # "Außerdem hätten sie …": Konjunktiv II where I is indicative
        if (
            w in _PLURAL_KONJUNKTIV_II
            and not first_person
            and "sie" not in words[i + 1 : i + 2]
            and not _CONDITIONS.intersection(words)
        ):
            return True  # "Alle Fraktionen hätten an einem Strang gezogen", "Plattformen
            # böten …": a plural reports in Konjunktiv II, unless a condition makes it unreal
        if w in _PLURAL_MODALS and not first_person and "sie" not in words[i + 1 : i + 2]:
            return True  # "…müssten sich Lehrer nicht kümmern": a plural's Konjunktiv I is
            # its indicative, so the plural reports in Konjunktiv II
        if (
            i + 1 < len(words)
            and words[i + 1] in ("er", "es", "man")
            and raw[i][:1].islower()
            and w.endswith("e")
            and len(w) > 3
            and w not in _NOT_VERBS
            and not weak_preterite(w)
        ):
            return True  # "Den Cup nehme man gerne mit": Konjunktiv I before its subject
        if (
            i
            and words[i - 1] in ("er", "es", "man")
            and raw[i][:1].islower()
            and w.endswith("e")
            and len(w) > 3
            and w not in _NOT_VERBS
            and not weak_preterite(w)
        ):
            return True  # "er helfe", "es bedeute": Konjunktiv I of any verb
    return False


#: a clause that opens with its subject, a noun or a name, and the finite verb after it:
#: "Das Urteil erkläre das …", "Spiegel TV entwickle ein …"
_SUBJECT_VERB = re.compile(
    r"[\W\d_]*((?:[A-ZÄÖÜ][\w-]*\s+){1,3})([a-zäöüß][\w-]{2,}e)\s+([^\W\d_][\w-]*)?"
)
#: words that open a noun phrase: an adjective after them is no verb ("Die neue Regel")
_DETERMINERS = frozenset(
    """der die das dem den des ein eine einen einem einer eines kein keine diese dieser dieses
    jede jeder jedes mein meine unser unsere sein seine ihr ihre alle viele beide manche
    solche welche ich""".split()
)


def _konjunktiv_i_form(word: str) -> bool:
    """A lower-case form that may be the Konjunktiv I of a third person: "-e", not "-te" (a
    past tense, or a stem in "t", read by the lists), no Konjunktiv II ("wäre", which a
    speaker uses of their own wishes), no adverb or pronoun."""
    return (
        len(word) > 3
        and word.endswith("e")
        and not word.endswith("te")
        and word[:1].islower()
        and word not in _NOT_VERBS
        and word not in KONJUNKTIV_II
        and word != "wurde"  # the one strong past tense in "-e"
    )


def _any_konjunktiv_i(clause: str, raw: list[str]) -> bool:
    """The Konjunktiv I of any verb, in the two places where German shows it plainly: before
    "sich" ("Der Bachelor unterscheide sich …"; the first person says "mich", the indicative
    "unterscheidet") and right after a subject that opens the clause ("Das Urteil erkläre das
    Grundrecht …"), unless "ich" follows ("Das glaube ich").

    >>> _any_konjunktiv_i("Das Urteil erkläre das Recht für wertlos", [])
    True
    >>> _any_konjunktiv_i("Die neue Regel gilt", []), _any_konjunktiv_i("Das glaube ich", [])
    (False, False)
    >>> _any_konjunktiv_i("", ["Der", "Bachelor", "unterscheide", "sich"])
    True
    >>> _any_konjunktiv_i("Auch die Kirche verliere ihr Licht", [])
    True
    """
    for i in range(len(raw) - 1):
        if raw[i + 1] == "sich" and _konjunktiv_i_form(raw[i]):
            return True
    m = _ARTICLE_SUBJECT_VERB.match(clause)  # "Auch die Kirche verliere ihr Licht"
    if m is not None and _konjunktiv_i_form(m.group(2)) and _no_object(m.group(3)):
        return True
    m = _SUBJECT_VERB.match(clause)
    if m is None or not _konjunktiv_i_form(m.group(2)):
        return False
    subject = m.group(1).split()
    after = m.group(3) or ""
    if subject[-1].casefold() in _DETERMINERS or after[:1].isupper() or after == "ich":
        return False
    return True


#: a clause that opens with an article, adjectives in lower case and a noun, and the finite
#: verb after them (an adverb may come first): "Die rot-schwarze Koalition baue ein …"
_ARTICLE_SUBJECT_VERB = re.compile(
    r"[\W\d_]*(?:[A-ZÄÖÜ][\w-]*\s+)?(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine)\s+"
    r"(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){0,3}([A-ZÄÖÜ][\w-]*)\s+([a-zäöüß][\w-]{2,}e)"
    r"(?:\s+([^\W\d_][\w-]*))?(?![\w-])"
)


def _no_object(after: str | None) -> bool:
    """What follows the verb is no noun it describes ("vergangene Woche") and no "ich"."""
    return not (after or "")[:1].isupper() and after != "ich"


def weak_preterite(word: str, narrative: bool = False) -> bool:
    """A weak verb in the past tense: "sagte", "dankte", "arbeitete". A stem that ends in "l"
    or "t" is ambiguous ("halte", "koste" are Konjunktiv I, "stellte", "hatte" past): it
    reads as Konjunktiv I, unless ``narrative`` asks whether a sentence tells of the past
    (then any lower-case form of five letters or more ending in "lte" or "tte" is past).

    >>> weak_preterite("dankte"), weak_preterite("arbeitete"), weak_preterite("koste")
    (True, True, False)
    >>> weak_preterite("helfe"), weak_preterite("stellte"), weak_preterite("stellte", True)
    (False, False, True)
    """
    if narrative:
        return len(word) > 4 and word.endswith("te") and word[-3] in _NARRATIVE_STEM_ENDS
    return word.endswith("te") and (word[-3:-2] in _PRETERITE_STEM_ENDS or word.endswith("ete"))


_PRETERITE_STEM_ENDS = frozenset("bfgkmnprwz")
_NARRATIVE_STEM_ENDS = _PRETERITE_STEM_ENDS | {"l", "t"}
