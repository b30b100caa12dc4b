"""The delegation's answer material: candidate sentences, rounds of responses, topical blocks.

* a *round* is a run of consecutive state-side turns after the questions start (a
  "Responses by the Delegation" section, the replies in a summary record).  The lede, the
  presentation of the report and anything before the first question never answer;
* a *block* is a run of consecutive sentences of one round about one thing.  A block ends
  where the topic shifts: the next sentence shares too little weighted vocabulary with the
  sentences just before it (:data:`COHESION`) and does not refer back to them ("This ...",
  "these citizens", "For 2024, it would be ..."), or it opens a new topic ("Regarding the
  labour market, ...") or a new paragraph.

Questions are matched to blocks (:mod:`treatyscope.pipeline.q_link`): a delegation answers one
question with a run of sentences, and a single sentence shares too few words to decide.
:class:`Material` also holds the inverted indexes (term, word family -> blocks) and each
block's terms and word pairs, that make scoring a question cost only the postings of its own
terms and the blocks they reach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from treatyscope.data.q_lexicon import (
    CONTINUATION,
    DEFERRAL,
    DEMONSTRATIVE,
    GIVES_NUMBER,
    TOPIC_OPENER,
    UNSAID,
)
from treatyscope.model import Review, Span
from treatyscope.pipeline.q_find import strip_attribution
from treatyscope.pipeline.q_lexical import Index, Terms, concept_map, terms
from treatyscope.pipeline.questions import sentences_by_turn

# Calibration: with the linking constants of ``q_link.py`` and ``answers.py`` on the sample
# (see there), and read by eye on its three Responses sections, the withheld third one
# included.  At the values below its 126 delegation sentences fall into 55 blocks that
# each hold one topic (HIV treatment; guardianship of children left behind; gender
# equality; the "blacklist"; corruption; the labour quota).  Status accuracy / link F1 on
# the 77 reference questions with COHESION 0.4: 0.69 / 0.49 (neighbouring topics that
# share one mid-frequency word merge); 1.0: 0.69 / 0.46 (runs on one topic break apart);
# COHESION_TERM 0.25: 0.70 / 0.49; FAMILY_LINK 0 or 0.6: unchanged.

#: Weighted vocabulary (scaled IDF, ``q_lexical.Index``) a sentence must share with one of
#: the :data:`COHESION_REACH` sentences before it to stay in their block ...
COHESION = 0.6
#: ... counting only words at least this rare: the review's own topic words ("citizens",
#: "Kyrgyz", "Russia") and numbers (two facts of one year) join nothing ...
COHESION_TERM = 0.35
#: ... and this much per word family shared through different words ("remittances" /
#: "transferred").
FAMILY_LINK = 0.3
#: A topic survives one sentence that does not repeat its words.
COHESION_REACH = 2

#: Section kinds whose state-side turns never answer.
NEVER_ANSWER = frozenset({"presentation", "report", "header", "title", "boilerplate"})

#: A paragraph the text keeps (:func:`paragraph_starts`) opens a block unless it refers back.
#: Not calibrated on the sample (one line of text): on the hand-written dialogues, whose
#: responses keep their paragraphs, link F1 0.472 -> 0.480 (precision 0.387 -> 0.400).
#: Paragraph breaks say nothing where more than this share of sentences open one ...
MAX_PARAGRAPH_SHARE = 0.6
#: ... and only blank lines are breaks where more than this share of sentences hold a line
#: break (text wrapped at a fixed width).
WRAPPED_SHARE = 0.1
_PARAGRAPH = re.compile(r"\n[ \t\r]*\n")
_LINE_BREAK = re.compile(r"\n")
_CONTINUATION = re.compile(CONTINUATION)
_DEMONSTRATIVE = re.compile(DEMONSTRATIVE)
_TOPIC_OPENER = re.compile(TOPIC_OPENER)
_DEFERRAL = re.compile(DEFERRAL)
#: Every match of DEFERRAL holds one of these, in lower case (only for speed: a sentence
#: without any is no promise, and most are not).
_DEFERRAL_LITERALS = ("writing", "written", "later", "subsequently", "due course", "back",
                      "ultérieurement", "écrit", "plus tard", "reviendra", "meeting",
                      "session", " day", "tomorrow", " hand")


def defers(sentence: str) -> bool:
    """Whether the sentence promises an answer later (:data:`DEFERRAL`)."""
    low = sentence.lower()
    return any(map(low.__contains__, _DEFERRAL_LITERALS)) and _DEFERRAL.search(sentence) is not None
_UNSAID = re.compile(UNSAID)
_NO_TERMS = Terms(frozenset())
_GIVES_NUMBER = re.compile(GIVES_NUMBER)
# The two case-insensitive searches (all lower case) without (?i), run on a lower-cased
# copy of the sentence: the same answers, faster (re.I on an alternation is slow).
_DEMONSTRATIVE_LOW = re.compile(DEMONSTRATIVE.removeprefix("(?i)"))
_GIVES_NUMBER_LOW = re.compile(GIVES_NUMBER.removeprefix("(?i)"))
#: Characters that re.I matches to an ASCII letter other than through ``str.lower``
#: (dotless and dotted I, long s, Kelvin sign): a sentence holding one uses the (?i) ones.
_ODD_CASES = frozenset("ıİſ\u212a")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A delegation sentence that may answer, with its place in the responses."""

    span: Span
    block: int
    terms: Terms
    continues: bool = False
    #: the sentence answers in part and defers the rest ("...; information on the other
    #: cases would be provided in writing"): what it answers is at best partial
    defers: bool = False


@dataclass(frozen=True, slots=True)
class Block:
    """A run of consecutive candidates of one round about one topic."""

    round: int
    first: int
    last: int
    position: float
    #: Its sentences as read (without their attribution).
    texts: tuple[str, ...] = ()

    @property
    def members(self) -> range:
        """Indices of the block's candidates."""
        return range(self.first, self.last + 1)

    @property
    def number(self) -> bool:
        """True when one of its sentences gives a quantity or reports on data.  Read when
        asked, only for speed: only the blocks a question asking for a quantity reaches
        need it."""
        return any(map(gives_number, self.texts))


@dataclass(frozen=True, slots=True)
class Round:
    """One batch of responses: a run of consecutive state-side turns."""

    start: int
    closing: bool = False


@dataclass(slots=True)  # not frozen, only for speed: built for every term asked for
class Postings:
    """Where one question term occurs: the blocks holding it as such, and those holding
    only a word of its family, in block order; and its word families."""

    exact_blocks: tuple[int, ...]
    family_blocks: tuple[int, ...]
    families: frozenset[int] = frozenset()


#: The postings of a term that no candidate holds and that has no word family.
_NOWHERE = Postings((), ())


@dataclass(slots=True)
class Material:
    """Everything a question may be answered by, and inverted indexes over it."""

    candidates: list[Candidate] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    rounds: list[Round] = field(default_factory=list)
    #: Term -> the blocks holding it, in block order.
    words: dict[str, list[int]] = field(default_factory=dict)
    #: Word family -> the blocks holding a word of it, in block order.
    concepts: dict[int, list[int]] = field(default_factory=dict)
    #: Per block, the union of its candidates' terms, and of their word pairs.
    block_words: list[frozenset[str]] = field(default_factory=list)
    block_pairs: list[frozenset[tuple[str, str]]] = field(default_factory=list)
    #: Per candidate, its terms' words and word families (read for every scored sentence).
    term_sets: list[tuple[frozenset[str], frozenset[int]]] = field(default_factory=list)
    #: Per block, its round.
    block_round: list[int] = field(default_factory=list)
    #: The postings of the terms asked for so far (read directly by scoring).
    found: dict[str, Postings] = field(default_factory=dict)
    #: Per round, where it starts (in text order, as the rounds).
    round_starts: list[int] = field(default_factory=list)
    #: The weights of the rounds for a question, per primary round (``q_link``; only for
    #: speed: some 100 questions share a few primary rounds).
    round_weights: dict[int | None, list[float]] = field(default_factory=dict)
    #: The sentences that promise an answer later, with the words of what they promise
    #: (start offset, terms): "the number of employers sanctioned would be sent later".
    promises: list[tuple[int, frozenset[str]]] = field(default_factory=list)
    _numbers: dict[int, bool] = field(default_factory=dict)
    _sentence_numbers: dict[int, bool] = field(default_factory=dict)

    def index(self) -> None:
        """Fill the inverted indexes from the candidates and blocks."""
        words, concepts = self.words, self.concepts
        cands = self.candidates
        self.term_sets = [(c.terms.words, c.terms.concepts) for c in cands]
        self.block_round = [b.round for b in self.blocks]
        self.round_starts = [r.start for r in self.rounds]
        for b, block in enumerate(self.blocks):
            own = [cands[i].terms for i in block.members]
            held = frozenset().union(*(t.words for t in own))
            self.block_words.append(held)
            for t in held:
                words.setdefault(t, []).append(b)
            for c in frozenset().union(*(t.concepts for t in own)):
                concepts.setdefault(c, []).append(b)
            self.block_pairs.append(frozenset().union(*(t.bigrams for t in own)))

    def sentence_text(self, i: int) -> str:
        """The ``i``-th candidate sentence's text, without its attribution."""
        block = self.blocks[self.candidates[i].block]
        return block.texts[i - block.first]

    def sentence_gives_number(self, i: int) -> bool:
        """Whether the ``i``-th candidate sentence gives a quantity (:func:`gives_number`
        of its text without attribution; computed once per sentence)."""
        found = self._sentence_numbers.get(i)
        if found is None:
            block = self.blocks[self.candidates[i].block]
            found = self._sentence_numbers[i] = gives_number(block.texts[i - block.first])
        return found

    def gives_number(self, block: int) -> bool:
        """:attr:`Block.number` of the ``block``-th block (computed once per block)."""
        found = self._numbers.get(block)
        if found is None:
            found = self._numbers[block] = self.blocks[block].number
        return found

    def postings(self, term: str) -> Postings:
        """Where ``term`` occurs (computed once per term and review)."""
        found = self.found.get(term)
        if found is None:
            found = self.found[term] = self._find(term)
        return found

    def _find(self, term: str) -> Postings:
        families = concept_map().get(term)
        exact = self.words.get(term)
        if exact is None and families is None:
            return _NOWHERE  # the common case of a question word the delegation never uses
        if families is None:
            return Postings(tuple(exact or ()), ())
        near: set[int] = set()
        for c in families:
            near.update(self.concepts.get(c, ()))
        return Postings(tuple(exact or ()), tuple(sorted(near.difference(exact or ()))),
                        families)


def response_runs(review: Review, lede: int | None, first_question: int,
                  by_turn: dict[str, list[Span]] | None = None) -> list[tuple[list[Span], bool]]:
    """Sentences of each run of consecutive answering state-side turns, and whether the run
    is the delegation's concluding remarks; ``by_turn`` is :func:`sentences_by_turn` of the
    review, if at hand."""
    side = {p.id: p.side for p in review.participants}
    if by_turn is None:
        by_turn = sentences_by_turn(review)
    asking = _asking_section(review, first_question)
    runs: list[tuple[list[Span], bool]] = []
    open_run = False
    for turn in review.turns:
        kind = review.sections[turn.section].kind if turn.section < len(review.sections) else ""
        state = side.get(turn.participant) == "state"
        if not (state and turn.section != lede
                and (kind not in NEVER_ANSWER or turn.section == asking)
                and turn.span.start > first_question
                and not _presents(review.text, turn.span)):
            open_run = open_run and state
            continue
        if not open_run:
            runs.append(([], kind == "concluding_remarks"))
            open_run = True
        runs[-1][0].extend(by_turn[turn.id])
    return [run for run in runs if run[0]]


#: A turn that presents the report, by its opening words, wherever a release puts it (after
#: a lede that recaps the questions): "X, Minister of ..., in opening remarks said", "In
#: his opening statement, ...", "Presenting the report, ...", "Dans sa présentation du
#: rapport, ...".  The presentation never answers.
_PRESENTS = re.compile(
    r"[^.;?!]{0,200}?\b(?:in (?:his |her |their )?(?:opening|introductory) (?:remarks|statement)|"
    r"(?:presenting|introducing) (?:the|his|her|its|their|[A-Z][\w'’-]+['’]s) [^.;?!]{0,60}?"
    r"reports?\b|dans (?:sa|son|leur) (?:présentation|déclaration liminaire|allocution "
    r"d['’]ouverture)|(?:présentant|présentait) (?:le|son|leur) [^.;?!]{0,40}?rapport)",
    re.IGNORECASE)


def _presents(text: str, span: Span) -> bool:
    """True for a turn that opens by presenting the report (see ``_PRESENTS``)."""
    return _PRESENTS.match(text, span.start, min(span.end, span.start + 300)) is not None


def _asking_section(review: Review, first_question: int) -> int | None:
    """The section the first question is asked in when it is of a kind that never answers:
    an old release's one "Report" section holds the whole dialogue, questions and answers
    with no heading between them (probe 298)."""
    for index, section in enumerate(review.sections):
        if section.span.start <= first_question < section.span.end:
            return index if section.kind in NEVER_ANSWER else None
    return None


def _said(sentence: str) -> str:
    """The sentence without a clause saying what it leaves out (:data:`UNSAID`)."""
    if "without" not in sentence and "sans" not in sentence:
        return sentence  # speed only: no such clause
    return _UNSAID.sub("", sentence)


#: Where a sentence that answers in part may defer the rest: a semicolon or a contrast
#: ("...; information on the other cases would be provided in writing", "..., but the
#: figures would be sent later").  Not ", and": the promised subject often comes first
#: ("Statistics on detention, and on ages, would be provided later").
_DEFERRED_CLAUSE = re.compile(r";|,\s+(?:but|while|whereas|mais|tandis que)\b")
#: The fewest words a clause kept beside a deferral must have to count as an answer.
_KEPT_WORDS = 4


def _undeferred_terms(sentence: str) -> Terms:
    """The terms of a sentence that defers an answer: those of its clauses that do not
    ("the courts had imposed suspended sentences; information on the other cases would be
    provided in writing"), or none when the deferral is all it says."""
    kept = " ".join(part for part in _DEFERRED_CLAUSE.split(sentence)
                    if not defers(part))
    return terms(_said(kept)) if len(kept.split()) >= _KEPT_WORDS else _NO_TERMS


def build_material(review: Review, lede: int | None, first_question: int, index: Index,
                   runs: list[tuple[list[Span], bool]] | None = None) -> Material:
    """The candidate sentences of the review, segmented into rounds and topical blocks;
    ``runs`` are its :func:`response_runs` when the caller has them."""
    material = Material()
    if runs is None:
        runs = response_runs(review, lede, first_question)
    for r, (run, closing) in enumerate(runs):
        plain = [strip_attribution(_without_number(s.slice(review.text))) for s in run]
        # a promise to answer later restates the topic and answers nothing
        deferring = [defers(p) for p in plain]
        found = [_undeferred_terms(p) if d else terms(_said(p))
                 for p, d in zip(plain, deferring, strict=True)]
        material.promises.extend((run[j].start, terms(_said(p)).words)
                                 for j, (p, d) in enumerate(zip(plain, deferring, strict=True)) if d)
        follows = [j > 0 and refers_back(p) for j, p in enumerate(plain)]
        cuts = _cuts(plain, found, follows, index, paragraph_starts(review.text, run))
        base, first_block = len(material.candidates), len(material.blocks)
        for k, (a, b) in enumerate(zip(cuts, [*cuts[1:], len(run)], strict=True)):
            centre = (a + b - 1) / 2 / (len(run) - 1) if len(run) > 1 else 0.5
            material.blocks.append(Block(r, base + a, base + b - 1, centre, tuple(plain[a:b])))
            material.candidates.extend(Candidate(run[j], first_block + k, found[j], follows[j],
                                                 deferring[j]) for j in range(a, b))
        material.rounds.append(Round(run[0].start, closing))
    material.index()
    return material


def paragraph_starts(text: str, run: list[Span]) -> list[bool]:
    """For each sentence of a run, whether a paragraph break precedes it: where the text keeps
    its paragraphs, a delegation's paragraph is one topic.  A paragraph break is a blank
    line, or a line break where lines are paragraphs (few sentences hold a line break).
    All False when most sentences stand alone: a text broken at every sentence says
    nothing about topics."""
    wrapped = sum("\n" in text[s.start:s.end] for s in run) > WRAPPED_SHARE * len(run)
    breaks = _PARAGRAPH if wrapped else _LINE_BREAK
    starts = [j > 0 and breaks.search(text, run[j - 1].end, run[j].start) is not None
              for j in range(len(run))]
    if sum(starts) > MAX_PARAGRAPH_SHARE * len(run):
        return [False] * len(run)
    return starts


@dataclass(frozen=True, slots=True)
class Cues:
    """What a sentence's wording says about its place in a block."""

    refers_back: bool
    opens_topic: bool
    number: bool


def sentence_cues(sentence: str) -> Cues:
    """Whether a sentence continues the one before it ("This ...", "these citizens"),
    opens a new topic ("Regarding ..."), and gives a quantity."""
    return Cues(refers_back(sentence), opens_topic(sentence), gives_number(sentence))


def refers_back(sentence: str) -> bool:
    """True when a sentence continues the one before it ("This ...", "these citizens",
    "For 2024, it would be ...")."""
    return bool(_CONTINUATION.match(sentence)) or _search(_DEMONSTRATIVE, _DEMONSTRATIVE_LOW,
                                                          sentence)


def opens_topic(sentence: str) -> bool:
    """True when a sentence opens a new topic ("Regarding the labour market, ...")."""
    return bool(_TOPIC_OPENER.match(sentence))


def gives_number(sentence: str) -> bool:
    """True when a sentence gives a quantity or reports on data (a summary record's paragraph
    number, "8.Selon ...", is none)."""
    if sentence[:1].isdigit():
        sentence = _PARAGRAPH_NUMBER.sub("", sentence, count=1)
    return _search(_GIVES_NUMBER, _GIVES_NUMBER_LOW, sentence)


_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.(?!\d)\s*")


def _without_number(sentence: str) -> str:
    """A sentence without a summary record's paragraph number ("14.Mr. X said ..."): no
    word of what is said (it met the "14" of "aged 2 to 14")."""
    return _PARAGRAPH_NUMBER.sub("", sentence, count=1) if sentence[:1].isdigit() else sentence


def _search(pattern: re.Pattern[str], lower_twin: re.Pattern[str], sentence: str) -> bool:
    """Whether the case-insensitive ``pattern`` occurs in ``sentence``: through its lower-case
    twin on the lower-cased sentence when that gives the same answer (re.I on an alternation
    is slow; see ``_ODD_CASES``, tested with `in`, much faster than isdisjoint, and only in
    a text that is not ASCII, which cannot hold them)."""
    if not sentence.isascii() and any(map(sentence.__contains__, _ODD_CASES)):
        return bool(pattern.search(sentence))
    return bool(lower_twin.search(sentence.lower()))


def _cuts(plain: list[str], found: list[Terms], follows: list[bool], index: Index,
          paragraph: list[bool]) -> list[int]:
    """Start offsets (within the run) of its topical blocks."""
    cuts = [0]
    for j in range(1, len(found)):
        # a paragraph is a new block unless it opens by continuing ("These ..."); a
        # demonstrative later in its first sentence ("... 52 of those children") mostly
        # resumes what was asked, not the paragraph before
        if opens_topic(plain[j]) or (paragraph[j] and not _CONTINUATION.match(plain[j])):
            cuts.append(j)
            continue
        if follows[j]:
            continue
        reach = range(max(cuts[-1], j - COHESION_REACH), j)
        if not any(cohesion(found[i], found[j], index) >= COHESION for i in reach):
            cuts.append(j)
    return cuts


def cohesion(a: Terms, b: Terms, index: Index) -> float:
    """Weighted vocabulary two sentences share: scaled IDF of the shared terms that are
    rare enough (:data:`COHESION_TERM`), plus :data:`FAMILY_LINK` per word family they
    share through different words."""
    shared = a.words & b.words
    score = 0.0
    for t in shared:
        weight = index.rarity(t)
        if weight >= COHESION_TERM and not t[:1].isdigit():
            score += weight
    families = a.concepts & b.concepts
    if families:
        through_shared = {c for t in shared for c in concept_map().get(t, ())}
        score += FAMILY_LINK * len(families - through_shared)
    return score
