"""Reference years: of the document, of a sentence, and of a numeric claim.

**Document year** (:func:`document_year`), first that applies:

1. the year of ``metadata.date`` (the date the text states for the meeting or release);
2. ``options.document_year``;
3. inferred from the text: the latest year among the date line in the first
   :data:`~treatyscope.data.claim_years.HEAD_CHARS` characters and the years the sentences
   use as dates, leaving out sentences about the future ("For 2024, it would be ...") and
   years that are targets, names, comparison bases or spans ("up to 2030", "the 2021
   Constitution", "2021-2030").  The latest such year is the present of the text.

**Claim year** (:func:`claim_year`), first that applies:

1. a year stated as a date in the claim's clause, else the only one stated in its sentence;
   a span of years there ("In 2021 and 2022", "between 2012 and 2016") makes it null;
2. a relative expression in the sentence ("this year", "last year", "l'an dernier")
   resolved against the document year (``year_basis`` "relative ...");
3. the year of the immediately preceding sentence of the same turn, when this sentence says
   it continues it ("in this context", "of those", "during this period") (``year_basis``
   "context ...").
Otherwise null: "currently", "in recent times", "in the past year", "every year".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from treatyscope.data.claim_years import (
    BASE_BEFORE,
    CONTINUATION,
    DATE_LEAD,
    FULL_DATE,
    FUTURE,
    HEAD_CHARS,
    LABEL_AFTER,
    LABEL_BEFORE,
    NAME_AFTER,
    NAME_BEFORE,
    OPENING_DATE,
    RELATIVE,
    SHORT_YEAR_JOIN,
    TARGET_BEFORE,
    YEAR,
    YEAR_JOIN,
)
from treatyscope.model import Review, Span
from treatyscope.options import AnalyzeOptions

_MAY_BE_RELATIVE = re.compile(r"year|anné|\ban\b", re.I)
_CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas|which|who|where|whose|et|mais|tandis|qui|dont|où)\b|"
    r"\s+whereas\s+|\s\(|\s+(?:and|but|since|when|after|before|because|although|as)\s+"
    r"(?=(?:the|it|he|she|they|this|there|its|their)\b)")


@dataclass(frozen=True, slots=True)
class YearMention:
    """A four-digit year in a sentence and what it is used as."""

    year: int
    start: int
    kind: str  # "date", "span", "name", "target", "base"


@dataclass(frozen=True, slots=True)
class YearFix:
    """A resolved reference year and, when it is not stated outright, how it was found."""

    year: int | None
    basis: str | None = None


def year_mentions(text: str, sentence: Span) -> list[YearMention]:
    """The years written in ``text[sentence]`` with their use."""
    found = [(int(m.group(1)), m.start(), m.end()) for m in YEAR.finditer(text, sentence.start, sentence.end)]
    spans = _joined(text, found)
    out = []
    for k, (year, start, end) in enumerate(found):
        kind = "span" if k in spans else _kind(text, sentence.start, start, end)
        out.append(YearMention(year, start, kind))
    return out


def _joined(text: str, found: list[tuple[int, int, int]]) -> set[int]:
    """Indices of years that are one end of a span of years."""
    out: set[int] = set()
    for k, (_, _, end) in enumerate(found):
        m = YEAR_JOIN.match(text, end)
        if m and k + 1 < len(found) and found[k + 1][1] == m.end():
            out.update((k, k + 1))
        elif SHORT_YEAR_JOIN.match(text, end):
            out.add(k)
    return out


def _kind(text: str, floor: int, start: int, end: int) -> str:
    before = text[max(floor, start - 60) : start]
    m = DATE_LEAD.search(before)
    lead = before[: m.start()] if m else before
    after = text[end : end + 30]
    if NAME_BEFORE.search(before) or NAME_AFTER.match(after):
        return "name"
    if LABEL_BEFORE.search(before) and LABEL_AFTER.match(after):
        return "name"
    if BASE_BEFORE.search(lead):  # before targets: "compared to 2021" is no target
        return "base"
    if TARGET_BEFORE.search(lead):
        return "target"
    return "date"


def relative_year(text: str, sentence: Span, doc_year: int | None) -> YearFix | None:
    """The year a relative expression in the sentence names, resolved against ``doc_year``."""
    if doc_year is None:
        return None
    piece = text[sentence.start : sentence.end]
    if not _MAY_BE_RELATIVE.search(piece):
        return None
    for pattern, offset in RELATIVE:
        m = pattern.search(piece)
        if m:
            return YearFix(doc_year + offset, f"relative ('{m.group()}', document year {doc_year})")
    return None


def stated_year(text: str, sentence: Span, offset: int) -> YearFix | None:
    """The year stated for a claim at ``offset``; YearFix(None) for a span of years; or None.

    A year counts when it is in the claim's clause, or in an adverbial that opens the
    sentence ("In 2022, ...", "At the start of 2023, ..."), or in an earlier clause that
    the claim's clause refers back to ("..., and four of these children ...").
    """
    mentions = [m for m in year_mentions(text, sentence) if m.kind in ("date", "span")]
    if not mentions:
        return None
    clause = _clause(text, sentence, offset)
    local = [m for m in mentions if clause.start <= m.start < clause.end]
    if not local:
        local = [m for m in mentions if _opens_sentence(text, sentence, m)]
    if not local and CONTINUATION.search(text, clause.start, clause.end):
        earlier = {m.year for m in mentions if m.start < clause.start and m.kind == "date"}
        if len(earlier) == 1:
            year = earlier.pop()
            return YearFix(year, f"context (earlier clause dated {year})")
    if not local:
        return None
    if any(m.kind == "span" for m in local):
        return YearFix(None, "several years")
    nearest = min(local, key=lambda m: abs(m.start - offset))
    return YearFix(nearest.year)


def _opens_sentence(text: str, sentence: Span, mention: YearMention) -> bool:
    """True for a year in an opening adverbial: "In 2022, ...", "As of 1 October 2023, ..."."""
    return OPENING_DATE.match(text[sentence.start : mention.start]) is not None and (
        text[mention.start + 4 : mention.start + 6].lstrip().startswith(","))


def _clause(text: str, sentence: Span, offset: int) -> Span:
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= offset:
            start = m.end()
        elif m.start() > offset:
            end = m.start()
            break
    return Span(start, end)


def sentence_year(text: str, sentence: Span, doc_year: int | None) -> YearFix | None:
    """The one year a sentence is dated by (stated or relative), for the sentences after it."""
    mentions = [m for m in year_mentions(text, sentence) if m.kind in ("date", "span")]
    if mentions:
        years = {m.year for m in mentions}
        return YearFix(years.pop()) if len(years) == 1 and mentions[0].kind == "date" else None
    return relative_year(text, sentence, doc_year)


def continues(text: str, sentence: Span) -> str | None:
    """The phrase by which a sentence says it continues the previous one, or None."""
    m = CONTINUATION.search(text, sentence.start, sentence.end)
    return m.group() if m else None


def claim_year(text: str, sentence: Span, offset: int, doc_year: int | None,
               previous: YearFix | None) -> YearFix:
    """The reference year of a claim at ``offset`` (see the module docstring for the rule)."""
    stated = stated_year(text, sentence, offset)
    if stated is not None:
        return stated
    relative = relative_year(text, sentence, doc_year)
    if relative is not None:
        return relative
    marker = continues(text, sentence)
    if marker and previous is not None and previous.year is not None:
        return YearFix(previous.year, f"context ('{marker}', previous sentence dated {previous.year})")
    return YearFix(None)


def document_year(review: Review, options: AnalyzeOptions) -> YearFix:
    """The year relative expressions resolve against (see the module docstring)."""
    date = review.metadata.date
    if date and date[:4].isdigit():
        return YearFix(int(date[:4]), "metadata date")
    if options.document_year is not None:
        return YearFix(options.document_year, "options.document_year")
    inferred = infer_document_year(review.text, review.sentences)
    return YearFix(inferred, "inferred from the text" if inferred else None)


def infer_document_year(text: str, sentences: tuple[Span, ...]) -> int | None:
    """The latest year the text uses as a present or past date (rule 3 of document_year)."""
    years = [int(m.group(1)) for m in FULL_DATE.finditer(text, 0, min(len(text), HEAD_CHARS))][:1]
    starts = [s.start for s in sentences]
    for m in YEAR.finditer(text):
        k = bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= sentences[k].end:
            continue
        sentence = sentences[k]
        if FUTURE.search(text, sentence.start, sentence.end):
            continue
        years += [y.year for y in year_mentions(text, sentence)
                  if y.kind == "date" and y.start == m.start()]
    return max(years) if years else None
