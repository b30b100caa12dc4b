"""Sentences: an in-house splitter with an abbreviation list, run inside content regions.

Regions are the sections' bodies (after the heading) minus boilerplate, so no sentence
crosses a heading, a boilerplate span or a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from treatyscope.data.abbreviations import (
    ABBREVIATIONS,
    CURRENCY_ABBREVIATIONS,
    NOT_INITIALS,
    TIME_MARKERS,
    WEEKDAYS,
)
from treatyscope.model import Review, Section, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.spans import lines, new_span, subtract, trimmed

#: Section kinds that hold running text.
NON_CONTENT = frozenset({"boilerplate", "header"})

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, space,
# then something that can start a sentence; or, in a damaged copy that lost the space,
# a stop glued between a small letter or digit and a capitalised word ("in 2019.The
# delegation said").  The white space is captured: where it ends, the next sentence starts.
# (French quotation marks hold a space: "… la loi. « Combien de plaintes … ? »")
_BOUNDARY = re.compile(r"[.?!…](?:[\"”’»)\]]+|[ \u00a0\u202f]»)?(?=(\s+)(?:[\"“‘(\[]|«\s?)?[A-ZÀ-ÖØ-ÞĀ-Ž0-9¿¡]"
                       # (the word after is followed by a space and a word: a name written
                       # "Rights.Org, ..." or "ohchr.Org" is no sentence)
                       r"|(?<=[a-zà-ÿ0-9%][.?!])[A-ZÀ-ÖØ-Þ][a-zà-ÿ]*[ \t]+\w)")
#: The word before a full stop, read backwards from the stop: what
#: ``([^\W\d_]+(?:\.[^\W\d_]+)*)\.$`` searched in the window finds (see _word_before).
_WORD_BEFORE_REVERSED = re.compile(r"\.((?:[^\W\d_]+\.)*[^\W\d_]+)")
#: A paragraph number, with the white space around it (a fullmatch of this on the text is
#: a fullmatch of the bare number on the stripped text: no number character is a space;
#: searched in place, as slicing and stripping the sentence so far cost more).
_PARAGRAPH_NUMBER = re.compile(r"\s*(?:\(?[0-9]{1,3}[.)]|\(?[a-z][.)]|[IVX]{1,4}\.)\s*")


def content_regions(text: str, sections: tuple[Section, ...], boilerplate: tuple[Span, ...]) -> list[Span]:
    """Trimmed spans of running text: section bodies without headings and boilerplate."""
    regions: list[Span] = []
    for section in sections:
        if section.kind in NON_CONTENT:
            continue
        start = section.heading_span.end if section.heading_span else section.span.start
        body = trimmed(text, start, section.span.end)
        if body:
            regions.extend(subtract(body, boilerplate, text))
    return regions


def split_sentences(text: str, region: Span) -> Iterator[Span]:
    """Sentence spans inside ``region``; every line break is a boundary too, except after a
    comma before a lower-case word: a sentence broken across paragraphs by extraction
    ("NAME, Committee Chair,\n\nthanked all ...") stays one."""
    # Only for speed, spans are made without trimmed(): a sentence starts where a line
    # starts (lines are trimmed) or after a boundary's white space, and ends with the
    # boundary's punctuation or where its line ends, so neither end is white space.
    pending: int | None = None  # where a sentence cut by a line break began
    for line in lines(text, region.start, region.end):
        start = line.start if pending is None else pending
        pending = None
        for m in _BOUNDARY.finditer(text, line.start, line.end):
            if _is_abbreviation(text, start, m.start(), m.end()):
                continue
            yield new_span(start, m.end())
            start = m.end(1) if m.start(1) >= 0 else m.end()
        if _continues_on_next_line(text, line.end, region.end):
            pending = start
            continue
        yield new_span(start, line.end)
    if pending is not None:
        span = trimmed(text, pending, region.end)
        if span:
            yield span


#: The last sentence of a text is cut off when it is at least this long and stops without
#: a final punctuation mark (a heading or a label is shorter).
CUT_SENTENCE_CHARS = 60


#: Marks that end a segment but not a sentence: a list's lead-in and its items ("the
#: following documents were issued:" / "(a) A national report (A/HRC/WG.6/22/USA/1);").
_OPEN_ENDS = ",;:"


def cut_sentence(text: str, sentences: tuple[Span, ...]) -> Span | None:
    """The text's last sentence when the text stops in the middle of it ("... offered
    sincere condolences on behalf of the C"), else None. A list cut off in an item is cut
    with its lead-in and earlier items: they are one sentence, and it is not complete."""
    if not sentences:
        return None
    last = sentences[-1]
    if last.end - last.start < CUT_SENTENCE_CHARS or text[last.end:].strip():
        return None
    if not (text[last.end - 1].isalnum() or text[last.end - 1] in _OPEN_ENDS):
        return None
    first = len(sentences) - 1
    while first > 0 and text[sentences[first - 1].end - 1] in _OPEN_ENDS:
        first -= 1
    return Span(sentences[first].start, last.end)


_NEXT_LINE_LOWER = re.compile(r"\s*[a-zà-öø-ÿ]")


#: Words no sentence ends with: a line that ends with one was wrapped ("... replying to
#: questions put by members of the\nCommittee at the previous meeting, said", as a PDF copy
#: with short lines gives it; probe H).
_OPEN_WORD = re.compile(r"(?<![^\s(])(?:the|a|an|of|and|or|to|in|for|by|with|from|on|at|as|"
                        r"that|its|their|his|her|de|la|le|les|des|du|et|à|en|au|aux|sur|par|"
                        r"pour)$")
_NEXT_LINE_WORD = re.compile(r"[ \t]*\n[ \t]*[^\W_]")


def _continues_on_next_line(text: str, line_end: int, region_end: int) -> bool:
    """True when the next line opens with a lower-case word and the line ends with a comma,
    or with a word or a figure and only one line break follows (a line a phone or a narrow
    window wrapped: "... a minimum wage of 260\ndinars a month"); or when the line ends with
    a word no sentence ends with and the next line, right after it, opens with a word or a
    figure."""
    before = text[:line_end].rstrip(" \t")
    if not before:
        return False
    if (_OPEN_WORD.search(before, max(0, len(before) - 6))
            and _NEXT_LINE_WORD.match(text, line_end, region_end)):
        return True
    if _NEXT_LINE_LOWER.match(text, line_end, region_end) is None:
        return False
    if before.endswith(","):
        return True
    gap = text[line_end:region_end]
    return before[-1].isalnum() and gap[: len(gap) - len(gap.lstrip())].count("\n") == 1


#: Time zones written after "a.m."/"p.m." ("at 2 p.m. CET"): the sentence goes on.
_TIME_ZONES = frozenset({"GMT", "UTC", "CET", "CEST", "EST", "EDT"})
#: The longest word a full stop may follow without ending the sentence.
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS | TIME_MARKERS))


def _is_abbreviation(text: str, sent_start: int, stop: int, after: int) -> bool:
    if text[stop] != ".":
        return False
    # Most stops follow a word longer than any abbreviation, seen from the letters just
    # before the stop (only for speed: such a sentence-so-far is no paragraph number either).
    longer = stop - _LONGEST_ABBREVIATION - 1
    if longer >= sent_start and text[longer:stop].isalpha():
        return False
    if _PARAGRAPH_NUMBER.fullmatch(text, sent_start, stop + 1):
        return True  # "1. At the invitation ...": a paragraph number, not a sentence
    word = _word_before(text, max(sent_start, stop - 20), stop)
    if word is None:
        return False
    if word in TIME_MARKERS:
        # "at 10 a.m. Monday", "at 2 p.m. Geneva time", "at 3 p.m. (New York time)"
        following = text[after:after + 24].split()
        return bool(following) and (
            following[0].strip(",") in WEEKDAYS or following[0].strip("(,") in _TIME_ZONES
            or any(w.strip("(),.").lower() == "time" for w in following[1:3]))
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    if word in CURRENCY_ABBREVIATIONS:
        return text[after:after + 4].lstrip()[:1].isdigit()  # "Rs. 48 billion"
    if _GLUED_INITIALS.fullmatch(word):
        before = text[sent_start : stop - len(word)].rstrip()
        if not before:
            return True  # initials opening a sentence ("B.D. Seetulsing said", "U.N. staff ...")
        if before[-1:] in ",;" and _MIDDLE_INITIAL.match(text, after):
            return True  # ... or a name after a comma: "..., R.T. Mamani, Director-General, said"
    if word in NOT_INITIALS:
        # "A" and "I" are initials between two names only: "Youla A. Haddadin, Advisor ..."
        before = text[max(sent_start, stop - 40) : stop - 1]
        # ... or after an honorific: "Mr. A. Fifita, Minister of Justice, said"
        return _MIDDLE_INITIAL.match(text, after) is not None and (
            _NAME_BEFORE.search(before) is not None or _HONORIFIC_BEFORE.search(before) is not None)
    return len(word) == 1 and word.isupper()


#: A surname after a middle initial: a capitalised word, then a comma or "said".
_MIDDLE_INITIAL = re.compile(r"\s*[A-Z][a-z'’-]+(?:,| said\b| \()")
#: A given name right before the initial, at the start of its sentence or after a comma.
_NAME_BEFORE = re.compile(r"(?:^\s*|[,;]\s+|\n)[A-Z][a-z'’-]+\s$")


#: An honorific right before the initial.
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mme|Dr|Mlle|M)\.?\s$")


#: Initials written together ("B.D", "J.P", "U.N"; the last dot is the stop).
_GLUED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")


def _word_before(text: str, start: int, stop: int) -> str | None:
    r"""The letters (and inner dots: "e.g") that end at the full stop at ``stop``, as far
    back as ``start``; None if a letter does not stand just before the stop.

    What ``re.search(r"([^\W\d_]+(?:\.[^\W\d_]+)*)\.$", ...)`` captures in
    ``text[start:stop + 1]``, found three times faster (speed only): that search tries every
    position of the window, while the reversed pattern is matched once from the stop.  Its
    greedy repetition takes the longest chain, which is where the leftmost match starts.
    """
    m = _WORD_BEFORE_REVERSED.match(text[start : stop + 1][::-1])
    return m.group(1)[::-1] if m else None


@stage("sentences", requires=("sections", "boilerplate"), assigns=("sentences",))
def sentences(review: Review, options: AnalyzeOptions) -> Review:
    """Split the running text into sentences (``review.sentences``)."""
    regions = content_regions(review.text, review.sections, review.boilerplate)
    found = [s for region in regions for s in split_sentences(review.text, region)]
    return replace(review, sentences=tuple(found))
