"""Small text helpers of the metadata stage: ordinals, dates and sentence bounds.

Pure functions over strings; the phrase tables are in :mod:`treatyscope.data.ordinals`
and :mod:`treatyscope.data.dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from treatyscope.data import dates as D
from treatyscope.data.ordinals import (
    DIGIT_SUFFIXES,
    HUNDREDS,
    JOINERS,
    NUMBER_WORDS,
    SCORE_WORDS,
)
from treatyscope.model import Span
from treatyscope.textutil import strip_accents

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_DIGIT_ORDINAL = re.compile(r"(\d{1,4})([a-z]*)")


def fold_letters(text: str) -> str:
    """Lower case without diacritics, keeping only letters and digits.

    Extraction breaks ("Twenty-s eventh", "cin qu ième") disappear with the spaces.
    """
    return _NOT_ALNUM.sub("", strip_accents(text).casefold())


@cache
def _words_by_length() -> tuple[str, ...]:
    return tuple(sorted({*NUMBER_WORDS, *JOINERS}, key=len, reverse=True))


def _tokens(letters: str, pos: int = 0) -> list[str] | None:
    """Split run-together number words, longest word first with backtracking
    ("centseptieme" is cent + septieme, not cents + ...); None if impossible."""
    if pos == len(letters):
        return []
    for word in _words_by_length():
        if letters.startswith(word, pos):
            rest = _tokens(letters, pos + len(word))
            if rest is not None:
                return [word, *rest]
    return None


@lru_cache(maxsize=4096)  # a vocabulary (word -> value), kept across texts: speed only
def parse_ordinal(text: str) -> int | None:
    """The value of an English or French ordinal, in words or digits, or None.

    "thirty-seventh" -> 37, "one hundred and fourth" -> 104, "quatre-vingt-huitième" -> 88,
    "Twenty-s eventh" -> 27, "37th" -> 37, "68e" -> 68.  Cardinals ("thirty") give None.
    """
    letters = fold_letters(text)
    digits = _DIGIT_ORDINAL.fullmatch(letters)
    if digits:
        return int(digits.group(1)) if digits.group(2) in DIGIT_SUFFIXES else None
    tokens = _tokens(letters)
    if not tokens or tokens[-1] in JOINERS or not NUMBER_WORDS[tokens[-1]][1]:
        return None
    return _value(tokens)


def _value(tokens: list[str]) -> int | None:
    total = 0
    previous = ""
    for i, tok in enumerate(tokens):
        if tok in JOINERS:
            if i == 0:
                return None
            continue
        value, is_ordinal = NUMBER_WORDS[tok]
        if is_ordinal and i < len(tokens) - 1 and tok not in HUNDREDS:
            return None  # "nineteenth and twentieth" is a list, not one number
        if tok in HUNDREDS:
            total = max(total, 1) * 100
        elif tok in SCORE_WORDS and previous == "quatre":
            total += 80 - 4
        else:
            total += value
        previous = tok
    return total or None


def longest_ordinal_suffix(words: Sequence[str]) -> tuple[int, int] | None:
    """(value, number of words) of the longest run of final ``words`` that is an ordinal."""
    for n in range(len(words), 0, -1):
        value = parse_ordinal(" ".join(words[-n:]))
        if value is not None:
            return value, n
    return None


# ------------------------------------------------------------------ dates
_DAY_MONTH_YEAR = (
    rf"(?:(?P<wd>{D.WEEKDAY_RX}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+"
    rf"(?P<m>{D.MONTH_RX})\.?,?\s+(?P<y>\d{{4}})\b"
)
_MONTH_DAY_YEAR = rf"(?P<m2>{D.MONTH_RX})\.?\s+(?P<d2>\d{{1,2}}),\s+(?P<y2>\d{{4}})\b"
#: A written date: "Tuesday, 7 May 2019", "06 Juin 2003", "1er décembre 2020", "May 7, 2019".
DATE_RX = re.compile(rf"\b(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR})", re.IGNORECASE)


def make_date(year: int, month: int, day: int) -> str | None:
    """ISO ``YYYY-MM-DD`` of a valid date in the plausible range, else None."""
    if not D.FIRST_YEAR <= year <= D.LAST_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def date_of(match: re.Match[str]) -> str | None:
    """ISO date of a :data:`DATE_RX` match."""
    if match.group("m") is not None:
        day, month, year = match.group("d"), match.group("m"), match.group("y")
    else:
        day, month, year = match.group("d2"), match.group("m2"), match.group("y2")
    number = D.MONTHS.get(fold_letters(month))
    return make_date(int(year), number, int(day)) if number else None


# -------------------------------------------------------------- sentences
#: Longest sentence looked for around an offset, in characters (the longest sentences of
#: the shared corpus, delegation lists, are under 1,000).
MAX_SENTENCE = 2000
_SENTENCE_END = re.compile(r"(?<!\b[ap]\.m)(?<!\b[A-Z])[.!?](?=\s+[\"“(]?[A-ZÀ-Ý])|\n")


def sentence_around(text: str, pos: int, sentences: Sequence[Span] = ()) -> Span:
    """The sentence that holds offset ``pos``: from ``sentences`` if one does, else by a
    simple rule (terminal punctuation before a capital, or a line break)."""
    for span in sentences:
        if span.start <= pos < span.end:
            return span
    start = max(0, pos - MAX_SENTENCE)
    for m in _SENTENCE_END.finditer(text, start, pos):
        start = m.end()
    end_match = _SENTENCE_END.search(text, pos)
    end = end_match.end() if end_match and end_match.group() != "\n" else (
        end_match.start() if end_match else len(text)
    )
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, max(start, end))
