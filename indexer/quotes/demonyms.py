"""English demonyms: a nationality or a region's adjective is no part of a person's name.

A capitalised run may open with one ("Australian Lynton Crosby", "Swiss Re", "American Honda").
Before a name it describes the person, as a title would ("Australian Lynton Crosby" is Lynton
Crosby); before a word alone it makes no person's name at all ("said Swiss Re": a firm).

>>> is_demonym("Swiss"), is_demonym("Australian"), is_demonym("Sweden"), is_demonym("Jordan")
(True, True, False, False)
"""

from __future__ import annotations

__all__ = ["is_demonym"]

#: nationalities and regions' adjectives, casefolded (none of them a common given name)
_DEMONYMS = frozenset(
    """afghan albanian algerian american angolan argentine argentinian armenian asian australian
    austrian azerbaijani bahraini bangladeshi belgian bolivian bosnian brazilian british
    bulgarian burmese cambodian cameroonian canadian chilean chinese colombian congolese croatian
    cuban cypriot czech danish dutch ecuadorean ecuadorian egyptian emirati english eritrean
    estonian ethiopian european filipino finnish french georgian german ghanaian greek
    guatemalan haitian honduran hungarian icelandic indian indonesian iranian iraqi irish
    israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovan kuwaiti
    latvian lebanese liberian libyan lithuanian macedonian malaysian maltese mexican moldovan
    mongolian moroccan mozambican namibian nepalese nicaraguan nigerian norwegian omani
    pakistani palestinian panamanian paraguayan peruvian philippine polish portuguese qatari
    romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovakian
    slovenian somali soviet spanish sudanese swedish swiss syrian taiwanese tanzanian thai
    tunisian turkish ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni
    yugoslav zambian zimbabwean""".split()
)


def is_demonym(word: str) -> bool:
    """``word`` is an English nationality or region adjective ("Swiss", "Australian")."""
    return word.casefold() in _DEMONYMS
