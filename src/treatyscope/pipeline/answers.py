"""Link each question to the delegation statements that answer it, with a status.

For every question :mod:`treatyscope.pipeline.q_link` scores the delegation's sentences
(block level, order prior, IDF-weighted shared terms).  This module decides:

* ``not_answered`` unless the best sentence reaches :data:`SEED_SCORE` and shares at least
  :data:`MIN_SHARED_TERMS` distinct terms with the question (restating the topic, or
  sharing one keyword, is not an answer), and unless the question names something no
  delegation sentence mentions (:data:`REQUIRE_NAMES`);
* the linked sentences are the seed, the sentences scoring within :data:`LINK_RATIO` of
  it, and their neighbours in the same block that continue the topic (they share question
  terms, or open with "This", "These", "Once this" ...);
* several questions may link the same sentence: delegations answer related questions in
  one statement.
* ``answered`` when the linked sentences cover :data:`ANSWERED_COVERAGE` of the question's
  own terms (not its premise), else ``partial``.

``evidence`` records the matched terms, the scores, the block and the covered share.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from treatyscope.model import AnswerLink, AnswerStatus, Question, Review, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.q_lexical import CONCEPT_CREDIT, Index
from treatyscope.pipeline.q_link import (
    Candidate,
    Postings,
    Query,
    Scored,
    answer_blocks,
    order_ranks,
    query_of,
    question_context,
    score_candidates,
)
from treatyscope.pipeline.questions import lede_section, sentences_by_turn
from treatyscope.pipeline.registry import stage

# Calibration.  The thresholds below were set together with the weights in ``q_link.py``
# by a grid over the sample's first two rounds (77 reference questions: 30 answered, 18
# partial, 29 not answered), maximising status accuracy plus link F1, then read by eye on
# the withheld third round and on hand-made dialogues (``tests/pipeline/test_answers.py``).
# Scores are in scaled IDF units (``q_lexical.Index``: 1.0 is a word that only the question
# and its answer use).  At the values below status accuracy / link F1 are 0.65 / 0.43
# (link precision 0.50, recall 0.37); the figures after each constant are what one change
# alone gave.  The best single lexical feature separates not_answered from the rest with
# an AUC of 0.76 only, so expect errors near every threshold.  They interact: never tune
# one in isolation; re-measure status accuracy and link F1 together after any change.

#: Best score below which a question is not answered (1.1: 0.61 / 0.42; 1.5: 0.60 / 0.40).
SEED_SCORE = 1.3
#: Distinct terms (or word families) the seed must share with the question: one or two
#: shared keywords are not an answer (2: 0.64 / 0.42; 4: 0.56 / 0.30).
MIN_SHARED_TERMS = 3
#: Other sentences are linked when they score this share of the seed (0.8: 0.65 / 0.42) ...
LINK_RATIO = 0.9
#: ... and this much on their own, without their neighbours' share (1.1: 0.61 / 0.38).
OWN_SCORE = 0.8
#: An adjacent sentence joins a linked one at this score of its own (about half a word
#: that only the question and its answer use), or when it opens with "This", "These" ...
#: (0.8: 0.65 / 0.40).
NEIGHBOUR_SCORE = 0.5
#: Share of the question's terms the linked sentences must cover for "answered"; below it
#: the status is "partial" (0.15: 0.62; 0.35: 0.58).
ANSWERED_COVERAGE = 0.25
#: A question naming something (a body, a place, a number) that no delegation sentence
#: mentions is not answered ("the Human Rights Commission"); off: 0.64 / 0.42.
REQUIRE_NAMES = True
#: At most this many sentences are linked to one question.
MAX_LINKED = 5


def link_question(question: Question, query: Query, rows: list[Scored],
                  candidates: list[Candidate]) -> AnswerLink:
    """The answer link of one question from the sentences it may claim, best first."""
    seed = rows[0] if rows else None
    if seed is None or not _is_answer(seed) or _name_unanswered(query, candidates):
        best = seed.score if seed else 0.0
        return AnswerLink(question.id, "not_answered", (), round(_no_answer_confidence(best), 3),
                          {"best_score": round(best, 3),
                           "best_terms": sorted(seed.match.shared) if seed else []})
    chosen = _linked(rows, candidates)
    by_index = {s.candidate: s for s in rows}
    linked = [by_index[i] for i in chosen if i in by_index]
    covered = _covered(query, linked)
    status: AnswerStatus = "answered" if covered >= ANSWERED_COVERAGE else "partial"
    reached = set().union(*(s.match.shared | s.match.related for s in linked))
    evidence = {
        "matched_terms": sorted(seed.match.shared),
        "related_terms": sorted(seed.match.related),
        "missing_terms": sorted(query.main - reached),
        "seed_score": round(seed.score, 3),
        "block": candidates[seed.candidate].block,
        "covered": round(covered, 3),
        "covers": "all" if status == "answered" else "part",
        "linked_scores": [round(by_index[i].score, 3) if i in by_index else 0.0
                          for i in sorted(chosen)],
    }
    confidence = min(1.0, seed.score / (2 * SEED_SCORE)) * (0.5 + 0.5 * covered)
    spans = tuple(candidates[i].span for i in sorted(chosen))
    return AnswerLink(question.id, status, spans, round(confidence, 3), evidence)


def _no_answer_confidence(best: float) -> float:
    return max(0.0, 1.0 - best / SEED_SCORE) * 0.5 + 0.5


def _name_unanswered(query: Query, candidates: list[Candidate]) -> bool:
    """True when the question names something (a body, a place, a number) that no delegation
    sentence mentions: it cannot have been answered ("the Human Rights Commission")."""
    if not query.names or not REQUIRE_NAMES:
        return False
    return not any(query.names & c.terms.words for c in candidates)


def _is_answer(seed: Scored) -> bool:
    matched = seed.match.shared | seed.match.related
    return seed.score >= SEED_SCORE and len(matched) >= MIN_SHARED_TERMS


def _linked(rows: list[Scored], candidates: list[Candidate]) -> set[int]:
    """The seed, near-best sentences, and topic-continuing neighbours."""
    seed = rows[0]
    chosen = [s.candidate for s in rows
              if s.score >= LINK_RATIO * seed.score and s.lexical >= OWN_SCORE][:MAX_LINKED]
    by_index = {s.candidate: s for s in rows}
    out = set(chosen)
    for i in chosen:
        _extend(i, by_index, candidates, out)
    return out


def _extend(i: int, by_index: dict[int, Scored], candidates: list[Candidate], out: set[int]) -> None:
    """Add the neighbours of linked sentence ``i`` that continue its topic, both ways."""
    block = candidates[i].block
    for step in (-1, 1):
        j = i
        while len(out) < MAX_LINKED:
            nxt = j + step
            if not 0 <= nxt < len(candidates) or candidates[nxt].block != block:
                break
            follows = candidates[max(j, nxt)].continues
            near = by_index.get(nxt)
            if not follows and (near is None or near.lexical < NEIGHBOUR_SCORE):
                break
            out.add(nxt)
            j = nxt


def _covered(query: Query, linked: list[Scored]) -> float:
    main = {t: w for t, w in query.weights.items() if t in query.main}
    total = sum(main.values())
    if not total:
        return 1.0
    hit: set[str] = set()
    near: set[str] = set()
    for s in linked:
        hit |= s.match.shared
        near |= s.match.related
    related = sum(w for t, w in main.items() if t in near and t not in hit)
    return (sum(w for t, w in main.items() if t in hit) + CONCEPT_CREDIT * related) / total


def asked_sentences(review: Review) -> set[Span]:
    """The sentences that hold a question mention."""
    starts = [s.start for s in review.sentences]
    out: set[Span] = set()
    for q in review.questions:
        for m in q.mentions:
            i = bisect_right(starts, m.start) - 1
            while 0 <= i < len(starts) and review.sentences[i].start < m.end:
                if review.sentences[i].overlaps(m):
                    out.add(review.sentences[i])
                i += 1
    return out


def build_answers(review: Review) -> list[AnswerLink]:
    """One answer link per question, in question order."""
    if not review.questions:
        return []
    first = min(q.mentions[0].start for q in review.questions)
    candidates, blocks = answer_blocks(review, lede_section(review), first)
    index = Index.build(s.slice(review.text) for s in review.sentences)
    ranks = order_ranks(list(review.questions), blocks)
    asked = asked_sentences(review)
    by_turn = sentences_by_turn(review)
    queries = {q.id: query_of(q, question_context(review, q, asked, by_turn), index)
               for q in review.questions}
    postings = Postings.of(candidates)
    scored = {q.id: score_candidates(queries[q.id], candidates, blocks, q.mentions[0].start,
                                     ranks[q.id], index, postings)
              for q in review.questions}
    return [link_question(q, queries[q.id], scored[q.id], candidates) for q in review.questions]


@stage("answers", requires=("questions", "turns", "sentences"), assigns=("answers",))
def answers(review: Review, options: AnalyzeOptions) -> Review:
    """Link each question to the delegation statements that answer it (``review.answers``)."""
    return replace(review, answers=tuple(build_answers(review)))
