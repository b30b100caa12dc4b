"""The subject of a numeric claim: a short phrase from its sentence saying what is counted.

For a counted noun it is the noun phrase and the prepositional phrase after it ("families
with children up to the age"); for a unit of measure, the words that open the clause
("Cash remittances by migrant workers") and an "of" phrase after the unit ("of migrant
workers").  Subjects are for people reading the record; matching claims uses their
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
                             "constaté", "reconnu", "confirmé"})
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
                                             "euros", "francs", "and", "to", "et", "à"})


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
    noun = [t.text for t in within if t.kind == "word"
            and not _quantity_word(t.low)] if counted else []
    frame = _time_frame(rest)
    tail = [] if frame else _tail(rest)
    if noun and noun[-1].lower() not in GENERIC_NOUNS:
        return " ".join([*noun, *tail])
    lead = _lead(toks[:before], rest)
    parts = [*lead, *noun, *tail]
    if not tail and not frame:
        parts += _predicate(rest)
    return " ".join(parts) or " ".join(t.text for t in within)


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
            if tok.kind != "word" or tok.low in _CLAUSE_VERBS or _ends_tail(after, k, tail):
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


def _predicate(after: list[Tok]) -> list[str]:
    """What is said of a quantity that opens its clause ("were transferred to Kyrgyzstan")."""
    words: list[str] = []
    for tok in after:
        if tok.kind != "word" or len(words) >= SUBJECT_TAIL:
            break
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
    lead = _noun_phrase(_after_opening(before[cut:]))
    if not lead and 1 < cut < len(before) and all(t.low in _LINKS for t in before[cut:]):
        lead = _phrase_ending_at(before, cut - 1)  # "unemployment, at 31.9 per cent,"
    if not lead:
        lead = _noun_phrase(_after_opening(before))
    if all(w.lower() in _TIME_FRAME_WORDS for w in lead):
        return []  # "In the past three years, 64 persons ...": a period opens, no subject
    lead = lead[:SUBJECT_LEAD]
    while lead and lead[-1].lower() in _LINKS:  # cut after "accomplishments in"
        lead.pop()
    while lead and lead[0].lower() in _LINKS:  # "among significant accomplishments ..."
        lead.pop(0)
    return lead


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
    return [t.text for t in words]


def _change_start(clause: list[Tok], rest: list[Tok]) -> int | None:
    """Where "from" opens the change the quantity is an end of: the clause's last word
    before the first value ("from" | 10 | "to"), or before the value that ends the clause
    ("from 10 to" | 14 years)."""
    if clause and clause[-1].low in _FROM:
        return len(clause) - 1 if rest and rest[0].low in _TO else None
    if not clause or clause[-1].low not in _TO:
        return None
    for k in range(len(clause) - 2, max(-1, len(clause) - 8), -1):
        if clause[k].low in _FROM and clause[k + 1].kind == "num":
            return k
    return None


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
        if low not in _REPORTING and low not in _REPORTING_THAT and low not in _FINDING:
            continue
        at = k + 1
        if low in _REPORTING_THAT and at < len(toks) and toks[at].low == "out":  # "pointed out that"
            at += 1
        that = at < len(toks) and toks[at].low in _THAT
        if low in _REPORTING or (low in _REPORTING_THAT and that):
            # (the finding the speaker reports, if any: "said that UNICEF data showed that")
            return _after_opening(toks[at + 1 :] if that else toks[at:])
        if low in _FINDING and that:
            return toks[at + 1 :]
    return toks


def _after_comma(toks: list[Tok]) -> list[Tok]:
    """The tokens after the first comma (none if there is none)."""
    comma = next((k for k, t in enumerate(toks) if t.text == ","), len(toks))
    return toks[comma + 1 :]


def _noun_phrase(toks: list[Tok]) -> list[str]:
    words: list[str] = []
    for tok in toks:
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
_TAIL_DROP = _LINKS | {"the", "a", "an", "their", "its", "and", "or", "et", "ou"}
#: The periods a time frame after a quantity names ("in the same year", "over that period").
_PERIODS = frozenset({"year", "years", "period", "month", "months", "quarter", "week",
                      "année", "période", "mois"})
#: The prepositions after a participle that opens a phrase ("placed in", "appointed to").
_PARTICIPLE_LINKS = _LINKS | {"to", "by", "into", "as", "à", "par"}
_PREDICATE_SKIP = _CLAUSE_VERBS | {"been", "being", "be"}
#: The word that opens a change's first value ("from 10 to 14", "de 16 à 18").
_FROM = frozenset({"from", "de", "d'", "d’"})
_TO = frozenset({"to", "à"})


def _quantity_word(low: str) -> bool:
    """True for the words of a number or unit ("Thirty-nine", "million", "per", "cent")."""
    return low in _QUANTITY_WORDS or all(p in _QUANTITY_WORDS for p in low.split("-"))
