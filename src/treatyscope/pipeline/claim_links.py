"""Links between claims: the context of a claim, and restatements.

A *restatement* (``duplicate_of``) is the same fact said again by the same side: equal
value, unit and year, in sentences whose content words overlap (:data:`DUP_OVERLAP`).  The
lede of a press release repeats the body, so a body claim is preferred as the canonical one;
otherwise the first occurrence is.  The lede often leaves out the year: an undated figure of
the lede may restate a dated one of the body.  A different approximator ("more than" / "around") does
not matter; a figure from the other side (an expert citing the State) is never a duplicate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from treatyscope.data.claim_words import CONTEXT_STOP, SUBSET_BEFORE
from treatyscope.data.countries import lookup_country
from treatyscope.data.numbers import SCALES, is_number_word
from treatyscope.model import Claim, Review, Span, Value
from treatyscope.pipeline.claim_scan import Vocabulary, lowered, words_of

#: Minimum overlap coefficient of the content words of two sentences for two equal figures
#: from the same side to count as one fact restated.  Calibrated on the sample: restated
#: figures score 0.45-1.0 (lede copies 1.0), unrelated equal figures 0-0.2.
DUP_OVERLAP = 0.35
#: Small counts ("two", "six") recur by chance, so they need a closer wording.
DUP_OVERLAP_SMALL = 0.5
SMALL_VALUE = 12
#: Section kinds that restate the body: a claim there is never preferred as canonical.
RESTATING_SECTIONS = frozenset({"summary", "title", "header"})
#: Of those, the ones that restate the lede too: a headline figure is the lede's again.
HEADLINE_SECTIONS = frozenset({"title", "header"})
_WORD = re.compile(r"[^\W\d_]{3,}")


def stem(word: str) -> str:
    """A crude stem for comparing contexts: lower case, English plural removed."""
    low = word.lower()
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


def context_words(text: str, span: Span) -> frozenset[str]:
    """The content words of ``text[span]`` (stemmed, without function and unit words)."""
    low = lowered(text)  # its words stem as the text's do (only for speed)
    words = (_WORD.findall(text, span.start, span.end) if low is None
             else words_of(low, span.start, span.end))
    stems = map(_CONTEXT_STEMS.__getitem__, words)
    return frozenset(word for word in stems if word is not None)


#: Word -> its :func:`stem`, or None for a word of CONTEXT_STOP.
_CONTEXT_STEMS: Vocabulary[str, str | None] = Vocabulary(
    lambda word: None if word.lower() in CONTEXT_STOP or _spelled_number(word) else stem(word))


def _spelled_number(word: str) -> bool:
    """A number written in words ("Eleven deaths"): like digits, no context word (the same
    figure is "11 deaths" in the next sentence that restates it)."""
    low = word.lower()  # a scale ("1,2 milliard de dinars") says what kind of sum it is
    return low not in SCALES and (is_number_word(low, "en") or is_number_word(low, "fr"))


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: shared words over the smaller set (0 when either is empty)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def same_value(a: Value, b: Value) -> bool:
    """Equal numbers, or equal ranges."""
    if isinstance(a, tuple) or isinstance(b, tuple):
        return a == b
    return abs(a - b) <= 1e-9 * max(1.0, abs(a))


def side_of(review: Review, pid: str | None) -> str:
    """The side of a speaker; the narrator and unknown speakers are "other"."""
    who = review.participant(pid)
    return who.side if who else "other"


def _restates(review: Review, a: Claim, b: Claim, context: Mapping[Span, frozenset[str]],
              sides: dict[str | None, str] | None = None, undated_recap: bool = False) -> bool:
    """True if ``b`` restates ``a``; ``context`` gives the :func:`context_words` of a
    claim's sentence; ``undated_recap``: ``b`` is an undated figure of the lede, which may
    recap a dated one ("occupancy stood at 104 per cent" / "in 2024, the occupancy rate was
    104 per cent")."""
    if a.sentence_span == b.sentence_span or unit_key(a.unit) != unit_key(b.unit):
        return False
    if a.year != b.year and not (undated_recap and b.year is None):
        return False
    side_a = sides[a.speaker] if sides is not None else side_of(review, a.speaker)
    side_b = sides[b.speaker] if sides is not None else side_of(review, b.speaker)
    if not same_value(a.value, b.value) or side_a != side_b:
        return False
    if _other_things(_states_in, review.text, a.sentence_span, b.sentence_span):
        return False  # "For Kenya, the four issues ..." / "For Nepal, the four issues ..."
    if a.unit != "percent" and _part(review.text, a) != _part(review.text, b):
        # "46 complaints received" / "of which 46 had been admitted" (probe 357); a share
        # is one however given ("of which 18 per cent was allocated to education" /
        # "or 18 per cent of the national budget")
        return False
    high = max(a.value) if isinstance(a.value, tuple) else a.value
    if ((high <= SMALL_VALUE or a.unit != "percent")
            and _ANAPHORIC.search(review.text, max(0, b.span.start - 12), b.span.start)):
        # "those three communications", "the two Committees", "ces deux", "the 27 officers"
        # (a rate is quoted with "the" by chance: "the 15 per cent figure" of another body)
        return True
    if _other_things(_sessions_in, review.text, a.sentence_span, b.sentence_span):
        # "8 reports at its fortieth session" / "8 reports at its forty-first session" (but
        # "the two Committees" of one session and of the next are the same two, above)
        return False
    if (_restating(review, a) or _restating(review, b)) and distinctive(a.value):
        return True  # the lede repeats "31.9 per cent": such a figure does not recur by chance
    need = DUP_OVERLAP_SMALL if high <= SMALL_VALUE else DUP_OVERLAP
    words_a, words_b = context[a.sentence_span], context[b.sentence_span]
    if isinstance(context, _SentenceWords):
        # a currency named in full on one side only ("620 million United States dollars" /
        # "620 million dollars") says nothing of what was paid
        words_a = words_a - (context.amount_words(a.sentence_span) - words_b)
        words_b = words_b - (context.amount_words(b.sentence_span) - words_a)
    return overlap(words_a, words_b) >= need


#: A capitalised word after the first of a sentence (a State is looked up among them), and
#: an ordinal before "session" (which session a count is of).
_CAPITALISED = re.compile(r"(?<=\s)[A-Z][a-zà-ÿ'’-]{2,}")
_SESSION_ORDINAL = re.compile(
    r"\b((?:[a-z]+-)?[a-z]*(?:first|second|third|th)|\d+(?:st|nd|rd|th))\s+session\b")


def _other_things(found: Callable[[str, Span], frozenset[str]], text: str, a: Span,
                  b: Span) -> bool:
    """True if two sentences are about different States or different sessions (``found``
    lists them): each names one and they share none ("For Kenya, the four issues chosen
    ..." / "For Nepal, the four issues chosen ..."), so equal figures in them are no
    restatement."""
    first = found(text, a)
    if not first:
        return False
    second = found(text, b)
    return bool(second) and not first & second


def _states_in(text: str, sentence: Span) -> frozenset[str]:
    codes = (lookup_country(m.group()) for m in _CAPITALISED.finditer(text, sentence.start, sentence.end))
    return frozenset(code for code in codes if code)


def _sessions_in(text: str, sentence: Span) -> frozenset[str]:
    return frozenset(m.group(1) for m in _SESSION_ORDINAL.finditer(text, sentence.start, sentence.end))


def _part(text: str, claim: Claim) -> bool:
    """True for a figure given as a part of the one before it ("of which 46", "dont 12")."""
    return SUBSET_BEFORE.search(text, max(0, claim.span.start - 40), claim.span.start) is not None


def distinctive(value: Value) -> bool:
    """True for a figure two facts rarely share by chance: a decimal ("31.9") or three
    significant digits and more ("2,022,547", "1,687"), not a round number ("50", "1,000",
    "3.8 million")."""
    if isinstance(value, tuple):
        return False
    if value != int(value):
        return True
    return len(str(abs(int(value))).strip("0")) >= 3  # 2,022,547 and 263, not 3,800,000


#: A definite or demonstrative determiner before a small count refers back to things
#: already counted: with the same value, unit, year and side, it restates the earlier
#: figure however little else the two sentences share.
_ANAPHORIC = re.compile(r"\b(?:the|those|these|both|ces|les|des)\s+$", re.IGNORECASE)


#: Counted nouns that name the same things when a count is restated ("four States parties"
#: ... "the four countries" ... "the four State delegations").
_SAME_COUNTED: dict[str, str] = {
    unit: "states" for unit in ("states", "parties", "countries", "delegations", "pays",
                                "états", "etats", "nations", "states parties", "états parties")
}


def unit_key(unit: str | None) -> str | None:
    """The unit under which restatements are looked for (synonymous counted nouns meet)."""
    return _SAME_COUNTED.get(unit.lower(), unit) if unit else unit


def _restating(review: Review, claim: Claim) -> bool:
    index = review.section_at(claim.span.start)
    return index is not None and review.sections[index].kind in RESTATING_SECTIONS


def _restating_rank(review: Review, claim: Claim) -> int:
    """0 for the body, 1 for the lede, 2 for the headline: canonical claims are taken in
    this order (the lede restates the body, the headline both)."""
    index = review.section_at(claim.span.start)
    kind = review.sections[index].kind if index is not None else None
    return 2 if kind in HEADLINE_SECTIONS else int(kind in RESTATING_SECTIONS)


class _SentenceWords(dict[Span, frozenset[str]]):
    """Sentence -> its :func:`context_words`, each worked out when first asked for; and
    the words of the currency names of its amounts (:meth:`amount_words`)."""

    __slots__ = ("amounts", "figures", "text")

    def __init__(self, text: str, claims: list[Claim] | None = None) -> None:
        super().__init__()
        self.text = text
        self.figures: dict[Span, list[Span]] = {}
        self.amounts: dict[Span, frozenset[str]] = {}
        for c in claims or ():
            if c.unit is not None and len(c.unit) == 3 and c.unit.isupper():
                self.figures.setdefault(c.sentence_span, []).append(c.span)

    def __missing__(self, sentence: Span) -> frozenset[str]:
        words = self[sentence] = context_words(self.text, sentence)
        return words

    def amount_words(self, sentence: Span) -> frozenset[str]:
        """The words of the sentence's amounts ("620 million United States dollars")."""
        words = self.amounts.get(sentence)
        if words is None:
            spans = self.figures.get(sentence, ())
            words = self.amounts[sentence] = frozenset().union(
                *(context_words(self.text, span) for span in spans))
        return words


def mark_duplicates(review: Review, claims: list[Claim]) -> list[Claim]:
    """The claims with ``duplicate_of`` set on every restatement (see the module docstring)."""
    # The words of a claim's sentence, read when a pair first needs them (only for speed:
    # most pairs differ in value or side before their words are compared).
    context = _SentenceWords(review.text, claims)
    sides = {who: side_of(review, who) for who in {c.speaker for c in claims}}  # once each
    order = sorted(range(len(claims)), key=lambda i: (_restating_rank(review, claims[i]), i))
    # Canonical claims by unit and year, in the order they were taken: a restatement needs
    # both equal, so only that group is searched (the first match is the same; speed).
    canonical: dict[tuple[str | None, int | None], list[Claim]] = {}
    links: dict[str, str] = {}
    for i in order:
        claim = claims[i]
        group = canonical.setdefault((unit_key(claim.unit), claim.year), [])
        first = next((c for c in group if _restates(review, c, claim, context, sides)), None)
        if first is None and claim.year is None and _restating(review, claim):
            dated = [c for (unit, year), g in canonical.items() if unit == unit_key(claim.unit)
                     and year is not None for c in g]
            dated.sort(key=lambda c: c.span.start)
            first = next((c for c in dated
                          if _restates(review, c, claim, context, sides, undated_recap=True)), None)
        if first is None:
            group.append(claim)
        else:
            links[claim.id] = first.id
    return [c if c.duplicate_of == links.get(c.id) else replace(c, duplicate_of=links.get(c.id))
            for c in claims]
