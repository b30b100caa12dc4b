"""Review metadata: committee, State party, report, session, date, next meeting, symbols.

The finders live in small modules that tests call directly: :mod:`.symbols` (UN document
symbols), :mod:`.meta_header` (committee, session, meeting number, date),
:mod:`.meta_review` (the State whose report is reviewed, the report, the next meeting) and
:mod:`.meta_delegation` (the delegation's composition).  This module only decides between
what they find and writes the :class:`~treatyscope.model.Metadata` record, with a coded
notice for everything it expected and could not find:

* W100 no committee or treaty body named: this may not be a meeting summary
* W101 the text reviews a State's report but no State party was recognised
* W102 a State party was found but not the type or number of its report (treaty bodies)
* W103 summary record without a session number
* W104 summary record without the date of the meeting
* W105 summary record without a meeting number
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from treatyscope.data.committees import BODIES, PROTOCOL_TREATIES
from treatyscope.data.countries import country_name
from treatyscope.data.review_phrases import REPORT_HINT
from treatyscope.model import DocumentSymbol, Metadata, Notice, Report, Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.meta_delegation import find_delegation_composition
from treatyscope.pipeline.meta_header import (
    RECORD_HEADER,
    find_committee,
    find_meeting,
    find_record_date,
    find_release_date,
    find_session,
    is_summary_record,
    record_titles,
)
from treatyscope.pipeline.meta_review import (
    REVIEWED_TYPES,
    ReviewMention,
    anaphoric_review,
    display_name,
    find_event,
    find_next_meeting,
    find_next_meeting_sentence,
    find_report_kind,
    find_review_mentions,
    find_state_list,
    next_meeting_follow_up,
    of_state,
    report_symbol,
    same_state,
    starts_line,
    state_after_title,
)
from treatyscope.pipeline.meta_text import sentence_around
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.sentences import cut_sentence
from treatyscope.pipeline.spans import lines
from treatyscope.pipeline.symbols import find_symbols

#: The opening of a release in which a session opening or closing, or a meeting that
#: reviews no State, is announced: the title and first sentence.  The corpus texts say so
#: before offset 520; 900 leaves room for longer chrome and a subtitle.
EVENT_WINDOW = 900
_REPORT_HINT = re.compile(REPORT_HINT, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ReviewFound:
    """The State whose report the text reviews, and that report."""

    state: str
    code: str
    report: Report | None


def review_mentions(text: str, skip: Sequence[Span], record: bool) -> list[ReviewMention]:
    """The report phrases outside ``skip``; in a summary record only its agenda lines."""
    return [
        m for m in find_review_mentions(text)
        if not any(s.contains(m.span) for s in skip) and (not record or starts_line(text, m.span))
    ]


def reviews_several(
    text: str, mentions: Sequence[ReviewMention], skip: Sequence[Span], record: bool,
    sentences: Sequence[Span] = (),
) -> bool:
    """True if the text reviews several States, not one: its first report phrase lists
    them ("the reports of Chile and Peru"), its sentence names another State's report
    ("the initial report of Fiji and the periodic reports of Chile, Peru and Ghana"), or,
    outside summary records, a list of States comes first in the opening ("will examine
    measures taken by Chile, Ghana and Peru. ... Peru's fifth report")."""
    first = mentions[0] if mentions else None
    if first is not None and (first.is_list or _another_state_beside(text, mentions, sentences)):
        return True
    if record:
        return False
    end = min(len(text), EVENT_WINDOW, first.span.start if first else len(text))
    listed = find_state_list(text, 0, end, skip)
    if listed is None or first is None:
        return listed is not None
    # a preview lists the State of its first report phrase among the others; a review of
    # one State may list the others of the session without it ("Viet Nam is one of the
    # eight countries presenting reports ... (The others are: Andorra, Guinea, ...)")
    stop = _LIST_END.search(text, listed.span.end)
    return first.state.name in text[listed.span.start : stop.start() if stop else len(text)]


#: Where a list of States ends: its clause or bracket closes.
_LIST_END = re.compile(r"[.;:)\n]")


def _another_state_beside(
    text: str, mentions: Sequence[ReviewMention], sentences: Sequence[Span]
) -> bool:
    """True if the first mention's sentence names the report of another State too (a
    report of an earlier cycle, or the State's own region, does not count)."""
    first = mentions[0]
    sentence = sentence_around(text, first.span.start, sentences)
    return any(
        m.span.start < sentence.end and not m.earlier and not same_state(m.state.code, first.state.code)
        for m in mentions[1:]
    )


def choose_review(
    text: str, mentions: Sequence[ReviewMention], symbols: Sequence[DocumentSymbol],
    skip: Sequence[Span], record: bool,
) -> ReviewFound | None:
    """The reviewed State of a text that reviews no more than one (see
    :func:`reviews_several`): named by the first of ``mentions`` (its report phrases),
    unless the text opens or closes a session or reports a meeting that reviews no State."""
    zone = Span(0, min(len(text), EVENT_WINDOW))
    if not mentions:
        if record:
            # an agenda line broken by extraction ("Combined sixth and seventh periodic
            # report s of Bangladesh"): the State's report symbols, if all are of one State
            return _by_symbol(symbols, skip)
        if find_event(text, zone, skip):
            return None
        # "that country's fifth periodic report": the State named before it
        mentions = [m] if (m := anaphoric_review(text, zone.end, skip)) else []
        if not mentions:
            return _by_symbol(symbols, skip)
    if not record and (event := find_event(text, zone, skip)) and not (
            event == "other" and _REVIEW_BEGUN.search(text, max(0, mentions[0].span.start - 100),
                                                      mentions[0].span.start)):
        # (a meeting with NGOs before the review the release reports goes on: "held a
        # meeting with non-governmental organizations. In the afternoon, it began its
        # consideration of the third periodic report of Uzbekistan", probe z)
        return None
    first = mentions[0].state
    same = [m for m in mentions if m.state.code == first.code and not m.is_list]
    return ReviewFound(display_name(first), first.code, _merged_report(text, same, symbols, skip))


#: The review of the report named next is under way: "began its consideration of the
#: third periodic", "a entamé l'examen du rapport".
_REVIEW_BEGUN = re.compile(
    r"\b(?:(?:began|begins|opened|opens|started|starts|commenced|continued|concluded|concludes)"
    r"\s+(?:its\s+|the\s+)?(?:consideration|review|examination)\s+of\s+(?:the\s+)?|"
    r"(?:entamé|commencé|ouvert|poursuivi|achevé|entame|commence|poursuit|achève)\s+"
    r"l['’]examen\s+(?:du|de\s+la|de\s+l['’]|des)\s*)(?:[\w-]+\s+){0,4}$")


def _by_symbol(symbols: Sequence[DocumentSymbol], skip: Sequence[Span]) -> ReviewFound | None:
    """The State of the report symbols when no phrase names the reviewed State in words a
    reader can match ("est saisi du troisième rapport ... (E/C.12/BEN/3)" with the name
    garbled): only when every report symbol outside ``skip`` is of one State."""
    found = [s for s in symbols if s.doc_type in REVIEWED_TYPES and s.country
             and not any(k.contains(s.span) for k in skip)]
    codes = {s.country for s in found if s.country}
    if len(codes) != 1:
        return None
    code = codes.pop()
    name = country_name(code)
    # (its type and ordinal read off the symbol: "CEDAW/C/BGD/6-7", combined sixth and seventh)
    report = replace(_report_from_symbol(found[0].symbol) or Report(), symbol=found[0].symbol)
    return ReviewFound(name, code, report) if name else None


def _by_title(text: str, symbols: Sequence[DocumentSymbol], skip: Sequence[Span]) -> ReviewFound | None:
    """The State a record's title names when no agenda line names its report: reposting
    sites title a record "Summary record of the 318th meeting : Uruguay. 14/05/97."."""
    state = next((s for t in record_titles(text) if (s := state_after_title(text, t.end()))), None)
    if state is None:
        return None
    mention = ReviewMention(state, state.span, None, False)
    return ReviewFound(display_name(state), state.code, _merged_report(text, [mention], symbols, skip))


def _merged_report(
    text: str, mentions: Sequence[ReviewMention], symbols: Sequence[DocumentSymbol],
    skip: Sequence[Span],
) -> Report | None:
    """Type and ordinal from the first mention that states them; symbol from the first
    mention followed by one, else the first report symbol with the State's code."""
    code = mentions[0].state.code
    # "le rapport périodique présenté par le Sénégal" in the lede names no ordinal; "les
    # troisième à septième rapports périodiques" further on does: a numbered phrase wins
    said = [m.report for m in mentions if m.report and m.report.type and not m.earlier]
    typed = (_fullest([r for r in said if r.ordinal is not None])
             or find_report_kind(text, code, skip, numbered=True)
             or next(iter(said), None) or find_report_kind(text, code, skip))
    symbol = next((s for m in mentions if (s := report_symbol(text, m.state, symbols))), None)
    symbol = symbol or next(
        (s.symbol for s in symbols if s.doc_type in REVIEWED_TYPES and of_state(s, code)
         and not any(k.contains(s.span) for k in skip)),
        None,
    )
    if typed is None and symbol is None:
        return None
    reported = any(s.symbol == symbol and s.doc_type == "report" for s in symbols)
    if (typed is None or typed.type is None) and reported:
        # additional information is numbered too ("CED/C/MEX/AI/2"), but is no report
        typed = _report_from_symbol(symbol) or typed
    return Report(typed.type if typed else None, typed.ordinal if typed else None, symbol)


def _fullest(numbered: list[Report]) -> Report | None:
    """The first numbered report, or a later combined one that holds its number: a
    headline's "FIRST REPORT" is the body's "initial, second and third combined report"."""
    if not numbered:
        return None
    first = numbered[0]
    return next((r for r in numbered[1:] if isinstance(r.ordinal, tuple)
                 and isinstance(first.ordinal, int) and first.ordinal in r.ordinal), first)


_REPORT_NUMBER = re.compile(r"/(\d{1,2})(?:-(\d{1,2}))?$")


def _report_from_symbol(symbol: str | None) -> Report | None:
    """Type and ordinal read off a report symbol when the text names neither ("the report
    submitted by Zambia under article 29 (1) of the Convention (CED/C/ZMB/1)"): the last
    part numbers the report, "2-3" a combined report."""
    m = _REPORT_NUMBER.search(symbol or "")
    if m is None:
        return None
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    if not 0 < first <= last:
        return None
    ordinal: int | tuple[int, ...] = first if first == last else tuple(range(first, last + 1))
    return Report("initial" if first == 1 == last else "periodic", ordinal, None)


def find_metadata(
    text: str, sentences: Sequence[Span] = (), *, record: bool | None = None,
    boilerplate: Sequence[Span] = (),
) -> tuple[Metadata, list[Notice]]:
    """Every metadata field of ``text``, and notices for what was expected and not found.

    ``record`` says whether the text is a summary record; the stage passes the detect
    stage's decision, and a direct caller may leave it to the header test here.
    ``boilerplate`` (the clean stage's spans): its page chrome is never read.
    """
    if record is None:
        record = is_summary_record(text)
    meeting = find_meeting(text) if record else None
    symbols = find_symbols(text, meeting[0] if meeting else None)
    next_sentence = find_next_meeting_sentence(text, sentences)
    chrome = chrome_lines(text, boilerplate)
    follow_up = next_meeting_follow_up(text, next_sentence) if next_sentence else None
    skip = [s for s in (next_sentence, follow_up) if s is not None] + chrome
    committee = find_committee(text, symbols, chrome)
    body = BODIES.get(committee.code) if committee else None
    mentions = review_mentions(text, skip, record)
    several = reviews_several(text, mentions, skip, record, sentences)
    review = None if several else choose_review(text, mentions, symbols, skip, record)
    if review is None and record and not mentions:
        review = _by_title(text, symbols, skip)
    date = find_record_date(text) if record else find_release_date(text)
    composition = find_delegation_composition(text)
    unique = _unique(symbols)
    meta = Metadata(
        committee=body.name if body else None,
        committee_code=body.code if body else None,
        treaty=_treaty(body.treaty if body else None, review.report if review else None),
        state_party=review.state if review else None,
        state_party_code=review.code if review else None,
        report=review.report if review else None,
        session=find_session(text, chrome),
        date=date[0] if date else None,
        meeting=meeting[0] if meeting else None,
        next_meeting=find_next_meeting(text, next_sentence, symbols) if next_sentence else None,
        delegation_composition=tuple(s.slice(text) for s in composition),
        delegation_composition_spans=tuple(composition),
        document_symbols=tuple(s.symbol for s in unique),
        document_symbol_spans=tuple(s.span for s in unique),
        symbols=tuple(symbols),
    )
    return meta, notices_for(meta, text, record, skip, several)


def _treaty(treaty: str | None, report: Report | None) -> str | None:
    """The committee's treaty, or the optional protocol the report is made under (its
    symbol says so: "CRC/C/OPSC/PHL/2")."""
    parts = report.symbol.split("/") if report and report.symbol else []
    return next((PROTOCOL_TREATIES[p] for p in parts if p in PROTOCOL_TREATIES), treaty)


def chrome_lines(text: str, boilerplate: Sequence[Span]) -> list[Span]:
    """The lines of ``boilerplate`` that are page chrome: those that do not end like a
    sentence (a "Related" headline "... Opens Eighty-Seventh Session", a tag, a date line).
    The release's own boilerplate sentences are read: "Documents and reports related to the
    Committee's thirty-seventh session can be found here." names the session."""
    return [
        line for span in boilerplate for line in lines(text, span.start, span.end)
        if text[line.end - 1] not in ".!?"
    ]


def _unique(symbols: Sequence[DocumentSymbol]) -> list[DocumentSymbol]:
    """First occurrence of each symbol, in text order."""
    seen: set[str] = set()
    out = []
    for sym in symbols:
        if sym.symbol not in seen:
            seen.add(sym.symbol)
            out.append(sym)
    return out


def notices_for(
    meta: Metadata, text: str, record: bool, skip: Sequence[Span], several: bool = False
) -> list[Notice]:
    """Coded notices for the metadata that a text of this kind should state and does not
    (``several``: the text reviews several States, so it names no one State party)."""
    out = []
    if meta.committee_code is None:
        out.append(Notice("W100", "no committee or treaty body named: this may not be a meeting summary"))
    hint = next((m for m in _REPORT_HINT.finditer(text) if not any(s.start <= m.start() < s.end for s in skip)), None)
    zone = Span(0, min(len(text), RECORD_HEADER if record else EVENT_WINDOW))
    if meta.state_party_code is None and hint and not several and not find_event(text, zone, skip):
        out.append(Notice(
            "W101", "a report is reviewed but no State party was recognised",
            Span(hint.start(), hint.end()),
        ))
    reports_ordinals = meta.committee_code not in (None, "HRC")  # UPR reports have no ordinal
    if meta.state_party_code and reports_ordinals and (meta.report is None or meta.report.type is None):
        out.append(Notice("W102", f"no report type or number found for {meta.state_party}"))
    if record:
        for code, value, what in (
            ("W103", meta.session, "session number"),
            ("W104", meta.date, "date of the meeting"),
            ("W105", meta.meeting, "meeting number"),
        ):
            if value is None:
                out.append(Notice(code, f"summary record without a {what}"))
    return out


@stage(
    "metadata",
    requires=("boilerplate", "sections", "sentences", "participants", "source.format"),
    assigns=("metadata",),
)
def metadata(review: Review, options: AnalyzeOptions) -> Review:
    """Review metadata: committee, State party, report, session, date, next meeting, symbols."""
    record = review.source.format == "summary-record"
    # A sentence the text stops in the middle of is not read: a symbol, a name or a list
    # cut short there ("... composée de représentants du Ministère de") would be wrong.
    cut = cut_sentence(review.text, review.sentences)
    end = cut.start if cut else len(review.text)
    meta, notices = find_metadata(
        review.text[:end],
        tuple(s for s in review.sentences if s.end <= end),
        record=record,
        boilerplate=[Span(b.start, min(b.end, end)) for b in review.boilerplate if b.start < end],
    )
    return replace(review, metadata=meta, notices=review.notices + tuple(notices))
