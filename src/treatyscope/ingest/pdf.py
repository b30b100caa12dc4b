"""PDF text extraction (summary records) with pypdf: one line per paragraph.

Steps, each a function that can be tested alone:

1. :func:`read_lines` - the text lines of each page with their baseline height, from pypdf's
   plain extraction (its text visitor gives the position of every piece).
2. :func:`remove_furniture` - page numbers, job numbers and running headers/footers: lines at
   a page's top or bottom edge that match :data:`~treatyscope.data.pdf.PAGE_FURNITURE` or
   recur (digits aside) at the edge of most pages.  The first page keeps its masthead.
   :func:`take_notices` then takes the correction notice of a summary record out of the
   page's foot: it comes first in the text, where the UN's own text versions have it.
3. :func:`mark_gaps` - blank lines and vertical gaps wider than the usual line spacing.
4. :func:`join_lines` - lines broken inside a paragraph are joined (hyphenation undone), so
   that every paragraph is one line: the sentence splitter treats each newline as a boundary.

Encrypted (with a user password), damaged and empty PDFs raise
:class:`~treatyscope.errors.MalformedDocument`; so does a PDF without a text layer (a scan),
since treatyscope does no OCR.
"""

from __future__ import annotations

import io
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from statistics import median
from typing import Any

from pypdf import PageObject, PasswordType, PdfReader

from treatyscope.data.abbreviations import ABBREVIATIONS, NOT_INITIALS, TIME_MARKERS, WEEKDAYS
from treatyscope.data.pdf import (
    DIVISION_SUFFIXES,
    KEEP_HYPHEN_AFTER,
    KEEP_HYPHEN_BEFORE,
    PAGE_FURNITURE,
    RECORD_NOTICES,
    TENS,
    UNITS,
)
from treatyscope.errors import MalformedDocument

# pypdf reports damage through its logger; with no handler configured, Python prints those
# records on stderr before treatyscope's own one-line error.  A null handler keeps them out
# of the CLI's output; an application that configures logging still receives them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

__all__ = [
    "PdfLine",
    "join_lines",
    "line_spacing",
    "mark_gaps",
    "pdf_to_text",
    "read_lines",
    "remove_furniture",
    "take_notices",
]

#: Lines looked at for furniture at each of a page's top and bottom edges (a running header
#: is one or two lines; the job number, barcode and page number three at most).
EDGE_LINES = 3
#: A line recurring at the edge of at least this share of the pages (and of two pages at
#: least) is a running header or footer: the first page has a masthead instead, and the last
#: page can be short.
RUNNING_SHARE = 0.5
#: A step down the page larger than this many times the page's usual line spacing is a
#: paragraph gap.  Word's "6 pt after" on 12 pt leading gives 1.5; wrapped lines give 1.0.
GAP_FACTOR = 1.3
#: A line shorter than this share of a full line (the 90th percentile of line lengths)
#: ends its paragraph when the next line starts like a paragraph: wrapped lines of
#: justified or ragged text fill at least ~80% of the measure.
SHORT_LINE_SHARE = 0.6
#: Line lengths are only judged in documents with at least this many lines.
MIN_LINES_FOR_WIDTH = 8

_SPACES = re.compile(r"\s+")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_HYPHENATED_END = re.compile(r"([^\W\d_]+)[-\u2010\u00ad]$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.?!][\"'”’)\]]*$")
_OPENING = re.compile(r"[\"'“‘(\[]?(\S)")
_SOFT_HYPHEN = "\u00ad"
_HYPHENS = ("-", "\u2010", _SOFT_HYPHEN)


@dataclass(frozen=True, slots=True)
class PdfLine:
    """One line of extracted text.

    y: the baseline height on the page (PDF units, larger is higher), None when unknown.
    gap_before: a blank line or a large vertical gap separates it from the line before.
    """

    text: str
    y: float | None = None
    gap_before: bool = False


def pdf_to_text(data: bytes) -> str:
    """Extract the text of a PDF, one paragraph per line.

    RAISES: MalformedDocument for encrypted, damaged, empty or text-less (scanned) PDFs.
    """
    reader = _open(data)
    pages = [read_lines(page) for page in _pages(reader)]
    if not any(page for page in pages):
        raise MalformedDocument(
            "the PDF has no extractable text (a scanned image?); OCR is not supported: "
            "run OCR on it first or supply the text of the document"
        )
    pages = remove_furniture(pages)
    leading = line_spacing(pages)
    notice, pages = take_notices(pages, leading)
    body = [line for page in pages for line in mark_gaps(page, leading)]
    text = join_lines(notice_first(mark_gaps(notice, leading), body))
    if not text.strip():
        raise MalformedDocument("the PDF holds nothing but page headers and footers")
    return text


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED
        count = 0 if locked else len(reader.pages)
    except Exception as exc:  # pypdf raises many exception types on damaged files
        raise MalformedDocument(_unreadable(exc)) from exc
    if locked:
        raise MalformedDocument(
            "the PDF is encrypted with a password; save an unencrypted copy or its text"
        )
    if count == 0:
        raise MalformedDocument("the PDF has no pages")
    return reader


def _unreadable(exc: Exception) -> str:
    return f"the PDF cannot be read, it may be damaged or truncated ({type(exc).__name__}: {exc})"


def _pages(reader: PdfReader) -> Iterable[PageObject]:
    for number in range(len(reader.pages)):
        try:
            yield reader.pages[number]
        except Exception as exc:  # a damaged page tree
            raise MalformedDocument(_unreadable(exc)) from exc


# -- 1. lines with their positions ------------------------------------------------------------


def read_lines(page: PageObject) -> list[PdfLine]:
    """The non-blank lines of a page in reading order, with their baseline heights."""
    pieces: list[tuple[str, float | None]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        pieces.append((text, _baseline(cm, tm)))

    try:
        page.extract_text(visitor_text=visit)
    except Exception as exc:  # a damaged content stream
        raise MalformedDocument(_unreadable(exc)) from exc
    return lines_from_pieces(pieces)


def _baseline(cm: Sequence[float], tm: Sequence[float]) -> float | None:
    """The height of a text piece's origin: the text matrix's offset through the CTM."""
    try:
        return float(tm[4]) * float(cm[1]) + float(tm[5]) * float(cm[3]) + float(cm[5])
    except (TypeError, ValueError, IndexError):
        return None


def lines_from_pieces(pieces: Iterable[tuple[str, float | None]]) -> list[PdfLine]:
    """Split text pieces at newlines into lines; a line takes the height of its first piece.

    A blank line is not kept: it sets ``gap_before`` on the next line.
    """
    lines: list[PdfLine] = []
    buffer: list[str] = []
    height: float | None = None
    blank = False
    for text, y in pieces:
        for k, part in enumerate(text.split("\n")):
            if k:
                blank = _flush(lines, buffer, height, blank)
                buffer, height = [], None
            if part.strip() and height is None and not k:
                height = y
            buffer.append(part)
    _flush(lines, buffer, height, blank)
    return lines


def _flush(lines: list[PdfLine], buffer: list[str], y: float | None, blank: bool) -> bool:
    """Append the buffered line; return whether a blank line is pending."""
    text = normalise_line("".join(buffer))
    if not text:
        return bool(lines) or blank
    lines.append(PdfLine(text, y, gap_before=blank))
    return False


def normalise_line(text: str) -> str:
    """Collapse whitespace (justified text comes out with runs of spaces), undo ligatures."""
    return _SPACES.sub(" ", text.translate(_LIGATURES)).strip()


# -- 2. page furniture ------------------------------------------------------------------------

Position = tuple[str, int]


@cache
def _furniture() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(PAGE_FURNITURE) + ")", re.IGNORECASE)


def remove_furniture(pages: Sequence[Sequence[PdfLine]]) -> list[list[PdfLine]]:
    """Drop page numbers, job numbers and running headers/footers from each page's edges."""
    edges = [edge_positions(page) for page in pages]
    running = running_lines(pages, edges)
    return [
        [line for i, line in enumerate(page) if not _is_furniture(line, edges[p].get(i), running, p)]
        for p, page in enumerate(pages)
    ]


def edge_positions(page: Sequence[PdfLine]) -> dict[int, Position]:
    """Index -> ("top", rank) or ("bottom", rank) for the lines nearest a page's edges.

    Lines are ranked by height when every line has one (content streams often hold the
    header or footer after the body), else in reading order.
    """
    order = height_order(page)
    positions: dict[int, Position] = {}
    for rank, index in enumerate(reversed(order[-EDGE_LINES:])):
        positions[index] = ("bottom", rank)
    for rank, index in enumerate(order[:EDGE_LINES]):
        positions[index] = ("top", rank)
    return positions


def height_order(page: Sequence[PdfLine]) -> list[int]:
    """The indices of a page's lines from the top of the page down when every line has a
    height, else in reading order."""
    order = list(range(len(page)))
    if all(line.y is not None for line in page):
        order.sort(key=lambda i: -(page[i].y or 0.0))
    return order


def line_key(text: str) -> str:
    """A line with its digits masked, so "CMW/C/SR.519 2" and "... 3" count as one line."""
    return re.sub(r"\d+", "#", text.lower())


def running_lines(
    pages: Sequence[Sequence[PdfLine]], edges: Sequence[dict[int, Position]]
) -> dict[str, Position]:
    """Keys of the lines that recur at the same edge (top or bottom) of most pages, with
    their usual position there."""
    if len(pages) < 2:
        return {}
    seen: dict[tuple[str, str], Counter[Position]] = {}
    for page, positions in zip(pages, edges, strict=True):
        for (key, edge), position in {
            (line_key(page[i].text), pos[0]): pos for i, pos in positions.items()
        }.items():
            seen.setdefault((key, edge), Counter())[position] += 1
    needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))
    running: dict[str, Position] = {}
    for (key, _), counts in sorted(seen.items(), key=lambda item: sum(item[1].values())):
        if sum(counts.values()) >= needed:
            running[key] = counts.most_common(1)[0][0]
    return running


def _is_furniture(
    line: PdfLine, position: Position | None, running: dict[str, Position], page: int
) -> bool:
    if position is None:
        return False
    if _furniture().fullmatch(line.text):
        return True
    usual = running.get(line_key(line.text))
    # on the first page the document symbol sits in the masthead, not as a running header
    return usual is not None and (page > 0 or position == usual)


@cache
def _notice() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(RECORD_NOTICES) + ")", re.IGNORECASE)


def take_notices(
    pages: Sequence[Sequence[PdfLine]], leading: float
) -> tuple[list[PdfLine], list[list[PdfLine]]]:
    """Split off the correction notice printed at the foot of a summary record's first page.

    Returns (the notice's lines from the top down, the pages without them).  Left in place,
    the notice would sit inside the paragraph that runs on to the next page (and inside a
    speaker's turn), and the next page's first line would be joined to the notice.
    """
    notice: list[PdfLine] = []
    kept: list[list[PdfLine]] = []
    for page in pages:
        block = notice_block(page, leading)
        notice.extend(page[i] for i in block)
        taken = set(block)
        kept.append([line for i, line in enumerate(page) if i not in taken])
    return notice, kept


def notice_block(page: Sequence[PdfLine], leading: float) -> list[int]:
    """Indices (top down) of the page's last block of lines when it opens with a record
    notice of :data:`~treatyscope.data.pdf.RECORD_NOTICES`, else [].

    The last block is what follows the last gap wider than the line spacing (see
    :func:`mark_gaps`), so a notice printed as a paragraph of the body, with the body going
    on below it, stays where it is.
    """
    order = height_order(page)
    lines = [page[i] for i in order]
    starts = [k for k in range(1, len(lines)) if is_gap(lines[k - 1], lines[k], leading)]
    if not starts:
        return []
    block = order[starts[-1] :]
    opening = " ".join(page[i].text for i in block)
    return block if _notice().match(opening) else []


def notice_first(notice: Sequence[PdfLine], body: Sequence[PdfLine]) -> list[PdfLine]:
    """The notice's lines as the first paragraph, then the body from a new paragraph."""
    if not notice or not body:
        return [*notice, *body]
    return [*notice, replace(body[0], gap_before=True), *body[1:]]


# -- 3. paragraph gaps ------------------------------------------------------------------------


def line_spacing(pages: Iterable[Sequence[PdfLine]]) -> float:
    """The usual step down from one line to the next (the median over the document), or 0."""
    steps = [
        a.y - b.y
        for page in pages
        for a, b in pairwise(page)
        if a.y is not None and b.y is not None and a.y > b.y
    ]
    return median(steps) if steps else 0.0


def mark_gaps(page: Sequence[PdfLine], leading: float | None = None) -> list[PdfLine]:
    """Set ``gap_before`` where the step down from the previous line is wider than
    :data:`GAP_FACTOR` times the line spacing ``leading`` (the page's own when None), or
    the text moves up (a new column or block).  The first line of a page gets no gap: a
    paragraph may run on from the page before."""
    if not page:
        return []
    spacing = line_spacing([page]) if leading is None else leading
    out = [replace(page[0], gap_before=False)]
    for prev, cur in pairwise(page):
        out.append(replace(cur, gap_before=is_gap(prev, cur, spacing)))
    return out


def is_gap(prev: PdfLine, cur: PdfLine, spacing: float) -> bool:
    """True if ``cur`` follows a blank line, or steps down from ``prev`` by more than
    :data:`GAP_FACTOR` times ``spacing``, or moves up the page."""
    if cur.gap_before:
        return True
    if spacing <= 0 or prev.y is None or cur.y is None:
        return False
    step = prev.y - cur.y
    return step > GAP_FACTOR * spacing or step < -0.5 * spacing


# -- 4. joining lines into paragraphs ---------------------------------------------------------


def join_lines(lines: Sequence[PdfLine]) -> str:
    """Join the lines of each paragraph with spaces (hyphenation undone), paragraphs with
    newlines."""
    if not lines:
        return ""
    vocabulary = _vocabulary(lines)
    width = _full_width(lines)
    parts = [lines[0].text]
    for prev, cur in pairwise(lines):
        if starts_new_paragraph(prev, cur, width):
            parts.append("\n")
        elif _ends_with_hyphen(prev.text):
            # "implemen-|tation" loses its hyphen; "Vice-|Chairperson", "2021-|2030" keep it
            left = _HYPHENATED_END.search(prev.text)
            if left and _starts_lower(cur.text) and not keep_hyphen(left[1], cur.text, vocabulary):
                parts[-1] = parts[-1][:-1]
        else:
            parts.append(" ")
        parts.append(cur.text)
    return "".join(parts).replace(_SOFT_HYPHEN, "")  # soft hyphens only mark where to divide


def starts_new_paragraph(prev: PdfLine, cur: PdfLine, width: float | None) -> bool:
    """True if ``cur`` starts a paragraph: after a gap, or when it starts like a paragraph
    (a capital, a number "2.", a speaker "Mr. X (Country)") and ``prev`` ends a sentence or
    is a short line."""
    if cur.gap_before:
        return True
    if _ends_with_hyphen(prev.text) or not starts_like_paragraph(cur.text):
        return False
    short = width is not None and len(prev.text) < SHORT_LINE_SHARE * width
    return short or ends_sentence(prev.text, cur.text)


def starts_like_paragraph(text: str) -> bool:
    """True if the line opens with a capital, a digit or a bullet (after any opening quote)."""
    first = _OPENING.match(text)
    return first is not None and (first[1].isupper() or first[1].isdigit() or first[1] in "•▪◦")


def _ends_with_hyphen(text: str) -> bool:
    return text.endswith(_HYPHENS) and len(text) > 1 and not text[-2].isspace()


def _starts_lower(text: str) -> bool:
    return text[:1].islower()


def ends_sentence(text: str, following: str = "") -> bool:
    """True if ``text`` ends a sentence: a final . ? or ! that does not close an
    abbreviation ("Mr."), an initial ("J.") or a time before a weekday ("3 p.m. Monday")."""
    if _SENTENCE_END.search(text) is None:
        return False
    token = text.split()[-1].rstrip("\"'”’)]")
    if not token.endswith("."):
        return True
    word = token[:-1].lstrip("\"'“‘([")
    if word in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper() and word not in NOT_INITIALS:
        return False
    if word in TIME_MARKERS:
        following_word = _FIRST_WORD.search(following)
        return following_word is None or following_word.group(0) not in WEEKDAYS
    return True


def keep_hyphen(left: str, following: str, vocabulary: set[str]) -> bool:
    """Whether "left-" at a line end joins ``following`` as a compound (keep the hyphen)
    rather than as a divided word.

    The document's own spelling of the word decides first.  Then an ending that only word
    division leaves (:data:`~treatyscope.data.pdf.DIVISION_SUFFIXES`) drops the hyphen; a
    compound's first element (:data:`~treatyscope.data.pdf.KEEP_HYPHEN_AFTER`) keeps it, and
    so does a second part that ends another hyphenated word of the document ("gender-based"
    elsewhere: "community-|based").
    """
    right = _FIRST_WORD.match(following)
    if right is None:
        return True
    first, second = left.lower(), right.group(0).lower()
    if f"{first}-{second}" in vocabulary:
        return True
    if first + second in vocabulary or second in DIVISION_SUFFIXES:
        return False
    if second in KEEP_HYPHEN_BEFORE or (first in TENS and second in UNITS):
        return True  # "sont-|ils", "a-t-|il"; "vingt-|cinq", "trente-|deux"
    return first in KEEP_HYPHEN_AFTER or second in _second_elements(vocabulary)


def _second_elements(vocabulary: Iterable[str]) -> set[str]:
    """The parts after a hyphen in the hyphenated words of ``vocabulary``: "based" in
    "gender-based", and "il" in the French inversion "a-t-il" (French divides a word before
    a consonant, so a line never starts with "il" or "elle" of a divided word)."""
    return {part for word in vocabulary if "-" in word for part in word.split("-")[1:]}


def _vocabulary(lines: Iterable[PdfLine]) -> set[str]:
    return {word.lower() for line in lines for word in _WORDS.findall(line.text)}


def _full_width(lines: Sequence[PdfLine]) -> float | None:
    if len(lines) < MIN_LINES_FOR_WIDTH:
        return None
    lengths = sorted(len(line.text) for line in lines)
    return float(lengths[int(0.9 * (len(lengths) - 1))])
