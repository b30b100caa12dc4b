"""Finders for questions inside one sentence: which clauses ask, in which form, with which span.

:func:`question_clauses` reads one sentence and returns its atomic questions as
:class:`Clause` objects.  The rules follow the annotation conventions of the shared
references (``gold/README.md``):

* a sentence asks when it holds an interrogative clause (inversion or a question word, also
  after a lead-in such as "Given X, to what degree ...") or an embedded request ("asked
  whether", "It would be useful if information ... could be provided", "a demandé si").
  A sentence ending in "." can still be a direct question ("Was other data available ...
  upheld."); one ending in "?" is judged by its content;
* a sentence that asks separable things is split where "and" or a semicolon opens a new
  question clause ("What figures existed, | and what measures ...?"); "or" never splits
  (an alternative is one question) and a request that lists aspects stays whole;
* the first mention starts at the sentence start (any attribution or shared lead-in goes
  with it); a statement joined to one question keeps the whole sentence.

These functions only *find*; :mod:`treatyscope.pipeline.questions` decides what to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial

from treatyscope.caching import text_cache
from treatyscope.data import questions as Q
from treatyscope.data import speakers as P
from treatyscope.model import QuestionForm, Span

_CLOSERS = " \t\"”’»)]'"


@dataclass(frozen=True, slots=True)
class Clause:
    """One atomic question inside a sentence."""

    span: Span
    form: QuestionForm
    ask: Span
    cue: str


@dataclass(frozen=True, slots=True)
class _Split:
    """A place where a new question clause starts inside a sentence."""

    cut: int
    start: int


@cache
def _rx() -> dict[str, re.Pattern[str]]:
    """Compiled patterns, built once from the phrase tables."""
    aux_lower = rf"(?i:{Q.AUX_EN})"
    subj = Q.QUESTION_SUBJECT_EN
    word = r"[\w'’\-]+"
    not_name = rf"(?![A-ZÀ-ÖØ-Þ][\w'’\-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]*)*\s*(?:,|\(|\s+{Q.NAME_VERBS}\b))"
    return {
        "start": re.compile(rf"(?:{Q.HEAD_WH_EN}\b|{Q.AUX_EN}\s+{not_name}{word})"),
        "aux_start": re.compile(rf"{Q.AUX_EN}\s+{not_name}(?!(?:not|also|been|being|\d)\b){word}"),
        "wh_start": re.compile(Q.WH_INVERTED_EN),
        "inner": re.compile(
            # (a contrast may open it: "said the quota was welcome, but how many posts ...?")
            rf"(?:,|;|:|—|–)\s+(?:but\s+|yet\s+)?[“\"‘«]?(?P<q>(?i:{Q.INNER_WH_EN})\b|"
            rf"{aux_lower}\s+{subj}\b)"
            # after a semicolon, colon or dash (not a comma: ", when the law was adopted,"
            # is a clause of time), a question word before an auxiliary: "...; when would
            # it be adopted?"
            rf"|(?:;|:|—|–)\s+(?P<q2>(?i:{Q.INNER_WH_AUX_EN})\s+{aux_lower}\b)"
            # after a comma, "when" or "where" with an inverted subject: "On the scheme,
            # when would the bill be adopted?" (a clause of time puts its subject first)
            rf"|,\s+(?P<q3>(?i:when|where)\s+{aux_lower}\s+{subj}\b)"),
        # a question word with an inverted subject after a lead-in, in a sentence closed by
        # a full stop: "Experts said that, in light of the reform, how would the State party
        # ensure a balance between X and Y." (not ", what was needed was ...": no subject)
        "inner_dotted": re.compile(
            rf"(?:,|;|:)\s+(?:but\s+)?(?P<q>(?i:how|what|why|to what extent|in what way)\s+"
            rf"{aux_lower}\s+(?:the|its|their|it|they|there)\b)"),
        "split": re.compile(
            # (", as well as whether ...": a second question too, probe 365)
            rf"(?:,?\s+\band|;|,?\s+as well as)(?:,?\s+{Q.CONDITION_EN},?)?\s+"
            # a lettered item of a list inside the sentence: "...; (b) how many ...; and (c)"
            r"(?:(?:and\s+)?\(?(?:[a-h]|\d{1,2})\)\s+)?"
            # a second request in the infinitive: "to know X and to learn whether Y"
            r"(?:to (?:know|learn|hear|find out|understand)\s+)?"
            rf"(?P<t>(?i:{Q.SPLIT_WH_EN})\b|{aux_lower}\s+{subj}\b"
            # "who" after a comma and "and", before a finite verb, asks again ("Was legal aid
            # available, and who funded it?"); without the comma it is mostly a relative
            # pronoun, and "which" even with it ("decided which complaints were ..., and
            # which were sent to police")
            r"|(?<=, and )who(?=\s+(?:had|has|have|was|were|is|are|did|does|do|"
            r"would|will|could|should|[a-z]{3,}ed)\b))"),
        "split_request": re.compile(rf",?\s+\band\s+(?P<t>{Q.SPLIT_REQUEST_EN})"),
        "split_reporting": re.compile(
            rf",?\s+\b(?:and|et)\s+(?P<t>{Q.SPLIT_REPORTING_EN}|{Q.SPLIT_REPORTING_FR}|"
            rf"{Q.SPLIT_REQUEST_OF_STATE_EN})\b"),
        # inside a list of questions closed by "and": "whether X, what Y, and how Z"
        "split_comma": re.compile(rf",\s+(?P<t>(?i:{Q.LIST_WH_EN})\b)"),
        # ... in French: "combien X, combien Y et combien Z"
        # (and "si A, si B et si C", "Quelles mesures ..., quels résultats ... et quels
        # obstacles ...?" (probe 332); not "si possible", nor "quel que soit")
        "split_comma_fr": re.compile(
            r",\s+(?P<t>(?:combien|comment|pourquoi|dans quelle mesure)\b|"
            r"quel(?:le)?s?\b(?!\s+que?\b)|"
            r"si\b(?!\s+(?:possible|nécessaire|besoin|oui|non|tel|telle|applicable|"
            r"pertinent)\b)|s['’](?=ils?\b))"),
        "polite_request": re.compile(
            rf"^(?:Could|Would|Can|Will|Might)\s+{Q.REQUEST_SUBJECT_EN}\s+"
            rf"(?:also\s+|please\s+|kindly\s+)?{Q.INFO_VERBS_EN}\b"),
        "split_fr": re.compile(
            rf"(?:,?\s+\bet|;|,?\s+ainsi que)(?:,?\s+{Q.CONDITION_FR},?)?\s+"
            # "de connaître X et de savoir si Y"
            r"(?:(?:de\s+|d['’])?(?:savoir|connaître)\s+)?"
            rf"(?P<t>{Q.SPLIT_WH_FR})"),
        "fr_inter": re.compile(Q.FRENCH_INTERROGATIVE),
        "fr_postposed": re.compile(Q.FR_POSTPOSED_ATTRIBUTION),
        "past": re.compile(Q.PAST_REFERENCE),
        "topic": re.compile(Q.TOPIC_SUMMARY),
        "procedural": re.compile(Q.PROCEDURAL),
        "statement": re.compile(Q.STATEMENT_FRAMES),
        "reported": re.compile(rf"^[^;?]{{0,160}}?\b{Q.REPORTING_VERBS_EN}\b"),
        "conditional": re.compile(Q.CONDITIONAL_CLAUSE),
        "wh_nominal": re.compile(Q.NOMINAL_REQUEST),
        "determiners": re.compile(Q.CUE_DETERMINERS),
        "attribution": re.compile(Q.ATTRIBUTION),
    }


def _holds_any(chunk: str, literals: tuple[str, ...]) -> bool:
    """True if ``chunk`` contains one of ``literals``: a cheap test run before a pattern
    whose every match holds one of them (only for speed, see ``data/questions.py``)."""
    return any(map(chunk.__contains__, literals))


def _spaced_at(chunk: str, word: str) -> int:
    """Offset of the first ``word`` in ``chunk`` with whitespace before it and whitespace or a
    comma after it ("and, if so, ..."), or -1."""
    end = len(word)
    i = chunk.find(word, 1)
    while i >= 0:
        after = chunk[i + end : i + end + 1]
        if chunk[i - 1].isspace() and (after.isspace() or after == ","):
            return i
        i = chunk.find(word, i + 1)
    return -1


def _first_spaced(chunk: str, *words: str) -> int:
    """The offset of the first of ``words`` spaced in ``chunk`` (:func:`_spaced_at`), or -1."""
    return min((at for at in map(partial(_spaced_at, chunk), words) if at >= 0), default=-1)


def _split_begin(chunk: str, conjunction: int) -> int:
    """Where a split match can begin at the earliest: at the first ";", or at the white
    space (with a comma before it) that precedes the first spaced conjunction at offset
    ``conjunction`` (-1: none).  The split patterns open with ``,?\\s+\\b<conjunction>`` or
    ";", so none matches before; scanning from here finds what scanning the whole chunk
    finds (speed only)."""
    semicolon = chunk.find(";")
    if conjunction < 0:
        return max(semicolon, 0)
    begin = conjunction
    while begin > 0 and chunk[begin - 1].isspace():
        begin -= 1
    if begin > 0 and chunk[begin - 1] == ",":
        begin -= 1
    return begin if semicolon < 0 else min(begin, semicolon)


#: For each request cue of ``Q.REQUEST_CUES_EN + Q.REQUEST_CUES_FR`` (in that order),
#: strings one of which every match of the cue holds: its verbs, nouns or fixed words
#: ("would be " for "{INFO_NOUNS_EN} ... would be welcome", the participles of "... should
#: be provided").  Only for speed: a cue none of whose strings is in a sentence cannot match
#: there, so it is left out of the alternation run on the sentence; the others keep their
#: order, so the alternation finds what the whole one finds (as one alternation of all the
#: cues, a sentence cost 15-25 µs, most of it in cues that could not match).  Keep them in
#: step with the cues (tests/pipeline/test_stage_speedups.py checks them on the corpus).
REQUEST_GATES: tuple[tuple[str, ...], ...] = (
    # English
    ("ask", "nqui", "queri", "questioned"),  # asked / enquired / queried whether, what, about ...
    ("ask", "quest", "invit", "pressed", "challenged"),  # asked / requested / invited the delegation to VERB
    ("appreciate", "welcome"),  # would also appreciate knowing whether
    ("reiterated", "repeated", "renewed"),  # reiterated his request for information
    ("wonder",),
    ("wish", "want", "like", "keen", "eager", "curious", "interest", "would be", "ould also be",
     "ould further be", "ould therefore be", "ould moreover be", ", would"),  # ... to know
    ("quest", "sought", "seek", "appreciate", "welcome", "grateful", "interest", "ask", "want",
     "like"),
    ("ask", "quest", "sought", "seek"),  # asked for / requested the number of ...
    ("curious", "interest"),  # was curious about
    ("grateful", "appreciate it"),  # would be grateful if
    ("t would be", "s would be", "t would also be", "s would also be", "t would further be",
     "s would further be", "ssential to", "mportant to", "rucial to", "ecessary to",
     "ital to"),  # It / this would (also) be useful; it was important to know whether
    ("would be ", "will be ", "would also be ", "will also be ", "would further be "),
    # information ... would (also) be welcome
    ("provided", "given", "supplied", "shared", "submitted", "presented", "furnished"),
    ("requested", "sought", "asked for"),  # information on X was also requested
    ("the delegation", "the State party", "the Government", "The delegation",
     "The State party", "The Government"),  # ... should comment on
    ("lease", "indly"),  # please / kindly VERB
    ("sought",),  # sought clarification
    ("questions",),  # her questions included whether
    ("quest",),  # posed questions about
    ("urged", "encouraged", "called on", "called upon"),  # ... the delegation to provide data
    ("urged", "called on", "called upon"),  # ... the delegation to explain why
    ("quest", "ask"),  # requested that the State party provide
    ("interest",),  # expressed interest in hearing about
    ("informed",),  # the Committee should be informed of
    ("send", "submit", "transmit", "forward", "communicate"),  # ... to send information on
    ("sought", "requested"),  # clarification was sought on
    ("like", "wish", "want"),  # would like the delegation to explain
    ("hope", "trust"),  # hoped that the delegation could shed light on
    # French
    ("demand", "avoir", "prié", "invité", "connaître", "connaitre", "obtenir", "recevoir",
     "souhaité", "voulu", "posé"),
    # a demandé, a voulu savoir / connaître, a prié la délégation, a souhaité que l'État
    ("demand",),  # demande si
    ("avoir", "connaître", "obtenir", "recevoir", "comprendre", "précision", "information",
     "renseignement",
     "explication", "éclaircissement", "données", "statistiques", "chiffres"),
    # souhaite savoir, souhaite des précisions
    ("prie", "invite"),  # prie la délégation de
    ("nqui", "interrog", "demand", "renseign"),  # s'est enquise
    ("nqui", "nqué", "interrog", "demand"),  # s'enquiert, s'enquérir
    ("demand",),  # se demande si
    ("en est", "en était"),  # qu'en est-il
    ("quest",),  # a posé des questions sur
    ("serai", "seront", "sont"),  # des informations seraient utiles
    ("serai", "l sera"),  # il serait utile de
    ("serai", "l sera"),  # il serait utile que la délégation fournisse
    ("délégation", "État partie", "Gouvernement"),  # la délégation est invitée à préciser
    ("demand",),  # il a été demandé si
    ("demand",),  # des précisions ont été demandées sur
    ("réitér", "réitèr", "renouvel", "repos"),  # a réitéré sa question concernant
    ("xpliquez", "ndiquez", "récisez", "onnez", "Dites", "dites", "euillez"),  # « Expliquez-nous »
    ("souhait", "aimerait", "voudrait", "désirerait"),  # souhaiterait que la délégation fournisse
)


@lru_cache(maxsize=256)
def _request_rx(live: tuple[int, ...]) -> re.Pattern[str]:
    """The alternation of the request cues of these indices, in order (compiled once per
    combination: a text meets a few dozen at most)."""
    cues = Q.REQUEST_CUES_EN + Q.REQUEST_CUES_FR
    return re.compile("|".join(f"(?:{cues[i]})" for i in live))


def _gate_masks() -> tuple[tuple[str, int], ...]:
    """Each distinct string of :data:`REQUEST_GATES` with the bit mask of the gates that
    hold it (bit ``i`` for gate ``i``)."""
    masks: dict[str, int] = {}
    for i, gate in enumerate(REQUEST_GATES):
        for word in gate:
            masks[word] = masks.get(word, 0) | 1 << i
    return tuple(masks.items())


#: Only for speed: the gates share strings ("ask", "demand", "interest" ...), so each
#: distinct string is looked for once (57 searches instead of 83 in 23 calls of any()).
_GATE_MASKS = _gate_masks()


def _live_requests(chunk: str) -> tuple[int, ...]:
    """Indices of the request cues that may match in ``chunk`` (see :data:`REQUEST_GATES`):
    those with a gate string in ``chunk``."""
    bits = 0
    for word, mask in _GATE_MASKS:
        if word in chunk:
            bits |= mask
    return _gates_of(bits)


@lru_cache(maxsize=512)  # a text meets a few dozen masks at most: speed only
def _gates_of(bits: int) -> tuple[int, ...]:
    """The indices of the bits set in ``bits``, in order."""
    return tuple(i for i in range(len(REQUEST_GATES)) if bits >> i & 1)


# ------------------------------------------------------------------ signals
def request_cues(chunk: str) -> list[re.Match[str]]:
    """Embedded requests for information in ``chunk`` (not earlier, reported requests)."""
    if not _holds_any(chunk, Q.REQUEST_LITERALS):
        return []  # speed only: every cue holds one of these
    live = _live_requests(chunk)
    if not live:
        return []
    rx = _rx()
    out = []
    for m in _request_rx(live).finditer(chunk):
        before = chunk[max(0, m.start() - 40) : m.start()]
        if (rx["past"].search(before[-30:]) or _OTHERS_ASKING.search(before)
                or _CONDITION_BEFORE.search(before)
                or _EARLIER_CLAUSE.search(chunk, max(0, m.start() - 160), m.start())):
            continue
        out.append(m)
    return out


#: A condition whose subject wants something, no request: "If they wanted their views to
#: be more widely read, they had to publish them."
_CONDITION_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]henever)\s+(?!(?:so|not|possible|"
                               r"necessary|applicable|relevant|any)\b)(?:[\w'’-]+\s+){1,3}$")


#: A request joined to an earlier act in a relative clause: "the Views ..., in which the
#: Committee had found a violation and requested the State party to provide ..." (probe
#: 344): the Committee's request of then, not the member's now.
_EARLIER_CLAUSE = re.compile(
    r"\b(?:in which|by which|which|whereby|where)\s+[^,;:.?!]{0,60}?\bhad\s+[^,;:.?!]{1,100}?"
    r"\band\s+$")


#: A request by others in a restrictive relative clause: "relatives who inquired about
#: detained persons had been threatened" (not a member's: "the Expert who asked ...").
#: ("that" would be read as the conjunction of "he said that information should be ...")
_OTHERS_ASKING = re.compile(
    r"\b(?!(?:experts?|members?|rapporteurs?|chair|chairperson|committee)\b)[a-z][a-z-]+\s+"
    r"who\s+$")


def interrogative_starts(chunk: str, has_mark: bool) -> list[int]:
    """Offsets in ``chunk`` where a direct (interrogative) question clause starts.

    A question word or an inverted auxiliary opens the sentence, or, in a sentence with a
    question mark, follows a lead-in, a semicolon or a colon ("Given X, to what degree ...").
    French inversion ("L'État a-t-il ...") counts only with a question mark.
    """
    rx = _rx()
    found = []
    words = 0
    if has_mark:
        # the question starts after a paragraph number ("13.Why were ...?", probe 336)
        words = _layout_end(chunk)
        opens = rx["start"].match(chunk, words) is not None
    else:  # "Was other data available ... upheld." but not "Had it rained, it would ..."
        opens = ((rx["aux_start"].match(chunk) is not None or rx["wh_start"].match(chunk) is not None)
                 and not rx["conditional"].search(chunk)) or _french_dotted(chunk)
        if not opens and ", " in chunk:
            found += [m.start("q") for m in rx["inner_dotted"].finditer(chunk)][:1]
    if opens:
        found.append(words)
    if has_mark:
        found += [m.start(m.lastgroup or "q") for m in rx["inner"].finditer(chunk)]
        if _holds_any(chunk, Q.FRENCH_INTERROGATIVE_LITERALS):
            # an inverted reporting verb after what was said ("..., a-t-il souligné") asks
            # nothing: the question starts after it
            said = [m.span() for m in rx["fr_postposed"].finditer(chunk)]
            found += [start for m in rx["fr_inter"].finditer(chunk)
                      if not any(a <= m.start() < b for a, b in said)
                      for start in (_inverted_subject(chunk, m.start())
                                    if m.group(0)[0].isalpha()
                                    else _word_start(chunk, m.start() + 1),)]
    return sorted(set(found)) if len(found) > 1 else found


#: A French question word opening a sentence closed by a full stop, and a finite verb or an
#: inverted one after it: "Quelles mesures sont prises pour remédier à la surpopulation.",
#: "Pourquoi des journalistes sont-ils poursuivis." (not "Quelle que soit la loi, ...").
_FRENCH_DOTTED = re.compile(r"(?:Combien (?:de|d['’])|Pourquoi|Quel|Quelle|Quels|Quelles)\s"
                            r"(?!que\b|qu['’])")
_FRENCH_FINITE = re.compile(r"\b(?:est|sont|a|ont|était|étaient|sera|seront|serait|seraient|"
                            r"peut|peuvent|fait|font|existe|existent|reste|restent)\b|"
                            r"\w+-(?:t-)?(?:il|elle|ils|elles|on)\b")


def _french_dotted(chunk: str) -> bool:
    """True for a French direct question closed by a full stop (see _FRENCH_DOTTED)."""
    return (chunk[:1] in "CPQ" and _FRENCH_DOTTED.match(chunk) is not None
            and _FRENCH_FINITE.search(chunk, 0, 120) is not None)


#: A French subject noun phrase that opens its clause ("Les critères de sélection, qui ...,
#: sont-ils appliqués ?"): the question starts with it, not at the inverted verb.
_FRENCH_SUBJECT = re.compile(r"(?:le|la|les|l['’]|ce|cette|cet|ces|un|une|des|leur|leurs|son|sa|"
                             r"ses|tous|toutes)\b", re.IGNORECASE)


def _inverted_subject(chunk: str, at: int) -> int:
    """Where a French question inverted at ``at`` starts: at the subject noun phrase that
    opens the segment before it, over commas of an incise ("Le Code du travail, adopté en
    2019, est-il appliqué ?"), else at the verb."""
    cuts = [m.end() for m in _FRENCH_CLAUSE_CUT.finditer(chunk, 0, at)]
    start = _word_start(chunk, cuts[-1] if cuts else 0)
    return start if start < at and _FRENCH_SUBJECT.match(chunk, start) else at


#: What ends the clause before a French question ("...; ", "... et les familles ont-elles").
_FRENCH_CLAUSE_CUT = re.compile(r"[;:?]|\bet\s")


def _word_start(chunk: str, pos: int) -> int:
    """The start of the clause that begins at or after ``pos`` (skips punctuation, spaces)."""
    while pos < len(chunk) and not chunk[pos].isalnum():
        pos += 1
    return pos


def has_question_mark(chunk: str) -> bool:
    """True if the sentence ends with "?" (closing quotes allowed) or holds one inside,
    closing quotes allowed too ("“How many ...?” she asked.")."""
    return (chunk.rstrip(_CLOSERS).endswith("?") or "? " in chunk
            or ("?" in chunk and _QUOTED_MARK.search(chunk) is not None))


_QUOTED_MARK = re.compile(r"\?[”\"’»]+\s")
#: A participle of request after a comma, opening a further question of the sentence.
_PARTICIPLE_REQUEST = re.compile(
    r",\s+(?:and\s+)?(?:also\s+)?(?P<t>(?:seeking|requesting)\s+(?:more\s+|further\s+|"
    r"additional\s+)?(?:information|details|data|clarification)|(?:asking|inquiring|"
    r"enquiring)\s+(?:also\s+)?(?:about|whether|if|how|what|why|when))\b")
_PARTICIPLE_AT = re.compile(r"(?:seeking|requesting|asking|inquiring|enquiring)\b")
#: The opening mark of the next quotation after a quoted question and its reporting clause.
_NEXT_QUOTE = re.compile(r"\?[”\"’»]+\s[^“\"«?]{0,60}?(?P<open>[“\"«])\s*")


#: A French inverted asking clause closing a sentence: ", s'est-elle enquise.", ", a-t-il
#: demandé.", ", a-t-elle voulu savoir.".
_FRENCH_ASKING_TAIL = re.compile(
    r",\s*(?:s['’]est-(?:il|elle)\s+(?:\w+\s+)?(?:enquise?|interrogée?)|a-t-(?:il|elle)\s+"
    r"(?:\w+\s+)?(?:demandé|voulu savoir|souhaité savoir))\s*[.;]?\s*$")


# ------------------------------------------------------------------ decision
def asks(chunk: str, body: bool = False) -> tuple[bool, list[int], list[re.Match[str]]]:
    """Whether the sentence asks, with its interrogative starts and request cues
    (``body``: the sentence is in the body, not in a lede that sums the dialogue up)."""
    rx = _rx()
    if _maybe_procedural(chunk) and rx["procedural"].search(chunk):
        return False, [], []
    # (a French question may close with its asker instead of a question mark: "Les enfants
    # ont-ils accès à l'école, s'est-elle enquise.", probe d)
    mark = has_question_mark(chunk) or (("-t-" in chunk or "est-" in chunk)
                                        and _FRENCH_ASKING_TAIL.search(chunk) is not None)
    inter = interrogative_starts(chunk, mark)
    cues = request_cues(chunk)
    if not inter and _holds_any(chunk, Q.TOPIC_SUMMARY_LITERALS):
        topic = rx["topic"].search(chunk)
        if topic and not (body and _COLLECTIVE_ASKING.search(topic[0])) and not any(
                c.start() < topic.end() and _OWN_REQUEST.match(c.group(0)) for c in cues):
            # (a request of its own before the topics keeps the sentence: "Experts asked
            # for more information and data on X and inquired about Y")
            return False, [], []
    if cues and not inter and _for_next_report(chunk):
        return False, [], []  # a recommendation: "invited the State to provide, in its next report, ..."
    if cues and ("avai" in chunk or " had " in chunk or "We " in chunk or "we " in chunk
                 or "ous avons" in chunk or "I " in chunk or "'ai " in chunk or "’ai " in chunk):
        # the Committee's earlier request, recalled: "le Comité avait demandé à l'État
        # partie de fournir des données", "the Committee had asked the State party to ..."
        recalled = [m for m in _COMMITTEE_HAD_ASKED.finditer(chunk)]
        cues = [c for c in cues if not any(r.start() <= c.start() <= r.end() for r in recalled)]
        if not cues and not inter:
            return False, [], []
    if inter or cues:
        return True, inter, cues
    if mark and _content_question(chunk):
        return True, [0], []
    if _ASKED_AFTER.search(chunk):  # "Combien de plaintes ..., a-t-il également demandé."
        return True, [0], []
    return False, [], []


#: The Committee's own earlier request, in the pluperfect (see :func:`asks`).
_COMMITTEE_HAD_ASKED = re.compile(
    r"\b(?:le Comité|the Committee)\s+(?:avait|had)\s+(?:(?:déjà|already|also|aussi|"
    r"également|previously|précédemment)\s+)?(?:demandé|prié|invité|asked|requested|invited)\b|"
    # ... or told by a member afterwards ("“We asked about the death penalty, they didn't
    # answer,” a member said"; not "We would like to know ...")
    r"(?:\b[Ww]e|\b[Nn]ous|\bI|\b[Jj]['’]ai|\b[Jj]['’]avais)\s+(?:had\s+|avons\s+|avions\s+)?"
    r"(?:(?:also|already|aussi|déjà)\s+)?(?:asked|requested|raised the question|demandé)\b")


#: A request cue that asks for information itself ("asked for more information and data"),
#: not a topic summary's verb ("inquired about", "raised", "posé des questions sur").
_OWN_REQUEST = re.compile(r"(?:(?:also|further)\s+)?(?:asked|requested)\s+for\b", re.IGNORECASE)


#: The verbs with which several members ask about a topic in the body of a release
#: ("Committee Experts also asked about access to justice for deaf persons"): a request of
#: a collective asker there; in a lede, or with "raised", a summary of topics.
_COLLECTIVE_ASKING = re.compile(
    r"(?:asked|asking|enquired|inquired|enquiring|inquiring) (?:the delegation |the State party )?"
    r"about|se sont (?:\w+ )?enquis(?:es)?$")


#: A request addressed to the State's next report: information for the next review, a
#: recommendation, not a question of this dialogue.
_NEXT_REPORT = re.compile(
    r"\b(?:in|into|dans)\s+(?:its|their|the|son|leur|le)\s+(?:next|forthcoming|prochain)\s+"
    r"(?:periodic\s+|combined\s+)?(?:report|rapport)", re.I)


def _for_next_report(chunk: str) -> bool:
    """True when ``chunk`` asks for something in the State's next report."""
    low = chunk.lower()
    return ("next" in low or "forthcoming" in low or "prochain" in low) and bool(
        _NEXT_REPORT.search(chunk))


#: A French direct question closed by its reporting verb instead of "?": "Combien de
#: plaintes la Commission a-t-elle reçues, a-t-il également demandé."
_ASKED_AFTER = re.compile(
    r",\s*(?:a-t-(?:il|elle)|ont-(?:ils|elles))\s+(?:\w+\s+)?(?:demandé|voulu savoir)\s*[.»”]*\s*$"
    # ... or by the asker named after it: "Quelles garanties la loi offre-t-elle aux
    # communautés, a demandé l'experte."
    # (or "s'est enquis un expert", and the asker's office after a comma: "..., a demandé
    # M. Salem, rapporteur pour le pays.")
    r"|,\s*(?:a\s+(?:\w+\s+)?(?:demandé|voulu savoir|souhaité savoir)|s['’]est\s+(?:\w+\s+)?"
    r"(?:enquise?|interrogée?))\s+(?:l['’]|le |la |un |une |M\. |Mme )"
    r"[^,.;?!]{1,60}(?:,\s*[^,.;?!]{2,80})?[.»”]*\s*$")


def _maybe_procedural(chunk: str) -> bool:
    """False when ``chunk`` cannot match :data:`Q.PROCEDURAL` (a speed test only)."""
    return _holds_any(chunk, Q.PROCEDURAL_LITERALS) or (
        _holds_any(chunk, Q.PROCEDURAL_CONJUNCTIONS) and _holds_any(chunk, Q.PROCEDURAL_VERBS))


def _content_question(chunk: str) -> bool:
    """A "?" sentence with no cue: a question unless it reads as a statement or report."""
    rx = _rx()
    return not rx["statement"].search(chunk) and not rx["reported"].search(chunk)


def question_clauses(text: str, sentence: Span, body: bool = False) -> list[Clause]:
    """The atomic questions asked in ``sentence`` (an empty list for a statement;
    ``body`` as for :func:`asks`)."""
    return _placed(clause_bounds(text[sentence.start : sentence.end], body), sentence.start)


#: A request that opens a list of what it asks ("The Expert asked:", "Another Expert wanted
#: to know:", "She asked about:", "Mme X a demandé :"): each item after it is one of its
#: questions.  ``about`` marks a request about noun phrases, ``fr`` a French one.
_LIST_OPENER = re.compile(
    r"\b(?:(?:asked|enquired|inquired)(?P<about>\s+(?:about|for|on))?|wanted to know|"
    r"wished to know|would like to know|(?:sought|requested) (?:more |further |additional )?"
    r"(?:information|details|data)(?P<on>\s+(?:on|about|regarding))?|"
    r"(?P<fr>a demandé|ont demandé|a voulu savoir|a souhaité savoir|s['’]est enquise?))"
    r"\s*:\s*$", re.IGNORECASE)


def list_request(text: str, sentence: Span) -> str:
    """The verb to read before each item of a list that ``sentence`` opens ("The Expert
    asked:" -> "asked "; "She asked about:" -> "asked about "), or "" if it opens none."""
    if text[sentence.end - 1:sentence.end] != ":":
        return ""
    m = _LIST_OPENER.search(text, max(sentence.start, sentence.end - 80), sentence.end)
    if m is None:
        return ""
    if m.group("fr"):
        return "a demandé "
    return "asked about " if m.group("about") or m.group("on") else "asked "


def list_item_clauses(text: str, sentence: Span, request: str) -> list[Clause]:
    """The questions of one item of a list that a request opened ("• how many cases had
    been opened, and how many had led to convictions;"): the item, after its list glyph or
    number, read as if ``request`` (:func:`list_request`) stood before it.  A sentence with
    no glyph ends the list; an item whose words then ask nothing is no question."""
    mark = _layout_end(text[sentence.start:sentence.end])
    if not mark:
        return []  # no list glyph or number: the list has ended
    start = sentence.start + mark
    item = text[start:sentence.end].rstrip(" ;,.")
    if not item[:1].isalpha():
        return []
    chunk = request + item[:1].lower() + item[1:]
    clauses = _placed(clause_bounds(chunk), start - len(request))
    # the request read before the item is no part of the text: spans start at the item
    return [replace(c, span=Span(max(c.span.start, sentence.start), c.span.end),
                    ask=Span(max(c.ask.start, start), c.ask.end)) for c in clauses]


def chunk_clauses(chunk: str) -> tuple[Clause, ...]:
    """The atomic questions asked in one sentence's text, with spans relative to it."""
    return tuple(_placed(clause_bounds(chunk), 0))


def _placed(bounds: tuple[_Bounds, ...], base: int) -> list[Clause]:
    """The clauses of ``bounds`` with their spans moved by ``base``."""
    return [Clause(Span(base + start, base + stop), form, Span(base + ask, base + stop),
                   "request" if form == "indirect" else "interrogative")
            for start, ask, stop, form in bounds]


#: One clause as offsets in its sentence: (start, start of the asking part, end, form).
_Bounds = tuple[int, int, int, QuestionForm]


@text_cache(maxsize=4096)
def clause_bounds(chunk: str, body: bool = False) -> tuple[_Bounds, ...]:
    """The atomic questions asked in one sentence's text, as offsets into it (``body`` as
    for :func:`asks`).

    Cached by wording: the clauses depend on the sentence alone, so analysing a text again
    (or one that quotes the same questions) reads each sentence once.  Plain tuples, made
    into :class:`Clause` objects once, where the sentence is placed (speed only)."""
    ok, inter, cues = asks(chunk, body)
    if not ok:
        return ()
    if cues and inter in ([], [0]) and (asked := _asked_then(chunk, cues)):
        return asked
    if cues and inter and cues[0].start() < inter[0] and _nominal_request(cues[0]):
        opened = _after_colon(chunk, inter)
        if opened is not None:
            # "asked about X: how many ..., and what ...?": the request names the topic of
            # the direct questions after the colon, which split as usual
            inter = [i for i in inter if i >= opened]
            cues = [m for m in cues if m.start() >= opened]
    first_ask = _subject_start(chunk, min([*inter, *(m.start() for m in cues)]))
    indirect = bool(cues) and (not inter or cues[0].start() < inter[0])
    form: QuestionForm = "indirect" if indirect else "direct"
    splits = _splits(chunk, inter, cues, indirect)
    if (splits and inter == [0] and not cues
            and _rx()["start"].match(chunk, _layout_end(chunk)) is None
            and _FRENCH_HEAD.match(chunk) is None
            and _INVERTED_VERB.search(chunk, 0, splits[0].cut) is None):
        # (a French verb inverted before the split asks: "Les élèves enceintes sont-elles
        # autorisées ..., et existe-t-il ...?")
        # a "?" sentence that opens with a statement ("The law was adopted in 2012, when
        # the Government changed, and what was its effect?"): the statement is the premise
        # of the question after it, not a question of its own
        first_ask, splits = splits[0].start, splits[1:]
    return tuple(_clause_bounds(chunk, splits, first_ask, form)) + _asked_after_asker(chunk, cues)


#: The asker named after a question, then a request of theirs in a relative clause: "...
#: prévues ? a demandé un expert, qui a par ailleurs souhaité connaître le nombre de ...".
_ASKER_WHO = re.compile(r"\?[»”\"’\s]*(?:a|ont)\s[^?]{2,80}?,\s*(?P<who>qui)\s")


#: A French direct question closed by a comma and its asker, who then asks more in a
#: relative clause: "Quelles sont les mesures prises ..., a demandé un membre du Comité, qui
#: a en outre souhaité savoir si ..." (probe 309).
_ASKED_THEN = re.compile(
    r"(?:Quel|Quelle|Quels|Quelles|Comment|Pourquoi|Combien|Où|Quand|Que|Qu['’]|Est-ce|"
    r"Dans quelle mesure)\b[^?;]*?(?P<end>),\s*a\s+(?:\w+\s+)?(?:demandé|voulu savoir)\s+"
    r"(?:l['’]|le |la |un |une |M\. |Mme )[^,.;?!]{1,60},\s*(?P<who>qui)\s")


def _asked_then(chunk: str, cues: list[re.Match[str]]) -> tuple[_Bounds, ...]:
    """The two questions of :data:`_ASKED_THEN`, if ``chunk`` reads so."""
    m = _ASKED_THEN.match(chunk, _layout_end(chunk))
    cue = next((c for c in cues if c.start() >= m.end("who")), None) if m else None
    if m is None or cue is None:
        return ()
    stop = len(chunk.rstrip(" .»”"))
    return ((m.start(), m.start(), m.start("end"), "direct"),
            (m.start("who"), cue.start(), stop, "indirect"))


def _asked_after_asker(chunk: str, cues: list[re.Match[str]]) -> tuple[_Bounds, ...]:
    """The request in a relative clause after a question's postposed asker, if any."""
    if "?" not in chunk or not cues or "qui" not in chunk:
        return ()
    m = _ASKER_WHO.search(chunk)
    if m is None:
        return ()
    cue = next((c for c in cues if c.start() >= m.end("who")), None)
    if cue is None or chunk[m.end("who"):cue.start()].strip():
        return ()  # the request is the relative clause's own verb: "qui a demandé si ..."
    stop = len(chunk.rstrip(" .»”"))
    return ((m.start("who"), cue.start(), stop, "indirect"),)


#: A summary record's paragraph number before its first word ("8.How many ..."): layout.
_PARAGRAPH_NUMBER = re.compile(r"\d{1,3}\.\s*(?:[“\"‘«]\s*)?(?=[A-ZÀ-Ý])")
#: A list glyph or an opening quotation mark before a sentence's first word: layout, as a
#: paragraph number is ("• How many ...", "- Had the law ...", "“What steps ...?” she asked").
_OPENING_MARK = re.compile(r"(?:[•·▪◦*\-–—]\s+|[“\"‘«]\s*)(?=\w)")


def _layout_end(chunk: str) -> int:
    """Where the words of ``chunk`` start, after a paragraph number, a list glyph or an
    opening quotation mark if any."""
    first = chunk[:1]
    if first.isdigit():
        m = _PARAGRAPH_NUMBER.match(chunk)
        return m.end() if m else 0
    if first.isalnum():
        return 0
    m = _OPENING_MARK.match(chunk)
    return m.end() if m else 0


#: A French question word opening a sentence: it asks, whatever follows ("Combien de X ...,
#: et que fait l'État ...?" is two questions).
_FRENCH_HEAD = re.compile(
    r"(?:Combien|Comment|Pourquoi|Quel|Quelle|Quels|Quelles|Quand|Où|Dans quelle mesure|"
    r"Est-ce que|Qu['’]en est-il)\b")


#: A French verb inverted with its pronoun ("court-il", "a-t-elle", "font-ils"; not a bare
#: "-on", which English "follow-on" ends with).
_INVERTED_VERB = re.compile(r"\w+-(?:t-(?:il|elle|ils|elles|on)|il|elle|ils|elles)\b")
#: What ends the clause before an inverted verb: its subject starts after the last of these.
_CLAUSE_BREAK = re.compile(r"[,;:(]\s*(?:(?:et|mais|Et|Mais)\s+)?")


def _subject_start(chunk: str, pos: int) -> int:
    """Where the question that asks from ``pos`` starts: before the determiners of a cue
    noun (:func:`_noun_phrase_start`), or before the subject of a French complex inversion:
    "Le délai de prescription court-il ...?" asks about the "délai de prescription", so the
    question starts there, not at "court-il"."""
    if pos and _INVERTED_VERB.match(chunk, pos):
        breaks = [b.end() for b in _CLAUSE_BREAK.finditer(chunk, 0, pos)]
        return _word_start(chunk, breaks[-1] if breaks else 0)
    return _noun_phrase_start(chunk, pos)


def _noun_phrase_start(chunk: str, pos: int) -> int:
    """Move back over determiners before a cue noun ("An explanation ... would be welcome")."""
    if pos == 0 or not chunk[pos - 1].isspace():  # the pattern ends in whitespace: no match
        return pos
    m = _rx()["determiners"].search(chunk, 0, pos)
    return m.start() if m else pos


#: What may stand between a semicolon and the request verb of the next question: its
#: subject and an adverb ("; she also asked whether ...").
_SUBJECT_GAP = frozenset({"he", "she", "they", "it", "the", "expert", "also", "further",
                          "moreover", "finally", "il", "elle", "a", "également", "aussi"})


def _splits(chunk: str, inter: list[int], cues: list[re.Match[str]], indirect: bool) -> list[_Split]:
    """Where new question clauses start, after the first asking position."""
    rx = _rx()
    first = min([*inter, *(m.start() for m in cues)])
    found: dict[int, _Split] = {}
    for m in cues:
        # a verb of its own after a comma that closes an aside: "Ms. X, who asked whether
        # Y, also wanted to know whether Z"
        comma = _COMMA_THEN_ASKS.search(chunk, max(first, m.start() - 24), m.start())
        if comma and m.start() > first:
            found.setdefault(m.start(), _Split(comma.start(), m.start()))
    if ";" in chunk and _FOLLOWING_LIST.search(chunk, first):
        # "requested information on the following: the number of ...; the number of ...;
        # and the register of ...": one request per item (probe 339)
        for m in _NEXT_ITEM.finditer(chunk, first):
            found.setdefault(m.end(), _Split(m.start(), m.end()))
    nominal = indirect and _nominal_request(cues[0])
    # a direct question after a semicolon asks on its own ("asked about plans for X; how
    # many persons lived in such centres?", probe h)
    direct_after = nominal and ";" in chunk and chunk.rstrip().endswith("?")
    wh_clause = nominal and " and " in chunk and _WH_CLAUSE_AFTER_AND.search(chunk, first)
    if nominal and not (found or direct_after or wh_clause or _WHETHER_AFTER_AND.search(chunk)
                        or rx["split_reporting"].search(chunk, first)):
        # "asked about X and how ..." lists aspects of one request; "asked about X, and
        # wondered whether Y" asks again with a verb of its own
        return []
    # The split patterns join by ";" or a spaced "and" / "et": look for those first, and
    # scan from the first of them (speed only, see _split_begin).
    and_at = _first_spaced(chunk, "and", "as well as")
    et_at = _first_spaced(chunk, "et", "ainsi que")
    semicolon = ";" in chunk
    english = semicolon or and_at >= 0
    patterns = []
    if english:
        patterns.append((rx["split"], _split_begin(chunk, and_at)))
    if semicolon or et_at >= 0:
        patterns.append((rx["split_fr"], _split_begin(chunk, et_at)))
    if english and rx["polite_request"].match(chunk):
        patterns.append((rx["split_request"], _split_begin(chunk, and_at)))
    if indirect and (and_at >= 0 or et_at >= 0):
        begin = min(at for at in (and_at, et_at) if at >= 0)
        patterns.append((rx["split_reporting"], _split_begin(chunk, begin)))
    if and_at >= 0 and ", " in chunk[: chunk.rfind(" and ")]:
        # a list ends with "and": commas before its last one ("how many ... in 2017 and
        # 2018, whether ... and what ...")
        patterns.append((rx["split_comma"], 0))
    if et_at >= 0 and ", " in chunk[: chunk.rfind(" et ")]:
        patterns.append((rx["split_comma_fr"], 0))  # idem: "combien X, combien Y et combien Z"
    for rx_split, begin in patterns:
        for m in rx_split.finditer(chunk, begin):
            if (m.start("t") <= first or _inside_brackets(chunk, m.start())
                    or _LONE_WH_BEFORE.search(chunk, max(0, m.start() - 12), m.start())):
                continue
            if len(chunk[m.start("t") :].split()) < 2:
                continue
            if (rx_split is rx["split_fr"] and chunk[m.start()] not in ",;"
                    and _INVERTED_VERB.search(m.group("t"))
                    and not _FRENCH_FINITE.search(chunk, first, m.start())):
                # no comma and no verb before "et": the noun it joins is of one question
                # ("Pourquoi l'écart entre garçons et filles reste-t-il ...?")
                continue
            if (nominal and not chunk.startswith(("whether", "si "), m.start("t"))
                    and rx_split is not rx["split_reporting"]
                    and not (wh_clause and _WH_CLAUSE_AFTER_AND.match(chunk, m.start()))
                    and not (direct_after and chunk[m.start()] == ";")):
                continue
            found.setdefault(m.start("t"), _Split(m.start(), m.start("t")))
    if semicolon:
        # a request of its own after a semicolon: "... whether X; it would also be
        # interesting to know what Y", "...; she also asked whether Z"
        for m in cues:
            cut = chunk.rfind(";", 0, m.start())
            gap = chunk[cut + 1 : m.start()].split()
            if cut > first and len(gap) <= 4:
                # "...; she also asked whether Z": the question starts at its verb
                at = (m.start() if all(w.lower() in _SUBJECT_GAP for w in gap)
                      else cut + 1 + len(chunk[cut + 1 :]) - len(chunk[cut + 1 :].lstrip()))
                found.setdefault(at, _Split(cut, at))
    if "ing " in chunk:
        # a participle that asks more after the first question: "“How many ...?” he asked,
        # also seeking information on X", "... whether Y, asking also about Z"
        for m in _PARTICIPLE_REQUEST.finditer(chunk):
            found.setdefault(m.start("t"), _Split(m.start(), m.start("t")))
    if "? " in chunk:
        # a question run on after another's mark in lower case: "Was the levy abolished?
        # were workers informed?" (the sentence splitter keeps them together)
        for m in _LOWER_QUESTION_AFTER_MARK.finditer(chunk, first):
            found.setdefault(m.start("t"), _Split(m.start() + 1, m.start("t")))
    if "?" in chunk and _QUOTED_MARK.search(chunk):
        # a second quotation after a quoted question: "“Why ...?” she asked, adding: “Does
        # the State plan ...?”"
        for m in _NEXT_QUOTE.finditer(chunk):
            if rx["start"].match(chunk, m.end()):
                found.setdefault(m.end(), _Split(m.start("open"), m.end()))
    splits = sorted(map(partial(_ordinal_led, chunk), found.values()), key=lambda s: s.start)
    # a split only separates questions: the text before the first split must ask, more
    # than a request verb and an aside ("She would like to know, moreover, how many ...",
    # "Elle aimerait savoir, en outre, si ...": probe 336)
    # (nor "whether and how ...": one question about both)
    return [s for s in splits if first < s.cut
            and not any(_only_an_aside(chunk, m.end(), s.cut) for m in cues)
            and len(chunk[first : s.cut].split()) > 1
            and not chunk[first : s.cut].rstrip().endswith((" whether", " if", " si"))]


#: A second direct question in lower case right after a question mark.
_LOWER_QUESTION_AFTER_MARK = re.compile(
    r"\?\s+(?P<t>(?:was|were|did|does|do|had|has|have|is|are|could|would|will|can|should|"
    r"what|how|why|when|where|which)\s+\w)")


#: The place of a question in a list, set off before it: "...; second, whether",
#: "...; and third, what", "asked, first, whether".
_ORDINAL_LEAD = re.compile(r"[,;]\s*(?:(?:and|et)\s+)?(?:first|second|third|fourth|fifth|"
                           r"finally|lastly|premièrement|deuxièmement|troisièmement|enfin)"
                           r"(?:ly)?\s*,\s*$", re.IGNORECASE)


def _ordinal_led(chunk: str, split: _Split) -> _Split:
    """The split moved before the ordinal that leads its question ("...; second, whether
    B" starts at "second"), so the ordinal is not left at the end of the question before
    (probe af)."""
    m = _ORDINAL_LEAD.search(chunk, max(0, split.start - 30), split.start)
    if m is None:
        return split
    word = m.start() + 1 + len(chunk[m.start() + 1 : m.end()]) - len(chunk[m.start() + 1 : m.end()].lstrip())
    return _Split(m.start(), word)


def _only_an_aside(chunk: str, start: int, cut: int) -> bool:
    """True when ``chunk[start:cut]``, after a request verb, is at most an aside set off by
    a comma (", moreover", ", en outre")."""
    gap = chunk[start:cut]
    return gap.lstrip().startswith(",") and len(gap.split()) <= 3 and ";" not in gap


#: A list announced by a colon ("information on the following:", "sur les points
#: suivants :"), its items parted by semicolons (:data:`_NEXT_ITEM`).
_FOLLOWING_LIST = re.compile(r"\b(?:the following|les points suivants|ce qui suit)\s*:")
_NEXT_ITEM = re.compile(r";\s*(?:(?:and|et)\s+)?")

#: A comma (and an adverb) right before a request verb that asks again.
_COMMA_THEN_ASKS = re.compile(r",\s*(?:(?:also|further|then|moreover|additionally)\s+)?$")

#: A question word right before "and": two question words of one clause ("how and when the
#: law would be adopted", "choose where and with whom they lived"), no second question.
_LONE_WH_BEFORE = re.compile(r"\b(?:how|when|where|why|what|who|whom|comment|quand|où|"
                             r"pourquoi)$", re.IGNORECASE)


#: "asked about X and whether Y" asks two things: a topic, then a yes-or-no question of its
#: own ("about the number of evictions and whether those evicted were rehoused").  Only
#: "whether" splits a request about a noun phrase: "and how it was determined" names an
#: aspect of the topic.
_WHETHER_AFTER_AND = re.compile(r"\s(?:and|et|as well as|ainsi que)\s+(?:whether|si)\s")
#: A question word after "and" that opens a clause with a verb of its own: "asked about the
#: pension reform and how many retirees had lost benefits" asks two separable things; one
#: about the topic itself by a pronoun is an aspect of the one request ("asked about the
#: framework and how it worked").
_WH_CLAUSE_AFTER_AND = re.compile(
    r",?\s+and\s+(?:what|how|why|when|where|to what extent)\b(?!\s+(?:it|they|this|these|"
    r"far|long|often)\b)(?:\s+[\w'’-]+){0,5}?\s+"
    r"(?:was|were|had|has|have|is|are|did|do|does|would|could|will|can|should|[a-z]{3,}ed)\b")


def _after_colon(chunk: str, inter: list[int]) -> int | None:
    """The first interrogative start right after a colon or a dash, if any."""
    for start in inter:
        if chunk[:start].rstrip()[-1:] in (":", "—", "–"):
            return start
    return None


def _nominal_request(cue: re.Match[str]) -> bool:
    """True for a request about a noun phrase ("asked about", "more information on")."""
    return bool(_rx()["wh_nominal"].search(cue.group(0).strip()))


def _inside_brackets(chunk: str, pos: int) -> bool:
    head = chunk[:pos]
    return head.count("(") > head.count(")")


#: A reporting verb and its speaker after a question's mark, ending the sentence: "...
#: budget propre ? a ensuite demandé Mme Rosales Ibarra.", "...? asked Ms. Rosales.".
_SAID_AFTER_QUESTION = re.compile(
    r"\?[»”\"’\s]*,?\s*(?:(?:a|ont)(?:-t-(?:il|elle|ils|elles))?\s+(?:[\w’']+\s+){0,2}?(?:demandé|ajouté|poursuivi|insisté|"
    r"conclu|lancé|voulu savoir|souhaité savoir)|(?:asked|wondered|added|inquired|enquired|"
    r"continued|insisted|queried))\b[^?]*$")


def _clause_bounds(chunk: str, splits: list[_Split], first_ask: int,
                   form: QuestionForm) -> list[_Bounds]:
    """Mention bounds: the first clause from the sentence start, later ones from their word."""
    bounds = [(0, first_ask)] + [(s.start, s.start) for s in splits]
    said = _SAID_AFTER_QUESTION.search(chunk) if "?" in chunk else None
    # (the asker named after the question mark is no part of it: "...? a ensuite demandé
    # Mme X.", nor after a comma: "..., a demandé l'experte.")
    after = (_ASKED_AFTER.search(chunk) if said is None and (
        "demand" in chunk or "savoir" in chunk or "enqui" in chunk or "interrog" in chunk)
        else None)
    end = said.start() + 1 if said else after.start() if after else len(chunk)
    ends = [s.cut for s in splits] + [end]
    cuts = [-1] + [s.cut for s in splits]
    out = []
    for (start, ask), end, cut in zip(bounds, ends, cuts, strict=True):
        stop = end
        while stop > start and (chunk[stop - 1].isspace() or chunk[stop - 1] in ",;:—–"):
            stop -= 1
        if stop > start:
            # a participle of request asks indirectly, whatever the sentence opened with
            own = "indirect" if start and _PARTICIPLE_AT.match(chunk, start) else form
            if (own == "indirect" and cut >= 0 and chunk[cut] == ";" and chunk[stop - 1] == "?"
                    and _OWN_WH.match(chunk, start)):
                own = "direct"  # "asked about X; how many persons lived there?" (probe h)
            # (a request cue that is the postposed asker's own verb lies past the clause:
            # "Le pays envisage-t-il de ratifier, a voulu savoir un expert." asks from its start)
            if ask >= stop:
                ask, own = start, "direct"  # the question as asked, its asker after it
            out.append((start, max(ask, start), stop, own))
    return out


#: The asker's own statement joined to the question by "and": "asked why X, and expressed
#: concern about Y", "a demandé pourquoi X, et s'est inquiété de Y" ends the question's
#: wording (its mention keeps the whole clause, as the references mark it).
STATEMENT_AFTER = re.compile(
    r",?\s+(?:and|et)\s+(?:(?:he|she|they|il|elle|ils|elles)\s+)?(?:(?:also|également|aussi)\s+)?"
    # ("asked for statistics on X and raised concern about the low number of convictions")
    r"(?:(?:expressed|raised|voiced) (?:concern|regret|appreciation|satisfaction|alarm)|noted|"
    r"regretted|welcomed|"
    r"commended|stressed|pointed out|(?:was|were) (?:concerned|pleased|worried)|"
    r"(?:a|ont) (?:(?:également|aussi)\s+)?(?:regretté|salué|noté|souligné|relevé|déploré)|"
    r"(?:s['’]est|se sont) (?:(?:également|aussi)\s+)?(?:inquiété|félicité|réjoui|dit|"
    r"déclaré)e?s?)\b")


#: A question word that opens a question of its own after a semicolon (not "whether" or
#: "if", which stay embedded in the request before).
_OWN_WH = re.compile(r"(?:what|how|why|when|where|who|which)\b", re.I)


def has_anaphor(pattern: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` refers back to something said before (``pattern``: an ANAPHORA
    pattern fit for the text's case): a "that" after a word that takes a clause ("to
    ensure that migrants had access") refers to nothing."""
    for m in pattern.finditer(text):
        word = m.group(0).lower()
        if word == "those" and _GENERIC_THOSE.match(text, m.end()):
            continue  # "those returning from abroad": people described, not referred to
        if word in _DETERMINERS and _named_before(text, m.end(), m.start()):
            continue  # "the number of deaths ..., and the causes of those deaths"
        if word != "that":
            return True
        after = text[m.end():m.end() + 24].split()
        verb = after[0].lower().strip(",") if after else ""
        if verb in _VERB_AFTER_THAT or (len(verb) > 4 and verb.endswith("ed")):
            # "associations that had been refused", "reports that resulted in ...": a
            # relative pronoun
            continue
        before = text[max(0, m.start() - 24):m.start()].split()
        if not before or before[-1].lower() not in Q.CLAUSE_THAT_AFTER:
            return True
    return False


_DETERMINERS = frozenset({"this", "that", "these", "those", "such", "cet", "cette", "ces"})
_NOUN = re.compile(r"\s+([^\W\d_]{4,})")


def _named_before(text: str, after: int, before: int) -> bool:
    """Whether the noun after a determiner ("those deaths") is named earlier in the
    question itself ("the number of deaths in custody"): it points inside the question."""
    m = _NOUN.match(text, after)
    if m is None:
        return False
    head = m.group(1).lower().rstrip("sx")  # "this detention" after "detention", "deaths"
    return any(w.lower().rstrip("sx") == head for w in _NOUN.findall(text, 0, before))


#: After "those", a participle and its complement: the people it describes in full
#: ("those returning from long periods of work abroad", "those detained in police
#: custody"), not something said before.  A participle before a noun ("those training
#: courses") is no such phrase, and "those who ..." mostly leans on what was said ("those
#: who wished to return" to the camps just spoken of).
_GENERIC_THOSE = re.compile(
    r"\s+\w+(?:ing|ed)\s+(?i:from|in|by|with|on|at|to|for|under|abroad|outside|without|"
    r"into|as)\b")

#: Words after a relative or a complementizer "that" ("associations that had been refused",
#: "cases that were reported"); a demonstrative "that" is followed by its noun ("that law").
_VERB_AFTER_THAT = frozenset({
    "had", "have", "has", "was", "were", "is", "are", "would", "could", "did", "do", "does",
    "will", "can", "might", "should", "must", "may", "remained", "concerned", "related",
    "affected", "existed", "needed", "applied", "included", "provided", "allowed", "led",
    "took", "made", "came", "went", "gave", "held", "brought", "fell", "rose", "saw", "got",
    "became", "met", "left", "kept", "found", "paid", "sought", "won", "lost"})


#: What joins a question's own wording to the premise it refers back to ("How many were
#: released? (regarding: the 412 detainees)", see ``questions.normalised_text``).
PREMISE_MARK = " (regarding: "


def asked_part(text: str) -> str:
    """A question's own wording, without the premise :data:`PREMISE_MARK` appends."""
    return text.partition(PREMISE_MARK)[0]


@text_cache(maxsize=4096)
def strip_attribution(sentence: str) -> str:
    """The sentence without its speaker attribution ("X, Expert, said that ...").

    Cached: the questions and the answers stages read the same sentences."""
    asker = _ASKER_LAST.search(sentence) if "," in sentence else None
    if asker is not None:  # "..., asked Kenji Morimoto, an Expert from Japan."
        return sentence[: asker.start()] + "."
    m = (_rx()["attribution"].match(sentence)
         if _holds_any(sentence, Q.ATTRIBUTION_LITERALS) else None)
    if m is not None and _NO_SPEAKER.search(m.group("speaker")):
        m = None  # "parents were sometimes asked to ...": a passive, no one speaks
    if m is None:
        # "X, Ms. Y observed.", "X, a poursuivi la délégation."
        tail = (_POSTPOSED_IN_ORDER.search(sentence) or _POSTPOSED.search(sentence)
                if "," in sentence else None)
        inside = _PARENTHETICAL.search(sentence) if tail is None and "," in sentence else None
        if tail is not None:
            rest = sentence[: tail.start()] + "."
        elif inside is not None:  # "Le budget, a insisté la délégation, a atteint ..."
            rest = f"{sentence[: inside.start()]} {sentence[inside.end() :]}"
        else:
            rest = sentence
    elif ((tail := _POSTPOSED.search(sentence) or _POSTPOSED_IN_ORDER.search(sentence))
          is not None and tail.start() < m.end()):
        # "X, a indiqué la délégation.", "X, he said in reply to a question ...": X is said
        rest = sentence[: tail.start()] + "."
    elif (inside := _PARENTHETICAL.search(sentence)) is not None and inside.start() < m.end():
        rest = f"{sentence[: inside.start()]} {sentence[inside.end() :]}"  # "X, a dit Y, Z"
    else:
        rest = sentence[m.end() :] if m.end() < len(sentence) else sentence
        topic = _FRONTED_TOPIC.match(sentence, 0, m.end())
        if topic and m.end() < len(sentence):  # "On hate speech, the delegation said ..."
            said = topic.group(0)
            if topic.start("askers") >= 0:  # not who asked: "questions [de M. X] sur ..."
                said = sentence[: topic.start("askers")] + sentence[topic.end("askers") : topic.end()]
            rest = f"{said} {rest}"
    return " ".join(rest.split())  # as re.sub(r"\s+", " ", rest).strip(), faster


#: A topic put before the speaker ("On hate speech, the delegation said that ..."): it says
#: what the statement is about, so it stays when the attribution goes.
_FRONTED_TOPIC = re.compile(
    r"(?:On|Regarding|Concerning|As regards|As for|As to|With regard to|With respect to|"
    r"Turning to|In relation to|S['’]agissant|En ce qui concerne|Concernant|Quant à|"
    r"Quant aux?|Pour ce qui est|Pour ce qui concerne|En matière|"
    r"Au sujet|Sur la question|"
    # "Responding to questions on land, ...", "En réponse aux questions sur la santé, ..."
    r"(?:Responding|Replying|In response|In reply|Répondant|En réponse) (?:to|aux?) "
    r"(?:a |the |those |these |des |la |les )?(?:questions?|queries|concerns?|comments?|"
    r"remarks?|préoccupations?|observations?) "
    # ... who put them: "Répondant aux questions de M. X et de Mme Y sur la surpopulation"
    r"(?P<askers>(?:of|from|by|raised by|put by|de|du|des|posées par|soulevées par) [^,;:]{2,80}? )?"
    r"(?:on|about|regarding|concerning|relating to|sur|concernant|relatives? à))\s[^,;:]{2,120},")


#: What stands before a reporting verb that is no speaker's: an auxiliary of the passive
#: ("parents were sometimes asked to", "as was noted").  (A clause before it may be the
#: speaker's own: "The Expert welcomed X, but noted Y" is attributed as "noted".)
_NO_SPEAKER = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:(?:\w+ly|not|also|often|sometimes|"
    r"always|never|still|already|then|again|seldom|repeatedly)\s+)?$",
    re.IGNORECASE)


#: A reporting verb after what is said (", a indiqué", ", ont ajouté", ", a-t-il ajouté",
#: ", said").  Keep its French verbs in step with ``data/questions.py``'s ATTRIBUTION: a
#: verb that opens an attribution there must close one here, or what is said is lost.
_VERB_AFTER = (
    r",\s+(?:(?:a|ont)\s+(?:(?:également|aussi|encore|enfin|notamment|par ailleurs|en outre|"
    r"ensuite|de plus)\s+)?(?:dit|déclaré|indiqué|souligné|précisé|expliqué|ajouté|relevé|"
    r"rappelé|noté|fait observer|répondu|assuré|affirmé|reconnu|estimé|signalé|mentionné|"
    r"fait valoir|fait savoir|poursuivi|insisté|fait remarquer|observé|constaté|regretté|"
    r"déploré|conclu)|(?:a|ont)-t-(?:il|elle|ils|elles)\s+\w+|said|added|explained|"
    r"noted|stressed|stated|indicated|replied|observed)"
)
#: The speaker: "the delegation", "la délégation", "the head of delegation", "M. Diallo",
#: "he"; never a clause ("said the flow went north").
_SPEAKER_AFTER = (
    r"\s+(?:(?:he|she|il|elle|they)|(?:M\.|Mme|Mr\.?|Ms\.?|Mrs\.?)\s+[^\s,;:?!]+"
    r"(?:\s+[^\s,;:?!.]+){0,3}"
    # titles may stand before the noun ("the Deputy Minister"), never a phrase with its own
    # article or preposition ("said a decision on a permanent expert commission ...")
    r"|(?:the|its|la|le|sa|son|l['’]|une?|an?)\s*(?:(?!(?:an?|the|on|of|in|to|for|de|du|des|"
    r"la|le|les|une?|sur|à)\s)[^\s,;:?!.]+\s+){0,4}?(?:delegation|délégation|"
    r"representative|représentante?|minister|ministre|head|chef|cheffe|spokesperson|"
    r"porte-parole|délégués?|delegates?|experte?|(?:co)?rapporteu(?:r|se)|membre|member|"
    # then a word ("la délégation ivoirienne") and the body a delegate represents, which may
    # be long ("un représentant du Ministère des enseignements maternel et primaire"); never
    # a clause ("said the delegation had not replied on inspections in the informal sector")
    r"présidente?|chair(?:person)?)(?:\s+[^\s,;:?!.]+)?(?:\s+(?:of|for|from|at|in|on|to|with|under|du|de|des|"
    r"d['’]\w+|pour|par|au|aux|auprès|chargée?)\b(?:\s+[^\s,;:?!.]+){0,9})?"
)
#: What may follow a closing attribution: the question it replies to ("..., he said in
#: reply to a question asked earlier.", "..., a précisé la délégation en réponse à une
#: question posée la veille.").
_REPLY_TAIL = (r"(?:,?\s+(?:in (?:reply|response) to|responding to|replying to|en réponse (?:à|aux?)|"
               r"répondant (?:à|aux?))\s[^,;:?!]{0,100}?)?")
#: An attribution after what is said, up to the end of the sentence: ", a indiqué la
#: délégation.", ", said the head of delegation, John Smith." (an apposition is a name: it
#: starts with a capital, so ", a indiqué la délégation, a été adopté" is no apposition).
_POSTPOSED = re.compile(
    _VERB_AFTER + _SPEAKER_AFTER + r"(?:,\s+(?-i:[A-ZÀ-Ý])[^,;:?!]{0,59}?)?)" + _REPLY_TAIL
    + r"[.!]?\s*$",
    re.IGNORECASE)
#: An attribution after what is said in the order of a plain clause: "..., Ms. Mendieta
#: observed.", "..., she added.", "..., the Expert noted."
_POSTPOSED_IN_ORDER = re.compile(
    r",\s+(?:(?:Mr|Ms|Mrs|Dr|M|Mme)\.?\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}|he|she|"
    r"they|(?:the|an?|another) (?:Committee )?(?:Expert|Rapporteur|Country Rapporteur|member|"
    r"delegation|head of delegation|Chair\w*))\s+(?:also\s+)?(?:said|observed|noted|added|"
    r"stressed|explained|stated|remarked|pointed out|recalled|continued|underlined|"
    r"emphasi[sz]ed|asserted)" + _REPLY_TAIL + r"[.!]?\s*$")
#: An asker named after the verb, closing the sentence: "How many complaints had been
#: filed, asked Kenji Morimoto, an Expert from Japan." (probe 371).
_ASKER_LAST = re.compile(
    rf",\s+{P.ASKED_BEFORE_ASKER}\s+(?:(?:Mr|Ms|Mrs|Dr|M|Mme)\.?\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}(?:,\s+(?:an?|the)\s+[^,.;?!]{2,60})?"
    r"[.?!]?\s*$")
#: An attribution set inside what is said: "Le plan, a indiqué la délégation, a été
#: adopté en 2020.", or closing its clause: "..., a précisé la délégation ; un protocole ..."
_PARENTHETICAL = re.compile(_VERB_AFTER + _SPEAKER_AFTER + r")\s*[,;:]\s+", re.IGNORECASE)
