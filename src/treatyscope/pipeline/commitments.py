"""Commitments: delegation statements of future action, with the actor and any date.

*Find* is :func:`find_commitment` (one sentence, pure): a future-action cue ("would",
"will", "was preparing", "planned to", "intended to", "was working on", "prévoit de"; see
:mod:`treatyscope.data.claim_commitments`) that no blocker cancels ("would like", "would be
grateful", "it would be 25,000", "if ... would", "there were no plans to"), governed by an
agent that can be the State (the Government, a ministry, the country, a pronoun; not "the
Committee", not "this").  A passive future ("the law would be adopted") is the State's.

The stage keeps sentences of the delegation's turns only (not of States speaking in a
Council debate), skips questions, and drops a sentence
of the lede or title that restates a body commitment.  ``year`` is the deadline's year, or
a relative one ("next year") resolved against the document year.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from treatyscope.data.claim_commitments import (
    BLOCK_AFTER,
    BLOCK_BEFORE,
    CUES,
    FRENCH_FUTURE_FORMS,
    INFINITIVE,
    NEEDS_INFINITIVE,
    NOT_ACTORS,
    PRONOUNS,
    STATE_ACTORS,
    WHEN,
    WILL_NOUN_BEFORE,
    YEAR_IN,
)
from treatyscope.model import Commitment, Participant, Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.claim_links import RESTATING_SECTIONS, context_words, overlap
from treatyscope.pipeline.claim_scan import (
    TurnIndex,
    latin1_words,
    lower_twin,
    lowered,
    sentence_runs,
)
from treatyscope.pipeline.claim_years import document_year
from treatyscope.pipeline.participants import STATES_LABEL
from treatyscope.pipeline.registry import stage

#: Content-word overlap above which a lede sentence restates a body commitment.
RESTATES = 0.6
_BOUNDARY = re.compile(r"[,;:()—–]|\b(?:that|which|who|whereby|que|qui)\b", re.I)
_LEADING = re.compile(r"^(?:and|but|so|then|thus|therefore|however|et|mais|donc)\s+", re.I)
_FINITE = re.compile(r"\s(?:was|were|is|are|had|has|have|did|does|a|est|sont|avait|ont)\s", re.I)
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "such", "its", "their", "un", "une",
                          "le", "la", "les", "ce", "cette"})
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_PARTICIPLE = re.compile(r"^\s*be\s+(?:\w+ly\s+)?(\w+(?:ed|en|wn|ne|lt|pt|ht|id|un|de))\b", re.I)
#: CUES for lower-cased text: finds there what CUES finds in the text, much faster.
_CUES_LOWER = lower_twin(CUES)
#: A word of each alternative of CUES that every match of it writes whole (between
#: characters that are no word characters): "would", "will", "shall"; the participle or
#: noun after "was"/"is" ("preparing", "working", "process", "due"); the forms of "plan",
#: "intend", "aim" and "envisage" before "to" or ending the cue; the French verbs, "engage"
#: of "s'engage à", "train" and "cours" of "en train de", "en cours d'élaboration".
CUE_WORDS = frozenset({
    "would", "will", "shall", "preparing", "planning", "drafting", "developing", "working",
    "considering", "finalising", "finalizing", "elaborating", "reviewing", "revising", "going",
    "about", "process", "plan", "plann", "planed", "planned", "plans", "planns", "intend",
    "intended", "intends", "aim", "aimed", "aims", "envisaged", "envisages", "scheduled",
    "expected", "due", "va", "vont", "allait", "allaient", "sera", "seront", "prévoit",
    "prévoient", "envisage", "engage", "engagée", "engagés", "engagées", "promis", "train",
    "cours", "devrait", "devraient", *FRENCH_FUTURE_FORMS,
})
_CUE_BYTES = latin1_words(CUE_WORDS)


@dataclass(frozen=True, slots=True)
class Found:
    """A commitment found in one sentence: its cue, actor phrase and deadline."""

    cue: str
    actor: str | None
    passive: bool
    when_text: str | None


def find_commitment(text: str, sentence: Span, lowered: str | None = None) -> Found | None:
    """The first statement of future action by a State agent in ``text[sentence]``, or None.

    lowered (str | None): :func:`~treatyscope.pipeline.claim_scan.lowered` of ``text``, to
        skip quickly the many sentences without a cue (only for speed).
    """
    if lowered is not None and _CUES_LOWER is not None and _CUES_LOWER.search(
            lowered[sentence.start : sentence.end]) is None:
        return None  # the same search CUES makes below, on the lower-cased copy
    return _first_commitment(text, sentence, lowered)


def _may_hold_cue(runs: list[bytes]) -> bool:
    """False when the sentence writes no word of :data:`CUE_WORDS`, so that :data:`CUES`
    (the lower-case twin, and so CUES itself) finds nothing in it (only for speed).

    runs (list[bytes]): the sentence's runs of letters
        (:func:`~treatyscope.pipeline.claim_scan.sentence_runs`); a word written whole is
        one of them (the characters around it, no word characters, are spaces there).
    """
    return _CUE_BYTES is None or not _CUE_BYTES.isdisjoint(runs)


def _first_commitment(text: str, sentence: Span, lowered: str | None = None) -> Found | None:
    """:func:`find_commitment` without the quick test for a cue.

    lowered (str | None): :func:`~treatyscope.pipeline.claim_scan.lowered` of ``text``; the
        cues are then found there by the lower-case twin of :data:`CUES`, which matches at
        the same offsets, about three times faster (only for speed).
    """
    piece = text[sentence.start : sentence.end]
    if piece.rstrip().endswith("?"):
        return None
    if lowered is not None and _CUES_LOWER is not None:
        matches = _CUES_LOWER.finditer(lowered[sentence.start : sentence.end])
    else:
        matches = CUES.finditer(piece)
    for m in matches:
        found = _check(piece, m.span(), m.span("cue"))
        if found is not None:
            return found
    return None


def _check(piece: str, match: tuple[int, int], cue_at: tuple[int, int]) -> Found | None:
    """The commitment of the cue matched at ``match`` (``cue_at`` its group "cue"), or None."""
    cue, after, before = piece[cue_at[0] : cue_at[1]], piece[match[1] :], piece[: match[0]]
    low = cue.lower()
    if BLOCK_AFTER.match(after) or BLOCK_BEFORE.search(before):
        return None
    if low in NEEDS_INFINITIVE and not INFINITIVE.match(after):
        return None
    words = _WORDS.findall(before)
    if low == "will" and words and words[-1].lower() in WILL_NOUN_BEFORE:
        return None
    passive = low.startswith("would") and _PARTICIPLE.match(after) is not None
    actor = _subject(before)
    if actor is not None and not _agent(actor) and not passive:
        return None
    when = WHEN.search(after)
    return Found(cue, actor, passive, when.group("when") if when else None)


def _subject(before: str) -> str | None:
    """The words of the clause before the cue: its subject ("the State", "it")."""
    cut = max((m.end() for m in _BOUNDARY.finditer(before)), default=0)
    subject = _LEADING.sub("", before[cut:].strip())
    verb = _FINITE.search(subject)  # "The Administration was committed to ... and would"
    if verb is not None and verb.start() > 0:
        subject = subject[: verb.start()].strip()
    return subject or None


def _agent(subject: str) -> bool:
    """True if the subject can be the State: a State word, a pronoun or a proper name."""
    raw = _WORDS.findall(subject)
    # a possessive names the owner: "the Committee's plans to" is the Committee's
    words = [w.lower().removesuffix("’s").removesuffix("'s") for w in raw]
    if not words or words[0] in NOT_ACTORS or words[-1] in NOT_ACTORS:
        return False
    if any(w in STATE_ACTORS for w in words):
        return True
    names = raw if words[0] not in _DETERMINERS else raw[1:]
    return any(w[:1].isupper() for w in names)


def _actor_label(review: Review, found: Found, speaker: str | None) -> str | None:
    """The actor as a person would write it: the subject, or the State for pronouns."""
    state = review.metadata.state_party or _speaker_label(review, speaker)
    if found.actor is None or (found.passive and not _agent(found.actor)):
        return state
    if found.actor.lower() in PRONOUNS:
        return state or found.actor
    return found.actor


def _speaker_label(review: Review, speaker: str | None) -> str | None:
    who = review.participant(speaker)
    return who.country or who.label if who else None


def _year(found: Found, doc_year: Callable[[], int | None]) -> int | None:
    """The deadline's year; ``doc_year`` gives the document year, asked only when needed."""
    if found.when_text is None:
        return None
    m = YEAR_IN.search(found.when_text)
    if m:
        return int(m.group())
    if re.search(r"next|prochain", found.when_text, re.I) and (year := doc_year()) is not None:
        return year + 1
    return None


def find_commitments(review: Review, options: AnalyzeOptions) -> list[Commitment]:
    """Commitments of the review in document order, ids ``k1`` ... (see the docstring)."""
    known: list[int | None] = []  # the document year, worked out once if a deadline needs it

    def doc_year() -> int | None:
        """The document year (see claim_years.document_year)."""
        if not known:
            known.append(document_year(review, options).year)
        return known[0]

    turns, low = TurnIndex(review), lowered(review.text)
    # Each sentence's runs of letters, cut once for the stages that look words up in them
    # (claim_scan.sentence_runs; only for speed).
    runs = (sentence_runs(low, review.sentences)
            if low is not None and _CUES_LOWER is not None else None)
    out: list[Commitment] = []
    for k, who in _delegation_indices(review, turns):
        sentence = review.sentences[k]
        if runs is None:
            found = find_commitment(review.text, sentence, low)
        else:  # the same (see _may_hold_cue), faster
            found = _first_commitment(review.text, sentence, low) if _may_hold_cue(
                runs[k]) else None
        if found is None:
            continue
        out.append(Commitment(id="", span=sentence, actor=_actor_label(review, found, who.id),
                              cue=found.cue, when_text=found.when_text,
                              year=_year(found, doc_year)))
    kept = _drop_restatements(review, out)
    return [replace(c, id=f"k{i}") for i, c in enumerate(kept, 1)]


def _delegation_sentences(review: Review, turns: TurnIndex) -> Iterator[
        tuple[Span, Participant]]:
    """(sentence, speaker) of each sentence in a turn of the State party's
    delegation, in order: not of States speaking in a Council debate, who commit no State
    party under review.  A sentence's turn is the one that holds its start."""
    for k, who in _delegation_indices(review, turns):
        yield review.sentences[k], who


def _delegation_indices(review: Review, turns: TurnIndex) -> Iterator[
        tuple[int, Participant]]:
    """:func:`_delegation_sentences`, each sentence given by its index.

    For turns in text order and sentences in order of their starts, each turn's sentences
    are found by bisection, so that the others are never looked at (only for speed).
    """
    sentences = review.sentences
    starts = [s.start for s in sentences]
    if not turns.ordered or any(a > b for a, b in pairwise(starts)):
        for k, sentence in enumerate(sentences):
            turn = turns.at(sentence.start)
            who = turns.participant(turn.participant) if turn else None
            if who is not None and _delegation(who):
                yield k, who
        return
    for turn in review.turns:  # ordered: the turn that holds an offset is the only one
        who = turns.participant(turn.participant)
        if who is not None and _delegation(who):
            for k in range(bisect_left(starts, turn.span.start),
                           bisect_left(starts, turn.span.end)):
                yield k, who


def _delegation(who: Participant) -> bool:
    """True for a speaker of the State party's side who is not the States of a debate."""
    return who.side == "state" and who.label != STATES_LABEL


def _drop_restatements(review: Review, found: list[Commitment]) -> list[Commitment]:
    """Drop lede and title commitments that a body commitment restates."""
    def restating(c: Commitment) -> bool:
        """True for a commitment in the lede or title."""
        index = review.section_at(c.span.start)
        return index is not None and review.sections[index].kind in RESTATING_SECTIONS

    body = [context_words(review.text, c.span) for c in found if not restating(c)]
    return [c for c in found if not restating(c)
            or all(overlap(context_words(review.text, c.span), b) < RESTATES for b in body)]


@stage("commitments", requires=("turns", "sentences", "participants", "sections", "metadata"),
       assigns=("commitments",))
def commitments(review: Review, options: AnalyzeOptions) -> Review:
    """Find the delegation's statements of future action (``review.commitments``)."""
    return replace(review, commitments=tuple(find_commitments(review, options)))
