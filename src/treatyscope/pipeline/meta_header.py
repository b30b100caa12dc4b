"""Header facts of a meeting text: committee, session, meeting number, date, record or not.

Summary records carry them in a fixed header ("Committee against Torture / Sixty-sixth
session / Summary record of the 1740th meeting / Held at the Palais Wilson, Geneva, on
Tuesday, 7 May 2019"); press releases in their title, date line and first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from treatyscope.data import dates as D
from treatyscope.data import review_phrases as R
from treatyscope.data.committees import NAME_PATTERNS, TREATY_PATTERNS
from treatyscope.model import DocumentSymbol, Session, Span
from treatyscope.pipeline.meta_text import (
    DATE_RX,
    date_of,
    fold_letters,
    longest_ordinal_suffix,
    make_date,
    parse_ordinal,
)
from treatyscope.pipeline.spans import finditer_words, trimmed
from treatyscope.textutil import reads_as_headline

_I = re.IGNORECASE
#: A committee named this close to the start is the text's own (title, header or first
#: sentence); a name first met later may be another body mentioned in passing, so the
#: bodies of the text's document symbols are preferred to it.  Every corpus text names
#: its committee before offset 730 (the latest: a record opening with a correction notice).
NAME_WINDOW = 1200
#: Where a summary record's header (symbol, committee, session, meeting, date) ends: the
#: corpus records state their meeting date before offset 860 (3,000 allows for a long
#: correction notice or a Distr. block before it).
RECORD_HEADER = 3000
#: Where a press release's date line or dateline may be: every corpus release has it
#: before offset 250, after up to ten lines of chrome; 1,000 leaves room for longer chrome
#: while keeping out dates of the running text.
RELEASE_HEADER = 1000
#: Words looked at before "session" for its ordinal ("one hundredth and seventh").
SESSION_WORDS = 6


@dataclass(frozen=True, slots=True)
class CommitteeFound:
    """A body code and the evidence it came from ("name", "symbol", "treaty")."""

    code: str
    evidence: str
    span: Span | None


def _spaced(pattern: str) -> str:
    return pattern.replace(" ", r"\s+")


@cache
def _name_rx() -> re.Pattern[str]:
    groups = "|".join(f"(?P<n{i}>{_spaced(p)})" for i, (_, p) in enumerate(NAME_PATTERNS))
    return re.compile(rf"(?<![\w-])(?:{groups})", _I)


@cache
def _treaty_rx() -> re.Pattern[str]:
    groups = "|".join(f"(?P<t{i}>{_spaced(p)})" for i, (_, p) in enumerate(TREATY_PATTERNS))
    return re.compile(groups, _I)


def _first(rx: re.Pattern[str], table: Sequence[tuple[str, str]], text: str,
           skip: Sequence[Span] = ()) -> tuple[str, Span] | None:
    """The first match outside ``skip`` (else the first in it), as (table key, span)."""
    m = rx.search(text)
    if m is not None and skip and any(s.start <= m.start() < s.end for s in skip):
        # a sidebar's headline of another body before the article (probe l)
        m = next((n for n in rx.finditer(text, m.end())
                  if not any(s.start <= n.start() < s.end for s in skip)), m)
    if not m or m.lastgroup is None:
        return None
    return table[int(m.lastgroup[1:])][0], Span(m.start(), m.end())


def find_committee(text: str, symbols: Sequence[DocumentSymbol],
                   skip: Sequence[Span] = ()) -> CommitteeFound | None:
    """The body whose meeting the text reports: by name near the start, else by the bodies
    of its document symbols, else by a name further on, else by the treaty's title.  A
    name in ``skip`` (page chrome) counts only when the text names no body elsewhere."""
    named = _first(_name_rx(), NAME_PATTERNS, text, skip)
    if named and named[1].start < NAME_WINDOW:
        host = _host_body(text, named[1])
        return host or CommitteeFound(named[0], "name", named[1])
    by_symbol = next((s for s in symbols if s.body in _CODES), None)
    if by_symbol:
        return CommitteeFound(by_symbol.body or "", "symbol", by_symbol.span)
    if named:
        return CommitteeFound(named[0], "name", named[1])
    treaty = _first(_treaty_rx(), TREATY_PATTERNS, text)
    return CommitteeFound(treaty[0], "treaty", treaty[1]) if treaty else None


_CODES = frozenset(code for code, _ in NAME_PATTERNS)
#: What a guest body does before the host it reports to, in the same sentence ("The Chair
#: of the Subcommittee ... presented its annual report to the Committee against Torture",
#: "... briefed the Committee on the Elimination of Discrimination against Women").
_TO_HOST = re.compile(r"(?:(?:\bto|\bbefore|\bbriefed|\baddressed|\bdevant|\bà)\s+(?:the\s+|le\s+|"
                      r"l['’])|\bau\s+)$", _I)


def _host_body(text: str, guest: Span) -> CommitteeFound | None:
    """The body a guest body's officer reports to in the text's first sentence, if that
    sentence names one after the guest (the meeting is the host's)."""
    end = text.find(". ", guest.end, guest.end + 400)
    for m in _name_rx().finditer(text, guest.end, end if end > 0 else guest.end + 400):
        if m.lastgroup is not None and _TO_HOST.search(text, max(0, m.start() - 20), m.start()):
            return CommitteeFound(NAME_PATTERNS[int(m.lastgroup[1:])][0], "name",
                                  Span(m.start(), m.end()))
    return None


# ------------------------------------------------------------------ session
_SESSION = re.compile(r"session\b(?!s)", _I)
_NOT_CURRENT = re.compile(R.NOT_CURRENT_SESSION, _I)
_WORDS = re.compile(r"\S+")


def find_session(text: str, skip: Sequence[Span] = ()) -> Session | None:
    """The first session ordinal that is not the next one ("thirty-seventh session",
    "37th session", "trente-septième session", "Twenty- seventh session"); but the one the
    body opens or closes today outranks an earlier one ("The Committee, which at its
    twentieth session had adopted ..., today opened its twenty-first session")."""
    first = None
    upcoming = None  # the first session to come, the subject of a media advisory
    # only for speed: run where "session" stands (re.I turns off the scan for its letters)
    for m in finditer_words(_SESSION, text, ("session",)):
        if any(s.start <= m.start() < s.end for s in skip):
            continue
        found = _ordinal_before(text, m.start())
        if found is None:
            continue
        value, span = found
        if _of_other_body(text, m.end()) or (value <= MAX_SESSIONS_A_YEAR
                                              and _OF_THE_YEAR.match(text, m.end())):
            continue  # (nor "sa deuxième session de 2008": its place in the year)
        if _NOT_CURRENT.search(text, max(0, span.start - 30), span.start) or _planned_for(
                text, span.start):
            if upcoming is None and _UPCOMING.search(text, max(0, span.start - 30), span.start):
                upcoming = Session(value, span.slice(text), span)
            continue
        if _TODAYS.search(text, max(0, span.start - 60), span.start):
            # (its first mention, where it has one: a headline's "FIFTY-SECOND SESSION")
            same = first is not None and first.ordinal == value
            return first if same else Session(value, span.slice(text), span)
        first = first or Session(value, span.slice(text), span)
    if first is None and upcoming is not None and not _SESSION_EVENTS.search(text):
        # a media advisory: "More information about the upcoming 22nd session" (no session
        # opened or closed, so no next one after it; a session only planned for, "would
        # review eleven reports at its thirtieth session", may be the next one)
        return upcoming
    return first


#: A session counted within its year ("SA DEUXIÈME SESSION DE 2008", "its first session of
#: 2024"): no ordinal of the body's sessions ("its seventy-ninth session of 2024" is one: no
#: body holds more than this many sessions a year).
MAX_SESSIONS_A_YEAR = 4
_OF_THE_YEAR = re.compile(r"\s+(?:de|of|in|en)\s+(?:19|20)\d\d\b", _I)
#: The session to come that an advisory is about ("the upcoming 22nd session"; not "the
#: next session" of a closing).
#: ... or announced: "will hold its seventh session from 15 to 26 September", "tiendra sa
#: vingtième session").
_UPCOMING = re.compile(r"\b(?:(?:upcoming|forthcoming|prochaine?)\s+(?:the\s+)?|(?:will|is to|"
                       r"shall) (?:hold|open|convene) its\s+|tiendra sa\s+)$", _I)
#: A session that opens or closes (its next one is no subject of the text).
_SESSION_EVENTS = re.compile("|".join(R.SESSION_EVENT), _I)
_AS_TIME = re.compile(R.SESSION_AS_TIME, _I)
_FUTURE = re.compile(R.FUTURE_VERB, _I)
_SENTENCE_START = re.compile(r"[.!?;]\s|\n")
#: Characters looked back from a session ordinal for a verb in the future: a sentence's
#: subject and verb ("The Committee decided this morning that it would consider nine State
#: party reports at its") fit in 200.
FUTURE_LOOKBACK = 200


def _planned_for(text: str, start: int) -> bool:
    """True if the session ordinal at ``start`` is when something will be done, in its
    sentence: "it would consider nine reports at its twentieth session" (a session to come).
    "will close its twentieth session" is no time: a body closes the session it holds."""
    time = _AS_TIME.search(text, max(0, start - 30), start)
    if time is None:
        return False
    begin = max(0, time.start() - FUTURE_LOOKBACK)
    ends = [m.end() for m in _SENTENCE_START.finditer(text, begin, time.start())]
    return _FUTURE.search(text, ends[-1] if ends else begin, time.start()) is not None


#: The session a body opens, holds or closes on the day of the text, right before its
#: ordinal: "today opened its", "this morning concluded its", "a clos aujourd'hui sa".
_TODAYS = re.compile(
    r"\b(?:today|this (?:morning|afternoon)|aujourd['’]hui|ce matin|cet après-midi)\s+"
    r"(?:[a-z]+\s+)?(?:opened|concluded|closed|began|opens|concludes|closes|begins|ouvert|clos|"
    r"clôturé|achevé|entamé|ouvre|clôt|achève|entame)\s+(?:its|their|sa|les travaux de sa)\s+$|"
    r"\b(?:opened|concluded|closed|began|opens|concludes|closes|begins|a ouvert|a clos|a clôturé|"
    r"a achevé|a entamé|ouvre|clôt|achève|entame)\s+(?:today|this (?:morning|afternoon)|"
    r"aujourd['’]hui|ce matin|cet après-midi)\s+(?:its|their|sa|les travaux de sa)\s+$", _I)


_OF_WHAT = re.compile(r"\s+(?:of|de|du)\s+(?:the\s+|la\s+|l['’])?([^,.;()\n]{1,60})", _I)
_OWN_BODY = re.compile(R.SESSION_OWNERS, _I)


#: What a session "of" is when it is a time, not a body: "session du 15 avril au 10 mai
#: 2024", "session of 2024", "session de janvier".
_OF_TIME = re.compile(rf"(?:\d|{D.MONTH_RX}\b)", _I)


def _of_other_body(text: str, end: int) -> bool:
    """True for "the eleventh session of the Forum on Minority Issues": a session of a
    body other than a committee, the Council or the Assembly (not a session "du 15 avril
    au 10 mai 2024" or "of 2024": when, not whose)."""
    m = _OF_WHAT.match(text, end)
    return (m is not None and _OWN_BODY.search(m.group(1)) is None
            and _OF_TIME.match(m.group(1)) is None)


def _ordinal_before(text: str, end: int) -> tuple[int, Span] | None:
    line_start = text.rfind("\n", 0, end) + 1
    words = list(_WORDS.finditer(text, max(line_start, end - 80), end))[-SESSION_WORDS:]
    words = [w for w in words if w.group().casefold() not in R.SESSION_QUALIFIERS]
    found = longest_ordinal_suffix([w.group() for w in words])
    if found is None:
        return None
    value, n = found
    span = trimmed(text, words[-n].start(), words[-1].end())
    return (value, span) if span else None


# ------------------------------------------------------------------ records
_RECORD_TITLE = re.compile(R.RECORD_TITLE, _I)
_MEETING_NUMBER = re.compile(r"(\d{1,5})(?:st|nd|rd|th|e|eme|er)?(?:chamber[ab])?$")
_MEETING_WORDS = re.compile(r"(?:of|de)(?:the|la)?([a-z]+?)(?:chamber[ab])?$")
_PART_WORDS = re.compile(R.RECORD_PART_WORDS)


def find_meeting(text: str) -> tuple[str, Span] | None:
    """The meeting number of a summary record ("Summary record of the 519th meeting",
    "COMPTE RENDU ANALYTIQUE DE LA 1835e SÉANCE", "the twenty-seventh meeting"): from the
    first title in the header that numbers it.  A footnote to a partial record names the
    record too, without a number ("* The summary record of the closed part of the meeting
    is issued as ..."), and may stand before the title: it is passed over."""
    for m in record_titles(text):
        value = _meeting_number(m.group("rest"))
        if value:
            return value, Span(m.start(), m.end())
    return None


def record_titles(text: str) -> Iterator[re.Match[str]]:
    """The record titles of the header up to their "meeting" or "séance", in text order;
    footnote lines passed over."""
    for m in _RECORD_TITLE.finditer(text, 0, RECORD_HEADER):
        if not _FOOTNOTE_LINE.match(text, text.rfind("\n", 0, m.start()) + 1):
            yield m


#: A footnote's line, opened by its marker ("* No summary record was drawn up for ...").
_FOOTNOTE_LINE = re.compile(r"[ \t]*[*†]")


def _meeting_number(rest: str) -> str | None:
    """The number in the words of a record title before "meeting" (" of the 519th "), or
    None when they number nothing (" of the closed part of the ")."""
    folded = _PART_WORDS.sub("", fold_letters(rest.replace("*", "")))
    number = _MEETING_NUMBER.search(folded)
    if number:
        return number.group(1)
    words = _MEETING_WORDS.search(folded)
    value = parse_ordinal(words.group(1)) if words else None
    return str(value) if value else None


_HELD = re.compile(rf"{D.HELD_RX}[^\n]{{0,160}}?(?:\s*\n[^\n]{{0,80}}?)?(?={DATE_RX.pattern})", _I)


def is_summary_record(text: str) -> bool:
    """True if the text is (an excerpt of) an official summary record."""
    return bool(_RECORD_TITLE.search(text, 0, RECORD_HEADER) or _HELD.search(text, 0, RECORD_HEADER))


# -------------------------------------------------------------------- dates
def find_record_date(text: str) -> tuple[str, Span] | None:
    """The meeting date of a summary record, from its "Held at ... on <date>" line, else
    from a date line right under its title (see :func:`_date_under_title`)."""
    held = _HELD.search(text, 0, RECORD_HEADER)
    if not held:
        return _date_under_title(text)
    m = DATE_RX.match(text, held.end())
    iso = date_of(m) if m else None
    return (iso, Span(m.start(), m.end())) if m and iso else None


#: Non-blank lines after a record's title its date line may be on (a "**" or "(Chamber A)"
#: line may come between).
TITLE_DATE_LINES = 3
#: What may open a date line: "le mardi 7 mai", "on Tuesday, 7 May".
_DATE_LINE_LEAD = re.compile(r"[ \t]*(?:(?:le|on)[ \t]+)?", _I)
#: The meeting's hour, closing a date line: ", at 3 p.m.", ", à 15 heures".
_MEETING_HOUR = re.compile(r",?[ \t]*(?:at|à)[ \t]+\d[^\n]{0,25}", _I)
_LINE_END = re.compile(r"[ \t.]*(?:\n|$)")


def _date_under_title(text: str) -> tuple[str, Span] | None:
    """The date of a record whose header has no "Held at" line: a line under its title
    that holds only the date and the hour ("Tuesday, 7 May 2002, at 3 p.m.").  The date
    must name the weekday or the hour: the issue date of the document ("10 May 2019",
    above the title) names neither."""
    title = find_meeting(text)
    for pos in _lines_after(text, title[1].end if title else RECORD_HEADER, TITLE_DATE_LINES):
        lead = _DATE_LINE_LEAD.match(text, pos)
        m = DATE_RX.match(text, lead.end() if lead else pos)
        hour = _MEETING_HOUR.match(text, m.end()) if m else None
        if m and (m.group("wd") or hour) and _LINE_END.match(text, hour.end() if hour else m.end()):
            iso = date_of(m)
            return (iso, Span(m.start(), m.end())) if iso else None
    return None


def _lines_after(text: str, pos: int, count: int) -> Iterator[int]:
    """The starts of the first ``count`` non-blank lines after the line of ``pos``, in the
    record's header."""
    for line in _NEXT_LINE.finditer(text, pos, RECORD_HEADER):
        if count == 0:
            return
        count -= 1
        yield line.end()


#: A line break and the blank lines after it, up to the next line's text.
_NEXT_LINE = re.compile(r"\n(?:[ \t]*\n)*")


_DATELINE = re.compile(
    # (a newswire's: "GENEVA, Switzerland, March 3, 2025/African Press Organization (APO)/",
    # "Geneva, April 7, 2024 - ", "GENEVA, 3 March 2025 (APO) -")
    rf"\b{D.DATELINE_PLACE_RX}(?:,\s+[A-Z][a-z]+(?=,))?(?:\s*\(\s*(?P<date>[^()\n]{{6,40}}?)\s*\)|"
    rf",\s+(?:le\s+)?(?P<date2>\d{{1,2}}(?:er)?\s+[^\W\d]+\.?\s+\d{{4}}|"
    rf"[A-Z][a-z]+\.?\s+\d{{1,2}},\s+\d{{4}}))(?:\s*\(APO\))?"
    # a dash or a slash after it, or the end of its line ("GENEVA, 9 May 2007" above the text)
    rf"(?:\s*[-–—/]|[ \t]*(?:\n|$))"
)
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b|\b((?:19|20)\d{2})(\d{2})(\d{2})\b")
_AFTER_DATE = re.compile(
    r"\s*(?:$|/|,?\s*\d{1,2}[:h.]\d{2}\b|[-–—|]"
    # the part of the day of a meeting's date line ("19 May 2008 (afternoon)")
    r"|\((?:morning|afternoon|evening|matin|après-midi|soir)\)\s*$"
    # a topic label after the date, as UN News prints it ("18 May 2022 Human Rights")
    r"|[ \t]+[A-Z][\w'’-]*(?:[ \t]+(?:and|of|&|[A-Z][\w'’-]*)){0,3}[ \t]*$)")


def find_release_date(text: str) -> tuple[str, Span] | None:
    """The date of a press release: a dateline "GENEVA (19 April 2017) –", else a date line
    of the header ("30 March 2023", "06 Juin 2003", "04/06/2004", "19960318")."""
    for m in _DATELINE.finditer(text, 0, RELEASE_HEADER):
        group = "date" if m.group("date") else "date2"
        inner = DATE_RX.fullmatch(m.group(group))
        iso = date_of(inner) if inner else None
        if iso:
            return iso, Span(m.start(group), m.end(group))
    line = _first_sentence_date(text) or _date_line(text) or _numeric_line(text)
    return (_yearless_dateline(text, line[0]) if line else None) or line or _lede_date(text)


#: The end of a sentence: the first one a release's text ends in the header zone.
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _first_sentence_date(text: str) -> tuple[str, Span] | None:
    """A date that is the text's first sentence, on a line of its own or opening the lede:
    "14 March 2016. The Committee today held ..." (only a title or page chrome, with no
    sentence end, may come before it)."""
    stop = _SENTENCE_STOP.search(text, 0, RELEASE_HEADER)
    if stop is None or stop.group()[0] != ".":
        return None
    line = text[text.rfind("\n", 0, stop.start()) + 1 : stop.start()]
    m = DATE_RX.match(text, stop.start() - len(line.lstrip(" \t")))
    iso = date_of(m) if m and m.end() == stop.start() else None
    return (iso, Span(m.start(), m.end())) if m and iso else None


#: The day written into the lede after "today": "a entamé aujourd'hui, lundi 3 mars 2025, à
#: Genève, ...", "opened today, Monday, 3 March 2025, ..." (probe t).
_TODAY_DATE = re.compile(
    rf"\b(?:today|this (?:morning|afternoon)|aujourd['’]hui|ce matin|cet après-midi)\s*,\s*"
    rf"(?:{D.WEEKDAY_RX},?\s+)?(?=\d)", re.IGNORECASE)


def _lede_date(text: str) -> tuple[str, Span] | None:
    """The date the lede gives to "today", in the release's header zone."""
    for today in _TODAY_DATE.finditer(text, 0, RELEASE_HEADER):
        m = DATE_RX.match(text, today.end())
        iso = date_of(m) if m else None
        if m and iso:
            return iso, Span(m.start(), m.end())
    return None


#: A dateline without the year: "NEW YORK, 31 March (UN Headquarters) --" (United Nations
#: Information Service reposts, under the repost's own date line).
_YEARLESS_DATELINE = re.compile(
    rf"^{D.DATELINE_PLACE_RX},\s+(?P<d>\d{{1,2}})\s+(?P<m>{D.MONTH_RX})"
    rf"(?:\s*\([^()\n]{{0,40}}\))?\s*[-–—]", re.MULTILINE | re.IGNORECASE)


def _yearless_dateline(text: str, page_date: str) -> tuple[str, Span] | None:
    """The release's own date from a yearless dateline, in the year of the page's date line
    (the year before when that would put the release after the page)."""
    m = _YEARLESS_DATELINE.search(text, 0, RELEASE_HEADER)
    month = D.MONTHS.get(fold_letters(m.group("m"))) if m else None
    if not m or not month:
        return None
    year = int(page_date[:4])
    iso = make_date(year, month, int(m.group("d")))
    if iso and iso > page_date:
        iso = make_date(year - 1, month, int(m.group("d")))
    return (iso, Span(m.start("d"), m.end("m"))) if iso else None


#: Four digits: every match of DATE_RX holds its year so.
_YEAR_DIGITS = re.compile(r"\d{4}")


#: The part of the day a release's date line may open with ("MORNING 25 September 2012",
#: "MATIN 29 septembre 2016"): the line is a bare date line all the same.
_MEETING_PART = re.compile(r"^\s*(?:morning|afternoon|evening|matin|après-midi|soir|soirée)\b",
                           re.IGNORECASE)


def _date_line(text: str) -> tuple[str, Span] | None:
    if _YEAR_DIGITS.search(text, 0, RELEASE_HEADER) is None:
        return None  # speed only: DATE_RX opens with \b and re.I, tried everywhere (0.15 ms)
    for m in DATE_RX.finditer(text, 0, RELEASE_HEADER):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        before = _MEETING_PART.sub("", text[line_start : m.start()]).strip(" \t/|•-–")
        after_ok = _AFTER_DATE.match(text[m.end() : line_end if line_end >= 0 else len(text)])
        caps_title = bool(before) and reads_as_headline(before)
        iso = date_of(m)
        if iso and (((not before or _DATE_LABEL.fullmatch(before)) and after_ok) or caps_title):
            return iso, Span(m.start(), m.end())
    return None


#: A label before a release's date on its line ("Published: 30 April 2024", "Publié le 30
#: avril 2024"; probe A).
_DATE_LABEL = re.compile(r"(?:published(?: on)?|issued(?: on)?|release date|date|publié le|"
                         r"date de publication|"
                         # the page's kind before its date: "Meeting summary | 3 October 2024"
                         # (probe l)
                         r"meeting summar(?:y|ies)|press releases?|news|communiqués? de presse|"
                         r"comptes? rendus? de séance)\s*:?", re.IGNORECASE)
#: A place before a numeric dateline ("Geneva, 16/11/1999"; probe K).
_DATELINE_PLACE = re.compile(r"[A-Z][a-zé]+(?: [A-Z][a-zé]+)?,\s*")


def _numeric_line(text: str) -> tuple[str, Span] | None:
    for m in _NUMERIC.finditer(text, 0, RELEASE_HEADER):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        raw = text[line_start : line_end if line_end >= 0 else len(text)]
        # a reposting site's list of page facts ("• 3/9/2023", "• 00:00", "• 28") writes the
        # month first, as US sites do: "3/9/2023" is 9 March
        bullet = raw.lstrip(" \t")[:1] == "•"
        line = raw.strip(" \t|•")
        place = _DATELINE_PLACE.match(line)
        # (or a stamp before the headline, as New York releases print it: "19990126
        # Committee Concludes Consideration of ...")
        headline = line[len(m.group()) + 1 :] if line.startswith(m.group() + " ") else ""
        stamp = bool(m.group(4)) and headline[:1].isupper()
        if line != m.group() and not (place and line[place.end():] == m.group()) and not stamp:
            continue
        if m.group(1):  # day first (UN style); month first if the day-first reading fails
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if bullet:
                day, month = month, day
            iso = make_date(year, month, day) or make_date(year, day, month)
        else:
            iso = make_date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        if iso:
            return iso, Span(m.start(), m.end())
    return None
