"""Contradictions: pairs of claims about the same subject and period whose values disagree.

A pair is a candidate when both claims are canonical (not restatements), have the same unit
(the normalised unit: ``persons``, ``percent``, ``USD``, or the same counted noun), stand in
different sentences, and are not dated to different years (a change over time is not a
contradiction).  It is a conflict when

* the values are incompatible beyond rounding and approximators (:func:`compatible`), and
* the contexts say the two figures measure the same thing (:func:`subject_similarity`, an
  IDF-weighted overlap of the content words of each claim's sentence and the sentence before
  it in the same turn, at least :data:`SAME_SUBJECT`).

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

from treatyscope.data.claim_words import PART_OF, SUBJECT_STOP
from treatyscope.data.units import LOWER_BOUNDS, UPPER_BOUNDS
from treatyscope.model import Claim, Conflict, ConflictStrength, Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.claim_links import side_of, stem
from treatyscope.pipeline.registry import stage

#: Relative slack of "around", "about", "some" ... on top of rounding.  "around 2.5 billion"
#: (2.375-2.625 bn) must not accept 2.76 bn, which the reference flags; 5% is the widest
#: slack that keeps it.
APPROX_TOLERANCE = 0.05
#: Minimum subject similarity of a conflicting pair.  Calibrated on the sample and the
#: corpus: pairs about one subject (women's share of migrants, remittances, the labour quota)
#: score 0.16-0.19; the highest unrelated pair that passes the other tests scores 0.05.
SAME_SUBJECT = 0.1
#: Weight of the words of the sentence before a claim ("In 2023, remittances ... had
#: decreased. In 2022, 2.76 billion dollars were transferred ...").
PREVIOUS_WEIGHT = 0.5
#: Confidence given to each strength (a hard conflict is a checkable contradiction; a soft
#: one may be a difference of reference years).
CONFIDENCE = {"hard": 0.8, "soft": 0.5}
_WORD = re.compile(r"[^\W\d_]{3,}")
_Pair = tuple[float, Claim, Claim, ConflictStrength]
_APPROX = frozenset({"around", "about", "approximately", "some", "roughly", "estimated",
                     "close to", "nearly", "almost"})


@dataclass(frozen=True, slots=True)
class _Context:
    """The weighted content words a claim is compared by, and its speaker's side."""

    words: dict[str, float]
    side: str
    window: Span


def interval(claim: Claim) -> tuple[float, float]:
    """The values a claim allows: its number widened by rounding, approximators and bounds."""
    low, high = claim.value if isinstance(claim.value, tuple) else (claim.value, claim.value)
    slack = max(_rounding(low), APPROX_TOLERANCE * abs(low) if claim.qualifier in _APPROX else 0)
    lo, hi = low - slack, high + max(_rounding(high), slack)
    if claim.qualifier in LOWER_BOUNDS:
        hi = math.inf
    if claim.qualifier in UPPER_BOUNDS:
        lo = 0.0
    return lo, hi


def _rounding(value: float) -> float:
    """Half a unit of the last significant digit: 60 -> 5, 2.5e9 -> 5e7, 54 -> 0.5."""
    if value == 0:
        return 0.5
    digits = f"{abs(value):.10g}".replace(".", "").rstrip("0").lstrip("0") or "0"
    exponent = math.floor(math.log10(abs(value))) - len(digits) + 1
    return 0.5 * math.pow(10, exponent)


def compatible(a: Claim, b: Claim) -> bool:
    """True if the two values can describe the same quantity."""
    lo_a, hi_a = interval(a)
    lo_b, hi_b = interval(b)
    return lo_a <= hi_b and lo_b <= hi_a


def _bag(text: str, span: Span, weight: float) -> dict[str, float]:
    return {stem(w): weight for w in _WORD.findall(text, span.start, span.end)
            if w.lower() not in SUBJECT_STOP}


def _context(review: Review, claim: Claim) -> _Context:
    """The claim's sentence, and at :data:`PREVIOUS_WEIGHT` the one before it in its turn."""
    sentence = claim.sentence_span
    index = _sentence_index(review, sentence)
    turn = review.turn_at(sentence.start)
    words: dict[str, float] = {}
    window = sentence
    if index > 0 and turn is not None and turn.span.contains(review.sentences[index - 1]):
        window = Span(review.sentences[index - 1].start, sentence.end)
        words.update(_bag(review.text, review.sentences[index - 1], PREVIOUS_WEIGHT))
    words.update(_bag(review.text, sentence, 1.0))
    return _Context(words, side_of(review, claim.speaker), window)


def _sentence_index(review: Review, sentence: Span) -> int:
    return review.sentences.index(sentence) if sentence in review.sentences else -1


def idf_weights(review: Review) -> dict[str, float]:
    """Inverse document frequency of each stemmed word over the review's sentences."""
    df: Counter[str] = Counter()
    for s in review.sentences:
        df.update({stem(w) for w in _WORD.findall(review.text, s.start, s.end)})
    n = max(1, len(review.sentences))
    return {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}


def subject_similarity(a: dict[str, float], b: dict[str, float], idf: dict[str, float]) -> float:
    """Cosine of two IDF-weighted word vectors (0 when either is empty)."""
    norm_a = math.sqrt(sum((idf.get(w, 0.0) * x) ** 2 for w, x in a.items()))
    norm_b = math.sqrt(sum((idf.get(w, 0.0) * x) ** 2 for w, x in b.items()))
    shared = sum(idf.get(w, 0.0) ** 2 * a[w] * b[w] for w in a.keys() & b.keys())
    return shared / (norm_a * norm_b) if norm_a and norm_b else 0.0


def _part_of(review: Review, a: Claim, b: Claim, ctx_b: _Context) -> bool:
    """True if ``b`` counts a part of ``a``'s total ("Of those who died, 1,096 were teens")."""
    return ctx_b.window.start <= a.span.start and PART_OF.search(
        review.text, b.sentence_span.start, b.sentence_span.end) is not None


def _strength(a: Claim, b: Claim, ctx_a: _Context, ctx_b: _Context) -> ConflictStrength | None:
    if "other" in (ctx_a.side, ctx_b.side):
        return None
    if ctx_a.side == ctx_b.side:
        return "hard" if a.year is not None and a.year == b.year else None
    return "soft" if a.year is None or b.year is None or a.year == b.year else None


def find_conflicts(review: Review) -> list[Conflict]:
    """Conflicting pairs among the review's canonical claims (see the module docstring)."""
    claims = [c for c in review.claims if c.duplicate_of is None]
    ctx = {c.id: _context(review, c) for c in claims}
    idf = idf_weights(review)
    found: list[_Pair] = []
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.unit != b.unit or a.unit is None or a.sentence_span == b.sentence_span:
                continue
            if a.year is not None and b.year is not None and a.year != b.year:
                continue
            strength = _strength(a, b, ctx[a.id], ctx[b.id])
            if strength is None or compatible(a, b) or _part_of(review, a, b, ctx[b.id]):
                continue
            score = subject_similarity(ctx[a.id].words, ctx[b.id].words, idf)
            if score >= SAME_SUBJECT:
                found.append((score, a, b, strength))
    return [_conflict(a, b, strength, score) for score, a, b, strength in _best_soft(found)]


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
