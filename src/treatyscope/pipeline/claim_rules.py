"""Which numerals are not quantities: dates, years, clock times, identifiers, ages, time frames.

:func:`exclusions` returns, for each numeral of a sentence that states no quantity, the
reason: ``year``, ``date``, ``time``, ``symbol`` (document symbols, press codes, phone
numbers, "COVID-19"), ``identifier`` (article, paragraph, rule, convention, resolution and
general-comment numbers), ``name`` ("Human Rights 75 pledge"), ``age`` ("children up to the
age of 17"), ``threshold`` ("living on less than one dollar a day"), ``time-frame`` ("over
the past two years", "three years later"), ``marker`` (paragraph numbers) or ``idiom``.
Identifiers and dates pass their reason along a list ("articles 19 et 22", "15 and 16 January").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import takewhile

import pycountry

from treatyscope.data.claim_words import (
    AGE_AFTER,
    AGE_COMPARATORS,
    AGE_VERBS,
    AGE_WORDS,
    CAPITALISED_OK,
    CHANGE_VERBS,
    CLOCK_WORDS,
    IDENTIFIER_WORDS,
    IDIOMS,
    LIST_CONNECTORS,
    MEETING_TIME_VERBS,
    MONTHS,
    NUMBERED_TEXTS,
    RATE_PERIODS,
    TIME_FRAME_BEFORE,
    TIME_REFERENCE_AFTER,
)
from treatyscope.data.countries import lookup_country
from treatyscope.data.units import (
    CURRENCY_PREFIXES,
    MEETING_SPANS,
    PERSON_NOUNS,
    PLURAL_PERSON_NOUNS,
    UNIT_PHRASES,
    iso_currency_codes,
)
from treatyscope.pipeline.claim_scan import Vocabulary
from treatyscope.pipeline.claim_tokens import NUMBER_STARTS, Numeral, Tok, glued

#: Years that a bare four-digit number is read as ("Code pénal de 1854", "since 1840"); a
#: count in that range is written with a separator ("2,555") or followed by its noun.
YEAR_RANGE = (1500, 2100)
#: How far back (tokens) an age word may stand before the number it delimits
#: ("up to the age of 17" = 3 tokens; "aged one to three" = 3 for "three").
AGE_LOOKBACK = 4

Rule = Callable[[list[Tok], Numeral, str], bool]


#: Longest unit phrase looked for.
UNIT_PHRASE_WORDS = 4


def _by_first_word(phrases: dict[tuple[str, ...], str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases of at most UNIT_PHRASE_WORDS words grouped by first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        if 0 < len(phrase) <= UNIT_PHRASE_WORDS:
            out.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(group) for word, group in out.items()}


#: UNIT_PHRASES by first word (only for speed: unit_at is asked for most numbers).
_UNITS_BY_FIRST = _by_first_word(UNIT_PHRASES)


def unit_at(toks: list[Tok], j: int) -> tuple[str, int] | None:
    """The unit phrase starting at token ``j`` and the index of its last token, or None.

    The longest phrase of :data:`UNIT_PHRASES` (up to :data:`UNIT_PHRASE_WORDS` words) wins.
    """
    if j >= len(toks):
        return None
    if (toks[j].text in ("-", "‑") and j + 1 < len(toks) and toks[j + 1].low == "fold"
            and glued(toks[j], toks[j + 1])):
        return "multiplier", j + 1  # "a 2.5-fold increase"
    for phrase in _UNITS_BY_FIRST.get(toks[j].low, ()):
        size = len(phrase)
        if size == 1 or (j + size <= len(toks)
                         and tuple(t.low for t in toks[j : j + size]) == phrase):
            return UNIT_PHRASES[phrase], j + size - 1
    capitalised = toks[j].text[:1].isupper()
    # "3 million Namibia dollars", "Fiji dollars" (a State's name first: "Fiji" ends as a
    # demonym does, and the bare "dollars" after it would be US dollars)
    country = _country_currency(toks, j) if capitalised else None
    if country is not None:
        return country
    if toks[j].low in _NEW_CURRENCY or capitalised:
        # "15 million Moldovan lei", "3 billion Japanese yen", "900 million Kazakh tenge",
        # "38 million nuevos soles"
        after = unit_at(toks, j + 1)
        if after is not None and after[0].isupper() and len(after[0]) == 3:
            return after
    return None


@cache
def _currencies_by_country() -> dict[tuple[str, str], str]:
    """(alpha-2 code, currency noun) -> ISO 4217 code, from the two-word currency names
    ("namibian dollars" -> ("NA", "dollars") -> NAD): an ISO 4217 code opens with the
    alpha-2 code of its country."""
    out: dict[tuple[str, str], str] = {}
    for phrase, code in UNIT_PHRASES.items():
        if len(phrase) == 2 and len(code) == 3 and code.isupper() and code[:2] != "XX":
            out.setdefault((code[:2], phrase[1]), code)
    # ... and from ISO 4217's names, whose last word is the noun ("Solomon Islands Dollar"
    # -> ("SB", "dollars"), "Leone" -> ("SL", "leones"))
    for currency in pycountry.currencies:
        noun = currency.name.split()[-1].lower() + "s"
        if noun[:-1].isalpha() and pycountry.countries.get(alpha_2=currency.alpha_3[:2]):
            out.setdefault((currency.alpha_3[:2], noun), currency.alpha_3)
    return out


#: The nouns of those currencies (only for speed: most capitalised words precede none).
_CURRENCY_NOUNS = frozenset(noun for _, noun in _currencies_by_country())


def _country_currency(toks: list[Tok], j: int) -> tuple[str, int] | None:
    """The currency a State's name gives the noun after it ("Namibia dollars": NAD;
    "Sierra Leone leones": SLE), a name of one or two words; None for anything else."""
    for size in (1, 2):
        noun_at = j + size
        if noun_at >= len(toks) or toks[noun_at].low not in _CURRENCY_NOUNS:
            continue
        code = lookup_country(" ".join(t.text for t in toks[j:noun_at]))
        country = pycountry.countries.get(alpha_3=code) if code else None
        currency = (_currencies_by_country().get((country.alpha_2, toks[noun_at].low))
                    if country is not None else None)
        if currency is not None:
            return currency, noun_at
    return None


#: "New" before a currency renamed so ("nuevos soles", "new shekels", "nouveaux soles").
_NEW_CURRENCY = frozenset({"new", "nuevos", "nuevo", "nouveaux", "nouveau", "nouvelle",
                           "nouvelles"})


def may_start_unit(low: str) -> bool:
    """True if a unit phrase of :func:`unit_at` starts with the word ``low``."""
    return low in _UNITS_BY_FIRST


def bare(low: str) -> str:
    """:attr:`Tok.bare` of a token whose :attr:`Tok.low` is ``low``."""
    return _BARE[low] if "'" in low else low


def _low(toks: list[Tok], j: int) -> str:
    """:attr:`Tok.bare` of token ``j``, or "" outside the tokens."""
    if 0 <= j < len(toks):
        low = toks[j].low
        return _BARE[low] if "'" in low else low  # Tok.bare, without its call (speed)
    return ""


#: Tok.low -> Tok.bare.
_BARE: Vocabulary[str, str] = Vocabulary(lambda low: Tok(0, 0, low, "word", low).bare)
#: Tok.low -> whether its Tok.bare is in AGE_WORDS.
_AGE_WORD: Vocabulary[str, bool] = Vocabulary(lambda low: _BARE[low] in AGE_WORDS)


def _is_year(toks: list[Tok], num: Numeral, lang: str) -> bool:
    tok = toks[num.first]
    if num.kind != "digits" or num.first != num.last or not tok.text.isdigit():
        return False
    if len(tok.text) == 2:
        return _short_end_year(toks, num)
    if len(tok.text) != 4:
        return False
    if not YEAR_RANGE[0] <= num.value <= YEAR_RANGE[1]:
        return False
    nxt = num.last + 1
    unit = unit_at(toks, nxt)
    if unit and unit[0] in ("percent", "USD", "EUR", "CHF"):
        return False
    # a plural person noun counts ("2002 children"), unless a preposition of time makes
    # the number a year ("since 2019 persons convicted of torture could not ..."); a
    # singular one is a compound named by the year ("the 2002 child labour survey")
    return (_low(toks, nxt) not in PLURAL_PERSON_NOUNS
            or _low(toks, num.first - 1) in _YEAR_PREPOSITIONS
            or _titled(toks, nxt))  # "the 2018 Roma Needs Assessment": a name


def _is_decade(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """A decade ("les années 90", "au cours des années 2000"): a time, not a quantity."""
    return (num.kind == "digits" and num.value % 10 == 0 and num.value == int(num.value)
            and _low(toks, num.first - 1) in ("années", "annees"))


#: A meeting's ordinal with its French suffix apart ("la 1463 e séance", extraction's space).
_SPACED_SUFFIXES = frozenset({"e", "è", "ème", "eme", "re", "ère"})
_MEETING_NOUNS = frozenset({"séance", "seance", "session", "réunion", "reunion"})


def _is_spaced_ordinal(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """A meeting's ordinal whose suffix extraction set apart ("la 1463 e séance")."""
    return (num.kind == "digits" and _low(toks, num.last + 1) in _SPACED_SUFFIXES
            and _low(toks, num.last + 2) in _MEETING_NOUNS)


def _titled(toks: list[Tok], at: int) -> bool:
    """True when the words at ``at`` and after it are capitalised: a title, not a noun."""
    return (at + 1 < len(toks) and toks[at].text[:1].isupper()
            and toks[at + 1].kind == "word" and toks[at + 1].text[:1].isupper())


#: Prepositions of time before a four-digit number: a year, whatever noun follows it.
_YEAR_PREPOSITIONS = frozenset({"since", "until", "till", "in", "during", "depuis", "jusqu'en",
                                "en", "durant"})


def _short_end_year(toks: list[Tok], num: Numeral) -> bool:
    """True for the two-digit end of a span of years glued to its start: "2021-22"."""
    if num.first < 2 or not _glued_pair(toks, num.first - 2, num.first):
        return False
    start = toks[num.first - 2].text
    return (len(start) == 4 and start.isdigit() and YEAR_RANGE[0] <= int(start) <= YEAR_RANGE[1]
            and int(toks[num.first].text) == (int(start) + 1) % 100)


def _is_date(toks: list[Tok], num: Numeral, lang: str) -> bool:
    if num.kind == "digits" and _date_stamp(toks[num.first].text):
        return True  # "19990126 Committee Concludes ...": an old release's date line
    if num.kind != "digits" or num.value > 31 or num.value != int(num.value):
        return False
    nxt, prev = _low(toks, num.last + 1), _low(toks, num.first - 1)
    if nxt in ("er", "1er") and glued(toks[num.last], toks[num.last + 1]):
        nxt = _low(toks, num.last + 2)
    return nxt in MONTHS or (prev in MONTHS and prev != "may") or _numeric_date(toks, num)


def _date_stamp(digits: str) -> bool:
    """True for a date written YYYYMMDD ("19990126"), as New York releases stamp their
    headline."""
    if len(digits) != 8 or not digits.isdigit() or digits[:2] not in ("19", "20"):
        return False
    month, day = int(digits[4:6]), int(digits[6:])
    return 1 <= month <= 12 and 1 <= day <= 31


def _numeric_date(toks: list[Tok], num: Numeral) -> bool:
    """A part of "2020-09-29" or "3/23/2023": three numbers glued by "-" or "/", one a year."""
    lo = hi = num.first
    while lo >= 2 and _glued_pair(toks, lo - 2, lo):
        lo -= 2
    while hi + 2 < len(toks) and _glued_pair(toks, hi, hi + 2):
        hi += 2
    parts = [t for t in toks[lo : hi + 1] if t.kind == "num"]
    return len(parts) >= 3 and any(len(t.text) == 4 for t in parts)


def _glued_pair(toks: list[Tok], a: int, b: int) -> bool:
    """True if tokens ``a`` and ``b`` are numbers joined by one glued "-", "–" or "/"."""
    return (toks[a].kind == "num" and toks[b].kind == "num" and toks[a + 1].text in ("-", "/", "–", "‑")
            and glued(toks[a], toks[a + 1]) and glued(toks[a + 1], toks[b]))


#: Words before "N heures" that make it a clock time, not a duration ("pendant 48 heures").
_CLOCK_BEFORE_FR = frozenset({"à", "a", "de", "dès", "vers", "jusqu'à", "jusqu’à", "avant",
                              "après", "entre"})


#: Words before "de" that make "de N heures" a clock time ("à partir de 13 heures", "la
#: séance de 10 heures"); after another noun it is a length ("un module de 16 heures",
#: "un délai de 24 heures"), unless a time closes it ("de 10 heures à 13 heures").
_CLOCK_BEFORE_DE = frozenset({"partir", "séance", "réunion", "session", "séances", "réunions",
                              # "publiées jeudi à compter de 17 heures"
                              "compter"})


def _duration_of(toks: list[Tok], num: Numeral, prev: str) -> bool:
    """True for "de N heures" after a noun that it measures (see _CLOCK_BEFORE_DE): "la
    séance de 15 heures" is the meeting at three, "une séance de trois heures" lasted three."""
    if prev != "de":
        return False
    if _low(toks, num.first - 2) in _CLOCK_BEFORE_DE and _low(toks, num.first - 3) not in (
            "une", "un", "des"):
        return False
    return not (_low(toks, num.last + 2) in ("à", "a", "et")
                and _low(toks, num.last + 3)[:1].isdigit())


def _is_time(toks: list[Tok], num: Numeral, lang: str) -> bool:
    nxt, prev = _low(toks, num.last + 1), _low(toks, num.first - 1)
    if nxt in CLOCK_WORDS and (nxt != "heures" or (prev in _CLOCK_BEFORE_FR
                                                   and 0 <= num.value <= 24
                                                   and not _duration_of(toks, num, prev))):
        return True  # "à 16 heures", "à partir de 13 heures"; not "limitée à 48 heures"
    if prev in ("heures", "heure") and num.first >= 2 and toks[num.first - 2].kind == "num":
        return True  # the minutes of "ouverte à 15 heures 5"
    if prev == "h" or (prev == ":" and glued(toks[num.first - 1], toks[num.first])) or (
            nxt == ":" and _low(toks, num.last + 2).isdigit()):
        return True  # "10h30", "10:30"; not "reste élevé : 18 %" (a spaced French colon)
    if nxt in ("a", "p") and _low(toks, num.last + 2) == "." and _low(toks, num.last + 3) == "m":
        return True  # "05 a .m." (a broken PDF line)
    if prev not in ("at", "à"):
        return False
    if unit_at(toks, num.last + 1) is not None:
        return False  # "closed prisons stood at 96 per cent": a measure, no clock time
    window = {t.bare for t in toks[max(0, num.first - 5) : num.first]}
    return bool(window & MEETING_TIME_VERBS)


def _is_symbol(toks: list[Tok], num: Numeral, lang: str) -> bool:
    first, last = toks[num.first], toks[num.last]
    if num.first > 0:
        prev = toks[num.first - 1]
        if glued(prev, first) and ((prev.kind == "word" and not prev.low.endswith("'"))
                                   or prev.text in "/.#_+@°º"):
            return True  # "K9", "No.5"; not an elided "d'" ("plus d'un million")
        if glued(prev, first) and prev.text in "-‑" and num.first > 1:
            before = toks[num.first - 2]
            return glued(before, prev) and before.kind == "word"  # "COVID-19"
        if prev.text in ("+", "#"):
            return True
    if num.last + 1 < len(toks):
        nxt = toks[num.last + 1]
        if glued(last, nxt) and (nxt.text in "/_@" or (nxt.kind == "word" and num.kind == "digits"
                                                       and nxt.low not in ("%",))):
            return nxt.low not in UNIT_PHRASES_GLUED
        if nxt.text == "/" and _low(toks, num.last + 2).isdigit():
            return True
        if nxt.text == "+" and glued(last, nxt) and _low(toks, num.last + 2).isdigit():
            return True  # "the 5+2 negotiations": a name
    return False


def _slash_years(toks: list[Tok], num: Numeral, lang: str = "en") -> bool:
    """True for either half of a period written with a slash: "2014/2015", "2018/19".  A
    year, not a symbol: it does not spread to the figure after it ("from 850 million in
    2014/2015 to 2.1 billion")."""
    def year(i: int, short: bool = False) -> bool:
        text = toks[i].text if 0 <= i < len(toks) else ""
        return text.isdigit() and ((len(text) == 4 and text[:2] in ("19", "20"))
                                   or (short and len(text) == 2))

    if num.first != num.last or not toks[num.first].text.isdigit():
        return False
    i = num.first
    slash_after = i + 1 < len(toks) and toks[i + 1].text == "/" and glued(toks[i], toks[i + 1])
    if slash_after and year(i) and year(i + 2, short=True) and glued(toks[i + 1], toks[i + 2]):
        return True
    slash_before = i >= 2 and toks[i - 1].text == "/" and glued(toks[i - 1], toks[i])
    return slash_before and year(i - 2) and year(i, short=True) and glued(toks[i - 2], toks[i - 1])


# Units written glued to digits ("11%" is punctuation; these are words): "5bn".
UNIT_PHRASES_GLUED = frozenset({"bn"})


_NUMBER_WORDS = ("no", "nos", "n°", "nº", "number", "numéro")
#: Words before "year" that make it a time, not a school year ("in the past year 39 cases").
_YEAR_DETERMINERS = frozenset({"this", "last", "past", "next", "previous", "preceding",
                               "current", "same", "that", "each", "every", "per", "a",
                               "following", "subsequent"})


def _is_identifier(toks: list[Tok], num: Numeral, lang: str) -> bool:
    j = num.first - 1
    if _low(toks, j) in (".", "°", "º"):  # "No. 26", "para. 15", "n° 97" (cut in two tokens)
        j -= 1
        if _low(toks, j) in ("n", "par", "al", "p"):  # (French "par. 30", "al. 2", "p. 100")
            return True
    prev = _low(toks, j)
    if prev in _NUMBER_WORDS:
        return True
    if prev == "o" and _low(toks, j - 1) == "n":
        return True  # "n o 5": the "nº" of a French record's copy, split in two
    if prev == "year":  # a school year ("year 12 attainment"), not a count ...
        # ... unless the year is a time the count is of: "this year 13 arrest warrants"
        return (num.value < 100 and "," not in toks[num.first].text
                and _low(toks, j - 1) not in _YEAR_DETERMINERS)
    # (a number word before a counted noun counts: "since the previous session seven
    # countries had become parties")
    counted = num.kind != "digits" and _low(toks, num.last + 1) in _COUNTED_PLURALS
    return prev in IDENTIFIER_WORDS and not _followed_by_noun(toks, num) and not counted


#: Plural nouns a number word before them counts, whatever word precedes it.
_COUNTED_PLURALS = PLURAL_PERSON_NOUNS | frozenset({
    "countries", "states", "cases", "reports", "communications", "complaints", "pays", "états",
    "rapports", "plaintes"})


#: Words after a number that make it a telephone number ("the 112 emergency number",
#: "the 116 hotline", "le 119 numéro vert").
_PHONE_NOUNS = frozenset({"hotline", "helpline", "numéro", "number", "line", "ligne"})
_PHONE_ADJECTIVES = frozenset({"emergency", "toll-free", "free", "telephone", "phone", "hotline",
                               "helpline", "d'urgence", "vert", "verte", "gratuit", "gratuite"})


_PHONE_WORDS = _PHONE_ADJECTIVES | _PHONE_NOUNS


def _is_phone_number(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """"the 112 emergency number", "the 116 hotline": a number to call, not a count (but
    "500 hotline calls" counts calls)."""
    if num.kind != "digits" or not toks[num.first].text.isdigit():
        return False
    nxt, after = _low(toks, num.last + 1), _low(toks, num.last + 2)
    if nxt in ("hotline", "helpline"):
        return not after.endswith("s")
    before = num.first - 1 - (_low(toks, num.first - 1) in ("le", "la", "the"))
    before -= _low(toks, before) == ","
    named = {_low(toks, k) for k in range(max(0, before - 2), before + 1)}
    if not named.isdisjoint(_PHONE_NOUNS) and nxt in (",", ")", ".") and (
            _low(toks, num.first - 1) not in ("to", "à")):  # not "the total number to 119."
        # "the national child helpline, 116, had received ...", "une ligne d'assistance
        # gratuite, le 813, fonctionne ..."
        return True
    if (_low(toks, num.first - 1) in _PHONE_WORDS
            and not _PHONE_NOUNS.isdisjoint(_low(toks, k) for k in range(num.first - 3, num.first))
            and not _low(toks, num.last + 1).endswith("s")):
        # "le numéro vert 116 avait reçu", "the toll-free line 1515 received", "the child
        # helpline 1098 received", "le numéro d'appel gratuit 109"
        return True
    return (nxt in _PHONE_ADJECTIVES and after in _PHONE_NOUNS) or (
        nxt in ("numéro", "ligne") and _low(toks, num.last + 2) in _PHONE_ADJECTIVES)


def _is_number_called(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """"appeler le 116", "en composant le 119": the number of a line (a name, which unlike
    an identifier does not spread to the figures listed after it: "le 119, 2 000 enfants")."""
    return (num.kind == "digits" and _low(toks, num.first - 1) in ("le", "au")
            and _low(toks, num.first - 2) in _CALL_VERBS)


#: Verbs before "le <number>" that name a number to call.
_CALL_VERBS = frozenset({"appeler", "appelant", "composer", "composant", "joindre",
                         "contacter", "appelé", "composé"})


def _in_quoted_name(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """A number word inside a short quotation: the name of a policy or a slogan ("the “one
    country, two systems” principle", "the “Three Pillars” strategy"), no count.  A
    quotation long enough to be said ("“We have built two hundred schools,” she said")
    still counts."""
    if num.kind != "words":
        return False
    opened = next((j for j in range(num.first - 1, max(-1, num.first - QUOTED_NAME_TOKENS), -1)
                   if toks[j].text in _OPENING_QUOTES), None)
    if opened is None:
        return False
    closed = next((j for j in range(num.last + 1, min(len(toks), opened + QUOTED_NAME_TOKENS + 1))
                   if toks[j].text in _CLOSING_QUOTES), None)
    # (a quotation that ends a sentence or a clause inside its marks is said, not named:
    # "“We built two schools,” she said")
    return (closed is not None and toks[closed - 1].text not in (",", ".", "!", "?", ";")
            and not any(t.text in _OPENING_QUOTES for t in toks[opened + 1:closed]))


#: The most tokens, quotation marks included, of a quoted name.
QUOTED_NAME_TOKENS = 8
_OPENING_QUOTES = frozenset({"“", "«", '"', "‘"})
_CLOSING_QUOTES = frozenset({"”", "»", '"', "’"})


def _is_number_part(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """The second part of a numbered text's number ("Law No. 2015-36", "loi n° 2020/05").
    (Not an "identifier": a count may follow in the same list.)"""
    j = num.first - 1
    if _low(toks, j) not in ("-", "‑", "/") or j < 1 or toks[j - 1].kind != "num":
        return False
    if not (glued(toks[j - 1], toks[j]) and glued(toks[j], toks[num.first])):
        return False
    k = j - 2
    if _low(toks, k) in (".", "°", "º"):  # "No. 2015-36"; "n° 2006-015" is cut in two tokens
        k -= 1
        if _low(toks, k) == "n":
            return True
    # (or the text's noun alone: "la loi 2015-36")
    return _low(toks, k) in _NUMBER_WORDS or _low(toks, k) in NUMBERED_TEXTS


def _followed_by_noun(toks: list[Tok], num: Numeral) -> bool:
    """"law 5 years" stays a duration; "convention 189" stays an identifier."""
    return unit_at(toks, num.last + 1) is not None


def _is_name(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """A number inside a capitalised name: "Human Rights 75 pledge", "Windows 10"."""
    if num.first < 2 or num.kind != "digits":
        return False
    prev = toks[num.first - 1]
    if prev.kind != "word" or not prev.text[0].isupper() or prev.low in CAPITALISED_OK:
        return False
    if prev.low.endswith("'s"):  # "The Committee's 18 experts"
        return False
    nxt = _low(toks, num.last + 1)
    if unit_at(toks, num.last + 1) or nxt in PERSON_NOUNS or (len(nxt) > 3 and nxt.endswith("s")):
        return False  # a count in a title: "Committee Reviews 25 Reports"
    if prev.low in MONTHS or prev.low in CURRENCY_PREFIXES:
        return False
    if prev.text.isupper():
        # an acronym's number closing its phrase ("In ADPF 635, the Court ..."): a case or a
        # text; not a currency code's amount ("USD 5", read as money before this rule)
        return (len(prev.text) >= 3 and prev.text.isalpha() and nxt in (",", ".", ";", ")")
                and prev.text not in iso_currency_codes())
    return toks[num.first - 2].text not in (".", ":", ";", "(", "—", "–")


def _is_named_word(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """A number word written with a capital inside a sentence, before capitalised singular
    words: a name ("the Zero Hunger programme"), not a count ("Twenty Reports", "Eight
    Country Reports" in a title count)."""
    if num.kind != "words" or num.first < 1 or not toks[num.first].text[:1].isupper():
        return False
    if toks[num.first - 1].text in (".", ":", ";", "(", "—", "–", "\"", "“", "'", "‘"):
        return False  # the first word of a sentence or a clause
    capitalised = list(takewhile(lambda t: t.kind == "word" and t.text[:1].isupper(),
                                 toks[num.last + 1:num.last + 1 + _TITLE_NOUN_WORDS]))
    return bool(capitalised) and not any(_plural_noun(t.low) for t in capitalised)


#: Capitalised words read after a number word for the plural noun it counts ("Eight
#: Country Reports").
_TITLE_NOUN_WORDS = 3


def _plural_noun(low: str) -> bool:
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


#: AGE_AFTER by its first word (only for speed: no other phrase can match; none is empty).
_AGE_AFTER_BY_FIRST: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
for _phrase in AGE_AFTER:
    _AGE_AFTER_BY_FIRST.setdefault(_phrase[:1], []).append(_phrase)


#: Verbs that make a number the value of an age named before them: "The legal age of
#: marriage was 18 years" states the age (a claim); "children up to the age of 17" only
#: delimits a group.
_AGE_IS = frozenset({"was", "is", "were", "are", "remained", "remains", "became", "est",
                     "était", "reste"})


#: Verbs after which "at the age of N" is the value of a rule: "criminal liability began at
#: the age of 16", "the age was set at 18".
_AGE_SET = frozenset({"began", "begins", "started", "starts", "commenced", "set", "fixed",
                      "commençait", "commence", "fixé", "fixée"})


def _is_age(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """An age that delimits a group ("children up to the age of 17", "15-year-old girls"),
    not the value an age is set to ("the minimum age of marriage was 18")."""
    if _low(toks, num.first - 1) in _TURNING and _low(toks, num.last + 1) in _AFTER_TURNING:
        return True  # "until they turned 18" (probe 340: it had taken the kroner before)
    return _delimits_by_age(toks, num) and not _sets_age(toks, num)


#: Verbs of reaching an age, and what may follow the age.
_TURNING = frozenset({"turned", "turn", "turns", "turning"})
_AFTER_TURNING = frozenset({"", ".", ",", ";", ":", "years", "and", "or", ")"})


def _sets_age(toks: list[Tok], num: Numeral) -> bool:
    """True when the number is the value of an age (asked after :func:`_delimits_by_age`,
    which is cheaper and mostly False: same answer as asking first)."""
    if _low(toks, num.first - 1) in _AGE_IS:
        return True  # "the minimum age of marriage was 18"
    # "criminal liability began at the age of 16": the rule's value
    return [_low(toks, j) for j in range(num.first - 4, num.first)] in (
        ["at", "the", "age", "of"], ["à", "l'âge", "de", ""]) and _low(toks, num.first - 5) in _AGE_SET


#: The words right after a number (Tok.low) that an age phrase after it starts with, and
#: the words right before it (Tok.bare) that the rules of _delimits_by_age after the
#: look-back need: a number with neither is no age unless an age word stands before it
#: (only for speed).
_AGE_NEXT = frozenset({p[0] for p in AGE_AFTER} | {"-", "ans", "years"})
_AGE_PREV = AGE_VERBS | AGE_COMPARATORS | {"de", "than", "as", "before", "avant", "at"}


#: English person nouns that are French adjectives after a noun ("un programme national
#: de cinq ans": the programme's length, no one's age).
_FR_ADJECTIVES = frozenset({"national", "nationale", "local", "locale"})


def _measure_after(toks: list[Tok], num: Numeral) -> bool:
    """True when a share or an amount of money follows the number ("91 per cent", "350
    lari"): a measure of its own, no age."""
    j = num.last + 1
    unit = unit_at(toks, j) if j < len(toks) else None
    if unit is not None and (unit[0] == "percent" or (len(unit[0]) == 3 and unit[0].isupper())):
        return True
    return _ratio_after(toks, j)


def _ratio_after(toks: list[Tok], j: int) -> bool:
    """True when ``toks[j]`` goes on a ratio: "one in ten", "un sur dix", "two out of 18"
    (not "aged 15 in 2020": a year)."""
    step = 2 if (_low(toks, j), _low(toks, j + 1)) == ("out", "of") else 1
    if step == 1 and _low(toks, j) not in ("in", "sur"):
        return False
    k = j + step
    return k < len(toks) and (toks[k].low in NUMBER_STARTS
                              or (toks[k].kind == "num" and len(toks[k].text) < 4))


#: Words joining two ages ("16 and 17 year olds", "16 or 17 years old").
_AGE_PAIRS = frozenset({"and", "or", "to", "et", "ou", "à"})


def _age_phrase_after(toks: list[Tok], last: int) -> bool:
    """True when an age phrase follows the number ending at ``toks[last]`` ("17 years of
    age", "17 year olds", "15-year-old")."""
    after = tuple([t.low for t in toks[last + 1 : last + 4]])
    if any(after[: len(p)] == p for p in _AGE_AFTER_BY_FIRST.get(after[:1], ())):
        return True
    return after[:1] == ("-",) and bool(after[1:2]) and after[1].startswith(("year-old", "ans"))


def _delimits_by_age(toks: list[Tok], num: Numeral) -> bool:
    """True when an age word or phrase around the number makes it an age limit."""
    # An age word among the AGE_LOOKBACK tokens before, after the last punctuation there;
    # not before a share ("the employment rate of persons of working age stood at 11.4 per
    # cent": the rate, no age), nor before an amount ("under 70 years of age and 350 lari")
    if _measure_after(toks, num):
        return False
    if _low(toks, num.first - 1) == "by":
        return False  # "raise the retirement age by 5 years": the size of a change
    for tok in reversed(toks[max(0, num.first - AGE_LOOKBACK) : num.first]):
        if tok.text in ",;:()" or tok.kind == "num":
            break  # "young people aged under 25 represented 68 per cent": 25 is the age
        if _AGE_WORD[tok.low]:
            return True
    prev = _low(toks, num.first - 1)
    nxt = toks[num.last + 1].low if num.last + 1 < len(toks) else ""
    if nxt not in _AGE_NEXT and prev not in _AGE_PREV and nxt not in _AGE_PAIRS:
        return False  # what the rules below find (only for speed)
    if _age_phrase_after(toks, num.last):
        return True
    # the first of two ages: "16 and 17 year olds", "16- and 17-year-olds"
    j = num.last + 1 + (_low(toks, num.last + 1) == "-")
    if (_low(toks, j) in _AGE_PAIRS and j + 1 < len(toks) and toks[j + 1].kind == "num"
            and _age_phrase_after(toks, j + 1)):
        return True
    after = tuple([t.low for t in toks[num.last + 1 : num.last + 4]])
    before = _low(toks, num.first - 2)
    if prev == "as" and before in ("young", "old") and _low(toks, num.first - 3) == "as":
        return True  # "children as young as 12"
    if prev in AGE_VERBS and after[:1] == ("ans",):  # "un Rom qui aura vingt ans"
        return True
    if prev == "de" and before in PERSON_NOUNS and before not in _FR_ADJECTIVES and "ans" in after:
        return True  # "des élèves de 13 à 15 ans": how old a group is
    if prev in ("than", "de") and before in AGE_COMPARATORS:
        prev, before = before, _low(toks, num.first - 3)
        if before == "de":
            before = _low(toks, num.first - 4)
    if prev in AGE_COMPARATORS and before in AGE_VERBS and after[:1] in (("ans",), ("years",)):
        return True  # "dont 47,1 % ont moins de 18 ans": how old a part of them is
    if prev in _YOUNGER and before in ("%", "cent") and after[:1] in (("ans",), ("years",)):
        return True  # "dont 47,5 % de moins de 18 ans": how old a share of them is
    if prev in ("before", "avant", "at") and before in _MARRIED and num.value <= 21:
        return True  # "had been married before 18", "could marry at 16": an age, no count
    if (prev in ("under", "below") and before in _BE and 10 <= num.value <= 21
            and (_low(toks, num.first - 3) in ("who", "he", "she", "they", "to", "population",
                                                 "populations")
                 or _low(toks, num.first - 3) in PERSON_NOUNS)
            and unit_at(toks, num.last + 1) is None):
        # "no person who was under 18 at the time of the offence", "83 persons found to be
        # under 18": an age
        return True
    if ([_low(toks, j) for j in range(num.first - 3, num.first)] in (
            ["des", "moins", "de"], ["les", "moins", "de"], ["aux", "moins", "de"])
            and after[:1] == ("ans",)):
        return True  # "la mortalité des moins de cinq ans": the children under five
    if prev == "de" and before in ("dessous", "au-dessous") and after[:1] == ("ans",):
        return True  # "le travail des enfants en dessous de 16 ans": which children
    return prev in AGE_COMPARATORS and before in PERSON_NOUNS


#: Comparators of an age limit right after a share ("47,5 % de moins de 18 ans"); not
#: "over" or "above", which after a share give its period ("fell 30 per cent over 5 years").
_YOUNGER = frozenset({"under", "below", "younger", "older", "moins", "plus"})


#: Forms of "be" between a person and their age limit ("who was under 18").
_BE = frozenset({"was", "were", "is", "are", "be", "been", "being"})


#: Words of marriage before "before N" (an age).
_MARRIED = frozenset({"married", "marry", "wed", "wedded", "mariée", "mariées", "mariés",
                      "marié", "mariage", "marriage"})


#: Words after a number that make it the bound of a class ("with 25 or more workers").
_OR_MORE = frozenset({("or", "more"), ("or", "over"), ("or", "above"), ("and", "over"),
                      ("and", "above"), ("ou", "plus")})
#: Words before such a bound that make it delimit the things counted, not count them.
_CLASS_BEFORE = frozenset({"with", "having", "employing", "of", "avec", "de"})


def _is_threshold(toks: list[Tok], num: Numeral, lang: str) -> bool:
    if ((_low(toks, num.last + 1), _low(toks, num.last + 2)) in _OR_MORE
            and _low(toks, num.first - 1) in _CLASS_BEFORE):
        return True  # "employers with 25 or more workers": which employers, not how many
    found = unit_at(toks, num.last + 1)
    if not found or found[0] not in ("USD", "EUR", "CHF", "GBP"):
        return False
    rate = (_low(toks, found[1] + 1), _low(toks, found[1] + 2))
    if rate[0] not in ("a", "per", "par") or rate[1] not in RATE_PERIODS:
        return False
    return "on" in [t.low for t in toks[max(0, num.first - 4) : num.first]]


def _is_time_frame(toks: list[Tok], num: Numeral, lang: str) -> bool:
    if _low(toks, num.first - 1) in ("in", "en", "within") and _after_a_change(toks, num):
        return True  # "passé de 12 à 19 en trois ans": the period of the change
    if (_low(toks, num.first - 1) == "over" and _low(toks, num.first - 2) not in _OVER_AS_MORE
            and _after_a_change(toks, num)):
        return True  # "had risen by 150 per cent over five years" (probe b)
    after = num.last + 1
    if _low(toks, after) in TIME_FRAME_BEFORE:  # "trois dernières années"
        after += 1
        if _low(toks, after) in _ONE_PERIOD:
            return False  # "USD 5 million last year": what the year counted (probe C)
    period_kind = _low(toks, after) in _PERIOD_KINDS  # "the last two fiscal years"
    if period_kind:
        after += 1
    found = unit_at(toks, after)
    unit = num.unit if num.kind == "hyphen" else found[0] if found else None
    if unit not in ("years", "months", "weeks", "days", "hours") and _low(toks, num.last + 1) not in (
            "decades", "décennies"):
        return False
    end = found[1] if found and num.kind != "hyphen" else num.last
    if _low(toks, end + 1) in TIME_REFERENCE_AFTER and not (
            _low(toks, end + 1) == "plus" and _low(toks, end + 2) not in ("tard", "tôt")) and not (
            _lasts(toks, num)):
        return True
    before = _low(toks, num.first - 1)
    if before in ("every", "chaque") or (before == "les" and _low(toks, num.first - 2) in (
            "tous", "toutes")):
        return True  # "reviewed every two years", "tous les deux ans": how often, no length
    if unit in MEETING_SPANS:
        return False
    if before == "the" and _low(toks, num.first - 2) in ("over", "during", "throughout"):
        return True  # "prosecuted over the three years": the period of the count
    if before == "sur" or (before == "over" and _done_over(toks, num.first - 1)):
        return True  # "sur trois ans", "convictions had been obtained over seven years"
    if before in ("in", "en") and _after_superlative(toks, num.first - 1):
        return True  # "the most severe drought in 50 years": how rare, no duration
    if before in ("just", "only", "seulement", "à peine") and _low(toks, num.first - 2) in (
            "in", "en"):
        return True  # "in just two years": the time something took
    if (before in ("in", "en", "within") and _low(toks, end + 1) == ","
            and _low(toks, num.first - 2) in ("", ",", "that", "que", "qu")):
        return True  # "En dix ans, le chômage a baissé de moitié": a fronted period
    if _low(toks, end + 1) == "," and _fronted_for(toks, num.first):
        return True  # "for more than five years, Paraguay had been working to ...": how long

    if before == "en" and end + 1 < len(toks) and (
            toks[end + 1].low == "de" or toks[end + 1].low.startswith(("d'", "d’"))):
        # (the raw word: _low drops an elided "d'")
        return True  # "En vingt-cinq ans d'application de la loi": a period
    if before in _DEFINITE and _frames_a_relative(toks, end):
        return True  # "les deux années de son mandat, au cours desquelles ...": when (probe t)
    return (before in TIME_FRAME_BEFORE or _low(toks, num.last + 1) in TIME_FRAME_BEFORE
            or (period_kind and _low(toks, num.first - 2) in TIME_FRAME_BEFORE))


#: Words of an approximate length between "for" and its figure ("for more than five years").
_LENGTH_QUALIFIERS = frozenset({"more", "than", "over", "nearly", "almost", "about", "some",
                                "around", "close", "to", "plus", "de", "près", "presque"})


def _fronted_for(toks: list[Tok], first: int) -> bool:
    """True when the figure at ``toks[first]`` is the length of a period that opens its
    clause with "for" ("For nearly a decade, ...", "that, for more than five years, ..."):
    how long another fact went on."""
    k = first - 1
    while k >= 0 and toks[k].low in _LENGTH_QUALIFIERS:
        k -= 1
    return (k >= 0 and toks[k].low in ("for", "pendant", "durant")
            and _low(toks, k - 1) in ("", ",", "that", "que", "qu"))


#: Determiners of a period named as a noun phrase ("the two years of her term", "les deux
#: années"), not a length a verb takes ("lasted two years").
_DEFINITE = frozenset({"the", "those", "these", "her", "his", "their", "its", "les", "ces",
                       "ses", "leurs", "des"})
#: A relative clause of time after a period: what happened in it is the fact.
_DURING_WHICH = frozenset({("during", "which"), ("in", "which"), ("au", "cours"),
                           ("durant", "lesquels"), ("durant", "lesquelles"),
                           ("pendant", "lesquels"), ("pendant", "lesquelles")})
#: Tokens read after a period for that clause ("two years of her term, during which").
_DURING_REACH = 8


def _frames_a_relative(toks: list[Tok], end: int) -> bool:
    """True when a comma and "during which" / "au cours desquelles" follow the period ending
    at ``toks[end]`` within a short complement: the period frames the clause's facts."""
    for k in range(end + 1, min(len(toks) - 2, end + 1 + _DURING_REACH)):
        if toks[k].text in ".;:?!()":
            return False
        if toks[k].text == ",":
            return (toks[k + 1].low, toks[k + 2].low) in _DURING_WHICH
    return False


#: Words before "over" that make it "more than" ("had risen to over five years"): the
#: duration is the level reached, a claim.
_OVER_AS_MORE = frozenset({"to", "by", "from", "at", "of", "reached", "was", "were", "is",
                           "are", "be", "been", "than", "and", "or"})
#: A single period after "last" or "next": the time of a count, not its length.
_ONE_PERIOD = frozenset({"year", "month", "week", "day", "année", "semaine"})
#: Kinds of year between a number and its unit ("two fiscal years", "three school years").
_PERIOD_KINDS = frozenset({"fiscal", "financial", "calendar", "academic", "school", "budget",
                           "budgetary", "consecutive"})
#: Participles after which "over N years" is how long something lasted, not the period of
#: another fact ("detained over seven years").
_LASTING = frozenset({"lasted", "extended", "exceeded", "detained", "held", "imprisoned",
                      "sentenced", "jailed", "kept", "remained", "stayed", "served", "waited",
                      "delayed", "postponed", "lasting", "spent", "took", "taken"})


def _done_over(toks: list[Tok], over: int) -> bool:
    """True when "over" at ``over`` follows a participle that did not last, with a count
    before it in its clause ("four convictions had been obtained over seven years"): the
    period of the count.  ("The plan would be implemented over five years" gives the plan's
    length, a claim like a session's.)"""
    verb = _low(toks, over - 1)
    if not verb.endswith("ed") or verb in _LASTING:
        return False
    for tok in reversed(toks[max(0, over - 12) : over - 1]):
        if tok.low in (",", ";", ":", "which", "qui"):
            return False
        if tok.kind == "num" or tok.low in NUMBER_STARTS:
            return True
    return False


#: Superlatives that a period after them measures ("the worst in 50 years", "the first time
#: in 20 years", "le plus bas depuis 30 ans" is a time reference already).
_SUPERLATIVE = frozenset({"most", "least", "worst", "best", "highest", "lowest", "largest",
                          "biggest", "smallest", "first", "deadliest", "severest", "greatest"})


def _after_superlative(toks: list[Tok], at: int) -> bool:
    """True when a superlative stands in the few words before ``at`` (with no clause break)."""
    for k in range(at - 1, max(-1, at - 5), -1):
        word = toks[k].low
        if word in (",", ";", ":"):
            return False
        if word in _SUPERLATIVE or (len(word) > 5 and word.endswith("iest")):
            return True
    return False


#: Words between "for" and a duration ("for up to 72 hours", "for more than 96 hours", "for
#: an average of 17 days").
_DURATION_LEADS = frozenset({"up", "to", "more", "less", "than", "over", "under", "at",
                             "least", "most", "about", "around", "some", "nearly", "an", "a",
                             "average", "maximum", "minimum", "of", "period", "moyenne",
                             "une", "en", "maximale", "durée", "d'une", "de"})


def _after_a_change(toks: list[Tok], num: Numeral) -> bool:
    """True when a duration follows a change "from X to Y" ("de X à Y") of its sentence."""
    unit = unit_at(toks, num.last + 1)
    if not unit or unit[0] not in ("years", "months"):
        return False
    before = [t.low for t in toks[max(0, num.first - 12) : num.first]]
    if any(a in ("from", "de") and b in ("to", "à") for a, b in zip(before, before[2:], strict=False)):
        return True
    if _from_to_with_units(before):
        return True  # "had fallen from 76.1 per cent to 72.8 per cent over five years" (probe ab)
    # or a verb of change shortly before, in the clause: "a diminué d'un tiers en dix ans",
    # "had tripled in five years"
    for word in reversed(before[-8:]):
        if word in (",", ";", ":"):
            return False
        if word in CHANGE_VERBS or word in _CHANGE_NOUNS:
            return True
    return False


def _from_to_with_units(words: list[str]) -> bool:
    """True for "from <number> <unit words> to <number> <unit words>" ending the words, a
    change with its units written out ("from 76.1 per cent to 72.8 per cent")."""
    ends = [k for k in range(2, len(words) - 1) if words[k] == "to" and words[k + 1][:1].isdigit()]
    return bool(ends) and any(words[j] == "from" and words[j + 1][:1].isdigit()
                              for j in range(max(0, ends[-1] - 4), ends[-1] - 1))


#: Nouns of a change whose period a duration after it gives ("une hausse de 40 % en trois
#: ans", probe 334), and verbs of a change not listed among CHANGE_VERBS.
_CHANGE_NOUNS = frozenset({"tripled", "halved", "hausse", "baisse", "augmentation",
                           "diminution", "recul", "progression", "rise", "fall", "drop",
                           "growth", "decline"})


def _lasts(toks: list[Tok], num: Numeral) -> bool:
    """True for a duration ("held for more than 96 hours before being brought before a
    judge"): "for" before the number, past its approximators, makes the time after it a
    length, not the time of another fact ("two years before the election")."""
    j = num.first - 1
    while j >= 0 and toks[j].low in _DURATION_LEADS:
        j -= 1
    return j >= 0 and toks[j].low in ("for", "pendant", "durant")


def _is_marker(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """Paragraph, list and note numbers: "2.Mr. Candler", "1. At the invitation", "(1)",
    and a note's "[3]" ("... in 2019.[3]")."""
    nxt = _low(toks, num.last + 1)
    if num.first == 0 and num.kind == "digits" and nxt in (".", ")"):
        return True
    before = _low(toks, num.first - 1)
    if nxt == ")" and before != "(" and num.kind == "digits" and num.value < 20:
        return _next_label(toks, num.value - 1) or _next_label(toks, num.value + 1)
    return ((before == "(" and nxt == ")") or (before == "[" and nxt == "]")) and num.value < 100


def _next_label(toks: list[Tok], value: float) -> bool:
    """True if the sentence holds the list label ``value`` with a bracket only after it
    ("1) detention, 2) asylum"): labels come in series."""
    return any(t.kind == "num" and t.text == f"{value:.0f}" and _low(toks, k + 1) == ")"
               and _low(toks, k - 1) != "(" for k, t in enumerate(toks))


#: First words of the idioms (only for speed: most numbers start none), and the idioms as
#: a set (looked up, not scanned).
_IDIOM_HEADS = frozenset(i[0] for i in IDIOMS if i)
_IDIOM_SET = frozenset(IDIOMS)
_EMPTY_IDIOM = () in _IDIOM_SET


def _is_idiom(toks: list[Tok], num: Numeral, lang: str) -> bool:
    if toks[num.first].low in _IDIOM_HEADS or _EMPTY_IDIOM:
        words = tuple(t.low for t in toks[num.first : num.first + 4])
        if any(words[: len(i)] == i for i in IDIOMS):
            return True
    first = num.first  # the words ending with the number's first: one or two of them
    before = (toks[first - 1].low, toks[first].low) if first > 0 else (toks[first].low,)
    return before in _IDIOM_SET


def _is_frequency(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """"deux fois par an", "three times a year", "twice per month": how often, no multiple."""
    if num.kind != "multiplier" and _low(toks, num.last + 1) not in ("fois", "times"):
        return False
    end = num.last + (0 if num.kind == "multiplier" else 1)
    return (_low(toks, end + 1) in ("par", "per", "a", "an", "each", "every", "chaque")
            and _low(toks, end + 2) in _FREQUENCY_PERIODS)


#: What a frequency counts per.
_FREQUENCY_PERIODS = RATE_PERIODS | {"semaine", "année", "trimestre", "quarter", "session"}


def _is_rate_base(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """The base of a rate ("126 deaths per 100,000 live births", "79 pour 1 000"): the
    figure is the number before it, not the base.  A base is a power of ten: in "un
    magistrat pour 26 000 habitants" the number is the figure (a ratio)."""
    before = _low(toks, num.first - 1)
    # ("for every" too: "110 boys for every 100 girls"; "sur" too, from 100: "1,6 sur 100
    # 000 habitants"; "un enfant sur 10" is a ratio)
    every = before == "every" and _low(toks, num.first - 2) == "for"
    return (num.kind == "digits" and _power_of_ten(num.value)
            and (before in ("per", "pour") or every or (before == "sur" and num.value >= 100)))


def _power_of_ten(value: float) -> bool:
    digits = str(int(value))
    return value == int(value) and len(digits) > 1 and digits == "1" + "0" * (len(digits) - 1)


#: Meetings that bound a time ("communications received in the interim period between the
#: two sessions"): the number names the two meetings, it counts nothing.
_BOUNDING_MEETINGS = frozenset({"sessions", "meetings", "réunions", "séances"})


def _is_interval(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """"between the two sessions", "entre les deux sessions": a time, not a count."""
    return (_low(toks, num.first - 1) in ("the", "les")
            and _low(toks, num.first - 2) in ("between", "entre")
            and _low(toks, num.last + 1) in _BOUNDING_MEETINGS)


#: Units whose size defines a kind of them ("a family of four", "un ménage de cinq
#: personnes"): the number qualifies the noun, it states no quantity.
_SIZED_UNITS = frozenset({"family", "household", "famille", "ménage", "foyer"})


def _is_group_size(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """"the consumer basket for a family of four": a kind of family, not a count."""
    return _low(toks, num.first - 1) in ("of", "de") and _low(toks, num.first - 2) in _SIZED_UNITS


#: What "one of the ..." picks out, not counts: a superlative ("one of the most serious")
#: or an abstract set ("one of the reasons", "one of its priorities").  "One of the
#: pre-sessional meetings was cancelled" does count a meeting.
_ONE_OF_WHAT = frozenset({
    "most", "main", "key", "major", "biggest", "greatest", "best", "worst", "largest",
    "highest", "lowest", "few", "reasons", "factors", "obstacles", "causes", "challenges",
    "priorities", "problems", "issues", "concerns", "aims", "goals", "objectives", "areas",
    "ways", "means", "pillars", "elements", "aspects", "features", "examples", "barriers",
    "difficulties", "achievements", "sources", "drivers", "consequences", "lessons",
})


def _is_one_of(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """"One of the obstacles was the cost", "one of its main priorities": one picked out
    of a set, no count (see :data:`_ONE_OF_WHAT`)."""
    if num.value != 1 or num.kind != "words" or _low(toks, num.last + 1) != "of":
        return False
    if _low(toks, num.last + 2) not in ("the", "its", "their", "his", "her", "our"):
        return False
    if _low(toks, num.first - 1) == "," and num.first >= 2 and toks[num.first - 2].text[:1].isupper():
        return True  # "Felice Gaer, one of the panel's 10 members, said": who she is
    return _low(toks, num.last + 3) in _ONE_OF_WHAT or _low(toks, num.last + 4) in _ONE_OF_WHAT


def _is_rejected(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """A figure a speaker corrects ("10.0 per cent, not 9.1 per cent", "71 deaths, and not
    64", "et non 64"): stated as wrong, no quantity as fact."""
    at = num.first - 1
    if _set_aside(toks, at, num.last + 1):
        return True
    if _low(toks, at) in _BEFORE_CORRECTED:  # "et non à 5,1 %", "et non pas 64", "not the 64"
        at -= 1
    before = _low(toks, at)
    if before == "not":
        # "..., not 9.1 per cent"; or "was not 30.8 per cent, but 12 per cent": the figure
        # the sentence then gives instead
        return _low(toks, at - 1) in (",", "and", "but") or _instead_after(toks, num.last + 1)
    return before == "non" and _low(toks, at - 1) in ("et", ",")


#: Tokens after a denied figure within which "but" and the figure given instead may come.
INSTEAD_REACH = 16


def _instead_after(toks: list[Tok], start: int) -> bool:
    """True when "but" ("rather", "mais") and another figure follow a denied one closely,
    an aside between ("not 14 per cent, as had been suggested, but 19 per cent", probe 363)."""
    for k in range(start, min(len(toks), start + INSTEAD_REACH)):
        if toks[k].low in ("but", "rather", "mais"):
            return any(t.kind == "num" for t in toks[k + 1 : k + 4])
        if toks[k].kind == "num" or toks[k].low in (";", ":"):
            return False
    return False


def _set_aside(toks: list[Tok], at: int, after: int) -> bool:
    """True for a figure set aside for another (``at``: the token before it, ``after``: the
    one after it): "rather
    than the figure of 30 per cent cited", "instead of 64", "au lieu de 64"; or one named as
    someone else's and denied: "The figure of 100,000 cited by some NGOs had no basis"."""
    figure = (_low(toks, at) in ("of", "de", "d'", "d’")
              and _low(toks, at - 1) in ("figure", "estimate", "chiffre", "estimation"))
    if figure and _denied_after(toks, after):
        return True
    if figure and _low(toks, at) == "of":
        at -= 2 + (_low(toks, at - 2) == "the")
    return (_low(toks, at), _low(toks, at - 1)) in _INSTEAD_OF


#: Words that deny a figure just cited ("had no basis", "was outdated", "était erroné").
_DENIALS = frozenset({"basis", "outdated", "incorrect", "inaccurate", "exaggerated", "wrong",
                      "erroneous", "unfounded", "false", "erroné", "inexact", "exagéré",
                      "fondement", "dépassé", "faux",
                      # ("was a typographical error", "was a mistake", probe 367)
                      "error", "mistake", "typo", "misprint", "erreur", "coquille"})


def _denied_after(toks: list[Tok], start: int) -> bool:
    """True when the words after a cited figure deny it, before the sentence's next figure
    or the end of its clause ("…, had no basis in verified records")."""
    for k in range(start, min(len(toks), start + 20)):
        tok = toks[k]
        if tok.kind == "num" or tok.low in (";", ":"):
            return False
        if tok.low in _DENIALS:
            return True
    return False


#: Two words (the last first) that set a figure aside for another ("rather than", "instead
#: of", "au lieu de", "plutôt que").
_INSTEAD_OF = frozenset({("than", "rather"), ("of", "instead"), ("de", "lieu"), ("que", "plutôt"),
                         ("d'", "lieu"), ("d’", "lieu")})
#: A word between the negation and the corrected figure.
_BEFORE_CORRECTED = frozenset({"à", "de", "d'", "d’", "pas", "the", "of", "at", "to"})


RULES: tuple[tuple[str, Rule], ...] = (
    ("date", _is_date), ("year", _slash_years), ("symbol", _is_symbol), ("time", _is_time), ("year", _is_year),
    ("year", _is_decade), ("marker", _is_spaced_ordinal),
    ("marker", _is_marker), ("identifier", _is_identifier), ("name", _is_name),
    ("age", _is_age), ("threshold", _is_threshold), ("time-frame", _is_time_frame),
    ("time-frame", _is_interval), ("number-part", _is_number_part),
    ("idiom", _is_idiom), ("idiom", _is_one_of), ("rate-base", _is_rate_base), ("qualifier", _is_group_size),
    ("frequency", _is_frequency),
    ("identifier", _is_phone_number), ("rejected", _is_rejected),
    ("name", _is_number_called), ("name", _in_quoted_name), ("name", _is_named_word),
)
#: Reasons that spread along a list of numbers joined by commas, "and", "to" ...
_LIST_REASONS = frozenset({"identifier", "date", "symbol", "age", "time"})


def exclusions(toks: list[Tok], nums: list[Numeral], lang: str) -> dict[int, str]:
    """Index into ``nums`` -> why that numeral states no quantity."""
    out: dict[int, str] = {}
    for k, num in enumerate(nums):
        for reason, rule in RULES:
            if rule(toks, num, lang):
                out[k] = reason
                break
    _spread_along_lists(toks, nums, out)
    return out


def _linked(toks: list[Tok], a: Numeral, b: Numeral, reason: str | None = None) -> bool:
    """True if only list connectors separate numeral ``a`` from the next numeral ``b``.

    Parts of one symbol or phone number may be separated by spaces alone ("+41 22 917").
    """
    between = toks[a.last + 1 : b.first]
    if not between:
        return reason in ("symbol", "identifier", "time")
    if reason == "identifier" and _is_sub_item(between):
        # "articles 2 (a) and 5 (d)": past the sub-paragraph's letter, a conjunction, or a
        # comma before another lettered article (not "article 5 (d), 12 cases were ...")
        between = between[3:]
        if not ((len(between) == 1 and between[0].low in ("and", "et", "or", "ou"))
                or _is_sub_item(toks[b.last + 1 : b.last + 4])):
            return False
    if reason == "date" and len(between) == 3 and between[2].low in ("le", "the"):
        between = between[:2]  # "entre le 2 et le 6 mars": the day's article
    elif reason == "date" and len(between) == 2 and between[1].low in ("le", "the"):
        between = between[:1]
    return len(between) <= 2 and all(t.low in LIST_CONNECTORS for t in between)


def _is_sub_item(toks: list[Tok]) -> bool:
    """True if ``toks`` opens with a sub-paragraph's letter or numeral in brackets: "(a)",
    "(iv)"."""
    return (len(toks) >= 3 and toks[0].text == "(" and toks[2].text == ")"
            and ((len(toks[1].text) == 1 and toks[1].text.isalpha())
                 or set(toks[1].low) <= set("ivx")))


#: Words that join the two ends of a range ("7 to 14", "entre 7 et 14", "7-14").
_RANGE_JOINERS = frozenset({"to", "and", "-", "–", "à", "et", "au"})
#: Words that open a range before its low end.
_RANGE_OPENERS = frozenset({"between", "from", "entre", "de", "of", "aged", "âgés", "âgées"})


def _range_of(toks: list[Tok], a: Numeral, b: Numeral) -> bool:
    """True when numerals ``a`` and ``b`` are the two ends of one range: one joiner between
    them, and a word that opens a range (or a dash) before ``a``."""
    between = toks[a.last + 1 : b.first]
    if len(between) != 1 or between[0].low not in _RANGE_JOINERS:
        return False
    return between[0].low in ("-", "–") or (a.first > 0 and toks[a.first - 1].low in _RANGE_OPENERS)


def _counts_after(toks: list[Tok], symbol: Numeral, num: Numeral) -> bool:
    """True when ``num`` follows the symbol after a comma and names what it counts with a
    plural noun ("17 affaires", "17 cases") or a unit."""
    if _low(toks, symbol.last + 1) != "," or num.last + 1 >= len(toks):
        return False
    def lower(k: int) -> bool:
        return k < len(toks) and toks[k].kind == "word" and toks[k].text.isalpha() and (
            toks[k].text.islower())

    def plural(k: int) -> bool:
        return (lower(k) and toks[k].text.endswith(("s", "x"))) or _low(toks, k) in PERSON_NOUNS

    after = num.last + 1  # "17 affaires", "300 young people"
    if (_low(toks, after) == "of" and _low(toks, after + 1) in ("which", "whom", "them", "these",
                                                                 "those")) or _low(
            toks, after) in ("had", "have", "were", "was", "d'entre", "d’entre"):
        return True  # a part, or a subject: "under article 143.1, 9 of which had ..." (probe 352)
    return plural(after) or (lower(after) and plural(after + 1)) or _followed_by_noun(toks, num)


#: Words before an identifier that name the basis of a count ("11 under article 365").
_BASIS_BEFORE = frozenset({"under", "pursuant", "selon", "sous"})


def _own_identifier_after(toks: list[Tok], num: Numeral) -> bool:
    """True when a numeral has an identifier of its own right after it ("3 persons had been
    convicted under article 127 and 11 under article 365"): it counts, it is no second
    article of the list before it."""
    words = [t.low for t in toks[num.last + 1 : num.last + 4]]
    return (len(words) >= 2 and words[0] in _BASIS_BEFORE
            and any(w in IDENTIFIER_WORDS for w in words[1:]))


def _spread_along_lists(toks: list[Tok], nums: list[Numeral], out: dict[int, str]) -> None:
    for k in range(len(nums) - 1):  # forwards: "articles 19 and 22", "conventions 183, 181"
        reason = out.get(k)
        if (reason in _LIST_REASONS and k + 1 not in out
                and _linked(toks, nums[k], nums[k + 1], reason)
                and not (reason == "age" and _measure_after(toks, nums[k + 1]))
                and not (reason in ("symbol", "identifier") and _counts_after(toks, nums[k], nums[k + 1]))
                and not (reason == "identifier" and _own_identifier_after(toks, nums[k + 1]))):
            # (an age then a share or an amount is no list of ages: "children under five to
            # 91 per cent", "under 70 years of age and 350 lari per month"; a number with its
            # noun after a symbol is a count: "la loi n° 2008/018, 17 affaires")
            out[k + 1] = reason
    for k in range(len(nums) - 1, 0, -1):  # backwards: "15 and 16 January", "5 to 16 November"
        day = nums[k - 1].kind == "digits" and nums[k - 1].value <= 31
        if day and out.get(k) in ("date", "time") and k - 1 not in out and _linked(
                toks, nums[k - 1], nums[k], "date" if out.get(k) == "date" else None):
            out[k - 1] = out[k]
        elif out.get(k) == "age" and k - 1 not in out and _range_of(toks, nums[k - 1], nums[k]):
            out[k - 1] = "age"  # "between 7 and 14 years of age": both ends are ages
