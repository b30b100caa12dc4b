"""Spans carried back to a plain text as it was read.

Ingest repairs a plain text before the stages read it: mojibake is undone ("today‚Äôs"
becomes "today’s"), invisible characters are removed, accents are composed (NFC).  Each
repair can shorten the text, so a span found in the repaired text would point at the wrong
characters of the file the user gave: two characters further on for every damaged quote
before it.  The record promises spans into the input as read (``open(path,
encoding="utf-8").read()``), so here the two texts are aligned, and every span of a
finished review is carried back to the text as read, which the record then stores.

Repairs are local (a few characters become fewer), so the alignment is a walk along both
texts that, where they differ, looks for the nearest point where they agree again.  What
lies between is one *changed* block.  A span that starts or ends inside such a block takes
the whole of it in the text as read: "é" read as "Ã©" is two characters there.
"""

from __future__ import annotations

import bisect
import dataclasses
import unicodedata
from dataclasses import dataclass
from typing import Any, TypeVar

from treatyscope.ingest.normalise import INVISIBLE_CHARS
from treatyscope.model import Review, Span

#: Characters that must agree, after a difference, for the texts to be in step again when
#: the first of them is not ASCII: a repaired letter may be a real letter of the damaged
#: text too ("â" of "â€™" for "’" before "âge").  One ASCII character is enough: no repair
#: reads or writes one (every damaged, invisible or combining character is non-ASCII), so
#: two repairs a space apart ("Ã© Ã" for "é à") stay two blocks, and a span starting at
#: the second does not start at the first.
ANCHOR = 3
#: Longest difference searched for character by character: a run of damaged letters with
#: no ASCII character between them (a line of Chinese read as Windows-1252 is three times
#: its length).  Beyond it the rest of both texts is one changed block.
MAX_GAP = 2000


@dataclass(frozen=True, slots=True)
class Block:
    """``length`` characters of the changed text at ``start`` that stand for
    ``original_length`` characters of the original at ``original_start``; equal
    blocks (``same``) hold the same characters in both."""

    start: int
    length: int
    original_start: int
    original_length: int
    same: bool


class OffsetMap:
    """Offsets of a changed text mapped to the offsets of its original (see :func:`align`)."""

    def __init__(self, blocks: list[Block]) -> None:
        # deleted characters (no length in the changed text) hold no changed offset
        self._blocks = [b for b in blocks if b.length]
        self._starts = [b.start for b in self._blocks]

    def _block(self, offset: int) -> Block:
        return self._blocks[bisect.bisect_right(self._starts, offset) - 1]

    def start(self, offset: int) -> int:
        """Where the character at ``offset`` of the changed text starts in the original."""
        if not self._blocks:
            return offset
        b = self._block(offset)
        return b.original_start + (offset - b.start if b.same else 0)

    def end(self, offset: int) -> int:
        """Where the changed text's characters before ``offset`` end in the original."""
        if offset == 0 or not self._blocks:
            return offset
        b = self._block(offset - 1)
        if b.same:
            return b.original_start + offset - b.start
        return b.original_start + b.original_length

    def span(self, span: Span) -> Span:
        """``span`` of the changed text as the span of the same characters of the original."""
        start = self.start(span.start)
        return Span(start, max(start, self.end(span.end)) if len(span) else start)


def align(original: str, changed: str) -> OffsetMap:
    """The :class:`OffsetMap` of ``changed``, a locally repaired copy of ``original``."""
    blocks: list[Block] = []
    i = j = 0
    while i < len(original) or j < len(changed):
        run = _common_run(original, changed, i, j)
        if run:
            blocks.append(Block(j, run, i, run, True))
            i, j = i + run, j + run
            continue
        di, dj = _explain(original, changed, i, j) or _resync(original, changed, i, j)
        blocks.append(Block(j, dj, i, di, False))
        i, j = i + di, j + dj
    return OffsetMap(blocks)


def _common_run(a: str, b: str, i: int, j: int) -> int:
    """Length of the run of equal characters at ``a[i:]`` and ``b[j:]``."""
    n = min(len(a) - i, len(b) - j)
    lo, hi = 0, n
    # galloping on slices: the runs between repairs are long, a compare of slices is C
    step = 64
    while lo < hi:
        size = min(step, hi - lo)
        if a[i + lo : i + lo + size] == b[j + lo : j + lo + size]:
            lo += size
            step *= 2
        elif size == 1:
            break
        else:
            step = max(1, size // 2)
    return lo


def _explain(a: str, b: str, i: int, j: int) -> tuple[int, int] | None:
    """``(di, dj)`` when the repair at ``a[i]`` is one ingest makes: an invisible character
    removed, or ``b[j]`` written damaged or decomposed at ``a[i:]``.  Exact, and linear
    where no ASCII is near (a line of Chinese read as Windows-1252)."""
    if i == len(a):
        return None
    if a[i] in _INVISIBLE:
        return 1, 0
    if j < len(b):
        for image in _images(b[j]):
            if a.startswith(image, i):
                return len(image), 1
    return None


def _images(char: str) -> tuple[str, ...]:
    """How ``char`` may be written in a damaged text: its UTF-8 read as Windows-1252 (a
    byte that code page leaves undefined read as the same code point) or as Mac Roman, and
    its decomposed form."""
    data = char.encode("utf-8", errors="surrogatepass")
    return (
        "".join(_CP1252[byte] for byte in data),
        data.decode("mac_roman"),
        unicodedata.normalize("NFD", char),
    )


_CP1252 = tuple(bytes([n]).decode("cp1252", errors="ignore") or chr(n) for n in range(256))
_INVISIBLE = frozenset(INVISIBLE_CHARS)


def _resync(a: str, b: str, i: int, j: int) -> tuple[int, int]:
    """The fewest characters ``(di, dj)`` to skip in ``a`` and ``b`` after which both
    are in step again (see :data:`ANCHOR`), or both end."""
    rest_a, rest_b = len(a) - i, len(b) - j
    for total in range(1, 2 * MAX_GAP + 1):
        if total == rest_a + rest_b:
            break
        for di in range(max(0, total - rest_b), min(total, rest_a) + 1):
            ai, bj = i + di, j + total - di
            if ai < len(a) and bj < len(b) and a[ai] == b[bj] and (
                    a[ai].isascii() or a[ai : ai + ANCHOR] == b[bj : bj + ANCHOR]):
                return di, total - di
    return rest_a, rest_b


T = TypeVar("T")


def remap_spans(value: T, offsets: OffsetMap) -> T:
    """``value`` (a review or any part of it) with every :class:`Span` in it remapped."""
    return _remap(value, offsets)  # type: ignore[no-any-return]


def _remap(value: Any, offsets: OffsetMap) -> Any:
    if isinstance(value, Span):
        return offsets.span(value)
    if isinstance(value, tuple | list):
        return type(value)(_remap(v, offsets) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _remap(getattr(value, f.name), offsets)
                   for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


@dataclass(frozen=True, slots=True)
class Restore:
    """How to carry a review of a repaired plain text back to the text as read."""

    text: str
    offsets: OffsetMap

    def apply(self, review: Review) -> Review:
        """``review`` with every span in the text as read, and that text as its source."""
        review = remap_spans(review, self.offsets)
        return dataclasses.replace(review, source=dataclasses.replace(review.source, text=self.text))


def restore(read: str, repaired: str, analysed: str) -> Restore:
    """The :class:`Restore` of a text ``read``, ``repaired`` by ingest, then ``analysed``
    as unwrapped (one character for one: a line break inside a paragraph became a space).

    The record keeps the unwrapping: the text it stores is the text as read with those line
    breaks made spaces, as it is for a wrapped text that needed no repair."""
    offsets = align(read, repaired)
    chars = list(read)
    for k, (before, after) in enumerate(zip(repaired, analysed, strict=True)):
        if before != after:
            chars[offsets.start(k)] = after
    return Restore("".join(chars), offsets)
