"""Number words of English and French ordinals ("thirty-seventh", "trente-septième").

Keys are lower-case and without diacritics; :func:`treatyscope.pipeline.meta_text.parse_ordinal`
folds the text the same way and splits a compound ("quatre-vingt-huitième", "one hundred
and fourth") into these words.  Each entry is ``word: (value, is_ordinal)``.
"""

from __future__ import annotations

from treatyscope.data.numbers import EN_UNITS, FR_UNITS
from treatyscope.data.numbers import HUNDREDS as HUNDRED_WORDS
from treatyscope.textutil import strip_accents

#: Cardinals come from the claims' number words (one table of the language's numbers),
#: keyed without diacritics like the rest of this table.
_EN_CARDINALS = {w: v for w, v in EN_UNITS.items() if v > 0 and w != "dozen"} | HUNDRED_WORDS
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_FR_CARDINALS = {strip_accents(w): v for w, v in FR_UNITS.items() if v > 0 and w != "douzaine"} | {
    w: v for w, v in HUNDRED_WORDS.items() if w != "hundred"
}
_FR_ORDINALS = {
    "premier": 1, "premiere": 1, "unieme": 1, "deuxieme": 2, "second": 2, "seconde": 2,
    "troisieme": 3, "quatrieme": 4, "cinquieme": 5, "sixieme": 6, "septieme": 7,
    "huitieme": 8, "neuvieme": 9, "dixieme": 10, "onzieme": 11, "douzieme": 12,
    "treizieme": 13, "quatorzieme": 14, "quinzieme": 15, "seizieme": 16, "vingtieme": 20,
    "trentieme": 30, "quarantieme": 40, "cinquantieme": 50, "soixantieme": 60,
    "centieme": 100,
}

#: word -> (value, is_ordinal), English and French.
NUMBER_WORDS: dict[str, tuple[int, bool]] = {
    **{w: (v, False) for w, v in _EN_CARDINALS.items()},
    **{w: (v, True) for w, v in _EN_ORDINALS.items()},
    **{w: (v, False) for w, v in _FR_CARDINALS.items()},
    **{w: (v, True) for w, v in _FR_ORDINALS.items()},
}
#: Words that join the parts of a compound number ("one hundred and fourth", "vingt et unième").
JOINERS = frozenset({"and", "et"})
#: Multipliers: the number so far is multiplied, not added ("one hundred", "deux cents").
HUNDREDS = frozenset({"hundred", "hundredth", "cent", "cents", "centieme"})
#: French "quatre-vingt" (4 x 20): "vingt" multiplies a preceding "quatre".
SCORE_WORDS = frozenset({"vingt", "vingts", "vingtieme"})
#: Suffixes of ordinals written with digits: "37th", "68e", "35ème", "1er", "1re".
DIGIT_SUFFIXES = ("st", "nd", "rd", "th", "e", "eme", "ieme", "er", "re", "ere", "o")
