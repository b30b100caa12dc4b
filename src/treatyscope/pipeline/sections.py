"""Sections: the header zone, the lede (summary), headed sections and trailing boilerplate.

Headings (``data/headings.py``) are found on their own lines and inline in flattened
text.  A section's span starts at its heading and ends at the last non-whitespace
character before the next heading; together the sections cover the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import cache
from typing import cast

from treatyscope.data.headings import (
    AGENDA_LINES,
    HEADINGS,
    INLINE_FOLLOWER,
    INLINE_STOP,
    RECORD_BODY_START,
)
from treatyscope.model import Review, Section, SectionKind, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.spans import lines, trimmed
from treatyscope.textutil import reads_as_headline

#: A line opens the running text (ends the header zone of title, label and date lines)
#: when it has at least this many words and ends like a sentence.
MIN_LEAD_WORDS = 12
#: A summary record's header (symbol, date, session, contents) ends within this many
#: characters, at the line that opens the meeting.
RECORD_HEADER_CHARS = 8000


@cache
def _line_headings() -> list[tuple[re.Pattern[str], str]]:
    agenda = [(re.compile(rx, re.IGNORECASE), "agenda") for rx in AGENDA_LINES]
    return [(re.compile(rx, re.IGNORECASE), kind) for rx, kind, _ in HEADINGS] + agenda


@cache
def _record_body_start() -> re.Pattern[str]:
    # (or glued by the copy to the contents line before it: "Sixth periodic report of
    # Ecuador (continued)The meeting was called to order at 10.05 a.m.")
    return re.compile(rf"(?:^\s*(?:\d{{1,3}}\.\s*)?|(?:(?<=\(continued\))|(?<=\(suite\)))[ \t]*)"
                      rf"{RECORD_BODY_START}", re.MULTILINE)


def _inline_groups() -> str:
    """The headings that may be found inline, each as a named group ``h<index>``."""
    return "|".join(f"(?P<h{i}>{rx})" for i, (rx, _, ok) in enumerate(HEADINGS) if ok)


@cache
def _inline_headings() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after the end of a sentence, at a line start): see :func:`_inline_matches`."""
    heading = f"(?:{_inline_groups()}){INLINE_FOLLOWER}"
    return re.compile(rf"{INLINE_STOP}\s+{heading}"), re.compile(heading)


@cache
def _glued_headings() -> re.Pattern[str]:
    """A heading alone on the rest of its line, matched right after a sentence's stop with
    no space between (a text pasted from a phone: "... in grade 12.Concluding Remarks")."""
    return re.compile(rf"(?:{_inline_groups()})(?=[ \t]*(?:\n|$))")


#: A stop with a capital right after it: where a glued heading may start (only for speed:
#: the headings are tried there alone).
_GLUE = re.compile(rf"{INLINE_STOP}(?=[A-ZÀ-ÖØ-Þ])")
#: Longer than any heading found inline (only for speed: a glued heading ends its line, so
#: only this much of the end of each line is searched).
_GLUED_REACH = 160


def _glued_matches(text: str) -> list[re.Match[str]]:
    """The matches of :func:`_glued_headings` right after a stop: the stops are looked for
    only near the end of each line, where such a heading must end (only for speed)."""
    heading, out, end = _glued_headings(), [], 0
    while end < len(text):
        stop_at = text.find("\n", end)
        line_end = len(text) if stop_at < 0 else stop_at
        for stop in _GLUE.finditer(text, max(end, line_end - _GLUED_REACH), line_end):
            if m := heading.match(text, stop.end()):
                out.append(m)
        end = line_end + 1
    return out


def _inline_matches(text: str) -> list[re.Match[str]]:
    r"""What ``(?:(?<=STOP)\s+|^)HEADING`` (MULTILINE) finds with finditer, found faster.

    Speed only: a pattern that opens with a lookbehind or ``^`` is tried at every position
    (0.8 ms on the sample); one that opens with the stop character skips to those (0.2 ms),
    and line starts are few.  Exact: a heading holds neither a stop character nor a line
    break, so consuming the stop cannot hide a match, and a line-start match that overlaps
    another starts at the same heading, which the dictionary keeps once.
    """
    after_stop, at_line = _inline_headings()
    found = {m.start(m.lastgroup or 0): m for m in after_stop.finditer(text)}
    for glued in _glued_matches(text):  # "... grade 12.Concluding Remarks\n"
        found.setdefault(glued.start(glued.lastgroup or 0), glued)
    start = 0
    while start >= 0:
        m = at_line.match(text, start)
        if m:
            found.setdefault(m.start(), m)
        start = text.find("\n", start) + 1 or -1
    return [found[k] for k in sorted(found)]


def find_headings(text: str, boilerplate: list[Span]) -> list[tuple[Span, str]]:
    """(heading span, section kind) for every heading, in text order."""
    found: dict[int, tuple[Span, str]] = {}
    for line in lines(text):
        kind = heading_kind(line.slice(text))
        if kind is not None:
            found[line.start] = (line, kind)  # with its colon: no turn holds a lone ":"
    lines_found = sorted(span for span, _ in found.values())
    for m in _inline_matches(text):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        kind = HEADINGS[int(name[1:])][1]
        span = Span(m.start(name), m.end(name))
        at = bisect_right(lines_found, span) - 1
        if at >= 0 and lines_found[at].contains(span):
            continue  # inside a heading line already found ("2. Questions by ...")
        found.setdefault(span.start, (span, kind))
    inside_chrome = [s for s in found if any(b.start <= s < b.end for b in boilerplate)]
    for start in inside_chrome:
        del found[start]
    for span, kind in _topic_headings(text, [found[k] for k in sorted(found)], boilerplate):
        found.setdefault(span.start, (span, kind))
    return _sub_headings(text, [found[k] for k in sorted(found)])


def _sub_headings(text: str, headings: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """A dialogue heading right under a questions or responses heading ("Questions by
    Experts", then "Articles 1 to 6") names what they are about: it is of their kind."""
    out: list[tuple[Span, str]] = []
    for span, kind in headings:
        if (kind == "dialogue" and out and out[-1][1] in _ROUNDS
                and not text[out[-1][0].end:span.start].strip()):
            kind = out[-1][1]
        out.append((span, kind))
    return out


#: The kinds of heading a sub-heading right under them takes.
_ROUNDS = frozenset({"questions", "responses", "statements"})


#: Sections whose topics a page may head with short lines of their own ("Questions by
#: Committee Experts", then "Right to life", "Counter-terrorism measures", ...).
SUBDIVIDED = frozenset({"questions", "responses", "dialogue"})
#: A topic heading has at most this many words; the paragraph after it at least
#: MIN_LEAD_WORDS.
MAX_TOPIC_WORDS = 8
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _topic_headings(text: str, headings: list[tuple[Span, str]],
                    boilerplate: list[Span]) -> list[tuple[Span, str]]:
    """Topic headings inside questions and responses sections: a short line of words alone
    between blank lines, with no sentence punctuation, digit or speaker, before a paragraph.
    Each opens a section of the kind it sits in, so no turn holds it."""
    out: list[tuple[Span, str]] = []
    if "\n\n" not in text:
        return out  # flattened text: no line stands alone (speed only)
    for i, (heading, kind) in enumerate(headings):
        if kind not in SUBDIVIDED:
            continue
        stop = headings[i + 1][0].start if i + 1 < len(headings) else len(text)
        rows = [line for line in lines(text, heading.end, stop)
                if not any(b.contains(line) for b in boilerplate)]
        for k, line in enumerate(rows[:-1]):
            before = rows[k - 1].end if k else heading.end
            nxt = rows[k + 1]
            if (_is_topic_line(line.slice(text))
                    and _BLANK_LINE.search(text, before, line.start)
                    and _BLANK_LINE.search(text, line.end, nxt.start)
                    and len(nxt.slice(text).split()) >= MIN_LEAD_WORDS):
                out.append((line, kind))
    return out


def _is_topic_line(line: str) -> bool:
    """A few words, capitalised first, neither all capitals (a speaker's name) nor holding
    a digit, a full stop or a final punctuation mark (a sentence, a date, "Mr. X")."""
    words = line.split()
    return (0 < len(words) <= MAX_TOPIC_WORDS and line[:1].isupper() and not line.isupper()
            and line[-1:].isalnum() and not any(c.isdigit() or c in ".;:?!" for c in line))


_CONTINUED = re.compile(r"\s*\((?:continued|cont'd|suite)\)$", re.IGNORECASE)
#: The bracket of document symbols closing an agenda item's line.
_SYMBOLS_AFTER = re.compile(r"\s*\([^()]*\b[A-Z]{2,}(?:\.\d+)?/[^()]*\)$")
#: The marks of a Markdown heading ("## ").
_MARKDOWN_MARKS = re.compile(r"^#{1,6}[ \t]+")
#: A heading's number in a document that numbers them ("1.", "2)", "IV.", "B.").
#: A record's agenda sub-item comes as "(a)" or "a)", often glued to its words.
_HEADING_NUMBER = re.compile(r"^(?:(?:\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s+|\(?[a-h]\)\s*)")


def heading_kind(line: str) -> str | None:
    """The section kind a line opens when it is a heading on a line of its own, else None.

    A colon may follow the heading ("Questions by Committee Experts:"), as typists add one,
    and a number may come before it ("2. Questions by Committee Experts").
    """
    if line.endswith(":"):
        line = line[:-1].rstrip()
    if line[:1] == "#":
        # a Markdown heading kept in a plain text ("## Questions by Committee Experts",
        # probe l); the line, its marks included, is the heading
        line = _MARKDOWN_MARKS.sub("", line, count=1)
    if line.endswith(")"):
        line = _CONTINUED.sub("", line)  # "Interactive Dialogue (continued)", "(suite)"
        # an agenda item's documents, however many: "Adoption of the report of the
        # Committee on its forty-sixth session (CEDAW/C/2010/II/L.1, ..., CEDAW/C/TUR/CO/6)"
        line = _SYMBOLS_AFTER.sub("", line)
    if line[:1].isdigit() or line[1:2] in ".)" or line[:1] in "IVX(":
        line = _HEADING_NUMBER.sub("", line, count=1)  # "2. Questions by Committee Experts"
    for rx, kind in _line_headings():
        if rx.fullmatch(line):
            return kind
    return None


#: In the body of a summary record, an ALL-CAPS line of at least this many words without a
#: final stop is an agenda item's heading ("COMMÉMORATION DU SOIXANTIÈME ANNIVERSAIRE DE LA
#: LIBÉRATION DU CAMP D'AUSCHWITZ").  (A release's ALL-CAPS headline is in its header.)
CAPS_TITLE_WORDS = 4


def _caps_title(line: str) -> bool:
    """True for an ALL-CAPS title line (see :data:`CAPS_TITLE_WORDS`)."""
    return (line.isupper() and line[-1:] not in ".;,"
            and sum(1 for w in line.split() if any(c.isalpha() for c in w)) >= CAPS_TITLE_WORDS)


def _record_item_headings(text: str, start: int, boilerplate: list[Span],
                          known: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The ALL-CAPS agenda item lines of a summary record's body (from ``start``) that no
    heading pattern knows, merged with ``known`` in text order."""
    found = {span.start: (span, kind) for span, kind in known}
    for line in lines(text, start, len(text)):
        if (line.start not in found and _caps_title(line.slice(text))
                and not any(b.contains(line) for b in boilerplate)):
            found[line.start] = (line, "agenda")
    return [found[k] for k in sorted(found)]


#: The line that opens a record's list of contents, in its header.
_CONTENTS = re.compile(r"^[ \t]*(?:Contents|CONTENTS|Sommaire|SOMMAIRE|Table des matières)"
                       r"[ \t]*:?[ \t]*$", re.MULTILINE)


def _item_key(line: str) -> str:
    """An agenda item's words, to compare a body line with the contents: without its
    number, its documents' symbols (wherever they stand) or "(continued)", its case folded
    and without spaces (extraction drops or adds some: "articles 16 et 17du Pacte", "d u
    Bénin")."""
    line = _SYMBOLS_ANYWHERE.sub("", _CONTINUED.sub("", line.strip()))
    return "".join(_HEADING_NUMBER.sub("", line, count=1).split()).casefold()


#: The brackets of document symbols anywhere in an item's line: an item naming several
#: reports lists each one's symbols after it ("Third periodic report of Japan ...
#: (CRC/C/JPN/3; ...) and initial reports ... (CRC/C/OPSC/JPN/1; ...)").
_SYMBOLS_ANYWHERE = re.compile(r"\s*\([^()]*\b[A-Z]{2,}(?:\.\d+)?/[^()]*\)")


def _contents_item_headings(text: str, lead: int, boilerplate: list[Span],
                            known: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """The lines of a summary record's body (from ``lead``) that repeat an item of the
    header's contents, whatever their words ("Consultative meeting with stakeholders on the
    draft general comment ... (CAT/C/47/GC/R.1)"), merged with ``known`` in text order."""
    contents = _CONTENTS.search(text, 0, lead)
    if contents is None:
        return known
    items = {_item_key(line.slice(text)) for line in lines(text, contents.end(), lead)}
    found = {span.start: (span, kind) for span, kind in known}
    for line in lines(text, lead, len(text)):
        if (line.start not in found and _item_key(line.slice(text)) in items
                and not any(b.contains(line) for b in boilerplate)):
            found[line.start] = (line, "agenda")
    return [found[k] for k in sorted(found)]


#: A sub-heading under an agenda item has at most this many words (an item's title with
#: the symbols of its documents: "Additional information submitted by X under article 29
#: (4) of the Convention (CED/C/X/AI/1; CED/C/X/Q/AI/1)" has 17).
MAX_SUB_ITEM_WORDS = 40


def _agenda_sub_items(text: str, start: int, boilerplate: list[Span],
                      known: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Lines right under an agenda item of a summary record's body (from ``start``) that
    title a part of it, whatever their words ("Thematic discussion on children in street
    situations" under "Organizational matters"), merged with ``known`` in text order.
    A sub-item may head another ("(a) Reports submitted ...", then "Initial report of X")."""
    found = {span.start: (span, kind) for span, kind in known}
    for span, kind in known:
        if kind != "agenda" or span.start < start:
            continue
        line = next(lines(text, span.end, len(text)), None)
        while (line is not None and line.start not in found and _sub_item_line(text, line)
               and not any(b.contains(line) for b in boilerplate)):
            found[line.start] = (line, "agenda")
            line = next(lines(text, line.end, len(text)), None)
    return [found[k] for k in sorted(found)]


def _sub_item_line(text: str, line: Span) -> bool:
    """True if ``line`` reads as a title: a capital first (no paragraph number), a few
    words, no final stop or comma, and a new paragraph after it (a capital or a paragraph
    number), not the rest of a sentence broken over lines ("Ms. X (Chile) said that
    her" then "authorities had ...")."""
    words = line.slice(text).split()
    after = next(lines(text, line.end, len(text)), None)
    return (text[line.start].isupper() and text[line.end - 1] not in ".;:,!?"
            and len(words) <= MAX_SUB_ITEM_WORDS
            and after is not None and (text[after.start].isupper() or text[after.start].isdigit()))


_TIMECODE = re.compile(r"\[\d{1,2}:\d{2}(?::\d{2})?\]\s*\S")


def find_lead_start(text: str, boilerplate: list[Span], limit: int) -> int:
    """Offset where the running text starts, after any title, label and date lines."""
    for line in lines(text, 0, limit):
        if any(b.contains(line) for b in boilerplate):
            continue
        content = line.slice(text)
        if (len(content.split()) >= MIN_LEAD_WORDS and content.rstrip()[-1:] in ".:;?!”\"»)"
                # (a headline may close a quotation: "... SUR LES «MESURES SPÉCIALES»")
                and not (content.rstrip()[-1:] in "”\"»)" and reads_as_headline(content))):
            return line.start
        if _TIMECODE.match(content):
            return line.start  # a transcript's first speaker: "[00:00:04] CHAIRPERSON: ..."
        if len(content.split()) >= 3 * MIN_LEAD_WORDS and not reads_as_headline(content):
            return line.start  # a long paragraph without a final stop; not a long headline
    return 0


def build_sections(text: str, boilerplate: list[Span]) -> list[Section]:
    """All sections of the text, in order, covering it."""
    headings = find_headings(text, boilerplate)
    opened = _record_body_start().search(text, 0, RECORD_HEADER_CHARS)
    if opened:
        lead = opened.start() + len(opened.group(0)) - len(opened.group(0).lstrip())
        headings = _record_item_headings(text, lead, boilerplate, headings)
        headings = _contents_item_headings(text, lead, boilerplate, headings)
        headings = _agenda_sub_items(text, lead, boilerplate, headings)
    else:
        lead = find_lead_start(text, boilerplate, headings[0][0].start if headings else len(text))
    headings = [h for h in headings if h[0].start >= lead]
    body_end = headings[0][0].start if headings else len(text)
    tail = _trailing_boilerplate(text, boilerplate)
    sections: list[Section] = []
    header = trimmed(text, 0, lead)
    if header:
        sections.append(Section("header", header))
    first = trimmed(text, lead, min(body_end, tail.start if tail else len(text)))
    if first:
        sections.append(Section("summary", first))
    for i, (heading, kind) in enumerate(headings):
        stop = headings[i + 1][0].start if i + 1 < len(headings) else len(text)
        if tail and tail.start >= heading.end:
            stop = min(stop, tail.start)
        span = trimmed(text, heading.start, stop)
        if span:
            sections.append(Section(cast(SectionKind, kind), span, heading))
    if tail:
        sections.append(Section("boilerplate", tail))
    return sections


def _trailing_boilerplate(text: str, boilerplate: list[Span]) -> Span | None:
    """The run of boilerplate that ends the text, if any (footer, share bar)."""
    start = None
    for span in reversed(boilerplate):
        rest = text[span.end : start if start is not None else len(text)]
        if rest.strip():
            break
        start = span.start
    return trimmed(text, start, len(text)) if start is not None else None


@stage("sections", requires=("boilerplate",), assigns=("sections",))
def sections(review: Review, options: AnalyzeOptions) -> Review:
    """Split the document into sections (``review.sections``)."""
    found = build_sections(review.text, list(review.boilerplate))
    return replace(review, sections=tuple(found))
