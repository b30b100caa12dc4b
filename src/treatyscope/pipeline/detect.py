"""Detect: the document's format (press release, meeting summary, summary record, repost) and
the language of its text.

*Format* is scored from the weighted phrase patterns of :mod:`treatyscope.data.formats`,
searched in the head and tail of the whole text: page chrome is the best evidence of what a
page is.  *Language* is decided on the text without its boilerplate spans, because the chrome
of ungeneva.org pages is often Arabic, Chinese, Russian or Spanish around an English text.
A stop-word count settles clear English and French texts; anything else goes to lingua,
restricted to the six UN languages and built once, lazily.

Notices: ``W010`` the format was not recognised; ``W011`` the language could not be decided.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from treatyscope.data.formats import (
    FORMAT_PRIORITY,
    FORMAT_RULES,
    LEDE_CHARS,
    LEDE_RULES,
    MIN_FORMAT_SCORE,
    UNKNOWN,
)
from treatyscope.data.languages import LANGUAGE_NAMES, READ_LANGUAGES, STOP_WORDS, UN_LANGUAGES
from treatyscope.model import Notice, Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.spans import first_at_word_start

if TYPE_CHECKING:
    from lingua import LanguageDetector

#: Format evidence sits in the page chrome and header (head) or in the footer (tail).
HEAD_CHARS = 3000
TAIL_CHARS = 1000
#: Line-anchored patterns (labels, headers) match within this many characters of a line
#: start, so they are searched in the line heads only (a flattened page is one long line).
LINE_HEAD_CHARS = 200
#: Characters of boilerplate-free text given to language detection: enough for a clear
#: decision (lingua is sure of a ~300-character UN paragraph), bounded for speed.
LANGUAGE_SAMPLE_CHARS = 2000
#: The stop-word pre-check decides only with at least this many stop words in the sample
#: and when the leading language has this many times the hits of the runner-up; the
#: corpus openings have 35-126 hits in 2,000 characters, with ratios of 10 or more.
MIN_STOP_WORDS = 12
STOP_WORD_RATIO = 4.0
#: Share of the sample's letters that must be Latin before the stop-word pre-check applies.
MIN_LATIN_SHARE = 0.9

_WORD = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile("[\u0250-\U0010ffff]")


class Rule(NamedTuple):
    """A compiled format pattern with its weight.

    ``twin`` is the pattern without ``(?i)``, for a case-insensitive pattern with no upper
    case letter: run on the lower-cased window it finds what the pattern finds on the
    window, faster (re.I turns off the scan for a pattern's first characters).  Exact
    when lowering keeps every offset and folds as re.I does (see :func:`_lowered`)."""

    pattern: re.Pattern[str]
    weight: float
    twin: re.Pattern[str] | None
    #: ``twin.search(low) is not None`` found faster, when the twin's form allows (see
    #: :func:`_quick`).
    quick: Callable[[str], bool] | None = None


Rules = dict[str, tuple[Rule, ...]]


def _compile(table: dict[str, tuple[tuple[str, float], ...]]) -> Rules:
    rules_of: Rules = {}
    for fmt, rules in table.items():
        compiled = []
        for pattern, weight in rules:
            twin = _twin(pattern)
            quick = _quick(twin.pattern) if twin is not None else None
            compiled.append(Rule(re.compile(pattern, re.MULTILINE), weight, twin, quick))
        rules_of[fmt] = tuple(compiled)
    return rules_of


_METACHARACTERS = frozenset(".^$*+?{}[]\\|()")


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at "|" outside groups and sets)."""
    found, depth, in_set, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": the first "]" is a member
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
        i += 1
    found.append(pattern[start:])
    return found


def _quick(twin: str) -> Callable[[str], bool] | None:
    """A faster test of whether the twin pattern matches a lower-cased window, or None.

    Only for speed.  Plain phrases are looked for with ``in``; alternatives that all open
    with ``\\b`` are searched without it, each hit kept when a word boundary is where it
    starts: a leading ``\\b`` turns off the scan for a pattern's first characters, so it
    was tried at every position (9 µs on the 700 characters of a lede).
    """
    branches = _branches(twin)
    if not any(_METACHARACTERS.intersection(b) for b in branches):
        return lambda low: any(map(low.__contains__, branches))
    if all(b.startswith("\\b") for b in branches):
        bare = re.compile("|".join(b[2:] for b in branches), re.MULTILINE)
        return lambda low: first_at_word_start(bare, low) is not None
    return None


def _twin(pattern: str) -> re.Pattern[str] | None:
    """The lower-case twin of a ``(?i)`` pattern (see :class:`Rule`), or None."""
    body = pattern.removeprefix("(?i)")
    letters = re.sub(r"\\.", "", body)  # escapes ("\\S", "\\A") keep their meaning
    if body == pattern or "(?" in letters.replace("(?:", "") or letters != letters.lower():
        return None
    return re.compile(body, re.MULTILINE)


@cache
def _page_rules() -> Rules:
    return _compile(FORMAT_RULES)


@cache
def _lede_rules() -> Rules:
    return _compile(LEDE_RULES)


def _score(rules: Rules, window: str, scores: dict[str, float]) -> None:
    heads = "\n".join(line[:LINE_HEAD_CHARS] for line in window.split("\n"))
    low_window, low_heads = _lowered(window), _lowered(heads)
    for fmt, patterns in rules.items():
        hit = 0.0
        for pattern, weight, twin, quick in patterns:
            anchored = _line_anchored(pattern)
            low = low_heads if anchored else low_window
            if quick is not None and low is not None:
                found = quick(low)
            elif twin is not None and low is not None:
                found = twin.search(low) is not None
            else:
                found = pattern.search(heads if anchored else window) is not None
            if found:
                hit += weight
        scores[fmt] = scores.get(fmt, 0.0) + hit


def _lowered(window: str) -> str | None:
    """``window.lower()`` if it keeps every offset and holds no character that re.I folds
    to another letter than lower() does (dotless i, long s); else None."""
    low = window.lower()
    if len(low) != len(window) or "ı" in low or "ſ" in low:
        return None
    return low


def _line_anchored(pattern: re.Pattern[str]) -> bool:
    return pattern.pattern.removeprefix("(?i)").startswith("^")


def format_scores(text: str, body: str | None = None) -> dict[str, float]:
    """Summed weights per format: page rules on the head and tail of ``text``, lede rules
    on the start of ``body`` (the text without boilerplate; ``text`` when None)."""
    window = text if len(text) <= HEAD_CHARS + TAIL_CHARS else _head_and_tail(text)
    scores: dict[str, float] = {}
    _score(_page_rules(), window, scores)
    _score(_lede_rules(), (text if body is None else body)[:LEDE_CHARS], scores)
    return scores


def _head_and_tail(text: str) -> str:
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


def detect_format(text: str, body: str | None = None) -> str:
    """The format with the highest score, or ``unknown`` below :data:`MIN_FORMAT_SCORE`."""
    return choose_format(format_scores(text, body))


def choose_format(scores: Mapping[str, float]) -> str:
    """The best-scoring format; ties follow :data:`FORMAT_PRIORITY`."""
    best = max(FORMAT_PRIORITY, key=lambda fmt: (scores.get(fmt, 0.0), -FORMAT_PRIORITY.index(fmt)))
    return best if scores.get(best, 0.0) >= MIN_FORMAT_SCORE else UNKNOWN


def body_text(text: str, boilerplate: Iterable[Span]) -> str:
    """The text with the boilerplate spans cut out (pieces joined by newlines)."""
    pieces: list[str] = []
    cursor = 0
    for span in sorted(boilerplate):
        pieces.append(text[cursor : span.start])
        cursor = max(cursor, span.end)
    pieces.append(text[cursor:])
    return "\n".join(p for p in pieces if p.strip())


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (one of the UN languages), or None."""
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if not sample.strip():
        return None
    return stop_word_language(sample) or _lingua_language(sample)


def stop_word_language(sample: str) -> str | None:
    """A language the stop words make clear (a Latin-script sample), else None."""
    letters = sum(map(str.isalpha, sample))
    # Latin letters: all letters but those at or above U+0250, counted in C (speed only)
    latin = letters - sum(map(str.isalpha, _NOT_LATIN.findall(sample)))
    if not letters or latin < MIN_LATIN_SHARE * letters:
        return None
    index = _stop_word_index()
    hits = Counter(index[word] for word in _WORD.findall(sample.lower()) if word in index)
    ranked = [*hits.most_common(2), ("", 0), ("", 0)]
    (lang, best), (_, second) = ranked[0], ranked[1]
    if best >= MIN_STOP_WORDS and best >= STOP_WORD_RATIO * max(second, 1):
        return lang
    return None


@cache
def _stop_word_index() -> dict[str, str]:
    return {word: lang for lang, words in STOP_WORDS.items() for word in words}


@cache
def language_detector() -> LanguageDetector:
    """The lingua detector for the six UN languages, built on first use (models load lazily)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in UN_LANGUAGES
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _lingua_language(sample: str) -> str | None:
    found = language_detector().detect_language_of(sample)
    return None if found is None else found.iso_code_639_1.name.lower()


#: A last line of prose at least this long that stops without a final punctuation mark is
#: a sentence cut off (a heading or a label is shorter).
CUT_LINE_CHARS = 80
#: Words of running prose, not of headings or labels: a short last line that holds one of
#: them and stops on a lower-case word ("In addition to a long-standin", "… on Friday, 13
#: September, and a") was cut in mid-sentence; "Related" or "Peru" (link labels) were not.
_PROSE_WORD = re.compile(
    r"(?:^|\s)(?:the|a|an|of|to|in|on|at|by|for|with|and|or|that|which|from|as|its|their|"
    r"le|la|les|de|des|du|à|au|aux|et|en|pour|par|sur|que|qui|dans|un|une)(?=\s|$)|^(?:In|At|On|"
    r"The|During|Le|La|Les|En|Au|Dans)\s"
)


def is_cut_off(body: str) -> bool:
    """True when the text's last line of prose stops in mid-sentence ("... in the fight
    against enforced disappear"): the input was probably cut, e.g. copied in part."""
    last = body.rstrip().rpartition("\n")[2].strip()
    if not last or not (last[-1].isalnum() or last[-1] in ",;:"):
        return False
    if len(last) >= CUT_LINE_CHARS:
        return True
    return last[-1].islower() and " " in last and _PROSE_WORD.search(last) is not None


def _notices(fmt: str, language: str | None, body: str) -> tuple[Notice, ...]:
    found: list[Notice] = []
    if fmt == UNKNOWN:
        found.append(Notice("W010", "the document format was not recognised"))
    if language is None:
        found.append(Notice("W011", "the language of the text could not be decided"))
    elif language not in READ_LANGUAGES:
        name = LANGUAGE_NAMES.get(language, language)
        found.append(Notice("W013", f"the text is in {name}; treatyscope reads English and French: "
                                    "its figures are not extracted"))
    if is_cut_off(body):
        found.append(Notice("W012", "the text stops in mid-sentence: it may have been cut off"))
    return tuple(found)


@stage("detect", requires=("boilerplate",), assigns=("source.format", "source.language"))
def detect(review: Review, options: AnalyzeOptions) -> Review:
    """Set ``source.format`` and ``source.language``; add a notice for what stays undecided."""
    body = body_text(review.text, review.boilerplate)
    fmt = detect_format(review.text, body)
    language = detect_language(body)
    source = replace(review.source, format=fmt, language=language)
    return replace(review, source=source, notices=review.notices + _notices(fmt, language, body))
