"""Helpers to build spans that satisfy the span invariant (no whitespace at either end)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from treatyscope.model import Span

_LINE = re.compile(r"[^\n]+")


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
