"""Number words of English and French ordinals ("thirty-seventh", "trente-septième").

Keys are lower-case and without diacritics; :func:`treatyscope.pipeline.meta_text.parse_ordinal`
folds the text the same way and splits a compound ("quatre-vingt-huitième", "one hundred
and fourth") into these words.  Each entry is ``word: (value, is_ordinal)``.
"""

from __future__ import annotations

_EN_CARDINALS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100,
}
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}
_FR_CARDINALS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100,
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
