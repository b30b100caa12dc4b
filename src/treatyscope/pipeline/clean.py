"""Clean: find page chrome and boilerplate and mark it; nothing is deleted.

Offsets keep pointing into the original text: boilerplate becomes spans that later stages
step around (no turn, sentence or claim lies inside one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from treatyscope.data.chrome import CHROME_LINES, CHROME_SENTENCES
from treatyscope.model import Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.spans import lines, merge, trimmed

#: Lines longer than this are never whole-line chrome.
MAX_CHROME_LINE = 200
#: A line counts as foreign-script chrome (an Arabic title or date around English text)
#: when this share of its letters is in a script other than the document's main one.
FOREIGN_SCRIPT_SHARE = 0.5
#: The document's main script is Latin when more than this share of its letters is Latin.
LATIN_DOCUMENT_SHARE = 0.5


@cache
def _line_pattern() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(CHROME_LINES) + r")\s*", re.IGNORECASE)


@cache
def _sentence_pattern() -> re.Pattern[str]:
    return re.compile("|".join(CHROME_SENTENCES), re.IGNORECASE)


def find_boilerplate(text: str) -> list[Span]:
    """Spans of chrome lines, boilerplate sentences and foreign-script lines, merged."""
    found: list[Span] = []
    latin_doc = _is_latin(text)
    for line in lines(text):
        content = line.slice(text)
        if len(content) <= MAX_CHROME_LINE and (
            _line_pattern().fullmatch(content) or (latin_doc and _foreign_script(content))
        ):
            found.append(line)
    for m in _sentence_pattern().finditer(text):
        span = trimmed(text, m.start(), m.end())
        if span:
            found.append(span)
    return merge(found, text)


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def _is_latin(text: str) -> bool:
    letters = _letters(text[:20000])
    return sum(ch < "\u0250" for ch in letters) > LATIN_DOCUMENT_SHARE * max(1, len(letters))


def _foreign_script(line: str) -> bool:
    letters = _letters(line)
    if not letters:
        return False
    foreign = sum(ch >= "\u0370" for ch in letters)
    return foreign >= FOREIGN_SCRIPT_SHARE * len(letters)


@stage("clean", requires=("source.text",), assigns=("boilerplate",))
def clean(review: Review, options: AnalyzeOptions) -> Review:
    """Mark page chrome and boilerplate as ``review.boilerplate``."""
    return replace(review, boilerplate=tuple(find_boilerplate(review.text)))
