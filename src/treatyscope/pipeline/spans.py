"""Helpers to build spans that satisfy the span invariant (no whitespace at either end)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from treatyscope.caching import text_cache
from treatyscope.model import Span

_LINE = re.compile(r"[^\n]+")

_SET_START, _SET_END = (getattr(Span, name).__set__ for name in ("start", "end"))


def new_span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known to hold ``0 <= start <= end`` (a match's, a
    sentence boundary's), about twice as fast (only for speed: a review makes thousands).

    The slots are set directly, as the frozen dataclass's ``__init__`` sets them; the check
    of ``Span.__post_init__`` is left out, as it cannot fail for such offsets.
    """
    span = object.__new__(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


def trimmed(text: str, start: int, end: int) -> Span | None:
    """The span ``[start, end)`` with surrounding whitespace removed, or None if empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None


def lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Trimmed spans of the non-blank lines of ``text[start:end]``."""
    stop = len(text) if end is None else end
    for m in _LINE.finditer(text, start, stop):
        span = trimmed(text, m.start(), m.end())
        if span is not None:
            yield span


def merge(spans: Iterable[Span], text: str) -> list[Span]:
    """Sort spans and merge those that overlap or are separated only by whitespace."""
    out: list[Span] = []
    for span in sorted(spans):
        if out and (span.start <= out[-1].end or not text[out[-1].end : span.start].strip()):
            out[-1] = Span(out[-1].start, max(out[-1].end, span.end))
        else:
            out.append(span)
    return out


def subtract(region: Span, holes: Iterable[Span], text: str) -> list[Span]:
    """The trimmed parts of ``region`` not covered by any of ``holes``."""
    parts: list[Span] = []
    cursor = region.start
    for hole in sorted(h for h in holes if h.overlaps(region)):
        if hole.start > cursor:
            part = trimmed(text, cursor, hole.start)
            if part:
                parts.append(part)
        cursor = max(cursor, hole.end)
    part = trimmed(text, cursor, region.end)
    if part:
        parts.append(part)
    return parts


#: Strings paired with words that hold them (see :func:`occurrences`).
Shared = Iterable[tuple[str, tuple[str, ...]]]


def literal_matches(text: str, words: Iterable[str], shared: Shared = ()) -> list[tuple[int, int]]:
    """(start, end) of what ``re.finditer`` of the alternation of the literal ``words``
    finds: leftmost first, non-overlapping.  Exact when no word is a prefix of another.

    Speed only: ``str.find`` per word skips through a text several times faster than a
    regular expression alternation, which tries every alternative at every position.
    ``shared``: as for :func:`occurrences`.
    """
    found = [(at, at + len(word)) for at, word in occurrences(text, words, shared)]
    out: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def occurrences(
    text: str, words: Iterable[str], shared: Shared = (), start: int = 0, end: int | None = None
) -> list[tuple[int, str]]:
    """(offset, word) for every place one of ``words`` stands in ``text[start:end]``,
    overlapping ones too, in no particular order.

    ``shared`` pairs a string with words that hold it ("ebcast": "Webcast", "webcast"):
    those words are found with one search of the string, every place it stands checked
    for each word around it (speed only: each search of a whole text costs the same).
    """
    stop = len(text) if end is None else end
    found = []
    grouped: set[str] = set()
    for part, holders in shared:
        offsets = [(word, word.index(part)) for word in holders]
        grouped.update(holders)
        at = text.find(part, start, stop)
        while at >= 0:
            for word, offset in offsets:
                if at - offset >= start and text.startswith(word, at - offset, stop):
                    found.append((at - offset, word))
            at = text.find(part, at + 1, stop)
    for word in words:
        if word in grouped:
            continue
        at = text.find(word, start, stop)
        while at >= 0:
            found.append((at, word))
            at = text.find(word, at + 1, stop)
    return found


@text_cache(maxsize=16)
def lowered(text: str) -> str | None:
    """``text.lower()`` if it keeps every offset and holds no character that re.IGNORECASE
    folds to another letter than lower() does (dotless i, long s); else None."""
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        return None
    return low


def finditer_words(
    rx: re.Pattern[str], text: str, words: Iterable[str], start: int = 0, end: int | None = None,
    shared: Shared = (),
) -> Iterator[re.Match[str]]:
    """What ``rx.finditer(text, start, end)`` finds, for a case-insensitive ``rx`` that never
    matches the empty string and whose every match starts with one of the lower-case
    ``words``.

    Speed only: a pattern that opens with ``\\b`` is tried at every position of the text
    (0.9 ms on the sample for the report phrases); here it is tried only where one of its
    words starts, found with str.find in the lower-cased text, in text order, skipping what
    an earlier match covers, as finditer does (``shared``: as for :func:`occurrences`).
    """
    stop = len(text) if end is None else end
    low = lowered(text)
    if low is None:
        yield from rx.finditer(text, start, stop)
        return
    starts = {at for at, _ in occurrences(low, words, shared, start, stop)}
    covered = start
    for at in sorted(starts):
        if at >= covered and (m := rx.match(text, at, stop)):
            covered = m.end()
            yield m


def first_match(
    rx: re.Pattern[str], text: str, words: Iterable[str], start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """What ``rx.search(text, start, end)`` finds, under the terms of :func:`finditer_words`."""
    return next(finditer_words(rx, text, words, start, end), None)


def finditer_near(
    rx: re.Pattern[str], text: str, anchors: tuple[str, ...], before: int, after: int
) -> list[re.Match[str]]:
    """Matches of ``rx`` found only in windows around plain-text ``anchors`` (deduplicated).

    ``rx`` must not match anything longer than ``before + after`` around its anchor word.
    """
    windows = [(max(0, start - before), min(len(text), start + len(anchor) + after))
               for anchor in anchors for start in all_starts(text, anchor)]
    return [m for start, end in merged_windows(windows) for m in rx.finditer(text, start, end)]


def merged_windows(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``windows`` (start, end) in order, those that overlap or touch merged into one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def all_starts(text: str, word: str) -> list[int]:
    """Every offset where ``word`` starts in ``text``, overlapping ones too, in order."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def is_word_char(char: str) -> bool:
    """True for a character ``\\w`` matches (Unicode patterns)."""
    return char.isalnum() or char == "_"


def first_at_word_start(
    bare: re.Pattern[str], searched: str, text: str | None = None
) -> re.Match[str] | None:
    """What a search of ``searched`` with ``\\b`` before ``bare`` finds, ``\\b`` judged in
    ``text`` (``searched`` when None), which must have the same offsets.

    Only for speed: a pattern that opens with ``\\b`` turns off the regex engine's scan for
    its first characters and is tried at every position; ``bare`` is searched with that
    scan, and a hit counts where a word boundary is (a failed ``\\b`` fails every
    alternative at that position, so the next position is tried, as the search does).
    """
    at_text = searched if text is None else text
    pos, end = 0, len(searched)
    while (m := bare.search(searched, pos)) is not None:
        at = m.start()
        if (at > 0 and is_word_char(at_text[at - 1])) != (at < end and is_word_char(at_text[at])):
            return m
        pos = at + 1
    return None
