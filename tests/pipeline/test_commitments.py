"""Commitments: delegation statements of future action, with actor and date."""

from __future__ import annotations

import pytest

from conftest import analyze_text, assert_span_invariant
from treatyscope.data.claim_commitments import CUES
from treatyscope.model import Review, Span
from treatyscope.pipeline.claim_scan import TurnIndex, lower_twin, lowered, sentence_runs
from treatyscope.pipeline.commitments import (
    _delegation_sentences,
    _may_hold_cue,
    find_commitment,
)


def found(text: str) -> tuple[str, str | None, str | None] | None:
    hit = find_commitment(text, Span(0, len(text)))
    return None if hit is None else (hit.cue, hit.actor, hit.when_text)


@pytest.mark.parametrize(("text", "cue", "actor", "when"), [
    ("The Government would adopt a new migration law by 2025.", "would", "The Government", "by 2025"),
    ("The State was preparing a definition of domestic workers.", "was preparing", "The State", None),
    ("Kyrgyzstan planned to ratify the Convention next year.", "planned to", "Kyrgyzstan", "next year"),
    ("The ministry intended to open two shelters.", "intended to", "The ministry", None),
    ("Currently the law did not cover them, but the State was working on a definition.",
     "was working on", "the State", None),
    ("It would continue to protect human rights.", "would continue", "It", None),
    ("A new strategy would be adopted in the coming months.", "would", "A new strategy",
     "in the coming months"),
    ("Le Gouvernement prévoit de réviser la loi d'ici 2026.", "prévoit de", "Le Gouvernement",
     "d'ici 2026"),
    ("Le pays va adopter un plan national.", "va", "Le pays", None),
    # the French future and conditional of a verb of action, and a promise
    ("La délégation transmettra par écrit les réponses restées en suspens.", "transmettra",
     "La délégation", None),
    ("Le Gouvernement adopterait le plan d'ici à 2026.", "adopterait", "Le Gouvernement",
     "d'ici à 2026"),
    ("La délégation s'est engagée à transmettre les données par écrit.", "s'est engagée à",
     "La délégation", None),
])
def test_commitments_found(text: str, cue: str, actor: str, when: str | None) -> None:
    assert found(text) == (cue, actor, when)


@pytest.mark.parametrize("text", [
    "For 2024, it would be 25,000.",  # a projected figure
    "The delegation would like to thank the Committee.",  # courtesy
    "It was hoped the Committee would appreciate the efforts.",  # a hope about others
    "This would ensure more protection for domestic workers.",  # a consequence
    "Such a commitment would also have to be preceded by progress.",
    "There were no plans to repeal the act.",  # a negated plan
    "Would the State consider ratifying the Convention?",  # a question
    "The Government would not extradite its nationals.",  # a negation
    "There was no political will to change the law.",  # "will" as a noun
    "If the law were passed, the State would comply.",  # a condition
    "La délégation ne transmettra pas ces données.",  # a negation
])
def test_not_commitments(text: str) -> None:
    assert found(text) is None


def test_only_state_side_turns() -> None:
    text = ("Committee on Migrant Workers reviews the report of Utopia\n"
            "Questions by Committee Experts\n"
            "A Committee Expert said the Committee would examine the issue next year.\n"
            "Responses by the Delegation\n"
            "The delegation said the Government would adopt the new law by 2025.\n")
    review = analyze_text(text)
    assert [(k.cue, k.when_text, k.year) for k in review.commitments] == [("would", "by 2025", 2025)]
    assert review.commitments[0].span.slice(text).startswith("The delegation said")
    assert_span_invariant(review)


def test_sample_commitments(sample_review: Review) -> None:
    sides = {p.id: p.side for p in sample_review.participants}
    assert sample_review.commitments
    for k in sample_review.commitments:
        turn = sample_review.turn_at(k.span.start)
        assert turn is not None and sides[turn.participant] == "state"
        assert k.id.startswith("k") and k.actor
    texts = [k.span.slice(sample_review.text) for k in sample_review.commitments]
    assert any("was working on" in t for t in texts)
    assert not any("25,000" in t for t in texts)


def test_lowered_copy_only_skips_sentences(sample_review: Review) -> None:
    text = sample_review.text
    low = lowered(text)
    assert low is not None
    for sentence in sample_review.sentences:
        assert find_commitment(text, sentence, low) == find_commitment(text, sentence)


CUE_SAMPLES = [
    "The State would adopt it.", "They will.", "It shall apply.", "It was currently preparing a law.",
    "They are also working on it.", "It is in the process of drafting.", "It planned to act.",
    "We plann to act.", "It intends to act.", "They aimed to act.", "It envisages it.",
    "It was scheduled to open.", "Le Gouvernement va adopter.", "Ils vont adopter.",
    "Il prévoit de créer.", "L'État s’engage à agir.", "Il est en train de voir.",
    "Le texte est en cours d’élaboration.", "Il devrait agir.", "It is about to act.",
    "It was going to act.", "It was expected to act.", "They were due to meet.",
    "Le plan sera adopté.", "Elle fournirait les chiffres.", "Il a promis de venir.",
    "WOULD IT?", "Nothing here at all.",
]


def test_cue_words_never_hide_a_cue(sample_review: Review) -> None:
    """A sentence without a word of CUE_WORDS has no match of CUES (the quick test)."""
    twin = lower_twin(CUES)
    assert twin is not None
    texts = [sample_review.text, *CUE_SAMPLES]
    for text in texts:
        low = lowered(text)
        assert low is not None
        spans = sample_review.sentences if text is sample_review.text else (Span(0, len(text)),)
        for s, runs in zip(spans, sentence_runs(low, spans), strict=True):
            if twin.search(low[s.start : s.end]):
                assert _may_hold_cue(runs), text[s.start : s.end]
    assert sum(bool(twin.search(t.lower())) for t in CUE_SAMPLES) >= len(CUE_SAMPLES) - 1


@pytest.mark.parametrize("text", [
    "The representative of Armenia asked what steps the Special Representative would take.",
    "Delegations asked about the Committee’s plans to promote the general comment.",
])
def test_reported_questions_and_the_committees_plans_are_no_commitments(text: str) -> None:
    assert found(text) is None


def test_delegation_sentences_by_turn_are_those_by_sentence(sample_review: Review) -> None:
    """Walking the turns (ordered) finds the sentences the per-sentence lookup finds."""
    turns = TurnIndex(sample_review)
    assert turns.ordered
    fast = list(_delegation_sentences(sample_review, turns))
    turns.ordered = False  # the lookup of each sentence's turn, one by one
    assert fast and fast == list(_delegation_sentences(sample_review, turns))
    assert all(who.side == "state" for _, who in fast)
