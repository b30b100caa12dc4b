"""Topic tags: themes, concerned groups, SDG goals and treaty articles from ``data/topics.json``.

The taxonomy and its phrase rules are documented in the JSON file itself (``rules``).  In
short: an entry tags an item when one of its phrases matches the item's text; an SDG is
also tagged through the themes and groups linked to it; treaty-article entries apply only
to reviews by their committee.

Tagged items: questions (canonical mention), answers (their spans; the tag's item is
``answer:<question id>``), claims (their sentence) and commitments (their span).  Questions,
claims and commitments get the topic ids in their ``topics`` tuple; every tag is also a
:class:`~treatyscope.model.TopicTag` in ``review.topics`` with the span of the match.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

from treatyscope.model import Review, Span, TopicTag
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.registry import stage


@dataclass(frozen=True, slots=True)
class Topic:
    """One taxonomy entry with its compiled phrase rules."""

    id: str
    label: str
    kind: str
    phrases: tuple[re.Pattern[str], ...]
    exclude: tuple[re.Pattern[str], ...] = ()
    sdgs: tuple[int, ...] = ()
    committees: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The whole taxonomy, the phrases that name each committee, and a phrase index.

    ``index`` maps the first three letters of a phrase's literal start to the phrases that
    begin so, so that matching only tries the phrases a word can start; ``unindexed``
    holds the phrases without a literal start of three letters, tried by search.
    """

    topics: tuple[Topic, ...]
    committee_phrases: dict[str, re.Pattern[str]]
    index: dict[str, tuple[tuple[int, re.Pattern[str]], ...]]
    unindexed: tuple[tuple[int, re.Pattern[str]], ...]

    def get(self, topic_id: str) -> Topic | None:
        """The entry with this id, or None."""
        return next((t for t in self.topics if t.id == topic_id), None)


_LITERAL_START = re.compile(r"^(?:\\b)?([^\W\d_]{3,})")
_WORD_START = re.compile(r"\b[^\W\d_]")


def _compile(phrases: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"\b(?:{p})", re.I) for p in phrases)


def _topic(entry: dict[str, Any]) -> Topic:
    return Topic(entry["id"], entry["label"], entry["kind"], _compile(entry["phrases"]),
                 _compile(entry.get("exclude", [])), tuple(entry.get("sdgs", ())),
                 tuple(entry.get("committees", ())))


def _index(entries: list[dict[str, Any]], topics: tuple[Topic, ...]) -> tuple[
        dict[str, tuple[tuple[int, re.Pattern[str]], ...]], tuple[tuple[int, re.Pattern[str]], ...]]:
    index: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    rest: list[tuple[int, re.Pattern[str]]] = []
    for k, (entry, topic) in enumerate(zip(entries, topics, strict=True)):
        for source, rx in zip(entry["phrases"], topic.phrases, strict=True):
            m = _LITERAL_START.match(source)
            if m:
                index.setdefault(m.group(1)[:3].lower(), []).append((k, rx))
            else:
                rest.append((k, rx))
    return {key: tuple(v) for key, v in index.items()}, tuple(rest)


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped in ``treatyscope/data/topics.json`` (read once)."""
    raw = json.loads(resources.files("treatyscope.data").joinpath("topics.json").read_text("utf-8"))
    committees = {code: re.compile("|".join(ps), re.I) for code, ps in raw["committee_phrases"].items()}
    topics = tuple(_topic(e) for e in raw["topics"])
    index, rest = _index(raw["topics"], topics)
    return Taxonomy(topics, committees, index, rest)


def review_committee(review: Review, taxonomy: Taxonomy) -> str | None:
    """The committee code: from the metadata, else the first committee named in the text."""
    if review.metadata.committee_code:
        return review.metadata.committee_code
    hits = [(m.start(), code) for code, rx in taxonomy.committee_phrases.items()
            if (m := rx.search(review.text))]
    return min(hits)[1] if hits else None


def match_topics(text: str, spans: tuple[Span, ...], taxonomy: Taxonomy,
                 committee: str | None = None) -> list[tuple[Topic, Span]]:
    """The entries whose phrase rules match ``text`` within ``spans``, with the first match."""
    first: dict[int, Span] = {}
    for span in spans:
        for w in _WORD_START.finditer(text, span.start, span.end):
            for k, rx in taxonomy.index.get(text[w.start() : w.start() + 3].lower(), ()):
                if k not in first and (m := rx.match(text, w.start(), span.end)):
                    first[k] = Span(m.start(), m.end())
        for k, rx in taxonomy.unindexed:
            if k not in first and (m := rx.search(text, span.start, span.end)):
                first[k] = Span(m.start(), m.end())
    out = []
    for k in sorted(first):
        topic = taxonomy.topics[k]
        if topic.kind == "sdg" or (topic.committees and committee not in topic.committees):
            continue
        if not any(x.search(text, s.start, s.end) for x in topic.exclude for s in spans):
            out.append((topic, first[k]))
    return _with_sdgs(taxonomy, first, out)


def _with_sdgs(taxonomy: Taxonomy, first: dict[int, Span],
               found: list[tuple[Topic, Span]]) -> list[tuple[Topic, Span]]:
    """Add SDG goals: by their own phrases, and through the themes and groups linked to them."""
    linked: dict[str, Span] = {}
    for topic, span in found:
        for goal in topic.sdgs:
            linked.setdefault(f"sdg:{goal}", span)
    for k, topic in enumerate(taxonomy.topics):
        if topic.kind == "sdg":
            hit = first.get(k) or linked.get(topic.id)
            if hit is not None:
                found.append((topic, hit))
    return found


def _items(review: Review) -> list[tuple[str, tuple[Span, ...]]]:
    """Every taggable item: its id and the spans of its text."""
    items = [(q.id, q.mentions[:1]) for q in review.questions if q.mentions]
    items += [(f"answer:{a.question}", a.spans) for a in review.answers if a.spans]
    items += [(c.id, (c.sentence_span,)) for c in review.claims]
    items += [(k.id, (k.span,)) for k in review.commitments]
    return items


def tag_review(review: Review) -> Review:
    """The review with topic tags on its items and in ``review.topics``."""
    taxonomy = load_taxonomy()
    committee = review_committee(review, taxonomy)
    tags: list[TopicTag] = []
    by_item: dict[str, tuple[str, ...]] = {}
    for item, spans in _items(review):
        found = match_topics(review.text, spans, taxonomy, committee)
        by_item[item] = tuple(t.id for t, _ in found)
        tags += [TopicTag(t.id, t.label, item, span) for t, span in found]

    def ids(item: str) -> tuple[str, ...]:
        """The topic ids tagged on one item."""
        return by_item.get(item, ())

    return replace(
        review,
        questions=tuple(replace(q, topics=ids(q.id)) for q in review.questions),
        claims=tuple(replace(c, topics=ids(c.id)) for c in review.claims),
        commitments=tuple(replace(k, topics=ids(k.id)) for k in review.commitments),
        topics=tuple(tags),
    )


@stage("topics", requires=("questions", "answers", "claims", "commitments"), assigns=("topics",))
def topics(review: Review, options: AnalyzeOptions) -> Review:
    """Tag questions, answers, claims and commitments with taxonomy topics."""
    return tag_review(review)
