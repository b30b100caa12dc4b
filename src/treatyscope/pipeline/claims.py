"""Numeric claims: every quantitative statement of fact, with unit, year, subject and speaker.

*Find* is :func:`treatyscope.pipeline.claim_find.find_quantities` (one sentence, pure);
this stage *writes*: it walks the sentences in order, adds the speaker (participant of the
containing turn), the reference year (:mod:`treatyscope.pipeline.claim_years`), a short
subject, and marks restatements with ``duplicate_of``
(:mod:`treatyscope.pipeline.claim_links`).

The headline and subtitle lines of a release (:func:`title_lines`) are read too: their
figures belong to nobody's turn and restate the lede or the body.

A number with no unit or noun in its sentence ("For 2024, it would be 25,000.") takes the
unit of the last claim of the previous sentence of the same turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from treatyscope.data.formats import REPOST, UNIS_MEETING_SUMMARY, UNIS_PRESS_RELEASE
from treatyscope.data.languages import READ_LANGUAGES
from treatyscope.data.units import DOLLAR_STATES, SHARED_CURRENCY_NAMES
from treatyscope.model import Claim, Review, Span, Turn
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.claim_find import Quantity, only_dropped_years, quantities_in
from treatyscope.pipeline.claim_links import mark_duplicates
from treatyscope.pipeline.claim_scan import TurnIndex, letter_classes, letter_runs, lowered
from treatyscope.pipeline.claim_tokens import number_sentences
from treatyscope.pipeline.claim_years import YearFix, YearReader, year_reader
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.spans import trimmed


class _Carry:
    """The year each sentence leaves to the next one of the same turn, computed on demand.

    A sentence is dated by its own single year or relative expression; failing that, by
    the year of the sentence before it, when it says it continues it ("of those ...").
    """

    def __init__(self, review: Review, years: YearReader) -> None:
        self.review, self.years = review, years
        self.memo: dict[int, YearFix | None] = {}

    def before(self, index: int, turn: Turn | None) -> YearFix | None:
        """The year carried into sentence ``index`` from the previous one in ``turn``."""
        sentences = self.review.sentences
        if index == 0 or turn is None or not turn.span.contains(sentences[index - 1]):
            return None
        return self.of(index - 1, turn)

    def of(self, index: int, turn: Turn) -> YearFix | None:
        """The year sentence ``index`` is dated by, its own or carried (memoised)."""
        if index not in self.memo:
            sentence = self.review.sentences[index]
            own = self.years.sentence_year(sentence)
            if own is None and self.years.continues(sentence):
                own = self.before(index, turn)
            self.memo[index] = own
        return self.memo[index]


def review_language(review: Review) -> str:
    """The language the numbers are written in: "fr" or "en" (the default)."""
    return "fr" if (review.source.language or "").startswith("fr") else "en"


def find_claims(review: Review, options: AnalyzeOptions) -> list[Claim]:
    """The claims of a review in document order, ids ``c1`` ..., duplicates not yet marked."""
    text, lang = review.text, review_language(review)
    years = year_reader(review, options)
    carry, turns = _Carry(review, years), TurnIndex(review)
    numbered = _numbered(text, review.sentences)
    out: list[Claim] = []
    for line in title_lines(review):  # the headline's figures, restated by the body
        for q in quantities_in(text, line, lang):
            fix = years.claim_year(line, q.span.start, None)
            out.append(_claim(review, f"c{len(out) + 1}", line, q, q.unit, fix, None))
    last_unit: tuple[Turn | None, str | None] = (None, None)
    last_count: str | None = None  # the unit of the last count of things (not a duration)
    # ... and of the last sentence that counted things, kept over one that counts nothing
    # (for a number that opens a sentence as its subject: "Twelve had been declared ...")
    counted: tuple[int, Turn | None, str | None] = (-1, None, None)
    for index, sentence in enumerate(review.sentences):
        quantities = quantities_in(text, sentence, lang) if numbered[index] else None
        if not quantities:
            last_unit, last_count = (None, None), None
            continue
        turn = turns.at(sentence.start)
        previous = partial(carry.before, index, turn)  # asked only if a claim needs it
        for q in quantities:
            fix = years.claim_year(sentence, q.span.start, previous)
            cited = _CITED.search(text, max(0, q.span.start - 24), q.span.start) is not None
            # (not "Les centres, au nombre de 14, ...": a number of its own noun, which had
            # taken the dollars of the sentence before, probe F)
            # (never "times": "1.3 times lower than men's. The retirement age, which was 61,
            # ..." compares nothing; probe r)
            inherit = (q.elided and q.unit is None and last_unit[0] is turn and turn is not None
                       and last_unit[1] != "multiplier"
                       and _closes_phrase(text, q.span.end) and not cited
                       and not _ends_unitless_change(text, q, out, sentence))
            unit = last_unit[1] if inherit else q.unit
            if inherit and (_REMAINING.search(text, max(0, q.span.start - 20), q.span.start)
                            or _PARTITIVE_AFTER.match(text, q.span.end)):
                # "to the remaining seven", "58,000 of them": a part of the count before
                # (not of a rate or a share given last)
                unit = last_count
            elif (q.elided and unit is None and last_unit[0] is turn and turn is not None
                  and _OF_THOSE.match(text, sentence.start, q.span.start)):
                unit = last_count  # "Of those, 58 had been brought to court": part of it
            if unit is None and cited:
                unit = _unit_of_value(out, q.value)  # "the figure of 1,117": one given before
            elif (unit is None and q.elided and q.span.start == sentence.start
                  and counted[1] is turn and turn is not None and index - counted[0] <= 2
                  and _SUBJECT_VERB.match(text, q.span.end)):
                unit = counted[2]  # "... 22 communications. [...] Twelve had been declared"
            out.append(_claim(review, f"c{len(out) + 1}", sentence, q, unit, fix, turn))
        last_unit = (turn, out[-1].unit)
        counts = [c.unit for c in out[-len(quantities):]
                  if c.unit not in _DURATIONS and c.unit not in _MEASURES
                  and not (c.unit or "").startswith("per ")]  # nor a rate ("per 1,000")
        last_count = counts[-1] if counts else last_count
        if counts:
            counted = (index, turn, counts[-1])
    return out


#: A headline or subtitle line of the header has at least this many words (shorter lines
#: are labels, dates and counters: "• 11", "23 Juin 2017").
TITLE_WORDS = 5
HEADLINED_FORMATS = frozenset({UNIS_PRESS_RELEASE, UNIS_MEETING_SUMMARY, REPOST})
_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without its outer spaces
_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")


def title_lines(review: Review) -> list[Span]:
    """The headline and subtitle lines of a release's header zone: lines of
    :data:`TITLE_WORDS` words or more outside its chrome.  None in a summary record (its
    header holds a symbol, a meeting number and a date) nor in a text of no known format
    (whose "header" may be anything)."""
    if review.source.format not in HEADLINED_FORMATS:
        return []
    chrome = review.boilerplate
    lines: list[Span] = []
    for section in review.sections:
        if section.kind != "header":
            continue
        for m in _LINE.finditer(section.span.slice(review.text)):
            line = _after_label(review.text, Span(section.span.start + m.start(),
                                                  section.span.start + m.end()), chrome)
            if (line is not None
                    and len(_TITLE_WORD.findall(line.slice(review.text))) >= TITLE_WORDS
                    and not any(c.overlaps(line) for c in chrome)):
                lines.append(line)
    return lines


def _after_label(text: str, line: Span, chrome: Sequence[Span]) -> Span | None:
    """The line without the chrome that opens it ("date 2019-10-23 UN Committee publishes
    findings on 6 nations": a repost site's label before the headline), if any."""
    label = next((c for c in chrome if c.start <= line.start < c.end < line.end), None)
    return line if label is None else trimmed(text, label.end, line.end)


#: Words before a bare number that cite a figure given before ("the figure of 1,117 in the
#: report", "le chiffre de 980").
_CITED = re.compile(r"\b(?:figures?|chiffres?|nombre)\s+(?:of|de|d['’])\s*$", re.IGNORECASE)


def _unit_of_value(earlier: list[Claim], value: object) -> str | None:
    """The unit of the latest earlier claim of this value that has one, if any."""
    return next((c.unit for c in reversed(earlier) if c.value == value and c.unit), None)


#: A sentence that opens on a part of the count before it: "Of those, 58 had been brought to
#: court and 11 had resulted in convictions", "Parmi eux, 40 ...".
_OF_THOSE = re.compile(r"(?:Of (?:those|these|them|which|whom)|Among (?:them|those|these)|"
                       r"Parmi (?:eux|elles|ceux-ci|celles-ci)|Sur ce nombre|D['’]entre (?:eux|elles)),"
                       r"[^.;:]*$")
#: The verb after a number that opens its sentence: the number is the subject, and counts
#: what was counted before ("Twelve had been declared inadmissible", "Douze ont été rejetées").
_SUBJECT_VERB = re.compile(
    r"\s+(?:had|have|has|were|was|are|is|would|could|remained|concerned|related|"
    r"avaient|avait|ont|a|étaient|était|sont|est|concernaient)\b")
#: Words before a bare number that make it the rest of a count ("the remaining seven").
_REMAINING = re.compile(r"\b(?:remaining|other|restants|restantes|autres)\s+$", re.IGNORECASE)
#: A part of a group after a bare number: "58,000 of them".
_PARTITIVE_AFTER = re.compile(r"\s+(?:of (?:them|those|these)|d['’]entre (?:eux|elles))\b")
#: Units that measure rather than count: never the noun of "of those, N".
_MEASURES = frozenset({"percent", "multiplier"})
#: Units of durations, never the noun of "the remaining N".
_DURATIONS = frozenset({"years", "months", "weeks", "days", "hours", None})


_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)]|$|of (?:them|those|these)\b|d['’]entre (?:eux|elles)\b)")


#: "to" or "à" before the second figure of a change ("from 16 to 18", "de 16 à 18").
_TO_BEFORE = re.compile(r"\b(?:to|à)\s+$")


def _ends_unitless_change(text: str, q: Quantity, out: list[Claim], sentence: Span) -> bool:
    """True for the second figure of "from 16 to 18" whose first took no unit: the two
    measure one thing, so the second takes none from the sentence before either ("31 per
    cent ... Would the age of marriage be raised from 16 to 18?", probe s)."""
    first = out[-1] if out else None
    return (first is not None and first.unit is None and first.span.start >= sentence.start
            and _TO_BEFORE.search(text, max(sentence.start, q.span.start - 6), q.span.start)
            is not None)


def _closes_phrase(text: str, end: int) -> bool:
    """True when nothing follows a number in its phrase but a pronoun ("it would be 25,000.",
    "the remaining nine,", "One of them"): only such a number takes the unit of the sentence
    before; one with words after it ("1.6 million kip", "11,500 in 2007") names its own,
    even unread."""
    return _PHRASE_END.match(text, end) is not None


def _numbered(text: str, sentences: tuple[Span, ...]) -> list[bool]:
    """For each sentence, whether it may state a quantity: it may hold a number
    (:func:`number_sentences`) and not only years the rules drop (only for speed: the
    others would be read for nothing)."""
    low = lowered(text)
    numbered = number_sentences(text, sentences, low)
    if low is None:
        return numbered
    classes, runs = letter_classes(low), letter_runs(low)
    return [ok and not only_dropped_years(text, s, classes, runs)
            for ok, s in zip(numbered, sentences, strict=True)]


def _claim(review: Review, claim_id: str, sentence: Span, q: Quantity, unit: str | None,
           fix: YearFix, turn: Turn | None) -> Claim:
    return Claim(
        id=claim_id,
        span=q.span,
        sentence_span=sentence,
        value=q.value,
        unit=_currency(unit, q.span.slice(review.text), review.metadata.state_party_code or ""),
        year=fix.year,
        subject=q.subject,
        speaker=turn.participant if turn else None,
        qualifier=q.qualifier,
        text=q.span.slice(review.text),
        year_basis=fix.basis,
    )


#: What makes dollars United States dollars, in the words of an amount ("US$ 5 million",
#: "7 million United States dollars", "dollars des États-Unis").
_US_DOLLARS = re.compile(r"\bUS\b|\bU\.S\.|\bUSD\b|United States|[ée]tats[- ]unis|américains",
                         re.IGNORECASE)


def _currency(unit: str | None, words: str, state: str) -> str | None:
    """The unit of an amount written ``words`` in a review of ``state``: a currency named
    alike by several States is the State party's (:data:`SHARED_CURRENCY_NAMES`), and so
    are dollars not said to be United States dollars in a review of a State whose currency
    is a dollar (:data:`DOLLAR_STATES`)."""
    if unit == "USD" and state in DOLLAR_STATES and not _US_DOLLARS.search(words):
        return DOLLAR_STATES[state]
    return SHARED_CURRENCY_NAMES.get(unit or "", {}).get(state, unit)


@stage("claims", requires=("turns", "sentences", "sections", "participants", "metadata"),
       assigns=("claims",))
def claims(review: Review, options: AnalyzeOptions) -> Review:
    """Find the numeric claims (``review.claims``) and link restatements; none in a text
    of a language whose numbers are not read (detect's notice W013 says so)."""
    if review.source.language not in (None, *READ_LANGUAGES):
        return review  # "1.300" is 1,300 in Spanish, "45 millones" no unit: no guess
    found = find_claims(review, options)
    return replace(review, claims=tuple(mark_duplicates(review, found)))
