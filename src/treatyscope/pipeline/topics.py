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
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from functools import cache
from importlib import resources
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from treatyscope.model import Claim, Commitment, Question, Review, Span, TopicTag
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.claim_scan import lower_twin
from treatyscope.pipeline.claim_scan import lowered as lowered_copy
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.spans import all_starts, new_span


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


class Phrase(NamedTuple):
    """A phrase rule of an entry, with lower-case letters (and spaces) every match of it
    holds."""

    entry: int
    literal: str
    rx: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The whole taxonomy, the phrases that name each committee, and a phrase index.

    ``index`` maps the first three letters of a phrase's literal start to the phrases that
    begin so, so that matching only tries the phrases a word can start; ``unindexed``
    holds the phrases without a literal start of three letters, tried by search (their
    ``literal`` is a run of letters every match contains, or "").

    For lower-cased text, ``finder`` finds the word starts where an indexed phrase's
    literal start is written (the longest one there, its group 1), with the character
    before the word; ``opening`` finds the same from the very start of the text, where
    there is no character before.  ``by_literal`` maps that literal to the phrases of its
    index entry whose literal starts it, in index order (those, and only those, can match
    there); ``tries`` gives for the same phrases their entry, the rule to match and whether
    to match it on the lower-cased copy: the rule's lower-case twin when it has one
    (:func:`~treatyscope.pipeline.claim_scan.lower_twin`, the same matches, faster), else
    the rule itself on the text.
    """

    topics: tuple[Topic, ...]
    committee_phrases: dict[str, re.Pattern[str]]
    index: dict[str, tuple[Phrase, ...]]
    unindexed: tuple[Phrase, ...]
    goals: tuple[int, ...] = ()  # indices of the SDG entries, in taxonomy order
    # Derived from the fields above (only for speed):
    finder: re.Pattern[str] = field(init=False)
    opening: re.Pattern[str] = field(init=False)
    by_literal: dict[str, tuple[Phrase, ...]] = field(init=False)
    tries: dict[str, tuple[tuple[int, re.Pattern[str], bool], ...]] = field(init=False)
    goal_set: frozenset[int] = field(init=False)
    goal_links: tuple[tuple[int, ...], ...] = field(init=False)  # entry -> its SDG entries

    def __post_init__(self) -> None:
        by_literal = {p.literal: tuple(q for q in phrases if p.literal.startswith(q.literal))
                      for phrases in self.index.values() for p in phrases}
        goal_index = {self.topics[k].id: k for k in self.goals}
        links = tuple(tuple(goal_index[f"sdg:{g}"] for g in t.sdgs if f"sdg:{g}" in goal_index)
                      for t in self.topics)
        literals = _trie(set(by_literal))
        # "\W(...)" rather than "\b(...)": a pattern that opens with a character class is
        # only tried where that class matches (speed only; a literal starts with a letter,
        # so a word starts at it exactly where the character before is no word character).
        # The literal is looked ahead at, not consumed: it may span several words, and the
        # next word start may begin another phrase.
        object.__setattr__(self, "finder", re.compile(rf"\W(?=({literals}))"))
        object.__setattr__(self, "opening", re.compile(rf"\b(?=({literals}))"))
        object.__setattr__(self, "by_literal", by_literal)
        object.__setattr__(self, "tries", {literal: tuple(map(_try, phrases))
                                           for literal, phrases in by_literal.items()})
        object.__setattr__(self, "goal_set", frozenset(self.goals))
        object.__setattr__(self, "goal_links", links)

    def get(self, topic_id: str) -> Topic | None:
        """The entry with this id, or None."""
        return next((t for t in self.topics if t.id == topic_id), None)


def _try(phrase: Phrase) -> tuple[int, re.Pattern[str], bool]:
    """A phrase's entry, the rule to match and whether on the lower-cased copy (see
    :attr:`Taxonomy.tries`)."""
    twin = lower_twin(phrase.rx)
    return (phrase.entry, phrase.rx, False) if twin is None else (phrase.entry, twin, True)


_LITERAL_START = re.compile(r"^(?:\\b)?([^\W\d_]{3,})")
#: The letters and spaces a phrase must start with ("work permit" for "work permits?"): a
#: last character under "?", "*" or "{" is optional.  The longer the literal, the fewer
#: word starts the finder reports where the phrase cannot match.
_MANDATORY = re.compile(r"^(?:\\b)?([^\W\d_](?:[^\W\d_]| )*)(?![?*{])")
_WORD_START = re.compile(r"\b[^\W\d_]")
def _compile(phrases: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(rf"\b(?:{p})", re.I) for p in phrases)


def _topic(entry: dict[str, Any]) -> Topic:
    return Topic(entry["id"], entry["label"], entry["kind"], _compile(entry["phrases"]),
                 _compile(entry.get("exclude", [])), tuple(entry.get("sdgs", ())),
                 tuple(entry.get("committees", ())))


def _literal(source: str, key: str) -> str:
    """The lower-case letters and spaces every match of the phrase ``source`` starts with
    (at least its index ``key``): the whole run when nothing makes its end optional and
    the phrase has no top-level alternative ("accede|accession" keeps "acc")."""
    m = _MANDATORY.match(source)
    if m is None or _top_level_bar(source):
        return key
    run = m.group(1).lower()
    return run if run.startswith(key) else key


def _needle(source: str) -> str:
    """The longest run of letters and spaces that every match of ``source`` contains, in
    lower case ("" if none is sure): a run outside groups and classes, not under a
    quantifier, in a phrase without a top-level alternative.  A group around the whole
    phrase ("(?-i:\\bA status\\b)") is looked into."""
    source = _unwrapped(source)
    if _top_level_bar(source):
        return ""
    runs, run, depth, k = [], "", 0, 0
    while k < len(source):
        char = source[k]
        if depth == 0 and (char.isalpha() or char == " "):
            run += char
            k += 1
            continue
        if char in "?*{":
            run = run[:-1]  # the letter before a quantifier may be absent
        runs.append(run)
        run = ""
        if char == "\\":
            k += 1  # an escape: "\b", "\w", "\." ... never part of a run
        elif char == "[":
            k = _class_end(source, k)
        elif char in "()":
            depth += 1 if char == "(" else -1
        k += 1
    runs.append(run)
    return max(runs, key=len).lower()


_GROUP_OPENING = re.compile(r"\((?:\?[aiLmsu-]*:)?")  # not "x": verbose spacing


def _unwrapped(source: str) -> str:
    """``source`` without a plain or flag group around all of it ("(?-i:X)" -> "X")."""
    opening = _GROUP_OPENING.match(source)
    if opening is None or _group_end(source, 0) != len(source) - 1:
        return source
    return _unwrapped(source[opening.end() : -1])


def _outside_classes(source: str, k: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of the characters of a pattern's source
    from ``source[k]`` on, skipping escapes and character classes."""
    depth = 0
    while k < len(source):
        char = source[k]
        if char == "\\":
            k += 1
        elif char == "[":
            k = _class_end(source, k)
        else:
            if char in "()":
                depth += 1 if char == "(" else -1
            yield k, char, depth
        k += 1


def _group_end(source: str, k: int) -> int:
    """Index of the ")" that closes the group opening at ``source[k]`` (or len(source))."""
    return next((i for i, char, depth in _outside_classes(source, k)
                 if char == ")" and depth == 0), len(source))


def _class_end(source: str, k: int) -> int:
    """Index of the "]" that closes the character class opening at ``source[k]``."""
    k += 1
    if k < len(source) and source[k] in "^]":
        k += 1
    while k < len(source) and source[k] != "]":
        k += 2 if source[k] == "\\" else 1
    return k


def _top_level_bar(source: str) -> bool:
    """True if ``source`` has an alternative ``|`` outside every group and class."""
    return any(char == "|" and depth == 0 for _, char, depth in _outside_classes(source))


def _index(entries: list[dict[str, Any]], topics: tuple[Topic, ...]) -> tuple[
        dict[str, tuple[Phrase, ...]], tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = {}
    rest: list[Phrase] = []
    for k, (entry, topic) in enumerate(zip(entries, topics, strict=True)):
        for source, rx in zip(entry["phrases"], topic.phrases, strict=True):
            m = _LITERAL_START.match(source)
            if m:
                key = m.group(1)[:3].lower()
                index.setdefault(key, []).append(Phrase(k, _literal(source, key), rx))
            else:
                rest.append(Phrase(k, _needle(source), rx))
    return {key: tuple(v) for key, v in index.items()}, tuple(rest)


def _trie(words: set[str]) -> str:
    """A regular expression matching the longest of ``words`` at a position, branching
    letter by letter: much faster than a flat alternation of the words."""
    heads: dict[str, set[str]] = {}
    for word in words:
        if word:
            heads.setdefault(word[0], set()).add(word[1:])
    alternatives = [re.escape(head) + _trie(tails) for head, tails in sorted(heads.items())]
    if "" in words:
        alternatives.append("")  # after the longer continuations: the longest one wins
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


@cache
def load_taxonomy() -> Taxonomy:
    """The taxonomy shipped in ``treatyscope/data/topics.json`` (read once)."""
    raw = json.loads(resources.files("treatyscope.data").joinpath("topics.json").read_text("utf-8"))
    committees = {code: re.compile("|".join(ps), re.I) for code, ps in raw["committee_phrases"].items()}
    topics = tuple(_topic(e) for e in raw["topics"])
    index, rest = _index(raw["topics"], topics)
    goals = tuple(k for k, t in enumerate(topics) if t.kind == "sdg")
    return Taxonomy(topics, committees, index, rest, goals)


def review_committee(review: Review, taxonomy: Taxonomy) -> str | None:
    """The committee code: from the metadata, else the first committee named in the text."""
    if review.metadata.committee_code:
        return review.metadata.committee_code
    hits = [(m.start(), code) for code, rx in taxonomy.committee_phrases.items()
            if (m := rx.search(review.text))]
    return min(hits)[1] if hits else None


class _Matcher:
    """The first match of every entry within a span of one text, memoised by span.

    A review tags the same text many times (each claim of a sentence tags that sentence,
    answers reuse the delegation's sentences), so each distinct span is scanned once per
    review.  Where the text allows (:func:`~treatyscope.pipeline.claim_scan.lowered`), the
    word starts where a phrase's literal start is written are found in its lower-cased copy
    by one regular expression, and only those phrases are tried there.  Memo and copy are
    only for speed; they live as long as one tagging pass.
    """

    __slots__ = ("by_span", "lowered", "needles", "taxonomy", "text", "unindexed")

    def __init__(self, text: str, taxonomy: Taxonomy) -> None:
        self.text, self.taxonomy = text, taxonomy
        self.by_span: dict[tuple[int, int], dict[int, Span]] = {}  # by offsets: cheap to hash
        self.lowered = low = lowered_copy(text)
        self.needles: dict[str, list[int]] = {}  # needle -> where it starts in `lowered`
        # The unindexed phrases that may match somewhere: not those whose needle the whole
        # copy lacks (only for speed: no span could hold it).
        self.unindexed = taxonomy.unindexed if low is None else tuple(
            p for p in taxonomy.unindexed if p.literal in low)

    def _holds(self, lowered: str, needle: str, span: Span) -> bool:
        """``lowered.find(needle, span.start, span.end) >= 0``, read from the offsets of the
        needle in the whole copy, found once (speed only: a search bounded by a span cost
        about 1 µs, most of it converting the needle to the copy's wider string kind)."""
        starts = self.needles.get(needle)
        if starts is None:
            starts = self.needles[needle] = all_starts(lowered, needle)
        i = bisect_left(starts, span.start)
        return i < len(starts) and starts[i] <= span.end - len(needle)

    def first(self, spans: tuple[Span, ...]) -> dict[int, Span]:
        """Entry index -> its first match in ``spans``, the earlier span winning."""
        if len(spans) == 1:
            return self._in_span(spans[0])
        first: dict[int, Span] = {}
        for span in spans:
            for k, hit in self._in_span(span).items():
                first.setdefault(k, hit)
        return first

    def _in_span(self, span: Span) -> dict[int, Span]:
        """Phrases keyed by their first letters are tried where a word starts so, in text
        order; then the others by search.  Indexed matches win over unindexed ones."""
        key = (span.start, span.end)
        found = self.by_span.get(key)
        if found is not None:
            return found
        text, lowered, index = self.text, self.lowered, self.taxonomy.index
        found = {}
        if lowered is None:
            for w in _WORD_START.finditer(text, span.start, span.end):
                at = w.start()
                for k, _, rx in index.get(text[at : at + 3].lower(), ()):
                    if k not in found and (m := rx.match(text, at, span.end)):
                        found[k] = Span(m.start(), m.end())
        else:
            # On the lower-cased copy: only the word starts where a phrase's literal start
            # is written, and only those phrases.  A literal is part of every match, so one
            # that does not fit before the span's end could not match there either.
            tries, end = self.taxonomy.tries, span.end
            for w in self._word_hits(lowered, span):
                at = w.start(1)
                for k, rx, on_copy in tries[w.group(1)]:
                    if k not in found and (m := rx.match(lowered if on_copy else text, at, end)):
                        found[k] = new_span(*m.span())
        for k, needle, rx in self.unindexed:
            if k in found or (lowered is not None and needle
                              and not self._holds(lowered, needle, span)):
                continue
            if m := rx.search(text, span.start, span.end):
                found[k] = new_span(*m.span())
        self.by_span[key] = found
        return found

    def _word_hits(self, lowered: str, span: Span) -> Iterator[re.Match[str]]:
        """The word starts in ``span`` where an indexed phrase's literal start is written:
        what ``re.finditer(r"\\b(literals)", lowered, span.start, span.end)`` finds, the
        offset and literal being those of group 1."""
        if span.start == 0:
            return self.taxonomy.opening.finditer(lowered, 0, span.end)
        # From the character before the span's first word.
        return self.taxonomy.finder.finditer(lowered, span.start - 1, span.end)


def match_topics(text: str, spans: tuple[Span, ...], taxonomy: Taxonomy,
                 committee: str | None = None) -> list[tuple[Topic, Span]]:
    """The entries whose phrase rules match ``text`` within ``spans``, with the first match."""
    return _select(_Matcher(text, taxonomy), spans, _taggable(taxonomy, committee))


def _taggable(taxonomy: Taxonomy, committee: str | None) -> frozenset[int]:
    """Indices of the entries that tag by their own match: not SDGs (tagged after the
    others), and treaty articles only in reviews by their committee."""
    return frozenset(k for k, t in enumerate(taxonomy.topics) if t.kind != "sdg"
                     and (not t.committees or committee in t.committees))


def _select(matcher: _Matcher, spans: tuple[Span, ...],
            taggable: frozenset[int]) -> list[tuple[Topic, Span]]:
    """The entries that tag an item of ``spans``, with their first match; then the SDG
    goals, by their own phrases or through the entries linked to them (first one wins)."""
    first = matcher.first(spans)
    if not first:
        return []
    taxonomy, text = matcher.taxonomy, matcher.text
    topics, goal_links = taxonomy.topics, taxonomy.goal_links
    out = []
    linked: dict[int, Span] = {}
    for k in sorted(first):
        if k not in taggable:
            continue
        topic = topics[k]
        if topic.exclude and any(x.search(text, s.start, s.end)
                                 for x in topic.exclude for s in spans):
            continue
        hit = first[k]
        out.append((topic, hit))
        for goal in goal_links[k]:
            linked.setdefault(goal, hit)
    goals = taxonomy.goal_set.intersection(first)
    if goals or linked:
        for k in sorted(goals.union(linked)):
            goal_hit = first.get(k) or linked.get(k)
            if goal_hit is not None:
                out.append((topics[k], goal_hit))
    return out


class _Tags(NamedTuple):
    """What one item's spans are tagged with: the topic ids, and (id, label, span) per tag."""

    ids: tuple[str, ...]
    tags: list[tuple[str, str, Span]]

    @classmethod
    def of(cls, found: list[tuple[Topic, Span]]) -> _Tags:
        """The tags of ``found`` (see :func:`_select`)."""
        return cls(tuple([t.id for t, _ in found]), [(t.id, t.label, span) for t, span in found])


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
    matcher = _Matcher(review.text, taxonomy)
    taggable = _taggable(taxonomy, committee)
    # Items sharing spans share their tags; keyed by offsets (only for speed: two ints hash
    # in C, a Span by a Python method).
    selected: dict[tuple[tuple[int, int], ...], _Tags] = {}
    for item, spans in _items(review):
        key = tuple([(s.start, s.end) for s in spans])
        found = selected.get(key)
        if found is None:
            found = selected[key] = _Tags.of(_select(matcher, spans, taggable))
        by_item[item] = found.ids
        tags += [_tag(topic, label, item, span) for topic, label, span in found.tags]

    def ids(item: str) -> tuple[str, ...]:
        """The topic ids tagged on one item."""
        return by_item.get(item, ())

    # An item whose topics do not change is kept as it is (equal either way; only for speed).
    return replace(
        review,
        questions=tuple(q if q.topics == ids(q.id) else _with_topics(q, ids(q.id))
                        for q in review.questions),
        claims=tuple(c if c.topics == ids(c.id) else _with_topics(c, ids(c.id))
                     for c in review.claims),
        commitments=tuple(k if k.topics == ids(k.id) else _with_topics(k, ids(k.id))
                          for k in review.commitments),
        topics=tuple(tags),
    )


_Item = TypeVar("_Item", Question, Claim, Commitment)


def _with_topics(item: _Item, topics: tuple[str, ...]) -> _Item:
    """``dataclasses.replace(item, topics=topics)``, about twice as fast (only for speed).

    Exact for these classes: frozen dataclasses with slots whose ``__init__`` only stores
    its arguments (no ``__post_init__``, no field left out of ``__init__``), so copying every
    field and storing the new topics builds the object ``replace`` would build.
    """
    cls = type(item)
    new = object.__new__(cls)
    values, setters, set_topics = _SLOTS[cls]
    for set_slot, value in zip(setters, values(item), strict=True):
        set_slot(new, value)  # the slot's own setter: what object.__setattr__ ends up calling
    set_topics(new, topics)
    return new


def _tag(topic: str, label: str, item: str, span: Span) -> TopicTag:
    """``TopicTag(topic, label, item, span)``, about twice as fast (only for speed: a review
    holds hundreds of tags).  Exact for the same reason as :func:`_with_topics`: the slots
    are set directly, as the frozen dataclass's ``__init__`` sets them."""
    tag = _new_tag(TopicTag)
    _SET_TOPIC(tag, topic)
    _SET_LABEL(tag, label)
    _SET_ITEM(tag, item)
    _SET_SPAN(tag, span)
    return tag


_new_tag = object.__new__
_SET_TOPIC, _SET_LABEL, _SET_ITEM, _SET_SPAN = (
    getattr(TopicTag, name).__set__ for name in ("topic", "label", "item", "span"))

#: The field names of each item class, in order.
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in (Question, Claim, Commitment)}
_Setter = Callable[[Any, Any], None]
#: Per item class: a getter of all its field values, the setters of its slots in the same
#: order, and the setter of ``topics`` (read and written in C: faster than getattr and
#: object.__setattr__ by name).
_SLOTS: dict[type, tuple[Callable[[Any], tuple[Any, ...]], tuple[_Setter, ...], _Setter]] = {}
for _cls, _names in _FIELDS.items():
    _setters = tuple(getattr(_cls, name).__set__ for name in _names)
    _SLOTS[_cls] = (attrgetter(*_names), _setters, _setters[_names.index("topics")])


@stage("topics", requires=("questions", "answers", "claims", "commitments"), assigns=("topics",))
def topics(review: Review, options: AnalyzeOptions) -> Review:
    """Tag questions, answers, claims and commitments with taxonomy topics."""
    return tag_review(review)
