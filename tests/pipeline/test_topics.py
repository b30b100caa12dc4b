"""Topics: the taxonomy file, its phrase rules, and the tags on review items."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from conftest import analyze_text, assert_span_invariant
from treatyscope.model import Review, Span
from treatyscope.pipeline.topics import (
    _literal,
    _Matcher,
    _needle,
    _with_topics,
    load_taxonomy,
    match_topics,
)


def raw_taxonomy() -> dict[str, object]:
    return json.loads(resources.files("treatyscope.data").joinpath("topics.json").read_text("utf-8"))


def test_taxonomy_entries_are_documented() -> None:
    raw = raw_taxonomy()
    assert raw["rules"] and raw["description"]
    entries = raw["topics"]
    assert isinstance(entries, list)
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert entry["label"] and entry["note"] and entry["phrases"], entry["id"]
        assert entry["kind"] in ("theme", "group", "sdg", "article")
        for phrase in entry["phrases"] + entry.get("exclude", []):
            re.compile(phrase)
    assert {f"sdg:{n}" for n in range(1, 18)} <= set(ids)
    kinds = {e["kind"] for e in entries}
    assert kinds == {"theme", "group", "sdg", "article"}
    assert all(e.get("committees") == ["CMW"] for e in entries if e["kind"] == "article")


def test_every_linked_goal_exists() -> None:
    taxonomy = load_taxonomy()
    for topic in taxonomy.topics:
        for goal in topic.sdgs:
            assert taxonomy.get(f"sdg:{goal}") is not None, topic.id


def ids(text: str, committee: str | None = None) -> set[str]:
    return {t.id for t, _ in match_topics(text, (Span(0, len(text)),), load_taxonomy(), committee)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Cash remittances by migrant workers were a source of income.",
     {"theme:remittances", "group:migrant-workers", "sdg:10"}),
    ("There were 18 crisis centres for women and girls suffering from domestic violence.",
     {"theme:gbv", "group:women", "group:girls", "sdg:5"}),
    ("The Criminal Code foresaw imprisonment for human trafficking.",
     {"theme:trafficking", "sdg:16"}),
    ("Over 900 cases of child labour had been identified.", {"theme:child-labour", "sdg:8"}),
    ("Les travailleurs migrants ont accès aux soins de santé.", {"group:migrant-workers", "theme:health"}),
])
def test_phrase_rules(text: str, expected: set[str]) -> None:
    assert expected <= ids(text)


def test_article_entries_only_for_their_committee() -> None:
    text = "The consular services assisted citizens abroad."
    assert "cmw:art23" in ids(text, "CMW")
    assert "cmw:art23" not in ids(text, "CAT")
    assert "theme:consular" in ids(text, "CAT")


def test_generic_words_tag_nothing() -> None:
    assert ids("The State party said the Convention and its rights were important.") == set()


def test_tags_on_items(sample_review: Review) -> None:
    tagged = {t.item for t in sample_review.topics}
    assert any(q.topics for q in sample_review.questions)
    assert any(c.topics for c in sample_review.claims)
    for claim in sample_review.claims:
        if claim.topics:
            assert claim.id in tagged
    assert any(item.startswith("answer:") for item in tagged)
    hiv = [c for c in sample_review.claims if "theme:health" in c.topics]
    assert hiv, "a figure in a sentence about health services is tagged with health"
    for tag in sample_review.topics:
        assert tag.span is not None and tag.label
    assert_span_invariant(sample_review)


def test_stage_on_a_snippet() -> None:
    review = analyze_text("The delegation said the Government would adopt a law on domestic "
                          "workers by 2025. There were 12 shelters for victims of trafficking.")
    assert "group:domestic-workers" in review.commitments[0].topics
    assert "theme:trafficking" in review.claims[0].topics


def test_fast_matching_agrees_with_the_rules(sample_review: Review) -> None:
    taxonomy = load_taxonomy()
    fast, plain = _Matcher(sample_review.text, taxonomy), _Matcher(sample_review.text, taxonomy)
    plain.lowered = None  # the rules' own path: every word start, every phrase of its key
    assert fast.lowered is not None
    items = [q.mentions[:1] for q in sample_review.questions if q.mentions]
    items += [a.spans for a in sample_review.answers if a.spans]
    items += [(s,) for s in sample_review.sentences]
    for spans in items:
        assert fast.first(spans) == plain.first(spans)
    assert _Matcher("The ſtate", taxonomy).lowered is None  # re.I folds "ſ" to "s"


@pytest.mark.parametrize("text", [
    "Children, migrant workers (women) and girls.",
    "children at the start; the span may begin mid-word: workers",
    "l'enfant «travailleurs migrants» et_children 2children",
])
def test_word_hits_are_what_a_word_boundary_finds(text: str) -> None:
    taxonomy = load_taxonomy()
    matcher = _Matcher(text, taxonomy)
    assert matcher.lowered is not None
    for start in range(len(text)):
        for end in (start + 1, start + 9, len(text)):
            expected = [(m.start(1), m.group(1))
                        for m in taxonomy.opening.finditer(matcher.lowered, start, end)]
            found = matcher._word_hits(matcher.lowered, Span(start, end))
            assert [(m.start(1), m.group(1)) for m in found] == expected
    assert taxonomy.opening.pattern.startswith(r"\b(")


def test_phrase_literals_and_needles() -> None:
    assert _literal(r"courts?\b", "cou") == "court"  # the "s" may be absent
    assert _literal("accede|accession", "acc") == "acc"
    assert _literal(r"judicia(l|ry)", "jud") == "judicia"
    assert _needle(r"(dollars|euros)\s+(\w+\s+){0,2}transferred") == "transferred"
    assert _needle(r"\bA status\b") == "a status"
    assert _needle("(a|b)") == _needle("foo|bar") == ""
    assert _needle(r"ab[]x]cdef") == "cdef"


def test_with_topics_builds_what_replace_builds() -> None:
    from dataclasses import replace

    from treatyscope.model import Claim

    claim = Claim(id="c1", span=Span(1, 2), sentence_span=Span(0, 5), value=3.0, unit="x",
                  year=None, subject="s", speaker=None, qualifier=None, text="t",
                  year_basis=None)
    made = _with_topics(claim, ("theme:x",))
    assert made == replace(claim, topics=("theme:x",))
    assert made.topics == ("theme:x",) and claim.topics == ()


def test_remittance_figures_are_tagged_by_the_word_not_by_one_wording() -> None:
    assert "theme:remittances" in ids("Remittances from migrants amounted to 2 billion dollars.")
    assert "theme:remittances" not in ids("Two billion dollars were spent on roads.")
