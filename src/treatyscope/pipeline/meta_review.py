"""Which State's report is reviewed: report mentions, meeting events and the next meeting.

A State is found only where the text names a report or a review of it ("the second
periodic report of Kyrgyzstan", "le premier rapport du Qatar", "Initial report of
Colombia", "The review of the United States of America"), never from a bare country
name, so lists of States in closings and debates do not produce one.  The one exception is
the State that a reposting site names after a summary record's title ("Summary record of
the 318th meeting : Uruguay. 14/05/97."), read when no agenda line names a report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from treatyscope.data import review_phrases as R
from treatyscope.data.countries import (
    PARTS_OF,
    country_name,
    english_names,
    fold,
    lookup_country,
    max_name_words,
)
from treatyscope.data.ordinals import NUMBER_WORDS
from treatyscope.model import DocumentSymbol, NextMeeting, Report, Span
from treatyscope.pipeline.meta_text import longest_ordinal_suffix, parse_ordinal, sentence_around
from treatyscope.pipeline.spans import finditer_words, first_at_word_start, lowered
from treatyscope.pipeline.symbols import is_addendum

_I = re.IGNORECASE
_TOKEN = re.compile(r"[\w'’\-]+|[(),]")
_GAP = re.compile(r"[ \t]*\n?[ \t]*")
_ARTICLE = re.compile(R.ARTICLE, _I)
_WORD = re.compile(r"[\w'’.-]+|,")
#: Characters scanned before a report noun for its ordinals ("combined fifteenth through
#: seventeenth periodic"): enough for four ordinal words and their joiners.
ORDINAL_LOOKBACK = 120
#: Characters after a State name in which the report's symbol is looked for: the agenda
#: line of a summary record puts "(continued)" and a treaty name before the symbols.
SYMBOL_LOOKAHEAD = 220


@dataclass(frozen=True, slots=True)
class StateName:
    """A State named in the text: its code, the name as written and where."""

    code: str
    name: str
    span: Span


@dataclass(frozen=True, slots=True)
class ReviewMention:
    """A phrase naming a State's report or review, with what it says of the report."""

    state: StateName
    span: Span
    report: Report | None
    is_list: bool
    earlier: bool = False  # "since its initial report of Chile in 2015"


@cache
def _review_rx() -> re.Pattern[str]:
    # (an elided "d'" is glued to the State: "le rapport initial d'Haïti")
    return re.compile(rf"(?:{R.REPORT_NOUN}|{R.REVIEW_NOUN}){R.STATE_LINK}(?:\s+|(?<=['’]))", _I)


#: A State reporting to the Committee, its name the subject: "Latvia was reporting to the
#: Committee for the first time today, presenting its combined first, second and third
#: reports" (a New York release whose lede names no "report of").
_REPORTING = re.compile(r"(?:reporting|appearing)\s+(?:to|before)\s+the\s+Committee\b", _I)
#: The State's own report later in the sentence: "presenting its combined ... reports".
_ITS_REPORT = re.compile(r"\b(?:presenting|introducing|submitting)\s+its\s+(?P<before>[^.;]{0,80}?)"
                         rf"(?P<noun>{R.REPORT_NOUN})", _I)


def _its_report(text: str, pos: int) -> Report | None:
    """The report a State reporting presents in the rest of its sentence, if it says."""
    end = text.find(".", pos)
    m = _ITS_REPORT.search(text, pos, end if end >= 0 else len(text))
    return parse_report(m.group("before"), m.group("noun")) if m else None


@cache
def _situation_rx() -> re.Pattern[str]:
    return re.compile(R.SITUATION_REVIEWED, _I)


#: The lower-cased words every match of REPORT_NOUN, and of REVIEW_NOUN, starts with.
REPORT_WORDS = ("report", "rapport")
REVIEW_WORDS = ("review", "examen", "outcome", "résultat", "resultat", "additional",
                "information", "human", "dialogue", "response", "replies", "reply", "answer",
                "réponse", "record")
#: The two spellings of "résultat" are found with one search (speed only).
_SHARED_WORDS = (("sultat", ("résultat", "resultat")),)


def state_at(text: str, pos: int) -> StateName | None:
    """The State whose name starts at ``pos`` (after an optional article), or None."""
    art = _ARTICLE.match(text, pos)
    start = art.end() if art else pos
    tokens: list[re.Match[str]] = []
    cursor = start
    while len(tokens) < max_name_words() + 2:
        m = _TOKEN.match(text, cursor)
        if not m:
            break
        tokens.append(m)
        gap = _GAP.match(text, m.end())
        cursor = gap.end() if gap else m.end()
    # a State's name is capitalised, but for the UN's "the former Yugoslav Republic of ..."
    if not tokens or not (tokens[0].group()[0].isupper() or tokens[0].group() == "former"):
        return None
    for n in range(len(tokens), 0, -1):
        last = tokens[n - 1].group()
        if last in {"(", ","} or (last == ")" and "(" not in {t.group() for t in tokens[:n]}):
            continue
        code = lookup_country(text[start : tokens[n - 1].end()])
        if code:
            return StateName(code, text[start : tokens[n - 1].end()], Span(start, tokens[n - 1].end()))
    return None


_LIST_NEXT = re.compile(rf"\s*(?:,|\band\b|\bet\b)\s*(?:,\s*)?(?:and\s+|et\s+)?(?:du\s+|des\s+|de\s+|d['’])?{R.ARTICLE}?", _I)


def _is_list(text: str, first: StateName) -> bool:
    """True if other States follow ``first`` after commas or "and" (a list of States);
    a State's own regions ("China, Hong Kong, China and Macao, China") do not count."""
    end = first.span.end
    own = {first.code, *(code for code, whole in PARTS_OF.items() if whole == first.code)}
    while (m := _LIST_NEXT.match(text, end)) and (nxt := state_at(text, m.end())):
        if PARTS_OF.get(nxt.code, nxt.code) not in own and nxt.code not in own:
            return True
        end = nxt.span.end
    return False


#: What joins a record's title to the State a reposting site names after it: " : ", " - ".
_TITLE_JOIN = re.compile(r"[ \t]*[:–—-][ \t]*")
#: What may follow that State: the title's stop, its date ("Uruguay 14/05/97") or symbol in
#: brackets, its end.
_TITLE_STATE_END = re.compile(r"[ \t]*(?:[.;,(]|\d{1,2}/\d{1,2}/\d{2,4}|\n|$)")


def state_after_title(text: str, end: int) -> StateName | None:
    """The one State named after a record's title that ends at ``end``, as reposting sites
    title a record ("Summary record of the 318th meeting : Uruguay. 14/05/97."); None for
    a list of States or any other words ("... meeting : Closure of the session")."""
    join = _TITLE_JOIN.match(text, end)
    state = state_at(text, join.end()) if join else None
    if state is None or _is_list(text, state) or not _TITLE_STATE_END.match(text, state.span.end):
        return None
    return state


def same_state(a: str, b: str) -> bool:
    """True if two codes are one State, a region counting as its State ("HKG", "CHN")."""
    return PARTS_OF.get(a, a) == PARTS_OF.get(b, b)


#: A list joiner before a capitalised word, where a list of States goes on ("Chile, Ghana",
#: "Nepal and Peru", "du Chili et du Ghana"); case-sensitive.
_JOINED = re.compile(r"(?:,|\s+(?:and|et))\s+(?:(?:the|la|le|les|du|des|de)\s+|[ld]['’]\s*)?[A-ZÀ-Ý]")


def find_state_list(text: str, start: int, end: int, skip: Sequence[Span] = ()) -> StateName | None:
    """The first State of a list of several States named between ``start`` and ``end``
    outside ``skip``: "Chile" in "to examine measures taken by Chile, Ghana and Peru"."""
    # (tried only where a State's name ends before a joiner: a name at every capitalised
    # word took 0.35 ms on 900 characters; the longest name there is read again, for the
    # "and" inside "Serbia and Montenegro")
    for joined in _JOINED.finditer(text, start, end):
        before = state_before(text, joined.start())
        if before is None or any(s.start <= before.span.start < s.end for s in skip):
            continue
        state = state_at(text, before.span.start)
        if state is not None and _is_list(text, state):
            return state
    return None


def find_review_mentions(text: str, start: int = 0, end: int | None = None) -> list[ReviewMention]:
    """Every report or review phrase that names a State, in text order: "the second
    periodic report of Kyrgyzstan", "le rapport de la Suède", "Malta's fourth report"."""
    stop = len(text) if end is None else end
    out = []
    for m in finditer_words(_review_rx(), text, REPORT_WORDS + REVIEW_WORDS, start, stop,
                            _SHARED_WORDS):
        state = state_at(text, m.end())
        if state is None:
            continue
        report = parse_report(_line_before(text, m.start()), m.group())
        span = Span(m.start(), state.span.end)
        earlier = _earlier_report(text, m) or bool(_EARLIER_AFTER.match(text, state.span.end))
        out.append(ReviewMention(state, span, report, _is_list(text, state), earlier))
    for m in finditer_words(_REPORTING, text, ("reporting", "appearing"), start, stop):
        state = _last_state_before(text, m.start())
        if state is None or state.span.end + 12 < m.start():
            continue  # the State must be the clause's subject, right before: "Peru was reporting"
        report = _its_report(text, m.end())
        out.append(ReviewMention(state, Span(state.span.start, m.end()), report, False))
    for m in finditer_words(_situation_rx(), text, ("reviewed", "examin", "considered"), start,
                            stop):
        if (_COUNCIL_EXAMINES.search(text, max(0, m.start() - 90), m.start())
                and not _UPR_WORDS.search(text, max(0, m.start() - 120), m.start())):
            continue  # the Council's dialogue on a situation reviews no State (the UPR does)
        state = state_at(text, m.end())
        if state is not None:
            out.append(ReviewMention(state, Span(m.start(), state.span.end), None,
                                     _is_list(text, state)))
    for m in finditer_words(_POSSESSIVE, text, _APOSTROPHES, start, stop):
        state = state_before(text, m.start())
        if state is None and _COUNTRY.search(text, max(0, m.start() - 12), m.start()):
            state = _last_state_before(text, m.start())  # "pressed Peru ... the country's report"
        if state is not None:
            report = parse_report(m.group("ords"), m.group("noun"))
            out.append(ReviewMention(state, Span(state.span.start, m.end()), report, False))
    for m in finditer_words(_REVIEWED_POSSESSIVE, text, _APOSTROPHES, start, stop):
        # "meeting to review Zambia's implementation of the Convention", "UN Reviews
        # Zambia's Disability Rights Record": a State reviewed without the word "report"
        state = state_before(text, m.start())
        if state is not None and _REVIEW_VERB_BEFORE.search(
                text, max(0, state.span.start - 30), state.span.start):
            out.append(ReviewMention(state, Span(state.span.start, m.end()), None, False))
    return sorted(out, key=lambda x: x.span)


#: The Council itself as the subject of a situation examined (not its UPR Working Group).
_COUNCIL_EXAMINES = re.compile(
    r"\b(?:(?:Human Rights )?Council|Conseil(?: des droits de l['’]homme)?|CONSEIL DES DROITS DE "
    r"L['’]HOMME)\b[^.;]{0,80}$", _I)
#: ... unless it is the Universal Periodic Review's Working Group that examines.
_UPR_WORDS = re.compile(r"Working Group|Groupe de travail|Universal Periodic|Examen périodique", _I)


#: What a review looks at in a State, by the possessive: "Zambia's implementation of the
#: Convention", "Zambia's (disability rights) record".
_REVIEWED_POSSESSIVE = re.compile(
    r"['’]s\s+(?:(?:[\w-]+\s+){0,3}?record\b|implementation\s+of\s+the\s+(?:Convention|Covenant)\b)",
    _I)
#: The verb of a review right before the State of :data:`_REVIEWED_POSSESSIVE`.
_REVIEW_VERB_BEFORE = re.compile(
    r"\b(?:reviews?|reviewed|reviewing|examines?|examined|examining|considers?|considered|"
    r"considering|assess(?:es|ed|ing)?)\s+(?:the\s+)?$", _I)


_POSSESSIVE = re.compile(
    rf"['’]s\s+(?P<ords>(?:[\w-]+,?\s+){{0,6}}?)(?P<noun>{R.REPORT_NOUN})\b", _I
)
#: What every match of ``_POSSESSIVE`` starts with: it is tried only there (speed only: a
#: search tried every position of the text, 0.1 ms on the sample).
_APOSTROPHES = ("'", "’")


#: "the country's" before a report noun: the State named before it in its sentence.
_COUNTRY = re.compile(r"\b(?:the|The)\s+country$")
_SENTENCE_START = re.compile(r"[.!?]\s|\n")


def _last_state_before(text: str, end: int) -> StateName | None:
    """The last State named in the sentence before ``end``, if any."""
    begin = max(0, end - 400)
    starts = [m.end() for m in _SENTENCE_START.finditer(text, begin, end)]
    begin = starts[-1] if starts else begin
    found = None
    for word in _WORD.finditer(text, begin, end):
        if word.group()[:1].isupper() and (state := state_before(text, word.end())):
            found = state
    return found


def state_before(text: str, end: int) -> StateName | None:
    """The State whose name ends at ``end`` ("Malta" in "Malta's report"), or None."""
    words = list(_WORD.finditer(text, max(0, end - 120), end))
    if not words or words[-1].end() != end:
        return None
    for n in range(min(len(words), max_name_words()), 0, -1):
        start = words[-n].start()
        art = _ARTICLE.match(text, start, end)
        start = art.end() if art else start
        code = lookup_country(text[start:end]) if text[start:start + 1].isupper() else None
        if code:
            return StateName(code, text[start:end], Span(start, end))
    return None


@cache
def _report_noun_rx() -> re.Pattern[str]:
    return re.compile(rf"{R.REPORT_NOUN}(?:{R.STATE_LINK}(?:\s+|(?<=['’])))?", _I)


def find_report_kind(text: str, code: str, skip: Sequence[Span] = (),
                     numbered: bool = False) -> Report | None:
    """The first report type and ordinal stated anywhere for ``code``'s report: a report
    phrase that names no State ("a présenté le cinquième rapport sur ...") or this one;
    with ``numbered``, the first that states an ordinal."""
    for m in finditer_words(_report_noun_rx(), text, REPORT_WORDS):
        if any(s.start <= m.start() < s.end for s in skip):
            continue
        other = state_at(text, m.end())
        if other is not None and (other.code != code or _EARLIER_AFTER.match(text, other.span.end)):
            continue
        if _earlier_report(text, m):
            continue
        report = parse_report(_line_before(text, m.start()), m.group())
        if report and report.type and (report.ordinal is not None or not numbered):
            return report
    return None


_EARLIER_BEFORE = re.compile(R.EARLIER_REPORT_BEFORE, _I)
_EARLIER_AFTER = re.compile(R.EARLIER_REPORT_AFTER, _I)
#: Characters before a report noun searched for "previous", "since" ...: the clause
#: "Since the consideration of the fourth periodic report" (the ordinal words included).
EARLIER_LOOKBACK = 60


def _earlier_report(text: str, m: re.Match[str]) -> bool:
    """True if the report named at ``m`` is one of an earlier cycle."""
    noun_end = m.start() + len(m.group().split()[0])
    before = text[max(0, m.start() - EARLIER_LOOKBACK) : m.start()]
    return bool(_EARLIER_BEFORE.search(before) or _EARLIER_AFTER.match(text, noun_end))


def _line_before(text: str, pos: int) -> str:
    """Up to :data:`ORDINAL_LOOKBACK` characters before ``pos`` on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text[max(line_start, pos - ORDINAL_LOOKBACK) : pos]


#: What an agenda line may say before the report: "Examination in the absence of the
#: second periodic report of Suriname", "Consideration of the ...", "Examen en l'absence du
#: rapport ...".
_AGENDA_LEAD = re.compile(
    r"^\s*(?:(?:Examination|Consideration)(?: in the absence)? of (?:the )?|"
    r"(?:Examen|Suite de l['’]examen)(?: en l['’]absence)? (?:du|de la|des|de l['’])\s?|"
    # the Committee's findings on the report, adopted at the meeting: "Conclusions and
    # recommendations concerning the third periodic report of Bulgaria", "Projet de
    # conclusions du Comité concernant le troisième rapport périodique de la Bulgarie"
    r"(?:Draft |Projet de )?(?:conclusions(?: and recommendations| et recommandations)?|"
    r"concluding observations|observations finales)(?: of the Committee| du Comité)? "
    r"(?:concerning|on|regarding|concernant|sur|relatives? (?:à|au|aux))\s(?:the\s|le\s|la\s|les\s|l['’])?)",
    re.IGNORECASE)


def starts_line(text: str, span: Span) -> bool:
    """True if only report ordinals and adjectives precede ``span`` on its line: an
    agenda item of a summary record ("Third periodic report of the Philippines")."""
    before = _AGENDA_LEAD.sub("", _line_before(text, span.start), count=1)
    words = [fold(w) or w for w in _WORD.findall(before)]
    return all(
        # (a cardinal is a part of a compound ordinal: "vingt et unième", "twenty-first")
        parse_ordinal(w) is not None or w in NUMBER_WORDS or w in R.REPORT_ADJECTIVES
        or w in R.INITIAL_WORDS
        or w in R.LIST_JOINERS or w in R.RANGE_JOINERS or w in R.COMBINED_LEAD
        or re.fullmatch(r"\d{1,2}|[a-z]", w)
        for w in words
    )


_PERIODIC_LAST = re.compile(r"(?<!universal )\bperiodic\s*$", _I)


def parse_report(before: str, phrase: str) -> Report | None:
    """Type and ordinals of a report from the words before its noun and the noun phrase.

    ("combined second and third periodic", "reports of") -> periodic, (2, 3);
    ("fifth to seventh", "reports of") -> periodic, (5, 6, 7); ("le premier", "rapport du")
    -> initial, 1.  None for a review phrase ("review of") or a bare "report of".
    """
    if not (re.match(R.REPORT_NOUN, phrase, _I) or (
            phrase[:6].lower() == "review" and _PERIODIC_LAST.search(before))):
        return None  # (a "third periodic review of Kenya" names the report it reviews)
    words = [fold(w) or w for w in _WORD.findall(before)]
    noun_words = {fold(w) for w in phrase.split()}
    initial = bool(noun_words & R.INITIAL_WORDS)
    periodic = any(w.startswith("periodique") for w in noun_words)
    ordinals, more = _ordinals_before(words)
    initial |= more["initial"]
    periodic |= more["periodic"]
    return _report_of(ordinals, initial, periodic)


#: The most words an ordinal is written in ("cent vingt et unième", "one hundred and first").
_ORDINAL_WORDS = 5


#: The report nouns an earlier report of a coordinated pair ends with.
_REPORT_NOUNS = frozenset({"report", "reports", "rapport", "rapports"})


def _ordinals_before(words: list[str]) -> tuple[list[int], dict[str, bool]]:
    """Ordinals read backwards from the report noun, with range joiners expanded."""
    values: list[int] = []
    flags = {"initial": False, "periodic": False}
    pending_range = False
    i = len(words)
    while i > 0:
        i -= 1
        word = words[i]
        value = 1 if word in R.INITIAL_WORDS else parse_ordinal(word)
        if value is not None and word not in R.INITIAL_WORDS:
            # an ordinal of several words: "vingt et unième", "twenty first"
            found = longest_ordinal_suffix(words[max(0, i - _ORDINAL_WORDS + 1) : i + 1])
            if found is not None:
                value, n = found
                i -= n - 1
        flags["initial"] |= word in R.INITIAL_WORDS
        if word in R.REPORT_ADJECTIVES:
            flags["periodic"] |= word.startswith("periodi")
        elif value is not None:
            values[:0] = range(value, values[0]) if pending_range and values else [value]
            pending_range = False
        elif values and word in R.RANGE_JOINERS and not pending_range:
            pending_range = True
        elif values and word in ("les", "le", "the") and not pending_range:
            continue  # "le rapport initial et les deuxième et troisième rapports"
        elif (values and word in _REPORT_NOUNS and i + 1 < len(words)
              and words[i + 1] in R.LIST_JOINERS):
            continue  # "the initial report and the second periodic report": both reports
        elif not (values and word in R.LIST_JOINERS):
            break
    return sorted(set(values)), flags


def _report_of(ordinals: list[int], initial: bool, periodic: bool) -> Report | None:
    """Report of these ordinals: one ordinal is an int, a combined report a tuple."""
    if initial and not ordinals:
        return Report("initial", 1)
    if not ordinals:
        return Report("periodic") if periodic else None
    ordinal: int | tuple[int, ...] = ordinals[0] if len(ordinals) == 1 else tuple(ordinals)
    return Report("initial" if ordinals == [1] else "periodic", ordinal)


_CLAUSE_END = re.compile(r"\.\s|\n\s*\n")


#: Symbol types of what a dialogue reviews: a report, or a State's additional information
#: (CED, article 29 (4)).
REVIEWED_TYPES = ("report", "additional_information")


def report_symbol(text: str, state: StateName, symbols: Sequence[DocumentSymbol]) -> str | None:
    """The first report symbol written right after a mention of ``state`` ("(CMW/C/KGZ/2)",
    or an old-style addendum there: "Third periodic report of Israel (CAT/C/54/Add.1)")."""
    window = Span(state.span.end, state.span.end + SYMBOL_LOOKAHEAD)
    stop = _CLAUSE_END.search(text, window.start, window.end)
    limit = stop.start() if stop else window.end
    for sym in symbols:
        if not window.start <= sym.span.start < limit:
            continue
        if ((sym.doc_type in REVIEWED_TYPES and (sym.country is None or of_state(sym, state.code)))
                or is_addendum(sym)):
            return sym.symbol
    return None


def of_state(symbol: DocumentSymbol, code: str) -> bool:
    """True when a document symbol is the State's, or its region's under the State that
    reports for it ("CCPR/C/CHN-HKG/4" for Hong Kong, China)."""
    if symbol.country == code:
        return True
    return PARTS_OF.get(code) == symbol.country and f"{symbol.country}-{code}" in symbol.symbol


def display_name(state: StateName) -> str:
    """The State's name as written if it is English (and not in capitals), else its UN
    English short name."""
    official = country_name(state.code)
    if official and fold(state.name) == fold(official):
        return official  # "Bénin", "BENIN": the English name but for accents or case
    if fold(state.name) in english_names() and not state.name.isupper():
        return state.name
    return official or state.name


# ------------------------------------------------------------- meeting kind
@cache
def _event_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    session = re.compile("|".join(f"(?:{p})" for p in R.SESSION_EVENT), _I)
    other = re.compile("|".join(f"(?:{p})" for p in R.OTHER_EVENT), _I)
    return session, other


#: Only for speed: every match of the SESSION_EVENT patterns holds "session", and every
#: match of the OTHER_EVENT ones one of the others ("bat": débat, debate; "union":
#: réunion), in any case.  A zone without them is not scanned: the patterns open with
#: ``\b`` and re.IGNORECASE, so they are tried at every position (0.15 ms on 900 chars).
_EVENT_WORDS = (("session",), ("meeting", "bat", "dialogue", "discussion", "union"))


def find_event(text: str, zone: Span, skip: Sequence[Span] = ()) -> str | None:
    """"session" (an opening or closing) or "other" (a meeting that reviews no State) if the
    opening ``zone`` says so outside the ``skip`` spans (next-meeting sentences), else None."""
    # lowered() keeps offsets and is None for a text with a letter re.I folds otherwise
    low = lowered(text)
    kinds = zip(("session", "other"), _event_rx(), _EVENT_WORDS, strict=True)
    for kind, rx, words in kinds:
        if low is not None and all(low.find(w, zone.start, zone.end) < 0 for w in words):
            continue  # speed only: no match can lie in the zone
        for m in rx.finditer(text, zone.start, zone.end):
            if not any(s.start <= m.start() < s.end for s in skip):
                return kind
    return None


# ------------------------------------------------------------- next meeting
@cache
def _next_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cue = re.compile("|".join(f"(?:{p})" for p in R.NEXT_MEETING), _I)
    when = re.compile(
        rf"{R.NEXT_MEETING_VERB}(?:{R.RESUMED_WORK})?\s*,?\s*(?:{R.NEXT_MEETING_PLACE})?"
        rf"(?:(?:at|on|le|à)\s+)?(?P<when>.+?){R.NEXT_MEETING_PURPOSE}", _I
    )
    return cue, when


@cache
def _next_rare_rx() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in R.NEXT_MEETING_RARE), _I)


@cache
def _next_cue_bare() -> re.Pattern[str]:
    """The next-meeting cue for lower-cased text, without the ``\\b`` each alternative
    opens with (see :func:`find_next_meeting_sentence`)."""
    return re.compile("|".join(f"(?:{p[2:]})" for p in R.NEXT_MEETING))


def find_next_meeting_sentence(text: str, sentences: Sequence[Span] = ()) -> Span | None:
    """The sentence that announces the committee's next meeting, or None."""
    # Only for speed: the re.IGNORECASE cue opens with \b, which made its search try every
    # position (0.13 ms to offset 5,200 on the sample); its lower-case form without \b is
    # searched in the lower-cased text (offsets kept), each hit kept at a word boundary.
    low = lowered(text)
    if low is None:
        m = _next_rx()[0].search(text)
    else:
        m = first_at_word_start(_next_cue_bare(), low, text)
    if m is None:
        m = _next_rare_rx().search(text)  # "The CMW will next meet ..."
    if m is None:
        return None
    sentence = sentence_around(text, m.start(), sentences)
    while _PROGRAMME.search(text, sentence.start, sentence.end):
        # the session's programme, not the next meeting: a later announcement, or none
        m = _next_rx()[0].search(text, sentence.end)
        if m is None:
            return None
        sentence = sentence_around(text, m.start(), sentences)
    return sentence


_PROGRAMME = re.compile(R.SESSION_PROGRAMME, re.IGNORECASE)


#: The time of the next meeting written before its subject: "Demain matin, à 10 heures, le
#: Comité entamera ...", "On Monday, 3 October, at 3 p.m., the Committee will ...".
_WHEN_FIRST = re.compile(
    r"\s*(?P<when>[^.;]{3,60}?),\s+(?:le|la|the)\s+(?:Comité|Committee|Conseil|Council)\b")


#: Documents a Committee reviews in a dialogue with a State.
_REVIEWED_DOCUMENTS = frozenset({"report", "additional_information"})


#: The answers a Committee will hear next: "to hear the response of Georgia to questions
#: raised by Experts", "the replies of the delegation of Chile" (releases of the 2000s that
#: covered a dialogue's first meeting).
_ANSWERS_OF = re.compile(
    r"\b(?:responses?|replies|reply|answers?)\s+(?:of|from)\s+(?:the\s+delegation\s+of\s+)?|"
    # ... or the State it reviews, named after the verb: "to review Ghana" (the Working
    # Group of the Universal Periodic Review, probe i)
    r"\bto\s+(?:review|consider|examine)\s+(?=[A-Z]|the\s+[A-Z])", _I)


def _answers_of(text: str, sentence: Span) -> StateName | None:
    """The State whose answers the next meeting hears, if ``sentence`` says so."""
    for m in _ANSWERS_OF.finditer(text, sentence.start, sentence.end):
        state = state_at(text, m.end())
        if state is not None:
            return state
    return None


#: The sentence after a next meeting's that says what it will review: "It will then take
#: up the second report of Malta.", "Le Comité devrait à cette occasion examiner le rapport
#: du Belize."
_THEN_REVIEWS = re.compile(
    r"\s*(?:It|Il|The Committee|Le Comité)\s+(?:will|would|is\s+(?:due|scheduled)\s+to|devrait|"
    r"doit|examinera|entamera)\b[^.;]{0,60}?\b(?:take\s+up|consider|review|examine|examiner|"
    r"examinera|entamera|entamer|begin|start)\b")


def next_meeting_follow_up(text: str, sentence: Span) -> Span | None:
    """The sentence after the next meeting's ``sentence`` that says what it will review
    (:data:`_THEN_REVIEWS`), or None."""
    m = _THEN_REVIEWS.match(text, sentence.end)
    if m is None:
        return None
    after = sentence_around(text, m.end() - 1)
    return Span(m.end(), after.end)


def _then_reviewed(text: str, sentence: Span) -> ReviewMention | None:
    """The State of the report the next meeting takes up, named in the sentence after it."""
    after = next_meeting_follow_up(text, sentence)
    if after is None:
        return None
    mentions = [x for x in find_review_mentions(text, after.start, after.end) if not x.is_list]
    return mentions[0] if mentions else None


def find_next_meeting(
    text: str, sentence: Span, symbols: Sequence[DocumentSymbol]
) -> NextMeeting:
    """State, report and time of the next meeting announced in ``sentence``."""
    _, when_rx = _next_rx()
    when = when_rx.search(text, sentence.start, sentence.end)
    when_span = Span(when.start("when"), when.end("when")) if when else None
    if when_span is None and (lead := _WHEN_FIRST.match(text, sentence.start, sentence.end)):
        when_span = Span(lead.start("when"), lead.end("when"))  # "Lundi 3 octobre, à 15 heures, le Comité"
    mentions = [m for m in find_review_mentions(text, sentence.start, sentence.end) if not m.is_list]
    mention = mentions[0] if mentions else None
    inside = [s for s in symbols if sentence.start <= s.span.start < sentence.end]
    found = next((s for s in inside if s.doc_type in _REVIEWED_DOCUMENTS), None)
    symbol = found.symbol if found else None
    if symbol is None and mention is not None:  # an old-style addendum: "(E/1990/6/Add.36)"
        symbol = report_symbol(text, mention.state, inside)
    # no "report of X" wording ("the additional information submitted by Colombia"): the
    # State of the document reviewed
    code = mention.state.code if mention else found.country if found else None
    if code is None and (heard := _answers_of(text, sentence)) is not None:
        mention = ReviewMention(heard, heard.span, None, False)  # "the response of Georgia"
        code = heard.code
    if code is None and (then := _then_reviewed(text, sentence)) is not None:
        mention, code = then, then.state.code  # "... at 10 a.m. It will take up ..."
    name = display_name(mention.state) if mention else country_name(code) if code else None
    return NextMeeting(
        state_party=name,
        state_party_code=code,
        report_symbol=symbol,
        report_type=mention.report.type if mention and mention.report else None,
        when_text=when_span.slice(text) if when_span else None,
        span=when_span or sentence,
    )


#: A report named with an anaphor for its State: "as it took up that country's fifth
#: periodic report", "le rapport présenté par ce pays au titre de la Convention".
_ANAPHORIC_REPORT = re.compile(
    r"\b(?:that|this)\s+country['’]s\s+(?P<before>(?:[\w-]+,?\s+){0,6}?)(?P<noun>reports?)\b|"
    r"\b(?P<fr>rapports?(?:\s+p[ée]riodiques?|\s+initial)?)\s+(?:présentés?|soumis)\s+par\s+"
    r"ce\s+pays\b", _I)
#: A capitalised word, where a State's name may start.
_CAPITAL = re.compile(r"\b[A-ZÀ-Ý]")


def anaphoric_review(text: str, end: int, skip: Sequence[Span] = ()) -> ReviewMention | None:
    """The report a text names only by an anaphor for its State ("that country's fifth
    periodic report", "présenté par ce pays"), before ``end``: of the one State its
    sentence names before it, else of the one State named before that sentence (the
    headline, the lede).  None when there are none, or several."""
    m = _ANAPHORIC_REPORT.search(text, 0, end)
    if m is None or any(s.start <= m.start() < s.end for s in skip):
        return None
    start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    state = _one_state(text, start, m.start(), skip) or _one_state(text, 0, start, skip)
    if state is None:
        return None
    report = (parse_report(m.group("before"), m.group("noun")) if m.group("noun")
              else parse_report("", m.group("fr")))
    return ReviewMention(state, Span(m.start(), m.end()), report, False)


def _one_state(text: str, start: int, end: int, skip: Sequence[Span]) -> StateName | None:
    """The State named between ``start`` and ``end`` (outside ``skip``), if only one is."""
    found: dict[str, StateName] = {}
    for m in _CAPITAL.finditer(text, start, end):
        if any(s.start <= m.start() < s.end for s in skip):
            continue
        state = state_at(text, m.start())
        if state is not None and state.span.end <= end:
            found.setdefault(state.code, state)
    return next(iter(found.values())) if len(found) == 1 else None
