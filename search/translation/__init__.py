"""Query translation across languages with bilingual lexicons (no network, no models).

Pipeline::

    installed Debian lexicons -> (indexer.lexicons) -> one compiled file per directed pair
        in <index root>/lexicons/<source>-<target>.pllex (search.translation.lexicon)
    query words, source, target -> translate() -> one TranslationGroup per source word:
        number | two-word headword | headword, lemma, Snowball stem | compound parts
        | through a third language | kept (transliterated) and similar-looking terms
    each group is scored as one synonym set: term frequencies summed, document frequency
        over the union of its alternatives (Pirkola)

>>> from search.translation import Lexicons, translate, TermVocabulary   # doctest: +SKIP
>>> lexicons = Lexicons(".presslens/index/lexicons")                     # doctest: +SKIP
>>> [g.terms for g in translate(["Gespräche"], "de", "en", lexicons)]   # doctest: +SKIP
[(('talk',), ('convers',), ('interview',), ...)]
"""

from search.translation.detect import query_languages
from search.translation.lexicon import (
    FORMAT_VERSION,
    Lexicon,
    LexiconFormatError,
    LexiconHeader,
    SourcePackage,
    lexicon_filename,
    read_header,
    write_lexicon,
)
from search.translation.store import LEXICON_DIRECTORY, ActivePair, Lexicons, active_pairs
from search.translation.translate import (
    DEFAULT_OPTIONS,
    Alternative,
    TranslationGroup,
    TranslationOptions,
    translate,
)
from search.translation.vocabulary import TermVocabulary, Vocabulary

__all__ = [
    "DEFAULT_OPTIONS",
    "FORMAT_VERSION",
    "LEXICON_DIRECTORY",
    "ActivePair",
    "Alternative",
    "Lexicon",
    "LexiconFormatError",
    "LexiconHeader",
    "Lexicons",
    "SourcePackage",
    "TermVocabulary",
    "TranslationGroup",
    "TranslationOptions",
    "Vocabulary",
    "active_pairs",
    "lexicon_filename",
    "query_languages",
    "read_header",
    "translate",
    "write_lexicon",
]
