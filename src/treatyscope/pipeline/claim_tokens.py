"""Tokens and numerals of one sentence: the lowest layer of the numeric-claim finder.

:func:`tokenize` cuts a sentence into words, digit groups and punctuation with offsets into
the review text; :func:`numerals` finds every number expression among them: digits with
their separators ("1,200", "17 983", "2,76" in French, "84.5"), scale words ("2.6 million",
"2,76 milliards"), spelled-out cardinals ("Thirty-nine", "quatre-vingt-dix"), hyphenated
durations ("two-year", "12-month"), fractions ("half", "two thirds") and multipliers
("tripled").  Ordinals ("thirty-seventh", "76th", "quatre-vingt-huitième") are skipped here.
Whether a numeral states a quantity is decided by :mod:`treatyscope.pipeline.claim_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import partial
from itertools import filterfalse, pairwise
from typing import NamedTuple

from treatyscope.data.numbers import (
    DIGIT_ONLY_SCALES,
    EN_ORDINALS,
    EN_UNITS,
    FR_COLLECTIVES,
    FR_ELIDED_NUMBERS,
    FR_ONE_NUMBERS,
    FR_ORDINAL_SUFFIXES,
    FR_UNITS,
    FRACTION_PHRASES,
    FRACTIONS,
    HALF_BLOCKERS,
    HALF_OF_TIME,
    HUNDREDS,
    MULTIPLIERS,
    SCALES,
    is_number_word,
    is_ordinal_word,
    words_value,
)
from treatyscope.data.units import HALF_HYPHENS, HYPHEN_UNITS
from treatyscope.model import Span
from treatyscope.pipeline.claim_scan import (
    Vocabulary,
    latin1_words,
    letter_classes,
    sentence_runs,
)


def _elided_before_number() -> str:
    """A pattern for a French elided article or conjunction before a number ("d'un
    million", "près d'un tiers", "plus d'un demi-million", "qu'un seul", "qu'une
    trentaine", "d'onze"): a token of its own, so that the numeral starts at the number
    word and the elided word ends the qualifier ("plus d'").  "d'un budget" stays whole."""
    after_one = "|".join(sorted(FR_ONE_NUMBERS | set(FR_COLLECTIVES)))
    alone = "|".join(sorted(FR_ELIDED_NUMBERS))
    return (rf"(?i:[dl]|qu)['’](?=(?i:(?:{alone})\b|une?\s+(?:(?:{after_one})\b"
            rf"|(?:{'|'.join(HALF_HYPHENS)})[-‑])))")


_TOKEN = re.compile(_elided_before_number()
                    + r"|\d+(?:[.,]\d+)*|[^\W\d_]+(?:[-‑'’.][^\W\d_]+)*|\S")
_HYPHENS = re.compile(r"[-‑]")
_ELISION = re.compile(r"^(?:[ldjmnst]|qu)'(?=\w)")
_ORDINAL_SUFFIX = frozenset({"th", "st", "nd", "rd", "e", "er", "ère", "ème", "eme", "ième",
                             "re"})
_THIN_SPACES = frozenset({"\u00a0", "\u202f", "\u2009"})
_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_FR_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")


class Tok(NamedTuple):
    """One token: its offsets into the review text, its characters and kind.

    ``low`` is the token in lower case with typographic apostrophes made plain.  A named
    tuple rather than a dataclass: tokens are made by the thousand and never outlive a call.
    """

    start: int
    end: int
    text: str
    kind: str  # "num", "word" or "punct"
    low: str

    @property
    def bare(self) -> str:
        """:attr:`low` without a French elided article ("l'article" -> "article")."""
        return _ELISION.sub("", self.low) if "'" in self.low else self.low


#: Makes a Tok from a tuple without the Python-level ``__new__`` of named tuples (faster).
_new_tok = tuple.__new__


class Numeral(NamedTuple):
    """A number expression covering tokens ``first`` .. ``last`` (inclusive).

    A named tuple rather than a dataclass: made for every number, cheaper to make.
    """

    first: int
    last: int
    value: float
    kind: str  # "digits", "words", "hyphen", "fraction", "multiplier"
    unit: str | None = None  # set when the expression itself carries the unit


#: Every word a spelled-out number, fraction or multiplier can start with.
NUMBER_STARTS = frozenset(
    set(EN_UNITS) | set(FR_UNITS) | set(HUNDREDS) | set(SCALES) | set(FRACTIONS)
    | set(MULTIPLIERS) | {w for pair in FRACTION_PHRASES for w in pair[:1]}
    | {f.split("-")[0] for f in FRACTIONS} | {m.split("-")[0] for m in MULTIPLIERS}
    | set(HALF_HYPHENS)) - {"a"}
#: "une" before a French collective, also elided into the word before ("qu'une trentaine",
#: "d'une vingtaine": the span then starts at the elided word).
_FR_ONE = frozenset({"une", "qu'une", "qu’une", "d'une", "d’une"})
#: "un"/"une" elided into the word before, as the first number of a ratio ("près d'une
#: femme sur deux", "qu'un détenu sur trois").
_ELIDED_ONE = frozenset({"d'une", "d’une", "d'un", "d’un", "qu'une", "qu’une", "qu'un", "qu’un"})
#: Unhyphenated words a numeral may start with: see _numeral_at.
_MAY_START = NUMBER_STARTS | {"a"} | _FR_ONE | _ELIDED_ONE
#: Words that show a sentence may hold a spelled-out number ("a third of" counts by "third").
_SIGNAL_WORDS = NUMBER_STARTS | {w for pair in FRACTION_PHRASES for w in pair[1:]}
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")


#: The words of _SIGNAL_WORDS that can be a run of letters (a hyphenated one never is, so
#: testing runs against these is testing them against all of _SIGNAL_WORDS).
_SIGNAL_RUNS = frozenset(w for w in _SIGNAL_WORDS if _LETTERS.fullmatch(w))
#: Tokens with their preceding white space: every other character belongs to a token.
_SPACED_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")


def may_hold_number(text: str, start: int, end: int, lowered: str | None = None) -> bool:
    """A cheap test: does ``text[start:end]`` hold a digit or a word a number starts with?

    lowered (str | None): :func:`~treatyscope.pipeline.claim_scan.lowered` of ``text``;
        with it, most words are looked up whole (only for speed, same answer).
    """
    if _DIGIT.search(text, start, end):
        return True
    if lowered is None:
        return not _SIGNAL_RUNS.isdisjoint(_LETTERS.findall(text[start:end].lower()))
    # A run of letters lies within one white-space-separated word; a word of letters only
    # is a run itself, and only the other words need cutting into runs.
    words = lowered[start:end].split()
    if not _SIGNAL_RUNS.isdisjoint(words):
        return True
    return not _SIGNAL_RUNS.isdisjoint(_LETTERS.findall(" ".join(filterfalse(str.isalpha, words))))


#: _SIGNAL_RUNS as :func:`~treatyscope.pipeline.claim_scan.letter_classes` bytes.
_SIGNAL_BYTES = latin1_words(_SIGNAL_RUNS)


def number_sentences(text: str, sentences: Sequence[Span], lowered: str | None) -> list[bool]:
    """:func:`may_hold_number` of each sentence (only for speed: the same answers).

    lowered (str | None): :func:`~treatyscope.pipeline.claim_scan.lowered` of ``text``, which
        has its digits and letters where ``text`` has them; without it, or for sentences
        out of text order, each sentence is tested alone.
    """
    if (lowered is None or _SIGNAL_BYTES is None
            or any(a.start > b.start for a, b in pairwise(sentences))):
        return [may_hold_number(text, s.start, s.end, lowered) for s in sentences]
    digits = _with_digits(letter_classes(lowered), sentences)
    isdisjoint = _SIGNAL_BYTES.isdisjoint
    # A sentence without a digit has the same runs in letter_classes as in letter_runs;
    # those of sentence_runs are cut once for the later stages too (only for speed).
    return [k in digits or not isdisjoint(runs)
            for k, runs in enumerate(sentence_runs(lowered, sentences))]


def writes_number_word(runs: bytes, start: int, end: int) -> bool:
    """True if ``text[start:end]`` has a run of letters a spelled-out number starts with
    (as :func:`may_hold_number` looks for), ``runs`` being its
    :func:`~treatyscope.pipeline.claim_scan.letter_runs`; also True when such a word has
    no Latin-1 bytes to look for (the answer that keeps callers exact)."""
    if _SIGNAL_BYTES is None:
        return True  # cannot tell: say yes, the safe answer for callers
    return not _SIGNAL_BYTES.isdisjoint(runs[start:end].split())


def token_at(text: str, start: int, end: int) -> str | None:
    """The first token :func:`tokenize` finds in ``text[start:end]``, or None."""
    m = _SPACED_TOKEN.match(text, start, end)
    return m.group(2) if m else None


def _with_digits(classes: bytes, sentences: Sequence[Span]) -> set[int]:
    """Indices of the sentences (in order of their starts) that hold a digit ("0" in
    :func:`letter_classes`).

    The first digit at or after a sentence's start is also the first digit after the start
    of every later sentence that starts by it: one search serves all of those.
    """
    found: set[int] = set()
    k, count = 0, len(sentences)
    while k < count:
        at = classes.find(b"0", sentences[k].start)
        if at < 0:
            break
        while k < count and sentences[k].start <= at:
            if at < sentences[k].end:
                found.add(k)
            k += 1
    return found


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of ``text[start:end]``; digit groups split by spaces are joined later."""
    out: list[Tok] = []
    append, forms = out.append, _FORMS
    at = start  # offsets add up from the lengths (faster than asking each match)
    for space, piece in _SPACED_TOKEN.findall(text, start, end):
        at += len(space)
        stop = at + len(piece)
        append(_new_tok(Tok, (at, stop, piece, *forms[piece])))
        at = stop
    return out


def _form(piece: str) -> tuple[str, str]:
    """The kind and :attr:`Tok.low` of a token written ``piece``."""
    first = piece[0]
    kind = "num" if first.isdigit() else "word" if first.isalpha() else "punct"
    low = piece.lower()
    return kind, low.replace("’", "'") if "’" in low else low


#: Token as written -> its kind and :attr:`Tok.low` (only for speed: texts repeat their
#: words, and the tokens then share these strings).
_FORMS: Vocabulary[str, tuple[str, str]] = Vocabulary(_form)


def glued(a: Tok, b: Tok) -> bool:
    """True if no character separates the two tokens."""
    return a.end == b.start


def digits_value(piece: str, lang: str) -> float | None:
    """The value of a digit group: "1,200" (en), "2,76" (fr), "84.5"; None if malformed."""
    if lang == "fr":
        plain = piece.replace(".", "") if _FR_THOUSANDS.fullmatch(piece) else piece
        plain = plain.replace(",", ".")
    elif _EN_THOUSANDS.fullmatch(piece):
        plain = piece.replace(",", "")
    else:
        plain = piece.replace(",", ".") if _DECIMAL_COMMA.fullmatch(piece) else piece
    try:
        return float(plain)
    except ValueError:
        return None


def join_spaced_groups(text: str, toks: list[Tok], lang: str) -> list[Tok]:
    """Join "17 983" (French thousands, any space) and "17 983" (no-break space, any text)."""
    if lang != "fr" and toks and not _has_thin_space(text, toks[0].start, toks[-1].end):
        return toks  # nothing to join (only for speed: an English join needs a thin space)
    out: list[Tok] = []
    for tok in toks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "num" and tok.kind == "num" and len(tok.text) == 3
                and tok.text.isdigit() and re.fullmatch(r"\d{1,3}(?:\s\d{3})*", prev.text)
                and tok.start - prev.end == 1
                and (text[prev.end] in _THIN_SPACES or (lang == "fr" and text[prev.end] == " "))):
            joined = text[prev.start : tok.end]
            out[-1] = Tok(prev.start, tok.end, joined, "num", joined)
        else:
            out.append(tok)
    return out


def _has_thin_space(text: str, start: int, end: int) -> bool:
    piece = text[start:end]
    return any(space in piece for space in _THIN_SPACES)


def numerals(toks: list[Tok], lang: str) -> list[Numeral]:
    """Every cardinal, fraction and multiplier expression among the tokens, in order."""
    out: list[Numeral] = []
    after = 0  # the first token not taken by the numeral found last
    for i in _numeral_starts(toks):
        if i < after:
            continue
        found = _numeral_at(toks, i, lang)
        if found is None:
            continue
        if found.kind in ("digits", "words") and _and_a_half(toks, found.last):
            # "three and a half years", "deux ans et demi" (the half is read whole)
            last = found.last + (3 if toks[found.last + 1].low == "and" else 2)
            scale = SCALES.get(toks[last + 1].low, 0) if last + 1 < len(toks) else 0
            found = found._replace(last=last + (1 if scale else 0),
                                   value=(found.value + 0.5) * (scale or 1))
        ordinal = found.kind != "fraction" and _ordinal_after(toks, found)
        if not ordinal and not _french_article(toks, found, lang):
            out.append(found)
        after = found.last + 1
    return out


def _and_a_half(toks: list[Tok], last: int) -> bool:
    """True when "and a half" ("et demi") follows the token at ``last``."""
    words = [t.low for t in toks[last + 1 : last + 4]]
    return words == ["and", "a", "half"] or words[:2] in (["et", "demi"], ["et", "demie"])


def _numeral_starts(toks: list[Tok]) -> list[int]:
    """Indices of the tokens a numeral may start at: digits, and words :func:`_numeral_at`
    does not refuse at a glance (only for speed: it refuses all the others too)."""
    may_start = _MAY_START_WORDS
    return [i for i, tok in enumerate(toks)
            if tok.kind == "num" or (tok.kind == "word" and may_start[tok.low])]


#: Durations of one unit written "<unit>-long" -> the unit.
_ONE_LONG = {f"{unit}-long": plural for unit, plural in (
    ("hour", "hours"), ("day", "days"), ("week", "weeks"), ("month", "months"), ("year", "years"))}


#: Word (lower case) -> its parts between hyphens.
_HYPHEN_PARTS: Vocabulary[str, tuple[str, ...]] = Vocabulary(
    lambda low: tuple(_HYPHENS.split(low)))
#: Word (lower case) -> whether a numeral may start at it: a word of _MAY_START or a
#: hyphenated word.
_MAY_START_WORDS: Vocabulary[str, bool] = Vocabulary(
    lambda low: low in _MAY_START or "-" in low or "‑" in low)


def _french_article(toks: list[Tok], num: Numeral, lang: str) -> bool:
    """French "un"/"une" is an article far more often than a count: never read as one,
    except as the first number of a ratio ("un membre sur cinq", "une sur trois") or
    before "seul(e)" ("un seul juge")."""
    if not (lang == "fr" and num.kind == "words" and num.value == 1):
        return False
    after = [t.low for t in toks[num.last + 1 : num.last + 4]]
    if after[:1] in _ALONE and num.first > 0 and toks[num.first - 1].low in _MANNER:
        return True  # "présentés en un seul document": how, not how many
    before = toks[num.first - 1].low if num.first > 0 else ""
    if (before, after[0] if after else "") in _AROUND_LOW_END:
        return False  # the low end of a range: "de un à trois ans", "entre un et cinq ans"
    if toks[num.first].low in _ELIDED_ONE and after[:1] == ["à"]:
        return False  # ... elided: "une peine d'un à cinq ans"
    if (toks[num.first].low in _ELIDED_ONE and after[:1] and after[0] in _ONE_PERIOD
            and before.endswith(("é", "ée", "és", "ées"))):
        return False  # a change by one period: "a prorogé d'un an le mandat"
    return not (after[:1] == ["sur"] or after[1:2] == ["sur"] or after[:1] in _ALONE)


#: The words around "un" that make it the low end of a range.
_AROUND_LOW_END = frozenset({("de", "à"), ("entre", "et")})


#: Prepositions before "un seul" that make it a manner, not a count ("en un seul document",
#: "d'un seul tenant", "à un seul endroit").
_MANNER = frozenset({"en", "d'", "d’", "à"})


#: "seul(e)" after "un"/"une" makes it a count: "un seul juge", "qu'une seule plainte".
_ALONE = (["seul"], ["seule"])


#: French scale words of the long scale: "19,3 billions de pesos" is 19.3 x 10^12.
_FR_LONG_SCALES = {"billion": 1e12, "billions": 1e12}

#: Plural scale nouns that a French collective counts ("une vingtaine de milliers").
_FR_GROUP_SCALES = {"milliers": 1e3, "millions": 1e6, "milliards": 1e9}


def _numeral_at(toks: list[Tok], i: int, lang: str) -> Numeral | None:
    tok = toks[i]
    if tok.kind == "num":
        return _digits_at(toks, i, lang)
    if tok.kind != "word":
        return None
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if tok.low == "half" and nxt == "a" and i + 2 < len(toks) and toks[i + 2].low in SCALES:
        return Numeral(i, i + 2, 0.5 * SCALES[toks[i + 2].low], "words")  # "half a million"
    if tok.low == "a" and (nxt in SCALES or nxt in ("hundred", "dozen")):
        value = SCALES.get(nxt) or (100.0 if nxt == "hundred" else 12.0)
        return Numeral(i, i + 1, value, "words")  # "a million people", "a dozen cases"
    if tok.low in _ONE_ARTICLES and _half_scale(nxt):
        return Numeral(i, i + 1, _half_scale(nxt), "words")  # "un demi-million de personnes"
    if nxt in FR_COLLECTIVES and tok.low in _FR_ONE:
        scale = _FR_GROUP_SCALES.get(toks[i + 3].low, 0) if (
            i + 3 < len(toks) and toks[i + 2].low == "de") else 0
        if scale:  # "une vingtaine de milliers de personnes"
            return Numeral(i, i + 3, FR_COLLECTIVES[nxt] * scale, "words")
        return Numeral(i, i + 1, FR_COLLECTIVES[nxt], "words")  # "une trentaine de membres"
    if tok.low in _ELIDED_ONE and "sur" in (nxt, toks[i + 2].low if i + 2 < len(toks) else ""):
        return Numeral(i, i, 1.0, "words")  # "près d'une femme sur deux": a ratio's first
    if (tok.low in _ELIDED_ONE and nxt in _ONE_PERIOD and i > 0
            and toks[i - 1].low.endswith(("é", "ée", "és", "ées"))):
        return Numeral(i, i, 1.0, "words")  # "a prorogé d'un an le mandat": by one year
    if tok.low in _ELIDED_ONE and nxt == "à" and i + 2 < len(toks) and (
            toks[i + 2].kind == "num" or toks[i + 2].low in FR_UNITS):
        return Numeral(i, i, 1.0, "words")  # "une peine d'un à cinq ans": a range's low end
    if tok.low in _ONE_LONG:  # "its week-long fifth session": one week, as "two-week" is two
        return Numeral(i, i, 1.0, "hyphen", _ONE_LONG[tok.low])
    if _HYPHEN_PARTS[tok.low][0] not in NUMBER_STARTS and not (
            tok.low == "a" and ("a", nxt) in FRACTION_PHRASES):
        return None
    return (_fraction_at(toks, i) or _multiplier_at(toks, i) or _hyphen_at(toks, i, lang)
            or _words_at(toks, i, lang))


#: Periods "d'un"/"d'une" counts one of after a participle ("prorogé d'un an").
_ONE_PERIOD = frozenset({"an", "année", "mois", "semaine", "jour"})


#: Articles before a hyphenated half scale ("a half-million", "un demi-million").
_ONE_ARTICLES = frozenset({"a", "one", "un"})


def _half_scale(low: str) -> float:
    """The value of a hyphenated half scale word ("demi-million", "half-billion"), else 0."""
    if "-" not in low and "‑" not in low:
        return 0.0
    parts = _HYPHEN_PARTS[low]
    if len(parts) != 2 or parts[0] not in HALF_HYPHENS:
        return 0.0
    return HALF_HYPHENS[parts[0]] * SCALES.get(parts[1], 0.0)


def _spaced_digits_value(piece: str, lang: str) -> float | None:
    """:func:`digits_value` of a digit group that may hold spaces ("17 983")."""
    return digits_value(piece.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "")
                        .replace(" ", ""), lang)


#: Digit group -> its value, by language.
_DIGIT_VALUES: dict[str, Vocabulary[str, float | None]] = {
    lang: Vocabulary(partial(_spaced_digits_value, lang=lang))
    for lang in ("en", "fr")}


def _digits_at(toks: list[Tok], i: int, lang: str) -> Numeral | None:
    values = _DIGIT_VALUES.get(lang)
    piece = toks[i].text
    value = values[piece] if values is not None else _spaced_digits_value(piece, lang)
    if value is None:
        return None
    last = i
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.low in SCALES and (nxt.low not in DIGIT_ONLY_SCALES or lang == "en"):
        scale = (_FR_LONG_SCALES.get(nxt.low) if lang == "fr" else None) or SCALES[nxt.low]
        # in decimal: 4.1 * 1e9 is 4099999999.9999995 in binary floating point, and rounding
        # that product does not mend 16.9 * 1e9 (16899999999.999998)
        value = float(Decimal(repr(value)) * Decimal(repr(scale)))
        last = i + 1
    elif nxt is not None and nxt.text in _MONEY_SCALES and _money_scale(toks, i):
        value = float(Decimal(repr(value)) * Decimal(repr(_MONEY_SCALES[nxt.text])))
        last = i + 1
    if nxt is not None and nxt.text == "-" and glued(toks[i], nxt) and i + 2 < len(toks):
        tail = toks[i + 2].low
        if glued(nxt, toks[i + 2]) and tail in HYPHEN_UNITS:
            return Numeral(i, i + 2, value, "hyphen", HYPHEN_UNITS[tail])
    return Numeral(i, last, value, "digits")


#: Abbreviated scales of an amount of money: "$4.5m", "€3.2m", "12 M€", "3 Mds€".
_MONEY_SCALES = {"m": 1e6, "M": 1e6, "Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9}
#: Currency signs that make such a letter a scale, before or after the amount.
_MONEY_SIGNS = frozenset({"$", "€", "£", "US$"})


def _money_scale(toks: list[Tok], i: int) -> bool:
    """True when the letters after the digits at ``toks[i]`` scale an amount of money: a
    currency sign glued after them ("12 M€"), or "m" glued to digits a sign opens ("$4.5m";
    a bare "5m" may be metres)."""
    scale = toks[i + 1]
    sign_after = (i + 2 < len(toks) and toks[i + 2].text in _MONEY_SIGNS
                  and glued(scale, toks[i + 2]))
    sign_before = (scale.text == "m" and glued(toks[i], scale) and i > 0
                   and toks[i - 1].text in _MONEY_SIGNS and glued(toks[i - 1], toks[i]))
    return sign_after or sign_before


def _fraction_at(toks: list[Tok], i: int) -> Numeral | None:
    low = toks[i].low
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    after = toks[i + 2].low if i + 2 < len(toks) else ""
    prev = toks[i - 1].low if i > 0 else ""
    if (low, nxt) in FRACTION_PHRASES and after == "of" and i + 4 < len(toks) and (
            toks[i + 3].low == "a" and toks[i + 4].low in SCALES):
        # "three quarters of a million people": a count, not a share (thirds and quarters
        # are twelfths: the table's 66.7 per cent is two thirds exactly)
        part = round(FRACTION_PHRASES[(low, nxt)] * 12 / 100) / 12
        return Numeral(i, i + 4, float(round(part * SCALES[toks[i + 4].low])), "words")
    if (low, nxt) in FRACTION_PHRASES and (after in ("of", "de", "des", "du", "d'")
                                           or (_after_by(toks, i) and after in _CHANGE_ENDS)
                                           or prev in ("dont", "among")  # "dont un tiers concernait"
                                           # "of whom two thirds lived", "and two thirds were":
                                           # a plural part is never a counted noun
                                           or (low, nxt) in _PLURAL_PARTS
                                           # "close to one third lived in rural areas"
                                           or _finite_verb(after)):
        return Numeral(i, i + 1, FRACTION_PHRASES[(low, nxt)], "fraction", "percent")
    if low not in FRACTIONS or prev in HALF_BLOCKERS:
        return None
    if low == "half" and _finite_verb(nxt):
        return Numeral(i, i, FRACTIONS[low], "fraction", "percent")  # "nearly half were women"
    if low == "half" and _after_by(toks, i) and nxt in _CHANGE_ENDS:
        return Numeral(i, i, FRACTIONS[low], "fraction", "percent")  # "cut by half"
    if (low == "half" and prev == "in" and i >= 2 and toks[i - 2].low in _CUT_IN
            and nxt in _CHANGE_ENDS):
        return Numeral(i, i, FRACTIONS[low], "fraction", "percent")  # "had been cut in half"
    if low == "moitié" and not (nxt in ("de", "des", "du") or nxt.startswith("d'")):
        return None
    if low in ("tiers", "quart") and not (prev in _DEFINITE_BEFORE_PART and (
            nxt in ("de", "des", "du") or nxt.startswith(("d'", "d’")))):
        return None  # "le tiers de son budget", not "les pays tiers" nor "un quart d'heure"
    if low not in ("moitié", "tiers", "quart") and nxt not in ("of", "the", "its", "their",
                                                             "his", "her"):
        return None
    if any(t.low in HALF_OF_TIME for t in toks[i + 1 : i + 4]):
        return None
    return Numeral(i, i, FRACTIONS[low], "fraction", "percent")


#: Verbs that divide something "in half".
_CUT_IN = frozenset({"cut", "split", "divided", "reduced", "slashed", "fallen", "fell", "dropped"})


#: The definite article (or its fusion with "de", "à") before "tiers" and "quart".
_DEFINITE_BEFORE_PART = frozenset({"le", "du", "au"})


#: Verbs that make the fraction before them a subject ("a quarter were foreigners").
_FINITE_VERBS = frozenset({"were", "was", "are", "is", "had", "have", "has", "lived", "worked",
                           "remained", "received", "came", "did", "do", "could", "would"})


def _finite_verb(low: str) -> bool:
    """True for a finite verb after a fraction: the fraction is its subject, a share."""
    return low in _FINITE_VERBS or (len(low) > 4 and low.endswith("ed"))


#: Fractions of a plural part ("two thirds", "three quarters", "deux tiers", "trois quarts").
_PLURAL_PARTS = frozenset({("two", "thirds"), ("three", "quarters"), ("deux", "tiers"),
                           ("trois", "quarts"), ("two", "fifths"), ("three", "fifths"),
                           ("four", "fifths"), ("deux", "cinquièmes"), ("trois", "cinquièmes")})


#: Approximators between "by" and a fraction ("had fallen by almost a third").
_BY_APPROX = frozenset({"almost", "nearly", "about", "around", "roughly", "approximately",
                        "some", "over", "more", "than", "just", "under", "less"})


#: What may follow the size of a change ("by a third since 2015", "by half."), unlike a
#: noun ("by a third party") or a time ("by half past ten").
_CHANGE_ENDS = frozenset({"", ".", ",", ";", ":", ")", "in", "since", "from", "between",
                          "compared", "over", "and", "while", "during", "after"})


def _after_by(toks: list[Tok], i: int) -> bool:
    """True when the fraction at ``i`` is the size of a change: "reduced by a third", "cut
    by half", "fallen by almost a third"."""
    j = i - 1
    while j >= 0 and toks[j].low in _BY_APPROX:
        j -= 1
    return j >= 0 and toks[j].low == "by"


def _multiplier_at(toks: list[Tok], i: int) -> Numeral | None:
    low = toks[i].low
    if low not in MULTIPLIERS:
        return None
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    prev = toks[i - 1].low if i > 0 else ""
    french_noun = prev == "le" and nxt in ("de", "du", "des", "d'")  # "soit le double de celui de 2009"
    if (low in ("double", "triple", "twice") and nxt not in ("the", "that", "as", "of", "its")
            and not french_noun):
        return None
    return Numeral(i, i, MULTIPLIERS[low], "multiplier", "multiplier")


def _hyphen_at(toks: list[Tok], i: int, lang: str) -> Numeral | None:
    parts = _HYPHEN_PARTS[toks[i].low]
    if len(parts) < 2 or parts[-1] not in HYPHEN_UNITS:
        return None
    if len(parts) == 2 and parts[0] in HALF_HYPHENS:  # "a half-day discussion", "demi-journée"
        return Numeral(i, i, HALF_HYPHENS[parts[0]], "hyphen", HYPHEN_UNITS[parts[1]])
    value = words_value(list(parts[:-1]), lang)
    if value is None or not all(is_number_word(p, lang) for p in parts[:-1]):
        return None
    return Numeral(i, i, value, "hyphen", HYPHEN_UNITS[parts[-1]])


def _words_at(toks: list[Tok], i: int, lang: str) -> Numeral | None:
    parts: list[str] = []
    j = i
    while j < len(toks) and toks[j].kind == "word":
        pieces = _HYPHEN_PARTS[toks[j].low]
        if all(is_number_word(p, lang) for p in pieces):
            parts.extend(pieces)
            j += 1
        elif (parts and toks[j].low in ("and", "et") and j + 1 < len(toks)
              and _connector_allowed(parts[-1], toks[j + 1].low, lang)
              and not _new_number_after(toks, j + 1, parts, lang)):
            parts.append(toks[j].low)
            j += 1
        else:
            break
    if not parts or parts[-1] in ("and", "et"):
        return None
    if all(p in SCALES or p in HUNDREDS for p in parts):
        return None  # "thousands of", "millions de" are not numbers
    if _ordinal_follows(toks, j):
        return None  # "one hundred and forty-second session": the first words of an ordinal
    value = words_value(parts, lang)
    return None if value is None else Numeral(i, j - 1, value, "words")


def _ordinal_follows(toks: list[Tok], j: int) -> bool:
    """True when the word at ``j`` (after an optional "and"/"et") ends an ordinal whose first
    number words stand before it ("one hundred and forty-second", "cent vingt-cinquième")."""
    if j < len(toks) and toks[j].low in ("and", "et"):
        j += 1
    if j >= len(toks) or toks[j].kind != "word":
        return False
    last = _HYPHEN_PARTS[toks[j].low][-1]
    return last in EN_ORDINALS or last.endswith(FR_ORDINAL_SUFFIXES)


def _new_number_after(toks: list[Tok], j: int, parts: list[str], lang: str) -> bool:
    """True when the number words from ``j`` on reach a scale as large as one already read:
    "one million and five million" is two numbers (a range), "one million and five" one."""
    largest = max((SCALES[p] for p in parts if p in SCALES), default=0.0)
    while j < len(toks) and toks[j].kind == "word" and all(
            is_number_word(p, lang) for p in _HYPHEN_PARTS[toks[j].low]):
        if SCALES.get(toks[j].low, 0.0) >= largest > 0:
            return True
        j += 1
    return False


def _connector_allowed(before: str, after: str, lang: str) -> bool:
    if lang == "fr":
        return before in ("vingt", "trente", "quarante", "cinquante", "soixante") and after in (
            "un", "une", "onze")
    # "nine hundred and forty-four": a hyphenated tens-and-units after the connector
    return (before in HUNDREDS or before in SCALES) and all(
        is_number_word(p, lang) for p in _HYPHEN_PARTS[after])


def _ordinal_after(toks: list[Tok], num: Numeral) -> bool:
    """True if the expression is (part of) an ordinal: "76th", "thirty-seventh", "10 th"."""
    last = toks[num.last]
    if last.kind == "word" and is_ordinal_word(_HYPHEN_PARTS[last.low][-1]):
        return True
    j = num.last + 1
    if j < len(toks) and toks[j].text in ("-", "‑") and glued(last, toks[j]):
        j += 1
    if j >= len(toks):
        return False
    nxt = toks[j]
    if nxt.kind == "word" and is_ordinal_word(_HYPHEN_PARTS[nxt.low][0]):
        return num.kind == "words" or glued(last, nxt)
    if (nxt.kind == "word" and nxt.low in ("and", "et") and j + 1 < len(toks)
            and num.kind == "words" and is_ordinal_word(toks[j + 1].low)):
        return True
    return last.kind == "num" and nxt.kind == "word" and nxt.low in _ORDINAL_SUFFIX and (
        glued(last, nxt) or nxt.low in ("th", "st", "nd", "rd"))
