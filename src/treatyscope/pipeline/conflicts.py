"""Contradictions: pairs of claims about the same subject and period whose values disagree.

A pair is a candidate when both claims are canonical (not restatements), have the same unit
(the normalised unit: ``persons``, ``percent``, ``USD``, or the same counted noun), stand in
different sentences, and are not dated to different years (a change over time is not a
contradiction).  It is a conflict when

* the values are incompatible beyond rounding and approximators (:func:`compatible`), and
* the contexts say the two figures measure the same thing (:func:`subject_similarity`, an
  IDF-weighted overlap of the content words of each claim's sentence and the sentence before
  it in the same turn, at least :data:`SAME_SUBJECT`, :data:`SOFT_SUBJECT` for a soft
  pair), without the words that say how a figure stood or where it comes from ("stood",
  "survey"), and, when the two name different counted nouns, without past participles (a
  shared "fined" does not make officials and children one count); and
* the two sentences name the same statistic (an average is not a limit).

Strength: ``hard`` when both come from the same side and are dated to the same year;
``soft`` when an expert's figure meets the delegation's and at most one of them is dated
(they may reflect different reference years).  For each claim only the best-matching soft
partner is kept (highest similarity, then the most recent year), so an undated expert figure
is set against the delegation's latest figure, not against every figure of the series.
Figures of the narrator and same-side undated pairs are never flagged: they are restatements
or different things far more often than contradictions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, partial
from itertools import chain, filterfalse

from treatyscope.caching import text_cache
from treatyscope.data.claim_words import (
    CHANGE_BEFORE,
    CHANGE_VERBS,
    INDICATOR,
    INDICATOR_BLANK,
    INDICATOR_OF,
    PART_OF,
    STATISTIC_WORDS,
    SUBJECT_STOP,
    SUBSET_BEFORE,
)
from treatyscope.data.countries import lookup_country
from treatyscope.data.dates import MONTHS
from treatyscope.data.units import LOWER_BOUNDS, UPPER_BOUNDS
from treatyscope.model import Claim, Conflict, ConflictStrength, Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.claim_links import distinctive, same_value, side_of, stem
from treatyscope.pipeline.claim_scan import (
    SentenceIndex,
    TurnIndex,
    Vocabulary,
    latin1_word,
    lowered,
    searchable,
    sentence_runs,
    words_of,
)
from treatyscope.pipeline.claim_years import SPAN_BASIS
from treatyscope.pipeline.registry import stage

#: Relative slack of "around", "about", "some" ... on top of rounding.  "around 2.5 billion"
#: (2.375-2.625 bn) must not accept 2.76 bn, which the reference flags; 5% is the widest
#: slack that keeps it.
APPROX_TOLERANCE = 0.05
#: Minimum subject similarity of a hard conflicting pair.  Calibrated on the sample and the
#: corpus: pairs about one subject (women's share of migrants, remittances, the labour quota)
#: score 0.16-0.19; the highest unrelated pair that passes the other tests scores 0.05.
SAME_SUBJECT = 0.1
#: ... and of a soft one (an expert's figure against the delegation's, where only one is
#: dated: the expert may cite another year or source).  In hand-written dialogues (ten
#: probes and ``quality/dialogues``) soft pairs that measure different things scored
#: 0.10-0.14 (7 pairs: "one in three pupils bullied" / "60 per cent" of another base;
#: "1,150 teachers had left" / "2,300 teachers took courses"), one true pair 0.12 (women's
#: share of magistrates, 28 % / 31 %); the sample's two soft conflicts score 0.17 and 0.18.
SOFT_SUBJECT = 0.15
#: Two figures for one quantity differ by rounding, a revision or another source, not by an
#: order of magnitude: figures further apart than this ratio count different things (a part
#: and its whole; teachers and children; deaths and live births) ...
MAX_RATIO = 3.0
#: ... nor by more than this one when each names what it counts and the names differ
#: ("612 children" / "285 adolescents").  The sample's labour quota, "25,000 foreign
#: citizens" against "16,000 workers" (1.6), stays a conflict.
NOUN_RATIO = 2.0
#: Units that are measures, not counted nouns.
_MEASURES = frozenset({"percent", "USD", "EUR", "CHF", "years", "months", "weeks", "days",
                       "hours", "multiplier"})
#: The most a round figure's rounding may be, as a share of it ("1,000 complaints" is 900
#: to 1,100; "60 per cent" keeps its 55 to 65, the tenth of 60 being more than 5): set so
#: that an Expert's round figure and the State's meet when they differ by the rounding a
#: writer does, and not when they differ by a third (1,000 vs 620, 2 million vs 1.6
#: million, 20 vs 16 per cent; probe C).
ROUND_SHARE = 0.1
#: Counts below this are exact, a ten included ("ten deaths in custody" vs "seven"): a
#: speaker rounds a count to tens only when it is large.  Measures (per cent, money,
#: durations) keep their rounding: "10 per cent" may stand for 9.6 per cent.
EXACT_COUNT_BELOW = 20
#: Weight of the words of the sentence before a claim ("In 2023, remittances ... had
#: decreased. In 2022, 2.76 billion dollars were transferred ...").
PREVIOUS_WEIGHT = 0.5
#: Confidence given to each strength (a hard conflict is a checkable contradiction; a soft
#: one may be a difference of reference years).
CONFIDENCE = {"hard": 0.8, "soft": 0.5}
_WORD = re.compile(r"[^\W\d_]{3,}")
_Pair = tuple[float, Claim, Claim, ConflictStrength]
#: Upper bounds that are also approximations: the value lies just under the figure.
_NEAR = frozenset({"nearly", "almost", "just under"})
_APPROX = frozenset({"around", "about", "approximately", "some", "roughly", "estimated",
                     "close to", "nearly", "almost"})


@dataclass(frozen=True, slots=True)
class _Context:
    """The weighted content words a claim is compared by, and its speaker's side."""

    words: dict[str, float]
    side: str
    window: Span


def interval(claim: Claim) -> tuple[float, float]:
    """The values a claim allows: its number widened by rounding, approximators and bounds.

    A bound is its own edge, without rounding: "over 800,000" allows no 760,000."""
    low, high = claim.value if isinstance(claim.value, tuple) else (claim.value, claim.value)
    written = None if isinstance(claim.value, tuple) else _written_rounding(claim.text)
    if written is None and claim.unit not in _MEASURES and high < EXACT_COUNT_BELOW:
        written = 0.5  # "ten deaths" is no round figure: seven deaths contradict it
    round_low = written if written is not None else _rounding(low, ROUND_SHARE)
    round_high = written if written is not None else _rounding(high, ROUND_SHARE)
    slack = max(round_low, APPROX_TOLERANCE * abs(low) if claim.qualifier in _APPROX else 0)
    lo, hi = low - slack, high + max(round_high, slack)
    if claim.qualifier in LOWER_BOUNDS:
        lo, hi = low, math.inf
    if claim.qualifier in UPPER_BOUNDS:
        # "nearly 1.5 billion" is just under it; "up to 1.5 billion" anything below
        lo, hi = (high * (1 - APPROX_TOLERANCE) if claim.qualifier in _NEAR else 0.0), high
    return lo, hi


#: A number written with one or two decimals ("10.0", "9,1"): its precision is as written
#: (three digits after a comma or point are thousands: "1,250").
_DECIMALS = re.compile(r"\d[.,](\d{1,2})(?!\d)")


def _written_rounding(text: str | None) -> float | None:
    """Half a unit of the last decimal written ("10.0 per cent" -> 0.05), or None when the
    figure is written without decimals: "10.0" is no round ten."""
    m = _DECIMALS.search(text or "")
    return 0.5 * 10 ** -len(m.group(1)) if m else None


def _rounding(value: float, share: float = 1.0) -> float:
    """Half a unit of the last significant digit: 60 -> 5, 2.5e9 -> 5e7, 54 -> 0.5; at most
    ``share`` of the value (a round figure is rounded, not a guess: "1,000 complaints"
    allows 900 to 1,100, not 500 to 1,500)."""
    if value == 0:
        return 0.5
    digits = f"{abs(value):.10g}".replace(".", "").rstrip("0").lstrip("0") or "0"
    exponent = math.floor(math.log10(abs(value))) - len(digits) + 1
    return min(0.5 * math.pow(10, exponent), max(0.5, share * abs(value)))


def compatible(a: Claim, b: Claim) -> bool:
    """True if the two values can describe the same quantity."""
    return overlapping(*interval(a), *interval(b))


def overlapping(lo_a: float, hi_a: float, lo_b: float, hi_b: float) -> bool:
    """True if two value intervals share a value.  Rounding makes them half-open: "12 per
    cent" and "13 per cent" meet at 12.5 but share no value; an exact value on the edge of
    the other's interval is within it."""
    overlap = min(hi_a, hi_b) - max(lo_a, lo_b)
    return overlap > 0 or (overlap == 0 and (lo_a == hi_a or lo_b == hi_b))


#: Word -> :func:`~treatyscope.pipeline.claim_links.stem` (a review repeats its words).
_STEMS: Vocabulary[str, str] = Vocabulary(stem)
#: Word -> its stem, or None for a word of SUBJECT_STOP.
_CONTENT_STEMS: Vocabulary[str, str | None] = Vocabulary(
    lambda word: None if word.lower() in SUBJECT_STOP else stem(word))


def _bag(text: str, span: Span, weight: float,
         names: frozenset[str] = frozenset()) -> dict[str, float]:
    return _weighted(_WORD.findall(text, span.start, span.end), weight, names)


def _weighted(words: list[str], weight: float,
              names: frozenset[str] = frozenset()) -> dict[str, float]:
    """The stems of the content words but ``names``, in order of first use, each with
    ``weight``."""
    stems = map(_CONTENT_STEMS.__getitem__, words)
    return {word: weight for word in stems if word is not None and word not in names}


def name_stems(review: Review) -> frozenset[str]:
    """The stems of the named participants' names and countries: who speaks says nothing of
    what a figure counts ("Mme Otani dit que le taux ..." and "M. Rakotomalala (Madagascar)
    dit que le taux ...", whose short French subjects the names had outweighed; probe F)."""
    words = (w for p in review.participants if p.name
             for w in _WORD.findall(f"{p.name} {p.country or ''}".lower()))
    return frozenset(s for w in words if (s := _CONTENT_STEMS[w]) is not None)


class _Reader:
    """What pairing reads of a review, computed when first needed and kept for one call
    (only for speed): the sides, windows and contexts of claims, and IDF weights.

    When the text lines up with its lower-cased copy (:func:`lowered`), a sentence's words
    are read off the copy once, already lower-cased (which changes no stem and no stop-word
    test), and the IDF weights are counted for the words of compared contexts only.
    """

    def __init__(self, review: Review, claims: list[Claim]) -> None:
        self.review = review
        self.by_id = {c.id: c for c in claims}  # a context is the last claim's of its id
        self.contexts: dict[str, _Context] = {}
        self.sides: dict[str, str] = {}
        self.windows: dict[str, Span] = {}
        self.index = SentenceIndex(review.sentences)
        self.turns = TurnIndex(review)
        self.lowered = lowered(review.text) if self.index.ordered else None
        self.words: dict[int, list[str]] = {}  # sentence index -> its words, lower case
        self.names = name_stems(review)

    def side(self, claim: Claim) -> str:
        """The side of the claim's speaker (see :func:`side_of`)."""
        side = self.sides.get(claim.id)
        if side is None:
            who = self.turns.participant(self.by_id[claim.id].speaker)
            side = self.sides[claim.id] = who.side if who else "other"  # side_of, faster
        return side

    def context(self, claim: Claim) -> _Context:
        """The context of the claim (see :func:`_context`)."""
        ctx = self.contexts.get(claim.id)
        if ctx is None:
            ctx = self.contexts[claim.id] = _context(self.review, self.by_id[claim.id], self)
        return ctx

    def window(self, claim: Claim) -> Span:
        """The window of the claim's context (see :func:`_context`), without its words."""
        window = self.windows.get(claim.id)
        if window is None:
            window = self.windows[claim.id] = self._window(self.by_id[claim.id].sentence_span)[0]
        return window

    def _window(self, sentence: Span) -> tuple[Span, int]:
        """The sentence, from the start of the one before it when that one is in the same
        turn; and the index of that one (or -1)."""
        index = self.sentence_index(sentence)
        if index > 0:
            turn = self.turns.at(sentence.start)
            previous = self.review.sentences[index - 1]
            if turn is not None and turn.span.contains(previous):
                return Span(previous.start, sentence.end), index - 1
        return sentence, -1

    def sentence_index(self, sentence: Span) -> int:
        """The first index of ``sentence`` in the review's sentences, or -1."""
        if not self.index.ordered:
            return _sentence_index(self.review, sentence)
        k = self.index.holding(sentence.start, sentence.start)  # in order: one per start
        return k if k >= 0 and self.review.sentences[k] == sentence else -1

    def bag(self, span: Span, weight: float) -> dict[str, float]:
        """:func:`_bag` of the review's text."""
        if self.lowered is None:
            return _bag(self.review.text, span, weight, self.names)
        k = self.sentence_index(span)
        words = self._words(k) if k >= 0 else words_of(self.lowered, span.start, span.end)
        return _weighted(words, weight, self.names)

    def _words(self, k: int) -> list[str]:
        words = self.words.get(k)
        if words is None:
            assert self.lowered is not None
            sentence = self.review.sentences[k]
            words = self.words[k] = words_of(self.lowered, sentence.start, sentence.end)
        return words

    def idf(self, needed: set[str]) -> dict[str, float]:
        """The :func:`idf_weights` of the review, at least for the words ``needed``."""
        if self.lowered is None:
            return idf_weights(self.review)
        forms = {form: word for word in needed for form in _FORMS[word]}
        written = _written_bytes(self.lowered, self.review.sentences, forms)
        if written is None:
            written = self._written(forms)
        df = Counter(chain.from_iterable(written))
        n = max(1, len(self.review.sentences))
        return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}

    def _written(self, forms: dict[str, str]) -> list[set[str]]:
        """For each sentence, the words of ``forms`` (form -> word) it writes a form of."""
        out = []
        low = self.lowered
        assert low is not None
        for k, sentence in enumerate(self.review.sentences):
            words = self.words.get(k)
            written = forms.keys() & (_runs(low, sentence) if words is None else words)
            if written:
                out.append({forms[form] for form in written})
        return out


def _written_bytes(lowered: str, sentences: tuple[Span, ...],
                   forms: dict[str, str]) -> list[set[str]] | None:
    """:meth:`_Reader._written` read off :func:`letter_runs` (only for speed), or None
    when a form has no Latin-1 bytes.

    Exact: with digits made spaces too, the byte runs of a sentence between spaces are its
    runs of letters (:func:`sentence_runs`, cut once per analysis), and a run is a form
    exactly when its bytes are the form's.
    """
    encoded = {latin1_word(form): word for form, word in forms.items()}
    if None in encoded:
        return None
    keys, word_of = encoded.keys(), encoded.__getitem__
    out = []
    for runs in sentence_runs(lowered, sentences):
        written = keys & runs
        if written:
            out.append(set(map(word_of, written)))
    return out


#: Characters that are never part of a word of :data:`_WORD` (ASCII punctuation and quotes).
_EDGES = ".,;:()[]\"'’“”"


def _runs(lowered: str, sentence: Span) -> set[str]:
    """The words :data:`_WORD` finds in ``lowered[sentence]``, and other pieces that are no
    word of three letters or more (callers look up words only).  Only for speed: splitting at
    white space is several times faster than the regular expression.

    Exact: a piece of letters only, between white space or the sentence's ends, once the
    punctuation of :data:`_EDGES` is taken off its ends, is one whole run of letters; any
    other piece is cut into runs by the regular expression itself.
    """
    pieces = lowered[sentence.start : sentence.end].split()
    found = set(pieces)
    for piece in filterfalse(str.isalpha, pieces):
        core = piece.strip(_EDGES)
        if core.isalpha():
            found.add(core)
        else:
            found.update(_WORD.findall(piece))
    return found


def _forms(word: str) -> tuple[str, ...]:
    """The lower-case words of three letters or more that :func:`stem` maps to ``word``:
    itself, its plural in -s, its plural in -ies (no other word stems to it)."""
    forms = (word, word + "s", word[:-1] + "ies" if word.endswith("y") else "")
    return tuple(f for f in forms if len(f) >= 3 and stem(f) == word)


#: Word -> :func:`_forms` of it.
_FORMS: Vocabulary[str, tuple[str, ...]] = Vocabulary(_forms)


def _own_context(reader: _Reader, claim: Claim, other: Claim) -> dict[str, float]:
    """The claim's context words, without the sentence before it when that sentence holds the
    other claim: two figures of neighbouring sentences would share its words by construction
    ("94,000 were deported. ... 51,400 were assisted")."""
    window = reader.window(claim)
    if window.start <= other.sentence_span.start < claim.sentence_span.start:
        return reader.bag(claim.sentence_span, 1.0)
    return reader.context(claim).words


def _context(review: Review, claim: Claim, reader: _Reader | None = None) -> _Context:
    """The claim's sentence, and at :data:`PREVIOUS_WEIGHT` the one before it in its turn."""
    sentence = claim.sentence_span
    if reader is not None:  # the same, with what the reader keeps
        window, before = reader._window(sentence)
        words: dict[str, float] = {}
        if before >= 0:
            words.update(reader.bag(review.sentences[before], PREVIOUS_WEIGHT))
        words.update(reader.bag(sentence, 1.0))
        return _Context(words, reader.side(claim), window)
    index = _sentence_index(review, sentence)
    turn = review.turn_at(sentence.start)
    words = {}
    window = sentence
    names = name_stems(review)
    if index > 0 and turn is not None and turn.span.contains(review.sentences[index - 1]):
        window = Span(review.sentences[index - 1].start, sentence.end)
        words.update(_bag(review.text, review.sentences[index - 1], PREVIOUS_WEIGHT, names))
    words.update(_bag(review.text, sentence, 1.0, names))
    return _Context(words, side_of(review, claim.speaker), window)


def _sentence_index(review: Review, sentence: Span) -> int:
    return review.sentences.index(sentence) if sentence in review.sentences else -1


def idf_weights(review: Review) -> dict[str, float]:
    """Inverse document frequency of each stemmed word over the review's sentences."""
    stems = _STEMS
    df: Counter[str] = Counter()
    text = review.text
    for s in review.sentences:
        df.update({stems[w] for w in set(_WORD.findall(text, s.start, s.end))})
    n = max(1, len(review.sentences))
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def subject_similarity(a: dict[str, float], b: dict[str, float], idf: dict[str, float]) -> float:
    """Cosine of two IDF-weighted word vectors (0 when either is empty)."""
    norm_a = math.sqrt(math.fsum((idf.get(w, 0.0) * x) ** 2 for w, x in a.items()))
    norm_b = math.sqrt(math.fsum((idf.get(w, 0.0) * x) ** 2 for w, x in b.items()))
    shared = math.fsum(idf.get(w, 0.0) ** 2 * a[w] * b[w] for w in a.keys() & b.keys())
    return shared / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _part_of(review: Review, a: Claim, b: Claim, ctx_b: _Context) -> bool:
    """True if ``b`` counts a part of ``a``'s total ("Of those who died, 1,096 were teens")."""
    return ctx_b.window.start <= a.span.start and PART_OF.search(
        review.text, b.sentence_span.start, b.sentence_span.end) is not None


def _strength(a: Claim, b: Claim, side_a: str, side_b: str,
              one_period: bool = False) -> ConflictStrength | None:
    """Hard for one side's two figures of one year (or, undated, of one stated period:
    ``one_period``), soft across sides unless their years differ, None otherwise."""
    if "other" in (side_a, side_b):
        return None
    if side_a == side_b:
        same = a.year == b.year if a.year is not None else b.year is None and one_period
        return "hard" if same else None
    return "soft" if a.year is None or b.year is None or a.year == b.year else None


#: A period of years: "between 2019 and 2021", "entre 2019 et 2021", "2019-2021".
_PERIOD = re.compile(r"\b((?:19|20)\d\d)\s*(?:-|–|\band\b|\bet\b|\bto\b|\bà\b)\s*((?:19|20)\d\d)\b")


def _periods(text: str, sentence: Span) -> frozenset[tuple[str, str]]:
    """The periods of years a sentence states."""
    return frozenset(_PERIOD.findall(text, sentence.start, sentence.end))


#: Words before a figure that make it a target or a planned value, not a fact: "aimed to
#: raise the figure to 30 per cent", "planned to set the age at 18", "prévoyait de fixer
#: l'âge minimum du mariage à 18 ans", "l'objectif est de porter ... à".
_TARGET_BEFORE = re.compile(
    r"\b(?:aim(?:s|ed|ing)? (?:to|at)|target(?:ed|s)?|goal|plann?(?:ed|s|ing)? to|intend(?:s|ed)? "
    r"to|would (?:be )?(?:raised?|increased?|reduced?|set|fixed?|brought)|"
    r"(?:would|will) (?:(?:also|then|further|soon|thus)\s+)?(?:rise|grow|fall|increase|decrease|"
    r"reach|double|go up|climb|open|bring|raise|take)|to be (?:raised|"
    r"increased|reduced|set|brought)|prévo(?:it|yait|ient|yaient) de|envisag(?:e|eait|ent) de|"
    r"vis(?:e|ait|ent) à|objectif|entend(?:ait)? (?:porter|ramener|fixer|relever)|"
    r"compt(?:e|ait) (?:porter|ramener|fixer|relever))\b[^.;]{0,80}$", re.IGNORECASE)
#: ... or after it: "30 per cent by 2030", "d'ici à 2025", "74 per cent would have access
#: by the end of 2025".
_TARGET_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:(?:by|d['’]ici(?: à)?|à l['’]horizon(?: de)?) (?:the end of |la fin de |"
    r"fin )?(?:19|20)\d\d\b|"
    # a figure whose verb is in the future: "74 per cent ... would have access", "aura accès"
    # (not the French conditional: "40 % auraient accès" reports an allegation)
    r"(?:would|will|shall) (?:have|be|reach|rise|fall|increase|decrease|benefit|receive|open|"
    r"accommodate|house|hold|cover|start|begin)\b|"
    r"(?:auront|aura|atteindra|atteindront|bénéficiera|bénéficieront)\b)", re.IGNORECASE)


def is_target(text: str, claim: Claim) -> bool:
    """True for a figure that states a target or a planned value, not a fact: it conflicts
    with no figure of what is ("fixé à 17 ans" against "prévoyait de fixer ... à 18 ans").
    So for a figure its sentence compares the main one with ("44 per cent, compared with
    74 per cent for the population as a whole"): it measures another group or time than
    the sentence's subject, which is all its words say."""
    sentence = claim.sentence_span
    before = text[max(sentence.start, claim.span.start - 160):claim.span.start]
    after = text[claim.span.end:min(sentence.end, claim.span.end + 60)]
    if (cut := _NEXT_CLAUSE.search(after)) is not None:
        after = after[: cut.start()]  # "46 per cent, and whether the Act would be amended"
    if (clause := _NEW_SUBJECT.search(before)) is not None:
        # "hospitals would open by 2013, and the air ambulance service had carried 146": the
        # future verb is another clause's
        before = before[clause.end():]
    if _IN_RELATIVE.search(before):
        # "the programme, which had reached 29 per cent in 2022, would be expanded": the
        # figure's clause closes at the comma; the future verb is the main clause's
        after = after.partition(",")[0]
    return bool(_TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after)
                or _COMPARATOR_BEFORE.search(before))


#: A clause with a subject of its own, the last before a figure: ", and the service had".
_NEW_SUBJECT = re.compile(r".*,\s+(?:and|but|while|whereas|et|mais)\s+(?:the|a|an|its|their|le|"
                          r"la|les|l['’])\s", re.IGNORECASE | re.DOTALL)


#: A figure inside a relative clause opened after the last comma before it.
_IN_RELATIVE = re.compile(r",\s+(?:which|who|that|qui|dont|lequel|laquelle)\b[^,;]*$",
                          re.IGNORECASE)
#: What introduces a figure of comparison: "compared with 74 %", "as against 9 per cent",
#: "contre 12 % en 2015", "par rapport à 30 %".
_COMPARATOR_BEFORE = re.compile(
    r"\b(?:compared (?:with|to)|as against|versus|vs\.?|contre|par rapport (?:à|aux?)|"
    r"comparée? (?:à|aux?)|comparé(?:e|s|es)? (?:à|aux?))\s+(?:(?:only|just|some|about|around|"
    r"approximately|nearly|almost|over|more than|less than|seulement|environ|près de|plus de|"
    r"moins de)\s+)?$", re.IGNORECASE)


#: Where the figure's clause ends and another begins: a future verb there is not the
#: figure's ("stood at 46 per cent, and whether the Act would be amended"; "had been set at
#: 170 dollars in 2018, and would increase in 2019").
_NEXT_CLAUSE = re.compile(
    r",\s+(?:and|et|(?:and\s+|et\s+)?(?:whether|if|si|while|whereas|but|tandis|mais|alors que))\b",
    re.I)


def find_conflicts(review: Review) -> list[Conflict]:
    """Conflicting pairs among the review's canonical claims (see the module docstring)."""
    claims = [c for c in review.claims if c.duplicate_of is None]
    reader = _Reader(review, claims)
    candidates = sorted(_candidates(review, claims, reader))  # in document order, as ranked
    needed = {w for i, j, _ in candidates for c in (claims[i], claims[j])
              for w in reader.context(c).words}
    idf = reader.idf(needed) if candidates else {}
    found: list[_Pair] = []
    for i, j, strength in candidates:
        a, b = claims[i], claims[j]
        words_a, words_b = _own_context(reader, a, b), _own_context(reader, b, a)
        if _nouns_differ(a, b):  # then only a shared noun says they count one thing
            words_a, words_b = _without_verbs(words_a), _without_verbs(words_b)
        score = subject_similarity(words_a, words_b, idf)
        same = (score >= (SAME_SUBJECT if strength == "hard" else SOFT_SUBJECT)
                # (one side's two figures only: an Expert words the State's figure his way)
                and not (strength == "hard" and _topics_differ(reader, a, b, idf)))
        if same or _corrects(review.text, b, a):  # the correction names the one subject
            found.append((score, a, b, strength))
    return [_conflict(a, b, strength, score) for score, a, b, strength in _best_soft(found)]


#: The weight of the words each figure's clause names that the other's context never does
#: (summed IDF, as a share of the IDF of a word of one sentence), at and above which the
#: two measure different things: "expenditure on education ... 5.1 per cent of GDP" and
#: "health spending ... 3.1 per cent of GDP", "the budget of the National Council ... 38
#: million soles" and "a national plan for autism ... 15 million soles".  About one rare
#: noun on each side is enough; a shared subject worded with other verbs or a generic word
#: ("recorded" / "registered", "the unemployment rate" / "unemployment") leaves nothing.
#: Set on the hard pairs of the probe documents and the dialogues: it removes 19 pairs
#: that measure different things (budgets of two bodies, shares of two regions) and keeps
#: the 13 that measure one; the sample's hard pair (the 2023 labour quota, 25,000 foreign
#: citizens / 16,000 workers) is kept.
DISTINCT_TOPIC = 0.4
#: Words that name no topic of a figure: how a figure stands or is measured.
_GENERIC_TOPIC = frozenset({
    "rate", "share", "level", "number", "proportion", "percentage", "figure", "total",
    "amount", "per", "cent", "taux", "part", "nombre", "niveau", "pourcentage", "chiffre",
    "information", "data", "donnée", "year", "année", "end", "fin", "last", "dernier",
    "currently", "some", "about", "around", "nearly", "près", "environ", "plus", "moins",
    # irregular verbs, which no ending shows ("lay", "held", "stood at")
    "lay", "lie", "lies", "held", "hold", "holds", "stood", "stand", "stands", "rose", "risen",
    "fell", "fallen", "grew", "grown", "made", "make", "gave", "given", "took", "taken", "came",
    "come", "went", "gone", "had", "has", "have", "kept", "keep", "put", "got", "found", "paid",
    "sent", "spent", "won", "lost", "left", "met", "ran", "run", "brought", "built", "set",
    "cut", "began", "begun", "became", "become", "shown", "saw", "seen", "told", "known",
    "was", "were", "are", "been", "being", "reach", "reaches", "remain", "remains", "amounts",
    "represent", "represents", "totals", "est", "sont", "était", "étaient", "fait", "faits",
    "atteint", "compte", "comptait",
    # the scope of a national figure, no topic ("across the four provinces", "nationwide";
    # a named place is compared by _other_places)
    "nationwide", "national", "country", "province", "region", "district", "pays", "région",
    "provinces", "regions", "districts", "régions", "nationale", "nationaux",
})


def _topics_differ(reader: _Reader, a: Claim, b: Claim, idf: dict[str, float]) -> bool:
    """True when each figure's clause names something the other figure's context does not
    (at least :data:`DISTINCT_TOPIC` of IDF weight each way): two budgets, two kinds of
    complaint, two places."""
    # (in units of the rarest word's weight: a short text weighs every word less)
    rarest = math.log((max(1, len(reader.review.sentences)) + 1) / 1.5)  # idf_weights, df 1
    least = min(_own_topic(reader, a, b, idf), _own_topic(reader, b, a, idf))
    return least >= DISTINCT_TOPIC * rarest


def _own_topic(reader: _Reader, claim: Claim, other: Claim, idf: dict[str, float]) -> float:
    """The IDF weight of the topic words of the claim's figure clause that the other claim's
    context lacks (no verbs, adverbs or :data:`_GENERIC_TOPIC` words, nor the figure's own)."""
    text = reader.review.text
    clause = _figure_clause(text, claim)
    # the other's context up to the end of its figure's clause: what its sentence says
    # after that is about something else ("women held 28 per cent of the seats, the poverty
    # incidence had fallen to 15.4 per cent")
    window = reader.window(other)
    # (not the claim's own sentence when the other's window reaches back to it: two figures
    # of adjacent sentences would share every word, "The share of the budget allocated to
    # the social sectors ... 18.2 per cent. Education received 11 per cent", probe 347)
    begin = max(window.start, claim.sentence_span.end) if claim.span.start < other.span.start \
        else window.start
    english = reader.review.source.language != "fr"
    other_clause = _figure_clause(text, other)
    if begin < other.sentence_span.start and any(
            _topic_word(w, english) for w in reader.bag(other_clause, 1.0)
            if w not in reader.bag(other.span, 1.0)):
        # a figure whose clause names its own topic is not of the sentence before it:
        # "Net enrolment in secondary education had reached 56 per cent" after "primary
        # enrolment had increased" is no primary enrolment (probe C)
        begin = other.sentence_span.start
    theirs = reader.bag(Span(begin, other_clause.end), 1.0)
    # (not the figure's own words: its counted noun is its unit, already compared; "25,000
    # foreign citizens" and "16,000 workers" of one quota are both persons)
    own = reader.bag(claim.span, 1.0)
    return math.fsum(idf.get(w, 0.0) for w in reader.bag(clause, 1.0)
                     if w not in theirs and w not in own and _topic_word(w, english))


#: Nouns that end like an adverb ("family": "children reunited with their families" is a
#: topic of its own, not an adverb).
_LY_NOUNS = frozenset({"family", "assembly", "supply", "reply", "anomaly", "monopoly", "ally",
                       "rally", "july", "italy", "elderly"})


def _topic_word(word: str, english: bool = False) -> bool:
    """True for a word that may name a topic: no verb form nor adverb by its ending
    ("recorded", "serving", "concernait", "représentent", "roughly", "seulement"), and no
    :data:`_GENERIC_TOPIC` word.  (A noun with such an ending is left out too: the test
    then finds fewer differences, never more.)  In English "-ment" ends nouns
    ("employment", "enrolment"), not adverbs."""
    if word in _GENERIC_TOPIC or (word.endswith(("ed", "ing", "ly", "ait", "aient"))
                                  and word not in _LY_NOUNS):
        return False
    if word in MONTHS or word in CHANGE_VERBS:
        return False  # when, and how it moved: "Au 31 décembre", "était passé de" (probe 358)
    if word.endswith("ment"):
        return english
    return not (word.endswith("ent") and len(word) > 6)


#: What pairing compares of a claim: its index, sentence, year, side, interval and size.
_Facts = tuple[int, tuple[int, int], int | None, str, float, float, float]


def _candidates(review: Review, claims: list[Claim],
                reader: _Reader) -> list[tuple[int, int, ConflictStrength]]:
    """The pairs ``(i, j, strength)`` of ``claims``, ``i < j``, that pass every test of a
    conflict but the subject's: one unit, two sentences, years not different, a strength
    (:func:`_strength`), incompatible values (not :func:`compatible`) and no part of a
    total (:func:`_part_of`)."""
    by_unit: dict[str, list[_Facts]] = {}  # a pair needs one unit: only pairs within a unit
    text = review.text
    # A target pairs with nothing.  Asked only of the pairs that pass the cheap tests below
    # (only for speed: the same pairs are left, in the same order, as when the targets are
    # left out of by_unit first; most claims never reach the question).
    target = cache(lambda k: is_target(text, claims[k]))
    subset = cache(lambda k: SUBSET_BEFORE.search(
        text, max(0, claims[k].span.start - 40), claims[k].span.start) is not None)
    for i, c in enumerate(claims):
        side = reader.side(c)
        if c.unit is not None and side != "other":
            sentence = c.sentence_span
            facts = (i, (sentence.start, sentence.end), c.year, side, *interval(c),
                     abs(_middle(c)))
            by_unit.setdefault(c.unit, []).append(facts)
    parts: dict[Span, bool] = {}  # sentence -> whether it counts a part (speed)
    # each sentence's statistic words and each claim's "is a change", read once and on the
    # lower-cased copy where that finds the same (see searchable; speed)
    stat_rule, stat_text = searchable(_STATISTIC, review.text)
    in_sentence = cache(partial(_statistics, stat_rule, stat_text))  # speed: most name none
    stats = cache(lambda k: in_sentence(claims[k].sentence_span) and _statistics(
        stat_rule, stat_text, _up_to_clause_end(text, claims[k])))
    change_rule, change_text = searchable(_CHANGE_BEFORE, review.text)
    changes = cache(lambda k: _is_change(change_rule, change_text, claims[k].span.start))
    now_rule, now_text = searchable(_NOW, review.text)
    updated = cache(lambda sentence: now_rule.search(now_text, sentence.start, sentence.end) is not None)
    periods = cache(partial(_periods, review.text))
    values: dict[Span, set[float]] = {}  # sentence -> the values of its claims
    sentence_claims: dict[Span, list[Claim]] = {}
    for c in review.claims:  # restatements included: they show what a sentence counts
        sentence_claims.setdefault(c.sentence_span, []).append(c)
        if c.unit != "multiplier":  # "three times the official figure" gives no figure 3
            values.setdefault(c.sentence_span, set()).add(_middle(c))
    measures = cache(lambda k: _measure(text, claims[k], sentence_claims))
    state = review.metadata.state_party_code
    spans = cache(lambda k: _figure_clause(text, claims[k]))
    places = cache(lambda k: _places(text, spans(k), state))
    clause = cache(lambda k: spans(k).slice(text).lower())
    months = cache(lambda k: _months(clause(k)))
    sentence_text = cache(lambda k: claims[k].sentence_span.slice(text).lower())
    out: list[tuple[int, int, ConflictStrength]] = []
    for members in by_unit.values():
        for x, (i, sentence_a, year_a, side_a, lo_a, hi_a, size_a) in enumerate(members):
            for j, sentence_b, year_b, side_b, lo_b, hi_b, size_b in members[x + 1 :]:
                if (side_a == side_b and sentence_a != sentence_b
                        and (year_a == year_b or None in (year_a, year_b))
                        and _corrects(text, claims[j], claims[i])):
                    out.append((i, j, "hard"))  # "73 per cent, not 71 per cent as stated"
                    continue
                if sentence_a == sentence_b or overlapping(lo_a, hi_a, lo_b, hi_b):
                    continue  # one sentence, or compatible values
                if year_a is not None and year_b is not None and year_a != year_b:
                    continue
                if _span_and_year(claims[i], claims[j]) or _span_and_year(claims[j], claims[i]):
                    continue  # "38 deaths between 2020 and 2023" / "14 deaths in 2023"
                if _apart(size_a, size_b, claims[i], claims[j]):
                    continue
                if target(i) or target(j):
                    continue  # a planned value is no fact
                if subset(i) or subset(j):
                    continue  # "4 830 personnes, dont 3 112 en vie": a part, told by its words
                if stats(i) != stats(j):
                    continue  # an average is not a limit
                if changes(i) != changes(j):
                    continue  # "a rise of 62 %" is no level: "91 % enrolled" is not its rival
                a, b = claims[i], claims[j]
                if _negated(text, a) != _negated(text, b):
                    continue  # "3,000 unidentified bodies" / "1,870 bodies": two sets
                if _restated(a, b, values, sentence_claims) or _restated(b, a, values,
                                                                        sentence_claims):
                    continue  # one figure is restated beside the other: they count two things
                if _share_of(a, b, sentence_claims) or _share_of(b, a, sentence_claims):
                    continue  # "59 % des détenus, soit 11 720 personnes" of 19 870 detainees
                if _measure_differs(measures(i), measures(j)):
                    continue  # the poverty rate and the unemployment rate; a share of a count
                if (months(i) and months(j) and months(i) != months(j)):
                    continue  # "by June 2024" and "by July 2024": two points of one year
                if _other_places(places(i), places(j)) or _other_group(
                        clause(i), clause(j), sentence_text(i), sentence_text(j)):
                    continue  # "in Latgale, the unemployment rate ...": a region's, not the State's
                one_period = (a.year is None and b.year is None and side_a == side_b
                              and not periods(a.sentence_span).isdisjoint(
                                  periods(b.sentence_span)))
                strength = _strength(a, b, side_a, side_b, one_period)
                if strength == "soft" and (updated(claims[i].sentence_span)
                                           or updated(claims[j].sentence_span)):
                    continue  # "had been strengthened and now had seven members": a later figure
                if strength == "soft" and (_cites_other_year(a, b, review, reader)
                                           or _cites_other_year(b, a, review, reader)):
                    continue  # the Expert quotes the State's figure of another year
                if strength is not None and not _counts_part(review, claims[i], claims[j],
                                                             reader, parts):
                    out.append((i, j, strength))
    return out + _corrections_across_units(review, claims, reader, {(i, j) for i, j, _ in out})


def _span_and_year(a: Claim, b: Claim) -> bool:
    """True when ``a`` counts over a span of years and ``b`` within one year: a total and
    one year's part ("at least 38 deaths in custody between 2020 and 2023" / "14 deaths in
    2023", probes 358, 361), not two figures for one quantity."""
    return a.year_basis == SPAN_BASIS and b.year is not None


def _corrections_across_units(review: Review, claims: list[Claim], reader: _Reader,
                              found: set[tuple[int, int]]) -> list[tuple[int, int, ConflictStrength]]:
    """The corrections in so many words (:func:`_corrects`) between a figure with a unit and
    one without ("36 femicides" ... "38, not 36"): pairing by unit never meets them."""
    text = review.text
    if not _rejections(text):
        return []  # speed only: no figure is rejected
    out: list[tuple[int, int, ConflictStrength]] = []
    for j, later in enumerate(claims):
        for i, earlier in enumerate(claims[:j]):
            if ((i, j) in found or earlier.sentence_span == later.sentence_span
                    or None not in (earlier.unit, later.unit)
                    or (None not in (earlier.year, later.year) and earlier.year != later.year)
                    or reader.side(earlier) != reader.side(later)
                    or reader.side(earlier) == "other"):
                continue
            if _corrects(text, later, earlier):
                out.append((i, j, "hard"))
    return out


def _corrects(text: str, later: Claim, earlier: Claim) -> bool:
    """True when the later claim's sentence rejects the earlier figure in so many words
    ("was 73 per cent, not 71 per cent as stated earlier", "71 décès, et non 64"): one
    speaker's correction, a contradiction whatever the slack of "some 71 per cent"."""
    rejections = _rejections(text)
    if not rejections:
        return False
    number = _LEAD_NUMBER.match(earlier.text or "")
    # the rejection follows the figure it corrects: "was 73 per cent in 2017, not 71"
    near = later.span.end + _CORRECTION_REACH
    return number is not None and any(
        later.span.end <= at < min(near, later.sentence_span.end) and rejected == number.group(0)
        for at, rejected in rejections)


#: How far after a figure its correction of another may stand ("14 consulates in the United
#: States, not 12": the rejected 12 is the 14's rival, not that of the sentence's other figures).
_CORRECTION_REACH = 60


@text_cache(maxsize=64)
def _rejections(text: str) -> tuple[tuple[int, str], ...]:
    """Where the text rejects a figure ("not 71", "et non de 64"), with the figure as written."""
    found = []
    for word in ("not ", "non ", "pas "):  # matched only where the word stands (speed)
        at = text.find(word)
        while at >= 0:
            if (at == 0 or not text[at - 1].isalnum()) and (m := _REJECTED.match(text, at)):
                found.append((at, m.group(1)))
            at = text.find(word, at + 1)
    return tuple(sorted(found))


_REJECTED = re.compile(r"(?:not|non|pas)\s+(?:the\s+|de\s+)?(\d[\d,.\u00a0\u202f ]*\d|\d)(?![\d,.]\d)")
_LEAD_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*\d|\d")


#: A word of a figure's own phrase that counts the other side of a set ("unidentified
#: bodies", "non-nationals", "unaccompanied children"), and words it must not be taken for.
_NEGATED = re.compile(r"\b(?:un|non-?)(?!der|til|ion|it|ited|ivers|ique)[a-z]{4,}", re.IGNORECASE)


def _negated(text: str, claim: Claim) -> bool:
    """True when the figure's own phrase counts a negated set ("3,000 unidentified bodies")
    or attempts ("98 attempted femicides", "tentatives de meurtre"), not the acts."""
    return (_NEGATED.search(text, claim.span.start, claim.span.end) is not None
            or _ATTEMPTED.search(text, claim.span.start, claim.span.end) is not None)


#: Attempts counted, not the acts (probe C: "98 attempted femicides" and "72 femicides").
_ATTEMPTED = re.compile(r"\b(?:attempted|attempts?\s+(?:at|of)|tentatives?\s+d[e'’])", re.IGNORECASE)


def _restated(a: Claim, b: Claim, values: dict[Span, set[float]],
              sentence_claims: dict[Span, list[Claim]]) -> bool:
    """True when ``b``'s sentence also gives ``a``'s figure, exactly or, for an approximate
    figure, within its slack ("954,000 of them were registered" beside "close to 950,000"):
    ``b`` counts another thing than ``a``.  An earlier year's figure there is no such
    neighbour: "from 42.2 per cent in 2004 to 33.8 per cent in 2009" gives the start of a
    trend, which "some 40 per cent" may happen to be near."""
    if _middle(a) in values.get(b.sentence_span, ()):
        return True
    return a.qualifier in _APPROX and any(
        c is not b and c.unit == a.unit and compatible(a, c) and not _earlier(c, b)
        for c in sentence_claims[b.sentence_span])


#: How near a percentage must stand to the count it gives the share of ("59 %, soit 11 720").
_SHARE_REACH = 30


def _share_of(part: Claim, whole: Claim, sentence_claims: dict[Span, list[Claim]]) -> bool:
    """True when ``part`` is set beside a percentage that is its share of ``whole``: "59 % des
    détenus, soit 11 720 personnes" counts part of "19 870 détenus", no rival of it."""
    if isinstance(part.value, tuple) or isinstance(whole.value, tuple) or not whole.value:
        return False
    for share in sentence_claims.get(part.sentence_span, ()):
        if share.unit != "percent" or isinstance(share.value, tuple):
            continue
        near = (0 <= part.span.start - share.span.end <= _SHARE_REACH
                or 0 <= share.span.start - part.span.end <= _SHARE_REACH)
        if near and abs(share.value / 100 * whole.value - part.value) <= 0.01 * part.value + 1:
            return True
    return False


#: Where a figure's clause begins: the rate a figure gives is named in its own clause ("The
#: poverty rate had fallen to 15.6 per cent, and extreme poverty to 4.1 per cent").
_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|et|mais|tandis que|alors que)\s",
                           re.IGNORECASE)
_INDICATOR = re.compile(INDICATOR, re.IGNORECASE)
_INDICATOR_OF = re.compile(INDICATOR_OF, re.IGNORECASE)
#: A percentage of a count just given: "1,240 complaints, of which 31 per cent concerned
#: torture", "27 % of them", "dont 40 %", "d'entre eux".
_SHARE_BEFORE = re.compile(r"\b(?:of (?:which|whom|them|these|those)|dont|parmi (?:eux|elles|"
                           r"lesquels|lesquelles)|d['’]entre (?:eux|elles))\s+(?:[^\W\d_]+\s+)?$",
                           re.IGNORECASE)
_SHARE_AFTER = re.compile(r"^\s*(?:of (?:them|these|those|which|whom)|d['’]entre (?:eux|elles))\b",
                          re.IGNORECASE)


#: What a percentage measures: its kind, the stems of its words and the stem of the word
#: that names a rate before it ("" when none: "the rate of poverty").
_Measure = tuple[str, frozenset[str], str]


def _measure(text: str, claim: Claim,
             sentence_claims: dict[Span, list[Claim]]) -> _Measure | None:
    """What a percentage measures, when its clause says: ``("rate", stems, head)`` for a named
    rate (:func:`_rate_words`), ``("share", {unit}, "")`` for a share of a count given just
    before it in its sentence ("1,240 complaints, of which 31 per cent"), else None."""
    if claim.unit != "percent":
        return None
    sentence = claim.sentence_span
    before = text[max(sentence.start, claim.span.start - 200):claim.span.start]
    after = text[claim.span.end:min(sentence.end, claim.span.end + 20)]
    if _SHARE_BEFORE.search(before) or _SHARE_AFTER.match(after):
        counts = [c for c in sentence_claims.get(sentence, ())
                  if c.span.end <= claim.span.start and c.unit not in (None, "percent")]
        return ("share", frozenset({counts[-1].unit or ""}), "") if counts else None
    cuts = list(_CLAUSE_START.finditer(before))
    head, words = _rate_words(before[cuts[-1].end():] if cuts else before)
    stems = frozenset(_STEMS[w] for w in words)
    return ("rate", stems, _STEMS[head] if head else "") if words else None


#: A place a figure is restricted to: "in Latgale", "à Dakar", "in the region of Sool", "in
#: the Latgale region" (a capitalised name right after the preposition: "in the Criminal
#: Code" restricts nothing), and the countryside or the towns: "in rural areas", "rural
#: households", "en milieu urbain".
_PLACE = re.compile(
    r"\b(?:[Ii]n|[Dd]ans|à)\s+(?:(?:the\s+|la\s+|le\s+|les\s+)?(?:region|province|district|"
    r"department|governorate|county|canton|municipality|city|state|région|département|"
    r"commune|ville)s?\s+(?:of|de|d['’])\s*)?((?-i:[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)*))"
    r"|\b(rural|rurale|rurales|ruraux|urban|urbain|urbaine|urbains|urbaines)\b"
    r"|\b[Ii]n\s+the\s+((?-i:[A-Z][^\W\d_]+(?:[\s-][A-Z][^\W\d_]+)*))\s+(?:region|province|"
    r"district|department|governorate|county|canton|municipality|area)s?\b")
_AREAS = {"rurale": "rural", "rurales": "rural", "ruraux": "rural", "urbain": "urban",
          "urbaine": "urban", "urbains": "urban", "urbaines": "urban"}
#: Where the clause of a figure ends, for the places it names: a clause boundary
#: (:data:`_CLAUSE_START`), a relative clause or a reported one ("..., which meant that one
#: child in 110 born in Guatemala ...", "a ajouté la délégation, qui a précisé que ...").
_PLACE_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which|who|et|mais|qui|"
                           r"dont|tandis que|alors que)\s|\b(?:that|que|qu['’])\s",
                           re.IGNORECASE)
#: An area named before, by its noun alone: "in the region", "dans la région", "in that
#: province" (a place, but which one the text said before).
_AREA_NAMED_BEFORE = re.compile(
    r"\b(?:in|dans)\s+(?:the|that|this|la|cette|ce|le)\s+(?:region|province|district|"
    r"department|governorate|county|area|région|province|département|commune)\b(?!\s+of\b)",
    re.IGNORECASE)
_ANY_PLACE = "*"
_AMONG = re.compile(r"\b(?:among|amongst|parmi)\s+(?:the\s+|les\s+|des\s+)?([^\W\d_]{3,})")
_PRONOUNS = frozenset({"them", "those", "these", "which", "whom", "eux", "elles", "lesquels",
                       "lesquelles", "ceux", "celles"})
_PLACE_AFTER = re.compile(r"[,;:]|\b(?:that|que|qu['’])\s", re.IGNORECASE)


def _figure_clause(text: str, claim: Claim) -> Span:
    """The clause of a figure for what restricts it: from the last clause boundary before
    it (:data:`_PLACE_CLAUSE`) to the next comma after it ("182,000 households, most of
    them in rural areas" counts all the households)."""
    sentence = claim.sentence_span
    cuts = list(_PLACE_CLAUSE.finditer(text, sentence.start, claim.span.start))
    end = _PLACE_AFTER.search(text, claim.span.end, sentence.end)
    return Span(cuts[-1].end() if cuts else sentence.start, end.start() if end else sentence.end)


def _places(text: str, clause: Span, state: str | None) -> frozenset[str]:
    """The places a figure's ``clause`` restricts it to (:data:`_PLACE`), other than the
    State under review and months: a region's figure measures no national one."""
    out = set()
    for m in _PLACE.finditer(text, clause.start, clause.end):
        place = (m.group(1) or m.group(2) or m.group(3)).lower()
        if place in MONTHS or (state and lookup_country(place) == state):
            continue
        out.add(_AREAS.get(place, place))
    if _AREA_NAMED_BEFORE.search(text, clause.start, clause.end):
        out.add(_ANY_PLACE)  # "in the region": the one named before, whichever it is
    return frozenset(out)


#: A month named with a year or a day: "by June 2024", "as of 30 September", "fin juin 2023".
_MONTH_DATE = re.compile(
    r"\b(?:\d{1,2}(?:er)?\s+)?(january|february|march|april|may|june|july|august|september|"
    r"october|november|december|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|"
    r"aout|septembre|octobre|novembre|décembre|decembre)\s+(?:(?:19|20)\d\d)?",
    re.IGNORECASE)


def _months(clause: str) -> frozenset[str]:
    """The months a figure's clause dates it to ("by June 2024"): two figures of one year
    at two months are two points in time, no contradiction (a running total grows)."""
    return frozenset(m.group(1).lower() for m in _MONTH_DATE.finditer(clause)
                     if m.group(0)[:1].isdigit() or m.group(0).rstrip()[-1:].isdigit())


def _other_group(clause_a: str, clause_b: str, sentence_a: str, sentence_b: str) -> bool:
    """True when one figure's clause counts among a group ("birth registration among
    refugee children", "parmi les Roms") the other's sentence does not name: a part of the
    population, as a place is."""
    for one, other in ((clause_a, sentence_b), (clause_b, sentence_a)):
        groups = [m.group(1) for m in _AMONG.finditer(one) if m.group(1) not in _PRONOUNS]
        if groups and not any(word[:5] in other for word in groups):
            return True
    return False


def _other_places(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when two figures are of different places: one restricted to a place the other
    is not restricted to, or to places that share no word ("the National Congress" and
    "Congress" are one)."""
    if (not a and not b) or _ANY_PLACE in a or _ANY_PLACE in b:
        return False
    return not {w for p in a for w in p.split()} & {w for p in b for w in p.split()}


def _measure_differs(a: _Measure | None, b: _Measure | None) -> bool:
    """True when two figures measure different things (see :func:`_measure`): rates named
    by different words ("the employment rate of persons with disabilities" and "the
    at-risk-of-poverty rate of persons with disabilities"), rates of different things,
    shares of counts of different units, or a rate and a share."""
    if a is None or b is None:
        return False
    return a[0] != b[0] or bool(a[2] and b[2] and a[2] != b[2]) or a[1].isdisjoint(b[1])


def _rate_words(clause: str) -> tuple[str, list[str]]:
    """What the last rate named in ``clause`` measures, in lower case: its head, the word
    before it ("the unemployment rate"; a compound's last part: "the at-risk-of-poverty
    rate"), and all its words, the head and up to two after its "of"/"de" ("the rate of
    female participation", "le taux de chômage des femmes": "chômage"); none for "the
    national rate" or "a rate of 15 per cent"."""
    head, found = "", []
    for m in _INDICATOR.finditer(clause):
        words = clause[: m.start()].split()
        before = words[-1].lower().rpartition("-")[2] if words else ""
        head = before if before.isalpha() and before not in INDICATOR_BLANK else ""
        found = [head] if head else []
        if (of := _INDICATOR_OF.match(clause, m.end())) is not None:
            for word in of.groups():
                if word is None or word.lower() in INDICATOR_BLANK:
                    break
                found.append(word.lower())
        found = [w for w in found if w.isalpha() and w not in INDICATOR_BLANK]
    return head, found


def _cites_other_year(cited: Claim, other: Claim, review: Review, reader: _Reader) -> bool:
    """True when an undated figure repeats, from the other side, a figure of the same unit
    that is dated with another year than ``other``: "the budget of 14.5 million pula" said by
    an Expert is the State's 2022 budget, no rival of its 2023 one."""
    if cited.year is not None or other.year is None or not distinctive(cited.value):
        return False  # a round figure ("40 per cent") recurs by chance
    side = reader.side(cited)
    return any(c.unit == cited.unit and c.year is not None and c.year != other.year
               and same_value(c.value, cited.value)
               and side_of(review, c.speaker) not in (side, "other")
               for c in review.claims if c.id != cited.id)


def _earlier(c: Claim, b: Claim) -> bool:
    """True when both claims are dated and ``c`` is of an earlier year than ``b``."""
    return c.year is not None and b.year is not None and c.year < b.year


def _different_things(a: Claim, b: Claim) -> bool:
    """True when two figures of one unit are too far apart to estimate one quantity
    (:data:`MAX_RATIO`, :data:`NOUN_RATIO`)."""
    return _apart(abs(_middle(a)), abs(_middle(b)), a, b)


def _apart(x: float, y: float, a: Claim, b: Claim) -> bool:
    """:func:`_different_things` of ``a`` and ``b``, given their sizes ``x`` and ``y``
    (the absolute values of their middles: pairing reads them once per claim)."""
    if not x or not y:
        return False
    ratio = max(x, y) / min(x, y)
    if ratio > MAX_RATIO:
        return True
    noun_a, noun_b = _counted_noun(a), _counted_noun(b)
    return (ratio > NOUN_RATIO and noun_a is not None and noun_b is not None
            and _STEMS[noun_a] != _STEMS[noun_b])


def _nouns_differ(a: Claim, b: Claim) -> bool:
    """True when each claim names what it counts and the names differ ("37 religious
    officials" / "48 children")."""
    noun_a, noun_b = _counted_noun(a), _counted_noun(b)
    return noun_a is not None and noun_b is not None and _STEMS[noun_a] != _STEMS[noun_b]


def _without_verbs(words: dict[str, float]) -> dict[str, float]:
    """The words that are not past participles: "fined" in "37 religious officials had been
    fined" and "their employers had been fined" says nothing about who was counted, "quota"
    in "the quota was 25,000 foreign citizens" / "16,000 workers" does."""
    return {w: x for w, x in words.items() if not (len(w) > 4 and w.endswith("ed"))}


def _statistics(rule: re.Pattern[str], text: str, window: Span) -> frozenset[str]:
    """The statistics a figure's window (:func:`_up_to_clause_end`) names: two figures of one
    kind and another's ("for more than 15 consecutive days" / "an average duration of nine
    days") measure different things.  ``rule`` is :data:`_STATISTIC` on the review's text, or
    what :func:`searchable` gives for it."""
    return frozenset(m.group(0).lower() for m in rule.finditer(text, window.start, window.end))


def _up_to_clause_end(text: str, claim: Claim) -> Span:
    """The claim's sentence up to the end of the figure's clause: a later clause's statistic
    is another figure's ("710,000 persons had received assistance in 2018, and the average
    payment had amounted to ..."), an earlier one's may govern this one ("the average wage
    was 300 dollars in 2018, and 320 dollars in 2019")."""
    sentence = claim.sentence_span
    end = _CLAUSE_START.search(text, claim.span.end, sentence.end)
    return Span(sentence.start, end.start() if end else sentence.end)


_STATISTIC = re.compile(rf"\b(?:{'|'.join(sorted(STATISTIC_WORDS))})\b", re.IGNORECASE)


_CHANGE_BEFORE = re.compile(CHANGE_BEFORE, re.IGNORECASE)
#: A figure said to hold now, after a change: an expert's older figure is no rival of it.
_NOW = re.compile(r"\b(?:now|désormais|dorénavant)\b", re.IGNORECASE)


def _is_change(rule: re.Pattern[str], text: str, start: int) -> bool:
    """True when the claim at ``start`` gives the size of a change rather than a level;
    ``rule`` is :data:`_CHANGE_BEFORE` on the review's text, or what :func:`searchable`
    gives for it."""
    return rule.search(text, max(0, start - 40), start) is not None


def _middle(claim: Claim) -> float:
    value = claim.value
    return (value[0] + value[1]) / 2 if isinstance(value, tuple) else float(value)


def _counted_noun(claim: Claim) -> str | None:
    """The noun a claim counts, as written last in its text ("612 children"), or None for a
    measure or a bare number."""
    if claim.unit in _MEASURES:
        return None
    words = _WORD.findall(claim.text)
    return words[-1].lower() if words else None


#: A figure's partitive complement with no count of its own ("610 of the inclusive
#: schools", "12 des centres"): the figure counts a part of a set already named.
_PART_OF_NAMED = re.compile(r"\s+(?:of\s+(?:the|these|those|its|their)|des|d['’]entre)\s+"
                            r"(?![^.;,]{0,30}?\d)")


def _counts_part(review: Review, a: Claim, b: Claim, reader: _Reader,
                 parts: dict[Span, bool]) -> bool:
    """:func:`_part_of` ``(review, a, b, reader.context(b))``, without reading b's words
    (only for speed); ``parts`` keeps the search of each sentence."""
    if b.unit != "percent" and _PART_OF_NAMED.match(review.text, b.span.end):
        # "610 of the inclusive schools had ramps": a part of a set named before (a share,
        # "23 per cent of the prison population", is no part)
        return True
    if reader.window(b).start > a.span.start:
        return False
    sentence = b.sentence_span
    part = parts.get(sentence)
    if part is None:
        part = parts[sentence] = PART_OF.search(review.text, sentence.start, sentence.end) is not None
    return part


def _best_soft(found: list[_Pair]) -> list[_Pair]:
    """All hard conflicts, and for each claim only its best soft partner."""
    ranked = sorted(found, key=lambda f: (-f[0], -(f[1].year or f[2].year or 0)))
    used: set[str] = set()
    out = []
    for item in ranked:
        _, a, b, strength = item
        if strength == "soft" and (a.id in used or b.id in used):
            continue
        if strength == "soft":
            used.update((a.id, b.id))
        out.append(item)
    return sorted(out, key=lambda f: (f[1].span.start, f[2].span.start))


def _conflict(a: Claim, b: Claim, strength: ConflictStrength, score: float) -> Conflict:
    def said(c: Claim) -> str:
        """How the note cites one claim."""
        when = f" in {c.year}" if c.year is not None else " (undated)"
        qual = f"{c.qualifier} " if c.qualifier else ""
        return f"{c.id} {qual}'{c.text}'{when} [{c.speaker or 'narrator'}]"

    reason = ("same side and year, incompatible values" if strength == "hard"
              else "the two sides give different figures; the reference years may differ")
    note = f"{said(a)} vs {said(b)}: {reason} (subject similarity {score:.2f})."
    confidence = round(min(1.0, CONFIDENCE[strength] + 0.5 * (score - SAME_SUBJECT)), 2)
    return Conflict((a.id, b.id), strength, note, confidence)


@stage("conflicts", requires=("claims", "turns", "participants", "sentences"), assigns=("conflicts",))
def conflicts(review: Review, options: AnalyzeOptions) -> Review:
    """Flag contradictions between numeric claims (``review.conflicts``)."""
    return replace(review, conflicts=tuple(find_conflicts(review)))
