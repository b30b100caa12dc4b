"""The subject of a numeric claim: a short phrase from its sentence saying what is counted.

For a counted noun it is the noun phrase and the prepositional phrase after it ("families
with children up to the age"), with what its clause says of the count: the predicate of a
count that is the clause's subject ("cases still pending", "States that had chosen not to
abide by ..."), the verb a count is the object of ("reports reviewed").  For a unit of
measure it is the words that open the clause ("Cash remittances by migrant workers") and an
"of" phrase after the unit ("of migrant workers").  Subjects are for people reading the record; matching claims uses their
sentences (:mod:`treatyscope.pipeline.claim_links`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter

from treatyscope.data.claim_words import (
    AGE_WORDS,
    CHANGE_VERBS,
    ING_NOUNS,
    NP_STOP,
    TIME_FRAME_BEFORE,
)
from treatyscope.data.units import PERSON_NOUNS
from treatyscope.pipeline.claim_scan import Vocabulary
from treatyscope.pipeline.claim_tokens import NUMBER_STARTS, Tok

_START, _END = attrgetter("start"), attrgetter("end")
#: Words kept in a subject phrase after the counted noun ("families with children up to ...").
SUBJECT_TAIL = 7
#: Words kept from the opening of the clause before a measured quantity.
SUBJECT_LEAD = 6
#: Words at most between a verb of change and "from" for them to be what changes
#: ("raising the minimum age of criminal responsibility from 10 to 14 years").
CHANGED_OBJECT = 8
_LINKS = frozenset({"of", "in", "from", "with", "for", "on", "at", "under", "without", "among",
                    "de", "du", "des", "en", "dans", "pour", "avec", "sur", "parmi", "d'"})
_CLAUSE_VERBS = frozenset({"were", "was", "is", "are", "had", "has", "have", "who", "which",
                           "that", "would", "ont", "sont", "qui", "était", "étaient", "est",
                           "sera", "seront", "avait", "avaient"})
#: ("so far only one had ...": "far" opens no subject)
_LEAD_STOP = NP_STOP - _LINKS - {"the", "a", "an"} | {"far", "after", "before"} | {
    # irregular past tenses, which end a subject as "-ed" ones do ("The rate stood at"); not
    # those that are also participles after a noun ("the number of children held")
    "stood", "rose", "fell", "grew", "gave", "took", "saw", "went", "came", "became", "ran"}
#: Nouns a subject keeps with the number after them ("complaints under article 11").
_NUMBERED = frozenset({"article", "articles", "paragraph", "paragraphs", "resolution",
                       "chapter", "section", "rule", "convention", "no", "no.", "l'article",
                       "l’article"})
_REPORTING = frozenset({"said", "says", "noted", "stated", "explained", "added", "indicated",
                        "stressed", "recalled", "dit", "indique", "précise", "souligne",
                        "indiqué", "précisé", "souligné", "expliqué", "ajouté", "déclaré",
                        "rappelé", "relevé", "signalé", "noté", "valoir"})
#: Verbs that report what follows only with "that" ("the Committee had been informed
#: that", "pointed out that"; not "was reported to be around 25 per cent").
_REPORTING_THAT = frozenset({"informed", "told", "learned", "learnt", "heard", "reported",
                             "observed", "acknowledged", "confirmed", "announced",
                             "mentioned", "emphasized", "emphasised", "underlined",
                             "highlighted", "pointed", "appris", "informé", "informée",
                             "constaté", "reconnu", "confirmé",
                             # a participle of the speaker's ("Mr. X, noting that 45 per
                             # cent of refugees ..., asked")
                             "noting", "stressing", "observing", "recalling", "indicating",
                             "pointing", "adding", "explaining", "emphasizing", "emphasising",
                             "underlining", "saying", "notant", "soulignant", "rappelant",
                             "relevant", "indiquant"})
#: An attribution that opens a sentence up to its comma ("According to the 2022 census,
#: 9,412 persons ..."): the source, not what is counted.
_ACCORDING = frozenset({"according", "selon", "d'après", "d’après"})
_RELATIVE = frozenset({"which", "who", "where", "qui", "où"})
#: The conjunction after a reporting verb ("said that", "a indiqué que").
_THAT = frozenset({"that", "que", "qu'", "qu’"})
#: Nouns too general to name a subject alone: the clause's subject is put before them.
GENERIC_NOUNS = frozenset({"people", "persons", "individuals", "cases", "citizens", "personnes",
                           "cas", "times", "others"})
_QUANTITY_WORDS = NUMBER_STARTS | frozenset({"per", "cent", "percent", "pour", "dollars",
                                             "euros", "francs", "and", "to", "et", "à",
                                             # approximators after it: "1,250 or so",
                                             # "700-odd"
                                             "or", "so", "thereabouts", "odd"})


def subject_of(toks: list[Tok], start: int, end: int, counted: bool) -> str:
    """The subject of the quantity at ``[start, end)`` among the sentence's tokens.

    A specific counted noun stands for itself ("crisis centres in the country for women and
    girls"); a unit of measure or a generic noun ("people", "cases") is put after the
    grammatical subject of its clause ("The economically active population ... people").
    """
    # Tokens are in order and do not overlap: the tokens before, within and after the
    # quantity are slices (found by bisection instead of filtering every token: speed).
    starts = list(map(_START, toks))
    first, after = bisect_left(starts, start), bisect_left(starts, end)
    before = bisect_right(list(map(_END, toks)), start)
    return subject_within(toks, first, after, before, counted)


def subject_within(toks: list[Tok], first: int, after: int, before: int, counted: bool) -> str:
    """:func:`subject_of` for the quantity of tokens ``first`` .. ``after - 1``, the tokens
    before it being ``toks[:before]`` (only for speed: a caller that knows the indices
    need not search for them)."""
    within, rest = toks[first:after], toks[after:]
    modified = _modified_noun(within, rest)
    if modified:
        return " ".join(modified)
    share = _share_of(toks[:before], within, rest)
    if share:
        return " ".join(share)
    noun = _counted_words(within) if counted else _fraction_noun(within)
    level = _level_of(toks[:before], rest, noun) if noun else []
    if level:
        return " ".join(level)
    frame = _time_frame(rest)
    tail = [] if frame else _tail(rest)
    if noun and not frame:
        # what the sentence says of the counted things: "cases still pending", "reports
        # reviewed" (corpus review: a bare "cases" or "pays" says nothing on its own)
        following = rest[len(tail):]
        said = (_said_of(following, noun[-1].lower()) if _opens_clause(toks[:before])
                else _done_to(toks[:before], following))
        if said:
            return " ".join([*noun, *tail, *said])
    if noun and noun[-1].lower() not in GENERIC_NOUNS:
        return " ".join([*noun, *tail])
    lead = _lead(toks[:before], rest)
    if not lead and not noun and tail and tail[0].lower() in _PART_OF:
        # "half of the girls were married": the girls, not "of the girls"
        whole = len(tail)
        tail = tail[1:]
        while tail and tail[0].lower() in _ARTICLES:
            tail = tail[1:]
        if tail:
            return " ".join([*tail, *_said_of(rest[whole:], tail[-1].lower())])
    parts = [*lead, *noun, *tail]
    if not tail and not frame:
        parts += _predicate(rest)
    return " ".join(parts) or " ".join(t.text for t in within)


#: Verbs that give a part as a share of a whole ("women made up 40 per cent of the judges",
#: "the Maori, who represented about 15 per cent of the population"), in reverse order.
_SHARE_VERBS = frozenset({
    ("represented",), ("represent",), ("represents",), ("constituted",), ("constitute",),
    ("constitutes",), ("comprised",), ("for", "accounted"), ("for", "account"),
    ("for", "accounts"), ("up", "made"), ("up", "make"), ("up", "makes"),
    # ... as a participle after the part ("10 million children, accounting for a third of
    # the population")
    ("representing",), ("constituting",), ("for", "accounting"), ("up", "making")})
_PERCENT_WORDS = frozenset({"per", "cent", "percent", "%"})
#: Words of a figure given as a share: a percentage or a fraction ("a third of").
_SHARE_WORDS = _PERCENT_WORDS | {"half", "third", "thirds", "quarter", "quarters", "fifth",
                                 "fifths", "tenth", "tenths"}


def _verb_before(before: list[Tok], verbs: frozenset[tuple[str, ...]]) -> int | None:
    """Where one of ``verbs`` (their words in reverse order) ends ``before``, an
    approximator aside ("represented approximately"), else None."""
    k = len(before)
    while k > 0 and before[k - 1].low in _APPROXIMATORS:
        k -= 1
    for size in (1, 2):
        if k >= size and tuple(t.low for t in reversed(before[k - size : k])) in verbs:
            return k - size
    return None


def _share_of(before: list[Tok], within: list[Tok], rest: list[Tok]) -> list[str]:
    """A percentage given as a share of a whole: "share of women among the judges" for
    "women made up 40 per cent of the judges" (the whole alone, "the judges", said nothing
    of which part was counted); [] for any other figure."""
    if not rest or rest[0].low != "of" or not any(t.low in _SHARE_WORDS for t in within):
        return []
    verb = _verb_before(before, _SHARE_VERBS)
    whole = _tail(rest)[1:]
    part = _phrase_before_verb(before, verb) if verb is not None and whole else []
    if not part:
        return []
    if part[0] == before[0].text and part[0].lower() in PERSON_NOUNS | _ARTICLES:
        part = [part[0].lower(), *part[1:]]  # "Women represented ...": the sentence's capital
    among = "among" if any(w.lower() in PERSON_NOUNS for w in whole) else "in"
    return ["share", "of", *part, among, *whole]


#: Verbs that give the level a thing stands at ("the backlog stood at 78 reports"), in
#: reverse order.  (Not "reached": "the programme reached 190,000 families" counts them.)
_STANDS_AT_VERBS = frozenset({("at", "stood"), ("at", "stands"), ("to", "amounted"),
                              ("to", "amounts"), ("totalled",), ("totaled",), ("numbered",)})


def _level_of(before: list[Tok], rest: list[Tok], noun: list[str]) -> list[str]:
    """A count given as the level a thing stands at: "the backlog of reports" for "the
    backlog stood at 78 reports" (the counted noun alone, "reports", said nothing of which
    were counted); [] for any other figure."""
    verb = _verb_before(before, _STANDS_AT_VERBS)
    lead = _phrase_before_verb(before, verb)
    if not lead:
        return []
    if noun[-1].lower() in GENERIC_NOUNS or any(w.lower() in _PART_OF for w in lead):
        return lead  # "the prison population stood at 5,000 persons", "the number of ..."
    return [*lead, "of", *noun]


#: Adverbs and auxiliaries between a subject and its verb ("the backlog now stood at").
_BETWEEN_SUBJECT_AND_VERB = frozenset({"now", "currently", "already", "recently", "still",
                                       "also", "then", "had", "has", "have", "together"})


def _phrase_before_verb(before: list[Tok], verb: int | None) -> list[str]:
    """The noun phrase right before the verb at ``before[verb]`` (adverbs aside), or the
    one a relative pronoun there stands for ("the Maori, who represented ..."), without a
    count's "the number of" ("the number of women councillors, who now represented ...")."""
    if verb is None:
        return []
    k = verb
    while k > 0 and before[k - 1].low in _BETWEEN_SUBJECT_AND_VERB:
        k -= 1
    if k >= 2 and before[k - 1].low in _RELATIVE and before[k - 2].text == ",":
        phrase = _phrase_ending_at(before, k - 2)
    elif k >= 1 and before[k - 1].text == "," and before[verb].low.endswith("ing"):
        phrase = _phrase_ending_at(before, k - 1)  # "10 million children, accounting for"
    else:
        # the clause's opening phrase when it is the verb's subject ("children from
        # marginalized Roma communities made up ..."), else the words right before the verb
        cut = k
        while cut > 0 and before[cut - 1].kind != "punct":
            cut -= 1
        phrase = _noun_phrase(_after_opening(before[cut:k]))
        if not phrase or [t.text for t in before[k - len(phrase) : k]] != phrase:
            phrase = _phrase_ending_at(before, k)
            joined = k - len(phrase) - 1  # "the women and girls made up ..."
            if phrase and joined > 0 and before[joined].low in _LIST_JOINS:
                phrase = [*_phrase_ending_at(before, joined), before[joined].text, *phrase]
    low = [w.lower() for w in phrase]
    counted = next((n + 2 for n in range(len(low) - 2, -1, -1)
                    if low[n : n + 2] == ["number", "of"]), 0)
    phrase = phrase[max(counted, len(phrase) - SUBJECT_LEAD):]
    while phrase and phrase[0].lower() in _LINKS:
        phrase = phrase[1:]
    return phrase


def borrowed_subject(toks: list[Tok], after: int, noun: str) -> str:
    """The subject of a figure whose noun is written with an earlier figure (``noun``):
    that noun and what the figure's clause says of it ("communications inadmissible" for
    "... 4 communications admissible and 25 inadmissible", "cases decided during the
    session" for "five cases ..., one of them would be decided during the session").
    ``after`` is the index of the token after the figure."""
    rest = toks[after:]
    if len(rest) > 1 and rest[0].low in _PART_OF and rest[1].low in _GROUP_PRONOUNS:
        rest = rest[2:]  # "one of them", "12 of which"
    return " ".join([noun, *_predicate(rest)])


#: What "N of ..." points back to ("one of them", "12 of which", "deux d'entre eux").
_GROUP_PRONOUNS = frozenset({"them", "these", "those", "which", "whom", "eux", "elles"})


#: Words before a figure that qualify it, not its subject (the claim's qualifier says them).
_APPROXIMATORS = frozenset({"some", "about", "around", "over", "more", "than", "less", "fewer",
                            "nearly", "almost", "approximately", "roughly", "least", "only",
                            "just", "environ", "plus", "moins", "près", "presque", "quelque"})
#: Words that put a fraction's noun inside it: "one child in five", "un enfant sur cinq".
_FRACTION_LINKS = frozenset({"in", "out", "sur"})
#: What links a share to what it is a share of ("half of the girls", "la moitié des filles").
_PART_OF = frozenset({"of", "de", "des", "du", "d'", "d’"})
_ARTICLES = frozenset({"the", "a", "an", "la", "le", "les", "l'", "l’"})


#: The words of a fraction of a scale ("three quarters of a million", "half a million").
_PART_OF_SCALE = frozenset({"a", "an", "of", "half", "third", "thirds", "quarter", "quarters"})


def _counted_words(within: list[Tok]) -> list[str]:
    """The words of a quantity that name what it counts ("Kyrgyz citizens"), without its
    number's words ("three quarters of a million people": people)."""
    last = max((k for k, t in enumerate(within) if t.kind == "num" or _quantity_word(t.low)),
               default=-1)
    return [t.text for k, t in enumerate(within) if t.kind == "word"
            and not _quantity_word(t.low) and (k > last or t.low not in _PART_OF_SCALE)]


def _fraction_noun(within: list[Tok]) -> list[str]:
    """The noun inside a fraction ("One child out of four", "d'un enfant sur cinq"), or []."""
    if (not any(t.low in _FRACTION_LINKS for t in within)
            or sum(t.kind == "num" or t.low in NUMBER_STARTS for t in within) < 2):
        return []  # (two numbers: not "25 in favour")
    return [t.text for t in within if t.kind == "word" and not _quantity_word(t.low)
            and t.low not in _FRACTION_LINKS and t.low not in _PART_OF
            and t.low not in ("un", "une", "d'un", "d'une", "d’un", "d’une")]


def _modified_noun(within: list[Tok], rest: list[Tok]) -> list[str]:
    """The noun phrase a hyphenated quantity modifies: what "its four-week eightieth
    session" or "a ten-year backlog of reports" measures (realprobes 30, 31: the clause's
    opening words had been taken, "The Committee on the Elimination eightieth session")."""
    # "four-week", "week-long", "12-member"; not a counted noun of its own ("co-facilitators")
    last = within[-1].low.split("-") if within else []
    hyphenated = ((len(last) > 1 and (_quantity_word(last[0]) or last[-1] == "long"))
                  or (len(within) > 2 and within[-2].text == "-"))
    if (not hyphenated or not rest or rest[0].kind != "word" or rest[0].low in _LINKS
            or rest[0].start != within[-1].end + 1 or _NOT_IN_PHRASE[rest[0].low]):
        return []
    words: list[str] = []
    for k, tok in enumerate(rest[:SUBJECT_TAIL]):
        if (tok.kind != "word" or (_NOT_IN_PHRASE[tok.low] and tok.low not in _LINKS)
                or (k and _ends_tail(rest, k, words))):
            break
        words.append(tok.text)
    while words and words[-1].lower() in _TAIL_DROP:
        words.pop()
    return words


def _tail(after: list[Tok]) -> list[str]:
    """A prepositional phrase right after the quantity ("of the Kyrgyz embassy")."""
    tail: list[str] = []
    if after and after[0].low in _LINKS:
        for k, tok in enumerate(after[:SUBJECT_TAIL]):
            if tok.kind == "num" and tail and tail[-1].lower() in _NUMBERED:
                tail.append(tok.text)  # "under article 11", not "under article"
                continue
            if (tok.kind != "word" or tok.low in _CLAUSE_VERBS or _ends_tail(after, k, tail)
                    or _next_item(after, k)):
                break
            tail.append(tok.text)
    while tail and tail[-1].lower() in _TAIL_DROP:
        tail.pop()
    return tail if len(tail) > 1 else []


def _time_frame(after: list[Tok]) -> bool:
    """True when the words after a quantity say when, not what: "4.9 per cent in the same
    year", "arrested in that period" (probe 341)."""
    words: list[str] = []
    for tok in after[:SUBJECT_TAIL]:
        if tok.kind != "word":
            break
        words.append(tok.low)
        if tok.low in _PERIODS:  # (a preposition first: "28 hours a week to ..." is a rate)
            return (len(words) > 1 and words[0] not in _LINKS_ARTICLES - _LINKS
                    and all(w in _TIME_FRAME_WORDS for w in words[:-1]))
    return False


#: Conjunctions that open a second predicate after a figure, no part of its subject.
_COORDINATORS = frozenset({"and", "but", "or", "et", "mais", "ou"})


def _predicate(after: list[Tok]) -> list[str]:
    """What is said of a quantity that opens its clause ("were transferred to Kyrgyzstan")."""
    words: list[str] = []
    for k, tok in enumerate(after):
        if tok.kind != "word" or len(words) >= SUBJECT_TAIL or _next_item(after, k):
            break
        if not words and tok.low in _COORDINATORS:
            break  # "stood at 35 per cent and was the lowest in the region": another predicate
        if words or tok.low not in _PREDICATE_SKIP:
            words.append(tok.text)
    while words and words[-1].lower() in NP_STOP:  # "... increased by 84.5 per cent between"
        words.pop()
    return words


def _ends_tail(after: list[Tok], k: int, tail: list[str]) -> bool:
    """True if ``after[k]`` ends the phrase after a quantity: an "-ing" word other than a
    noun ("cases being brought"), or a verb after a noun ("children with disabilities
    received home schooling").  A participle that opens a phrase of its own stays ("girls
    enrolled in secondary education", "children aged three to six"), and so does one after
    a preposition or an article ("of registered migrants")."""
    low = after[k].low
    if low.endswith("ing"):
        return low not in ING_NOUNS
    if not low.endswith("ed") or not tail or tail[-1].lower() in _LINKS_ARTICLES:
        return False
    following = after[k + 1].low if k + 1 < len(after) else ""
    return low not in AGE_WORDS and following not in _PARTICIPLE_LINKS


def _lead(before: list[Tok], rest: list[Tok]) -> list[str]:
    """The subject of the quantity's clause, else of the sentence ("Cash remittances by ...")."""
    cut = len(before)  # after the last punctuation
    while cut > 0 and before[cut - 1].kind != "punct":
        cut -= 1
    changed = _changed_object(before[cut:], rest)
    if changed:
        return changed
    clause = before[cut:]
    if (clause and clause[0].low in _FROM and (len(clause) == 1 or _change_start(clause, rest) == 0)
            and cut > 1 and before[cut - 1].text == ","):
        # a change set off by a comma: "the share had continued to decline, from 12 per
        # cent": the clause before says what changed (its last conjunct: "progress had been
        # made and the share had continued to decline")
        previous = before[: cut - 1]
        joined = max((k for k, t in enumerate(previous) if t.low in _LIST_JOINS
                      and not any(u.kind == "punct" for u in previous[k:])), default=None)
        after_join = _noun_phrase(previous[joined + 1 :]) if joined is not None else []
        return after_join or _lead(previous, rest)
    counted = _counted_before_colon(before, cut)
    if counted and (not clause or _continues_list(clause)):
        return counted  # "12 decisions: five on admissibility": decisions on admissibility
    if _continues_list(clause):
        if rest and rest[0].low in _PART_OF:
            return []  # "83 per cent of women and | 72 per cent of girls": the girls
        clause = []
    if clause and all(t.low in _COORDINATORS for t in clause) and rest and rest[0].low in _PART_OF:
        return []  # "70 per cent of nurses were women, and | 35 per cent of women worked"
    lead = _noun_phrase(_after_opening(clause))
    if (clause and clause[0].low in _WHICH and len(clause) <= _SHORT_RELATIVE and cut > 1
            and before[cut - 1].text == ","):
        # a short relative clause says it of the noun before its comma: "efforts to reduce
        # pretrial detention, which in 2020 stood at 35 per cent" (a longer one names what
        # it counts: "the Aral Sea, which caused a lack of water for 60 million people")
        lead = _antecedent(before, cut - 1) or lead
    if not lead and 1 < cut < len(before) and all(t.low in _LINKS for t in before[cut:]):
        lead = _phrase_ending_at(before, cut - 1)  # "unemployment, at 31.9 per cent,"
        lead = _subject_of_predicate(before, cut - 1 - len(lead)) or lead
    if not lead:
        lead = _noun_phrase(_after_opening(before))
    if all(w.lower() in _TIME_FRAME_WORDS for w in lead):
        return []  # "In the past three years, 64 persons ...": a period opens, no subject
    if len(lead) > SUBJECT_LEAD and lead[0].lower() in _ARTICLES:
        lead = lead[1:]  # "share of women in local government", not "the share ... local"
    lead = lead[:SUBJECT_LEAD]
    while lead and (lead[-1].lower() in _LINKS or lead[-1].lower() in _APPROXIMATORS
                    or lead[-1].lower() in _ARTICLES):
        lead.pop()  # cut after "accomplishments in"; "nearly", "près" qualify the figure
    while lead and lead[0].lower() in _LINKS:  # "among significant accomplishments ..."
        lead.pop(0)
    return lead


#: Words that join the items of a list of figures ("three as X, 23 as Y and five as Z").
_LIST_JOINS = frozenset({"and", "or", "et", "ou"})


def _is_number(tok: Tok) -> bool:
    return tok.kind == "num" or tok.low in NUMBER_STARTS


#: The most tokens looked back from a figure for the colon that opens its breakdown.
COLON_REACH = 100


def _counted_before_colon(before: list[Tok], cut: int) -> list[str]:
    """The counted noun of the figure a colon before ``before[cut:]`` breaks down ("12
    decisions: | five on admissibility ..."), or []."""
    # (within COLON_REACH tokens: a sentence of many figures must not be read back whole for
    # each of them)
    colon = next((j for j in range(cut - 1, max(-1, cut - 1 - COLON_REACH), -1)
                  if before[j].text == ":"), None)
    if colon is None or any(t.kind == "punct" and t.text not in (",", ":")
                            for t in before[colon + 1 : cut]):
        return []
    words = before[max(0, colon - 4) : colon]
    number = max((k for k, t in enumerate(words) if _is_number(t)), default=None)
    if number is None:
        return []
    noun = words[number + 1 :]
    return [t.text for t in noun] if noun and all(t.kind == "word" for t in noun) else []


def _next_item(toks: list[Tok], k: int) -> bool:
    """True when ``toks[k]`` joins the next figure of a list ("23 as members of parliament
    | and five as Senators"): the phrase after a figure ends there."""
    return toks[k].low in _LIST_JOINS and k + 1 < len(toks) and _is_number(toks[k + 1])


def _continues_list(clause: list[Tok]) -> bool:
    """True when the words before a figure are the previous item of a list of figures
    ("23 as members of parliament and | five as Senators"): the item says nothing of what
    the next figure counts, the sentence's subject does."""
    return len(clause) > 2 and _is_number(clause[0]) and clause[-1].low in _LIST_JOINS


def _changed_object(clause: list[Tok], rest: list[Tok]) -> list[str]:
    """What a verb of change acts on, when the quantity is one end of a change "from X to
    Y": "raising the minimum age of criminal responsibility from 10 to 14 years" changes the
    age, not the Government that approved it (probe 356); "relever l'âge minimum du mariage
    de 16 à 18 ans"."""
    start = _change_start(clause, rest)
    if start is None:
        return []
    verb = next((k for k in range(start - 1, max(-1, start - CHANGED_OBJECT - 2), -1)
                 if clause[k].low in CHANGE_VERBS), None)
    if verb is None or verb + 1 == start:
        return []  # "had risen from 3 to 5": the clause's subject says what changed
    words = clause[verb + 1 : start]
    if any(t.kind != "word" or t.low in _THAT for t in words):
        return []
    while len(words) > 1 and words[0].low in _LINKS:  # "a reduction in the percentage of X"
        words = words[1:]
    return [t.text for t in words]


def _change_start(clause: list[Tok], rest: list[Tok]) -> int | None:
    """Where "from" opens the change the quantity is an end of: the clause's last word
    before the first value ("from" | 10 | "to"), or before the value that ends the clause
    ("from 10 to" | 14 years)."""
    if clause and clause[-1].low in _FROM:
        # (its year between: "from 21.3 per cent in 2012 to 15.8 per cent")
        to = 2 if len(rest) > 2 and rest[0].low in ("in", "en") and _is_number(rest[1]) else 0
        return len(clause) - 1 if len(rest) > to and rest[to].low in _TO else None
    if not clause or clause[-1].low not in _TO:
        return None
    for k in range(len(clause) - 2, max(-1, len(clause) - 8), -1):
        if clause[k].low in _FROM and _is_number(clause[k + 1]):  # ("from seven to 13")
            return k
    return None


#: Relative pronouns whose clause is said of the noun before them (not "where": "Benin,
#: where women suffered double the rate", whose clause has a subject of its own).
_WHICH = frozenset({"which", "who", "qui"})
#: The most tokens from a relative pronoun to the figure its antecedent is measured by
#: ("which in 2020 stood at", "which currently stood at around").
_SHORT_RELATIVE = 6
#: Words before an infinitive, whose verb opens no noun phrase ("to reduce the shortage").
_INFINITIVE_MARKS = frozenset({"to", "pour", "afin"})


#: Verbs that link a subject to an adjective ("turnout had been high, at 84 per cent").
_LINKING_VERBS = frozenset({"was", "were", "is", "are", "been", "remained", "remains",
                            "stood", "était", "est", "restait", "reste"})
#: Adverbs between a linking verb and its adjective ("was now the highest").
_LINK_ADVERBS = frozenset({"now", "still", "very", "quite", "relatively", "particularly",
                           "also", "already", "désormais", "toujours", "très"})


def _subject_of_predicate(toks: list[Tok], first: int) -> list[str]:
    """When the phrase that starts at ``toks[first]`` is an adjective after a linking verb
    ("voter turnout had been high, at 84 per cent"), the verb's subject ("voter turnout");
    else []."""
    k = first
    while k > 0 and toks[k - 1].low in _LINK_ADVERBS:
        k -= 1
    if k == 0 or toks[k - 1].low not in _LINKING_VERBS:
        return []
    return _phrase_before_verb(toks, k - 1)


def _antecedent(toks: list[Tok], comma: int) -> list[str]:
    """The noun phrase before the comma at ``toks[comma]``, without the verb of an
    infinitive that opens it ("to reduce the shortage of school places" -> "the shortage of
    school places")."""
    phrase = _phrase_ending_at(toks, comma)
    first = comma - len(phrase)
    if (len(phrase) > 1 and first > 0 and toks[first - 1].low in _INFINITIVE_MARKS
            and [t.text for t in toks[first:comma]] == phrase):
        return phrase[1:]
    return phrase


def _phrase_ending_at(toks: list[Tok], end: int) -> list[str]:
    """The noun phrase that ends right before ``toks[end]`` (a comma): what an aside
    "X, at 31.9 per cent, ..." measures."""
    start = end
    while start > 0 and toks[start - 1].kind == "word" and not _NOT_IN_PHRASE[toks[start - 1].low]:
        start -= 1
    return _noun_phrase(toks[start:end])


def _after_opening(toks: list[Tok]) -> list[Tok]:
    """The tokens after an attribution ("X said that", "According to X,") or a dating
    adverbial ("In 2022,")."""
    if toks and toks[0].low in _ACCORDING:
        toks = _after_comma(toks)
        if toks and toks[0].low in _RELATIVE:
            # (and a relative clause after it: "According to the 2021 Census, which had
            # used the Washington Group questions, 8 per cent of the population ...")
            toks = _after_comma(toks)
    # (the rest is sliced only where a verb of reporting stands: slicing it at every token
    # made a long sentence of many figures cubic)
    for k, tok in enumerate(toks):
        low = tok.low
        if low in _TRUE_THAT and k + 1 < len(toks) and toks[k + 1].low in _THAT:
            return toks[k + 2 :]  # "whether it was true that 23 per cent of girls ..." (probe g)
        if low not in _REPORTING and low not in _REPORTING_THAT and low not in _FINDING:
            continue
        at = k + 1
        if low in _REPORTING_THAT and at < len(toks) and toks[at].low == "out":  # "pointed out that"
            at += 1
        # (or "que" fused with the next word: "a précisé qu'en 2019, 14,2 % des ménages")
        that = at < len(toks) and (toks[at].low in _THAT or toks[at].low.startswith(("qu'", "qu’")))
        if low in _REPORTING or (low in _REPORTING_THAT and that):
            # (the finding the speaker reports, if any: "said that UNICEF data showed that")
            return _after_opening(toks[at + 1 :] if that else toks[at:])
        if low in _FINDING and that:
            return toks[at + 1 :]
    return toks


#: A premise an expert asks to confirm: "(whether) it was true that ...", "s'il était vrai
#: que ...": its subject is the clause after "that".
_TRUE_THAT = frozenset({"true", "correct", "accurate", "vrai", "exact", "exacte",
                        # ... or judges ("it was regrettable / of concern that only 31 per
                        # cent of births were registered")
                        "regrettable", "concern", "concerning", "worrying", "alarming",
                        "unfortunate", "disturbing", "striking", "noteworthy", "clear",
                        "encouraging", "préoccupant", "inquiétant", "dommage"})


def _after_comma(toks: list[Tok]) -> list[Tok]:
    """The tokens after the first comma (none if there is none)."""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks))
    return toks[comma + 1 :]


def _noun_phrase(toks: list[Tok]) -> list[str]:
    words: list[str] = []
    for k, tok in enumerate(toks):
        if tok.low == "per" and k + 1 < len(toks) and toks[k + 1].low == "capita":
            words.append(tok.text)  # "Per capita income had doubled": no "per cent"
            continue
        if tok.kind != "word" or (_NOT_IN_PHRASE[tok.low] and not _attributive(tok.low, words)):
            if words:
                break
            continue
        words.append(tok.text)
    while words and words[-1].lower() in _LINKS:
        words.pop()
    return words if any(w.lower() not in _LINKS_ARTICLES for w in words) else []


def _attributive(low: str, words: list[str]) -> bool:
    """True for a participle used as an adjective: right after a preposition or an article
    inside the phrase ("the number of undocumented migrants")."""
    return low.endswith("ed") and bool(words) and words[-1].lower() in _LINKS_ARTICLES


def _not_in_phrase(low: str) -> bool:
    """True for a word that no noun phrase of :func:`_noun_phrase` holds."""
    return (low in _LEAD_STOP or low.endswith("ed") or low in _REPORTING
            or _quantity_word(low))


#: A source's finding before "that": "UNICEF data showed that 11.4 per cent of children
#: ..." measures the children, not the data (probe 354).
_FINDING = frozenset({"showed", "shows", "revealed", "suggested", "demonstrated", "found",
                      "estimated", "indicated"})
#: Word (lower case) -> :func:`_not_in_phrase`.
_NOT_IN_PHRASE: Vocabulary[str, bool] = Vocabulary(_not_in_phrase)
_LINKS_ARTICLES = _LINKS | {"the", "a", "an"}
_TIME_FRAME_WORDS = _LINKS_ARTICLES | TIME_FRAME_BEFORE | {
    "recent", "au", "cours", "les", "same", "that", "this", "même", "cette", "during", "over",
    "within", "throughout", "pendant", "durant", "de", "la", "le", "du"}
_TAIL_DROP = _LINKS | {"the", "a", "an", "their", "its", "and", "or", "et", "ou", "since",
                       "until", "between", "during", "depuis", "entre"}
#: The periods a time frame after a quantity names ("in the same year", "over that period").
_PERIODS = frozenset({"year", "years", "period", "month", "months", "quarter", "week",
                      "année", "période", "mois"})
#: The prepositions after a participle that opens a phrase ("placed in", "appointed to").
_PARTICIPLE_LINKS = _LINKS | {"to", "by", "into", "as", "à", "par"}
_PREDICATE_SKIP = _CLAUSE_VERBS | {"been", "being", "be", "été"}
#: The word that opens a change's first value ("from 10 to 14", "de 16 à 18").
_FROM = frozenset({"from", "de", "d'", "d’"})
_TO = frozenset({"to", "à"})


def _quantity_word(low: str) -> bool:
    """True for the words of a number or unit ("Thirty-nine", "million", "per", "cent")."""
    return low in _QUANTITY_WORDS or all(p in _QUANTITY_WORDS for p in low.split("-"))


# ------------------------------------------------------------------ what is said of a count
#: Words that may stand between the start of a clause and a quantity that is its subject:
#: articles, approximators, a conjunction ("while five cases were still pending", "Some 400
#: persons had been found", "et huit autres").
_CLAUSE_OPENERS = frozenset({
    "the", "a", "some", "about", "around", "over", "more", "than", "less", "fewer", "nearly",
    "almost", "approximately", "roughly", "at", "least", "only", "just", "another", "all",
    "up", "to", "and", "but", "while", "whereas", "although", "though", "so", "of", "those",
    "these", "les", "des", "et", "mais", "tandis", "que", "qu'", "qu’", "alors", "environ",
    "plus", "moins", "de", "près", "d'", "d’", "quelque", "ces", "seulement"})
#: Forms of "be" (and the auxiliaries before them) that a passive or a state opens with:
#: "had been found alive" -> "found alive", "were still pending" -> "still pending".
_BE_CHAIN = frozenset({"was", "were", "is", "are", "been", "being", "be", "had", "has",
                       "have", "would", "will", "could", "should", "might", "may", "est",
                       "sont", "était", "étaient", "été", "a", "ont", "avait", "avaient",
                       "sera", "seront", "serait", "seraient"})
_BE = frozenset({"was", "were", "is", "are", "been", "being", "be", "est", "sont", "était",
                 "étaient", "été", "sera", "seront", "serait", "seraient"})
#: Auxiliaries that open an active predicate ("had chosen not to abide by ...").
_ACTIVE_AUX = frozenset({"had", "has", "have", "would", "will", "could", "can", "should",
                         "might", "may", "did", "ont", "avaient", "auraient", "pourraient",
                         "devaient", "doivent"})
_FRENCH_AUX = frozenset({"est", "sont", "était", "étaient", "été", "a", "ont", "avait",
                         "avaient", "sera", "seront", "serait", "seraient", "auraient",
                         "pourraient", "devaient", "doivent"})
#: Past tenses that are not "-ed" words, as verbs of a counted subject or object.
_IRREGULAR_PAST = frozenset({
    "held", "made", "left", "met", "sent", "spent", "won", "lost", "paid", "fled", "took",
    "taken", "gave", "given", "found", "heard", "saw", "seen", "came", "went", "became",
    "got", "received", "brought", "bought", "sold", "built", "kept", "led", "chose",
    "chosen", "remained", "stood", "ran", "grew", "fell", "rose", "knew", "known", "told",
    "wrote", "written", "began", "begun", "drew", "drawn", "spoke", "spoken", "broke",
    "broken", "hit", "put", "set", "shot", "sought", "taught", "caught", "fought",
    "thought", "read", "undertook", "undertaken", "overtook", "withdrew", "withdrawn"})
#: Verbs whose object is a level or a total, not a thing acted on ("totalled 1,180",
#: "reached 40 per cent"): the count's own phrase says all.
_LEVEL_VERBS = CHANGE_VERBS | frozenset({
    "totalled", "totaled", "numbered", "amounted", "reached", "exceeded", "estimated",
    "stood", "aged", "involved", "included", "comprised", "concerned", "represented",
    "compared", "accounted", "affected", "constituted", "surpassed", "topped", "counted",
    "listed", "recorded", "registered", "reported", "noted", "showed", "indicated"})
#: Words kept at most of what is said of a count.
PREDICATE_WORDS = 10
#: Words that end what is said of a count: another clause begins.
_PREDICATE_END = frozenset({"and", "but", "while", "whereas", "which", "who", "whom",
                            "because", "although", "et", "mais", "tandis", "qui", "dont",
                            "car", "alors", "that", "que", "qu'", "qu’"})


def _opens_clause(before: list[Tok]) -> bool:
    """True when the quantity is the subject its clause opens with: only articles,
    approximators or a conjunction stand between it and the clause's start (a punctuation
    mark, the sentence's start, "that"/"que" or a verb of saying)."""
    for tok in reversed(before):
        if tok.kind == "punct":
            return True
        if tok.kind != "word":
            return False
        if tok.low in _THAT or tok.low in _REPORTING:
            return True
        if tok.low not in _CLAUSE_OPENERS:
            return False
    return True


def _said_of(after: list[Tok], noun: str) -> list[str]:
    """The predicate of a count that is its clause's subject, as words after the noun: a
    passive or a state without its "be" ("400 persons had been found alive" -> "found
    alive", "five cases were still pending" -> "still pending"), any other predicate after
    "that"/"who"/"qui" ("13 States had chosen not to abide ..." -> "that had chosen ...",
    "two members were persons with disabilities" -> "who were persons ...")."""
    first = after[0] if after else None
    if first is None or first.kind != "word":
        return []
    k = 0
    while k < len(after) and after[k].kind == "word" and (
            after[k].low in _BE_CHAIN or (k and after[k].low in _CHAIN_ADVERBS)):
        k += 1
    chain = [t.low for t in after[:k]]
    if any(w in _BE for w in chain) and k < len(after) and _participle(after[k].low):
        kept = [t.text for t in after[:k] if t.low in _KEPT_ADVERBS]
        words = _predicate_words(after[k:])
        return [*kept, *words] if words else []
    verb = (first.low in _ACTIVE_AUX or first.low in _BE or first.low.endswith("ed")
            or first.low in _IRREGULAR_PAST)
    if not verb or first.low in _LEVEL_VERBS:
        return []
    words = _predicate_words(after)
    if len(words) < 2 or words[-1].lower() in _BE_CHAIN:
        return []
    if first.low in _FRENCH_AUX:
        return ["qui", *words]
    return ["who" if noun in PERSON_NOUNS else "that", *words]


#: Adverbs inside a verb chain ("had since been trained", "were still pending", "had not
#: been paid"); those that say something are kept when the chain is dropped.
_CHAIN_ADVERBS = frozenset({"since", "also", "further", "subsequently", "already",
                            "recently", "then", "not", "never", "still", "now", "currently",
                            "reportedly", "allegedly", "only", "just", "déjà", "pas",
                            "encore", "actuellement", "aussi", "également", "ne", "n'",
                            "n’"})
_KEPT_ADVERBS = frozenset({"not", "never", "still", "now", "currently", "reportedly",
                           "allegedly", "pas", "encore", "actuellement"})
#: States a count is in after "be" that read as a participle does ("cases still pending").
_STATES = frozenset({"pending", "operational", "available", "open", "alive", "dead",
                     "missing", "present", "absent", "eligible", "active", "functional",
                     "underway", "unemployed", "employed", "homeless", "stateless",
                     "undocumented", "vacant", "outstanding", "overdue", "in", "under",
                     "on", "at", "without", "awaiting", "waiting", "serving", "living",
                     "working", "en", "sans"})


def _participle(low: str) -> bool:
    """True for a word that may follow "be" and be kept alone after the noun: a participle
    ("found", "déplacées") or a state ("pending", "in detention")."""
    return (low.endswith(("ed", "és", "ées", "ée", "ue", "us", "ues", "is", "ise", "ises"))
            or low in _IRREGULAR_PAST or low in _STATES)


def _infinitive(after: list[Tok]) -> bool:
    """True when "to" and a verb follow the count ("... 9,000 persons to regularise")."""
    return len(after) > 1 and after[0].low == "to" and after[1].kind == "word" and (
        after[1].low not in _LINKS_ARTICLES)


#: Verbs that let or make their object do what an infinitive after it says ("had allowed
#: 9,000 persons to regularise their status"): the persons were not "allowed" as such.
_CAUSATIVE = frozenset({"allowed", "enabled", "permitted", "helped", "forced", "required",
                        "encouraged", "invited", "asked", "urged", "obliged", "authorized",
                        "authorised", "compelled", "led", "caused", "prompted", "called"})


def _done_to(before: list[Tok], after: list[Tok]) -> list[str]:
    """The participle of the verb a count is the object of ("had reviewed eight reports"
    -> "reviewed"; "held 30 meetings" -> "held"), when the verb stands right before it
    (articles and approximators apart).  English only: a French participle agrees with
    its noun."""
    k = len(before) - 1
    while k >= 0 and before[k].kind == "word" and (
            before[k].low in _OBJECT_OPENERS
            # "of" only in "a total of", "a number of": "composed of 14 experts" is no object
            or (before[k].low == "of" and k and before[k - 1].low in ("total", "number"))
            # "to" only in "up to": "applied to 49,000 citizens" is no object
            or (before[k].low == "to" and k and before[k - 1].low == "up")):
        k -= 1
    if k < 0 or before[k].kind != "word":
        return []
    low = before[k].low
    if low in _LEVEL_VERBS or low in AGE_WORDS or (low in _CAUSATIVE and _infinitive(after)):
        return []
    if (low.endswith("ed") and len(low) > 4) or low in _IRREGULAR_PAST:
        return [before[k].text]
    return []


#: Words between a verb and the count that is its object: "adopted a total of", "examined
#: some".
_OBJECT_OPENERS = frozenset({"the", "a", "some", "about", "around", "over", "more", "than",
                             "nearly", "almost", "approximately", "at", "least", "only",
                             "another", "all", "its", "their", "his", "her", "total",
                             "number", "up", "just", "roughly", "fewer", "less"})
def _predicate_words(toks: list[Tok]) -> list[str]:
    """Up to :data:`PREDICATE_WORDS` words of a predicate, to the end of its clause."""
    words: list[str] = []
    for tok in toks:
        if (tok.kind != "word" and not (tok.kind == "num" and words
                                       and words[-1].lower() in _NUMBERED)):
            break
        if (words and tok.low in _PREDICATE_END) or len(words) >= PREDICATE_WORDS:
            break
        words.append(tok.text)
    while words and (words[-1].lower() in _TAIL_DROP or words[-1].lower() in _PREDICATE_DROP):
        words.pop()
    return words


#: Words a predicate cut at its limit does not end with: "created since", "au cours de la".
_PREDICATE_DROP = frozenset({"since", "until", "between", "during", "after", "before", "as",
                             "than", "by", "to", "into", "la", "le", "les", "l'", "l’", "au",
                             "aux", "à", "par", "aged", "âgés", "âgées", "age", "such",
                             "whose", "very", "more", "most", "less"})
