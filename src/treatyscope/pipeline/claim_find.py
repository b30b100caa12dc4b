"""The numeric-claim finder: quantities stated in one sentence, with unit and qualifier.

:func:`find_quantities` is pure: it reads a sentence of a text and returns
:class:`Quantity` items (span, value, unit, qualifier, counted noun).  It knows nothing of
speakers, years or duplicates; :mod:`treatyscope.pipeline.claims` adds those.

A quantity's span covers the numeral and the unit or counted noun after it ("2.76 billion
dollars", "5,300 Kyrgyz citizens", "40 to 80 per cent"); a currency sign before it is
included ("US$ 5 million"); approximators stay outside and become the ``qualifier``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import takewhile
from math import log10
from operator import attrgetter
from typing import NamedTuple

from treatyscope.data.claim_words import (
    ADDITIONS_AFTER,
    ADDITIONS_BEFORE,
    AUXILIARIES,
    CHANGE_VERBS,
    COPULAS,
    ELLIPSIS_BEFORE,
    ELLIPSIS_OF,
    ELLIPSIS_OTHERS,
    FR_INVARIABLE,
    IRREGULAR_PLURALS,
    MONTHS,
    NOT_PLURAL,
    NP_SKIP,
    NP_STOP,
    OWN_MEASURE_NOUNS,
)
from treatyscope.data.numbers import EN_UNITS, FR_COLLECTIVES, FR_UNITS, SCALES
from treatyscope.data.units import (
    COUNTED_UNIT_PHRASES,
    CURRENCY_PREFIXES,
    DEMONYM_ENDINGS,
    INVARIABLE_DEMONYMS,
    LETTER_DOLLARS,
    LONGEST_QUALIFIER,
    NOT_CURRENCY_CODES,
    ONE_COUNTABLE,
    OTHER_LETTER_DOLLAR,
    PLURAL_PERSON_NOUNS,
    PREPOSITION_HEADS,
    QUALIFIERS,
    SPEAKER_NOUNS,
    VOTE_CONTEXT,
    VOTE_PHRASES,
    iso_currency_codes,
    normalise_noun,
    plural_noun,
)
from treatyscope.model import Span, Value
from treatyscope.pipeline.claim_rules import bare, exclusions, may_start_unit, unit_at
from treatyscope.pipeline.claim_scan import Vocabulary
from treatyscope.pipeline.claim_subject import COLON_REACH, borrowed_subject, subject_within
from treatyscope.pipeline.claim_tokens import (
    Numeral,
    Tok,
    digits_value,
    glued,
    join_spaced_groups,
    may_hold_number,
    numerals,
    token_at,
    tokenize,
    writes_number_word,
)
from treatyscope.pipeline.claim_years import years_written
from treatyscope.pipeline.spans import new_span

#: Longest counted noun phrase looked at after a number ("14 international independent
#: human rights experts" needs 5; longer phrases in the corpus are clauses).
MAX_NP_WORDS = 5
#: Tokens between two numbers of one list of counts ("one draft and two future general
#: comments" = 2; "four non-admissibility cases, and one withdrawal" = 4).
COORDINATION_WINDOW = 5
#: Nouns whose "of" phrase names what a bare number counts ("the total of States parties").
TOTAL_WORDS = frozenset({"number", "total", "numbers", "count", "nombre"})
OPENING_QUOTES = frozenset({"«", "“", "\"", "‘", "'"})
_CLOSING_QUOTES = frozenset({"»", "”", "\"", "’", "'"})
#: The most tokens, quotation marks included, of a quoted name before a counted noun.
_QUOTED_NAME_TOKENS = 8
_LOW = attrgetter("low")
_RANGE_WORDS = frozenset({"to", "-", "‑", "–", "—", "à"})


@dataclass(frozen=True, slots=True)
class Quantity:
    """One quantity found in a sentence."""

    span: Span
    value: Value
    unit: str | None
    qualifier: str | None = None
    noun: str | None = None  # the counted noun as written, e.g. "citizens"
    elided: bool = False  # no unit or noun in the sentence: the caller may inherit one
    subject: str = ""  # what is counted, in the sentence's words


class _Found(NamedTuple):
    """A numeral or range with the token index where its unit or noun ends (a named tuple:
    cheaper to make than a dataclass)."""

    lo: Numeral
    hi: Numeral | None
    start: int  # first token (a currency sign before the number, if any)
    end: int  # last token of the span
    unit: str | None
    noun: str | None = None
    elided: bool = False


def find_quantities(text: str, sentence: Span, lang: str = "en",
                    lowered: str | None = None) -> list[Quantity]:
    """Every quantity stated in ``text[sentence]``, in order.

    lowered (str | None): :func:`~treatyscope.pipeline.claim_scan.lowered` of ``text``,
        which speeds up skipping sentences without a number (same result).
    """
    if not may_hold_number(text, sentence.start, sentence.end, lowered):
        return []
    return quantities_in(text, sentence, lang)


def quantities_in(text: str, sentence: Span, lang: str) -> list[Quantity]:
    """:func:`find_quantities` without the cheap test for a number (for callers that made
    it, e.g. with :func:`~treatyscope.pipeline.claim_tokens.number_sentences`)."""
    toks = join_spaced_groups(text, tokenize(text, sentence.start, sentence.end), lang)
    nums = numerals(toks, lang)
    dropped = exclusions(toks, nums, lang)
    kept = [n for k, n in enumerate(nums) if k not in dropped]
    votes = not VOTE_CONTEXT.isdisjoint(map(_LOW, toks))
    found: list[_Found] = []
    k = 0
    while k < len(kept):
        ratio = _ratio(toks, kept, k)
        if ratio is not None:
            found.append(ratio)
            k += 2
            continue
        hi = _range_end(toks, kept, k)
        item = _describe(toks, kept[k], kept[k + 1] if hi else None, lang, votes,
                         _coordinated(toks, kept, k))
        if item is not None:
            found.append(item)
        k += 2 if hi else 1
    return _quantities(toks, found)


def only_dropped_years(text: str, sentence: Span, classes: bytes, runs: bytes) -> bool:
    """True if every number of the sentence is a year that the "year" rule of
    :mod:`~treatyscope.pipeline.claim_rules` drops, so that :func:`find_quantities` finds
    nothing there (only for speed: such sentences need not be cut into tokens).

    classes, runs (bytes): :func:`~treatyscope.pipeline.claim_scan.letter_classes` of the
        lowered text, and the same with its digits made spaces.

    Exact: without a word a number starts with (:func:`writes_number_word`), the numerals
    of a sentence are its digit groups.  When each digit belongs to a :data:`YEAR` match
    that is a whole token, and the token after each is no scale word, no hyphen, no person
    noun and starts no unit phrase, each numeral is that year alone, of four digits in
    the year range, and some rule (the "year" rule if no earlier one) drops it.
    """
    start, end = sentence.start, sentence.end
    digits = classes.count(b"0", start, end)
    if not digits or digits % 4 or writes_number_word(runs, start, end):
        return False  # no year, a digit outside the years, or a number word
    years = years_written(text, start, end)
    if digits != 4 * len(years):
        return False  # a digit outside the years
    return all(_dropped_year(text, at, stop, end) for _, at, stop in years)


def _dropped_year(text: str, start: int, stop: int, end: int) -> bool:
    """True if the year ``text[start:stop]`` is a token alone and the token after it (before
    ``end``) lets the "year" rule drop it (see :func:`only_dropped_years`)."""
    if token_at(text, start, end) != text[start:stop]:
        return False  # "2015,2016" or "2015.5": one token, not a year
    after = token_at(text, stop, end)
    if after is None:
        return True
    low = after.lower().replace("’", "'")
    return not (low in SCALES or low in ("-", "‑") or may_start_unit(low)
                or bare(low) in PLURAL_PERSON_NOUNS)


#: The words between the two numbers of a ratio.
_RATIO_WORDS = frozenset({("in",), ("out", "of"), ("sur",)})


#: A ratio's base is small ("one in five", "deux sur trois"); a larger whole ("9 seats out
#: of 65") is a count of its own, and its part another.
MAX_RATIO_BASE = 10


def _ratio(toks: list[Tok], kept: list[Numeral], k: int) -> _Found | None:
    """"one in five", "2 out of 3", "deux sur trois", "one member in five", "un membre sur
    cinq": a share, in per cent."""
    if k + 1 >= len(kept):
        return None
    a, b = kept[k], kept[k + 1]
    if not 0 < b.first - a.last - 1 <= 3:
        return None  # not one to three words between: none of the ratio words (speed)
    between = tuple([t.low for t in toks[a.last + 1 : b.first]])
    if between and between[0].isalpha() and between[1:] in _RATIO_WORDS:
        between = between[1:]  # the counted noun between: "one member in five"
    every = between[-1:] == ("every",) and between[:-1] in _RATIO_WORDS
    if every:
        between = between[:-1]  # "one in every 110 children": a rate, whatever its base
    if (between not in _RATIO_WORDS or not 0 < a.value < b.value
            or (b.value > MAX_RATIO_BASE and not every)):
        return None  # "9 sièges sur 65" counts a part of a whole: two figures
    if a.kind not in ("digits", "words") or b.kind not in ("digits", "words"):
        return None
    if between == ("sur",) and _plural_noun(toks, b.last + 1):
        return None  # "une enquête sur deux affaires": an inquiry into two cases
    share = Numeral(a.first, b.last, round(100 * a.value / b.value, 1), "ratio", "percent")
    return _Found(share, None, a.first, b.last, "percent")


def _plural_noun(toks: list[Tok], at: int) -> bool:
    """True for a French plural noun at ``at`` ("affaires", "cas"... by its -s or -x)."""
    return (at < len(toks) and toks[at].kind == "word" and len(toks[at].low) > 3
            and toks[at].low.endswith(("s", "x")))


def _coordinated(toks: list[Tok], kept: list[Numeral], k: int) -> bool:
    """True if another number stands within a short list around ``kept[k]`` ("one draft and
    two future general comments", "four cases ..., and one withdrawal")."""
    here = kept[k]
    for other in (kept[k - 1] if k > 0 else None, kept[k + 1] if k + 1 < len(kept) else None):
        if other is None or other.value < 2:
            continue
        lo, hi = (other, here) if other.first < here.first else (here, other)
        between = [t.low for t in toks[lo.last + 1 : hi.first]]
        if len(between) <= COORDINATION_WINDOW and ("and" in between or "et" in between):
            return True
    return False


def _range_end(toks: list[Tok], kept: list[Numeral], k: int) -> bool:
    """True if ``kept[k]`` and ``kept[k + 1]`` form a range ("six to 12", "between 40 and 80")."""
    if k + 1 >= len(kept):
        return False
    lo, hi = kept[k], kept[k + 1]
    between = [t.low for t in toks[lo.last + 1 : hi.first]]
    unit = unit_at(toks, lo.last + 1)
    if unit is not None and unit[1] < hi.first:  # "40 per cent to 80 per cent"
        other = unit_at(toks, hi.last + 1)
        if other is not None and other[0] != unit[0]:
            return False  # "between one month and two years": two quantities
        if other is None and _plural_noun(toks, hi.last + 1) and not _verb_like(
                toks[hi.last + 1].low):
            return False  # "a pension of 400 quetzales to 118,000 beneficiaries": an amount, a count
        between = [t.low for t in toks[unit[1] + 1 : hi.first]]
    # an elided word before ("qu'entre 1,8 et 2,5 millions") is read without its elision
    # (an approximator between: "had risen from around 1,650 to 2,210", probe 350)
    at = lo.first - 1
    while at > 0 and toks[at].low in _APPROXIMATORS:
        at -= 1
    before = toks[at].low.rpartition("'")[2].rpartition("’")[2] if lo.first > 0 else ""
    joined = (len(between) == 1 and between[0] in _RANGE_WORDS) or (
        between in (["and"], ["et"]) and before in ("between", "entre")) or (
        # an estimate between two close values: "two or three weeks", "deux ou trois ans"
        between in (["or"], ["ou"]) and lo.value < hi.value <= 2 * lo.value + 1)
    if not joined or not lo.value < hi.value or lo.kind in ("fraction", "multiplier"):
        return False
    if before in ("from", "de"):
        if _changed_in_clause(toks, lo.first):
            return False
        # the verb elided in a second change: "était passé de 48 % à 71 %, et celui des
        # enfants afro-équatoriens de 52 % à 68 %"
        near = {t.low for t in toks[max(0, lo.first - 8) : lo.first]}
        return not (near & _ELIDED_SUBJECTS
                    and any(t.low in CHANGE_VERBS for t in toks[: max(0, lo.first - 8)]))
    return True


def _changed_in_clause(toks: list[Tok], at: int) -> bool:
    """True when a verb of change stands before ``at`` with no comma, semicolon or colon
    between ("had raised the share of women in the police from 3 to 5 per cent"): "from 3
    to 5 per cent" is then two values, not a range (``claim_years`` reads it so too)."""
    for k in range(at - 1, -1, -1):
        low = toks[k].low
        if low in CHANGE_VERBS:
            return True
        if low == "," and k == at - 2:
            # the change set off by a comma: "had increased over the past five years, from
            # 450 to 900", "had doubled, from 450 to 900" (probe C)
            continue
        if low in (",", ";", ":"):
            return False
    return False


#: Pronouns that stand for the noun of an earlier figure in a coordinated clause.
_ELIDED_SUBJECTS = frozenset({"celui", "celle", "ceux", "celles", "that", "those"})


def _describe(toks: list[Tok], lo: Numeral, hi: Numeral | None, lang: str,
              votes: bool, coordinated: bool = False) -> _Found | None:
    last = hi or lo
    start = _currency_start(toks, lo)
    if lo.unit is not None and hi is None:
        return _Found(lo, None, lo.first, lo.last, lo.unit)
    if start < lo.first:
        return _Found(lo, hi, start, last.last, _prefix_unit(toks, start, lo.first))
    vote_end = _vote_end(toks, last.last + 1) if votes else None
    if vote_end is not None:
        return _Found(lo, hi, lo.first, vote_end, "votes")
    if hi is None and lo.first >= 2 and toks[lo.first - 1].low in ("by", "par") and (
            toks[lo.first - 2].low.startswith("multipli")):
        return _Found(lo, None, lo.first, lo.last, "multiplier")  # "multiplié par trois"
    if hi is None and lo.first >= 2 and toks[lo.first - 1].low in ("by", "par") and (
            toks[lo.first - 2].low.startswith(("divis", "divided")) and lo.value > 1):
        # "divisé par deux": halved, a multiplier of one half (as "halved" is)
        return _Found(lo._replace(value=round(1 / lo.value, 3)), None, lo.first, lo.last,
                      "multiplier")
    noun_at = _noun_start(toks, last)
    if noun_at < len(toks) and toks[noun_at].low in _NEXT_NUMBER_WORDS:
        return _bare(toks, lo, hi, lang)  # "from 29 three years ago": a number of its own
    code = _suffix_currency(toks[noun_at]) if noun_at < len(toks) else None
    if code is not None:
        return _Found(lo, hi, lo.first, noun_at, code)
    counted = _after_states_parties(toks, noun_at)
    if counted is not None:  # "23 States party reports": reports, of States parties
        return _Found(lo, hi, lo.first, counted, _NOUN_UNITS[toks[counted].text],
                      toks[counted].text)
    unit = unit_at(toks, noun_at)
    if unit is not None and _time_word_modifies(toks, lo, noun_at, unit[1]):
        unit = None  # "two day centres": centres, not days
    if unit is not None:
        if unit[0] == "multiplier" and _occurrences(toks, lo, unit[1]):
            return _Found(lo, hi, lo.first, unit[1], "times", toks[unit[1]].text)
        if unit[0] in COUNTED_UNIT_PHRASES:  # "68 States parties": a counted noun, not a measure
            return _Found(lo, hi, lo.first, unit[1], unit[0], toks[unit[1]].text)
        return _Found(lo, hi, lo.first, unit[1], unit[0])
    whole = _fronted_whole(toks, lo, lang)
    if whole is not None:  # "Of the 2,347 complaints ..., 612 concerned members of the police"
        return _Found(lo, hi, lo.first, last.last, _NOUN_UNITS[toks[whole].text], toks[whole].text)
    head = _noun_head(toks, noun_at, lang, singular=lo.value == 1 and hi is None)
    if head is None and lo.value == 1 and lo.kind == "words" and coordinated:
        head = _singular_head(toks, last.last + 1)
    if head is not None:
        if lo.value == 1 and lo.kind == "words" and toks[head].low in SPEAKER_NOUNS:
            return None
        rate = _rate_unit(toks, head + 1, lang)
        if rate is not None:  # "73 deaths per 100,000 live births": a rate, not 73 deaths
            return _Found(lo, hi, lo.first, head + 2, rate)
        # (only modifiers of NP_SKIP between: "15 consecutive days" reads as it did)
        skipped = head > noun_at and all(toks[k].low in NP_SKIP for k in range(noun_at, head))
        measure = unit_at(toks, head) if skipped else None
        if measure is not None and measure[1] == head:
            return _Found(lo, hi, lo.first, head, measure[0])  # "quatre dernières semaines"
        noun_unit = _NOUN_UNITS[toks[head].text]
        if lo.value == 1 and hi is None and noun_unit != "persons":
            noun_unit = plural_noun(noun_unit, lang)  # "one communication": communications
        return _Found(lo, hi, lo.first, head, noun_unit, toks[head].text)
    rate = _rate_unit(toks, last.last + 1, lang)
    if rate is not None:  # "74 per 100,000 live births": a rate, never another figure's unit
        return _Found(lo, hi, lo.first, last.last + 2, rate)
    return _bare(toks, lo, hi, lang)


#: Cardinal words that, right after a number, open a number of their own ("up from 29 two
#: years earlier", "contre 29 trois ans plus tôt"), never its noun.  Not "one"/"un"/"une"
#: (an article or a pronoun as often) nor "dozen" (which multiplies).
_NEXT_NUMBER_WORDS = frozenset(
    (set(EN_UNITS) | set(FR_UNITS)) - {"zero", "zéro", "one", "un", "une", "dozen", "douzaine"})


def _rate_unit(toks: list[Tok], j: int, lang: str) -> str | None:
    """The unit of a rate whose base starts at ``toks[j]``: "per 100,000" for "per 100,000
    live births" or "pour 100 000 naissances"; None unless "per"/"pour" and a power of ten
    (at least 10) follow."""
    if j + 1 >= len(toks) or toks[j].low not in ("per", "pour", "sur") or toks[j + 1].kind != "num":
        return None
    base = digits_value(toks[j + 1].text.replace("\u00a0", "").replace("\u202f", "")
                        .replace(" ", ""), lang)
    if base is None or base < (100 if toks[j].low == "sur" else 10) or base != 10 ** round(log10(base)):
        return None
    return f"per {base:,.0f}"


#: Singular time words that, after a count of several and before a plural noun, modify the
#: noun ("two day centres", "three year programmes").
_TIME_MODIFIERS = frozenset({"day", "week", "month", "year", "hour"})


def _time_word_modifies(toks: list[Tok], lo: Numeral, start: int, end: int) -> bool:
    """True for "two day centres": a singular time word after a number other than one,
    followed by a plural noun, names the kind of the thing counted."""
    if start != end or toks[start].low not in _TIME_MODIFIERS or lo.value == 1:
        return False
    nxt = toks[end + 1] if end + 1 < len(toks) else None
    return nxt is not None and nxt.kind == "word" and _plural(nxt.low)


#: Words after "N times" that make it a factor ("three times higher", "twice the level").
_FACTOR_AFTER = frozenset({"higher", "more", "larger", "greater", "bigger", "lower", "less",
                           "fewer", "smaller", "faster", "as", "the", "that", "than", "over",
                           "plus", "moins", "supérieur", "supérieure", "inférieur", "inférieure",
                           "autant", "le", "la", "les", "what", "its", "their"})


def _occurrences(toks: list[Tok], lo: Numeral, end: int) -> bool:
    """True for "N times" that counts occurrences, not a factor: after a regular past tense
    or participle ("had been viewed some 9,000 times", "visited the country three times"),
    with no comparison after."""
    if toks[end].low not in ("times", "fois") or _low_at(toks, end + 1) in _FACTOR_AFTER:
        return False
    # a past participle or tense among the few words before, within the clause ("viewed
    # some 9,000 times", "visited the country three times")
    french = toks[end].low == "fois"
    for j in range(lo.first - 1, max(-1, lo.first - 5), -1):
        if toks[j].kind != "word":
            return False
        low = toks[j].low
        if ((low.endswith("ed") or low in _IRREGULAR_PAST) and low not in _QUALIFIER_WORDS) or (
                french and low.endswith(("é", "ée", "és", "ées"))):
            return True  # (also "had met four times", "a été prolongée cinq fois")
    return False


#: Irregular past tenses after which "N times" counts occurrences ("had met four times").
_IRREGULAR_PAST = frozenset({"met", "held", "went", "came", "saw", "seen", "took", "taken",
                             "gave", "given", "sat", "ran", "spoke", "spoken", "wrote",
                             "written", "sent", "told", "won", "lost", "been"})


#: Words of the qualifiers that may stand between a verb and its count.
_QUALIFIER_WORDS = frozenset(w for phrase in QUALIFIERS for w in phrase)


#: What opens a clause that names a whole before a count of its parts: "Of the 2,347
#: complaints received, 612 concerned ...", "Sur les 29 affaires examinées, 9 ont été ...".
_PARTITIVE_OPENERS = frozenset({("of", "the"), ("out", "of"), ("among", "the"),
                                ("sur", "les"), ("parmi", "les")})


def _fronted_whole(toks: list[Tok], lo: Numeral, lang: str) -> int | None:
    """The head noun of the whole named by a fronted partitive clause ("Of the 2,347
    complaints received by the Inspectorate, 612 concerned ..."), when the count right
    after its comma has no noun of its own (a verb follows it), else None."""
    comma = lo.first - 1
    if comma > 0 and toks[comma].low in ("and", "et"):
        # the list goes on: "Of the 27 prosecutions, 11 concerned police officers and 6
        # concerned prison staff" (the comma is the one after the whole)
        comma = next((k for k in range(comma - 1, 2, -1) if toks[k].text == ","), -1)
        if comma < 0 or not any(t.kind == "num" for t in toks[comma + 1 : lo.first - 1]):
            return None
    nxt = toks[lo.last + 1] if lo.last + 1 < len(toks) else None
    if comma < 3 or toks[comma].text != "," or nxt is None or nxt.kind != "word":
        return None
    if not (nxt.low in AUXILIARIES or nxt.low.endswith("ed") or nxt.low in _FR_PAST_AUX):
        return None
    k = comma - 1
    while k >= 0 and toks[k].kind != "punct" and toks[k].low not in ("that", "que", "qu'"):
        k -= 1
    start = k + 1  # the clause before the comma
    if comma - start < 3 or (toks[start].low, toks[start + 1].low) not in _PARTITIVE_OPENERS:
        return None
    if toks[start + 2].kind != "num":
        # no count of the whole: "Of the children held in police cells, 137 had been ..."
        return _noun_head(toks, start + 2, lang, singular=False)
    return _noun_head(toks, start + 3, lang, singular=False)


#: French auxiliaries after a count that open its verb ("9 ont été déclarées irrecevables").
_FR_PAST_AUX = frozenset({"ont", "sont", "avaient", "étaient", "concernaient", "concernent",
                          # the conditional of reported allegations: "dont trois auraient été"
                          "auraient", "seraient"})


def _noun_start(toks: list[Tok], last: Numeral) -> int:
    """Where the unit or counted noun of a numeral starts: right after it, or after the
    "de" of a French collective number or scale ("une trentaine de membres", "17 millions
    de personnes")."""
    after = last.last + 1 + _approximated_after(toks, last.last)
    low = toks[last.last].low
    collective = (low in FR_COLLECTIVES or low in _FR_SCALES
                  or ("-" in low and low.rpartition("-")[2] in _FR_SCALES))  # "demi-million"
    if collective and after + 1 < len(toks) and toks[after].low in ("de", "d'", "d’"):
        return after + 1  # "une trentaine de membres", "17 millions de personnes"
    if (last.kind == "digits" and last.value >= 1e6 and last.value % 1e6 == 0
            and after + 1 < len(toks) and toks[after].low in ("de", "d'", "d’")):
        return after + 1  # "1 000 000 de dinars": a million written in digits
    return after


#: Approximators written after the number ("1,250 or so inmates", "40 or thereabouts").
_APPROX_AFTER = {("or", "so"): "about", ("or", "thereabouts"): "about"}


def _approximated_after(toks: list[Tok], last: int) -> int:
    """How many tokens after the numeral ending at ``last`` approximate it: "1,250 or so
    inmates", "700-odd complaints" (2), else 0."""
    nxt = last + 1
    if nxt + 1 >= len(toks):
        return 0
    if (toks[nxt].low, toks[nxt + 1].low) in _APPROX_AFTER:
        return 2
    odd = toks[nxt].text == "-" and toks[nxt + 1].low == "odd" and glued(toks[last], toks[nxt])
    return 2 if odd else 0


#: French scale words followed by "de" before the counted noun ("milliers" after a
#: collective: "une vingtaine de milliers de personnes").
_FR_SCALES = frozenset({"millions", "milliards", "million", "milliard", "milliers", "billion",
                        "billions"})


def _bare(toks: list[Tok], lo: Numeral, hi: Numeral | None, lang: str) -> _Found | None:
    """A number with no unit or noun after it: elliptic ("1 million of them") or dropped."""
    last = hi or lo
    nxt = toks[last.last + 1].low if last.last + 1 < len(toks) else ""
    after = toks[last.last + 2].low if last.last + 2 < len(toks) else ""
    if lo.kind == "words" and lo.value == 1 and not _counted_one(toks, lo, lang):
        return None  # "one of the most important", "one could argue"
    prev = toks[lo.first - 1].low if lo.first > 0 else ""
    noun = None
    if (prev == "on" and lo.first >= 2 and _plural(toks[lo.first - 2].low)
            and not _verb_like(toks[lo.first - 2].low)):
        # "adopted decisions on 64": as many decisions
        return _Found(lo, hi, lo.first, last.last, _NOUN_UNITS[toks[lo.first - 2].text],
                      toks[lo.first - 2].text)
    # "three of 17 ambassadors", "3 sur 17 juges", "14 des 22 régions": the part of a
    # counted whole
    whole = (_whole_count(toks, last.last + 2) if nxt in ("of", "sur", "des")
             # "two out of 18" (probe g), "seven out of the 10 States parties"
             else _whole_count(toks, last.last + 3 + (_low_at(toks, last.last + 3) in _OWNERS))
             if nxt == "out" and after == "of" else None)
    of_count = whole is not None
    if of_count or (nxt in ("of", "de", "d'entre") and after in ELLIPSIS_OF | {"eux", "elles"}):
        start = whole if whole is not None else last.last + 3
        if (start + 1 < len(toks) and toks[start].low.endswith(("'s", "’s"))
                and _whole_count(toks, start + 1) is not None):
            start += 1  # "8 of the country's 36 missions": the owner before the whole's count
        if whole is None and (counted := _whole_count(toks, start)) is not None:
            start = counted  # "1,470 of the roughly 15,000 schools": past the approximator
        if start < len(toks) and toks[start].kind == "num":
            start += 1  # "9 of the 23 officers": the noun after the whole's count
        phrase = unit_at(toks, start) if of_count else None
        if phrase is not None and phrase[0] in COUNTED_UNIT_PHRASES:
            # "seven out of the 10 States parties": States parties, not "parties"
            return _Found(lo, hi, lo.first, last.last, phrase[0], toks[phrase[1]].text)
        head = _noun_head(toks, start, lang, singular=False)
        noun = (toks[head].text if head is not None and (
            of_count or after in ("these", "those", "ces", "the", "its", "their")) else None)
    elif nxt in COPULAS and after not in ("been", "été", "be"):
        head = _noun_head(toks, last.last + 2, lang, singular=False, first_only=True)
        noun = toks[head].text if head is not None else None
        if head is not None and lang == "fr" and _participle_then_complement(toks, head):
            noun = None  # "environ 2 600 étaient rentrés dans leur pays" (a verb, probe f)
    elif lo.kind == "words" and lo.value < 100 and not (nxt in ELLIPSIS_OTHERS or nxt in AUXILIARIES
                                     or prev in ELLIPSIS_BEFORE or _changes(toks, lo)
                                     or _implied_count(toks, lo, nxt, prev)):
        return None  # a small spelled-out number with nothing to count ("in two minds")
    unit = normalise_noun(noun) if noun else None
    if unit is None and _sizes_population(toks, lo.first):
        unit = "persons"  # "a population of 19 million", "the population stood at 2,022,547"
    return _Found(lo, hi, lo.first, last.last, unit, noun, elided=noun is None and unit is None)


#: Prepositions that open a French verb's complement after its participle ("rentrés dans
#: leur pays", "placés en détention", "renvoyés vers la Libye").
_FR_COMPLEMENT = frozenset({"dans", "en", "à", "au", "aux", "par", "vers", "pour", "sur", "hors",
                            "depuis", "chez"})


def _participle_then_complement(toks: list[Tok], j: int) -> bool:
    """True for a French past participle at ``toks[j]`` followed by its complement: a verb
    after "étaient", not the noun of a count."""
    low = toks[j].low
    return (low.endswith(("é", "és", "ée", "ées", "is", "us", "ts"))
            and j + 1 < len(toks) and toks[j + 1].low in _FR_COMPLEMENT)


def _of_whom(toks: list[Tok], f: _Found) -> bool:
    """True for a number right after "whom" ("of whom about 1.3 million", "among whom
    1,200"): it counts people, so it takes no unit of things counted before it ("the three
    neighbouring countries", probe 360)."""
    return any(t.low == "whom" for t in toks[max(0, f.start - 3) : f.start])


def _implied_count(toks: list[Tok], lo: Numeral, nxt: str, prev: str) -> bool:
    """True for a spelled-out number whose noun is that of a count before it in the sentence
    ("decisions on 15 complaints: violations in three, no violation in seven, declared five
    inadmissible"): it ends its phrase, or is the object of a verb."""
    if lo.value == 1 and prev not in ("of", "in"):
        return False  # "one" alone is mostly a pronoun
    if not (nxt in ("", ",", ".", ";", ":", "and", "or", "et", "ou") or prev.endswith("ed")
            or _in_a_place(toks, lo, nxt) or _in_a_role(toks, lo, nxt)
            or _part_after_colon(toks, lo, nxt)):
        return False
    return any(t.kind == "num" or t.low in _COUNT_WORDS for t in toks[: lo.first])


def _in_a_place(toks: list[Tok], lo: Numeral, nxt: str) -> bool:
    """True for a part of a count by place or year: "of whom 11 in New South Wales, eight in
    Western Australia", "dont cinq à Abidjan" (a capitalised place after the preposition),
    "dont neuf en 2021", "including six in 2021" (probe 334)."""
    if nxt not in ("in", "à", "au", "aux", "en", "dans"):
        return False
    after = lo.last + 2
    if after < len(toks) and toks[after].low in ("the", "la", "le", "les", "l'"):
        after += 1
    if after >= len(toks):
        return False
    word = toks[after].text
    return word[:1].isupper() or (nxt in ("in", "en") and len(word) == 4
                                  and word.startswith(("19", "20")) and word.isdigit())


#: Prepositions that open what a part of a count is of ("five on admissibility").
_PART_PREPOSITIONS = frozenset({"on", "under", "for", "from", "against", "by", "with", "to",
                                "at", "concerning", "regarding", "sur", "pour", "contre",
                                "concernant", "au", "aux", "relatives", "relatifs"})


def _part_after_colon(toks: list[Tok], lo: Numeral, nxt: str) -> bool:
    """True for a part of a count that a colon opens the breakdown of: "12 decisions: five
    on admissibility and seven on the merits", "11 reports: seven under the Convention"."""
    if nxt not in _PART_PREPOSITIONS:
        return False
    colon = next((j for j in range(lo.first - 1, max(-1, lo.first - 1 - COLON_REACH), -1)
                  if toks[j].text == ":"), None)
    return colon is not None and any(t.kind == "num" or t.low in _COUNT_WORDS
                                     for t in toks[max(0, colon - 4) : colon])


def _in_a_role(toks: list[Tok], lo: Numeral, nxt: str) -> bool:
    """True for a part of a count by the role its members hold: "120 women appointed:
    three as Governors, 23 as members of parliament and five as Senators", "dont deux
    comme juges"."""
    if nxt not in ("as", "comme"):
        return False
    word = _low_at(toks, lo.last + 2)
    text = toks[lo.last + 2].text if word else ""
    return text[:1].isupper() or (_plural(word) and not _verb_like(word))


#: Spelled-out numbers that make an earlier count (only their kind matters here).
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred"})


#: Nouns whose size is a count of persons ("a population of 19 million").
_POPULATION = frozenset({"population", "populations", "staff", "workforce", "personnel",
                         "effectif", "effectifs"})  # "with a staff of 25"
#: Words that may stand between such a noun and its size ("the population stood at",
#: "had reached", "la population s'élevait à", "était estimée à").
_SIZE_LINKS = frozenset({
    "of", "stood", "at", "was", "is", "were", "had", "has", "reached", "totalled", "totaled",
    "numbered", "amounted", "to", "estimated", "some", "about", "around", "approximately",
    "fallen", "fell", "risen", "rose", "grown", "increased", "decreased", "dropped", "from",
    "de", "d'", "s'élevait", "s’élevait", "élevait", "à", "était", "est", "atteignait",
    "atteint", "comptait", "estimée", "environ",
    # "the prison population was reported at 32,800" (probe g)
    "reported", "recorded", "put", "registered", "estimé", "évaluée", "évalué"})


def _sizes_population(toks: list[Tok], first: int) -> bool:
    """True when a bare number is the size of a population: "population" shortly before
    it, with only linking words between ("a population of 19 million", "the population
    stood at 2,022,547").  Such a number counts persons, whatever unit came before."""
    for j in range(first - 1, max(-1, first - 9), -1):
        low = toks[j].low
        if low in _POPULATION:
            return j < first - 1 and _size_link(toks, j + 1, first)
    return False


def _size_link(toks: list[Tok], start: int, end: int) -> bool:
    """True when ``toks[start:end]`` links a population noun to its size: linking words only,
    after an "of" phrase of up to three words ("the population of foreign citizens had
    grown to 183,000")."""
    j = start
    if toks[j].low == "of":
        j += 1
        words = 0
        while j < end and toks[j].low not in _SIZE_LINKS and words < 3:
            j, words = j + 1, words + 1
    return all(t.low in _SIZE_LINKS for t in toks[j:end])


def _low_at(toks: list[Tok], j: int) -> str:
    return toks[j].low if 0 <= j < len(toks) else ""


def _changes(toks: list[Tok], num: Numeral) -> bool:
    """True for either end of a change "from two to five" ("de deux à cinq"): the figures
    of the subject named before, however bare."""
    prev = toks[num.first - 1].low if num.first > 0 else ""
    if prev in ("from", "de"):  # "from two to five", "from two in 2018 to five in 2023"
        return any(t.low in ("to", "à") for t in toks[num.last + 1 : num.last + 5])
    return prev in ("to", "à") and any(
        t.low in ("from", "de") for t in toks[max(0, num.first - 6) : num.first - 2])


#: Words after "one of the" that make a rank or a quality, not a count ("one of the most
#: important", "one of the main challenges").
_RANKS = frozenset({"most", "main", "key", "best", "first", "few", "many", "major", "leading",
                    "top", "biggest", "largest", "greatest", "worst", "highest", "least"})


def _counted_one(toks: list[Tok], one: Numeral, lang: str) -> bool:
    """True when a spelled-out "one" counts something: "so far only one had provided
    information", "one of the pre-sessional meetings was cancelled", "One of them would be
    decided"; not "one of the most important", nor "one" as a pronoun ("one could")."""
    if lang != "en":
        return False  # French "un"/"une" is an article (see claim_tokens)
    at = one.last
    nxt = toks[at + 1].low if at + 1 < len(toks) else ""
    after = toks[at + 2].low if at + 2 < len(toks) else ""
    third = toks[at + 3].low if at + 3 < len(toks) else ""
    if one.first > 0 and toks[one.first - 1].low == "only" and nxt in AUXILIARIES:
        return True
    if nxt != "of" or after not in ("the", "them", "those", "these", "its", "their"):
        return False
    before = toks[one.first - 1].low if one.first > 0 else ""
    if before in _MEMBERSHIP or after in ("its", "their"):
        return False  # "it was one of the 160 States parties", "one of its priorities"
    return third not in _RANKS and not third.endswith("est")


#: Verbs and words before "one of" that make it membership, not a count of one ("Kenya was
#: one of the 160 States parties", "regarded as one of the ...").
_MEMBERSHIP = frozenset({"is", "was", "are", "were", "be", "been", "became", "becomes",
                         "remained", "remains", "as", "among",
                         # "in every one of the 12 police districts": all of them (probe 340)
                         "every", "each"})


def _currency_start(toks: list[Tok], lo: Numeral) -> int:
    """Index of a currency sign or code right before the number, else ``lo.first``."""
    j = lo.first - 1
    if j < 0:
        return lo.first
    tok = toks[j]
    if tok.low == "$" and j >= 1 and toks[j - 1].kind == "word" and (
            glued(toks[j - 1], tok) or toks[j - 1].text == "US"):
        # letters glued to the sign name the dollar ("G$1.2 billion") or the peso ("RD$"),
        # and "US" even spaced out ("more than US $ 7 billion")
        return j - 1
    sol = j - 1 if tok.text == "." else j  # the Peruvian sol: "S/ 18.7 million", "S/.18"
    if (sol >= 1 and toks[sol].text == "/" and toks[sol - 1].text == "S"
            and glued(toks[sol - 1], toks[sol])):
        return sol - 1
    if tok.low in CURRENCY_PREFIXES or _iso_code(tok) or tok.text in _LETTER_SIGNS:
        return j
    if (tok.text == "." and j >= 1 and toks[j - 1].low in CURRENCY_PREFIXES
            and glued(toks[j - 1], tok)):
        return j - 1  # an abbreviated prefix: "Rs. 48 billion", "Ksh. 200"
    return lo.first


#: Currency signs written as a capital letter alone before an amount ("Q 21 million":
#: quetzales); only in capitals, as a token of their own.
_LETTER_SIGNS = {"Q": "GTQ"}


def _suffix_currency(tok: Tok) -> str | None:
    """The currency of a code written in capitals after an amount ("540 BAM", "480 KM",
    "300 FCFA"); None for anything else ("12 km" are kilometres)."""
    if not (tok.text.isupper() and 2 <= len(tok.text) <= 4):
        return None
    if _iso_code(tok):
        return tok.text
    code = CURRENCY_PREFIXES.get(tok.low)
    return code if code is not None and code.isupper() else None


def _iso_code(tok: Tok) -> bool:
    """True for an ISO 4217 currency code written in capitals ("BAM 412 million")."""
    return (len(tok.text) == 3 and tok.text.isupper() and tok.text not in NOT_CURRENCY_CODES
            and tok.text in iso_currency_codes())


def _prefix_unit(toks: list[Tok], start: int, number: int) -> str:
    """The currency of the sign, code or lettered dollar at ``toks[start:number]``."""
    tok = toks[start]
    if tok.text == "S" and toks[start + 1].text == "/":
        return "PEN"
    if tok.text in _LETTER_SIGNS:
        return _LETTER_SIGNS[tok.text]
    if number - start == 2 and toks[start + 1].text == ".":  # "Rs. 48 billion"
        return CURRENCY_PREFIXES[tok.low]
    if number - start == 2:  # letters and "$"
        return LETTER_DOLLARS.get(tok.low, OTHER_LETTER_DOLLAR)
    return CURRENCY_PREFIXES.get(tok.low) or tok.text


def _vote_end(toks: list[Tok], j: int) -> int | None:
    for phrase in VOTE_PHRASES:
        words = tuple(t.low for t in toks[j : j + len(phrase)])
        if words == phrase:
            return j + len(phrase) - 1
    return None


def _noun_head(toks: list[Tok], j: int, lang: str, *, singular: bool,
               first_only: bool = False) -> int | None:
    """Index of the head noun of the counted noun phrase starting at ``j``, or None.

    The head is the last word of the first run of plural nouns ("human rights experts",
    "individual communications cases"); a participle or an adverb may stand before it
    ("internally displaced persons") but ends the phrase after it ("children aged ...").
    """
    words = _np_words(toks, j)
    if first_only:
        words = words[:1]
    if lang == "fr" and words:
        if singular and len(words) > 1 and toks[words[0]].low in ("seul", "seule"):
            # "un seul juge", "une seule plainte"; not "une seule fois" (once: no count)
            return words[1] if toks[words[1]].low != "fois" else None
        return words[0] if _french_noun(toks[words[0]].low) else None
    if singular:  # the last of the first run: "one country visit" counts visits
        first = next((k for k, w in enumerate(words) if toks[w].low in ONE_COUNTABLE), None)
        if first is None:
            return None
        run = takewhile(lambda w: toks[w].low in ONE_COUNTABLE, words[first:])
        return list(run)[-1]
    head = None
    for k, w in enumerate(words):
        if _names_a_body(toks, w) and k + 1 < len(words):
            continue  # "nine core United Nations human rights treaties": a name, no head
        if _plural(toks[w].low) or _invariable_demonym(toks[w]) or toks[w].low in _SAME_PLURAL:
            head = w
        elif (head is not None and k + 1 < len(words) and toks[head].low in PLURAL_PERSON_NOUNS
              and _plural(toks[words[k + 1]].low) and toks[w].low.isalpha()):
            continue  # "52 police detention facilities": the people name the facilities
        elif head is not None:
            break
    return head


def _names_a_body(toks: list[Tok], w: int) -> bool:
    """True for "Nations" of "United Nations", "States" of "United States", "Emirates" of
    "United Arab Emirates": a name's plural word, which modifies the noun after it."""
    return w > 0 and toks[w - 1].low in ("united", "arab") and toks[w].text[:1].isupper()


#: English counted nouns whose plural is the singular ("7 million head of livestock",
#: "2 million sheep", "3,000 cattle").
_SAME_PLURAL = frozenset({"head", "cattle", "livestock", "sheep", "fish", "deer", "swine"})


def _invariable_demonym(tok: Tok) -> bool:
    """True for a people by nationality whose plural takes no "s" ("2.3 million Senegalese",
    "300 Lebanese", "20 Swiss", "9.7 million Burkinabe", "2 million Malagasy"), or whose
    plural ends as a singular may ("300 Iraqis", "2,700 Yazidis": not "analysis")."""
    return tok.text[:1].isupper() and (tok.low.endswith(("ese", *_IS_DEMONYMS))
                                       or tok.low in INVARIABLE_DEMONYMS)


#: Endings of plural demonyms in "-is" ("Iraqis", "Pakistanis", "Somalis", "Yazidis").
_IS_DEMONYMS = tuple(e for e in DEMONYM_ENDINGS if e.endswith("is"))


def _singular_head(toks: list[Tok], j: int) -> int | None:
    """The first word after "one" in a list of counts, if it is a singular noun."""
    words = _np_words(toks, j)
    for w in words:
        low = toks[w].low
        if low in SPEAKER_NOUNS or _plural(low) or low.endswith("s"):
            return None
        if w == words[-1] or toks[w + 1].low in NP_STOP:
            return w
    return None


def _more_of_a_noun(toks: list[Tok], words: list[int], j: int) -> bool:
    """True for "more" right after the number and before a plural: "30,000 more inmates"
    counts inmates (as "2,000 additional teachers" counts teachers)."""
    return (not words and toks[j].low == "more" and j + 1 < len(toks)
            and toks[j + 1].kind == "word" and _plural(toks[j + 1].low))


def _np_words(toks: list[Tok], j: int) -> list[int]:
    """Indices of the words that may belong to a counted noun phrase starting at ``j``."""
    words: list[int] = []
    if j < len(toks) and toks[j].text in OPENING_QUOTES:
        # a quoted name before the noun it names ("12 “Casa de la Mujer” shelters"): the
        # head follows the name; else the quotation is the phrase ("5 “safe houses”")
        close = next((k for k in range(j + 1, min(len(toks), j + _QUOTED_NAME_TOKENS))
                      if toks[k].text in _CLOSING_QUOTES), None)
        after = close + 1 if close is not None else len(toks)
        named = j + 1 < len(toks) and toks[j + 1].text[:1].isupper()
        j = (after if named and after < len(toks) and toks[after].kind == "word"
             and _plural(toks[after].low) else j + 1)
    while j < len(toks) and len(words) < MAX_NP_WORDS:
        tok = toks[j]
        if tok.low == "and" and _coordinated_modifiers(toks, words, j):
            words.append(j)  # "four new correctional and rehabilitation centres"
            j += 1
            continue
        if tok.kind != "word" or (tok.low in NP_STOP and not _more_of_a_noun(toks, words, j)):
            break
        # a participle before a plural modifies it ("displaced persons"); after one, it is
        # the verb ("1,120 pupils received scholarships")
        if _verb_like(tok.low) and (not _modifies_next(toks, j)
                                    or any(_plural(toks[w].low) for w in words)):
            break
        words.append(j)
        j += 1
    return [w for w in words if toks[w].low not in NP_SKIP] if len(words) > 1 else words


def _coordinated_modifiers(toks: list[Tok], words: list[int], j: int) -> bool:
    """True for the "and" between two modifiers of one plural noun ("correctional and
    rehabilitation centres"): a word that is no plural before it, and a plural right after
    the word after it ("boys and girls" are two nouns)."""
    return (bool(words) and words[-1] == j - 1 and not _plural(toks[j - 1].low)
            and j + 2 < len(toks) and toks[j + 1].kind == "word"
            and toks[j + 1].low not in NP_STOP and not _plural(toks[j + 1].low)
            and toks[j + 2].kind == "word" and _plural(toks[j + 2].low))


def _modifies_next(toks: list[Tok], j: int) -> bool:
    """True for "displaced" in "displaced persons" or "recognised religious organizations":
    a participle before a plural noun, with at most two modifiers between; one of them may
    be joined by "and" ("disappeared and non-located persons")."""
    for k in range(j + 1, min(j + 5, len(toks))):
        tok = toks[k]
        if tok.low == "and" and k == j + 1:
            continue
        if tok.kind != "word" or tok.low in NP_STOP:
            return False
        if _plural(tok.low):
            return True
        if (_verb_like(tok.low) and not tok.low.endswith(("ed", "ly"))
                and toks[k - 1].low != "and"  # "trafficking and smuggling networks"
                and not (k + 1 < len(toks) and _plural(toks[k + 1].low))):
            return False  # (but "suspected trafficking victims": a noun before the plural)
    return False


def _verb_like(low: str) -> bool:
    """:func:`_is_verb_like`, looked up."""
    return _VERB_LIKE[low]


def _is_verb_like(low: str) -> bool:
    """Participles, gerunds and adverbs end a noun phrase ("children aged", "people working")."""
    return ((low.endswith("ed") and low not in ONE_COUNTABLE) or low.endswith("ing")
            or (low.endswith("ly") and len(low) > 4))


def _plural(low: str) -> bool:
    """:func:`_is_plural`, looked up."""
    return _PLURAL[low]


def _is_plural(low: str) -> bool:
    """True for a plural noun (see :func:`_plural`)."""
    if low in IRREGULAR_PLURALS or low.endswith("eaus"):  # "bureaus", "plateaus"
        return True
    if low in NOT_PLURAL or low.endswith(("ss", "us", "ous", "is", "'s", "’s")):
        return False
    return low.endswith("s") and len(low) > 2


#: Word (lower case) -> :func:`_is_verb_like`, :func:`_is_plural`.
_VERB_LIKE: Vocabulary[str, bool] = Vocabulary(_is_verb_like)
_PLURAL: Vocabulary[str, bool] = Vocabulary(_is_plural)
#: Word as written -> :func:`normalise_noun`.
_NOUN_UNITS: Vocabulary[str, str] = Vocabulary(normalise_noun)


def _french_noun(low: str) -> bool:
    return low in FR_INVARIABLE or (low.endswith(("s", "x")) and low not in NOT_PLURAL)


def _quantities(toks: list[Tok], found: list[_Found]) -> list[Quantity]:
    """Quantities in order; an elided one takes the unit of the last one before it that has
    a unit ("2.6 million people, and more than 1 million of them"), else the noun of a
    "number of ..." phrase before it."""
    out: list[Quantity] = []
    for k, f in enumerate(found):
        value: Value = f.lo.value if f.hi is None else (_range_low(toks, f.lo, f.hi), f.hi.value)
        unit, elided = f.unit, f.elided
        borrowed = None  # the noun an elided figure counts, written with an earlier one
        if elided:
            earlier = zip(reversed(found[:k]), reversed(out), strict=True)  # one per figure
            # (a bare number over 100 is no share: "up 7 per cent from 3,355" gives the
            # count the change started from)
            # ("three of them had been fined" counts members of a group: never a share,
            # probe 337)
            share = _low(value) <= MAX_BARE_SHARE and not _partitive(toks, f)
            people = _of_whom(toks, f)
            source, before = next(((g, q.unit) for g, q in earlier
                                   if q.unit and q.unit != "multiplier"
                                   and (share or q.unit != "percent")
                                   and (not people or q.unit in ("persons", "percent"))
                                   and not _share_in_apposition(toks, g, q.unit)
                                   and not _compound_modifier(toks, g)),
                                  (None, None))
            # the figure's own "number of ..." after the earlier one: "3,780 factories ...,
            # and the number of inspectors ... from 183 to 575"
            own = (_total_after(toks, f)
                   or _total_of(toks, f.start, source.end if source is not None else 0))
            if own:
                before = None
            members = _members_after_money(toks, f, before)
            measured = _own_measure(toks, f)
            # (its own "number of ..." first: "the number of classrooms built was 11,280,
            # and 6,500 additional teachers": no list of teachers, probe g)
            listed = (own or _listed_before(toks, found, k)
                      or _changed_to(toks, f, found[k + 1] if k + 1 < len(found) else None)
                      or _added_to(toks, f, found[:k], out))
            inherited = None if members or measured or _names_own_noun(toks, f) else before
            unit = (listed or inherited or own or _total_of(toks, f.start)
                    or _subject_total(toks, f, k) or _subject_part(toks, f, k))
            if (not listed and inherited and source is not None and source.noun
                    and not _change_end(toks, f)):
                # "4 communications admissible and 25 inadmissible" (as the unit says it:
                # "States parties", where the noun is "parties")
                noun = source.noun
                borrowed = inherited if inherited.lower().endswith(noun.lower()) else noun
            if unit is None and people and not share:
                unit = "persons"  # "..., of whom about 1.3 million were insured"
            if unit is None and _value_of_an_age(toks, f):
                unit = "years"  # "raised the age of criminal responsibility from seven to 13"
            # members of a group, a measure of its own: no unit to take from elsewhere
            elided = unit is None and not (members or measured)
        end = f.end
        if isinstance(value, float) and _half_after(toks, end):
            value, end = value + 0.5, end + 2  # "deux ans et demi": two and a half years
        first = toks[f.start]
        start = first.start
        if first.low[1:2] in ("'", "’") and first.kind == "word":
            start += 2  # "d'un à cinq ans": the number starts after the elided "d'"
        span = new_span(start, toks[end].end)  # tokens in order (speed)
        # subject_of(toks, span.start, span.end, ...): the tokens are in order and do not
        # overlap, so the quantity's are f.start .. f.end and those before it toks[:f.start]
        subject = (borrowed_subject(toks, f.end + 1, borrowed) if borrowed else
                   subject_within(toks, f.start, f.end + 1, f.start, f.noun is not None))
        qualifier = None if _period_of(toks, f, found[k - 1] if k else None, unit) else (
            _qualifier(toks, f.start) or _collective_about(toks, f)
            or ("about" if _approximated_after(toks, f.lo.last if f.hi is None else f.hi.last)
                else None))
        out.append(Quantity(span, value, unit, qualifier, f.noun, elided, subject))
    return _respectively(toks, found, out)


#: The word after a list of figures that pairs them with a list of things in order.
_RESPECTIVELY = frozenset({"respectively", "respectivement", "respectivamente"})


def _respectively(toks: list[Tok], found: list[_Found], out: list[Quantity]) -> list[Quantity]:
    """Figures paired in order with coordinated things ("the rates for boys and girls were
    92 and 88 per cent respectively"; "92 and 88 per cent for boys and girls
    respectively"): each takes its own thing in the subject of the list's first figure."""
    k = 0
    while k < len(found):
        last = k
        while last + 1 < len(found) and all(
                t.low in _LIST_JOINS for t in toks[found[last].end + 1 : found[last + 1].start]):
            last += 1
        after = found[last].end + 1
        word = next((j for j in range(after, min(after + 8, len(toks)))
                     if toks[j].low in _RESPECTIVELY), None)
        if last > k and word is not None:
            size = last - k + 1
            behind = _paired_things(toks, word, size, found[last].end)
            items = behind or _paired_things(toks, found[k].start, size, -1)
            # (the first subject that says more than its figure: "12 and 15 judges")
            first = next(([w for w in q.subject.split() if w.lower() not in _RESPECTIVELY]
                          for q in out[k : last + 1]
                          if not all(c.isdigit() or c in ",. " for c in q.subject)), [])
            for i in range(k, last + 1):
                subject = (_paired(first, *items, i - k, behind=behind is not None) if items else
                           [w for w in out[i].subject.split() if w.lower() not in _RESPECTIVELY])
                out[i] = replace(out[i], subject=" ".join(subject))
        k = last + 1
    return out


#: Words that end the last of the coordinated things before a list of figures ("boys and
#: girls | were 92 and 88 per cent").
_PAIRED_STOPS = COPULAS | AUXILIARIES | {"stood", "reached", "accounted", "représentaient",
                                         "s'élevaient", "atteignaient", "respectively",
                                         "respectivement"}


def _paired_things(toks: list[Tok], end: int, size: int,
                   floor: int) -> tuple[list[list[str]], list[str]] | None:
    """The ``size`` coordinated things ("A, B and C") that end before ``toks[end]`` and
    start after ``toks[floor]``, with the words that lead to them ("shares of women in"),
    or None.  The last thing's length gives the first's: the things of such a list are
    parallel ("the Senate, the Assembly and the courts")."""
    while end - 1 > floor and toks[end - 1].kind == "punct":
        end -= 1
    join = next((j for j in range(end - 1, max(floor, end - 8), -1)
                 if toks[j].low in ("and", "et", "y")), None)
    if join is None:
        return None
    tail = list(takewhile(lambda t: t.kind == "word" and t.low not in _PAIRED_STOPS,
                          toks[join + 1 : end]))
    if not tail or len(tail) > 4:
        return None
    items, i = [[t.text for t in tail]], join - 1
    while len(items) < size:
        start = i
        while start > floor and toks[start].kind == "word" and i - start < len(tail) - 1:
            start -= 1
        words = toks[start : i + 1]
        if not words or any(t.kind != "word" for t in words):
            return None
        items.insert(0, [t.text for t in words])
        if len(items) < size:
            if toks[start - 1].text != ",":
                return None
            i = start - 2
    lead = list(takewhile(lambda t: t.kind == "word" and t.low not in _PAIRED_STOPS
                          and t.low not in ("that", "que", "qu'"),
                          reversed(toks[max(floor + 1, start - _PAIRED_LEAD) : start])))
    while lead and lead[-1].low in ("the", "a", "an", "of", "in", "les", "la", "le", "de"):
        lead.pop()  # (reversed: the first words)
    return items, [t.text for t in reversed(lead)]


#: Most words taken before a list of things to say what each figure is of ("shares of
#: women in | the Senate, the Assembly and the courts").
_PAIRED_LEAD = 4


def _paired(first: list[str], items: list[list[str]], lead: list[str], i: int, *,
            behind: bool) -> list[str]:
    """The subject ``first`` of a list's first figure for its ``i``-th figure: its first
    thing replaced by the ``i``-th thing; else, for things after the figures, the subject,
    their preposition and the ``i``-th thing ("enrolment for girls"); else the words that
    lead to the things and the ``i``-th thing ("shares of women in the courts")."""
    at = _find(first, items[0])
    if at is not None:
        return [*first[:at], *items[i], *first[at + len(items[0]) :]]
    if behind:
        return [*first, *lead[-1:], *items[i]]
    return [*lead, *items[i]]


def _find(words: list[str], part: list[str]) -> int | None:
    """Where the words ``part`` last stand in ``words``, or None."""
    for at in range(len(words) - len(part), -1, -1):
        if words[at : at + len(part)] == part:
            return at
    return None


#: The largest bare number read as a share of the "per cent" written beside it.
MAX_BARE_SHARE = 100

#: Words of approximation before the count of a whole ("67 of more than 200 graves").
_WHOLE_QUALIFIERS = frozenset({"more", "than", "some", "about", "around", "nearly", "almost",
                               "over", "approximately", "roughly", "at", "least", "an",
                               "estimated", "plus", "de", "environ", "près", "quelque"})


#: Determiners between "out of" and the count of the whole ("out of the 10 States").
_OWNERS = frozenset({"the", "its", "their"})


def _whole_count(toks: list[Tok], j: int) -> int | None:
    """Index of the count of a whole at ``toks[j]`` after "of" ("three of 17 ambassadors"),
    past up to three words of approximation ("of more than 200"), else None."""
    for k in range(j, min(j + 4, len(toks))):
        if toks[k].kind == "num":
            return k
        if toks[k].low not in _WHOLE_QUALIFIERS:
            return None
    return None


def _low(value: Value) -> float:
    """A value, or the low end of a range."""
    return value[0] if isinstance(value, tuple) else value


def _range_low(toks: list[Tok], lo: Numeral, hi: Numeral) -> float:
    """The low end of a range, scaled by the scale word written once after the high end
    ("between 1.8 and 2.5 million", "de 3 à 4 milliards"); unscaled when that would pass
    the high end ("between 500 and 2 million")."""
    scale = SCALES.get(toks[hi.last].low)
    if scale is None or toks[lo.last].low in SCALES or lo.value * scale > hi.value:
        return lo.value
    return lo.value * scale


def _after_states_parties(toks: list[Tok], at: int) -> int | None:
    """Index of the plural noun that "States party" / "States parties'" modifies at
    ``toks[at]`` ("23 States party reports", "40 States parties' reports"), else None."""
    if at + 2 >= len(toks) or toks[at].low not in ("states", "state") or (
            toks[at + 1].low not in ("party", "parties")):
        return None
    k = at + 2
    if toks[k].text in ("'", "’") and k + 1 < len(toks):
        k += 1
    return k if toks[k].kind == "word" and _plural(toks[k].low) else None


def _compound_modifier(toks: list[Tok], f: _Found) -> bool:
    """True for a figure glued to its unit before a noun ("24-hour care services", "a
    two-year project"): it qualifies that noun and lends no unit to a bare count after it
    ("persons in 24-hour care services was 2,340" counts no hours)."""
    return f.end >= 1 and toks[f.end - 1].low == "-" and f.end + 1 < len(toks) and (
        toks[f.end + 1].kind == "word")


def _share_in_apposition(toks: list[Tok], f: _Found, unit: str) -> bool:
    """True for a percentage set beside the count before it ("4.67 million, or 9.3 per cent,
    ...", "11 720 personnes, soit 59 %", "(4.4 per cent)"): a later bare count takes the
    unit of that count, not of its share."""
    if unit != "percent" or f.start == 0:
        return False
    before = toks[f.start - 1].low
    return before in ("or", "soit", "(") or (before == "," and f.start >= 2
                                             and toks[f.start - 2].kind == "num")


def _members_after_money(toks: list[Tok], f: _Found, before: str | None) -> bool:
    """True when a bare number counts some "of them" after a sum of money: "compensation of
    RD$ 150,000 each, and 640 of them had been relocated" counts families, not money (nor
    the unit of the sentence before)."""
    if before is None or not (before == OTHER_LETTER_DOLLAR or before in iso_currency_codes()):
        return False
    return _partitive(toks, f) or _counted_by_verb(toks, f)


#: "crisis centres, which now numbered forty-one": the verb says the number counts things.
_COUNTING_VERBS = frozenset({"numbered", "numbering", "numbers"})
_TIME_ADVERBS = frozenset({"now", "currently", "then", "already", "still"})


def _counted_by_verb(toks: list[Tok], f: _Found) -> bool:
    """True for a number after "numbered" (an adverb between allowed): a count of the things
    before it, never the money of a sum given earlier in the sentence."""
    before = [t.low for t in toks[max(0, f.start - 2):f.start]]
    if before and before[-1] in _TIME_ADVERBS:
        before.pop()
    return bool(before) and before[-1] in _COUNTING_VERBS


def _change_end(toks: list[Tok], f: _Found) -> bool:
    """True for the value a change ends at ("from 14,000 persons to about 12,300"): its
    subject is what changed, not the noun of the value it started from."""
    k = f.start
    while k > 0 and toks[k - 1].low in _APPROXIMATORS:
        k -= 1
    return k > 0 and toks[k - 1].low in ("to", "à", "au")


def _partitive(toks: list[Tok], f: _Found) -> bool:
    """True for a number followed by "of them", "d'entre eux" (:data:`_PARTITIVES`)."""
    return tuple(t.low.replace("’", "'") for t in toks[f.end + 1 : f.end + 3]) in _PARTITIVES


#: "of them" after a number: it counts members of a group named before.
_PARTITIVES = frozenset({("of", "them"), ("of", "those"), ("of", "these"),
                         ("d'entre", "eux"), ("d'entre", "elles")})


#: Words that may follow a number whose noun is elided ("2.8 million in 2022", "and 54 per
#: cent", "25,000 each"): a number before any other word names its own, even unread.
_AFTER_ELIDED = frozenset({
    "in", "on", "at", "by", "for", "from", "to", "and", "or", "but", "of", "per", "each",
    "respectively", "compared", "against", "versus", "than", "since", "during", "over",
    "under", "while", "whereas", "with", "without", "who", "which", "that", "were", "was",
    "had", "have", "has", "are", "is", "would", "will", "could", "en", "et", "ou", "à",
    "au", "aux", "de", "du", "des", "pour", "par", "sur", "contre", "dont", "qui", "que",
    "depuis", "entre", "avec", "sans", "chacun", "chacune", "respectivement", "étaient",
    "était", "avaient", "avait", "ont", "a", "sont", "est", "seulement", "only", "alone",
    "more", "less", "plus", "moins", "new", "additional", "other", "others", "autres",
})


def _own_measure(toks: list[Tok], f: _Found) -> bool:
    """True for a bare number after a noun that measures something of its own: "129
    facilities with an official capacity of 26,837" counts no facilities."""
    return f.start >= 2 and toks[f.start - 1].low in ("of", "de", "d'", "d’") and (
        toks[f.start - 2].low in OWN_MEASURE_NOUNS)


def _names_own_noun(toks: list[Tok], f: _Found) -> bool:
    """True when a number with a scale word is followed by a word of its own, unread ("22.4
    million kuna to them"): an amount, which takes no unit from an earlier count of its
    sentence ("340 beds").  (Without a scale the word after a number is as often a verb or an
    adverb: "1,644 returned", "46 nationally".)"""
    nxt = f.end + 1
    if nxt >= len(toks) or toks[nxt].kind != "word":
        return False
    if _low_at(toks, f.start - 1) in ADDITIONS_BEFORE:
        return False  # "and another 2 million lacked schooling": more of the earlier count
    if not any(t.low in SCALES for t in toks[f.start : f.end + 1]):
        return False
    low = toks[nxt].low
    return low.isalpha() and low not in _AFTER_ELIDED and low not in MONTHS


#: Units of a period a figure may span ("MK 4.8 billion over five years").
_PERIODS = frozenset({"years", "months", "weeks", "days", "hours"})


def _period_of(toks: list[Tok], f: _Found, before: _Found | None, unit: str | None) -> bool:
    """True for "over" + a duration right after another figure ("a cost of MK 4.8 billion
    over five years", "300 cases over three years"): the period that figure spans, not
    the approximator "more than"."""
    return (unit in _PERIODS and before is not None and before.end == f.start - 2
            and toks[f.start - 1].low == "over")


def _added_to(toks: list[Tok], f: _Found, before: list[_Found],
              done: list[Quantity]) -> str | None:
    """The unit of the earlier count a bare addition adds to: "had opened four centres,
    which had served 23,400 women, and planned to open a further eight" (centres, not
    women): the latest earlier count with a unit after a verb of the same stem."""
    if not (_low_at(toks, f.start - 1) in ADDITIONS_BEFORE
            or _low_at(toks, f.end + 1) in ADDITIONS_AFTER):
        return None
    verb = _verb_stem_before(toks, f.start)
    if verb is None:
        return None
    return next((q.unit for g, q in zip(reversed(before), reversed(done), strict=True)
                 if q.unit and _verb_stem_before(toks, g.start) == verb), None)


#: Words that may stand between a verb and its count ("open a further eight", "served
#: some 23,400").
_BEFORE_COUNT = frozenset({"a", "an", "the"}) | ADDITIONS_BEFORE


def _verb_stem_before(toks: list[Tok], start: int) -> str | None:
    """The stem of the word before a count, past articles, additions and approximators
    ("opened four centres" and "open a further eight" give "open"); None if not a word."""
    j = start - 1
    while j >= 0 and (toks[j].low in _BEFORE_COUNT or toks[j].low in _QUALIFIER_WORDS):
        j -= 1
    if j < 0 or toks[j].kind != "word":
        return None
    low = toks[j].low
    for suffix in ("ing", "ed", "es", "s"):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            return low[: -len(suffix)]
    return low


#: What joins the members of a list of numbers ("14, 11 and 9 cases", "45 ou 55 %").
_LIST_JOINS = frozenset({",", "and", "or", "et", "ou"})


def _listed_before(toks: list[Tok], found: list[_Found], k: int) -> str | None:
    """The unit written after the last of a list of bare numbers that ``found[k]`` opens or
    continues ("45 and 55 per cent", "only 14, 11 and 9 criminal cases"): each counts it."""
    first = previous = found[k]
    for nxt in found[k + 1 :]:
        between = [t.low for t in toks[previous.end + 1 : nxt.start]]
        if (not between or len(between) > 2 or not all(w in _LIST_JOINS for w in between)
                or between == [",", "or"]):  # "4.67 million, or 9.3 per cent": the share
            return None
        if nxt.unit is not None or not nxt.elided:
            if nxt.unit == "percent" and first.lo.value > MAX_BARE_SHARE:
                return None  # "3,355 and 7 per cent": no share
            return nxt.unit
        previous = nxt
    return None


def _changed_to(toks: list[Tok], f: _Found, nxt: _Found | None) -> str | None:
    """The unit of the value a bare number changes to ("reduced from 72 to 24 hours")."""
    if nxt is None or nxt.unit is None:
        return None
    between = [t.low for t in toks[f.end + 1 : nxt.start]]
    return nxt.unit if len(between) == 1 and between[0] in _RANGE_WORDS else None


#: The most tokens between "the total of" or "le nombre de" and its figure.
TOTAL_REACH = 80


def _total_of(toks: list[Tok], before: int, floor: int = 0) -> str | None:
    """The noun of "the total of States parties ... to 156", "le nombre de personnes", looked
    for after token ``floor``."""
    # (within TOTAL_REACH tokens: a sentence of thousands of figures had been read back
    # whole for each, a cost square in its length)
    for j in range(before - 1, max(floor, 0, before - TOTAL_REACH), -1):
        low = toks[j].low
        if low.startswith(("d'", "d’")) and len(low) > 2 and toks[j - 1].low in TOTAL_WORDS:
            # "le nombre d'enfants": the elided "de" and its noun are one token
            noun = toks[j].text[2:]
            return _NOUN_UNITS[noun] if noun.isalpha() and _french_noun(noun.lower()) else None
        if low in ("of", "de", "d'") and toks[j - 1].low in TOTAL_WORDS:
            # the language of the phrase: a French noun phrase has its head first
            lang = "en" if toks[j].low == "of" else "fr"
            head = _noun_head(toks, j + 1 + (toks[j + 1].low == "the"), lang, singular=False)
            return _NOUN_UNITS[toks[head].text] if head is not None else None
    return None


#: The oldest age a bare number is read as ("the minimum age of marriage was 18").
MAX_AGE_VALUE = 30


def _value_of_an_age(toks: list[Tok], f: _Found) -> bool:
    """True for a bare number that is the value an age is set to: an age word shortly
    before it ("the minimum age of marriage was 18", "raised the age of criminal
    responsibility from seven to 13"), the number no more than :data:`MAX_AGE_VALUE`."""
    return f.lo.value <= MAX_AGE_VALUE and any(
        t.low in ("age", "âge", "l'âge", "l’âge") for t in toks[max(0, f.start - 8) : f.start])


def _total_after(toks: list[Tok], f: _Found) -> str | None:
    """The noun of a total named right after its figure: "cela porte à 27 le nombre
    d'hôpitaux", "maintient à 45 le nombre d'États parties"."""
    j = f.end + 1
    if _low_at(toks, j) in ("le", "the") and _low_at(toks, j + 1) in TOTAL_WORDS:
        phrase = unit_at(toks, j + 3) if j + 3 < len(toks) else None
        if phrase is not None and phrase[0] in COUNTED_UNIT_PHRASES:
            return phrase[0]  # "bringing to 190 the number of States parties"
        return _total_of(toks, min(len(toks), j + 4), j)
    return None


#: Verbs that give the total of the sentence's subject: "Hate crimes reported in 2010
#: totalled 1,180", "Complaints numbered 312".
_TOTAL_VERBS = frozenset({"totalled", "totaled", "totalling", "totaling", "numbered"})


def _subject_total(toks: list[Tok], f: _Found, k: int) -> str | None:
    """The noun of a sentence's plural subject whose total a bare first number gives ("Hate
    crimes reported in 2010 totalled 1,180": crimes), else None."""
    j = f.start - 1
    while j > 0 and toks[j].low in _APPROXIMATORS:  # "numbered some 584,000"
        j -= 1
    if k or j < 1:
        return None
    if toks[j].low == "from" and toks[j - 1].low in CHANGE_VERBS:
        # "Intentional violent deaths of children had fallen from 5,600 in 2021 to 5,354":
        # deaths (probe 337)
        return _noun_before(toks, j - 1) or _subject_noun(toks, f)
    if toks[j].low in ("at", "to") and toks[j - 1].low in _LEVEL_VERBS:
        j -= 1  # "Complaints had peaked at 314", "Arrests rose to 412" (probe 350)
    elif toks[j].low not in _TOTAL_VERBS:
        return None
    return _noun_before(toks, j) or _subject_noun(toks, f)


#: Verbs that give the level a plural subject reached, before "at" or "to".
_LEVEL_VERBS = frozenset({"stood", "peaked", "amounted", "rose", "risen", "fell", "fallen",
                          "increased", "decreased", "dropped", "declined", "climbed", "grew",
                          "grown", "jumped", "reached"})


#: Adverbs and auxiliaries between a total's subject and its verb ("foreign residents now
#: numbered", "complaints had numbered").
_SUBJECT_ADVERBS = frozenset({"now", "currently", "still", "already", "altogether",
                              "together", "reportedly", "then", "had", "has", "have"})


def _noun_before(toks: list[Tok], verb: int) -> str | None:
    """The unit of the plural noun right before a total's verb, adverbs aside ("noted that
    foreign residents now numbered about 3.4 million": persons), else None."""
    i = verb - 1
    while i > 0 and toks[i].low in _SUBJECT_ADVERBS:
        i -= 1
    word = toks[i]
    if any(t.low in _PREPOSITIONS for t in toks[max(0, i - 3) : i]):
        # the head is before: "deaths of children and adolescents had fallen from 5,600",
        # "the gap in the electoral rolls had fallen from 12.5 million"
        return None
    return _NOUN_UNITS[word.text] if word.text.islower() and _plural(word.low) else None


_PREPOSITIONS = frozenset({"of", "for", "with", "from", "in", "by", "against", "on", "among",
                           "to", "under", "at"})


#: Words between a total's verb and its figure ("numbered some 584,000", "more than").
_APPROXIMATORS = frozenset({"some", "about", "around", "approximately", "nearly", "almost",
                            "over", "roughly", "just", "more", "less", "fewer", "than"})


def _subject_part(toks: list[Tok], f: _Found, k: int) -> str | None:
    """The noun of a sentence's plural subject that a first "N of them" counts a part of
    ("Sheltered workshops would remain, but 35 of them had been converted": workshops), else
    None (the noun of the sentence before, then)."""
    after = [t.low for t in toks[f.end + 1 : f.end + 3]]
    if k or after not in (["of", "them"], ["of", "these"], ["of", "those"]):
        return None
    return _subject_noun(toks, f)


def _subject_noun(toks: list[Tok], f: _Found) -> str | None:
    """The unit of the plural noun phrase that opens the sentence, before the figure."""
    head = _noun_head(toks, 1 if toks[0].low == "the" else 0, "en", singular=False)
    if head is None or head >= f.start or toks[head].text.isupper():  # no name: "TOMÁS ARELLANO"
        return None
    return _NOUN_UNITS[toks[head].text]


def _half_after(toks: list[Tok], end: int) -> bool:
    """True when "et demi(e)" follows a French duration's unit ("deux ans et demi", "trois
    heures et demie"): a half more of it."""
    return (end + 2 < len(toks) and toks[end].low in _HALVED_UNITS
            and toks[end + 1].low == "et" and toks[end + 2].low in ("demi", "demie"))


#: The French units a half is added to after "et".
_HALVED_UNITS = frozenset({"an", "ans", "année", "années", "mois", "heure", "heures", "jour",
                           "jours", "semaine", "semaines", "siècle", "siècles"})


def _collective_about(toks: list[Tok], f: _Found) -> str | None:
    """"about" for a French collective number, an approximation in itself ("une trentaine
    de membres": about thirty)."""
    return "about" if toks[f.lo.last].low in FR_COLLECTIVES else None


def _qualifier(toks: list[Tok], start: int) -> str | None:
    """The approximator right before token ``start`` (the longest of QUALIFIERS)."""
    if start < 1:
        return None
    for words in _QUALIFIERS_BY_LAST.get(toks[start - 1].low, ()):
        size = len(words)
        if size <= start and tuple([t.low for t in toks[start - size : start]]) == words:
            if size == 1 and start >= 2 and toks[start - 2].low in PREPOSITION_HEADS.get(words[0], ()):
                return None  # "structured around six axes", "asked about two cases"
            if words[0] in _GOING_BEYOND and any(
                    t.low in _NEGATIONS for t in toks[max(0, start - size - 5) : start - size]):
                return "at most"  # "could not legally exceed 15 days": a ceiling
            return QUALIFIERS[words]
    return None


#: Verbs of going beyond a figure, and the negations that make them a ceiling.
_GOING_BEYOND = frozenset({"exceed", "exceeded", "exceeding", "exceeds", "surpass", "dépasser",
                           "dépasse", "dépassent", "excéder", "dépassé", "dépassait"})
_NEGATIONS = frozenset({"not", "never", "cannot", "n't", "ne", "n'", "n’", "pas", "jamais"})


def _by_last_word(phrases: dict[tuple[str, ...], str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases of at most LONGEST_QUALIFIER words grouped by last word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(phrases, key=len, reverse=True):
        if 0 < len(words) <= LONGEST_QUALIFIER:
            out.setdefault(words[-1], []).append(words)
    return {word: tuple(group) for word, group in out.items()}


#: QUALIFIERS by last word (only for speed: asked for every quantity).
_QUALIFIERS_BY_LAST = _by_last_word(QUALIFIERS)
