"""Finders for speaker references, shared by the participants and turns stages.

A :class:`Cue` is one reference to a speaker in one sentence: a named person ("Jasminka
Dzumhur, Committee Expert and Country Rapporteur, said"), an honorific and surname ("Ms.
Ople (Philippines) said"), an anonymous member ("Another Expert asked"), the delegation,
the chair or a collective ("Committee Experts asked").  ``attribution`` is true when the
reference is the subject of the sentence's reporting verb, i.e. it opens a turn.

These functions only *find*; the stages decide what to write.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from treatyscope.data import speakers as P
from treatyscope.model import Span

CueKind = str  # person | anon_committee | collective_committee | delegation | anon_state | chair

_NAME = rf"{P.NAME_WORD}(?:\s+(?:{P.NAME_PARTICLE}\s+)*{P.NAME_WORD}){{1,5}}"
_SURNAME = rf"{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_PARTICLE}[ \t]+)*{P.NAME_WORD}){{0,3}}"
_VERB = rf"(?:(?:also|further|then|however|briefly|finally|again)\s+)?(?:{P.SPEECH_VERBS_EN}|{P.SPEECH_VERBS_FR})\b"
_PAREN = r"(?:\s*\((?P<paren>[^()]{2,90})\))?"
_TITLE = r"(?P<title>[^.;?!()]{2,260}?(?:\([^()]{1,80}\)[^.;?!()]{0,120}?)?)"
_TAIL = rf",\s*(?:{P.PARTICIPIAL},\s*)?(?:who\s+|qui\s+)?{_VERB}"
_START = rf"^(?:{P.INTRO_PHRASE})?"

#: Words that show a capitalised "name" is an institution or a place, not a person.
NOT_NAME_WORDS = frozenset(
    ["committee", "council", "government", "state", "states", "republic", "kingdom", "union", "nations", "united", "ministry", "office", "group", "delegation", "commission", "court", "parliament", "assembly", "convention", "federation", "secretariat", "chair", "chairperson", "president", "expert", "experts", "member", "members", "rapporteur", "country", "countries", "mission", "agency", "organization", "organisation", "bureau", "presidency", "meeting", "session", "today", "report", "reports", "women", "children", "human", "rights", "the", "comité", "délégation", "conseil", "gouvernement", "république", "royaume"]
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A reference to a speaker inside one sentence."""

    kind: CueKind
    span: Span
    name: str | None = None
    title: str | None = None
    paren: str | None = None
    attribution: bool = False


@cache
def _named_patterns() -> tuple[re.Pattern[str], ...]:
    flags = re.UNICODE
    return (
        # Jasminka Dzumhur, Committee Expert and Country Rapporteur, said ...
        re.compile(rf"{_START}(?P<name>{_NAME}){_PAREN},\s*{_TITLE}{_TAIL}", flags),
        # Introducing the report was NAME, TITLE, who said ... / présenté par M. NAME, TITRE, qui
        re.compile(
            rf"^(?:[^.;?!]{{0,80}}?(?:Introducing|Presenting) the reports? (?:was|were)|"
            rf"[^.;?!]{{0,160}}?(?:presented|introduced) by|[^.;?!]{{0,160}}?présentée? par)\s+"
            rf"(?:{P.HONORIFIC}\.?\s+)?(?P<name>{_NAME}){_PAREN}(?:,\s*{_TITLE})?,\s*(?:who|qui)\b",
            flags,
        ),
        # Ms. Ople (Philippines) said ... / Mr. Bazarbaev thanked ...
        re.compile(
            rf"{_START}(?P<hon>{P.HONORIFIC})\.?\s+(?P<name>{_SURNAME}){_PAREN}"
            rf"(?:,\s*{_TITLE},)?\s*(?:{P.PARTICIPIAL},\s*)?{_VERB}",
            flags,
        ),
        # Committee Expert Lucy Smith, who ... said / Committee Expert and Rapporteur, NAME, said
        re.compile(
            rf"{_START}(?P<title>(?:Committee |CEDAW |CRC )?(?:Expert|Member|Chairperson|Chair|"
            rf"Vice[- ]Chairperson|Vice[- ]Chair|Country Rapporteur|Rapporteur|Co-Rapporteur)"
            rf"(?: and (?:Country )?Rapporteur[^,]{{0,60}})?),?\s+(?P<name>{_NAME}),?\s+"
            rf"(?:who\s[^,.;]{{0,160}},\s*)?{_VERB}",
            flags,
        ),
        # Kirsten Sandberg said ...
        re.compile(rf"{_START}(?P<name>{_NAME}){_PAREN}\s+{_VERB}", flags),
    )


@cache
def _anon_patterns() -> tuple[tuple[CueKind, re.Pattern[str]], ...]:
    return (
        ("anon_committee", re.compile(rf"\b(?:{P.ANON_EXPERT_EN}|{P.ANON_EXPERT_FR})\b")),
        ("anon_state", re.compile(rf"\b(?:{P.ANON_STATE})\b")),
        ("chair", re.compile(rf"\b(?:{P.CHAIR})\b{_PAREN}")),
        ("delegation", re.compile(rf"\b(?:{P.DELEGATION_EN}|{P.DELEGATION_FR})\b")),
    )


@cache
def _subject_tail() -> re.Pattern[str]:
    """What follows a sentence subject that reports speech: (title,) (participle,) verb."""
    return re.compile(
        rf"{_PAREN}(?:,\s*[^.;?!]{{2,200}}?,)?\s*(?:{P.PARTICIPIAL},\s*)?{_VERB}", re.UNICODE
    )


@cache
def _intro() -> re.Pattern[str]:
    return re.compile(P.INTRO_PHRASE)


@cache
def _collective() -> re.Pattern[str]:
    return re.compile(rf"{_START}(?:{P.COLLECTIVE_EXPERTS})\s+(?:{_VERB})")


@cache
def _narrator() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in P.NARRATOR_OPENERS))


@cache
def _postposed() -> re.Pattern[str]:
    """French postposed attribution: ", a dit un expert," / "a-t-il été noté"."""
    return re.compile(rf"(?:a (?:dit|déclaré|indiqué|ajouté|relevé|souligné|fait observer)|"
                      rf"a-t-(?:il|elle) (?:dit|ajouté|relevé|souligné))\s+(?P<who>{P.ANON_EXPERT_FR})")


def name_cues(text: str, sentence: Span) -> list[Cue]:
    """Named speakers that are the subject of the sentence's reporting verb."""
    chunk = text[sentence.start : sentence.end]
    for rx in _named_patterns():
        m = rx.match(chunk)
        if not m or not _plausible_name(m.group("name")):
            continue
        groups = m.groupdict()
        span = Span(sentence.start + m.start("name"), sentence.start + m.end("name"))
        return [Cue("person", span, m.group("name"), _clean_title(groups.get("title")),
                    groups.get("paren"), attribution=True)]
    return []


def role_cues(text: str, sentence: Span) -> list[Cue]:
    """Anonymous members, the delegation and the chair referred to in the sentence."""
    chunk = text[sentence.start : sentence.end]
    found: list[Cue] = []
    for kind, rx in _anon_patterns():
        for m in rx.finditer(chunk):
            if _inside_title_phrase(chunk, m.start(), m.end()):
                continue
            span = Span(sentence.start + m.start(), sentence.start + m.end())
            paren = m.groupdict().get("paren")
            found.append(Cue(kind, span, None, None, paren, _is_subject(chunk, m.start(), m.end())))
    post = _postposed().search(chunk)
    if post:
        found = [c for c in found if c.span.start != sentence.start + post.start("who")]
        span = Span(sentence.start + post.start("who"), sentence.start + post.end("who"))
        found.append(Cue("anon_committee", span, attribution=True))
    return sorted(found, key=lambda c: c.span.start)


def collective_cue(text: str, sentence: Span) -> bool:
    """True if the sentence is spoken by the committee members collectively."""
    return bool(_collective().match(text, sentence.start, sentence.end))


def narrator_opener(text: str, sentence: Span) -> bool:
    """True if the sentence is in the narrator's voice and opens a narrator turn."""
    m = _narrator().match(text, sentence.start, sentence.end)
    return m is not None


def _is_subject(chunk: str, start: int, end: int) -> bool:
    """True if the phrase at ``chunk[start:end]`` is the subject of a reporting verb."""
    head = chunk[:start]
    if head.strip() and not _intro().fullmatch(head):
        return False
    return _subject_tail().match(chunk, end) is not None


def _inside_title_phrase(chunk: str, start: int, end: int) -> bool:
    """True for "head of delegation", "member of the delegation" and the like."""
    before = chunk[max(0, start - 30) : start].lower()
    return before.rstrip().endswith(("head of", "member of", "members of", "chef de", "of", "de"))


def _plausible_name(name: str) -> bool:
    words = [w.strip(".").casefold() for w in name.split()]
    return not any(w in NOT_NAME_WORDS for w in words)


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    return re.sub(r"\s+", " ", title).strip(" ,")


def fold(name: str) -> str:
    """Case- and accent-insensitive form of a name, for matching variants."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[\s\-‐'’]+", " ", bare).casefold().strip()


def display_name(name: str) -> str:
    """A readable form of a name: ALL-CAPS words become Title Case (JASMINKA -> Jasminka)."""
    words = []
    for word in name.split():
        if word.isupper() and len(word) > 1:
            word = "-".join(part.capitalize() for part in word.split("-"))
        words.append(word)
    return " ".join(words)
