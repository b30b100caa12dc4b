"""Atomic questions put by committee members, with their asker, form, turn and mentions.

Only committee-side turns ask.  Every sentence of such a turn goes through
:func:`treatyscope.pipeline.q_find.question_clauses`; each clause it returns is one atomic
question.  A press release's lede repeats questions of the body: a lede clause that
matches a body question (rapidfuzz, see :data:`REPEAT_SIMILARITY`) becomes a further
mention of the body question (body mention first) instead of a new entry.

Notices: ``W030`` question-like sentences in the turn of a speaker not on the committee
side were not counted (usually a speaker whose side could not be decided).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz, process

from treatyscope.data import questions as Q
from treatyscope.model import Notice, Question, Review, Span, Turn
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.q_find import (
    PREMISE_MARK,
    STATEMENT_AFTER,
    Clause,
    clause_bounds,
    has_anaphor,
    list_item_clauses,
    list_request,
    question_clauses,
    strip_attribution,
)
from treatyscope.pipeline.q_lexical import stem, terms, words_of
from treatyscope.pipeline.registry import stage

#: A lede clause is a repeat of a body question at this rapidfuzz similarity (0-100) of the
#: asking parts, speaker and cue words removed.  Measured on the sample: its 8 lede
#: clauses score 96-100 against their body question, while the best wrong body question
#: of any lede clause scores 64 or less; 85 leaves room for an added word ("Kyrgyz") or an
#: indirect rewording ("asked which policies" / "What policies").  Tuned together with
#: :data:`PREMISE_WEIGHT`; do not change one alone.
REPEAT_SIMILARITY = 85
#: A lede clause whose words all reappear in a body question (or the reverse) repeats it
#: when both have this many words; shorter clauses ("Was this done?") must match whole.
SUBSET_MIN_WORDS = 8
#: Weight of the premise sentences' similarity when several body questions match a lede
#: clause equally well (generic wordings such as "Was this done in practice?").
PREMISE_WEIGHT = 0.25
#: Section kinds after which a leading "summary" section is a lede, not the body.
BODY_KINDS = frozenset(
    {"report", "presentation", "questions", "responses", "dialogue", "statements"}
)
#: Sections where no question is looked for.
SKIP_KINDS = frozenset({"boilerplate", "header", "title"})

_CUE_WORDS = re.compile(Q.REPEAT_CUE_WORDS, re.I)
_ANAPHORA = re.compile(Q.ANAPHORA, re.I)
_WEAK_ANAPHORA = re.compile(Q.WEAK_ANAPHORA, re.I)
# The same patterns (all lower case) without re.I, run on a lower-cased copy: faster.
_ANAPHORA_LOW = re.compile(Q.ANAPHORA)
_WEAK_ANAPHORA_LOW = re.compile(Q.WEAK_ANAPHORA)
#: Characters that re.I matches to an ASCII letter other than through ``str.lower``
#: (dotless and dotted I, long s, Kelvin sign): a text holding one uses the re.I pattern.
_ODD_CASES = frozenset("ıİſ\u212a")
_NON_WORD = re.compile(r"[^\w' ]+")
#: A statement is the premise of the questions that follow it until this many question
#: sentences stand between: further on, "these individuals" refers to something asked
#: since, and a distant statement would mislead more than no premise.
PREMISE_REACH = 3
#: A premise shorter than this many words ("This was very worrying.") is joined to the one
#: before it.
MIN_PREMISE_WORDS = 6


@dataclass(slots=True)
class _Found:
    """A clause while the questions are being assembled."""

    clause: Clause
    turn: Turn
    premise: str
    in_lede: bool
    mentions: list[Span] = field(default_factory=list)


# ------------------------------------------------------------------ find
def find_clauses(review: Review, by_turn: dict[str, list[Span]] | None = None,
                 ) -> Iterator[tuple[Clause, Turn, str]]:
    """Every question clause in a committee-side turn, with its turn and context.

    The context is what an anaphor in the question may refer to: the turn's last statement
    before it (with the one before when it is as short as "This was very worrying."), or,
    for a question that opens with a pronoun ("How did they obtain ..."), the sentence
    just before it.  ``by_turn`` is :func:`sentences_by_turn` of the review, if at hand.
    """
    side = {p.id: p.side for p in review.participants}
    skip = {i for i, s in enumerate(review.sections) if s.kind in SKIP_KINDS}
    text = review.text
    if by_turn is None:
        by_turn = sentences_by_turn(review)
    body = {i for i, s in enumerate(review.sections) if s.kind != "summary"}
    for turn in review.turns:
        if side.get(turn.participant) != "committee" or turn.section in skip:
            continue
        in_body = turn.section in body
        statements: list[str] = []
        previous: Span | None = None
        asked = 0  # question sentences since the last statement
        listing = ""  # the request of the list being read ("The Expert asked:"), if any
        for sentence in by_turn[turn.id]:
            if opener := list_request(text, sentence):
                # "She asked about:" asks what its items ask, and is no premise of them
                listing, previous = opener, sentence
                continue
            clauses = question_clauses(text, sentence, in_body)
            if listing and not clauses:
                clauses = list_item_clauses(text, sentence, listing)
            listing = listing if clauses else ""
            premises = statements if asked < PREMISE_REACH else []
            earlier = ""  # the premise of the clause before, in this sentence
            for i, clause in enumerate(clauses):
                # what comes just before: the clause before, or the sentence before
                before = clauses[i - 1].ask if i else previous
                aside = _aside_before(text, sentence, clause) if i == 0 else ""
                # a lead-in of the question's own sentence frames it even with no anaphor:
                # "On the compensation scheme, when would the bill be adopted?"
                context = _context(
                    text, clause, [*premises, aside] if aside else premises, before, bool(i),
                    aside) or aside
                context = earlier = _context_within(text, sentence, clauses, i, context,
                                                    earlier, premises)
                yield clause, turn, context
            if clauses:
                asked += 1
            else:
                statements.append(strip_attribution(sentence.slice(text)))
                asked = 0
            previous = sentence


#: A lead-in that sets the premise of the question after it in the same sentence ("Given
#: the youthful demographic of the population, to what degree ... these young people").
_ASIDE_LEAD = re.compile(
    r"(?:^|\b(?:that|que)\s+)(?P<aside>(?:[Gg]iven|[Ii]n view of|[Cc]onsidering|[Bb]earing in mind|"
    r"[Cc]ompte tenu|[Ee]u égard)\b[^.;?!]{5,200}?),\s*$"
)


#: A fronted topic before the question of its sentence ("As for birth registration, was
#: it free of charge?"): what a pronoun of the question refers to.
_TOPIC_LEAD = re.compile(
    r"^(?:[Rr]egarding|[Cc]oncerning|[Aa]s (?:for|to|regards)|[Ww]ith (?:regard|respect|"
    r"reference) to|[Oo]n(?! the (?:one|other) hand)(?! \d)|[Ii]n relation to|[Tt]urning to|[Ss]['’]agissant d(?:e |u |es |['’])|"
    r"[Ee]n ce qui concerne|[Qq]uant (?:à|aux?)|[Cc]oncernant|[Pp]our ce qui est d(?:e |u |es |['’])|"
    r"[Aa]u sujet d(?:e |u |es |['’])|[ÀàAa] propos d(?:e |u |es |['’])|[Ee]n matière d(?:e |['’]))"
    r"\s*(?P<aside>[^.;?!,]{3,200}?),\s*"
    # the request's speaker may follow: "On nationality, she asked whether ..."
    r"(?:(?:he|she|they|il|elle|the Expert|the Rapporteur|(?:Mr|Ms|Mrs|M|Mme)\.?\s+"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:also\s+|further\s+|a\s+|également\s+)?)?$"
)


#: A statement closed by a semicolon, colon, dash or "and" before the question of its
#: sentence ("The bill had been pending since 2012; when would it be adopted?").
_STATEMENT_LEAD = re.compile(
    r"(?P<aside>[^;:—–]{12,400}?)\s*(?:[;:—–]|,?\s+(?:and|et))\s*$")


def _aside_before(text: str, sentence: Span, clause: Clause) -> str:
    """The lead-in before the first question of a sentence, if it sets a premise ("Given
    X, ...", a fronted topic: "As for X, ...", or a statement closed by a semicolon), else
    ""."""
    if clause.ask.start - sentence.start < 12:
        return ""  # speed only: no room for a lead-in
    # on the slice: "^" does not match at the pos of Pattern.search(text, pos)
    lead = text[sentence.start : clause.ask.start]
    m = _ASIDE_LEAD.search(lead) or _TOPIC_LEAD.search(lead)
    if m:
        return m.group("aside")
    m = _STATEMENT_LEAD.fullmatch(lead)
    # "He also asked about X:" -> "X" (the request's own preposition is no part of it)
    return _REQUEST_PREPOSITION.sub("", strip_attribution(m.group("aside"))) if m else ""


_REQUEST_PREPOSITION = re.compile(r"^(?:about|on|for|regarding|concerning|sur|de)\s+(?=\w)")


#: An incise naming the speaker inside a request ("It would be useful, he added, to learn").
_INCISE = re.compile(f"{Q.INCISE_EN}|{Q.FR_INCISE}")


def _context(text: str, clause: Clause, statements: list[str], previous: Span | None,
             same_sentence: bool, aside: str = "") -> str:
    """The sentence an anaphor in ``clause`` refers back to, or "" when it has none.

    ``previous`` is what comes just before the clause: the asking part of the clause
    before it (``same_sentence``) or the sentence before, read only when needed (speed);
    an ``aside`` of the clause's own sentence comes nearer still."""
    ask = clause.ask.slice(text)
    if ", " in ask:  # "he added" in "It would be useful, he added, to learn ..." refers back to no one
        ask = _INCISE.sub(" ", ask)
    if ask.startswith(_REPEATED_REQUEST):  # "his" of "reiterated his request" refers to the asker
        ask = ask.split(" ", 2)[-1]
    # Only for speed: the re.I patterns run as their lower-case twins on ask.lower() when
    # that gives the same answer (re.I on an alternation is slow; see _ODD_CASES).  Testing
    # the four characters with `in` is some 20 times faster than _ODD_CASES.isdisjoint(ask).
    low = None if any(map(ask.__contains__, _ODD_CASES)) else ask.lower()
    if (aside or previous is not None) and (_WEAK_ANAPHORA_LOW.match(low) if low is not None
                                            else _WEAK_ANAPHORA.match(ask)):
        if aside or previous is None:
            return aside
        # (the clause before in the sentence holds the shared lead-in: "She wished to know
        # whether the Government planned X and whether it had ...": the Government planned X)
        before = strip_attribution(previous.slice(text))
        if before:
            return before
    if not statements or not (has_anaphor(_ANAPHORA_LOW, low) if low is not None
                              else has_anaphor(_ANAPHORA, ask)):
        return ""
    premise = statements[-1]
    if len(premise.split()) < MIN_PREMISE_WORDS and len(statements) > 1:
        premise = f"{statements[-2]} {premise}"
    if previous is not None and not same_sentence:
        # "What protection was given to mothers, several of whom had been killed? Were
        # investigations opened into those killings?": the question before names them, and
        # the nearest mention is the one pointed back to ("ces enfants" after a question on
        # unaccompanied children, not an earlier statement on children at school)
        named = _named_by_demonstrative(ask)
        if named:
            before = previous.slice(text)
            if named in words_of(before):
                return strip_attribution(before)
    return premise


#: The openings of a repeated request ("reiterated his request for information on X").
_REPEATED_REQUEST = ("reiterated ", "repeated ", "renewed ")


#: A demonstrative and the noun it points back with ("those killings", "ces mesures").
_DEMONSTRATIVE_NOUN = re.compile(r"\b(?:this|that|these|those|such|ces|cette|cet)\s+([^\W\d_]{4,})",
                                 re.IGNORECASE)


def _named_by_demonstrative(ask: str) -> str | None:
    """The stem of the noun a demonstrative points back with ("those killings": kill)."""
    m = _DEMONSTRATIVE_NOUN.search(ask)
    return stem(m.group(1).lower()) if m else None


def stray_questions(review: Review, by_turn: dict[str, list[Span]] | None = None,
                    ) -> list[Turn]:
    """Turns of speakers on no decided side ("other" without roles) that hold questions
    (``by_turn`` as for :func:`find_clauses`)."""
    unclear = {p.id for p in review.participants if p.side == "other" and p.name and not p.roles}
    if not unclear:
        return []  # speed only: no turn can be such a speaker's
    if by_turn is None:
        by_turn = sentences_by_turn(review)
    return [t for t in review.turns if t.participant in unclear
            and any(clause_bounds(s.slice(review.text)) for s in by_turn[t.id])]


def sentences_by_turn(review: Review) -> dict[str, list[Span]]:
    """Turn id -> the sentences of that turn, in order."""
    out: dict[str, list[Span]] = {t.id: [] for t in review.turns}
    turns = sorted(review.turns, key=lambda t: t.span.start)
    k = 0
    for s in review.sentences:
        while k < len(turns) and turns[k].span.end <= s.start:
            k += 1
        if k < len(turns) and turns[k].span.contains(s):
            out[turns[k].id].append(s)
    return out


def lede_section(review: Review) -> int | None:
    """Index of the lede: a leading "summary" section followed by body sections."""
    kinds = [s.kind for s in review.sections]
    if "summary" not in kinds:
        return None
    first = kinds.index("summary")
    return first if any(k in BODY_KINDS for k in kinds[first + 1 :]) else None


# ------------------------------------------------------------------ repeats
def ask_key(text: str, clause: Clause) -> str:
    """The asking part of a clause reduced for comparison: no speaker, no cue words."""
    words = clause.ask.slice(text).casefold().replace("’", "'")
    # Only for speed: " ".join(x.split()) equals re.sub(r"\s+", " ", x.strip()), since
    # \s and str.isspace agree on every character (checked over all of Unicode).
    return " ".join(_CUE_WORDS.sub("", _NON_WORD.sub(" ", words)).split())


def repeat_similarity(lede_key: str, body_key: str) -> float:
    """How alike two asking parts are (0-100): same words, same order, or one containing
    the other when both have at least :data:`SUBSET_MIN_WORDS` words (the lede shortens)."""
    score = max(fuzz.ratio(lede_key, body_key), fuzz.token_sort_ratio(lede_key, body_key))
    if min(len(lede_key.split()), len(body_key.split())) >= SUBSET_MIN_WORDS:
        score = max(score, fuzz.token_set_ratio(lede_key, body_key))
    return float(score)


def match_repeats(text: str, lede: list[_Found], body: list[_Found]) -> dict[int, int]:
    """Lede clause index -> body clause index for repeats, best pairs first, one-to-one."""
    if not lede:
        return {}  # speed only: the body's keys are needed for lede clauses alone
    pairs = []
    keys = _Keys([ask_key(text, b.clause) for b in body])
    for li, item in enumerate(lede):
        for bi, score in keys.similar(ask_key(text, item.clause)).items():
            context = fuzz.token_set_ratio(item.premise, body[bi].premise) if item.premise else 0
            pairs.append((score + PREMISE_WEIGHT * context, li, bi))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, li, bi in sorted(pairs, reverse=True):
        if li not in matched and bi not in used:
            matched[li] = bi
            used.add(bi)
    if len(matched) < len(lede):
        _match_reworded(text, lede, body, matched, used)
    return matched


#: A lede clause that no body question repeats in its words may restate one in others
#: ("How the minimum wage was fixed" / "How was the amount of the minimum wage
#: calculated?"): then this share of its content terms, and at least
#: :data:`REWORDED_MIN_TERMS` of them, are the body question's.  On the ~250 texts of the
#: corpus, the probes and the dialogues, every lede clause left unmatched that reaches it
#: restates the body question it matches; the correct matches below it share 0.5-0.57.
REWORDED_SHARE = 0.6
REWORDED_MIN_TERMS = 2


def _match_reworded(text: str, lede: list[_Found], body: list[_Found], matched: dict[int, int],
                    used: set[int]) -> None:
    """Match the lede clauses left over to the unused body question whose content terms
    cover most of theirs (:data:`REWORDED_SHARE`), best first, one to one; not when two
    body questions cover as much."""
    # (a body question that points back is worded with its premise: "What had been its
    # results so far?" restates "what the results of the one-stop shop had been", probe 351)
    body_terms = {bi: terms(f"{b.clause.ask.slice(text)} {b.premise}",
                            drop_request_words=True).words
                  for bi, b in enumerate(body) if bi not in used}
    pairs = []
    for li, item in enumerate(lede):
        if li in matched:
            continue
        own = terms(item.clause.ask.slice(text), drop_request_words=True).words
        found = sorted(((len(own & words), bi) for bi, words in body_terms.items()),
                       reverse=True)
        if not found or found[0][0] < max(REWORDED_MIN_TERMS, REWORDED_SHARE * len(own)):
            continue
        if len(found) > 1 and found[1][0] == found[0][0]:
            continue  # two body questions share as much: which one it restates is unclear
        pairs.append((found[0][0] / len(own), found[0][0], li, found[0][1]))
    for _, _, li, bi in sorted(pairs, reverse=True):
        if li not in matched and bi not in used:
            matched[li] = bi
            used.add(bi)


class _Keys:
    """The body's asking parts, prepared once for :func:`repeat_similarity` against each
    lede clause (rapidfuzz compares one clause with all of them in one call)."""

    def __init__(self, keys: list[str]) -> None:
        self.keys = keys
        words = [k.split() for k in keys]  # split once for both (speed only)
        self.sorted = [_sorted_words(w) for w in words]
        self.long = {i: k for i, (k, w) in enumerate(zip(keys, words, strict=True))
                     if len(w) >= SUBSET_MIN_WORDS}

    def similar(self, key: str) -> dict[int, float]:
        """Body keys whose :func:`repeat_similarity` to ``key`` reaches
        :data:`REPEAT_SIMILARITY` (index -> similarity)."""
        found: dict[int, float] = {}
        words = key.split()
        runs: list[tuple[str, Any, Any]] = [(key, self.keys, fuzz.ratio),
                                            (_sorted_words(words), self.sorted, fuzz.ratio)]
        if len(words) >= SUBSET_MIN_WORDS:
            runs.append((key, self.long, fuzz.token_set_ratio))
        for query, choices, scorer in runs:
            for _, score, bi in process.extract(query, choices, scorer=scorer, limit=None,
                                                score_cutoff=REPEAT_SIMILARITY):
                found[bi] = max(found.get(bi, 0.0), float(score))
        return found


def _sorted_words(words: list[str]) -> str:
    """The words of a key in sorted order (``fuzz.token_sort_ratio`` is ``fuzz.ratio`` of
    these)."""
    return " ".join(sorted(words))


# ------------------------------------------------------------------ write
#: Reported-speech leads turned into the question they report: "asked if X" -> "Whether
#: X", "wanted to know what X" -> "What X", "asked for more information on X" -> "More
#: information on X".  English and French.
#: Adverbs between a French auxiliary and its verb ("a également demandé si", "a toutefois
#: souhaité savoir").
_FR_ADVERB = (r"également|aussi|en outre|par ailleurs|enfin|ensuite|encore|notamment|"
              rf"de nouveau|à nouveau|une nouvelle fois|de plus|{Q.FR_CONCESSIVE}|"
              rf"{Q.FR_OWN_PART}")
#: "(a réitéré) sa question concernant X" -> "X" (probe 338).
_FR_ASKED_AGAIN = (r"\s+(?:sa|leur|la)\s+(?:question|demande)s?\s+(?:concernant|sur|relatives?\s+"
                   r"à|au sujet d(?:u|e|es|['’]))")
#: An aside set off by commas after a request verb: "asked, in particular, whether".
_ASIDE = r",\s*[^,.;:?!]{1,40}?,"
_REPORTED = re.compile(
    rf"^(?:(?:also|further|then|furthermore)\s+)?(?:(?:[Ii]t was\s+(?:(?:also|further)\s+)?)?"
    rf"asked(?:\s+(?:also|further|{Q.AGAIN_EN}|specifically|in particular|particularly|"
    rf"{Q.ASKED_IN_EN}|{Q.ASKED_ORDER}))?|ask|enquire|inquire|"
    # "was also interested in learning whether X", "would be interested in hearing about X"
    rf"(?:(?:was|were){Q.BEING_ADV}|would\s+(?:(?:also|further|particularly)\s+)?be\s+)"
    r"interested\s+in\s+(?:learning|knowing|hearing)(?=\s+(?:if|whether|what|how|which|why|who|"
    r"when|where|about)\b)|"
    # (with the adverbs a polite request takes: "would therefore like to know")
    rf"(?:wanted|wished|would{Q.WOULD_ADV}like|(?:was|were){Q.BEING_ADV}"
    r"(?:curious|keen|eager|interested))"
    rf"(?:{_ASIDE})?\s+to (?:know|learn|(?:see|have|receive|obtain)(?=\s+(?:(?:more|further|"
    r"additional|updated|detailed|disaggregated|some|any|the)\s+)*(?:information|data|details|"
    r"statistics|figures)\b))|enquired|inquired|queried|questioned|"
    r"wondered(?:\s+in (?:that|this) (?:context|regard|connection|respect|case))?|requested|sought|"
    # a participle after the first question: "..., asking also whether X", "..., seeking
    # information on Y"
    r"(?:asking|inquiring|enquiring)(?:\s+also)?|(?:seeking|requesting)(?=\s)|"
    # "would (also) be grateful for an explanation of X" -> "An explanation of X"
    r"would\s+(?:(?:also|further|particularly|in particular)\s+)?(?:appreciate|welcome)\s+"
    r"(?:knowing|learning|hearing)|"
    # "reiterated his request for information on X" -> "Information on X"
    r"(?:reiterated|repeated|renewed)\s+(?:his|her|their|its|the)\s+(?:(?:earlier|previous|"
    r"former|same)\s+)?(?:requests?\s+for(?=\s)|"
    r"questions?(?=\s+(?:on|about|regarding|concerning|as to)\b))|"
    # "asked the delegation to send, within 48 hours, written information on X" -> "Written
    # information on X"
    r"(?:asked|requested|invited|urged|encouraged|called on|called upon)\s+(?:the|its)\s+"
    r"(?:delegation|State party|Government)\s+to\s+"
    r"(?:also\s+)?(?:provide|give|share|supply|send|submit|transmit|forward|communicate)"
    r"(?:,[^,.;]{1,40},)?(?=\s+(?:(?:the|any|more|further|additional|written|detailed)\s+)*"
    r"(?:information|data|details|statistics|figures|replies|clarifications?)\b)|"
    r"would\s+(?:(?:also|further)\s+)?(?:be grateful for|be interested in|appreciate|welcome)|"
    # "would like more information on X" -> "More information on X" (not "would like the
    # delegation to ...", an addressee, nor "would like to ...")
    r"would\s+(?:(?:also|further)\s+)?like(?=\s+(?:(?:more|further|additional|updated|detailed|"
    r"some|an?)\s+)*(?:information|details|data|clarifications?|explanations?|statistics|"
    r"figures|update|breakdown)\b)|"
    # the impersonal passive: "Il a en outre été demandé si X" -> "Si X"
    rf"[Ii]l a\s+(?:(?:{_FR_ADVERB})\s+)*été\s+(?:(?:{_FR_ADVERB})\s+)*demandé|"
    # the reflexive: "s'est également demandé si X" -> "Si X"
    rf"(?:s['’]est|se\s+sont)\s+(?:(?:{_FR_ADVERB})\s+)*demandée?s?|"
    rf"(?:a|ont)(?:\s*,\s*(?:{_FR_ADVERB})\s*,)?\s+"
    rf"(?:(?:{_FR_ADVERB})\s+)*(?:demandé(?:\s+(?:{_FR_ADVERB}))*|{Q.FR_POSED_LIST}|"
    rf"(?:voulu|souhaité) (?:savoir|connaître|connaitre|"
    rf"obtenir|en savoir (?:plus|davantage))(?:\s+(?:{_FR_ADVERB}))*|"
    r"prié la délégation de (?:fournir|donner|communiquer)|insisté pour (?:connaître|savoir)|"
    # "a invité la délégation à expliquer", "a tenu à savoir", "a repris la parole pour
    # demander" -> what follows (probe G)
    r"(?:invité la délégation à|prié la délégation d['’]|prié la délégation de) ?(?:indiquer|"
    r"préciser|expliquer|dire)|tenu à (?:savoir|connaître)|repris la parole pour demander|"
    rf"(?:réitéré|renouvelé|reposé){_FR_ASKED_AGAIN})|"
    rf"(?:réitère|renouvelle|repose){_FR_ASKED_AGAIN}|"
    # the French present and conditional, adverbs between: "souhaiterait également savoir",
    # "voudrait par ailleurs connaître", "demande aussi"
    r"(?:demande|souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)"
    rf"(?:\s+(?:{_FR_ADVERB}))*(?:\s+(?:savoir|connaître|connaitre|comprendre|avoir|obtenir|"
    r"recevoir|disposer\s+(?:de|d['’])))?|"
    # "…, avant de demander si X", "en demandant si X" -> "Si X"
    rf"(?:{Q.FR_THEN_ASK}|en\s+)?demander|(?:en\s+)?demandant|"
    rf"invite la délégation à (?:indiquer|préciser|expliquer|dire))(?:{_ASIDE}|\s*:\s*"
    rf"{Q.LIST_ITEM})?\s*(?<=[\s)])(?:"
    # whom an English question is asked of: "asked the State party whether", "asked the
    # Special Rapporteur how", "asked Kyrgyzstan whether"
    rf"(?:the\s+)?(?:delegation|State party|Government|authorities|{Q.ADDRESSEE_OFFICES})\s+|"
    r"(?-i:(?:[A-Z][\w'’-]+\s+){1,3})(?=(?:if|whether|what|how|which|why|who|when|where)\b)|la "
    # whom a French question is asked of: "a demandé au Comité comment"
    r"délégation\s+|(?:à (?:la |l['’])|aux? )[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+)?(?:(?:as to\s+)?(?P<whether>if|whether|si)\s+|(?P<elided>s['’](?=ils?\b))|"
    r"(?P<wh>(?=(?:(?:on|under|by|from|in|to|with|at|against) (?:what|which|whom|whose)|"
    r"what|how|which|why|who|whom|whose|when|where|quel|quelle|quels|quelles|"
    r"comment|pourquoi|combien|qui|où|quand|dans quelle|à quel|à quelle|de quel|de quelle|"
    r"à quels|à quelles|de quels|de quelles|en quoi|ce qui|ce que|ce qu['’]|ce dont|"
    r"à partir de quel(?:le)?s?|jusqu['’]à quel(?:le)?s?|"
    r"(?:par|pour|auprès de|selon) (?:qui|quoi|quel|quelle|quels|quelles)|lequel|laquelle|"
    r"lesquels|lesquelles)\b))|"
    r"(?P<about>about|for|on|sur)\s+|"
    # "requested examples of such cases" -> "Examples of such cases"; "a demandé des
    # informations sur X" -> "Des informations sur X"
    r"(?<=requested )|(?<=sought )|(?<=seeking )|(?<=requesting )|(?<=grateful for )|"
    r"(?<=request for )|(?<=requests for )|"
    # "would like to know the budget of X" -> "The budget of X"
    r"(?<=to know )|(?<=to learn )|"
    # "a réitéré sa question concernant X" -> "X"
    r"(?<=concernant )|(?<=au sujet du )|(?<=au sujet de )|(?<=au sujet des )|(?<=relative à )|"
    r"(?<=relatives à )|(?<=question sur )|(?<=questions sur )|"
    r"(?=(?:(?:the|any|more|further|additional|written|detailed)\s+)*(?:information|data|"
    r"details|statistics|figures|replies|clarifications?)\b)|"
    r"(?<=interested in )|(?<=appreciate )|(?<=welcome )|(?<=would like )|(?<=also like )|"
    r"(?<=further like )|"
    # "voudrait connaître le montant de X" -> "Le montant de X"
    r"(?<=connaître )(?=(?:le|la|les|l['’]|leur|leurs|son|sa|ses)\b)|"
    r"(?<=savoir )(?=(?:le|la|les|l['’]|leur|leurs)\b)|"
    r"(?=(?:des|de plus amples|d['’]autres|davantage d['’]|"
    r"plus d['’]|(?<=disposer de ))\s*(?:informations|précisions|renseignements|données|explications|"
    r"éclaircissements|statistiques|chiffres|détails)\b))",
    re.IGNORECASE,
)


#: Polite requests: "It would be useful to learn what X" -> "What X", "It would be
#: interesting to hear about X" -> "What was the situation regarding X?".
_POLITE = re.compile(
    r"^it (?:would (?:also |further |therefore )?be|was (?:also |further |therefore )?) ?"
    r"(?:\w+ )?(?:useful|interesting|helpful|enlightening|good|important|essential|crucial|"
    r"necessary|vital|"
    rf"appreciated|welcome)(?: |{Q.INCISE_EN})to (?:hear|learn|know|understand|receive|have|get|find out)\s+(?:more\s+)?"
    r"(?:(?:information|details|data)\s+)?(?:(?P<about>about|on|regarding)\s+|"
    r"(?=(?:what|how|which|why|who|when|where|whether)\b))",
    re.IGNORECASE,
)


#: ... and in French: "Il serait également utile de savoir combien X" -> "Combien X", "Il
#: serait utile de disposer de données sur X" -> "Données sur X".
_POLITE_FR = re.compile(
    r"^il (?:serait|sera)(?:\s+(?:également|aussi|donc|en outre|par ailleurs|notamment|très|"
    r"particulièrement|fort|de plus))*\s+(?:utile|intéressant|souhaitable|bon|éclairant|"
    r"précieux)(?:\s+(?:également|aussi|de plus))?\s+(?:de|d['’])\s?(?:(?:savoir|connaître)\s+"
    r"(?=si\b|s['’]|combien|comment|pourquoi|quel|quelle|quels|quelles|où|quand|qui\b|ce qu|"
    r"dans quelle|à quel|le\b|la\b|les\b|l['’])|disposer (?:de |d['’])(?=données|informations|"
    r"statistiques|précisions|renseignements|chiffres))",
    re.IGNORECASE,
)


#: "It would be useful if information on X could be provided" -> "Could information on X
#: be provided?"
_POLITE_IF = re.compile(
    rf"^it would be (?:\w+ )?\w+(?: |{Q.INCISE_EN})if (?P<what>.+?) (?:could|would) be (?P<verb>provided|given|"
    r"shared|supplied|clarified|explained|elaborated)\b(?P<rest>[^.?]*)[.?]?$",
    re.IGNORECASE,
)


#: "requested information on X" -> "Information on X".
_REQUESTED = re.compile(
    r"^(?:(?:also|further|then)\s+)?(?:requested|sought|asked for|would appreciate|would "
    rf"welcome|a demandé|demande|(?:{Q.FR_THEN_ASK}|en\s+)?demander|"
    r"(?:en\s+)?demandant|souhaite obtenir|aimerait obtenir)\s+(?=(?:more |further |"
    r"additional |updated |detailed |some )?(?:information|details|data|clarification|an "
    r"explanation|explanations|statistics|statistical data|des (?:informations|précisions|"
    r"détails|données)|une clarification|un complément|davantage|(?:une )?confirmation|"
    r"(?:a )?confirmation))",
    re.IGNORECASE,
)


#: "whether <subject> <auxiliary> <rest>": the subject is a short plain noun phrase (no
#: comma, no clause of its own) before the first auxiliary verb.
_WHETHER_CLAUSE = re.compile(
    r"^(?P<subject>(?:(?!(?:that|which|who|whom|whose|if|whether|when|where|and|or)\b)"
    r"[\w’'/“”-]+\s+){1,15}?)(?P<aux>was|were|had|has|have|is|are|could|would|can|will|should|"
    r"might|must|did|does|do)\s+(?P<rest>.*)$", re.DOTALL
)


def _inverted(clause: str) -> str | None:
    """A reported yes/no question as a direct one: "there had been changes to X" -> "Had
    there been changes to X?"; None when the clause has no plain subject and auxiliary
    ("the Government planned to ...")."""
    m = _WHETHER_CLAUSE.match(clause)
    if m is None or m.group("subject").split()[0].lower() in ("not", "or"):
        return None
    aux, rest = m["aux"], m["rest"].rstrip(" .?")
    if aux in _HAVE_DO and rest.split(maxsplit=1)[0].lower() in _HAD_OBJECT:
        # "have" as the verb, not the auxiliary: "whether the Council had offices in all
        # regions" -> "Did the Council have offices ...", not "Had the Council offices ..."
        return f"{_HAVE_DO[aux]} {m['subject']}have {rest}?"
    return f"{aux.capitalize()} {m['subject']}{rest}?"


#: The auxiliary that asks about "have" as a verb.
_HAVE_DO = {"had": "Did", "has": "Does", "have": "Do"}
#: Words that open the object of "have" as a verb ("had access to", "had sufficient
#: resources", "had any plans"), never a past participle.
_HAD_OBJECT = frozenset({
    "a", "an", "the", "any", "no", "some", "its", "their", "his", "her", "our", "enough",
    "sufficient", "adequate", "access", "more", "fewer", "less", "many", "much", "specific",
    "separate", "special", "independent", "dedicated", "such", "other", "all", "both", "each",
    "offices", "plans", "data", "information", "statistics", "figures", "resources",
    "powers", "jurisdiction", "legal", "full", "real", "effective", "direct", "free",
})


#: A member's questions on topics, or a reflexive request, before what is asked about:
#: "posed questions about X" -> "What was the situation regarding X?"; "a posé des
#: questions sur X", "s'est enquis de X", "s'est interrogée sur X" -> "X".
_ON_TOPICS = re.compile(
    rf"^(?:(?:a|ont)\s+(?:(?:{_FR_ADVERB})\s+)*)?{Q.POSED_QUESTIONS_FR}|"
    rf"^{Q.POSED_QUESTIONS_EN}\s*|"
    rf"^s['’](?:est|était|sont)\s+(?:(?:{_FR_ADVERB})\s+)*(?:enquise?s?|interrogée?s?|"
    r"renseignée?s?)\s+(?:sur\s+|au sujet\s+(?=d)|"
    # "s'est enquise de savoir si X" -> "Si X" (probe d)
    r"de savoir\s+(?=si\b|s['’]|comment\b|pourquoi\b|quel|combien\b|où\b|quand\b))?|"
    rf"^(?:{Q.FR_THEN_ASK}|(?:en\s+)?)?s['’](?:enquiert|enquièrent|interroge|interrogent|enquérir|"
    rf"interroger|enquérant|interrogeant)\s+(?:(?:{_FR_ADVERB})\s+)*(?:sur\s+)?|"
    # "souhaite aussi des précisions sur X" -> "Des précisions sur X"
    rf"^(?:souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)\s+"
    rf"(?:(?:{_FR_ADVERB})\s+)*(?=(?:des|de plus amples|davantage de|d['’]autres)\s)",
    re.IGNORECASE,
)


#: A wish to know more about a topic: "voudrait en savoir plus sur X".
_KNOW_MORE = re.compile(r"^(?:souhaite|souhaiterait|voudrait|aimerait|désire|désirerait)\s+"
                        r"(?:[\w’']+\s+)?en savoir (?:plus|davantage)\s+sur\s+", re.IGNORECASE)


#: A request in the passive: "Clarification was also sought on X" -> "Clarification on X".
_PASSIVE_REQUEST = re.compile(
    rf"^(?P<noun>(?:\S+\s+){{0,2}}\S+)\s+(?:was|were|ont\s+(?:(?:{_FR_ADVERB})\s+)?été)\s+"
    r"(?:also\s+|further\s+|again\s+|également\s+|aussi\s+)?(?:sought|requested|demandées)\s+"
    r"(?=(?:on|about|regarding|concerning|as to|for|sur|au sujet|concernant|quant)\b)")


#: A request that the delegation explain or say something: "asked the delegation to explain
#: the discrepancy", "a prié la délégation d'indiquer si ...".
_DELEGATION_TO = re.compile(
    # ("pressed the delegation to explain why", "would like the delegation to explain why")
    r"^(?:(?:(?:also|further|then)\s+)?(?:asked|requested|invited|urged|called on|called upon|"
    r"pressed|challenged|would (?:also )?like)\s+"
    r"(?:the\s+)?(?:delegation|State party|Government)|"
    # ... in the passive: "The delegation was further asked to clarify when ..."
    r"(?:The|the)\s+(?:delegation|State party|Government)\s+(?:was|were)\s+(?:(?:also|further|"
    r"then)\s+)?(?:asked|requested|invited))"
    r"\s+to\s+(?:(?:also|kindly|please|further)\s+)?"
    # ("asked the delegation to provide the number of complaints" -> "Could the delegation
    # provide the number of complaints?")
    r"(?P<verb>explain|clarify|describe|indicate|specify|confirm|elaborate on|comment on|state|"
    r"provide|give|share|supply|detail|outline|"
    r"respond to|react to|shed (?:some |more |further )?light on|account for|justify)"
    r"\s+(?P<rest>.+)$|"
    rf"^(?:(?:a|ont)\s+(?:(?:{_FR_ADVERB})\s+)*)?(?:prié|demandé à|invité)\s+la\s+délégation\s+"
    r"(?:de\s+|d['’])(?:(?:{_FR_ADVERB})\s+)*(?P<verbe>indiquer|préciser|dire|expliquer|"
    r"clarifier|décrire|confirmer|commenter)\s+(?P<reste>.+)$".replace("{_FR_ADVERB}", _FR_ADVERB),
    re.DOTALL)
#: A member's questions reported by what they were: "Other questions posed by the
#: Rapporteur included when ..." -> "When ...".
_QUESTIONS_INCLUDED = re.compile(r"^(?:[\w'’]+\s+){0,3}?questions\b[^.;?!]{0,60}?\b(?:included|"
                                 r"were|concerned)\s+"
                                 # (a question word after it, as the request pattern has:
                                 # not "asked questions about X, noting that Y were Z")
                                 r"(?=(?:whether|if|how|what|why|when|where|which|who)\b)",
                                 re.IGNORECASE)
#: A request that the State do what answers: "requested that the State party provide
#: figures on X" -> "Could the State party provide figures on X?".
_REQUESTED_THAT = re.compile(
    r"^(?:(?:also|further)\s+)?(?:requested|asked)\s+that\s+(?:the\s+)?(?P<who>delegation|"
    r"State party|Government)\s+(?:should\s+)?(?P<verb>provide|give|share|supply|clarify|explain|"
    r"indicate|confirm|comment on|specify)\s+(?P<rest>.+)$", re.DOTALL)
#: An interest in hearing about a topic: "expressed interest in hearing about X" -> X.
_INTEREST_IN = re.compile(r"^expressed (?:an |particular |special )?interest in (?:hearing|"
                          r"learning|knowing|receiving information) (?:about|on)\s+")
_EMBEDDED_WH = re.compile(r"(?:whether|if|how|what|why|when|where|which|who|si|s['’]|combien|"
                          r"comment|pourquoi|quand|où|quel|quelle|quels|quelles)\b", re.IGNORECASE)


#: Verbs of a request for information itself: what is asked for is their object.
_GIVE_VERBS = frozenset({"provide", "give", "share", "supply"})


def _asked_of_delegation(m: re.Match[str]) -> str:
    """The question of a request that the delegation explain or say something: the
    embedded question itself ("... to indicate how many" -> "How many ..."), else the
    request as a direct question ("Could the delegation explain the discrepancy?")."""
    english = m.group("verb") is not None
    verb, rest = (m["verb"], m["rest"]) if english else (m["verbe"], m["reste"])
    if _EMBEDDED_WH.match(rest):
        if english and rest.startswith(("whether ", "if ")):
            clause = rest.split(" ", 1)[1]
            return _inverted(clause) or "Whether " + clause
        # (a reported question's "?" goes: its word order is made direct after)
        return rest.rstrip(" ?") if english else rest
    rest = rest.rstrip(" .?")
    if english and verb in _GIVE_VERBS:  # "to provide figures on X" -> "Figures on X."
        return f"{rest[:1].upper()}{rest[1:]}."
    if english:
        return f"Could the delegation {verb} {rest}?"
    # a second infinitive keeps no "de": "confirmer ou d'infirmer" -> "confirmer ou infirmer"
    rest = _SECOND_INFINITIVE.sub(r"\1 ", rest)
    return f"La délégation pourrait-elle {verb} {rest} ?"


_SECOND_INFINITIVE = re.compile(r"^(ou|et)\s+(?:de\s+|d['’])(?=\w+(?:er|ir|re)\b)")


def direct_wording(ask: str) -> str:
    """The question a reported-speech request asks, when its lead is a known form."""
    if ask[:8] == "whether ":  # a second yes/no question split off ("..., and whether X")
        return _inverted(ask[8:]) or ask
    # (a quick test first, only for speed: every match names the delegation, the State
    # party or the Government)
    delegation_to = _DELEGATION_TO.match(ask) if "gation" in ask or "State" in ask or (
        "Government" in ask) else None
    if delegation_to:
        return _asked_of_delegation(delegation_to)
    that = _REQUESTED_THAT.match(ask) if "that" in ask else None
    if that:  # "requested that the State party provide figures on X"
        return f"Could the {that['who']} {that['verb']} {that['rest'].rstrip(' .?')}?"
    interest = _INTEREST_IN.match(ask) if "interest" in ask else None
    if interest:  # "expressed interest in hearing about X"
        return _about(ask[interest.end():])
    requested = _REQUESTED.match(ask)
    if requested:
        return ask[requested.end():]
    included = _QUESTIONS_INCLUDED.match(ask) if "questions" in ask[:80] else None
    if included:  # "Her questions included whether X" -> "Had X ...?"
        rest = ask[included.end():]
        return (_inverted(rest[8:]) or rest) if rest.startswith("whether ") else rest
    passive = _PASSIVE_REQUEST.match(ask)
    if passive:
        return f"{passive['noun']} {ask[passive.end():]}"
    more = _KNOW_MORE.match(ask) if "savoir" in ask[:60] else None
    if more:  # "voudrait en savoir plus sur X" -> "Plus d'informations sur X."
        return f"Plus d'informations sur {ask[more.end():]}"
    topics = _ON_TOPICS.match(ask)
    if topics:
        rest = ask[topics.end():]
        if rest[:8] == "whether ":  # "raised the question of whether X" -> the question X
            return _inverted(rest[8:]) or rest
        return _about(rest) if topics.group(0).lower().rstrip().endswith("about") else rest
    polite_if = _POLITE_IF.match(ask)
    if polite_if:
        return f"Could {polite_if['what']} be {polite_if['verb']}{polite_if['rest']}?"
    polite_fr = _POLITE_FR.match(ask) if ask[:2] in ("Il", "il") else None
    if polite_fr:
        return ask[polite_fr.end():]
    polite = _POLITE.match(ask)
    if polite:
        rest = ask[polite.end():]
        return _about(rest) if polite.group("about") else rest
    m = _REPORTED.match(ask)
    if not m:
        return ask
    rest = ask[m.end():]
    if m.group("elided"):
        return "S'" + rest  # "voudrait savoir s'il existe ..." -> "S'il existe ..."
    if m.group("whether"):
        if m.group("whether").lower() == "si":
            return "Si " + rest
        return _inverted(rest) or "Whether " + rest
    if m.group("about") and m.group("about").lower() == "about":
        return _about(rest)
    return rest


def _about(topic: str) -> str:
    """A question about a topic as a question ("asked about the quota" -> "What was the
    situation regarding the quota?"): "About the quota?" was a fragment (corpus review)."""
    clause = _SAYING_CLAUSE.search(topic)  # "..., noting that X": what the member said
    if clause is not None:
        topic = topic[: clause.start()]
    topic = topic.rstrip(" .?")
    if _STATE_OF.match(topic):
        return f"What was {topic}?"  # "asked about the situation of girls": no "situation" twice
    return f"What was the situation regarding {topic}?"


#: A topic that is itself a state of things ("the situation of girls in foster care").
_STATE_OF = re.compile(r"the (?:situation|status|state|progress|outcome|results?) (?:of|in|on)\b",
                       re.IGNORECASE)


#: A participle of saying after a topic: the member's own statement, no part of it.
_SAYING_CLAUSE = re.compile(r",\s+(?:noting|adding|stressing|pointing out|observing|recalling|"
                            r"saying|explaining|underlining|emphasi[sz]ing)\b")


#: Layout before a question's first word: a list glyph or number, an opening quotation mark.
_LEAD_MARK = re.compile(r"^(?:[•·▪◦*\-–—]\s+|\d{1,2}[.)]\s+|[“\"‘«]\s*)(?=[^\W\d_])")
#: What follows a quoted question: its closing marks and the reporting clause ("?” she
#: asked.", "?” asked Mr. Lund, adding:"), or a closing mark alone.
_QUOTE_TAIL = re.compile(r"\?\s?[”\"’»]+(?:,?\s+[^?]*)?$")


#: A quotation's closing mark, a comma and the reporting clause after a quoted request
#: ("... », a lancé Mme Y.").
_QUOTED_REQUEST_TAIL = re.compile(r"\s*[»”]+\s*,\s+[^»”]*$")


def _unquoted(ask: str) -> str:
    """A question without the layout around it: "“How many ...?” she asked." -> "How many
    ...?", "• Had the law been adopted?" -> "Had the law been adopted?"."""
    if not ask[:1].isalpha():  # a list glyph or number, a quotation mark
        ask = _LEAD_MARK.sub("", ask)
    if "?" in ask:
        return _QUOTE_TAIL.sub("?", ask)
    # a request quoted whole, then its asker: "« Expliquez-nous pourquoi X », a lancé Mme
    # Y." -> "Expliquez-nous pourquoi X." (a closing mark opened inside the ask closes a
    # word quoted there: "the “preventive” visits")
    tail = _QUOTED_REQUEST_TAIL.search(ask) if "»" in ask or "”" in ask else None
    if tail is None or "«" in ask[: tail.start()] or "“" in ask[: tail.start()]:
        return ask
    return ask[: tail.start()] + "."


#: A speaker's inverted attribution closing the question: "..., a-t-il indiqué.", "...,
#: a-t-elle par ailleurs ajouté", "..., she added.".
_SAID_TAIL = re.compile(r",\s*(?:(?:a|ont)-t-(?:il|elle|ils|elles)\s+(?:[\w’']+\s+){0,2}?"
                        r"(?:dit|ajouté|indiqué|précisé|souligné|déclaré|poursuivi|conclu|"
                        r"demandé|estimé|voulu savoir|souhaité savoir)|s['’]est-(?:il|elle)\s+"
                        r"(?:[\w’']+\s+)?(?:enquise?|interrogée?)|(?:he|she|they)\s+(?:also\s+)?(?:said|added|noted|"
                        r"stressed|asked|concluded)|"
                        # the speaker named after the verb: "..., a fait savoir une experte."
                        r"a\s+(?:[\w’']+\s+){0,2}?(?:dit|ajouté|indiqué|précisé|souligné|relevé|"
                        r"fait savoir|fait valoir|fait remarquer|fait observer|estimé|demandé)\s+"
                        r"(?:l['’]|le |la |un |une )[^,.;?!]{1,60})\s*\.?$")


#: A request made in a relative clause after its asker ("Un expert, qui a demandé ...",
#: "an Expert, who asked whether ..."), right before the question.
_IN_RELATIVE = re.compile(r",\s*(?:qui|who)\s+(?:a\s+|had\s+)?(?:\w+\s+)?(?:demandé|asked|"
                          r"voulu savoir|wished to know|wanted to know)\s")
#: The sentence's own verb after such a clause: ", a aussi salué la réforme", ", also
#: welcomed the reform" (not a passive: "..., a été modifiée").
_MAIN_VERB_AFTER = re.compile(r",\s+(?:a|ont)\s+(?:(?:aussi|également|ensuite|en outre|par "
                              r"ailleurs|enfin)\s+)?(?!été\b)[a-zé]+(?:é|i|u)e?s?\b|,\s+(?:also\s+)?"
                              r"(?:welcomed|commended|noted|praised|said|stressed|expressed)\b")


#: An asker set inside the question: "Why, another Expert asked, had the commission been
#: dissolved?" -> "Why had the commission been dissolved?".
_ASKER_ASIDE = re.compile(
    r",\s*(?:he|she|they|(?:an|another|the|one|a)\s+(?:Committee\s+)?(?:Expert|member|"
    r"Country Rapporteur|Rapporteur))\s+(?:also\s+)?(?:asked|wondered|inquired|enquired|"
    r"queried)\s*,\s*")


#: A question whose subject is a bare pronoun ("did it intend to do so", "would it be
#: extended"): it names nothing a pronoun after it could refer to.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:did|does|do|would|will|could|can|was|were|is|are|had|has|have|should|might|may|"
    r"when|why|how)\s+(?:it|they)\b", re.I)


def _context_within(text: str, sentence: Span, clauses: Sequence[Clause],
                    i: int, context: str, earlier: str, premises: list[str]) -> str:
    """The premise of clause ``i`` of a sentence once what the sentence itself says is read:
    ``context`` as :func:`_context` found it, ``earlier`` the premise of the clause before."""
    ask = clauses[i].ask.slice(text)
    if not context and _BARE_REQUEST.search(ask):
        # "..., and the Expert would be grateful for an explanation": of what the sentence
        # or the statement before says (probe 355)
        lead = _TRAILING_AND.sub("", strip_attribution(text[sentence.start : clauses[i].ask.start]))
        return lead if len(lead.split()) >= MIN_PREMISE_WORDS else (
            premises[-1] if premises else "")
    if i and not context and _verbless(ask):
        # "Would the plan be renewed after 2025, and with what budget?": the budget is the
        # plan's (probe 351)
        return normalised_text(text, clauses[i - 1], "").rstrip(".?")
    if i and earlier and context == clauses[i - 1].ask.slice(text) and _refers_back(context):
        # "did it intend to do so, and what was its budget?": "its" is what the clause
        # before refers back to, not that clause (probe 347)
        return earlier
    return context


#: A request for an explanation of nothing it names: "would be grateful for an
#: explanation", "would appreciate clarification from the delegation".
_BARE_REQUEST = re.compile(
    r"\b(?:for|appreciate|welcome|receive|have|requested|sought)\s+(?:an?\s+|some\s+|further\s+|"
    r"more\s+)?(?:explanation|clarification|comments?|information|details|update)s?"
    r"(?:\s+(?:from|by)\s+the\s+delegation)?(?:\s+on\s+(?:this|that|these|those)(?:\s+\w+)?)?"
    r"\W*$", re.I)
#: The joint left at the end of a lead cut before a request (", and the Expert").
_TRAILING_AND = re.compile(r"[,;]?\s*(?:and|but|et)?\s*(?:(?:the|l['’])?\s*(?:Expert|experte?|"
                           r"Rapporteur|rapporteuse)|he|she|they|il|elle)?\s*$")
#: A short question with no verb ("with what budget?", "et dans quel délai ?").
_SHORT = re.compile(r"^\W*(?:[\w'’-]+\W+){0,4}[\w'’-]*\W*$")
_A_VERB = re.compile(r"\b(?:is|are|was|were|had|has|have|did|do|does|would|will|could|can|"
                     r"should|might|may|must|est|sont|était|étaient|a|ont|avait|avaient|sera|"
                     r"serait|seront|existe|existait)\b|"
                     r"\w+(?:ed|ent|ait|aient|ée?s?|-t-il|-t-elle|-ils|-elles|-il|-elle)\b", re.I)


def _verbless(ask: str) -> bool:
    """True for a short question that has no verb of its own: it asks about what the clause
    before it speaks of."""
    return _SHORT.match(ask) is not None and _A_VERB.search(ask) is None


def _refers_back(ask: str) -> bool:
    """True when a question's subject is a bare pronoun (:data:`_PRONOUN_SUBJECT`)."""
    return _PRONOUN_SUBJECT.match(ask) is not None


#: The place of a question in a list, leading its clause ("and third, what ...").
_ORDINAL_LEAD = re.compile(r"^(?:(?:and|et)\s+)?(?:first|second|third|fourth|fifth|finally|"
                           r"lastly|premièrement|deuxièmement|troisièmement|enfin)(?:ly)?\s*,\s*",
                           re.IGNORECASE)


#: An alternative left reported after a direct question: "Was the law in force, or
#: whether it had been repealed?".
_OR_WHETHER = re.compile(r",?\s+or whether (?P<clause>[^?]+?)[?.]?$")


def _or_whether_direct(ask: str) -> str:
    """"Was X, or whether Y?" -> "Was X, or had Y ...?" when Y has a plain subject and
    auxiliary; else as it was."""
    m = _OR_WHETHER.search(ask)
    inverted = _inverted(m["clause"]) if m and ask.endswith("?") else None
    if m is None or inverted is None:
        return ask
    return f"{ask[: m.start()]}, or {inverted[:1].lower()}{inverted[1:]}"


#: An interrogative word opening a reported question once its lead is dropped.
_WH_LEAD = re.compile(r"(?:What|How|Which|Why|When|Where|Who|Whom|Whose|Comment|Pourquoi|"
                      r"Quel|Quelle|Quels|Quelles|Combien|Quand|Où|Qui)\b")
#: The first letters of the French words of _WH_LEAD ("Comment", "Pourquoi", "Quel...",
#: "Quand", "Combien", "Où", "Qui"): French sets its question mark apart (" ?").
_FRENCH_WH_INITIALS = "CPQO"
#: Reported questions that can be put in the direct order (see :func:`_direct_order`): a
#: final "to be" ("what the budget was"); "there" and "to be" ("how many shelters there
#: were in X"); how, why, when or where before a plain subject and its auxiliary ("why the
#: bill had been withdrawn").
_COPULA_LAST = re.compile(r"""
    ^(?P<wh>(?:What|Where|Who|Which|How)
        (?:\ (?:many|much|kind\ of|type\ of|proportion\ of|percentage\ of|share\ of))?)
    \ (?P<subject>(?:the|its|their|his|her|that|this|these|those)\ [^,;:]{1,80}?)
    \ (?P<be>was|were|is|are)$""", re.VERBOSE)
_THERE_BE = re.compile(r"""
    ^(?P<wh>How\ many|How\ much|What)\ (?P<what>[^,;:]{1,80}?)
    \ there\ (?P<aux>was|were|is|are|had|have|has|would|will)(?P<rest>\b.*)$""", re.VERBOSE)
_WH_ADVERB = re.compile(r"^(?P<wh>How|Why|When|Where)\s+(?!(?:many|much|far|long|often|soon|old|"
                        r"come)\b)")


def _direct_order(ask: str) -> str:
    """The direct order of a reported question: "What the budget was" -> "What was the
    budget", "how many shelters there were in X" -> "How many shelters were there in X",
    "why the bill had been withdrawn" -> "Why had the bill been withdrawn"."""
    m = _COPULA_LAST.match(ask)
    if m:
        return f"{m['wh']} {m['be']} {m['subject']}"
    m = _THERE_BE.match(ask)
    if m:
        return f"{m['wh']} {m['what']} {m['aux']} there{m['rest']}"
    m = _WH_ADVERB.match(ask)
    inverted = _inverted(ask[m.end():]) if m else None
    return f"{m['wh']} {inverted[:1].lower()}{inverted[1:-1]}" if m and inverted else ask


#: The passive verb of a request, after what it asks for: "More information on X (as well)
#: was (also) requested."
_PASSIVE_REQUEST_TAIL = re.compile(r"(?:\s+as well)?\s+(?:was|were)\s+(?:also\s+|further\s+)?"
                                   r"(?:requested|sought|asked for)(?:\s+as well)?(?=\W*$)")
#: The first word of an English direct question (a French one sets its mark apart).
_ENGLISH_QUESTION_START = re.compile(
    r"(?:How|What|Why|When|Where|Which|Who|To what|In what|Was|Were|Is|Are|Had|Has|Have|Did|"
    r"Does|Do|Could|Would|Can|Will|Should)\b")


def normalised_text(text: str, clause: Clause, premise: str) -> str:
    """A self-contained wording: the asking part, and the premise it refers back to."""
    # " ".join(x.split()) is re.sub(r"\s+", " ", x).strip(), faster (see ask_key)
    ask = " ".join(clause.ask.slice(text).split())
    if ", " in ask and _IN_RELATIVE.search(text, max(0, clause.ask.start - 12),
                                           clause.ask.start + 40):
        # a request in a relative clause, the sentence's own verb after it: "Un expert, qui a
        # demandé combien de juges étaient des femmes, a aussi salué la réforme."
        main = _MAIN_VERB_AFTER.search(ask)
        ask = ask[: main.start()] if main else ask
    if " and " in ask or " et " in ask:  # speed only: the statement joins by "and"
        statement = STATEMENT_AFTER.search(ask, 1)
        ask = ask[: statement.start()] if statement else ask
    if "," in ask[:24]:  # "second, whether X" -> "whether X": its place in a list
        ask = _ORDINAL_LEAD.sub("", ask, count=1)
    ask = direct_wording(_unquoted(ask))
    if "was" in ask or "were" in ask:  # speed only
        ask = _PASSIVE_REQUEST_TAIL.sub("", ask)  # "More information on X was requested."
    if "," in ask:
        ask = _ASKER_ASIDE.sub(" ", _SAID_TAIL.sub("", ask))
    ask = ask[:1].upper() + ask[1:]
    if " or whether " in ask:
        ask = _or_whether_direct(ask)
    if clause.form != "direct" and ask[-1:] not in "?!" and _WH_LEAD.match(ask):
        # "wanted to know how many cases there were." -> "How many cases there were?"; a
        # request ("More information on X.") keeps its stop
        ask = _direct_order(ask.rstrip(".;, ")) + (" ?" if ask[0] in _FRENCH_WH_INITIALS else "?")
    elif ask[-1:] not in "?.!":
        ask += "?" if clause.form == "direct" else "."
    elif clause.form == "direct" and ask[-1:] == "." and _ENGLISH_QUESTION_START.match(ask):
        ask = ask[:-1] + "?"  # "How would the State party ensure X." (a release's full stop)
    if premise:
        ask += f"{PREMISE_MARK}{_LEAD_MARK.sub('', premise)})"
    return ask


def build_questions(review: Review, by_turn: dict[str, list[Span]] | None = None,
                    ) -> list[Question]:
    """The atomic questions of the review, canonical (body) mention first, in text order
    (``by_turn`` as for :func:`find_clauses`)."""
    lede = lede_section(review)
    found = [_Found(c, t, p, t.section == lede, [c.span])
             for c, t, p in find_clauses(review, by_turn)]
    body = [f for f in found if not f.in_lede]
    lede_items = [f for f in found if f.in_lede]
    repeats = match_repeats(review.text, lede_items, body)
    for li, bi in repeats.items():
        body[bi].mentions.append(lede_items[li].clause.span)
    kept = body + [f for i, f in enumerate(lede_items) if i not in repeats]
    kept.sort(key=lambda f: f.clause.span.start)
    return [
        Question(
            id=f"q{i}", asker=f.turn.participant, mentions=tuple(f.mentions),
            form=f.clause.form, text=normalised_text(review.text, f.clause, f.premise),
            turn=f.turn.id,
        )
        for i, f in enumerate(kept, 1)
    ]


def question_notices(review: Review, by_turn: dict[str, list[Span]] | None = None,
                     ) -> list[Notice]:
    """A W030 notice for each turn whose questions were not counted for want of a side
    (``by_turn`` as for :func:`find_clauses`)."""
    out = []
    for turn in stray_questions(review, by_turn):
        who = review.participant(turn.participant)
        name = who.label if who else turn.participant
        out.append(Notice("W030", f"questions by {name} were not counted: the speaker is not "
                                  "known to be a committee member", turn.span))
    return out


@stage("questions", requires=("turns", "participants", "sentences"), assigns=("questions",))
def questions(review: Review, options: AnalyzeOptions) -> Review:
    """Atomic questions put by committee members (``review.questions``)."""
    by_turn = sentences_by_turn(review)  # once for both (speed only)
    found = build_questions(review, by_turn)
    notices = review.notices + tuple(question_notices(review, by_turn))
    return replace(review, questions=tuple(found), notices=notices)
