"""Finders for answer links: what a question asks about, and how well each block answers it.

Sentence-level nearest-neighbour matching is unreliable on this genre (``tech-survey.md``
§3: answers are thematic, spread out, and many questions go unanswered), so linking works
at block level (:mod:`treatyscope.pipeline.a_blocks`):

* a question's terms are its own content words and, at a lower weight, those of what it
  follows in the asker's turn: the statements before it (its premise: "Voting rights were
  a key issue. Were there any new steps ...?"), weighing less the more questions stand
  between, and the question just before it.  A question that refers back ("on this",
  "these figures") or is too thin to stand alone reads its premise fully, and then the
  premise's terms are aspects the answer must cover.  A justification or an exclusion
  ("Given the youthful demographic ...", "... beyond the Republic of Korea") is read like
  a premise;
* a block's score is the IDF weight of the question terms its sentences share (words of the
  same family count part, ``data/q_concepts.py``), with bonuses for shared word pairs and
  for a number when a quantity is asked: the best sentence counts fully, the terms the
  block's other sentences add count :data:`BLOCK_SHARE`;
* the score is weighted by where the block lies: the round of responses right after the
  question (its *primary* round) weighs most, later and earlier rounds less, and inside the
  primary round an *order prior* favours blocks whose relative position matches the
  question's rank among the questions that round replies to (delegations answer roughly in
  the order asked).

:func:`score_blocks` only finds and scores; :mod:`treatyscope.pipeline.answers` decides.
Scoring walks the postings of the question's terms only (no loop over all sentences).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from math import fsum
from operator import mul

from treatyscope.caching import text_cache
from treatyscope.data.q_lexicon import (
    ASIDE,
    ASKS_AMOUNT,
    ASKS_DATA,
    ASKS_NUMBER,
    TIME_FRAME,
    YES_NO,
)
from treatyscope.data.questions import ANAPHORA
from treatyscope.model import Question, Review, Span
from treatyscope.pipeline.a_blocks import Material
from treatyscope.pipeline.q_find import asked_part, has_anaphor, request_cues, strip_attribution
from treatyscope.pipeline.q_lexical import (
    CONCEPT_CREDIT,
    Index,
    Terms,
    numbers_ungrouped,
    stem,
    terms,
)

# Calibration.  Every constant below was set together with the thresholds in ``answers.py``
# on the sample's first two rounds (the 77 reference questions of
# ``gold/kyrgyzstan-cmw-2023.gold.json``), checked on a split (first round's questions
# against the second's, see ``answers.py``) and read by eye on the withheld third round.
# Of the 48 answered or partial reference questions, 25 have spans in their primary round,
# 20 only in a later one and 3 only in an earlier one.  The figures after a constant are
# status accuracy / link F1 on the 77 questions when that constant alone is changed (0.70
# / 0.51 at the values below).  One document cannot pin these values: never tune one
# alone, and re-measure both metrics, the split and the third round after any change.

#: Weight of a later or an earlier round relative to the primary one (LATER_WEIGHT 0.7:
#: 0.66 / 0.47; EARLIER_WEIGHT 0.5: 0.69 / 0.49).
LATER_WEIGHT = 0.85
EARLIER_WEIGHT = 0.85
#: Rounds of responses further than this from a question's own round are not searched.
#: A dialogue has 2-4 rounds, and answers come from the question's round or the next ones
#: (and restate earlier ones); without a bound, a text holding many meetings made linking
#: quadratic (16 copies of the sample: 1.1 s).  4 leaves every real dialogue unchanged.
MAX_ROUND_DISTANCE = 4
#: Extra factor for the delegation's concluding remarks, which mostly thank and sum up.
CLOSING_WEIGHT = 0.5
#: Share of the score the order prior can take away, and its width in relative positions:
#: a block at the far end of the round keeps 70 % of its score (0: 0.70 / 0.47; 0.45:
#: 0.70 / 0.50).
ORDER_WEIGHT = 0.3
ORDER_WIDTH = 0.3
#: Premise terms count this share of a question term (0.3: 0.66 / 0.49) ...
CONTEXT_WEIGHT = 0.5
#: ... times this for every question between the premise and the question (1.0: 0.70 /
#: 0.46) ...
CONTEXT_DECAY = 0.7
#: ... unless the question refers back or its own terms weigh less than this (about half a
#: word that only the question and its answer use: "Was this done in practice?"); then
#: the premise counts fully, less :data:`BOUND_DECAY` for every question between (0.6:
#: 0.69 / 0.50; 1.0: 0.69 / 0.49).
THIN_QUESTION = 0.46
BOUND_DECAY = 0.8
#: Terms of the question just before count this share for a question that does not refer
#: back: consecutive questions often ask about one topic (0: 0.69 / 0.51, and the second
#: round's link F1 falls from 0.44 to 0.41; 0.6: 0.70 / 0.47).
PREVIOUS_WEIGHT = 0.4
#: How many premise sentences before a question are read with it.
CONTEXT_SENTENCES = 2
#: Bonus per shared word pair (stemmed bigram), up to two pairs, in scaled IDF units
#: (``q_lexical.Index``: 1.0 is a word only the question and its answer use) (0: 0.65 /
#: 0.50; 0.3: 0.74 / 0.49, a narrow peak left alone).
BIGRAM_BONUS = 0.14
#: Bonus for a block with a number when the question asks for a quantity (0: 0.70 / 0.52).
NUMBER_BONUS = 0.18
#: Share of the weight of the terms a block's other sentences add to its best sentence's
#: (0: 0.70 / 0.51; 0.5: 0.68 / 0.49; 1.0, the union of the block: 0.65 / 0.45).
BLOCK_SHARE = 0.25
#: Query terms lighter than this (the review's own topic words: the State, "migrants")
#: add to a sentence's score but do not make it a candidate on their own (0.3: 0.69 /
#: 0.47).
TOUCH_WEIGHT = 0.18

_ANAPHORA = re.compile(ANAPHORA)  # searched in lower-case text
_ASKS_NUMBER = re.compile(ASKS_NUMBER.removeprefix("(?i)"))  # idem
_ASKS_AMOUNT = re.compile(ASKS_AMOUNT)  # idem
_ASKS_DATA = re.compile(ASKS_DATA)  # idem
_YES_NO = re.compile(YES_NO)  # idem
_ASIDE = re.compile(ASIDE)
_TIME_FRAME = re.compile(TIME_FRAME)
#: Every match of ``TIME_FRAME`` holds one of these in its lower-cased text (a speed test).
_TIME_FRAME_LITERALS = ("past", "last", "previous", "preceding", "recent", "period",
                        "since", "dernières", "derniers", "période", "depuis")
#: Every match of ``ASIDE`` holds one of these in its lower-cased text (a speed test:
#: a question holding none has no aside).
_ASIDE_LITERALS = ("given", "in view of", "considering", "bearing in mind", "compte tenu",
                   "beyond", "other than", "apart from", "besides", "except", "excluding",
                   "en dehors de", "hormis", "outre", "known as", "referred to as",
                   "called", "dit", "appelé", "as proposed", "as recommended", "as announced",
                   "as envisaged", "as foreseen", "as requested", "as called", "comme",
                   "noting", "recalling", "recalled", "rappelant", "notant", "relevant",
                   "independently", "irrespective", "regardless", "indépendamment")
#: A conditional connective asks about nothing: "et, le cas échéant, quelles sanctions",
#: "where applicable" (its words, "cas" above all, are no topic an answer must repeat).
#: ... and neither does the kind of answer asked for: "for how long", "how often",
#: "combien de temps" ask for a length or a frequency, whatever the topic ("long" is none).
_CONDITIONAL = re.compile(
    r"\b(?:le cas échéant|dans l['’]affirmative|si tel est le cas|si oui|in the affirmative|"
    r"where applicable|if applicable|if that was the case|if that were the case|"
    r"how long|how often|combien de temps|à quelle fréquence)\b", re.I)
#: Every match of ``_CONDITIONAL`` holds one of these in its lower-cased text (a speed test).
_CONDITIONAL_LITERALS = ("échéant", "affirmative", "tel est le cas", "si oui", "applicable",
                         "the case", "how long", "how often", "combien de temps", "fréquence")
#: Characters that re.I matches to an ASCII letter other than through ``str.lower``.
_ODD_CASES = frozenset("ıİſ\u212a")


@dataclass(frozen=True, slots=True)
class Query:
    """A question's content terms with their weights (term -> idf x boost x part weight).

    ``aspects`` are the terms its answer must cover (its own, and its premise's when it
    refers back or is too thin to stand alone); ``pairs`` its word pairs; ``names`` its
    rare names and numbers (a Convention's number, a place); ``period`` the terms of the
    period it asks about: they count for the answer that covers them and against none
    ("between 2020 and 2023, 276 persons had died" answers "How many deaths had occurred
    in the past four years?").
    """

    weights: dict[str, float]
    aspects: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    number: bool = False
    names: frozenset[str] = frozenset()
    period: frozenset[str] = frozenset()
    #: The years a question asks a figure for ("Combien de décès en 2013 et en 2014 ?"):
    #: an answer for some of them only is partial.
    years: frozenset[str] = frozenset()
    #: The places a question lists ("in Costa Rica and Panama"), each as its stems: an
    #: answer that speaks of some of them only is partial.
    places: tuple[frozenset[str], ...] = ()
    #: The names the question gives only in a clause that describes ("..., many of whom came
    #: from Colombia"): an answer that names them is complete for them, but one that does
    #: not still answers.
    described: frozenset[str] = frozenset()
    #: The summed weight of the aspects (computed once: coverage is asked for repeatedly).
    aspect_weight: float = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "aspect_weight", fsum(self.weights[t] for t in self.aspects))


@dataclass(slots=True)  # not frozen, only for speed: built for every question
class Premise:
    """What a question may refer back to: text, how many questions stand between, and
    whether it is itself a question."""

    text: str
    gap: int
    asks: bool = False


@dataclass(slots=True)  # not frozen, only for speed: built for every linked block
class BlockScore:
    """One block's score for one question: weighted, lexical, and the question terms the
    block matches (1.0 for the word itself, :data:`q_lexical.CONCEPT_CREDIT` for a word of
    its family)."""

    block: int
    score: float
    lexical: float
    matched: dict[str, float]

    @property
    def shared(self) -> frozenset[str]:
        """Question terms found as such in the block."""
        return frozenset(t for t, f in self.matched.items() if f == 1.0)

    @property
    def related(self) -> frozenset[str]:
        """Question terms matched only by a word of their family."""
        return frozenset(t for t, f in self.matched.items() if f < 1.0)


@dataclass(slots=True)  # not frozen: filled in place while blocks are scored
class Scoring:
    """A question's scored blocks: (negated weighted score, block) best first, and each
    one's lexical score, matched terms and touched sentences' own scores.  Blocks that
    cannot reach the share of the best asked for (:func:`score_blocks`) are left out."""

    ranked: list[tuple[float, int]]
    lexical: dict[int, float]
    matched: dict[int, dict[str, float]]
    sentences: dict[int, float]

    def score(self, k: int) -> float:
        """The weighted score of the ``k``-th best block."""
        return -self.ranked[k][0]

    def block(self, k: int) -> BlockScore:
        """The ``k``-th best block, with the question terms it matches."""
        negative, b = self.ranked[k]
        return BlockScore(b, -negative, self.lexical[b], self.matched[b])


# ------------------------------------------------------------------ queries
def question_premises(review: Review, question: Question, asked: set[Span],
                      turn_sentences: dict[str, list[Span]]) -> list[Premise]:
    """What a question may refer back to, in its asker's turn.

    * the earlier clauses of its own sentence (a split question), and the sentence just
      before it when that is a question (gap 0: "Who were they?" after "What about the
      foreigners ...?");
    * the last statements before it (its premise), with the number of question sentences
      (``asked``) between them and the question as the gap.
    """
    start = question.mentions[0].start
    text = review.text
    sentences = turn_sentences.get(question.turn or "", [])
    # A turn's sentences are in text order and do not overlap: those that start before the
    # question are a prefix, and only the last of them may reach into it.
    k = bisect_left(sentences, start, key=_start)
    out: list[Premise] = []
    if k and sentences[k - 1].end > start:
        out.append(Premise(_earlier_clauses(text[sentences[k - 1].start:start]), 0))
        k -= 1
    whole = sentences[:k]
    if whole and whole[-1] in asked:
        out.append(Premise(premise_text(whole[-1].slice(text)), 0, asks=True))
    gap, taken = 0, 0
    for s in reversed(whole):
        if s in asked:
            if taken:
                break
            gap += 1
            continue
        if _COURTESY.search(text, s.start, s.end):
            continue  # "Mr. X thanked the delegation for its replies": no premise
        out.append(Premise(premise_text(s.slice(text)), gap))
        taken += 1
        if taken == CONTEXT_SENTENCES:
            break
    return out


#: Courtesy to the delegation ("thanked the delegation for its detailed replies", "a
#: remercié la délégation"): it says nothing a question could refer back to.
_COURTESY = re.compile(
    r"\b(?:thanked|welcomed|congratulated|greeted|remercie|remercié|salue|salué|félicite|"
    r"félicité)\s+(?:the|la)\s+(?:\w+\s+)?(?:delegation|délégation)"
    # ... for its replies, and nothing more ("welcomed the delegation and commended Ghana
    # for the new Bill" names a topic)
    r"(?:\s+(?:for|pour|de)\s+(?:its|their|the|sa|ses|leurs?|la|les)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:replies|answers|responses|presentation|report|dialogue|information|explanations|"
    r"réponses|présentation|rapport|informations|explications))?\s*\.?\s*$", re.I)


#: An Expert's view of what the State did, opening a statement: "LENA DAHLGREN, Committee
#: Expert and Country Rapporteur, welcomed ...", "Mr. X expressed concern at ...".  The
#: speaker's name and title are no words of the topic (a name weighs as a rare one).  Not
#: a narrated fact: "Kyrgyzstan had welcomed 200 refugees".
_EVALUATION = re.compile(
    r"^(?:(?!\b(?:had|has|have|been|would|will)\b)[^;?]){0,200}?"
    r"\b(?:welcomed|commended|praised|applauded|appreciated|acknowledged|deplored|lamented|"
    r"noted with (?:concern|satisfaction|appreciation)|"
    r"(?:expressed|voiced) (?:\w+ )?(?:concern|regret|appreciation|satisfaction)|"
    r"was (?:\w+ )?(?:concerned|worried|pleased|disturbed|alarmed))\b"
    r"(?:\s+(?:at|about|over|by|regarding|that|with|for))?\s+")


#: Every match of :data:`_EVALUATION` holds one of these, in lower case (only for speed:
#: the pattern's lazy head is slow on the many sentences that hold none).
_EVALUATION_LITERALS = ("welcom", "commend", "prais", "applaud", "apprecia", "acknowledg",
                        "deplor", "lament", "noted with", "concern", "regret", "satisf",
                        "worried", "pleased", "disturbed", "alarmed")


@text_cache(maxsize=4096)
def premise_text(sentence: str) -> str:
    """A statement before a question as a premise: without its speaker attribution
    (:func:`q_find.strip_attribution`), nor the speaker of an Expert's view."""
    rest = strip_attribution(sentence)
    low = rest.lower()
    if ((rest is sentence or rest == " ".join(sentence.split()))
            and any(map(low.__contains__, _EVALUATION_LITERALS))):
        m = _EVALUATION.match(rest)
        if m is not None and m.end() < len(rest):
            return rest[m.end():]
    return rest


def _earlier_clauses(lead: str) -> str:
    """The clauses of a question's sentence before it, as what they ask or state: without
    the asker and the request ("Mme X a voulu savoir si les recours étaient effectifs et"
    -> "les recours étaient effectifs et")."""
    cues = request_cues(lead)
    return strip_attribution(lead[cues[0].end():] if cues else lead)


def _start(span: Span) -> int:
    return span.start


_PARAGRAPH_REFERENCES = ("§paragraph", "§paragraphe", "§para")
#: An article named as the legal basis or the measure of what is asked ("convictions on the
#: basis of article 225-1", "within the meaning of article 6"): the answer need not cite it.
_LEGAL_BASIS = re.compile(
    r"\b(?:under|within the meaning of|pursuant to|in accordance with|on the basis of|as "
    r"defined (?:in|by)|sur le fondement de|en vertu de|au titre de|conformément à|au sens de)"
    r"\s+(?:the\s+|l['’])?articles?\s+(?P<article>\d+)[\w.-]*"
    # ... and the law it is an article of ("of the Penal Code", "du Code pénal")
    r"(?:,?\s+(?:of|du|de la|de l['’])\s+(?:the\s+)?(?P<law>(?:[\w'’-]+\s+){0,3}?"
    r"(?:Code|Act|Law|Constitution|Covenant|Convention|Loi)(?:\s+[a-zé]+)?))?", re.IGNORECASE)


#: A non-restrictive relative clause ("..., many of whom came from Colombia and Venezuela",
#: "..., qui vont de 500 000 à 5 millions de francs CFA"): what it names describes what the
#: question asks about; the answer need not repeat it.  Nor need it name the examples a
#: question gives ("..., in particular girls from Madhesi and Muslim communities",
#: "notamment les Baka"): an answer that does not is partial (probes 342, 344).
_DESCRIBING = re.compile(r",\s+(?:which|who|whom|whose|where|(?:many|most|some|all|several|"
                         r"one|none|half) of (?:whom|which|them)|dont|qui|lesquels|lesquelles)"
                         r"\b[^,;:()]*|"
                         # examples: an answer that does not name them answers in part
                         r",?\s+(?:in particular|particularly|especially|notably|including|"
                         r"such as|notamment|en particulier|y compris)\b[^,;:()?]*|,\s+comme\b[^,;:()?]*")


def _described_names(text: str) -> frozenset[str]:
    """The terms a question names only in a clause that describes (:data:`_DESCRIBING`)."""
    asides = [m.group() for m in _DESCRIBING.finditer(text)]
    if not asides:
        return frozenset()
    rest = _DESCRIBING.sub(" ", text)
    return frozenset().union(*(terms(a).words for a in asides)) - terms(rest).words


def _legal_bases(text: str) -> frozenset[str]:
    """The terms a question names as a legal basis: the article ("6§article") and its law."""
    out: set[str] = set()
    for m in _LEGAL_BASIS.finditer(asked_part(text)):
        out.add(f"{m.group('article')}§article")
        if m.group("law"):
            out.update(stem(w) for w in m.group("law").split())
    return frozenset(out)


#: A standard something is measured against ("in line with the Paris Principles", "in
#: accordance with general comment No. 24", "conforme aux Principes de Paris"), up to the
#: end of its phrase.
_STANDARD = re.compile(
    r"\b(?:(?:(?:brought )?in line|into line|in accordance|in conformity|in compliance|"
    r"consistent|compliant|complied|comply|complies) with|as (?:[\w-]+ ){0,3}?(?:had |has )?"
    r"(?:required|recommended|provided for|set out|requested) (?:by|in)|conformes?|"
    r"conformément|en conformité avec|mise? en conformité avec)"
    r"(?P<standard>(?:[^.,;:?!()]|(?<=\bNo)\.){3,120})", re.IGNORECASE)  # "No. 24" goes on


def standards(text: str) -> frozenset[str]:
    """The terms of the standards a question measures something against: an answer on the
    thing itself may leave the standard unnamed, so a standard is no name it must repeat."""
    if not _STANDARD.search(text):
        return frozenset()
    return frozenset().union(*(terms(m.group("standard")).words
                               for m in _STANDARD.finditer(asked_part(text))))


#: A person named with an honorific: "Mr. Marrero Zapata", "Mme Ayoubi Idrissi".
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|M|Mme|Mlle)\.?\s+([A-ZÀ-Ý][\w'’-]+"
                             r"(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})")


def query_of(question: Question, premises: list[Premise], index: Index) -> Query:
    """The weighted content terms of a question and of what it follows."""
    main, asides, refers_back, asks_number, period = question_parts(question.text)
    weights = {t: index.weight(t, main) for t in main.words}
    bound = fsum(weights.values()) < THIN_QUESTION or refers_back
    pairs = set(main.bigrams)
    for premise in premises:
        if bound:
            factor = BOUND_DECAY**premise.gap
        elif premise.asks:
            factor = PREVIOUS_WEIGHT
        else:
            factor = CONTEXT_WEIGHT * CONTEXT_DECAY**premise.gap
        pairs |= _add(weights, premise.text, factor, main, index).bigrams
    aspects = (frozenset(weights) if bound else main.words) - period
    if asides:  # "Given X, ...", "... beyond X": read like a premise, never an aspect
        _add(weights, asides, CONTEXT_WEIGHT, main, index)
    names = frozenset(t for t in main.words - period
                      if main.boost.get(t, 1.0) > 1.0 and t in index.df and index.is_rare(t))
    places: tuple[frozenset[str], ...] = ()
    if names and any(map(question.text.__contains__, _PLACE_WORDS)):
        places = place_groups(question.text)  # read only when there are names
        names -= frozenset().union(*places)
    if any(t[:1].isdigit() for t in names):
        names -= _quantities(question.text)
    if names and _HONORIFIC_NAME.search(question.text):
        # a person the question names ("since Mr. Marrero Zapata had used another figure")
        # is who said something, not what the answer must name
        names -= frozenset().union(*(terms(m.group(1)).words
                                     for m in _HONORIFIC_NAME.finditer(question.text)))
    if names <= _INSTRUMENTS:  # "the Covenant" alone: answered by "international agreements"
        names = frozenset()
    # a paragraph of a document ("the replies to paragraph 22") says where the Expert read
    # it, not what the answer must name
    names = frozenset(t for t in names if not t.endswith(_PARAGRAPH_REFERENCES))
    if names and any(map(question.text.__contains__, ("rticle", "RTICLE"))):
        names -= _legal_bases(question.text)
    if names and names <= standards(question.text):  # (with another name, all are kept:
        names = frozenset()  # one of them must be spoken of)
    described = names & _described_names(asked_part(question.text)) if names else frozenset()
    # the years a count is asked for ("Combien de décès en 2013 et en 2014 ?"); not those
    # of figures a question quotes and asks to clarify
    years = (_asked_years(question.text) & main.words
             if asks_number and _ASKS_NUMBER.search(question.text.lower()) else frozenset())
    listed = places if len(places) > 1 else ()
    return Query(weights, aspects, frozenset(pairs), asks_number, names, period, years, listed,
                 described)


@text_cache(maxsize=4096)
def question_parts(text: str) -> tuple[Terms, str, bool, bool, frozenset[str]]:
    """What a question's own wording gives (cached by wording): the terms of what it asks
    about, its asides ("Given ...", "beyond ..."), whether it refers back ("on this"),
    whether it asks for a quantity, and the terms of the period it asks about alone ("in
    the past four years": :data:`TIME_FRAME`)."""
    main_text = asked_part(text)
    low = main_text.lower()
    asides = ""
    # Testing the four odd characters with `in` is much faster than _ODD_CASES.isdisjoint, and
    # an ASCII text cannot hold them.
    if ((not main_text.isascii() and any(map(main_text.__contains__, _ODD_CASES)))
            or any(map(low.__contains__, _ASIDE_LITERALS))):
        asides = " ".join(m.group(0) for m in _ASIDE.finditer(main_text))
    asked = _ASIDE.sub(" ", main_text) if asides else main_text
    if any(map(low.__contains__, _CONDITIONAL_LITERALS)):
        asked = _CONDITIONAL.sub(" ", asked)
    main = terms(asked, drop_request_words=True)
    period: frozenset[str] = frozenset()
    unframed = low
    if any(map(low.__contains__, _TIME_FRAME_LITERALS)):
        frames = " ".join(m.group(0) for m in _TIME_FRAME.finditer(asked))
        if frames:
            rest_text = _TIME_FRAME.sub(" ", asked)
            rest = terms(rest_text, drop_request_words=True).words
            period = terms(frames, drop_request_words=True).words - rest
            # "ces dernières années", "these past years" frame the question; they refer
            # back to nothing
            unframed = rest_text.lower()
    count = _ASKS_NUMBER.search(low)
    if count and _MEASURES_HEAD.match(low) and not _ASKS_COUNT_WORD.search(low):
        count = None  # "What measures would close the gap between the number of victims and
        # the number of complaints?" asks for measures: "the number of" is their object
    asks_number = bool(count or _ASKS_AMOUNT.match(low)
                       or (_ASKS_DATA.search(low) and not _YES_NO.match(low)))
    return main, asides, has_anaphor(_ANAPHORA, unframed), asks_number, period


#: The head of a question that asks for measures or reasons, not a quantity ("What
#: measures ...", "Quelles mesures ...", "Why ...", "Pourquoi ..."), and the words that ask
#: a count whatever the head ("how many", "combien").
_MEASURES_HEAD = re.compile(
    r"^(?:whether |if )?(?:(?:what|which|quelles?|quels?)\s+(?:(?:specific|concrete|other|further|"
    r"autres|nouvelles)\s+)?(?:measures|steps|actions?|efforts|initiatives|policies|plans|"
    r"mesures|dispositions|initiatives|politiques|moyens)\b|why\b|pourquoi\b)")
_ASKS_COUNT_WORD = re.compile(r"\bhow many\b|\bhow much\b|\bcombien\b")


#: A year a question asks a figure for: "in 2013", "en 2022", "during 2019" (not the year
#: of a law, "la loi de 2021", nor of a programme's span).
_ASKED_YEAR = re.compile(r"\b(?:in|en|during|pour l['’]année|for the year)\s+((?:19|20)\d\d)\b(?![-–/]\d)"
                         # ... and the years listed after it ("in 2006 and 2007")
                         r"(?:(?:,\s*|\s+(?:and|et|or|ou)\s+(?:in\s+|en\s+)?)((?:19|20)\d\d)\b)?")


def _asked_years(text: str) -> frozenset[str]:
    """The years a question asks a figure for (:data:`_ASKED_YEAR`), as terms."""
    main_text = asked_part(text)
    return frozenset(year for m in _ASKED_YEAR.finditer(main_text)
                     for year in m.groups() if year)


#: A number in a question, with the words before it ...
_NUMBER_AT = re.compile(r"(?<![\w/.,])(\d[\d,.]*\d|\d)(?![\w/])")
#: ... read as words, list commas and ampersands ...
_LEAD_WORD = re.compile(r"[\w.°’'-]+|,|&")
#: ... which a number of a list ("183, 181 and 189") shares with the one before it.
_LIST_JOINERS = frozenset({",", "and", "or", "et", "ou", "&"})
#: Nouns whose number names a text: "conventions 183, 181 and 189", "resolution 1325".
_NUMBERED_TEXTS = frozenset({
    "convention", "conventions", "resolution", "resolutions", "résolution", "résolutions",
    "law", "laws", "loi", "lois", "act", "acts", "decree", "decrees", "décret", "décrets",
    "protocol", "protocole", "no.", "no", "nos.", "n°", "number", "numéro", "code"})


def _quantities(text: str) -> frozenset[str]:
    """The stems of the numbers of a question that are quantities, not names: the premise's
    figure ("the gender pay gap, which was reportedly around 18 per cent") is what the
    answer may correct, not a name it must repeat.  A number after a capitalised word or a
    noun of numbered texts, or in a list after one, names a text ("ILO Convention 189",
    "conventions 183, 181 and 189", "Act No. 25")."""
    found = set()
    text = numbers_ungrouped(text)  # "plus de 5 000 détenus": one number, as the terms read it
    for m in _NUMBER_AT.finditer(text):
        words = _LEAD_WORD.findall(text, max(0, m.start() - 80), m.start())
        while words and (words[-1] in _LIST_JOINERS or words[-1][:1].isdigit()):
            words.pop()  # back over the list before it
        before = words[-1] if words else ""
        # (a question's first word is capitalised as a sentence's: "Pourquoi 214 enfants")
        first = len(words) == 1 and not text[:m.start()].rstrip().removesuffix(before).strip()
        if (before[:1].isupper() and not first) or before.lower() in _NUMBERED_TEXTS:
            continue
        found.add(stem(m.group(1)))
        # ... and the parts of a decimal, which the terms read as words ("18.5": "5")
        found.update(stem(part) for part in _DIGIT_GROUPS.split(m.group(1)) if len(part) > 1)
    return frozenset(found)


_DIGIT_GROUPS = re.compile(r"[,.]")


#: Capitalised nouns of legal instruments ("the Covenant", "the Constitution"): alone, the
#: review's own treaty or a kind of text, named in many ways ("international agreements",
#: "the basic law"), so no name the answer must repeat (with another name, as in "the
#: Istanbul Protocol", the names are kept).
_INSTRUMENTS = frozenset(stem(w) for w in (
    "Convention", "Conventions", "Covenant", "Covenants", "Treaty", "Treaties", "Protocol",
    "Protocols", "Charter", "Constitution", "Pacte", "Protocole", "Charte", "Code", "Codes"))

#: A place after "in" ("children in the Amazon region", "nés en République dominicaine"),
#: "outside" or "across" ("transport outside Sofia"), or a list of them ("in Portugal and
#: Italy", "en France et en Belgique"): where the question is about, not what it asks; an
#: answer may name one of them, or the provinces instead, so none is a required name.
_PLACE_NAME = (
    r"(?:the |le |la |les |l['’])?"
    # an administrative unit before its name: "the department of Atlántida"
    r"(?:(?:department|province|region|district|municipality|county|island|governorate|"
    r"département|région|commune) (?:of |de |du |d['’]))?"
    # capitalised words, a lower-case particle between two: "Gracias a Dios", "Rio de Janeiro"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s(?:(?:a|de|del|do|da|dos|das|y)\s)?[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}\s?")
_PLACE = re.compile(rf"\b(?:in|en|dans|outside|throughout|across|hors de) ({_PLACE_NAME}"
                    rf"(?:(?:,\s*|\s*\b(?:and|or|et|ou)\s+)(?:(?:in|en|dans)\s+)?{_PLACE_NAME})*)")
#: The words before a place, as ``_PLACE`` reads them (a speed test).  French "au", "aux"
#: and "à" also mark who is given something ("conforme aux Principes de Paris"): not read.
_PLACE_WORDS = (" in ", " en ", " dans ", " outside ", " throughout ", " across ", " hors de ")


#: What parts the places of a list: "Portugal and Italy", "Spain, Italy or Greece".
_PLACE_SEPARATOR = re.compile(r",\s*(?:(?:and|or|et|ou)\s+)?|\s+(?:and|or|et|ou)\s+")
_LOCATIVE = re.compile(r"^(?:in|en|dans)\s+")


@text_cache(maxsize=4096)
def place_groups(text: str) -> tuple[frozenset[str], ...]:
    """The places a question names after "in", each as the stems of its capitalised words
    ("in Costa Rica and Panama": {costa, rica}, {panama})."""
    groups = []
    for m in _PLACE.finditer(asked_part(text)):
        for place in _PLACE_SEPARATOR.split(m.group(1)):
            words = terms(_LOCATIVE.sub("", place)).words
            if words:
                groups.append(words)
    return tuple(groups)


def _add(weights: dict[str, float], text: str, factor: float, main: Terms, index: Index) -> Terms:
    """Add the terms of ``text`` that the question lacks, at ``factor`` of their weight."""
    context = terms(text, drop_request_words=True)
    own, get = index.weights_of(context), weights.get
    for t in context.words - main.words:
        # weights[t] = max(weights.get(t, 0.0), factor * own[t]), without the call (only for
        # speed; weights are never negative)
        weight = factor * own[t]
        old = get(t)
        if old is None or weight > old:
            weights[t] = weight
    return context


# ------------------------------------------------------------------ order
def primary_round(material: Material, offset: int) -> int | None:
    """The first round that starts after ``offset``."""
    # Rounds are in text order: a binary search of their starts (only for speed).
    i = bisect_right(material.round_starts, offset)
    return i if i < len(material.round_starts) else None


def order_ranks(questions: list[Question], material: Material) -> dict[str, float]:
    """Each question's relative rank (0..1) among the questions its primary round answers."""
    groups: dict[int | None, list[str]] = {}
    for q in questions:
        groups.setdefault(primary_round(material, q.mentions[0].start), []).append(q.id)
    ranks: dict[str, float] = {}
    for ids in groups.values():
        for i, qid in enumerate(ids):
            ranks[qid] = i / (len(ids) - 1) if len(ids) > 1 else 0.5
    return ranks


def round_weights(material: Material, offset: int) -> list[float]:
    """The weight of every round for a question at ``offset``."""
    return _round_weights(material, offset, primary_round(material, offset))


def _round_weights(material: Material, offset: int, primary: int | None) -> list[float]:
    """:func:`round_weights`, given the question's :func:`primary_round`.

    The offset matters only through the primary round: rounds are in text order, so those
    after the primary round start after the offset and those before it do not.  Computed
    once per primary round (only for speed); the result is shared, never changed."""
    found = material.round_weights.get(primary)
    if found is not None:
        return found
    out = []
    for r, rnd in enumerate(material.rounds):
        later = primary is not None and r > primary  # rnd.start > offset
        place = 1.0 if r == primary else LATER_WEIGHT if later else EARLIER_WEIGHT
        if primary is not None and abs(r - primary) > MAX_ROUND_DISTANCE:
            place = 0.0  # out of reach: keeps linking linear in long texts
        out.append(place * (CLOSING_WEIGHT if rnd.closing else 1.0))
    material.round_weights[primary] = out
    return out


def order_factor(rank: float, position: float) -> float:
    """The order prior: 1 where the block sits where the question's rank predicts."""
    gap = rank - position
    return 1 - ORDER_WEIGHT + ORDER_WEIGHT * math.exp(-(gap * gap) / (2 * ORDER_WIDTH**2))


# ------------------------------------------------------------------ scoring
#: Headroom on the bound that decides a block cannot reach ``keep`` of the best score: the
#: bound adds the same weights as the score in another order, so the two may differ in the
#: last bits (about 1e-16 of them), far below this.
_BOUND_SLACK = 1 + 1e-9


def score_blocks(query: Query, material: Material, offset: int, rank: float,
                 keep: float = 0.0) -> Scoring:
    """The blocks' scores for one question, best first.

    Only blocks that may score ``keep`` of the best are scored in full: every touched
    block gets an upper bound from the postings of the question's terms (the weight of
    all the terms it holds, the largest bonuses, its round's weight), and blocks are visited
    in the order of their bounds until a bound falls below ``keep`` of the best score
    found.  A visited block whose own bonuses and order prior bring its bound below that is
    skipped too (only for speed: it cannot be linked).
    """
    split = _Terms.of(query, material)
    primary = primary_round(material, offset)
    weights = _round_weights(material, offset, primary)
    blocks, block_round, block_pairs = material.blocks, material.block_round, material.block_pairs
    most_pairs, most_number = BIGRAM_BONUS * 2, (NUMBER_BONUS if query.number else 0.0)
    bonus = most_pairs + most_number
    bounds = split.bounds
    order = sorted([(-(union + bonus) * weight, b) for b, union in bounds.items()
                    if (weight := weights[block_round[b]]) > 0])
    scoring = Scoring([], {}, {}, {})
    best = 0.0
    for negative_bound, b in order:
        floor = keep * best
        if -negative_bound < floor:
            break
        block = blocks[b]
        weight = weights[block.round]
        if block.round == primary:
            weight *= order_factor(rank, block.position)
        # A block that falls short even with both word pairs and a number is skipped before
        # they are looked for (only for speed: the test below, whose sum is formed in the
        # same order from terms no larger, would skip it too).
        if (bounds[b] + most_pairs + most_number) * weight * _BOUND_SLACK < floor:
            continue
        number = NUMBER_BONUS if query.number and material.gives_number(b) else 0.0
        pairs = BIGRAM_BONUS * min(len(query.pairs & block_pairs[b]), 2)
        if (bounds[b] + pairs + number) * weight * _BOUND_SLACK < floor:
            continue
        score = _block_lexical(query, split, material, b, pairs, scoring) * weight
        scoring.ranked.append((-score, b))
        if score > best:
            best = score
    scoring.ranked.sort()
    return scoring


@dataclass(slots=True)  # not frozen: built once per question, and faster so
class _Terms:
    """A query's terms split for scoring: (term, weight, word families) of the terms that
    make a sentence a candidate and of the frequent ones that only add to it, the strong
    terms and their families as sets (a sentence that holds none of them is not touched),
    and each reached block's bound.  Terms that no block holds, as such or through a word
    of their family, are left out: they match nothing."""

    strong: list[tuple[str, float, frozenset[int]]]
    weak: list[tuple[str, float, frozenset[int]]]
    strong_words: frozenset[str]
    strong_families: frozenset[int]
    bounds: dict[int, float]

    @classmethod
    def of(cls, query: Query, material: Material) -> _Terms:
        """The split of ``query``'s terms at :data:`TOUCH_WEIGHT`, and the bounds: for every
        block a strong term reaches, the weight of the question terms it holds (family
        matches at the family credit), at least its lexical score before bonuses.  Walks
        the postings of the query's terms only; each block adds the strong terms' weights
        in query order, then the weak ones'."""
        top = max(query.weights.values(), default=0.0)
        floor = TOUCH_WEIGHT if top >= TOUCH_WEIGHT else 0.0
        strong: list[tuple[str, float, frozenset[int]]] = []
        weak: list[tuple[str, float, frozenset[int]]] = []
        weak_blocks: list[tuple[int, ...]] = []
        strong_families: list[frozenset[int]] = []
        bounds: dict[int, float] = {}
        # The postings are read from the material's dict directly, and computed only when
        # missing (only for speed: most terms are asked for by several questions).
        get, found, postings = bounds.get, material.found.get, material.postings
        for t, w in query.weights.items():
            post = found(t)
            if post is None:
                post = postings(t)
            if not (post.exact_blocks or post.family_blocks):
                continue  # in no block, as such or by family: it matches nothing (for speed)
            fam = post.families
            if w < floor:
                weak.append((t, w, fam))
                weak_blocks.append(post.exact_blocks)
                continue
            strong.append((t, w, fam))
            for b in post.exact_blocks:
                bounds[b] = get(b, 0.0) + w
            if fam:
                strong_families.append(fam)
                near = CONCEPT_CREDIT * w
                for b in post.family_blocks:
                    bounds[b] = get(b, 0.0) + near
        reached = bounds.keys()
        for (_, w, _), held in zip(weak, weak_blocks, strict=True):
            for b in reached & held:  # in C, only for speed: weak terms are in many blocks
                bounds[b] += w
        words = frozenset([t for t, _, _ in strong])
        return cls(strong, weak, words, frozenset().union(*strong_families), bounds)


def _block_lexical(query: Query, split: _Terms, material: Material, b: int, pairs: float,
                   scoring: Scoring) -> float:
    """One block's lexical score: its best sentence's, :data:`BLOCK_SHARE` of what its other
    sentences add, and the bonuses (``pairs`` is the word-pair bonus).  Records its matched
    terms and sentence scores."""
    union: dict[str, float] = {}
    matched: dict[str, float] = {}
    top = 0.0
    term_sets, strong, weak = material.term_sets, split.strong, split.weak
    strong_words, strong_families = split.strong_words, split.strong_families
    for i in material.blocks[b].members:
        words, concepts = term_sets[i]
        if strong_words.isdisjoint(words) and strong_families.isdisjoint(concepts):
            continue  # no strong term: not touched (only for speed, the loop finds none)
        own = 0.0
        for t, w, fam in strong:
            if t in words:
                own += w
                union[t] = matched[t] = 1.0
            elif fam and not fam.isdisjoint(concepts):
                own += CONCEPT_CREDIT * w
                union.setdefault(t, CONCEPT_CREDIT)
                matched.setdefault(t, CONCEPT_CREDIT)
        if not own:
            continue
        for t, w, fam in weak:  # frequent terms only add to touched sentences
            if t in words:
                own += w
                union[t] = matched[t] = 1.0
            elif fam and not fam.isdisjoint(concepts):
                matched.setdefault(t, CONCEPT_CREDIT)
        scoring.sentences[i] = own
        if own > top:
            top = own
    # sum(weights[t] * f for t, f in union.items()), the same products added in the same
    # order, without a generator (only for speed)
    total: float = fsum(map(mul, map(query.weights.__getitem__, union), union.values()))
    lexical = top + BLOCK_SHARE * (total - top) + pairs
    if query.number and material.gives_number(b):
        lexical += NUMBER_BONUS
    scoring.lexical[b] = lexical
    scoring.matched[b] = matched
    return lexical
