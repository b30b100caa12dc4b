"""Number words in English and French: cardinals, scales, ordinals, fractions, multipliers.

Data only; :mod:`treatyscope.pipeline.claim_tokens` reads these tables to turn
"Thirty-nine", "two-year", "quatre-vingt-dix", "2,76 milliards" or "half" into values.
Every key is lower case; accents are kept as written in the UN texts.
"""

from __future__ import annotations

#: Cardinal words that add their value ("twenty" + "one").
EN_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
FR_UNITS: dict[str, int] = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60, "douzaine": 12,
}

#: French approximate collective numbers, counted after "une" ("une trentaine de membres":
#: about thirty).  Not "quarantaine", which is far more often a quarantine.
FR_COLLECTIVES: dict[str, float] = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}

#: Words after French "un"/"une" that make it a number, not an article (with the
#: collectives above): "un million", "un tiers", "un demi-million", "un seul juge".  Only
#: before these is an elided "d'"/"qu'"/"l'" cut from "un" ("plus d'un million").
FR_ONE_NUMBERS = frozenset({"million", "milliard", "tiers", "quart", "seul", "seule"})
#: French number words that take an elided article without "un" before them ("d'onze").
FR_ELIDED_NUMBERS = frozenset({"onze"})

#: Words that multiply what precedes them and close a group ("two hundred", "trois cents").
HUNDREDS: dict[str, int] = {"hundred": 100, "cent": 100, "cents": 100}

#: Scale words: multiply the group before them ("2.6 million", "2,76 milliards").
SCALES: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "mille": 1e3, "milliard": 1e9, "milliards": 1e9, "bn": 1e9,
    # the South Asian scales: "1,250 crore taka", "5 lakh people"
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
}
#: Scale words that only count after digits ("5bn"), never alone.
DIGIT_ONLY_SCALES = frozenset({"bn"})

#: Connectors allowed inside one compound number ("one hundred and five", "vingt et un").
INNER_CONNECTORS = frozenset({"and", "et"})

#: Ordinal words; a number-word group that ends in one of these is an ordinal, not a count.
EN_ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth",
    "fiftieth", "fiftiefth", "sixtieth", "seventieth", "eightieth", "ninetieth", "hundredth",
    "thousandth", "millionth",
})
FR_ORDINALS = frozenset({"premier", "première", "premiers", "premières", "second", "seconde"})
#: French ordinals are built with this suffix ("trente-septième", "unième").
FR_ORDINAL_SUFFIXES = ("ième", "ieme", "ièmes")

#: Fractions stated as words: value in per cent.
FRACTIONS: dict[str, float] = {
    "half": 50.0, "one-half": 50.0, "one-third": 33.3, "two-thirds": 66.7,
    "one-quarter": 25.0, "three-quarters": 75.0, "moitié": 50.0,
    "one-fifth": 20.0, "two-fifths": 40.0, "three-fifths": 60.0, "four-fifths": 80.0,
    "one-tenth": 10.0,
    # after the definite article ("près du tiers de son budget", "le quart des communes")
    "tiers": 33.3, "quart": 25.0,
}
#: Multi-word fractions ("a third of", "two thirds of", "les deux tiers"): value in per cent.
FRACTION_PHRASES: dict[tuple[str, ...], float] = {
    ("one", "third"): 33.3, ("a", "third"): 33.3, ("two", "thirds"): 66.7,
    ("a", "quarter"): 25.0, ("one", "quarter"): 25.0, ("three", "quarters"): 75.0,
    ("un", "tiers"): 33.3, ("deux", "tiers"): 66.7, ("un", "quart"): 25.0,
    ("trois", "quarts"): 75.0,
    ("a", "fifth"): 20.0, ("one", "fifth"): 20.0, ("two", "fifths"): 40.0,
    ("three", "fifths"): 60.0, ("four", "fifths"): 80.0, ("a", "tenth"): 10.0,
    ("one", "tenth"): 10.0, ("un", "cinquième"): 20.0, ("deux", "cinquièmes"): 40.0,
    ("trois", "cinquièmes"): 60.0, ("un", "dixième"): 10.0,
}

#: Multipliers stated as words ("tripled", "double the rate", "twice as many").
MULTIPLIERS: dict[str, float] = {
    "double": 2.0, "doubled": 2.0, "doubling": 2.0, "twice": 2.0, "twofold": 2.0,
    "two-fold": 2.0, "triple": 3.0, "tripled": 3.0, "trebled": 3.0, "tripling": 3.0,
    "threefold": 3.0, "three-fold": 3.0, "quadrupled": 4.0, "quadrupling": 4.0, "fourfold": 4.0,
    "four-fold": 4.0, "fivefold": 5.0, "tenfold": 10.0, "doublé": 2.0, "doublée": 2.0,
    "doublés": 2.0, "triplé": 3.0, "triplée": 3.0, "triplés": 3.0, "quadruplé": 4.0,
    "halved": 0.5, "halving": 0.5,
    # the French infinitive ("a permis de doubler les effectifs")
    "doubler": 2.0, "tripler": 3.0, "quadrupler": 4.0,
}

#: Words after "half" that make it a span of time, not a share ("the second half of the year").
HALF_OF_TIME = frozenset({
    "year", "century", "decade", "month", "day", "session", "term", "period", "week",
    "année", "siècle", "mois", "semaine",
})
#: Words before "half" or "moitié" that make it a time span or a part, not a share.
HALF_BLOCKERS = frozenset({"first", "second", "latter", "other", "première", "seconde"})


def cardinal_value(word: str, lang: str) -> int | None:
    """The value of one cardinal word ("twelve" -> 12), or None."""
    return (FR_UNITS if lang == "fr" else EN_UNITS).get(word)


def is_ordinal_word(word: str) -> bool:
    """True for "seventh", "hundredth", "trente-septième", "unième", "première"."""
    return (word in EN_ORDINALS or word in FR_ORDINALS
            or (len(word) > 4 and word.endswith(FR_ORDINAL_SUFFIXES)))


def is_number_word(word: str, lang: str) -> bool:
    """True if ``word`` can be part of a spelled-out cardinal in ``lang``."""
    if word in HUNDREDS and (lang == "fr" or word == "hundred"):
        return True
    if word in SCALES and word not in DIGIT_ONLY_SCALES:
        return lang == "fr" or word != "mille"
    return cardinal_value(word, lang) is not None


def words_value(words: list[str], lang: str) -> float | None:
    """The value of a spelled-out cardinal given as lower-case parts, or None.

    >>> words_value(["thirty", "nine"], "en"), words_value(["quatre", "vingt", "dix"], "fr")
    (39.0, 90.0)
    """
    total, group = 0.0, 0.0
    for word in words:
        if word in INNER_CONNECTORS:
            continue
        if word in HUNDREDS:
            group = max(group, 1.0) * 100
        elif word in SCALES:
            total += max(group, 1.0) * SCALES[word]
            group = 0.0
        elif lang == "fr" and word in ("vingt", "vingts") and group % 100 == 4.0:
            group += 76.0  # quatre-vingt(s), after hundreds too: "cent quatre-vingts" is 180
        else:
            value = cardinal_value(word, lang)
            if value is None:
                return None
            group += value
    return total + group
