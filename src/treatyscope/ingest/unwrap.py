"""Hard-wrapped plain text: join the lines of each paragraph, keeping every offset.

A release received by e-mail, or a record put through ``pdftotext``, breaks its lines at a
fixed width, inside sentences.  Later stages read a line break as a boundary (a heading on
its own line, a paragraph), so such a text would be cut into half-sentences.  Here the
break at the end of a wrapped line becomes a space: one character for one, so spans still
point at the same characters of the input file.

A line ended where the next word would still have fitted in the width is a real break (a
heading, the end of a paragraph) and stays; a blank line always stays.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

#: Fewest non-blank lines for a text to be judged wrapped (a short note proves nothing).
MIN_LINES = 10
#: The wrap width is the length of this quantile of the non-blank lines ...
WIDTH_QUANTILE = 0.95
#: ... and a width outside these bounds is no wrapping: lines of a text that keeps one
#: paragraph per line are hundreds of characters long.
MIN_WIDTH, MAX_WIDTH = 40, 132
#: Share of the non-blank lines followed by another that must end inside a sentence (no
#: closing punctuation) and fill the width (:data:`FULL_SHARE` of it): in a wrapped text
#: most do; in a list of headings, or a record's title page, few.
MIN_OPEN_SHARE = 0.4
FULL_SHARE = 0.8
#: Characters a wrapping program may leave unused at the end of a full line (a trailing
#: space, a width counted one character differently).
SLACK = 2

#: Recurring lines (page headers and footers) are left out of the width unless they are
#: more than this share of the lines (then the text itself repeats).
MAX_RECURRING = 0.3

#: A line no longer than this share of the width, after a line that ends a sentence and
#: not ending like one itself, is a heading.
HEADING_SHARE = 0.7

_CLOSERS = frozenset(".?!:;")
_DIGITS = re.compile(r"\d+")


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks inside hard-wrapped paragraphs turned into spaces, or
    ``text`` itself when its lines are not wrapped at a fixed width."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    out = list(text)
    at = 0
    for line, following in pairwise(lines):
        at += len(line)
        if is_wrapped(line, following, width) and not is_heading(line, following, width):
            out[at] = " "
        at += 1  # the line break
    return "".join(out)


def wrap_width(lines: list[str]) -> int | None:
    """The width the text's lines were wrapped at, or None when they were not wrapped.

    Lines that recur (digits aside) are left out: a PDF copy's running header and footer
    repeat on every page, and one longer than the text's lines would set the width."""
    filled = [line.rstrip() for line in lines if line.strip()]
    if len(filled) < MIN_LINES:
        return None
    # (a line longer than any width is no running header: its digits are not masked, for
    # speed, as a text of one paragraph a line is made of such lines)
    keys = [_DIGITS.sub("#", line.strip()) if len(line) <= MAX_WIDTH + SLACK else line
            for line in filled]
    shapes = Counter(keys)
    once = [len(line) for line, key in zip(filled, keys, strict=True) if shapes[key] < 2]
    lengths = sorted(once if len(once) >= (1 - MAX_RECURRING) * len(filled)
                     else map(len, filled))
    width = lengths[min(len(lengths) - 1, int(WIDTH_QUANTILE * len(lengths)))]
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    followed = [a.rstrip() for a, b in pairwise(lines) if a.strip() and b.strip()]
    open_ = sum(line[-1] not in _CLOSERS for line in followed)
    full = sum(len(line) >= FULL_SHARE * width for line in followed)
    if not followed or min(open_, full) < MIN_OPEN_SHARE * len(followed):
        return None
    return width


def is_heading(line: str, following: str, width: int) -> bool:
    """Whether ``following`` is a heading on its own line after a full line that ends a
    sentence: short, and not ending like a sentence (the last line of a paragraph does)."""
    body, nxt = line.rstrip(), following.strip()
    return (body[-1:] in _CLOSERS and len(nxt) <= HEADING_SHARE * width
            and nxt[-1:] not in _CLOSERS and nxt[-1:] != ",")


def is_wrapped(line: str, following: str, width: int) -> bool:
    """Whether the break after ``line`` was made by wrapping: both lines hold text and the
    next line's first word would not have fitted on this one."""
    body, nxt = line.rstrip(), following.lstrip()
    if not body or not nxt or following[:1].isspace():
        return False  # a blank line, or an indented line (a new paragraph, a list item)
    first_word = nxt.split(None, 1)[0]
    return len(body) + 1 + len(first_word) > width - SLACK
