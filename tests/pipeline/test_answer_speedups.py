"""Speed-only shortcuts of the answers stage give what the plain computations they replace
give: word-by-word term reading, block postings, pruned block scoring, chosen sentences'
terms (on the sample, the corpus beside the repo and made-up texts)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import CORPUS, EXAMPLE
from treatyscope.model import Review
from treatyscope.pipeline import q_lexical
from treatyscope.pipeline.a_blocks import Material
from treatyscope.pipeline.answers import (
    LINK_RATIO,
    asked_sentences,
    rarity,
    sentence_terms,
)
from treatyscope.pipeline.q_lexical import (
    ACRONYM_BOOST,
    CONCEPT_CREDIT,
    GENERIC_WEIGHT,
    RARE_KIND_BOOST,
    Index,
    Terms,
    concept_map,
    terms,
)
from treatyscope.pipeline.q_link import (
    CLOSING_WEIGHT,
    EARLIER_WEIGHT,
    LATER_WEIGHT,
    MAX_ROUND_DISTANCE,
    primary_round,
    query_of,
    question_premises,
    round_weights,
    score_blocks,
)
from treatyscope.pipeline.questions import lede_section, sentences_by_turn


def texts() -> list[str]:
    """The sample, the corpus texts beside the repo, and a few made-up ones."""
    found = [EXAMPLE.read_text(encoding="utf-8")]
    found += [p.read_text(encoding="utf-8") for p in sorted(Path(CORPUS).glob("**/*.txt"))]
    found += [
        "Given the HIV figures, what did Japan and the ILO do? HIV ILO Japan given.",
        "Kyrgyzstan's quota; the State’s quota. Women, children and persons with disabilities.",
        "Could information be provided on 2023 and 1,200 migrants? UNHCR: 45 per cent.",
    ]
    return found


def plain_terms(text: str, drop_request_words: bool) -> Terms:
    """terms() as it read words before the speed shortcuts: one _word_info per word."""
    words = q_lexical._with_numbered_texts(
        q_lexical._WORD.findall(q_lexical.numbers_ungrouped(text)))
    if not words:
        return Terms(frozenset())
    infos = [q_lexical._word_info(w, i == 0 and text.startswith(w), drop_request_words)
             for i, w in enumerate(words)]
    kept = [t for t, _ in infos if t is not None]
    boost: dict[str, float] = {}
    acronyms: set[str] = set()
    for t, kind in infos:
        if t is None or kind not in ("acronym", "rare", "generic"):
            continue
        if kind == "acronym":
            boost[t] = ACRONYM_BOOST
            acronyms.add(t)
        elif kind == "rare":
            boost[t] = RARE_KIND_BOOST
        else:
            boost[t] = min(boost.get(t, GENERIC_WEIGHT), GENERIC_WEIGHT)
    families, compounds = concept_map(), q_lexical.pair_concepts()
    pairs = frozenset(itertools.pairwise(kept))
    concepts = frozenset().union(*(families[t] for t in kept if t in families),
                                 *(compounds[p] for p in pairs if p in compounds))
    return Terms(frozenset(kept), boost, pairs, concepts, frozenset(acronyms))


@pytest.fixture(scope="module")
def chunks() -> list[str]:
    return [m.group() for text in texts() for m in re.finditer(r"[^.?!\n]+[.?!]?", text)]


@pytest.mark.parametrize("drop", [False, True])
def test_terms_read_words_as_one_word_info_each(chunks: list[str], drop: bool) -> None:
    for chunk in chunks:
        for text in (chunk, chunk.strip()):
            found = terms(text, drop_request_words=drop)
            assert found == plain_terms(text, drop), text
            assert list(found.boost) == list(plain_terms(text, drop).boost), text


def test_words_are_those_the_word_pattern_finds(chunks: list[str]) -> None:
    odd = ["snake_case and x_1", "tab\tand\x1cfile sep", "can't 'quoted' rock'n'roll",
           "l’État", "A1, 2.5% (b) [c] {d} #e @f ~g |h"]
    for text in [*chunks, *odd, "article 20, paragraph 1 and 20 cases"]:
        found = q_lexical._WORD.findall(q_lexical.numbers_ungrouped(text))
        assert q_lexical._words(text) == q_lexical._with_numbered_texts(found), text


def reviews(sample_review: Review, corpus_reviews: dict[str, Review]) -> list[Review]:
    return [sample_review, *corpus_reviews.values()]


def material_of(review: Review) -> tuple[Material, Index] | None:
    if not review.questions:
        return None
    first = min(q.mentions[0].start for q in review.questions)
    return rarity(review, lede_section(review), first)


def materials(sample_review: Review, corpus_reviews: dict[str, Review]
              ) -> Iterator[tuple[Review, Material, Index]]:
    """Every review of the sample and the corpus that asks questions, with its material."""
    for review in reviews(sample_review, corpus_reviews):
        found = material_of(review)
        if found is not None:
            yield review, *found


def test_postings_hold_the_blocks_the_direct_tests_find(sample_review: Review) -> None:
    found = material_of(sample_review)
    assert found is not None
    material = found[0]
    families = concept_map()
    for t in [*material.words, *families]:
        exact = {c.block for c in material.candidates if t in c.terms.words}
        near = {c.block for c in material.candidates
                if not families.get(t, frozenset()).isdisjoint(c.terms.concepts)} - exact
        post = material.postings(t)
        assert post.exact_blocks == tuple(sorted(exact)), t
        assert post.family_blocks == tuple(sorted(near)), t


def test_pruned_scoring_keeps_every_block_that_may_be_linked(
        sample_review: Review, corpus_reviews: dict[str, Review]) -> None:
    for review, material, index in materials(sample_review, corpus_reviews):
        asked, by_turn = asked_sentences(review), sentences_by_turn(review)
        for q in review.questions:
            query = query_of(q, question_premises(review, q, asked, by_turn), index)
            start = q.mentions[0].start
            full = score_blocks(query, material, start, 0.5, 0.0)
            pruned = score_blocks(query, material, start, 0.5, LINK_RATIO)
            if not full.ranked:
                assert not pruned.ranked
                continue
            floor = LINK_RATIO * -full.ranked[0][0]
            kept = [(s, b) for s, b in full.ranked if -s >= floor]
            assert pruned.ranked[: len(kept)] == kept
            assert all(-s < floor for s, _ in pruned.ranked[len(kept):])
            for _, b in kept:
                assert pruned.lexical[b] == full.lexical[b]
                assert pruned.matched[b] == full.matched[b]
                assert list(pruned.matched[b]) == list(full.matched[b])
                for i in material.blocks[b].members:
                    assert pruned.sentences.get(i) == full.sentences.get(i)


def test_sentence_terms_read_each_chosen_sentence(sample_review: Review) -> None:
    found = material_of(sample_review)
    assert found is not None
    material, index = found
    asked, by_turn = asked_sentences(sample_review), sentences_by_turn(sample_review)
    families = concept_map()
    for q in sample_review.questions:
        query = query_of(q, question_premises(sample_review, q, asked, by_turn), index)
        for chosen in ([0], [1, 2, 3], list(range(0, len(material.candidates), 7))):
            plain: dict[str, float] = {}
            for i in chosen:
                cand = material.candidates[i].terms
                # families only through words that match no aspect as such
                other = {c for w in cand.words - query.aspects for c in families.get(w, ())}
                for t in query.aspects:
                    if t in cand.words:
                        plain[t] = 1.0
                    elif t not in plain and not families.get(t, frozenset()).isdisjoint(other):
                        plain[t] = CONCEPT_CREDIT
            assert sentence_terms(query, material, chosen) == plain


def test_round_weights_depend_on_the_offset_only_through_the_primary_round(
        sample_review: Review, corpus_reviews: dict[str, Review]) -> None:
    for review, material, _ in materials(sample_review, corpus_reviews):
        starts = [r.start for r in material.rounds]
        offsets = {q.mentions[0].start for q in review.questions}
        offsets |= {s + d for s in starts for d in (-1, 0, 1)} | {0, len(review.text)}
        for offset in sorted(offsets):
            primary = next((i for i, r in enumerate(material.rounds) if r.start > offset), None)
            assert primary_round(material, offset) == primary
            plain = []
            for r, rnd in enumerate(material.rounds):
                place = (1.0 if r == primary else LATER_WEIGHT if rnd.start > offset
                         else EARLIER_WEIGHT)
                if primary is not None and abs(r - primary) > MAX_ROUND_DISTANCE:
                    place = 0.0
                plain.append(place * (CLOSING_WEIGHT if rnd.closing else 1.0))
            assert round_weights(material, offset) == plain


def test_the_deferral_prefilter_skips_only_sentences_that_cannot_defer(chunks: list[str]) -> None:
    """defers() tests the literals every DEFERRAL match holds before the pattern: it finds
    what the pattern alone finds, on the corpus and on promises of every kind."""
    from treatyscope.pipeline.a_blocks import _DEFERRAL, defers

    promises = ["Figures would be provided LATER.", "Le budget sera précisé par écrit.",
                "The delegation would get back to the Committee on that.",
                "It would provide written data.", "La délégation reviendra auprès du Comité."]
    for chunk in chunks + promises:
        assert defers(chunk) == (_DEFERRAL.search(chunk) is not None), chunk
    assert all(map(defers, promises))


def test_the_time_question_prefilter_skips_only_questions_that_ask_no_time(
        chunks: list[str]) -> None:
    """The literals tested before _ASKS_TIME are held by every match of it."""
    from treatyscope.pipeline.answers import _ASKS_TIME, _ASKS_TIME_LITERALS

    asks = ["When would the Code be adopted?", "What was the timeline for the bill?",
            "Quand la loi serait-elle adoptée ?", "Dans quel délai ?", "By what date?",
            "D'ici quand ?", "À quelle échéance ?", "How soon would it open?"]
    for chunk in chunks + asks:
        if _ASKS_TIME.search(chunk):
            assert any(lit in chunk.lower() for lit in _ASKS_TIME_LITERALS), chunk
    assert all(_ASKS_TIME.search(a) for a in asks)


def test_the_impact_and_assessment_prefilters_skip_only_questions_that_ask_neither(
        chunks: list[str]) -> None:
    """The literals tested before _ASKS_IMPACT and _ASKS_ASSESSMENT are held by every match."""
    from treatyscope.pipeline.answers import _ASKS_ASSESSMENT, _ASKS_IMPACT, _ASKS_LITERALS

    asks = ["What was the impact of the reform?", "Had the State assessed the plan?",
            "Had it carried out an evaluation?", "Les effets de la réforme ?",
            "Si une étude d'impact avait été réalisée.", "Had the law been studied?",
            "What were the consequences for children?", "Had it conducted a survey?"]
    for pattern in (_ASKS_IMPACT, _ASKS_ASSESSMENT):
        for chunk in chunks + asks:
            if pattern.search(chunk):
                assert any(lit in chunk.lower() for lit in _ASKS_LITERALS[pattern.pattern]), chunk
    assert all(_ASKS_IMPACT.search(a) or _ASKS_ASSESSMENT.search(a) for a in asks)


def test_the_literals_of_an_experts_view_are_in_every_match() -> None:
    """premise_text tries _EVALUATION only on a sentence holding one of its literals: each
    verb of the pattern holds one."""
    from treatyscope.pipeline.q_link import _EVALUATION, _EVALUATION_LITERALS

    for view in ("X welcomed the Act.", "X commended it.", "X praised it.", "X applauded it.",
                 "X appreciated it.", "X acknowledged it.", "X deplored it.", "X lamented it.",
                 "X noted with concern the Act.", "X expressed deep regret at the Act.",
                 "X voiced satisfaction with the Act.", "X was deeply concerned about it.",
                 "X was worried about it.", "X was pleased with it.", "X was disturbed by it.",
                 "X was alarmed by it."):
        assert _EVALUATION.match(view), view
        assert any(lit in view.lower() for lit in _EVALUATION_LITERALS), view
