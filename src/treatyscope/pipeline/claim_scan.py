"""Helpers for scanning a review's text quickly without changing what the rules find.

Everything here is only for speed.  :func:`lowered` gives a lower-cased copy of a text on
which a plain (case-sensitive) search finds exactly what a case-insensitive rule finds in
the text itself, offset for offset; it gives None for the rare text where that does not
hold, and callers then use the rule on the text.  :func:`lower_twin` gives, for a
case-insensitive rule, the case-sensitive rule that finds the same matches in that copy
(much faster to run).  :class:`SentenceIndex` and :class:`TurnIndex` find the sentence or
turn that holds an offset by bisection instead of a scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import pairwise

from treatyscope.model import Participant, Review, Span, Turn

#: Characters for which ``str.lower`` and ``re.IGNORECASE`` disagree, or for which
#: lower-casing a whole text differs from lower-casing its pieces: "İ" lowers to two
#: characters; "ı", "ſ", "µ", "ẛ", the ligatures "ﬅ"/"ﬆ" and Greek letters (final sigma,
#: symbol variants) have case-insensitive equivalents that ``lower`` does not give, and
#: "Σ" lowers by its context.  (Otherwise ``lower`` maps one character to one, and keeps
#: word characters, letters and digits what they are: checked over all of Unicode.)
FOLD_TRAPS = re.compile("[\u00b5\u0130\u0131\u017f\u0345\u0370-\u03ff\u1e60\u1e61\u1e9b"
                        "\u1f00-\u1fff\ufb05\ufb06]")


def lowered(text: str) -> str | None:
    """``text.lower()`` when it lines up with ``text`` for case-insensitive matching.

    On the copy, ``copy[i:j] == text[i:j].lower()`` for every slice, and a lower-case
    literal occurs at ``i`` exactly where a case-insensitive rule for it matches ``text``.
    None when the text holds a character of :data:`FOLD_TRAPS`.  The copy of the last
    text is kept: the stages of one analysis ask for the same text object.
    """
    last = _LAST[0]
    if last is not None and last[0] is text:
        return last[1]
    low: str | None = text.lower()
    if len(text) != len(low or "") or FOLD_TRAPS.search(text) is not None:
        low = None
    _LAST[0] = (text, low)
    return low


#: The last text :func:`lowered` was asked for and its answer (identity, not equality, is
#: checked: a new analysis of an equal text computes the copy again).
_LAST: list[tuple[str, str | None] | None] = [None]


class SentenceIndex:
    """Which sentence holds an offset, for sentences in text order that do not overlap.

    ``ordered`` is False for other sentence lists; callers then use their own lookup.
    """

    __slots__ = ("ends", "ordered", "starts")

    def __init__(self, sentences: tuple[Span, ...]) -> None:
        self.starts = [s.start for s in sentences]
        self.ends = [s.end for s in sentences]
        self.ordered = all(a.end <= b.start and a.start < b.start
                           for a, b in pairwise(sentences))

    def holding(self, start: int, end: int) -> int:
        """Index of the sentence that contains ``[start, end)``, or -1 (needs ``ordered``)."""
        k = bisect_right(self.starts, start) - 1
        return k if k >= 0 and end <= self.ends[k] else -1


#: Escapes that may stand for an upper-case letter ("\\x41", "\\u0041", "\\N{...}", octal).
_CODE_ESCAPES = frozenset("xuUN0123456789")
_FLAGS = frozenset("aiLmsux-")


@cache
def lower_twin(rule: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive rule that finds in :func:`lowered` text what the case-insensitive
    ``rule`` finds in the text: the same source, compiled without ``re.IGNORECASE``.

    None unless that is sure: the rule must be case-insensitive, and its source must write
    no upper-case letter (group names and escapes aside), no escape that may stand for one,
    and no character range (a range may hold upper-case letters).
    """
    if not rule.flags & re.IGNORECASE or not _writes_lower_case_only(rule.pattern):
        return None
    return re.compile(rule.pattern, rule.flags & ~re.IGNORECASE)


def _writes_lower_case_only(source: str) -> bool:
    """True if the regular expression ``source`` matches no upper-case letter as written
    (see :func:`lower_twin`); False whenever that is not plain from the source."""
    k, in_class = 0, False
    while k < len(source):
        char = source[k]
        if char == "\\":
            if source[k + 1 : k + 2] in _CODE_ESCAPES:
                return False
            k += 2
            continue
        if source.startswith(("(?P<", "(?P="), k):
            k = source.index(">" if source[k + 3] == "<" else ")", k) + 1
            continue
        if not in_class and source.startswith("(?", k) and source[k + 2 : k + 3] in _FLAGS:
            return False  # inline flags may make a part case-sensitive
        if in_class and char == "-" and not source.endswith(("[", "[^"), 0, k) and (
                source[k + 1 : k + 2] != "]"):
            return False  # a range
        if char == "[" and not in_class:
            in_class = True
            k += 2 if source[k + 1 : k + 2] == "^" else 1
            if source[k : k + 1] == "]":
                k += 1  # "[]...]": the first "]" is a member
            continue
        if char == "]" and in_class:
            in_class = False
        elif char.lower() != char:
            return False
        k += 1
    return True


class TurnIndex:
    """The turn that holds an offset, and participants by id, as :class:`Review` gives them.

    For turns in text order that do not overlap, :meth:`at` bisects; otherwise it asks the
    review (first turn that holds the offset).
    """

    __slots__ = ("ordered", "people", "review", "starts")

    def __init__(self, review: Review) -> None:
        turns = review.turns
        self.review = review
        self.starts = [t.span.start for t in turns]
        self.ordered = all(a.span.end <= b.span.start and a.span.start < b.span.start
                           for a, b in pairwise(turns))
        self.people: dict[str | None, Participant] = {}
        for person in review.participants:
            self.people.setdefault(person.id, person)  # the first of an id, as the review

    def at(self, offset: int) -> Turn | None:
        """The turn that contains ``offset``, or None (see :meth:`Review.turn_at`)."""
        if not self.ordered:
            return self.review.turn_at(offset)
        k = bisect_right(self.starts, offset) - 1
        if k < 0:
            return None
        turn = self.review.turns[k]
        return turn if turn.span.start <= offset < turn.span.end else None

    def participant(self, pid: str | None) -> Participant | None:
        """The participant with id ``pid``, or None (see :meth:`Review.participant`)."""
        return self.people.get(pid)
