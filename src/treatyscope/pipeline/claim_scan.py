"""Helpers for scanning a review's text quickly without changing what the rules find.

Everything here is only for speed.  :func:`lowered` gives a lower-cased copy of a text on
which a plain (case-sensitive) search finds exactly what a case-insensitive rule finds in
the text itself, offset for offset; it gives None for the rare text where that does not
hold, and callers then use the rule on the text.  :func:`lower_twin` gives, for a
case-insensitive rule, the case-sensitive rule that finds the same matches in that copy
(much faster to run).  :class:`SentenceIndex` and :class:`TurnIndex` find the sentence or
turn that holds an offset by bisection instead of a scan.

:func:`letter_classes` gives one byte per character of that copy saying whether it is a
digit, a letter or neither (letters of Latin-1 as themselves): splitting bytes at spaces
then finds the runs of letters of a sentence, and looking words up in them replaces
matching word rules (:func:`letter_runs`, :func:`words_of`, :func:`latin1_word`).
:class:`Vocabulary` keeps what a pure function gives for each word form across texts.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from functools import cache
from itertools import pairwise
from typing import Generic, TypeVar

from treatyscope.model import Participant, Review, Span, Turn
from treatyscope.pipeline.spans import lowered as shared_lower_copy

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
    # Only for speed: the copy an earlier stage made (spans.lowered gives text.lower() or
    # None, and is memoised per text), and the quick test for the traps.
    low: str | None = shared_lower_copy(text) or text.lower()
    if len(text) != len(low or "") or _has_fold_trap(text):
        low = None
    _LAST[0] = (text, low)
    return low


def _has_fold_trap(text: str) -> bool:
    """``FOLD_TRAPS.search(text) is not None``, faster (only for speed): the one trap of
    Latin-1 is looked for as a substring, the others only in the runs of characters beyond
    Latin-1, which encoding the text to Latin-1 hands to :func:`_no_fold_trap` (one call
    per run: a text with more than :data:`FEW_BEYOND_LATIN1` such characters is searched)."""
    if text.isascii():
        return False
    if "\u00b5" in text:
        return True
    if len(text) - len(text.encode("latin-1", "ignore")) > FEW_BEYOND_LATIN1:
        return FOLD_TRAPS.search(text) is not None
    try:
        text.encode("latin-1", "treatyscope.fold-traps")
    except _FoldTrap:
        return True
    return False


#: Most characters beyond Latin-1 for which :func:`_has_fold_trap` looks at their runs one
#: by one (typographic quotes and dashes in an English or French text); past it, a search
#: of the whole text is faster.
FEW_BEYOND_LATIN1 = 64


class _FoldTrap(Exception):
    """Raised by :func:`_no_fold_trap` to end an encoding at the first trap."""


def _no_fold_trap(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: raise :class:`_FoldTrap` at a run of characters beyond
    Latin-1 that holds a trap, else drop the run."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    if FOLD_TRAPS.search(error.object, error.start, error.end) is not None:
        raise _FoldTrap
    return "", error.end


codecs.register_error("treatyscope.fold-traps", _no_fold_trap)


#: The last text :func:`lowered` was asked for and its answer (identity, not equality, is
#: checked: a new analysis of an equal text computes the copy again).
_LAST: list[tuple[str, str | None] | None] = [None]


_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


def _latin1_class(code: int) -> int:
    """What :func:`letter_classes` makes of the Latin-1 character ``code``."""
    char = chr(code)
    return ord("0") if _DIGIT.match(char) else code if _LETTER.match(char) else ord(" ")


#: Latin-1 bytes -> their class for :func:`letter_classes` (a table for ``bytes.translate``).
_LATIN1_CLASSES = bytes(map(_latin1_class, range(256)))
#: Stands for every letter beyond Latin-1 in :func:`letter_classes`.
OTHER_LETTER = "\u00aa"
_OTHER_LETTER_BYTE = OTHER_LETTER.encode("latin-1")
_NOT_CLASSED = re.compile(f"[^0{OTHER_LETTER}]")


def _classes_beyond_latin1(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: each character beyond Latin-1 as its class, one for one."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return _RUN_CLASSES[error.object[error.start : error.end]], error.end


def _run_classes(piece: str) -> str:
    """The classes of a run of characters beyond Latin-1 (see :func:`letter_classes`)."""
    piece = _DIGIT.sub("0", _LETTER.sub(OTHER_LETTER, piece))
    return _NOT_CLASSED.sub(" ", piece)


codecs.register_error("treatyscope.letter-classes", _classes_beyond_latin1)


def letter_classes(lowered: str) -> bytes:
    """One byte per character of ``lowered``: "0" for a digit (``\\d``), the character
    itself for a Latin-1 letter (``[^\\W\\d_]``), :data:`OTHER_LETTER` for any other
    letter, and a space for anything else.

    Only for speed: translating bytes is much faster than matching classes of characters.
    The runs of letters of a piece without digits are its byte runs between spaces, and a
    run is a given word exactly when its bytes are :func:`latin1_word` of that word.  The
    answer for the last text is kept (the same object is asked by several stages).
    """
    last = _LAST_CLASSES[0]
    if last is not None and last[0] is lowered:
        return last[1]
    classes = lowered.encode("latin-1", "treatyscope.letter-classes").translate(_LATIN1_CLASSES)
    _LAST_CLASSES[0] = (lowered, classes)
    return classes


_LAST_CLASSES: list[tuple[str, bytes] | None] = [None]
#: For ``bytes.translate``: the digits of :func:`letter_classes` as spaces (its byte runs
#: are then the runs of letters).
DIGITS_TO_SPACES = bytes.maketrans(b"0", b" ")


def letter_runs(lowered: str) -> bytes:
    """:func:`letter_classes` with digits as spaces: its byte runs between spaces are the
    runs of letters of ``lowered`` (the answer for the last text is kept)."""
    last = _LAST_RUNS[0]
    if last is not None and last[0] is lowered:
        return last[1]
    runs = letter_classes(lowered).translate(DIGITS_TO_SPACES)
    _LAST_RUNS[0] = (lowered, runs)
    return runs


_LAST_RUNS: list[tuple[str, bytes] | None] = [None]


def sentence_runs(lowered: str, sentences: Sequence[Span]) -> list[list[bytes]]:
    """For each sentence, its runs of letters: ``letter_runs(lowered)[s.start:s.end].split()``.

    Only for speed: the claims, conflicts and commitments stages each look words up in the
    runs of the sentences, and cutting them once serves all three (the byte strings also
    keep their hashes).  The answer for the last text and sentences is kept (identity,
    not equality, is checked); callers must not change the lists.
    """
    last = _LAST_SENTENCE_RUNS[0]
    if last is not None and last[0] is lowered and last[1] is sentences:
        return last[2]
    runs = letter_runs(lowered)
    found = [runs[s.start : s.end].split() for s in sentences]
    _LAST_SENTENCE_RUNS[0] = (lowered, sentences, found)
    return found


_LAST_SENTENCE_RUNS: list[tuple[str, Sequence[Span], list[list[bytes]]] | None] = [None]
_WORD = re.compile(r"[^\W\d_]{3,}")


def words_of(lowered: str, start: int, end: int) -> list[str]:
    """The runs of three letters or more of ``lowered[start:end]``, in order: what
    ``re.findall(r"[^\\W\\d_]{3,}", ...)`` finds there, read off :func:`letter_runs`
    (only for speed) unless a letter beyond Latin-1 stands in the piece."""
    piece = letter_runs(lowered)[start:end]
    if _OTHER_LETTER_BYTE in piece:
        return _WORD.findall(lowered, start, end)
    return [word for word in piece.decode("latin-1").split() if len(word) > 2]


def latin1_words(words: frozenset[str]) -> frozenset[bytes] | None:
    """:func:`latin1_word` of each word, or None if one has none (callers then read the
    text itself)."""
    encoded = frozenset(map(latin1_word, words))
    return None if None in encoded else frozenset(w for w in encoded if w is not None)


def latin1_word(word: str) -> bytes | None:
    """``word`` as the bytes :func:`letter_classes` gives for it where it is written whole,
    or None when no run of those bytes stands for it alone (a letter beyond Latin-1, or
    :data:`OTHER_LETTER` itself, which also stands for those)."""
    if OTHER_LETTER in word:
        return None
    try:
        return word.encode("latin-1")
    except UnicodeEncodeError:
        return None


K = TypeVar("K")
V = TypeVar("V")


class Vocabulary(dict[K, V], Generic[K, V]):
    """What a pure function of a word form gives, kept across texts like a vocabulary (only
    for speed: texts repeat their words).  Holds at most :data:`VOCABULARY_SIZE` forms; the
    function is simply called for the others."""

    __slots__ = ("compute",)

    def __init__(self, compute: Callable[[K], V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: K) -> V:
        value = self.compute(key)
        if len(self) < VOCABULARY_SIZE:
            self[key] = value
        return value


#: Most word forms one :class:`Vocabulary` keeps (a bound on memory, far above the number
#: of distinct forms in a corpus).
VOCABULARY_SIZE = 50_000
#: Run of characters beyond Latin-1 -> :func:`_run_classes` (only for speed: texts repeat
#: the same few, typographic quotes and dashes above all).
_RUN_CLASSES: Vocabulary[str, str] = Vocabulary(_run_classes)


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


def searchable(rule: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """The rule to search ``text`` with and the string to search: :func:`lower_twin` of a
    case-insensitive ``rule`` on :func:`lowered` ``text`` when both exist (the same matches
    at the same offsets, faster), else ``rule`` on ``text`` itself."""
    low, twin = lowered(text), lower_twin(rule)
    return (rule, text) if low is None or twin is None else (twin, low)


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
