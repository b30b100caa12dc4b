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
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import cast

from treatyscope.data.claim_words import CHANGE_VERBS, NUMBERED_TEXTS
from treatyscope.data.claim_years import (
    AUXILIARY_BEFORE,
    BASE_BEFORE,
    BASE_BEFORE_ENDS,
    BASE_BEFORE_IN,
    CONTINUATION,
    DATA_SOURCE_AFTER,
    DATE_LEAD,
    DATE_LEAD_ENDS,
    DATED_NAME_BEFORE,
    EVENT_BEFORE,
    FULL_DATE,
    FUTURE,
    HEAD_CHARS,
    LABEL_AFTER,
    LABEL_BEFORE,
    MONTHS,
    NAME_AFTER,
    NAME_BEFORE,
    OPENING_DATE,
    RELATIVE,
    SEVERAL_YEARS,
    SHORT_YEAR_JOIN,
    TARGET_BEFORE,
    TARGET_BEFORE_ENDS,
    YEAR,
    YEAR_BEFORE_AFTER,
    YEAR_JOIN,
)
from treatyscope.data.numbers import EN_UNITS, FR_UNITS
from treatyscope.model import Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.claim_scan import letter_classes, lower_twin, lowered
from treatyscope.pipeline.spans import new_span

_MAY_BE_RELATIVE = re.compile(r"year|anné|\ban\b", re.I)
#: FUTURE and CONTINUATION for lower-cased text (see claim_scan.lower_twin): faster.
_FUTURE_LOWER = lower_twin(FUTURE)
_CONTINUATION_LOWER = lower_twin(CONTINUATION)
#: The case-insensitive rules of _kind and relative_year, and their twins (or None).
_KIND_RULES = (DATE_LEAD, NAME_BEFORE, LABEL_BEFORE, BASE_BEFORE, TARGET_BEFORE)
_RELATIVE_RULES = (_MAY_BE_RELATIVE, *(pattern for pattern, _ in RELATIVE))


def _twins(rules: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...] | None:
    twins = tuple(lower_twin(rule) for rule in rules)
    return None if None in twins else cast(tuple[re.Pattern[str], ...], twins)


_KIND_TWINS = _twins(_KIND_RULES)
_RELATIVE_TWINS = _twins(_RELATIVE_RULES)
#: What every match of a RELATIVE rule writes one of, in lower case ("this year", "cette
#: année", "l'an dernier"): in lower-cased text without any, no rule matches (speed).
_RELATIVE_WORDS = ("year", "année", "l'an", "l’an", "il y a")
#: How a match of NAME_BEFORE ends (before white space), in lower case.
_NAME_BEFORE_ENDS = ("of", "de", "du")
_CLAUSE_BREAK = re.compile(
    # a sister clause of its own, joined without a comma ("a region where 80,000 infants
    # lacked vaccines and where, by mid-2017, 1.5 million adults were unemployed")
    r"\s+(?:and|et)\s+(?=(?:where|when|whereas|où)\b)|"
    # "dont" before a number counts a part of the figure before it: one clause, one year
    # ("En 2015, 1 200 enfants ..., dont 63 % de filles", "..., dont près de 40 %")
    r";|,\s+(?:and|but|while|whereas|which|who|where|whose|et|mais|tandis|qui|dont(?!\s+(?:(?:près\s+de|environ|plus\s+de|moins\s+de|quelque|presque)\s+)?(?:\d|un\b|une\b|la\s+moitié|deux\b|trois\b|quatre\b|cinq\b))|où)\b|"
    # a bracket opens a clause, but for a currency conversion of the figure before it
    # ("MNT 1.9 billion (about US$ 1.5 million) in 2010": one amount, one year)
    # the main verb after a relative clause or an apposition: "the rate, which had reached
    # 150 per cent in 2018, had been reduced to 123 per cent", "le taux, qui atteignait 150 %
    # en 2018, a été ramené à 123 %" (probe f)
    r",\s+(?=(?:had|has|have|was|were|a|avait|ont|avaient|est|était)\s+(?:been|été|"
    r"(?:[a-z]+ed|ramené|réduit|passé|porté|baissé|augmenté|diminué)e?s?\b))|"
    # (nor for the figure's own year in brackets: "de 61 % (2012) à 83 % (2022)")
    r"\s+whereas\s+|\s+(?:and|but)\s+that\s+|\s\((?!(?:19|20)\d\d\))(?!(?:(?:about|approximately|around|some|nearly|roughly|or|environ|"
    r"soit|près de|quelque)\s+)?(?:US\$|\$|€|£|USD|EUR|CHF)\s?\d)|"
    r"\s+(?:and|but|since|when|after|before|because|although|as)\s+"
    # (not a dated noun: "after the 2021 general elections" is no clause; nor a second name
    # and its preposition: "returned from Mexico and the United States in 2018")
    r"(?=(?:the|it|he|she|they|this|there|its|their)\b)(?!the\s+(?:19|20)\d\d\b)"
    r"(?!the\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:in|from|to|for|during|since)\b)")


@dataclass(frozen=True, slots=True)
class YearMention:
    """A four-digit year in a sentence and what it is used as."""

    year: int
    start: int
    kind: str  # "date", "span", "name", "target", "base", "event", "compared"


@dataclass(frozen=True, slots=True)
class YearFix:
    """A resolved reference year and, when it is not stated outright, how it was found."""

    year: int | None
    basis: str | None = None


#: ``YearFix(None)``, made once: most claims get it (only for speed; a YearFix is frozen,
#: so one object serves them all).
UNDATED = YearFix(None)


def year_mentions(text: str, sentence: Span) -> list[YearMention]:
    """The years written in ``text[sentence]`` with their use."""
    found = years_written(text, sentence.start, sentence.end)
    spans = _joined(text, found)
    out = []
    for k, (year, start, end) in enumerate(found):
        kind = "span" if k in spans else _kind(text, sentence.start, start, end)
        out.append(YearMention(year, start, kind))
    if "/" in text[sentence.start:sentence.end]:  # (speed only: a slash year holds one)
        out += [YearMention(int(m.group(1)), m.start(), "span")
                for m in _SLASH_YEARS.finditer(text, sentence.start, sentence.end)]
        out.sort(key=_mention_start)
    return out


#: A school, fiscal or harvest year written with a slash ("in 2006/2007", "2004/05"): a
#: span of years, which the year rule does not read (a year glued to "/" is part of a
#: symbol: "CMW/C/2023").
_SLASH_YEARS = re.compile(r"(?<![\w/.])((?:19|20)\d\d)/(?:(?:19|20)\d\d|\d\d)(?![\w/])")


def _mention_start(mention: YearMention) -> int:
    return mention.start


def years_written(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """``(year, start, end)`` of each match of :data:`YEAR` in ``text`` from ``start`` to
    ``end``, as ``YEAR.finditer(text, start, end)`` gives them.

    Only for speed: a match is four digits, so only where
    :func:`~treatyscope.pipeline.claim_scan.letter_classes` has four digits is YEAR tried
    (``match`` at a position sees the characters before it as ``finditer`` does, and its
    matches cannot overlap: the one after a match would follow a digit).
    """
    low = lowered(text)
    if low is None:
        return [(int(m.group(1)), m.start(), m.end()) for m in YEAR.finditer(text, start, end)]
    classes, match, out = letter_classes(low), YEAR.match, []
    at = classes.find(b"0000", start, end)
    while at >= 0:
        m = match(text, at, end)
        if m is not None:
            out.append((int(m.group(1)), at, m.end()))
        at = classes.find(b"0000", at + 1, end)
    return out


def _joined(text: str, found: list[tuple[int, int, int]]) -> set[int]:
    """Indices of years that are one end of a span of years."""
    out: set[int] = set()
    for k, (year, _, end) in enumerate(found):
        m = YEAR_JOIN.match(text, end)
        if m and k + 1 < len(found) and found[k + 1][1] == m.end():
            out.update((k, k + 1))
        elif (short := SHORT_YEAR_JOIN.match(text, end)) and _next_years(year, short.group()):
            out.add(k)
    return out


def _next_years(year: int, suffix: str) -> bool:
    """True when the two digits after a year's dash end a span of it ("2021-22", "2015–16";
    not the number of a law, "loi no 2017-58")."""
    return 0 < (int(suffix[-2:]) - year % 100) % 100 <= 10


_EVENT_BEFORE = re.compile(EVENT_BEFORE, re.IGNORECASE)
#: The thing a factor compares with, dated: "double the number received in 2022", "twice
#: the share allocated in 2021", "three times the level of 2019".  Unlike a base ("since
#: 2016"), it sets no period of its own: the figure keeps the sentence's year.
_FACTOR_BASE = re.compile(
    r"\b(?:double|twice|triple|treble|half|quadruple|times|fois)\s+(?:the|that|as\s+(?:much|many)\s+as|"
    r"le|la|les|celui|celle|de|du|plus)\b[^,.;:()]{0,60}?\s+(?:in|of|en|de|qu['’]en)\s+$",
    re.IGNORECASE)
_AUXILIARY_BEFORE = re.compile(AUXILIARY_BEFORE, re.IGNORECASE)


#: A preposition of time right before a year: the year is a date, whatever capitalised word
#: follows it ("In 2023 Kenya's prison population ...").
_TIME_PREPOSITION = re.compile(r"\b(?:in|during|since|until|by|en|depuis|durant|pendant)\s+$",
                               re.IGNORECASE)


#: How far back (characters) the verb of "had <done> ... by <year>" is looked for.
REACHED_REACH = 140


#: Where a new clause starts: "hunger had affected 733 million people, and the number
#: could reach 780 million by 2030" (the perfect is the other clause's).
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|et|mais)\b|\band that\b|;", re.I)


def _last_clause_start(piece: str) -> int:
    """Offset in ``piece`` where its last clause starts (0 if it has one clause)."""
    last = 0
    for m in _NEW_CLAUSE.finditer(piece):
        last = m.end()
    return last


def _kind(text: str, floor: int, start: int, end: int) -> str:
    low = lowered(text)
    rules, words = (_KIND_RULES, text) if low is None or _KIND_TWINS is None else (_KIND_TWINS, low)
    date_lead, name_before, label_before, base_before, target_before = rules
    before = words[max(floor, start - 60) : start]
    # On the lower-cased copy, a rule that ends with white space and the end of the piece
    # is only tried where the piece, stripped, ends as a match of it does (only for speed:
    # most do not, and such a search tries every position of the piece).
    twins = rules is not _KIND_RULES
    lead = _date_lead_cut(before) if twins else None
    if lead is None:
        m = date_lead.search(before)
        lead = before[: m.start()] if m else before
    after = text[end : end + 30]  # NAME_AFTER heeds case; LABEL_AFTER has a range: the text
    may_name = not twins or before.rstrip().endswith(_NAME_BEFORE_ENDS)
    if DATA_SOURCE_AFTER.match(text, end, end + 60):
        return "date"  # "the 2023 household survey": the year of its figures
    if before[-1:].isspace() and DATED_NAME_BEFORE.search(text, max(floor, start - 80), start):
        return "name"  # "la loi n° 22.009 du 16 juin 2022 punit ...": the law's date
    if _TITLED_TEXT_BEFORE.search(text, max(floor, start - 14), start):
        return "name"  # "the Domestic Workers Act 2019 had led to ...": the Act's name
    if _ERA_BEFORE.search(text, max(floor, start - 6), start):
        return "name"  # "a statement on the post-2030 agenda": an era's name, no date
    if _NUMBER_PART_AFTER.match(text, end) and _NUMBER_SIGN_BEFORE.search(before):
        return "name"  # "la loi n° 2008-008", "Law No. 2015-36": the first part of a number
    if (may_name and name_before.search(before)) or (
            NAME_AFTER.match(after) and not _TIME_PREPOSITION.search(before)):
        return "name"  # (not "in 2020 Azerbaijan had been home to ...": a date)
    if LABEL_AFTER.match(after) and label_before.search(before):
        return "name"
    # (only for speed: both rules end with "in"/"en" and white space before the year)
    tail = text[max(floor, start - 12) : start]
    lead_word = tail.rstrip().lower()
    if tail[-1:].isspace() and lead_word.endswith(("in", "en", *MONTHS)) and _EVENT_BEFORE.search(
            text, max(floor, start - 52), start) and not _AUXILIARY_BEFORE.search(
            text, max(floor, start - 60), start):
        return "event"  # "the fund created in 2012 financed 3,400 projects": the fund's year
    if start - floor <= _AFTER_EVENT_REACH and _AFTER_EVENT.match(text, floor, start):
        return "event"  # "Following the war in 2020, 80 cases had been opened": after it
    if _EFFECT_FROM.search(text, max(floor, start - 40), start):
        return "date"  # "645 pesos, with effect from 17 July 2024": when the value holds
    # (not "increased by 6 per cent on 1 July 2022": "on" a day is when, the base of a
    # change is a bare year, "up 8 per cent on 2015"; probe q)
    dated_on = len(lead) < len(before) and lead.rstrip().lower().endswith(" on")
    if (not twins or _may_be_base(lead)) and base_before.search(lead) and not dated_on:
        return "base"  # before targets: "compared to 2021" is no target
    if _FACTOR_BASE.search(text, max(floor, start - 80), start):
        return "compared"  # "nearly double the number received in 2022": the factor's base
    if (not twins or lead.rstrip().endswith(TARGET_BEFORE_ENDS)) and target_before.search(lead):
        # the verb of a level reached may stand further back than the 60 characters ("had
        # opened 246 community mental health centres by the end of 2023")
        wide = words[max(floor, start - REACHED_REACH) : start]
        wide = wide[_last_clause_start(wide) :]
        m = date_lead.search(wide)
        reached = _reached_by(wide[: m.start()] if m else wide)
        return "date" if reached or _reached_after(text, end) else "target"
    return "date"


#: An event the sentence opens with, dated ("Following the 44-day war in 2020, ...", "After
#: the floods of 2019, ...", "À la suite des inondations de 2019, ..."): what is counted
#: came after it, so the year dates the event only.
_AFTER_EVENT = re.compile(
    # (an event is a noun with its article: not "After reviewing 30 reports in 2019, ...")
    r"\s*(?:(?:Following|After|In the aftermath of) (?:the|a|an|its|their|his|her)|Après "
    r"(?:le|la|les|l['’])|À la suite (?:de|des|du|d['’])|Suite (?:à|aux|au))"
    r"\s?[^,.;:]{2,60}?\s(?:in|of|de|en|d['’])\s*$", re.IGNORECASE)
#: How far into its sentence such an opening reaches (characters).
_AFTER_EVENT_REACH = 100
#: The date from which a value holds ("with effect from 17 July 2024", "à compter du 1er
#: janvier 2024"): the value's date, not the start of a period.
_EFFECT_FROM = re.compile(
    r"\b(?:with effect from|effective (?:from|as of)|as from|à compter du|avec effet (?:au|à "
    r"compter du))\s+(?:\d{1,2}(?:er|st|nd|rd|th)?\s+)?(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


#: The year that opens a text's number ("loi n° 2008-008", "Law No. 2015/36"): its sign
#: before it, the rest of the number after it.
_NUMBER_SIGN_BEFORE = re.compile(
    # (or the text's noun alone: "la loi 2015-36")
    rf"\b(?:n\s?[°º]|no\.?|nos\.?|number|numéro|{'|'.join(sorted(NUMBERED_TEXTS))})\s*$",
    re.IGNORECASE)
_NUMBER_PART_AFTER = re.compile(r"[-‑/.]\d")
#: A year right after the capitalised noun of a text's title names the text ("the Children
#: Act 2001", "the National Action Plan 2019"; case-sensitive, in the original text).
_TITLED_TEXT_BEFORE = re.compile(
    r"\b(?:Act|Code|Ordinance|Bill|Policy|Plan|Strategy|Vision|Agenda|Regulations?)\s+$")


#: A prefix that makes a year an era ("the post-2015 development agenda", "pre-2010
#: figures", "l'après-2015").
_ERA_BEFORE = re.compile(r"\b(?:post|pre|après|avant)-$", re.IGNORECASE)
#: A past tense of a level reached: "the number stood at 5,100 by the end of 2021".
_STOOD = r"\b(?:stood|numbered|totall?ed|amounted|reached)"
#: A perfect tense before "by <date>" states what had been reached at that date ("489 had
#: been titled by June 2024"), unless a plan is spoken of ("would have been built by 2030").
_REACHED_BY = re.compile(
    rf"(?:\b(?:had|has|have)\s+(?:(?:already|now|then|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)|"
    # (a decimal point is no sentence end: "had registered 37.7 million persons by", probe 340)
    rf"{_STOOD})\b(?:[^.;]|(?<=\d)\.(?=\d))*\bby\s+$", re.I)
_PLANNED = re.compile(r"\b(?:will|would|shall|could|might|scheduled|plans?|planned|aims?|aimed|"
                      r"targets?|expected|goals?|"
                      r"objectives?|pledged?|committed|commitment|intended|sought)\b", re.I)


#: ... and so does a fronted "By <date>," before a perfect or a simple past ("By the end of
#: 2015, 4,000 teachers had been hired", "By 2020, 92 per cent held a certificate"; not
#: "By 2030, 4,000 would have been hired", nor "were to be registered").
_REACHED_AFTER = re.compile(
    # (the comma may be left out: "; by 2024 that number had fallen to 1,150")
    r"\s*(?:,\s+|\s+(?=(?:that|this|the|their|its|these)\b))(?!and\b|but\b|et\b|mais\b)"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,80}?(?:\b(?:had|has|have)\s+"
    rf"(?:(?:already|now|also)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|t)|{_STOOD}|"
    r"\b(?:was|were|had|held)\b(?!\s+to\b))\b", re.I)


def _reached_after(text: str, end: int) -> bool:
    """True when a fronted "By <date>," ending at ``end`` opens a clause in the perfect
    tense that says what had been reached (no plan spoken of)."""
    m = _REACHED_AFTER.match(text, end)
    return m is not None and not _PLANNED.search(m.group(0)) and "would" not in m.group(0)


def _reached_by(lead: str) -> bool:
    """True when ``lead`` (the words before a year after "by") says what had been reached."""
    return bool(_REACHED_BY.search(lead)) and not _PLANNED.search(lead)


def _date_lead_cut(before: str) -> str | None:
    """``before`` without what the lower-case twin of DATE_LEAD matches at its end, when
    that match is plainly empty (None otherwise: the caller searches).

    A match that is not empty ends with white space after one of DATE_LEAD_ENDS or a
    digit; without one, the search finds the empty match where ``$`` first holds: before
    a final line break, else at the end.
    """
    tail = before.rstrip()
    if tail.endswith(DATE_LEAD_ENDS) or tail[-1:].isdecimal():
        return None
    return before[:-1] if before.endswith("\n") else before


def _may_be_base(lead: str) -> bool:
    """False when the lower-case twin of BASE_BEFORE cannot match ``lead``: it does not
    end, stripped, as a match does (BASE_BEFORE_ENDS, or "in"/"en" after one of the words
    of BASE_BEFORE_IN)."""
    tail = lead.rstrip()
    if tail.endswith(BASE_BEFORE_ENDS):
        return True
    ends, words = BASE_BEFORE_IN
    return tail.endswith(ends) and any(word in lead for word in words)


def relative_year(text: str, sentence: Span, doc_year: int | None) -> YearFix | None:
    """The year a relative expression in the sentence names, resolved against ``doc_year``."""
    if doc_year is None:
        return None
    return _resolve(_relative_expression(text, sentence), lambda: doc_year)


def _resolve(found: tuple[str, int] | None, doc_year: Callable[[], int | None]) -> YearFix | None:
    """The year of a relative expression ``(as written, offset)``; ``doc_year`` is asked
    only when there is one."""
    if found is None:
        return None
    year = doc_year()
    if year is None:
        return None
    said, offset = found
    return YearFix(year + offset, f"relative ('{said}', document year {year})")


def _may_be_relative(piece: str) -> bool:
    """False when the lower-cased ``piece`` writes no word of _RELATIVE_WORDS."""
    return any(word in piece for word in _RELATIVE_WORDS)


def _relative_expression(text: str, sentence: Span) -> tuple[str, int] | None:
    """The first relative expression of :data:`RELATIVE` in the sentence, as written, and
    its offset in years; or None."""
    piece = text[sentence.start : sentence.end]
    low = lowered(text)
    if low is None or _RELATIVE_TWINS is None:
        words, rules = piece, _RELATIVE_RULES
        if not rules[0].search(words):
            return None
    else:
        words, rules = low[sentence.start : sentence.end], _RELATIVE_TWINS
        if not _may_be_relative(words):
            return None  # no rule can match (only for speed)
    for pattern, (_, offset) in zip(rules[1:], RELATIVE, strict=True):
        m = pattern.search(words)
        if m:
            return piece[m.start() : m.end()], offset
    return None


def stated_year(text: str, sentence: Span, offset: int) -> YearFix | None:
    """The year stated for a claim at ``offset``; YearFix(None) for a span of years; or None.

    A year counts when it is in the claim's clause, or in an adverbial that opens the
    sentence ("In 2022, ...", "At the start of 2023, ..."), or in an earlier clause that
    the claim's clause refers back to ("..., and four of these children ...").
    """
    return _stated(text, sentence, offset, year_mentions(text, sentence))


def _relative_date(text: str, sentence: Span) -> bool:
    """True when the sentence dates itself by a relative year ("l'an dernier"), not one
    that opens or closes a period ("since last year")."""
    found = _relative_expression(text, sentence)
    if found is None:
        return False
    at = text.find(found[0], sentence.start, sentence.end)
    lead = text[max(sentence.start, at - 12) : at].rstrip().lower()
    return not lead.endswith(("since", "depuis", "from", "until", "by", "jusqu'à", "dès"))


def _stated(text: str, sentence: Span, offset: int,
            found: list[YearMention]) -> YearFix | None:
    """:func:`stated_year` given the sentence's :func:`year_mentions`."""
    if any(m.kind == "event" and offset < m.start for m in found):
        # a figure inside the opening event dates with it ("Following the 44-day war in
        # 2020, ...": the war's length is of 2020)
        found = [replace(m, kind="date") if m.kind == "event" and offset < m.start
                 and _AFTER_EVENT.match(text, sentence.start, m.start) else m for m in found]
    mentions = [m for m in found if m.kind in ("date", "span")]
    if not mentions:
        # a sentence that dates something else ("the fund, created in 2012, ...", "Since
        # 2016, ...") sets its own period: it takes no year from the sentence before; but a
        # relative year of its own still dates it ("... signé en 2021 ..., ce dont ont
        # bénéficié 4 700 retraités l'an dernier")
        if any(m.kind in ("event", "base") for m in found):
            return None if _relative_date(text, sentence) else UNDATED
        return None
    clause = _clause(text, sentence, offset)
    if _SINCE_THEN_AFTER_FIGURE.match(text, offset, clause.end):
        return UNDATED
    over = _size_of_dated_change(text, sentence, offset)
    if over is not None:
        return YearFix(None, f"size of a change over {over}")
    if _in_apposition(text, sentence, offset, mentions):
        return None  # "Honduras, a country of some 8.7 million inhabitants, had ... in 2009"
    local = [m for m in mentions if clause.start <= m.start < clause.end]
    if local and (_now_after(text, clause, local, offset)
                  or _NOW_AFTER_FIGURE.match(text, offset, clause.end)):
        # "ratified it in 2010 and that 190,000 were currently registered"; "from 11.4 per
        # cent in 2016 to 14.2 per cent today"
        return UNDATED
    if local and all(m.start < offset for m in local) and _SO_FAR.search(
            text, max(m.start for m in local) + 4, clause.end):
        # "of the 12 States parties considered during 2003, so far only two had replied":
        # a count up to the present, not of the year before it
        return UNDATED
    if local and _RELATIVE_AFTER_FIGURE.match(text, offset, clause.end) and not any(
            offset < m.start < offset + 40 for m in local):
        # "by 8.5 per cent in 2024 and by a further 6.5 per cent this year": the relative
        # year right after the figure dates it (rule 2), not the year of the other figure
        return None
    if not local and any(m.kind in ("event", "base") and clause.start <= m.start < clause.end
                         for m in found):
        return UNDATED  # "In 2018, ...; since 2016, 12 teachers had ...": its own period
    if not local and (later := _LATER.search(text, clause.start, offset)) is not None:
        # "In 2017, 6,400 children were in care, and two years later the number had dropped
        # to 4,100": the year of the sentence's date, counted forward
        dated = [m for m in mentions if m.start < clause.start and m.kind == "date"]
        if dated:
            ahead = 1 if later.group("ahead") is None else _years_back(later.group("ahead"))
            year = dated[-1].year + ahead
            return YearFix(year, f"{ahead} year{'s' if ahead > 1 else ''} after {dated[-1].year}")
    if not local and _NOW_IN_CLAUSE.search(text, clause.start, clause.end):
        # "In 2011, there had been 9 ombudspersons, while there were now 31": the present
        return UNDATED
    if not local and _SINCE_THEN.search(text, clause.start, clause.end):
        # "In May 2006 the Code was passed; it had since been adopted by 7 more regions": a
        # count up to now, from the dated event on
        return UNDATED
    if not local and _LATER_ON.search(text, clause.start, clause.end):
        # "In 2024 it planned to invest 6 per cent, and it would eventually reach 7 per
        # cent": a time after the sentence's date, not that year
        return UNDATED
    if not local:
        local = _antecedent_dates(text, sentence, clause, mentions)
    if not local:
        local = [m for m in mentions if _opens_sentence(text, sentence, m, offset)
                 or _opens_segment(text, sentence, m, offset)]
    if not local and CONTINUATION.search(text, clause.start, clause.end):
        earlier = {m.year for m in mentions if m.start < clause.start and m.kind == "date"}
        if len(earlier) == 1:
            year = earlier.pop()
            return YearFix(year, f"context (earlier clause dated {year})")
    if not local:
        return _coordinated(text, sentence, clause, mentions)
    # a year of a compared figure before the claim dates that figure only ("86 %, contre
    # 75 % en 2012, grâce à ... 1 200 communes": not the communes)
    local = [m for m in local if not _compared_before(text, sentence, m, offset)]
    if not local:
        return None
    own = _own_year(text, offset, local)
    if own is not None and own.kind == "date":
        return YearFix(own.year)  # "46 million invested in 2013, ... 52 million in 2014 and 2015"
    if any(m.kind == "span" for m in local):
        ends = sorted({m.year for m in local if m.kind == "span"})
        side = _change_side(text, sentence, offset) if len(ends) == 2 else None
        counted_on = {m.year for m in local if m.kind == "date" and _AS_OF.search(
            text, max(sentence.start, m.start - 30), m.start)}
        if side is None and len(counted_on) == 1:
            # "as of December 2023, ... 2,340 persons who had disappeared from 1993 to
            # 1996": the count is as of its date; the period is of what is counted (probe 375)
            year = counted_on.pop()
            return YearFix(year, f"counted as of {year}")
        if side is not None:
            # "Between 2019 and 2023, the rate had fallen from 46.2 to 38.5 per cent": the
            # change's first figure is of the period's first year, its last of the last
            year = ends[0] if side == "from" else ends[1]
            return YearFix(year, f"{side} figure of a change over {ends[0]}-{ends[1]}")
        return YearFix(None, SPAN_BASIS)
    if own is not None:
        return YearFix(own.year)
    # a year inside a comparison that follows the claim is the compared figure's: "496
    # lived there, down from 1,000 in 2015" dates the 1,000, not the 496
    local = [m for m in local if m.start < offset
             or not (_COMPARED.search(text, offset, m.start)
                     or _PART_AFTER.search(text, offset, m.start))]
    if not local:
        return None
    if (all(m.start > offset for m in local) and _change_side(text, sentence, offset) == "from"
            and _changed_before(text, sentence, offset)):
        # "had risen from 3 to 5 per cent in 2023": the year dates where the change ended
        return YearFix(None, "first figure of a change dated at its end")
    # (m.start + 4: right after the year's four digits)
    if (all(_FIRST_FIGURES_YEAR.match(text, m.start + 4, offset) for m in local)
            and _FROM_YEAR_TO.search(text[max(sentence.start, offset - 100) : offset])
            and _changed_before(text, sentence, offset)):
        # "had been reduced from 22,000 in 2010 to around 19,500": the year dates where the
        # change started, not its end (probe b)
        return YearFix(None, "last figure of a change dated at its start")
    nearest = min(local, key=lambda m: abs(m.start - offset))
    before = _YEAR_BEFORE_AFTER.match(text, offset, sentence.end)
    if before:
        back = 10 if before.group("decade") else _years_back(before.group("back"))
        ago = "the year" if back == 1 else f"{back} years"
        return YearFix(nearest.year - back, f"{ago} before {nearest.year}")
    return YearFix(nearest.year)


#: A change between two dated figures: "from 150 in 2017 to 300 in 2023", "de 48 000 en
#: 2015 à 32 800 en 2022".
_DATED_CHANGE = re.compile(
    # (a comma only inside a figure: "de 32 %, passant de 48 000 en 2015" is not one)
    r"\b(?:from|de|d['’])\s+(?:[^;,]|,(?=\d)){1,60}?\b(?:in|en)\s+(?P<first>(?:19|20)\d\d)\b"
    r"[^;]{0,30}?\s(?:to|à)\s+[^;]{1,60}?\b(?:in|en)\s+(?P<last>(?:19|20)\d\d)\b", re.I)
#: A figure that is the size of a change, not a value: "doubled", "a decrease of 32 per
#: cent", "had fallen by 32 per cent", "une baisse de 32 %", "a diminué de 32 %".
_MULTIPLIER_AT = re.compile(r"(?:doubled|tripled|quadrupled|halved|multiplied|doublé|triplé|"
                            r"quadruplé|multiplié)e?s?\b", re.I)
_CHANGE_SIZE_BEFORE = re.compile(
    r"(?:\b(?:decrease|increase|reduction|rise|drop|fall|decline|growth|cut)\s+of|\bby|"
    r"\b(?:baisse|hausse|diminution|augmentation|réduction|progression|recul|baissé|augmenté|"
    r"diminué|progressé|reculé|chuté)\s+de)\s+(?:(?:about|around|some|nearly|almost|more than|"
    r"over|près de|environ|plus de)\s+)?$", re.I)


def _size_of_dated_change(text: str, sentence: Span, offset: int) -> str | None:
    """The years of a change between two dated figures ("had fallen from 48,000 in 2015 to
    32,800 in 2022") when the claim at ``offset`` is the change's size ("a decrease of 32
    per cent", "had doubled"), outside those figures: its period is both years (probe g)."""
    if not (_MULTIPLIER_AT.match(text, offset)
            or _CHANGE_SIZE_BEFORE.search(text, max(sentence.start, offset - 40), offset)):
        return None
    for m in _DATED_CHANGE.finditer(text, sentence.start, sentence.end):
        if m["first"] != m["last"] and not m.start() <= offset < m.end():
            return f"{m['first']}-{m['last']}"
    return None


#: The first figure of a change ("from 46.2 per cent to 38.5 per cent", "de 12 à 19 %"): the
#: figure, its unit, then "to" and the second figure.
_CHANGE_FROM = re.compile(r"(?<=\bfrom )|(?<=\bde )|(?<=\bd['’])|"
                          # an approximator between: "from around 1,650 to 2,210" (probe 350)
                          r"(?<=\bfrom around )|(?<=\bfrom about )|(?<=\bfrom some )|"
                          r"(?<=\bfrom nearly )|(?<=\bfrom almost )|(?<=\bfrom over )")
#: A figure of a change, its "per cent" if any, and the "to" (and approximator) after it.
_FIGURE_TO = (r"[\d.,\u00a0\u202f ]*\d(?:\s*(?:per ?cent|%|pour cent))?\s+(?:to|à)\s+"
              r"(?:(?:over|under|about|around|nearly|almost|some|plus de|moins de|près de)\s+)?")
_FIGURE_THEN_TO = re.compile(_FIGURE_TO + r"\d")
#: The second figure of a change: what comes before it, back to "from".
_FROM_THEN_TO = re.compile(r"\b(?:from|de)\s+(?:(?:around|about|some|nearly|almost|over)\s+)?"
                           + _FIGURE_TO + "$")


#: What stands between the year of a change's first figure and its second figure: "to"
#: and an approximator ("from 22,000 in 2010 to around 19,500", "de 12 en 2015 à 19").
_FIRST_FIGURES_YEAR = re.compile(r"\s*,?\s*(?:to|à)\s+(?:[a-zé]+\s+){0,2}$")
#: A change's first figure with its year, then "to": what stands before its second figure.
_FROM_YEAR_TO = re.compile(r"\b(?:from|de)\s+(?:(?:around|about|some|nearly|almost|over)\s+)?"
                           r"\d[\d.,\u00a0\u202f ]*(?:\s*(?:per ?cent|%|pour cent))?"
                           r"(?:\s+[^\W\d]+){0,3}?\s+(?:in|en)\s+\d{4}\s*,?\s*(?:to|à)\s+"
                           r"(?:[a-zé]+\s+){0,2}$")


def _change_side(text: str, sentence: Span, offset: int) -> str | None:
    """"from" for the first figure of a change from one figure to another, "to" for the
    second, else None."""
    if _CHANGE_FROM.match(text, offset) and _FIGURE_THEN_TO.match(text, offset, sentence.end):
        return "from"
    if _FROM_THEN_TO.search(text[max(sentence.start, offset - 60) : offset]):
        return "to"
    return None


#: (a comma between digits is a thousands separator, no break: "from 22,000 to 19,500")
_WORD_OR_BREAK = re.compile(r"[\w'’-]+|[;:]|,(?!\d)")


def _changed_before(text: str, sentence: Span, offset: int) -> bool:
    """True when a verb of change stands before ``offset`` with no comma, semicolon or colon
    between: "from X to Y" is then a change, not a range (as ``claim_find`` reads it)."""
    for word in reversed(_WORD_OR_BREAK.findall(text, sentence.start, offset)):
        if word in ",;:":
            return False
        if word.lower() in CHANGE_VERBS:
            return True
    return False


def _years_back(count: str | None) -> int:
    """How many years before the sentence's a compared figure is: 1 for "the year before"
    (no count), else the count written ("three years earlier", "3 ans plus tôt")."""
    if count is None:
        return 1
    return int(count) if count.isdigit() else _BACK_WORDS[count.lower()]


_BACK_WORDS = {**{w: n for w, n in EN_UNITS.items() if 2 <= n <= 10},
               **{w: n for w, n in FR_UNITS.items() if 2 <= n <= 10}}


_YEAR_BEFORE_AFTER = re.compile(YEAR_BEFORE_AFTER, re.IGNORECASE)


def _compared_before(text: str, sentence: Span, mention: YearMention, offset: int) -> bool:
    """True for a year before the claim that dates a compared figure, the claim not being
    that figure ("contre 75 % en 2012, ... 1 200 communes")."""
    if mention.start > offset:
        return False
    window = max(sentence.start, mention.start - 40)
    compared = next(reversed(list(_COMPARED.finditer(text, window, mention.start))), None)
    return (compared is not None and ";" not in text[compared.end() : mention.start]
            and not compared.end() <= offset < mention.start)

#: The relative pronoun that opens a clause ("64 complaints in 2021, which had led to 19
#: prosecutions"), just before where the clause starts.
_RELATIVE_OPENING = re.compile(r"(?:which|who|qui)$")


#: An apposition that describes the sentence's subject, open before a figure: "Honduras, a
#: country of some".
_APPOSITION_OPEN = re.compile(
    # (a name, not an opening adverbial: "In addition, a bonus of ...", "In Dakar, a ...")
    r"(?!(?:In|On|At|For|By|Since|During|Regarding|Under|Following|After|Before|With|From|As|"
    r"En|Dans|Depuis|Pour|Selon|Après|Avant|Par)\b)"
    r"(?:The\s+|Le\s+|La\s+|L['’])?[A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’-]*){0,3},\s+"
    r"(?:a|an|un|une)\s+[^,;()]{0,60}$")


def _in_apposition(text: str, sentence: Span, offset: int, mentions: list[YearMention]) -> bool:
    """True for a figure inside an apposition to the sentence's subject ("Honduras, a
    country of some 8.7 million inhabitants, had experienced a crisis in 2009") whose
    sentence names its years only after the apposition closes: those date the main clause."""
    if not _APPOSITION_OPEN.match(text, sentence.start, offset):
        return False
    close = text.find(",", offset, sentence.end)
    return close >= 0 and all(m.start > close for m in mentions)


#: A figure as written: with groups of thousands ("3,100", "18 900") or one word.
_FIGURE_WORD = r"(?:\d{1,3}(?:[ ,\u00a0\u202f]\d{3})+(?:\.\d+)?|[^\s,;]+)"
#: A figure said of today right after it ("14.2 per cent today", "14,2 % aujourd'hui"): the
#: figure, its unit and the word of today, before any other figure or year.
_NOW_AFTER_FIGURE = re.compile(
    # (the figure with its groups of thousands: "18 900 détenus aujourd'hui")
    rf"{_FIGURE_WORD}(?:\s+[^\s\d,;]+){{0,3}}?\s+(?:today|"
    r"currently|now|at present|aujourd['’]hui|actuellement|à l['’]heure actuelle)\b",
    re.IGNORECASE)
#: A running total since a dated event or a year: "became operational in 2020 and had
#: handled 3,100 complaints since then" (the total is of no year).
_SINCE_THEN_AFTER_FIGURE = re.compile(
    rf"{_FIGURE_WORD}(?:\s+[^\s\d,;]+){{0,3}}?\s+(?:since then|"
    r"since that (?:time|date)|depuis lors|depuis cette date|"
    # ... or since a year: "had risen by 45 per cent since 2009, reaching ... in 2013"
    # spans 2009-2013, whatever year dates the rest of the sentence (probe b)
    r"(?:since|depuis)\s+(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+|(?:fin|début)\s+)?"
    r"(?:1[89]|20)\d\d)\b", re.IGNORECASE)
#: A relative year right after a figure ("6.5 per cent this year", "4 700 retraités l'an
#: dernier").
_RELATIVE_AFTER_FIGURE = re.compile(
    rf"{_FIGURE_WORD}(?:\s+[^\s\d,;]+){{0,3}}?\s+(?:(?:this|last|"
    r"next) year\b|cette année|l['’]an dernier|l['’]année (?:dernière|précédente))",
    re.IGNORECASE)
#: A second reported clause ("... in 2010 and that ..."), and what makes it of today.
_AND_THAT = re.compile(r"\b(?:and|but)\s+that\b", re.IGNORECASE)
#: A second clause joined by a bare conjunction ("informatisé en 2017 et recense aujourd'hui
#: 18 900 détenus"), of today when a word of today comes before the figure.
_AND = re.compile(r"\b(?:and|but|et|mais)\s+(?:que\s+|qu['’])?", re.IGNORECASE)


def _now_after(text: str, clause: Span, local: list[YearMention], offset: int) -> bool:
    """True when the claim stands in a second reported clause of today ("... and that some
    190,000 persons were currently registered"), after every year of its clause."""
    last = max(m.start for m in local) + 4
    if last > offset:
        return False
    that = _AND_THAT.search(text, last, offset)
    if that is not None and _NOW.search(text, that.end(), clause.end) is not None:
        return True
    joined = _AND.search(text, last, offset)
    return joined is not None and _NOW.search(text, joined.end(), offset) is not None


def _antecedent_dates(text: str, sentence: Span, clause: Span,
                      mentions: list[YearMention]) -> list[YearMention]:
    """The dates of the clause a yearless relative clause qualifies ("... 64 complaints in
    2021, which had led to 19 prosecutions": 2021), when that clause states one year."""
    if clause.start <= sentence.start or not _RELATIVE_OPENING.search(
            text, max(sentence.start, clause.start - 5), clause.start):
        return []
    if _NOW.search(text, clause.start, clause.end) or _TO_COME.search(text, clause.start,
                                                                       clause.end):
        return []  # "..., which now covered all 1,516 police stations": today's figure
    before = _clause(text, sentence, clause.start - 8)
    found = [m for m in mentions
             if before.start <= m.start < before.end and m.kind == "date"]
    if len({m.year for m in found}) != 1:
        return []
    # the antecedent counts something in that year ("64 complaints in 2021"): not an
    # event's year ("the Act adopted in 2024, which set a target of 30 per cent")
    written = text[before.start : before.end].replace(str(found[0].year), "")
    return found if _COUNTED.search(written) else []


#: A count up to the present: "so far", "to date", "jusqu'à présent" (not "up to date").
_SO_FAR = re.compile(r"\b(?:so far|thus far|(?<!up )to date|as yet|jusqu['’](?:à présent|ici)|"
                     r"à ce jour)\b", re.I)
_NOW = re.compile(r"\b(?:now|currently|at present|today|actuellement|aujourd['’]hui|"
                  r"désormais)\b", re.I)
#: A relative clause of what is to come ("qui offriront 4 500 places", "which would
#: benefit ..."): not of the antecedent's year.
_TO_COME = re.compile(r"\b(?:would|will|shall|doit|doivent|devra|devront|à terme|"
                      r"[a-zé]+eront|[a-zé]+iront)\b", re.I)
#: A number that counts, not one that names a text ("article 347 bis", "No. 12").
#: (nor a summary record's paragraph number: "5. M. Valdières rappelle ...").
_COUNTED = re.compile(r"(?<!article )(?<!articles )(?<!n° )(?<!No\. )(?<!no\. )\b\d(?!\d*\.\s)")


_COMPARED = re.compile(r"\b(?:down|up) from\b|\bcompared (?:with|to)\b|"
                       # "than" before a figure or a time ("than in 2015", "than 1,000 in
                       # 2015"), not before a group ("36 per cent less than men in 2010")
                       r"\bthan\s+(?:in\b|during\b|\d|an?\s+\d|the\s+\d|that\b|"
                       r"those\b|the\s+(?:previous|preceding|same|year|figure|number|rate)\b|"
                       r"last\b|previous\b)|"
                       # "against" / "contre" before a figure ("as against 1,000 in 2015",
                       # "contre 12 % en 2015"), not before what is done ("violence against
                       # children in 2016", "violences contre des enfants en 2013")
                       r"\bagainst\s+(?:\d|an?\s+\d|the\s+\d|that\b|those\b)|"
                       r"\bcontre\s+(?:\d|l['’]an|les?\s+\d|la\s+\d|celui|ceux|celle)|"
                       r"\bpar rapport (?:à|au)\b|"
                       # the base of a multiple: "three times the number enrolled in 2012"
                       r"\btimes the\b|\bfois (?:plus|moins|le|la|les)\b", re.I)


#: A month's name, in either case.
#: The ``year_basis`` of a figure for a span of years ("between 2019 and 2022").
SPAN_BASIS = "several years"
_MONTH_ANY_CASE = "(?i:" + "|".join(MONTHS) + ")"
#: A part of the figure given after it, with a year of its own: "41 criminal cases, 17 of
#: them in 2021 alone" dates the 17 only; so does "dont 17 en 2021".
_PART_AFTER = re.compile(r"(?<!\d),\s*(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?) of (?:them|which|whom|those)\b|"
                         r",\s*dont\s+\d")
#: A claim's own year written right after it: "16 per cent in 2022", "1,300 in 2017".
_YEAR_AFTER = re.compile(
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\S+)"
    # "pour 1000", "per 100,000", "décès pour 100 000": a rate's base, after its noun
    r"(?:(?:\s+[^\s\d,;]+){0,2}?\s+(?:per|pour)\s+(?:\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+|\d+))?"
    # ("dont 18 730 pour la seule année 2024", "in the year 2024", probe 352)
    r"(?:\s+[^\s\d,;]+){0,4}?\s+(?:in|en|at the end of|as of|as at|à la fin de|fin|au|on|année|year|"
    # its start or its middle: "at the beginning of 2024", "in early 2024", "début 2024"
    r"(?:at|by) the (?:beginning|start|middle) of|in (?:early|late)|début|au début de|"
    # a part of the year: "11 in the first nine months of 2021", "au premier semestre de"
    r"(?:in |during )?the (?:first|last|second|third|fourth|past) (?:[\w-]+\s+)?(?:months?|"
    r"half|quarter|weeks?|semester|days?) of|(?:au cours )?des (?:[\w-]+\s+)?premiers mois de|"
    r"au (?:premier|second|deuxième|troisième) (?:semestre|trimestre) de|"
    # a level reached by a month's end: "8,300 by August 2023", "by the end of 2023"
    rf"by the end of|by(?=\s+(?:\d{{1,2}}\s+)?{_MONTH_ANY_CASE}\s))\s+"
    # a day and a month before the year: "as of 31 December 2022", "au 31 décembre 2022";
    # or a month alone: "as of August 2023"
    rf"(?:\d{{1,2}}(?:er)?\s+[^\W\d_]{{3,10}}\s+|{_MONTH_ANY_CASE}\s+)?"
    # or in brackets right after the figure and its unit: "de 61 % (2012) à 83 % (2022)"
    r"|(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\S+)(?:\s+(?:%|per cent|pour cent|percent))?\s*\(")


#: What dates a count to a day, right before the date: "as of (31) December 2023", "au 31
#: décembre 2023", "at the end of 2021".
_AS_OF = re.compile(rf"\b(?:as (?:of|at)|(?:at|by) the end of|au|à la fin de|en date du|fin)\s+"
                    rf"(?:\d{{1,2}}(?:er)?\s+)?(?:{_MONTH_ANY_CASE}\s+)?$")


#: A new clause with a subject of its own after a figure's clause: ", and the Directorate".
_LATER_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas|et|mais|alors que)\s+(?:the|a|an|its|"
                           r"their|three|two|four|some|[A-Z]\w*|le|la|les|l['’]|un|une|des|ses)\b")
#: A clause coordinated with the one before ("..., and youth unemployment stood at 13.5
#: per cent"), and one that states its own time (a new period or the present).
_AND_BREAK = re.compile(r",\s+(?:and|et)\s*$")
_OWN_TIME = re.compile(r"\b(?:now|currently|at present|today|since|previously|formerly|"
                       r"earlier|later|would|will|aim(?:ed|s)?|targets?|planned|expected|"
                       r"within|actuellement|aujourd['’]hui|désormais|depuis|auparavant)\b",
                       re.IGNORECASE)
#: A time after the one the sentence gives, in the figure's own clause.
_LATER_ON = re.compile(r"\b(?:eventually|ultimately|in the long (?:term|run)|à terme|à long "
                       r"terme|par la suite|ultérieurement)\b", re.IGNORECASE)
#: A year, with the day and month before it ("3 October 2017"): no figure of a clause.
_YEAR_DIGITS = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th|er)?\s+[^\W\d_]+\s+)?(?:19|20)\d\d\b")
_FIGURE_DIGIT = re.compile(r"\d")


def _coordinated(text: str, sentence: Span, clause: Span,
                 mentions: list[YearMention]) -> YearFix | None:
    """The year of the clause before, for an undated clause coordinated with it by ", and":
    "37 workers had died in 2024, and 214 had been injured" dates the 214 too (the
    reference year stated in the sentence).  Only when that clause gives a figure of its
    year (a statistic, not an event: "had been abolished in 2013, and 12,000 girls had
    received scholarships"), and neither clause states a time of its own ("now", "would",
    "by 2030")."""
    joint = _AND_BREAK.search(text, sentence.start, clause.start)
    if not joint or _OWN_TIME.search(text, clause.start, clause.end):
        return None
    previous = _clause(text, sentence, joint.start() - 1)
    if _OWN_TIME.search(text, previous.start, previous.end):
        return None
    dated = [m for m in mentions if previous.start <= m.start < previous.end]
    if (len(dated) != 1 or dated[0].kind != "date"
            or any(m.start >= clause.start for m in mentions)):
        return None
    if not _FIGURE_DIGIT.search(_YEAR_DIGITS.sub(" ", previous.slice(text))):
        return None
    year = dated[0].year
    return YearFix(year, f"context (coordinated clause dated {year})")


def _own_year(text: str, offset: int, mentions: list[YearMention]) -> YearMention | None:
    """The year written right after the claim at ``offset`` ("from 27 per cent in 2008 to
    16 per cent in 2022", "to 19,850 at the end of 2017": the second figure's, though 2008
    stands nearer)."""
    after = [m for m in mentions if m.start > offset]
    if not after:
        return None
    first = min(after, key=lambda m: m.start)
    if _MULTIPLE_OF.search(text, offset, first.start):
        return None  # "three times the number enrolled in 2012": the base's year
    return first if _YEAR_AFTER.fullmatch(text, offset, first.start) else None


_MULTIPLE_OF = re.compile(r"\btimes the\b|\bfois (?:plus|moins|le|la|les)\b", re.I)


def _opens_sentence(text: str, sentence: Span, mention: YearMention,
                    offset: int | None = None) -> bool:
    """True for a year in an opening adverbial: "In 2022, ...", "As of 1 October 2023, ...",
    "In its May 2023 session, ..." (one lower-case word may follow the year)."""
    head = text[sentence.start : mention.start]
    lead = _LEAD_PHRASE.match(head)  # "Under the Optional Protocol procedure, as at 31 May"
    said = _SAID_THAT.search(head)  # "Mme X a fait savoir qu'en 2015, ..."
    reported = said is not None and OPENING_DATE.match(head[said.end():]) is not None
    opens = reported or OPENING_DATE.match(head) is not None or (
        lead is not None and OPENING_DATE.match(head[lead.end():]) is not None)
    if (reported and offset is not None
            and not _ANOTHER_REPORT.search(text, mention.start, offset)):
        # a reported clause opened by its date dates what it reports, with no comma too:
        # "said that in 2018 the rate stood at 11.2 per cent, and at 13.5 per cent among
        # women" (not a later "..., and that 300 persons had since been trained")
        return True
    return opens and _ADVERBIAL_END.match(text, mention.start + 4) is not None


def _opens_segment(text: str, sentence: Span, mention: YearMention, offset: int) -> bool:
    """True for a year in an adverbial that opens the part of the sentence after a ";" or
    ":" in which the claim at ``offset`` stands: "...; in 2015, the Government had paid for
    lawyers in 27 cases, and 11 death sentences had been commuted" dates the 11 too."""
    cut = max(text.rfind(";", sentence.start, mention.start),
              text.rfind(":", sentence.start, mention.start))
    if cut < 0 or offset < mention.start or _SEGMENT_BREAK.search(text, mention.start, offset):
        return False
    head = text[cut + 1 : mention.start].lstrip()
    return (OPENING_DATE.match(head) is not None
            and _ADVERBIAL_END.match(text, mention.start + 4) is not None)


_SEGMENT_BREAK = re.compile(r"[;:]")


#: A short phrase before the dated adverbial ("Under the Optional Protocol procedure, ").
_LEAD_PHRASE = re.compile(r"[^,.;:\d]{3,80},\s+")
#: A reporting verb's "that" before the reported clause's opening adverbial ("She said that
#: in 2015, ...", "a fait savoir qu'en 2015, ..."), with no clause break before it.
_SAID_THAT = re.compile(r"^[^;:]{3,160}?\b(?:that|que|qu['’])\s*(?:,\s*)?", re.IGNORECASE)


#: A second reported clause: "..., and that 300 persons had since been trained".
_ANOTHER_REPORT = re.compile(r"\b(?:that|que|qu['’])\s", re.IGNORECASE)


#: What closes an opening adverbial after its year: a comma, or up to three words and a
#: comma ("In 2022 alone,", "After the 2017 general elections,").
_ADVERBIAL_END = re.compile(r"(?:\s+[a-zé]+){0,3}\s*,")


#: A time counted forward from the sentence's date, before a figure: "two years later", "a
#: year later", "the following year", "the subsequent year", "deux ans plus tard".
_LATER = re.compile(
    r"\b(?:(?P<ahead>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix)\s+(?:years|ans)\s+(?:later|after|plus\s+tard)|"
    r"a\s+year\s+later|un\s+an\s+plus\s+tard|the\s+(?:following|next|subsequent)\s+year|"
    r"l['’]année\s+suivante)\b", re.I)


#: The present in a clause of its own ("..., while there were now 31", "whereas today").
_NOW_IN_CLAUSE = re.compile(r"\b(?:now|today|currently|presently|at present|nowadays|"
                            r"aujourd['’]hui|actuellement|désormais|à présent)\b", re.I)


#: "Since" as an adverb: from an earlier dated event up to now.
_SINCE_THEN = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b|\bdepuis\s+lors\b|"
                         r"\bdepuis\s+cette\s+date\b", re.I)


def _clause(text: str, sentence: Span, offset: int) -> Span:
    start, end = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= offset:
            start = m.end()
        elif m.start() > offset:
            end = m.start()
            break
    # a break ends within the sentence, so start <= end (new_span: speed only)
    return new_span(start, end)


def sentence_year(text: str, sentence: Span, doc_year: int | None) -> YearFix | None:
    """The one year a sentence is dated by (stated or relative), for the sentences after it."""
    return _dated_by(year_mentions(text, sentence), lambda: relative_year(text, sentence, doc_year))


def _dated_by(found: list[YearMention],
              relative: Callable[[], YearFix | None]) -> YearFix | None:
    """:func:`sentence_year` given the sentence's mentions and its relative year."""
    mentions = [m for m in found if m.kind in ("date", "span")]
    if mentions:
        years = {m.year for m in mentions}
        return YearFix(years.pop()) if len(years) == 1 and mentions[0].kind == "date" else None
    return relative()


def continues(text: str, sentence: Span) -> str | None:
    """The phrase by which a sentence says it continues the previous one, or None (also
    when the sentence sets a period of several years of its own: "Over the past three
    years, 41 children ... and 33 of them ...")."""
    m = CONTINUATION.search(text, sentence.start, sentence.end)
    if m and _SEVERAL_YEARS.search(text, sentence.start, sentence.end):
        return None
    if m and _counted_before(text, sentence, m.start(), m.group()):
        return None
    return m.group() if m else None


def _counted_before(text: str, sentence: Span, at: int, marker: str) -> bool:
    """True when a partitive continuation ("of them") refers to a count earlier in its own
    sentence ("146 States parties, and 64 of them ..."), not to the sentence before."""
    if _PARTITIVE.match(marker) is None:
        return False
    # before the count the partitive belongs to ("64 of them"): the word before "of"
    own = text.rfind(" ", sentence.start, max(sentence.start, at - 1))
    return own > sentence.start and _COUNT.search(text, sentence.start, own) is not None


#: Continuations that refer back to a count ("of them", "among those", "parmi eux") ...
_PARTITIVE = re.compile(r"(?:of|among|parmi)\b", re.IGNORECASE)
#: ... which an earlier count of the same sentence may be (a number that is no year).
_COUNT = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|deux|trois|quatre|"
    r"cinq|sept|huit|neuf|dix|douze|vingt|trente|quarante|cinquante|cent|mille)\b",
    re.IGNORECASE)


_SEVERAL_YEARS = re.compile(SEVERAL_YEARS, re.IGNORECASE)


#: What every match of CONTINUATION writes one of, in lower case ("in this context",
#: "during the same period", "that same year", "among them", "at that time", "parmi eux",
#: "cette année-là" ...); "of those", "of these", "of them" are found by _OF_THOSE.
_CONTINUATION_WORDS = ("context", "period", "same", "year", "among", "time", "période",
                       "même", "année", "parmi", "époque", "according", "selon", "led",
                       "resulted", "rise", "donné lieu", "abouti", "débouché",
                       # ("in that census", "lors de ce recensement": the sources named)
                       "audit", "survey", "study", "census", "report", "assessment",
                       "inquiry", "evaluation", "enquête", "étude", "recensement",
                       "rapport", "évaluation")
_OF_THOSE = re.compile(r"of\s+th")


def _may_continue(piece: str) -> bool:
    """False when the lower-cased ``piece`` has no match of CONTINUATION (a quick test:
    every match writes a word of _CONTINUATION_WORDS or "of" before "th...")."""
    for word in _CONTINUATION_WORDS:
        if word in piece:
            return True
    return _OF_THOSE.search(piece) is not None


#: The words before a year a figure is compared with ("a 112 per cent surge compared to
#: 2021", "than in 2019", "par rapport à 2020").
_COMPARED_WITH = re.compile(r"(?:compared\s+(?:to|with)|than(?:\s+in)?|versus|vs\.?|relative\s+to|"
                            r"par\s+rapport\s+(?:à|au)|qu['’]en)\s+$", re.IGNORECASE)


def _after_comparison(text: str, found: list[YearMention], stated: YearFix,
                      previous: YearFix | Callable[[], YearFix | None] | None) -> YearFix:
    """The year of the sentence before when the claim's only years are those its figure is
    compared with, all earlier ("In 2022, 27,180 violations ... a 112 per cent surge ...
    compared to 2021": 2022); else ``stated``."""
    if stated.year is not None or not found or any(m.kind in ("date", "span") for m in found):
        return stated
    bases = [m.year for m in found if m.kind == "base"
             and _COMPARED_WITH.search(text, max(0, m.start - 30), m.start)]
    if not bases:
        return stated
    before = previous() if callable(previous) else previous
    if before is None or before.year is None or before.year <= max(bases):
        return stated
    return YearFix(before.year, f"context (compared with {max(bases)}, previous sentence "
                                f"dated {before.year})")


def claim_year(text: str, sentence: Span, offset: int, doc_year: int | None,
               previous: YearFix | None) -> YearFix:
    """The reference year of a claim at ``offset`` (see the module docstring for the rule)."""
    stated = stated_year(text, sentence, offset)
    if stated is not None:
        return _after_comparison(text, year_mentions(text, sentence), stated, previous)
    relative = relative_year(text, sentence, doc_year)
    if relative is not None and _relative_in_later_clause(text, sentence, offset):
        return UNDATED
    return _unstated(relative, continues(text, sentence), previous)


def _relative_in_later_clause(text: str, sentence: Span, offset: int) -> bool:
    """True when the sentence's relative year stands in a clause joined after the claim's
    ("Senegal had 54 consular posts, and the Directorate had assisted 12,400 nationals last
    year": the 54 posts are of no year)."""
    found = _relative_expression(text, sentence)
    if found is None:
        return False
    at = text.find(found[0], offset, sentence.end)
    return at > offset and _LATER_CLAUSE.search(text, offset, at) is not None


def _unstated(relative: YearFix | None, marker: str | None,
              previous: YearFix | None) -> YearFix:
    """The year of a claim whose sentence states none (rules 2 and 3 of the docstring)."""
    if relative is not None:
        return relative
    if marker and previous is not None and previous.year is not None:
        return YearFix(previous.year, f"context ('{marker}', previous sentence dated {previous.year})")
    return UNDATED


def document_year(review: Review, options: AnalyzeOptions) -> YearFix:
    """The year relative expressions resolve against (see the module docstring)."""
    return _document_year(review, options, lambda s: year_mentions(review.text, s))


def _document_year(review: Review, options: AnalyzeOptions,
                   mentions: Callable[[Span], list[YearMention]]) -> YearFix:
    date = review.metadata.date
    if date and date[:4].isdigit():
        return YearFix(int(date[:4]), "metadata date")
    if options.document_year is not None:
        return YearFix(options.document_year, "options.document_year")
    inferred = _infer(review.text, review.sentences, mentions)
    return YearFix(inferred, "inferred from the text" if inferred else None)


def infer_document_year(text: str, sentences: tuple[Span, ...]) -> int | None:
    """The latest year the text uses as a present or past date (rule 3 of document_year)."""
    return _infer(text, sentences, lambda s: year_mentions(text, s))


def _infer(text: str, sentences: tuple[Span, ...],
           mentions: Callable[[Span], list[YearMention]]) -> int | None:
    head = [int(m.group(1)) for m in FULL_DATE.finditer(text, 0, min(len(text), HEAD_CHARS))][:1]
    # The latest year wins: the years the sentences write are tried from the latest down,
    # and the first one used as a date (in a sentence not about the future) is the answer
    # (only for speed: the other sentences need not be read).
    best = head[0] if head else None
    low = lowered(text)
    future = (FUTURE, text) if low is None or _FUTURE_LOWER is None else (_FUTURE_LOWER, low)
    about_future: dict[int, bool] = {}
    for year, at, k in sorted(_written_years(text, sentences), reverse=True):
        if best is not None and year <= best:
            break
        sentence = sentences[k]
        if k not in about_future:
            about_future[k] = future[0].search(future[1], sentence.start, sentence.end) is not None
        if not about_future[k] and any(y.start == at and y.kind == "date" for y in mentions(sentence)):
            best = year
            break
    return best


def _written_years(text: str, sentences: tuple[Span, ...]) -> list[tuple[int, int, int]]:
    """(year, offset, sentence index) of every year :data:`YEAR` finds in the text, for the
    years inside a sentence (the last sentence that starts before the year)."""
    starts = [s.start for s in sentences]
    out = []
    for year, at, _ in years_written(text, 0, len(text)):
        k = bisect_right(starts, at) - 1
        if k >= 0 and at < sentences[k].end:
            out.append((year, at, k))
    return out


def year_reader(review: Review, options: AnalyzeOptions) -> YearReader:
    """A :class:`YearReader` of the review, its document year found with the same memo."""
    reader = YearReader(review.text, None)
    reader.find_doc_year = lambda: _document_year(review, options, reader.mentions).year
    return reader


class YearReader:
    """The year rules of this module for the sentences of one text, each sentence read once
    (only for speed: a sentence with several claims, or carried over, is asked again).
    Memos are keyed by offsets (hashing two ints is cheaper than hashing a Span).

    The document year is worked out only when a relative expression needs it
    (:attr:`find_doc_year`), as the rules ask for it only then.
    """

    def __init__(self, text: str, doc_year: int | None) -> None:
        self.text = text
        self.find_doc_year: Callable[[], int | None] = lambda: doc_year
        self._doc_year: list[int | None] = []  # empty until asked
        low = lowered(text)
        self.continuation = ((CONTINUATION, text) if low is None or _CONTINUATION_LOWER is None
                             else (_CONTINUATION_LOWER, low))
        self._mentions: dict[tuple[int, int], list[YearMention]] = {}
        self._relative: dict[tuple[int, int], YearFix | None] = {}
        self._continues: dict[tuple[int, int], str | None] = {}

    @property
    def doc_year(self) -> int | None:
        """The document year (from :attr:`find_doc_year`, asked once)."""
        if not self._doc_year:
            self._doc_year.append(self.find_doc_year())
        return self._doc_year[0]

    def mentions(self, sentence: Span) -> list[YearMention]:
        """:func:`year_mentions` of the sentence."""
        key = (sentence.start, sentence.end)
        found = self._mentions.get(key)
        if found is None:
            found = self._mentions[key] = year_mentions(self.text, sentence)
        return found

    def relative(self, sentence: Span) -> YearFix | None:
        """:func:`relative_year` of the sentence."""
        key = (sentence.start, sentence.end)
        if key not in self._relative:
            found = _relative_expression(self.text, sentence)
            self._relative[key] = _resolve(found, lambda: self.doc_year)
        return self._relative[key]

    def continues(self, sentence: Span) -> str | None:
        """:func:`continues`: the same search, on the lower-cased copy when it lines up."""
        key = (sentence.start, sentence.end)
        if key not in self._continues:
            rule, haystack = self.continuation
            if rule is _CONTINUATION_LOWER and not _may_continue(
                    haystack[sentence.start : sentence.end]):
                m = None  # what the search would find (only for speed)
            else:
                m = rule.search(haystack, sentence.start, sentence.end)
            if m and (_SEVERAL_YEARS.search(self.text, sentence.start, sentence.end)
                      or _counted_before(self.text, sentence, m.start(),
                                         self.text[m.start() : m.end()])):
                m = None  # its own period, or its own count (see continues)
            self._continues[key] = self.text[m.start() : m.end()] if m else None
        return self._continues[key]

    def sentence_year(self, sentence: Span) -> YearFix | None:
        """:func:`sentence_year` of the sentence."""
        return _dated_by(self.mentions(sentence), lambda: self.relative(sentence))

    def claim_year(self, sentence: Span, offset: int,
                   previous: YearFix | Callable[[], YearFix | None] | None) -> YearFix:
        """:func:`claim_year` of a claim at ``offset`` in the sentence.

        previous: the year of the sentence before, or a function that gives it, called
            only when the rules need it (only for speed).
        """
        stated = _stated(self.text, sentence, offset, self.mentions(sentence))
        if stated is not None:
            return _after_comparison(self.text, self.mentions(sentence), stated, previous)
        relative = self.relative(sentence)
        if relative is not None:
            if _relative_in_later_clause(self.text, sentence, offset):
                return UNDATED
            return relative
        marker = self.continues(sentence)
        if not marker:
            return UNDATED  # what _unstated gives; the year before is not needed (speed)
        before = previous() if callable(previous) else previous
        if before is None or before.year is None:
            return UNDATED  # what _unstated gives without a year before (speed)
        return _unstated(None, marker, before)
