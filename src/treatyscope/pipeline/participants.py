"""Participants: every named speaker with side, roles and title, the anonymous speakers
(one per side) and the narrator; name variants merged; mentions as spans.

A person becomes a participant when a sentence reports them speaking (a name is the
subject of a reporting verb); people only mentioned are not participants.  Variants are
merged by surname, ignoring case and diacritics ("JASMINKA DZUMHUR", "Ms. Dzumhur").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import cast

from rapidfuzz import fuzz

from treatyscope.data import speakers as P
from treatyscope.data.committees import NAME_PATTERNS
from treatyscope.data.countries import lookup_country
from treatyscope.data.dates import MONTHS
from treatyscope.model import Notice, Participant, Review, Side, Span
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.meta_delegation import find_delegation_composition
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.sentences import cut_sentence
from treatyscope.pipeline.spans import all_starts, finditer_near, first_match, lowered
from treatyscope.pipeline.speakers import (
    NOT_NAME_WORDS,
    Cue,
    chair_takers,
    collective_cue,
    committee_office,
    display_name,
    fold,
    heard_from,
    organisations_speak,
    presented_by,
    rapporteur_key,
    sentence_cues,
    states_listed,
)
from treatyscope.textutil import strip_accents

#: Two surnames are variants of one name at this rapidfuzz ratio or above: measured 94.7
#: for Bazarbaev/Bazarbayev (transliteration) and 87.5 for McCallum/MrCallum (a typo in a
#: real release).  Short names differ by one letter between different people (Shin/Shen
#: 75, Kut/Kutz 85.7, Amir/Amira 88.9), so surnames shorter than SHORT_SURNAME letters must
#: match exactly.
SURNAME_SIMILARITY = 85
SHORT_SURNAME = 6

NARRATOR_LABEL = "narrator"
ANON_COMMITTEE_LABEL = "unnamed committee expert"
DELEGATION_LABEL = "the delegation"
#: The State side when only States speaking in a debate make it ("Some speakers said").
STATES_LABEL = "States (unnamed speakers)"
ORGANISATIONS_LABEL = "organisations (unnamed speakers)"
_HEADER_CHAIR = re.compile(
    # ("Président (e):" with a space too, and a word split by the copy: "Chair person:")
    # (and the ending split off by the copy: "Président e: Mme Lee", "Préside n t e:")
    # (and "Chairperso n:", the last letter split off the same way)
    rf"^(?:Chair|Chair ?perso ?n|Chairman|Chairwoman|Pr[ée] ?sid ?e ?n ?t(?: ?e| ?\(e\))?|Présidence)"
    rf"\s*:\s*"
    # (a capital of Latin Extended-A too: "Ms. Šimonović", "Mr. Łukasz")
    rf"(?P<mention>(?:{P.HONORIFIC})\.?\s*"
    rf"(?P<name>(?:{P.NAME_PARTICLE}[ \t]+)?{P.NAME_CAPITAL}[\w'’\-]+(?:[ \t]+(?:{P.NAME_PARTICLE}[ \t]+)?"
    rf"{P.NAME_CAPITAL}[\w'’\-]+){{0,3}}))(?:[ \t]*\((?P<office>[^()]{{2,60}})\))?",
    re.MULTILINE,
)
#: The chair of a summary record is named in the header, within this many characters.
HEADER_CHARS = 4000


@dataclass
class _Person:
    """A named speaker while participants are being collected."""

    names: list[str]
    titles: list[str] = field(default_factory=list)
    parens: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)

    def best_name(self) -> str:
        """The fullest variant, preferring mixed case ("Peter Mwangi" over "PETER MWANGI")."""
        # (then written with its accents: "Núñez Ibáñez" over "Nunez Ibanez")
        best = max(self.names, key=lambda n: (len(n.split()), not n.isupper(), len(n),
                                              not n.isascii()))
        return display_name(best)


_THE_SAME = re.compile(P.SAME_MEMBER)
#: The office of a body's chair, as an election names it (not a vice-chair's).
_CHAIR_OFFICE = re.compile(r"(?:Chair(?:man|woman|person)?|Président(?:e)?)$", re.IGNORECASE)
#: A member yet to be chosen, not one who spoke: "A Committee member would be appointed",
#: "Un rapporteur sera élu", "an Expert will be designated".
_TO_BE_NAMED = re.compile(r"\s+(?:would|will|shall|is to|was to)\s+(?:later\s+|then\s+|also\s+)?be\s+"
                          r"[a-z]+ed\b|\s+(?:sera|serait|doit être|devra être)\s+[a-zé]+(?:é|ée|i|is)\b")


def _same_surname(a: str, b: str) -> bool:
    if min(len(a), len(b)) < SHORT_SURNAME:
        return a == b
    return fuzz.ratio(a, b) >= SURNAME_SIMILARITY


def _same_person(person: _Person, name: str) -> bool:
    """True if ``name`` is a variant of one of the person's names: the same surname (up to
    transliteration), and the same first initial unless one name is a tail of the other
    ("Izsák-Ndiaye" of "Rita Izsák-Ndiaye", "Cisternas Reyes" of "María Soledad ...")."""
    words = fold(name).split()
    if not words:
        return False
    for known in person.names:
        known_words = fold(known).split()
        if not _same_surname(known_words[-1], words[-1]):
            continue
        shorter, longer = sorted((words, known_words), key=len)
        if len(shorter) == len(longer) and len(words) > 1 and known_words[0][0] != words[0][0]:
            continue
        if len(shorter) < len(longer) and len(shorter) > 1 and longer[-len(shorter):] != shorter:
            continue
        return True
    return False


#: "Ms. X was (then) elected (as) Chairman", "X was re-elected Chairperson".
_ELECTED = re.compile(
    rf"(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name>{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_PARTICLE}[ \t]+)*"
    rf"{P.NAME_WORD}){{0,4}})(?:\s*\([^()]{{1,60}}\))?\s+(?:was|had been)\s+"
    rf"(?:then\s+|unanimously\s+|also\s+)?"
    rf"(?:re-)?elected\s+(?:as\s+)?(?:the\s+)?(?P<office>(?:Vice[- ])?Chair(?:man|woman|person)?"
    rf"|Rapporteur)\b"
    # ... in the active: "The Committee elected Ana Ruiz (Chile) as its new Chairperson"
    rf"|\b(?:re-)?elected\s+(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name2>{P.NAME_WORD}(?:[ \t]+"
    rf"(?:{P.NAME_PARTICLE}[ \t]+)*{P.NAME_WORD}){{0,4}})(?:\s*\([^()]{{1,60}}\))?\s+as\s+"
    rf"(?:its\s+|the\s+)?(?:new\s+)?(?P<office2>(?:Vice[- ])?Chair(?:man|woman|person)?|Rapporteur)\b"
)
#: ... in French: "Mme Sopio Kiladze (Géorgie) a été élue Présidente du Comité", "Le Comité
#: a élu M. Changrok Soh à la présidence" (probe t).
_ELECTED_FR = re.compile(
    rf"(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name>{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_PARTICLE}[ \t]+)*"
    rf"{P.NAME_WORD}){{0,4}})(?:\s*\([^()]{{1,60}}\))?\s+(?:a\s+été|avait\s+été)\s+"
    rf"(?:(?:ensuite|également|à\s+l['’]unanimité|réélue?)\s+)?(?:ré)?élue?\s+(?:au\s+poste\s+de\s+)?"
    rf"(?P<office>(?:Vice-)?Présidente?|Rapporteu(?:r|se))\b"
    rf"|\ba\s+(?:ré)?élu\s+(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name2>{P.NAME_WORD}(?:[ \t]+"
    rf"(?:{P.NAME_PARTICLE}[ \t]+)*{P.NAME_WORD}){{0,4}})(?:\s*\([^()]{{1,60}}\))?\s+"
    rf"(?:à\s+la\s+)?(?P<office2>(?:vice-)?présidence|(?:Vice-)?Présidente?|Rapporteu(?:r|se))\b"
    # ... the office first: "Le Comité a élu à sa présidence M. Pablo Ruiz, de l'Uruguay"
    rf"|\b(?:a\s+(?:ré)?élu|(?:ré)?élisant)\s+(?:à\s+(?:sa|la)\s+)(?P<office3>(?:vice-)?présidence)\s+"
    rf"(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name3>{P.NAME_WORD}(?:[ \t]+"
    rf"(?:{P.NAME_PARTICLE}[ \t]+)*{P.NAME_WORD}){{0,4}})"
)
#: The office of a French "à la présidence" election, as a title.
_PRESIDENCY = {"présidence": "Président", "vice-présidence": "Vice-Président"}


#: A speaker called head of delegation in passing ("The Chair ... invited Mr. Declercq,
#: head of the delegation, to make closing remarks", probe 369).
_HEAD_IN_PASSING = re.compile(
    rf"(?:{P.HONORIFIC})\.?\s+(?P<name>{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_PARTICLE}[ \t]+)*"
    rf"{P.NAME_WORD}){{0,4}})(?:\s*\([^()]{{1,60}}\))?,\s+(?P<office>{P.HEAD_OF_DELEGATION})\s*,")


#: A delegation "headed by" a speaker, in passing ("the delegation of Togo, headed by Mr.
#: Dzidédé, Minister of Human Rights, took places at the Committee table"; "The delegation
#: of Togo, headed by Christian Trimua, ..., included representatives of ...": probe e).
_HEADED_BY = re.compile(
    rf"\b(?:[Dd]elegation|[Dd]élégation)\b[^.;]{{0,80}}?,\s*(?:headed|led|dirigée|conduite|menée)\s+"
    rf"(?:by|par)\s+(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name>{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_PARTICLE}"
    rf"[ \t]+)*{P.NAME_WORD}){{0,4}})\s*,(?:\s*(?P<title>[A-Z][^,.;()]{{2,100}}),)?")

#: A speaker who led the delegation, said with a verb of the past ("Paul Ndong, ministre de
#: la justice, a conduit la délégation gabonaise", "Maria Lopez ... led the delegation").
_LED_THE_DELEGATION = re.compile(
    rf"(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name>{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_PARTICLE}[ \t]+)*"
    # (the title may end with its body's initials, and lack its closing comma: "X, Chairman
    # of the National Commission for Human Rights (CONADEH), headed the delegation", "Y,
    # Attorney General of Nicaragua headed the delegation")
    rf"{P.NAME_WORD}){{0,4}})(?:,(?P<title>[^,.;()]{{2,120}}?(?:\s*\([A-Z]{{2,12}}\))?)"
    rf"(?=,?\s+(?:a (?:conduit|dirigé|mené)|led|headed)\s))?,?"
    rf"\s+(?:a (?:conduit|dirigé|mené)|led|headed)\s+"
    rf"(?:la|sa|the|her|his|its) (?:[\w'’-]+ )?(?:délégation|delegation)\b")
#: The words :data:`_LED_THE_DELEGATION` holds (speed: it is only run near them).
_LED_WORDS = ("a conduit ", "a dirigé ", "a mené ", " led ", " headed ")


_HEAD_TITLE = re.compile(P.HEAD_OF_DELEGATION, re.I)


def _is_chair(person: _Person) -> bool:
    """True if the person's titles make them the committee's Chairperson."""
    low = " ; ".join(person.titles).lower()
    return bool(person.titles) and "Chairperson" in committee_roles(low) and not re.search(
        P.OTHER_TITLE, low)


@dataclass
class _Collector:
    """Gathers cues sentence by sentence, then builds the participant list."""

    text: str
    persons: list[_Person] = field(default_factory=list)
    anon_committee: list[Span] = field(default_factory=list)
    delegation: list[Span] = field(default_factory=list)
    has_collective: bool = False
    has_anon_state: bool = False
    states_speak: bool = False  # "Some speakers welcomed ...": States in a debate
    organisations_speak: bool = False  # "The United Nations Children's Fund also took the floor"
    # "The delegation said ..." (not only "thanked the delegation", "took places")
    delegation_speaks: bool = False
    chair_name: str | None = None
    chair_mention: Span | None = None  # the chair's name in the header ("Chair:Ms. Diallo")
    chair_office: str | None = None
    #: The header's chair, when only "The Chair" made her a participant (see add_chair).
    header_chair: _Person | None = None
    #: Office-holders of neither side referred to by office ("The High Commissioner said"):
    #: the office as written (no article) -> its mentions that speak or present.
    outside: dict[str, list[Span]] = field(default_factory=dict)
    record: bool = False
    treaty_body: bool = False
    chair_cues: list[Cue] = field(default_factory=list)
    #: A chair the text says was elected, not otherwise a participant: (name, where).
    elected_chair: tuple[str, int] | None = None
    #: Experts named by country only ("The expert from Brazil ... asked"): the expert whose
    #: title says so, else an unnamed expert.
    expert_offices: list[Span] = field(default_factory=list)
    #: Members of the delegation named by office only ("The Minister of Justice said"): the
    #: named speaker whose title holds it, else the delegation.
    state_offices: list[Span] = field(default_factory=list)

    def person(self, name: str) -> _Person | None:
        found = next((p for p in self.persons if _same_person(p, name)), None)
        if found is not None:
            return found
        words = fold(name).split()
        if len(words) == 1:
            # "Ms. Li" for "LI WENHUA", "Mr. Ramírez" for "Carlos Ramírez Ortega": a surname
            # that is not the last word, when exactly one known person's name holds it
            holders = [p for p in self.persons
                       if any(words[0] in fold(n).split()[:-1] for n in p.names)]
        else:
            # ... and the same when the surname came first: "Ms. Phan said ..." before
            # "PHAN SOKUNTHEA, Minister of Women's Affairs, said ..."
            holders = [p for p in self.persons
                       if all(len(known := fold(n).split()) == 1 and known[0] in words[:-1]
                              for n in p.names)]
        return holders[0] if len(holders) == 1 else None

    def add_named(self, cue: Cue, section: str) -> None:
        assert cue.name is not None
        person = self.person(cue.name)
        if person is None:
            person = _Person([cue.name])
            self.persons.append(person)
        else:
            person.names.append(cue.name)
        if cue.kind == "listed" and len(person.mentions) > 0:
            person.mentions.append(cue.span)  # a known speaker listed again: no new title
            return
        if cue.title:
            person.titles.append(cue.title)
        elif (body := _spoken_for(self.text, cue.span.start, cue.span.end)) is not None:
            person.titles.append(f"representative of {body}")
        if cue.paren:
            person.parens.append(cue.paren)
        person.sections.append(section)
        person.mentions.append(cue.span)

    def accept(self, cues: tuple[Cue, ...]) -> list[Cue]:
        """Cues that name participants.  A bare list of speakers ("Speaking in the
        discussion were A, B and C") is trusted only when it says they are Experts or
        names someone already known to speak; otherwise it may list States or NGOs."""
        listed = [c for c in cues if c.kind == "listed"]
        if not listed or any(c.title for c in listed):
            return list(cues)
        if not any(c.name and self.person(c.name) for c in listed):
            return [c for c in cues if c.kind != "listed"]
        return [replace(c, title="Committee Expert") if c.kind == "listed" else c for c in cues]

    def add_role(self, cue: Cue) -> None:
        if cue.kind == "anon_committee":
            if (not self.anon_committee and self.persons
                    and _THE_SAME.match(self.text, cue.span.start)):
                return  # "The same Expert" after a named one is that one (probe 355)
            if _TO_BE_NAMED.match(self.text, cue.span.end):
                return  # "A Committee member would be charged to ...", "Un rapporteur sera élu"
            self.anon_committee.append(cue.span)
        elif cue.kind == "delegation":
            self.delegation.append(cue.span)
            self.delegation_speaks = self.delegation_speaks or cue.attribution
        elif cue.kind == "anon_state" and cue.attribution:
            self.has_anon_state = True
        elif cue.kind == "chair" and cue.attribution:
            self.chair_cues.append(cue)
        elif cue.kind == "office" and cue.attribution:
            if committee_office(cue.span.slice(self.text)):
                self.expert_offices.append(cue.span)
            else:
                self.state_offices.append(cue.span)
        elif cue.kind == "outside" and (cue.attribution or presented_by(self.text, cue.span)):
            office = _OFFICE_ARTICLE.sub("", cue.span.slice(self.text))
            self.outside.setdefault(office, []).append(cue.span)

    def add_elected_offices(self) -> None:
        """An office a speaker is elected to ("Ms. Medina Quiroga was then elected as
        Chairman of the Committee") is among their titles; election alone makes nobody a
        participant."""
        # only around "elected" (speed: the pattern opens with a name, tried everywhere
        # it cost 3 ms on the sample); a match spans at most the name and the office
        for m in finditer_near(_ELECTED, self.text, ("elected",), 200, 80):
            self._add_elected(m.group("name") or m.group("name2"),
                              m.group("office") or m.group("office2"), m.end())
        for m in finditer_near(_ELECTED_FR, self.text, ("élu", "élisant"), 200, 80):
            name = m.group("name") or m.group("name2") or m.group("name3")
            office = m.group("office") or m.group("office2") or m.group("office3")
            self._add_elected(name, _PRESIDENCY.get(office.lower(), office), m.end())

    def _add_elected(self, name: str, office: str, at: int) -> None:
        person = self.person(name)
        if person is not None:
            person.titles.append(office)
            person.names.append(name)  # often the fuller name
        elif _CHAIR_OFFICE.match(office):
            self.elected_chair = (name, at)  # who "The Chair" is after the election

    def add_heads_in_passing(self) -> None:
        """A speaker called head of delegation in passing (:data:`_HEAD_IN_PASSING`) is the
        head; it makes nobody a participant."""
        for m in finditer_near(_HEAD_IN_PASSING, self.text, ("head of", "hef de", "heffe de"),
                               160, 60):
            person = self.person(m.group("name"))
            if person is not None and m.group("office") not in person.titles:
                person.titles.append(m.group("office"))
        for m in finditer_near(_LED_THE_DELEGATION, self.text, _LED_WORDS, 220, 60):
            person = self.person(m.group("name"))
            if person is not None and not any(map(_HEAD_TITLE.search, person.titles)):
                if m.group("title") and not person.titles:
                    person.titles.append(m.group("title").strip())  # his office, as no cue gave one
                if m.group("name") not in person.names:
                    person.names.append(m.group("name"))  # often the fuller name
                person.titles.append("head of delegation")
        for m in finditer_near(_HEADED_BY, self.text, ("headed by", "led by", "dirigée par",
                                                       "conduite par", "menée par"), 200, 80):
            person = self.person(m.group("name"))
            if person is not None and not any(map(_HEAD_TITLE.search, person.titles)):
                if m.group("title") and not person.titles:
                    person.titles.append(m.group("title"))  # his office, as no cue gave one
                person.titles.append("head of delegation")

    def add_chair(self) -> None:
        """The chair speaks as "The Chair": a named participant if the header names them."""
        if not self.chair_cues:
            return
        if self.chair_name is None:
            named_chair = next((p for p in self.persons if _is_chair(p)), None)
            if named_chair is None and self.elected_chair is not None:
                # "Le Comité a élu à sa présidence M. X. Le Président du Comité a rappelé":
                # the chair elected speaks as the Chair after the election
                name, at = self.elected_chair
                after = [c.span for c in self.chair_cues if c.span.start > at]
                if after:
                    elected = _Person([name], titles=["Chairperson"])
                    self.persons.append(elected)
                    elected.mentions.extend(after)
                    # (the Chair before the election is another, unnamed)
                    self.chair_cues = [c for c in self.chair_cues if c.span.start <= at]
                    if not self.chair_cues:
                        return
            if named_chair is None and not self.treaty_body:
                # the presiding officer of the Council or the Assembly ("As for Fiji, the
                # President said ..."): an office of neither side, as "the Vice-President
                # of the Council" is, not an Expert
                for cue in self.chair_cues:
                    office = _OFFICE_ARTICLE.sub("", cue.span.slice(self.text))
                    self.outside.setdefault(office, []).append(cue.span)
            elif named_chair is None:
                self.has_collective = True  # an unnamed chair speaks for the committee side
            else:  # "Name, Committee Chair, thanked ... The Chair said ...": the same person
                named_chair.mentions.extend(cue.span for cue in self.chair_cues)
            return
        person = self.person(self.chair_name) or _Person([self.chair_name])
        if person not in self.persons:
            self.persons.append(person)
            self.header_chair = person  # a participant only by the chair's words
        if self.chair_office:  # the office they hold, first: "(Vice-Chairperson)"
            person.titles.append(self.chair_office)
        person.titles.append("Chairperson")
        for cue in self.chair_cues:
            if cue.paren:
                person.titles.append(cue.paren)
            person.mentions.append(cue.span)
        if self.chair_mention is not None and self.chair_mention not in person.mentions:
            person.mentions.append(self.chair_mention)  # (a header is no running text)

    def add_acting_chairs(self) -> None:
        """A member who takes the chair ("Mr. Kouassi, Vice-Chair, took the Chair") and
        then speaks as "The Chair" is a participant: "The Chair" after it, up to the next
        taker, is that member.  Taking the chair alone makes nobody a participant."""
        takers = chair_takers(self.text)
        if not takers:
            return
        ends = [t.at for t in takers[1:]] + [len(self.text)]
        for taker, end in zip(takers, ends, strict=True):
            spoken = [c.span for c in self.chair_cues if taker.at < c.span.start < end]
            person = self.person(taker.name)
            if person is None:
                if not spoken:
                    continue
                person = _Person([taker.name])
                self.persons.append(person)
            # (the acting chair holds both offices, as the references list them)
            person.titles.extend(filter(None, (taker.office, "Chairperson")))
            person.mentions.append(taker.span)
            for span in spoken:
                for other in self.persons:  # the chair of the header had been given it
                    if other is not person and span in other.mentions:
                        other.mentions.remove(span)
                if span not in person.mentions:
                    person.mentions.append(span)
        chair = self.header_chair
        if chair is not None and set(chair.mentions) <= {self.chair_mention}:
            # every "The Chair" was another member's, who had taken the chair: the chair of
            # the header did not speak (probe D)
            self.persons.remove(chair)

    def add_full_names(self) -> None:
        """The full name of a speaker the text names in full only where nobody speaks: "Ms.
        Medina Quiroga said" after the heading "Cecilia Medina Quiroga, of Chile, Elected
        Chairman"; "Mr. de Varennes explained" after "a dialogue with Fernand de Varennes,
        Special Rapporteur".  Only one full form: two ("Ana Lopez", "Rosa Lopez") may be two
        people."""
        for person in self.persons:
            known = max(person.names, key=lambda n: len(n.split()))
            if known.isupper():
                continue  # an ALL-CAPS introduction is the full name already
            forms = {fold(f): f for f in _full_forms(self.text, known)}
            if len(forms) == 1:
                person.names.extend(forms.values())

    def add_name_mentions(self, regions: list[Span]) -> None:
        """Later references to known persons: full names, ALL-CAPS and honorific + surname.

        Names are found with plain string search (compiling a regex per person cost more
        than the search) and a preceding honorific is checked on each hit.
        """
        starts = [r.start for r in regions]
        finder = _Occurrences(self.text)  # one for all persons: it keeps what it searched
        accented = None if self.text.isascii() else _accented_words(self.text)
        for person in self.persons:
            if accented:
                # "Mr. NUNEZ IBANEZ (Chile) said" after the seating list's "Mr. Núñez
                # Ibáñez": the text's accents are the name's
                person.names += [a for n in person.names
                                 if (a := _with_accents(display_name(n), accented))
                                 not in person.names]
            variants = {display_name(n) for n in person.names} | set(person.names)
            variants |= {n.split()[-1] for n in variants}
            variants |= {n.upper() for n in variants}
            for variant in sorted(variants, key=len, reverse=True):
                for start in finder.of(variant):
                    end = start + len(variant)
                    i = bisect_right(starts, start) - 1
                    if i < 0 or end > regions[i].end:
                        continue  # outside running text: a heading or boilerplate
                    hon = _HONORIFIC_BEFORE.search(self.text, max(0, start - 12), start)
                    span = Span(hon.start() if hon else start, end)
                    whole = " " in variant or (hon is not None
                                               and not _NAME_GOES_ON.match(self.text, end))
                    if whole and not any(span.overlaps(s) for s in person.mentions):
                        person.mentions.append(span)


#: A letter with a diacritic (found alone: a scan for it is fast, and such letters are few).
_ACCENTED_LETTER = re.compile(r"[À-ÖØ-öø-ɏ]")
#: The word characters around it.
_WORD_LEFT = re.compile(r"[\w'’-]*$")
_WORD_RIGHT = re.compile(r"[\w'’-]*")


def _accented_words(text: str) -> dict[str, str]:
    """The text's capitalised words with diacritics ("Núñez", "Pérez-Hernández"), by their
    form without them."""
    found: dict[str, str] = {}
    end = 0
    for m in _ACCENTED_LETTER.finditer(text):
        if m.start() < end:
            continue  # another letter of a word already taken
        left = _WORD_LEFT.search(text, max(0, m.start() - 40), m.start())
        start = left.start() if left else m.start()
        right = _WORD_RIGHT.match(text, m.start())
        end = right.end() if right else m.end()
        word = text[start:end]
        if word[:1].isupper():
            found[strip_accents(word)] = word
    return found


def _with_accents(name: str, accented: dict[str, str]) -> str:
    """``name`` with each word the text writes with diacritics written so ("Nunez Ibanez"
    -> "Núñez Ibáñez")."""
    return " ".join(accented.get(word, word) for word in name.split())


#: A capitalised word after a surname: the surname begins a longer name ("Mr. Mamani
#: Choque" is not "Mr. Mamani" of "Quispe Mamani").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-ZÀ-Ý][a-zà-ÿ]")
#: Up to three capitalised words before a known name: its given names, or a title.
_WORDS_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’\-]+[ \t]+){1,3})$")
#: Forms of address not among the honorifics (P.HONORIFIC): "the Honorable Keith Harper".
_ADDRESS_WORDS = frozenset({"honorable", "honourable", "excellency", "hon"})
_OFFICE_WORD = re.compile(rf"(?:{P.HONORIFIC}|{P.OFFICE_HONORIFIC}|{P.TITLE_WORDS})")


def _full_forms(text: str, name: str) -> list[str]:
    """``name`` with the given names written before it where the text names it in full."""
    forms = []
    for start in _occurrences(text, name):
        if _NAME_GOES_ON.match(text, start + len(name)):
            continue
        m = _WORDS_BEFORE.search(text, max(0, start - 60), start)
        if m is None:
            continue
        given: list[str] = []
        for word in m.group(1).split():
            # (a State's name of two words is no given name: "Costa Rica")
            state = lookup_country(word) or (given and lookup_country(f"{given[-1]} {word}"))
            given = [*given, word] if _given_name(text, word) and not state else []
        if given:
            forms.append(" ".join([*given, name]))
    return forms


#: Words that open a sentence before a name ("But Pedro Alves, the chairman, said"), no
#: given names.
_SENTENCE_LINKS = frozenset({"but", "and", "yet", "so", "also", "however", "then", "still"})


def _given_name(text: str, word: str) -> bool:
    """Whether a capitalised word before a name may be a given name: not an honorific, an
    office, a month or an institution's word, and never written in lower case in the text
    ("Today", "Yesterday", "Presenting")."""
    low = word.casefold()
    return not (low in NOT_NAME_WORDS or low in MONTHS or low in _ADDRESS_WORDS
                or low in _SENTENCE_LINKS or _OFFICE_WORD.fullmatch(word)
                or re.search(rf"\b{re.escape(low)}\b", text) is not None)


def _occurrences(text: str, word: str) -> list[int]:
    """Start offsets of ``word`` in ``text`` as a whole word (plain search, no regex)."""
    found, start = [], text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            found.append(start)
        start = text.find(word, end)
    return found


class _Occurrences:
    """:func:`_occurrences` of a person's name variants, searching the text once per last
    word rather than once per variant (speed only: "Jasminka Dzumhur" and "Dzumhur" share
    the search for "Dzumhur").

    Exact: every occurrence of a variant ends with an occurrence of its last word, so the
    variant's occurrences are found among the positions that far before those; from them,
    the ones :func:`_occurrences` visits are taken (each at or after the end of the one
    before) and kept when they stand as whole words.
    """

    __slots__ = ("by_key", "by_word", "low", "text")

    def __init__(self, text: str) -> None:
        self.text, self.low = text, lowered(text)
        self.by_word: dict[str, list[int]] = {}  # last word -> every offset where it starts
        self.by_key: dict[str, list[int]] = {}  # lower-cased last word -> offsets in low

    def of(self, variant: str) -> list[int]:
        """``_occurrences(text, variant)``."""
        words = variant.split()
        if not words or not variant.endswith(words[-1]):
            return _occurrences(self.text, variant)
        text, last = self.text, words[-1]
        offset = len(variant) - len(last)
        found: list[int] = []
        after_previous = 0  # where the scan of _occurrences goes on
        for at in self._all(last):
            start = at - offset
            if start < after_previous or not text.startswith(variant, start):
                continue
            end = start + len(variant)
            after_previous = end
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            if not (before.isalnum() or after.isalnum()):
                found.append(start)
        return found

    def _all(self, word: str) -> list[int]:
        """Every offset where ``word`` starts, overlapping ones too, in order."""
        found = self.by_word.get(word)
        if found is None:
            found = self.by_word[word] = self._search(word)
        return found

    def _search(self, word: str) -> list[int]:
        """Every offset where ``word`` starts, overlapping ones too, in order.

        Only for speed: a name's Title Case and ALL-CAPS forms ("Dzumhur", "DZUMHUR") share
        one search of the lower-cased text (a search of the whole text is ~20 µs).  Exact:
        lowering keeps every offset (see :func:`lowered`), so wherever ``word`` is written
        its lower-cased form is, when that form is as long as the word.
        """
        key = word.lower()
        if self.low is None or len(key) != len(word):
            return all_starts(self.text, word)
        hits = self.by_key.get(key)
        if hits is None:
            hits = self.by_key[key] = all_starts(self.low, key)
        text = self.text
        return [at for at in hits if text.startswith(word, at)]


_HONORIFIC_BEFORE = re.compile(rf"\b(?:{P.HONORIFIC})\.?\s+$")
#: An organisation a speaker is said to speak for, before their name: "Speaking for the
#: World Organisation Against Torture, Mariam Haddad said ...".
_SPOKEN_FOR = re.compile(
    rf"\b(?:[Ss]peaking|[Ii]ntervening|[Tt]aking the floor) (?:for|on behalf of) (?:the )?"
    # (not a State's own body: "the Government Council for ...", "the Ministry of ...")
    rf"(?!(?:Government|Governmental|Federal|Presidential|State|Inter-?[Aa]gency|"
    rf"Inter-?[Mm]inisterial|Ministry)\b)"
    rf"(?P<body>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|against|on|and|the|des|de|pour)\s+)*){{0,6}}"
    rf"(?:{P.ORGANISATION}|International|Amnesty)\b[^,.;]{{0,60}}),\s*$")


#: ... or after it: "MARIAM HADDAD, speaking on behalf of the National Council for ..., the
#: independent mechanism for monitoring ..., said" (the apposition says what the body is).
_SPEAKING_FOR_AFTER = re.compile(
    r"\s*(?:\([^()]{1,90}\))?,\s+speaking (?:for|on behalf of) (?P<body>[^,.;]{3,160}"
    r"(?:,\s+(?:the|an?)\s[^,.;]{2,160})?),")


def _spoken_for(text: str, start: int, end: int) -> str | None:
    """The organisation a speaker is said to speak for, just before their name (``start``)
    or just after it (``end``)."""
    m = _SPOKEN_FOR.search(text, max(0, start - 160), start)
    if m is not None:
        return m.group("body")
    after = _SPEAKING_FOR_AFTER.match(text, end)
    return after.group("body") if after else None


def classify(
    titles: list[str],
    parens: list[str],
    sections: list[str],
    *,
    record: bool = False,
    treaty_body: bool = False,
) -> tuple[str, list[str], bool]:
    """Side, roles and head-of-delegation flag of a named person from titles and context.

    ``record`` says the text is a summary record, where a delegate carries the State in
    brackets ("Ms. Ople (Philippines)") and an expert carries nothing ("Mr. Politi").
    ``treaty_body`` says the text reports a treaty body's meeting, where a speaker named
    with no title at all ("Mr. Amir informed ...") is far more often a member than anyone
    else; in Council and Assembly texts such a speaker stays on the "other" side.
    """
    low = " ; ".join(titles + parens).lower()
    if re.search(P.HEAD_OF_DELEGATION, low):
        return "state", ["Head of Delegation"], True
    if re.search(P.STRONG_STATE_TITLE, low):
        return "state", ["Delegation"], False
    if re.search(P.STAFF_TITLE, low):  # "Secretary of the Committee": staff, not a member
        return "other", [], False
    if re.search(P.COMMITTEE_OFFICE, low) or _committee_title(titles + parens):
        return "committee", committee_roles(low), False
    if re.search(P.PRESENTING_TITLE, low) and (_NHRI.search(low) or _UN_MANDATE.search(low)):
        # a national institution or a mandate of the United Nations presenting its own
        # report: "Le Président de la Commission nationale des droits de l'homme du Niger,
        # M. X, a présenté le rapport de son institution", "Ms. X, United Nations High
        # Commissioner for Human Rights, introducing the annual report, ..."
        return "other", [], False
    if re.search(P.PRESENTING_TITLE, low) and not _bare_committee_office(titles):
        # (not a bare office of the Committee's: "M. Contesse, Vice-Président, a présenté le
        # rapport" presents the session's report, probe t)
        return "state", ["Delegation"], False
    if re.search(P.OTHER_TITLE, low):
        if _national_high_commissioner(low, sections):
            return "state", ["Delegation"], False
        return "other", [], False
    if any(_generic_office(t) for t in titles + parens):
        return "committee", committee_roles(low), False
    if parens and any(_TREATY_BODY.search(p) for p in parens):
        # a member of a body in a joint meeting: "Mr. Haugen (Committee against Torture)"
        return "committee", committee_roles(low) or ["Committee Expert"], False
    if parens and any(_ORGANISATION_BRACKET.search(p) and lookup_country(p) is None
                      for p in parens):
        return "other", [], False  # "Ms. Rossi (Council of Europe)"
    if parens:
        return "state", ["Delegation"], False  # "Ms. Ople (Philippines)"
    if re.search(P.STATE_TITLE, low):
        return "state", ["Delegation"], False
    if titles and all(_DESCRIBED.match(t.strip()) for t in titles):
        # a person the meeting heard, described, not given an office: "Mr. Farouk, a lawyer
        # whose son had disappeared", "Ms. Haddad, a journalist, had addressed the Committee"
        return "other", [], False
    if record:
        return "committee", ["Committee Expert"], False  # experts carry no State in records
    if {"questions", "statements"} & set(sections):
        return "committee", ["Committee Expert"], False
    if {"presentation", "responses"} & set(sections):
        return "state", ["Delegation"], False
    if treaty_body and not titles:
        return "committee", ["Committee Expert"], False
    return "other", [], False


#: A national human rights institution or ombudsman in a title (see P.OTHER_TITLE).
_NHRI = re.compile(
    r"national human rights (?:institution|commission\b)|human rights commission\b|"
    r"(?:national )?commission (?:on|for) human rights|institution nationale des droits|"
    r"commission nationale (?:indépendante )?des droits|ombuds(?:man|person)|"
    r"défenseu?r(?:e)? des droits|protect(?:eur|rice) du citoyen|médiat(?:eur|rice) de la république")


#: A mandate of the United Nations in a title (never a State's, unlike a "Secretary-General"
#: of a ministry).
_UN_MANDATE = re.compile(
    r"united nations high commissioner|high commissioner for (?:human rights|refugees)|"
    r"special rapporteur|independent expert|commission of inquiry|investigative mechanism|"
    r"fact-finding mission|rapporteur spécial|rapporteuse spéciale|experte? indépendante?|"
    r"haute?-commissaire des nations unies")


#: A treaty body named in a member's brackets (the Council is none: its speakers are States).
_TREATY_BODY = re.compile(
    "|".join("(?:" + p.replace(" ", r"\s+") + ")" for code, p in NAME_PATTERNS if code != "HRC"),
    re.IGNORECASE)
#: An organisation named in a speaker's brackets, where a delegate's State stands.
_ORGANISATION_BRACKET = re.compile(
    rf"\b(?:{P.ORGANISATION}|Red Cross|Red Crescent|Institution|Croix-Rouge|Conseil de "
    r"l['’]Europe|Union européenne)\b")


#: A title that describes a person by an indefinite noun phrase, no office: "a lawyer",
#: "an activist whose husband had disappeared", "une journaliste".
_DESCRIBED = re.compile(
    r"(?:an?|une?)\s+(?!(?:(?:[\w-]+\s+){0,2})(?:expert|experte|member|membre|representative|"
    r"représentante?|delegate|délégué|official|officer|rapporteur|rapporteuse|chair|"
    r"vice-chair|co-chair)\b)[a-zà-ÿ]", re.I)


def _generic_office(title: str) -> bool:
    """True if ``title`` is a bare office ("Vice-Président", "the new Chairperson"):
    :data:`~treatyscope.data.speakers.COMMITTEE_GENERIC_TITLE`, dated or not."""
    return re.search(P.COMMITTEE_GENERIC_TITLE,
                     _NEW_OR_OUTGOING.sub("", title.strip().lower())) is not None


def _bare_committee_office(titles: list[str]) -> bool:
    """True if a title, without what the person presented, is a bare office of the
    Committee's ("Vice-Président", "Rapporteuse")."""
    return any(_generic_office(_PRESENTING_PHRASE.sub("", t).strip(" ,")) for t in titles)


_HIGH_COMMISSIONER = re.compile(r"high commissioner|haut-commissaire|haut-commissariat")
_UN_OFFICE = re.compile(r"united nations|nations unies|refugees|réfugiés|office of|"
                        r"haut-commissariat des")


def _national_high_commissioner(low: str, sections: list[str]) -> bool:
    """True for a State's own High Commissioner ("Haut-Commissaire aux droits de l'homme
    et à la bonne gouvernance") who speaks only for the delegation: an office no outside
    title but that one names, not the United Nations' or the refugees'."""
    return (_HIGH_COMMISSIONER.search(low) is not None and _UN_OFFICE.search(low) is None
            and re.search(P.OTHER_TITLE, _HIGH_COMMISSIONER.sub("", low)) is None
            and bool({"presentation", "responses"} & set(sections))
            and not {"questions", "statements"} & set(sections))


#: Words that date an office ("the new Chairperson", "la nouvelle Présidente", "Président
#: sortant"): the office is the same.
_NEW_OR_OUTGOING = re.compile(
    r"^(?:(?:the|la|le) )?(?:new|newly elected|outgoing|incoming|nouvelle|nouveau|"
    r"nouvellement élue?|sortante?) ")


def _committee_title(parts: list[str]) -> bool:
    return any(re.search(P.COMMITTEE_TITLE, part.strip().lower()) and not _states_committee(part)
               for part in parts)


#: A committee named with its State at the end ("Head of the Committee on Women and Family
#: Relations of Tajikistan"): the State's own body, not the treaty body.
_COMMITTEE_OF_STATE = re.compile(
    r"\bcommittee (?:on|for) [^,;()]*? of (?:the )?(?P<state>[^,;()]+?)\s*(?:,|$)", re.IGNORECASE)


def _states_committee(title: str) -> bool:
    m = _COMMITTEE_OF_STATE.search(title.strip())
    return m is not None and lookup_country(m.group("state")) is not None


_RAPPORTEUR_FOR = re.compile(r"rapporteu(?:r|se) (?:for|pour|sur) (?P<rest>[^,;()]{3,80})")


def _rapporteur_for_state(low: str) -> bool:
    """True for a Rapporteur for a State ("rapporteur for the republic of moldova"): the
    words after "for" begin with a State's name."""
    m = _RAPPORTEUR_FOR.search(low)
    if m is None:
        return False
    words = m.group("rest").split()
    return any(lookup_country(" ".join(words[:n])) for n in range(1, min(len(words), 8) + 1))


def committee_roles(low: str) -> list[str]:
    """Normalised committee roles named in a lower-cased title.

    The committee's own (bureau) Rapporteur is a Committee Expert; a Rapporteur for a
    country report is a Country Rapporteur; a chair who is Vice-Chair holds both offices.
    """
    roles = []
    if re.search(
        r"(?<!vice[- ])(?<!vice)\b(?:chair(?:person|man|woman)?|président(?:e)?)\b"
        r"(?! of (?:the |a |its )?(?:working group|task force|pre-sessional|groupe de travail))",
        low,
    ):
        roles.append("Chairperson")
    if re.search(r"vice[- ]?chair|vice-président", low):
        roles.append("Vice-Chairperson")
    country = re.search(
        r"country (?:co-?)?rapporteur|rapporteu(?:r|se) (?:for|pour) (?:the |le )?(?:report|rapport|pays)|"
        # "rapporteuse du Comité pour le rapport du Viet Nam", "Rapporteur of the Committee
        # for the report of ..." (probe d)
        r"rapporteu(?:r|se) (?:of the committee|du comité) (?:for|pour) (?:the |le )?(?:report|rapport)|"
        r"rapporteu(?:r|se) de pays|"
        # a State's adjective before it, news style: "the committee's peruvian rapporteur"
        r"(?:committee|panel)['’]s [a-z]+(?:an|ese|ish|i|ic) rapporteur|"
        r"co-?rapporteu(?:r|se)|task ?force|équipe spéciale|groupe de travail (?:chargé|pour|sur|de pays)|"
        r"(?:coordonnat(?:eur|rice)|rapporteu(?:r|se)) du groupe|rapporteu(?:r|se)s?\b[^,;]{0,60}\b(?:pour l['’]examen|"
        r"chargée? de l['’]examen|for the (?:review|consideration|examination))",
        low,
    ) is not None or _rapporteur_for_state(low)  # "Rapporteur for the Republic of Moldova"
    # The Chair is one of the Experts by office: "Committee Chairperson and expert member
    # from Brazil" is the Chairperson only, as the references list chairs.
    member = "Chairperson" not in roles and re.search(r"\bexpert|\bmember\b|membre", low)
    if member or (re.search(r"rapporteu(?:r|se)", low) and not country):
        roles.append("Committee Expert")
    if country:
        roles.append("Country Rapporteur")
    return roles or ["Committee Expert"]


#: A relative clause after a title says what the person did, not what they are: "Secrétaire
#: d'État aux droits de l'homme, qui s'exprimait en ligne depuis Tegucigalpa".
_RELATIVE = re.compile(r",\s+(?:qui|who|which)\b")
_ROLE_WORD = re.compile(r"rapporteu|chair|présid|member|membre|head|chef|expert|coordinat|"
                        r"coordonnat", re.IGNORECASE)
_HEAD_PHRASE = re.compile(
    rf",?\s*(?:and\s+|et\s+|who\s+|qui\s+)?(?:the\s+)?(?:{P.HEAD_OF_DELEGATION})", re.I)


def _title_of(person: _Person, roles: list[str]) -> str | None:
    """The person's title, without the head-of-delegation phrase and bare role words: the
    first one given, or a later mention's that repeats it and adds an office ("Garde des
    sceaux" then "Garde des sceaux, Ministre de la justice"), which the office cues of the
    turns ("la Ministre a précisé") need whole."""
    titles = [t for t in map(_cleaned_title, person.titles) if t]
    if not titles:
        return None
    first = titles[0]
    return next((t for t in titles[1:] if _adds_office(first, t)), first)


#: A title that goes on after a shorter one: a comma or a conjunction, then a capital (an
#: office: "Garde des sceaux, Ministre de la justice"), not what the person did ("...,
#: in concluding remarks", "..., presenting the report", "..., on article 9").
_MORE_OFFICE = re.compile(r"(?:,| and| et) [A-ZÀ-Ý]")


def _adds_office(first: str, later: str) -> bool:
    """True when ``later`` is ``first`` followed by another office."""
    return later.startswith(first) and _MORE_OFFICE.match(later, len(first)) is not None


_PRESENTING_PHRASE = re.compile(
    r"(?:^|,)\s*(?:also\s+)?(?:presenting|introducing|présentant) (?:the|his|her|their|its|le|son|"
    r"leur) [^,;]*?(?:reports?|rapports?)\b[^,;]*", re.IGNORECASE)


#: The name after "predecessor" in what a mandate holder presents ("presenting the last
#: report of her predecessor, Jonas Berg"): part of that phrase, no office.
_PREDECESSOR = re.compile(r"\b(predecessor|prédécesseure?),\s*[A-ZÀ-Ý][\w'’. -]{2,60}?(?=,|$)")


#: A clause after an office, set off by a comma: what the speaker was doing ("Committee
#: Chairperson, summarizing the work of the session", "..., in opening remarks"), no part of
#: the office.  (A participle in lower case: "Minister of Planning, Housing and Works" is one
#: office.)
_TRAILING_CLAUSE = re.compile(
    r",\s+(?:[a-z]+ing\b|in (?:(?:his|her|their|an|the) )?(?:opening|introductory|concluding|"
    r"closing) (?:remarks|statement))")


#: A relative clause left as a title once what the speaker presented is cut.
_LEADING_RELATIVE = re.compile(r"(?:which|who|whose|that|qui|dont)\b")
#: A clause that opens with a participle in lower case: what the speaker was doing.
#: (not the nouns in "-ant": "représentant du Service international ...", "assistant")
_LEADING_PARTICIPLE = re.compile(
    r"(?!(?:représentant|assistant|consultant|lieutenant|suppléant|commandant|intendant|"
    r"sergeant|adjudant|attendant)\b)[a-zà-ÿ]+(?:ing|ant)\b")


#: Words a title cannot open with (see :func:`_cleaned_title`).
_LEADING_JOINER = re.compile(r"^(?:and|et|the|of the|of)\s+(?=[A-ZÀ-Ý])")


def _cleaned_title(title: str) -> str | None:
    """One title without the head-of-delegation phrase, a relative clause and bare role
    words (None when nothing is left)."""
    low = title.lower()
    # speed only: every head-of-delegation phrase holds one of these (the pattern,
    # which opens with optional parts and re.I, is tried at every position)
    held = "delegat" in low or "délégat" in low
    cleaned = (_HEAD_PHRASE.sub("", title) if held else title).strip(" ,")
    # what joined it to the head's phrase or the text: "(head of the delegation) and
    # Director of the Family Planning Association", "the Secretary to the Committee"
    cleaned = _LEADING_JOINER.sub("", cleaned, count=1)
    if "resent" in cleaned or "ésent" in cleaned or "ntroduc" in cleaned:  # speed only
        # what the person did, not an office: "..., presenting the report", "introducing the
        # initial report of his country (CMW/C/BOL/1)" (classify reads it from the raw titles)
        cleaned = _PRESENTING_PHRASE.sub("", _PREDECESSOR.sub(r"\1", cleaned)).strip(" ,")
    clause = _TRAILING_CLAUSE.search(cleaned)
    if clause is not None:
        cleaned = cleaned[: clause.start()]
    if _LEADING_PARTICIPLE.match(cleaned) or _LEADING_RELATIVE.match(cleaned):
        # "referring to question 12 of the list of issues": what, not who; and what is left
        # of "introducing his report, which was available as a document without a symbol"
        return None
    relative = _RELATIVE.search(cleaned)
    if relative and not _ROLE_WORD.search(cleaned, relative.end()):
        # "..., qui s'exprimait en ligne"; not "..., who served as Rapporteur for ..."
        cleaned = cleaned[: relative.start()]
    # a member's nationality before the office they hold: "expert from Colombia, and the
    # Committee's Special Rapporteur on Follow-up ..." is that Rapporteur
    cleaned = _EXPERT_FROM.sub("", cleaned, count=1)
    bare = _BARE_ROLE.fullmatch(cleaned)
    return cleaned if cleaned and not bare else None


#: A title that says only the roles (a member, a country rapporteur), the references give
#: none: "Committee Expert and Country Rapporteur", "Committee Expert, who served as country
#: Rapporteur for the report of Nigeria" ("Country rapporteur" in a record's bracket too).
_BARE_ROLE = re.compile(
    r"(?:Committee )?(?:Expert|Member)(?: and Country Rapporteur)?|Country Rapporteur|"
    # (not "Committee Expert and Rapporteur": the Committee's own Rapporteur, an office)
    r"(?:the )?(?:Committee )?(?:Expert|Member),? (?:who (?:also )?(?:served|acted) as|and) "
    r"(?:the )?(?:country rapporteur(?: for the reports?(?: of (?:the )?[A-Z][\w'’ -]{1,60})?)?|"
    r"rapporteur for the reports?(?: of (?:the )?[A-Z][\w'’ -]{1,60})?)",
    re.IGNORECASE)
#: A member's nationality, then the office: "expert from Colombia, and the Committee's ...".
_EXPERT_FROM = re.compile(r"^(?:Committee )?[Ee]xpert (?:from|of) [A-Z][\w'’ -]{1,60},? and "
                          r"(?:the Committee['’]s |its )?(?=[A-Z])")


def _bracket_title(parens: list[str], side: str) -> str | None:
    """The title a bracket after the name gives: an affiliation outside the two sides, an
    office of the Committee's on its side; a State's name is no title."""
    if not parens or side == "state":
        return None
    return parens[0] if side == "other" else next(filter(None, map(_cleaned_title, parens)), None)


def _person_participant(pid: str, person: _Person, record: bool, treaty_body: bool) -> Participant:
    side, roles, head = classify(
        person.titles, person.parens, person.sections, record=record, treaty_body=treaty_body
    )
    country = next((p for p in person.parens if side == "state"), None)
    # outside the two sides a bracket holds an affiliation, not a State: "Ms. Berg (OHCHR)";
    # a member's holds an office: "Ms. Varga (Rapporteur)" (a bare "Country Rapporteur" is a
    # role, no title)
    title = _title_of(person, roles) or _bracket_title(person.parens, side)
    name = person.best_name()
    return Participant(
        id=pid, name=name, label=name, side=cast(Side, side), roles=tuple(roles),
        title=title, head_of_delegation=head, country=country,
        mentions=tuple(sorted(person.mentions)),
    )


def collect(review: Review, cut: Span | None = None) -> _Collector:
    """Find every speaker reference in the review's sentences.

    ``cut`` is the sentence the text stops in the middle of: the cues of its first half are
    not read (who spoke there, and whether it was a group, is not told), only the mentions
    of persons found elsewhere.
    """
    text = review.text
    sentences = tuple(s for s in review.sentences if cut is None or not cut.contains(s))
    collector = _Collector(
        text, record=is_summary_record(review), treaty_body=is_treaty_body_text(text)
    )
    m = _HEADER_CHAIR.search(text, 0, HEADER_CHARS)
    if m:
        collector.chair_name = m.group("name")
        collector.chair_mention = Span(*m.span("mention"))
        collector.chair_office = m.group("office")
    kinds = _section_kinds(review)
    table = sentence_cues(text, sentences)
    for index, sentence in enumerate(sentences):
        cues = table.names[index]
        if cues:  # accept() of no cues is empty: the section is only needed for cues
            section = kinds(sentence.start)
            for cue in collector.accept(cues):
                collector.add_named(cue, section)
        for cue in table.roles[index]:
            collector.add_role(cue)
        if not collector.has_collective:  # once true it stays true; the test has no effect
            collector.has_collective = collective_cue(text, sentence)
    collector.states_speak = table.states_speak_anywhere() or any(
        states_listed(text, s) or heard_from(text, s)[0] for s in sentences)
    collector.organisations_speak = any(organisations_speak(text, s) for s in sentences)
    collector.add_elected_offices()
    collector.add_heads_in_passing()
    collector.add_chair()
    collector.add_acting_chairs()
    collector.add_full_names()
    collector.add_name_mentions(list(review.sentences))
    return collector


def is_summary_record(review: Review) -> bool:
    """True for official summary records, as the detect stage decided (``source.format``)."""
    return review.source.format == "summary-record"


#: The lower-cased words each match of _OTHER_BODY starts with.
_OTHER_BODY_WORDS = (
    "human rights council", "universal periodic review", "general assembly", "third committee",
    "conseil des droits de l", "examen périodique universel", "assemblée générale",
)
_COMMITTEE_WORD = re.compile(r"\b(?:Committee|COMMITTEE|Comité|COMITÉ)\b")
_OTHER_BODY = re.compile(
    r"Human Rights Council|Universal Periodic Review|General Assembly|Third Committee|"
    r"Conseil des droits de l['’]homme|Examen périodique universel|Assemblée générale",
    re.IGNORECASE,
)


def is_treaty_body_text(text: str) -> bool:
    """True if the opening of the text is about a treaty body, not the Council or Assembly."""
    head = text[:HEADER_CHARS]
    return bool(_COMMITTEE_WORD.search(head)) and (
        first_match(_OTHER_BODY, text, _OTHER_BODY_WORDS, 0, HEADER_CHARS) is None
    )


def _section_kinds(review: Review) -> Callable[[int], str]:
    """A lookup: the kind of the section that holds an offset ("summary" outside any)."""
    starts = [(s.span.start, s.span.end, s.kind) for s in review.sections]

    def kind_at(offset: int) -> str:
        return next((k for s, e, k in starts if s <= offset < e), "summary")

    return kind_at


_OFFICE_ARTICLE = re.compile(r"^(?:the|le|la)\s+", re.IGNORECASE)
#: The office of the delegation's head ("head of the delegation", "cheffe de la délégation").
_HEAD_OFFICE = re.compile(r"(?:head|chief|chef|cheffe)\s+(?:of|de)\b", re.IGNORECASE)


def build_participants(collector: _Collector, has_responses: bool) -> list[Participant]:
    """Named persons in order of appearance, then the anonymous sides and the narrator."""
    persons = sorted(collector.persons, key=lambda p: min(p.mentions))
    out = [
        _person_participant(f"p{i}", p, collector.record, collector.treaty_body)
        for i, p in enumerate(persons, 1)
    ]
    # (an office named with a member is among their roles: "Country Rapporteur")
    titles = [t.lower() for p in persons for t in p.titles] + [
        role.lower() for p in out for role in p.roles]
    unnamed = _unheld(collector, collector.expert_offices, titles)
    if collector.anon_committee or collector.has_collective or unnamed:
        out.append(Participant(
            f"p{len(out) + 1}", None, ANON_COMMITTEE_LABEL, "committee", ("Committee Expert",),
            mentions=tuple(sorted(collector.anon_committee + unnamed)),
        ))
    for office, spans in _unheld_offices(collector, titles):
        out.append(Participant(f"p{len(out) + 1}", None, office, "other", (), office,
                               mentions=tuple(spans)))
    # a member of the delegation who speaks by office only ("The Minister of Justice said",
    # "Le Ministre de la justice dit") when no named speaker holds it (probe D)
    # (the head of the delegation unnamed is its leader when a State speaker is named, as
    # the turns read it: "La cheffe de la délégation a souligné" makes no one new)
    leader = any(p.name and p.side == "state" for p in out)
    offices = [s for s in collector.state_offices if not (leader and _HEAD_OFFICE.match(
        _OFFICE_ARTICLE.sub("", s.slice(collector.text))))]
    delegation = (collector.delegation_speaks or collector.has_anon_state or has_responses
                  or bool(_unheld(collector, offices, titles)))
    if delegation or collector.states_speak:
        out.append(Participant(
            f"p{len(out) + 1}", None, DELEGATION_LABEL if delegation else STATES_LABEL, "state",
            ("Delegation",),
            mentions=tuple(collector.delegation),
        ))
    if collector.organisations_speak:
        out.append(Participant(f"p{len(out) + 1}", None, ORGANISATIONS_LABEL, "other", ()))
    out.append(Participant(f"p{len(out) + 1}", None, NARRATOR_LABEL, "other", ("Narrator",)))
    return out


def _unheld(collector: _Collector, offices: list[Span], titles: list[str]) -> list[Span]:
    """The mentions of ``offices`` that speak and that no named participant's title holds."""
    return [span for span in offices
            if not any(_OFFICE_ARTICLE.sub("", rapporteur_key(span.slice(collector.text))) in t
                       for t in titles)]


#: A member of the delegation listed with an office in its composition ("Alicia Montero,
#: Permanent Representative of Argentina to the United Nations Office at Geneva").
_LISTED_MEMBER = re.compile(
    rf"(?:(?:{P.HONORIFIC})\.?\s+)?(?P<name>{P.NAME_WORD}(?:\s+{P.NAME_WORD}){{0,4}}),\s+"
    r"(?P<title>[^,;]{3,160})")


def _titles_from_composition(collector: _Collector) -> None:
    """Give a speaker named with no office ("Mr. Villafañe said") the office the delegation's
    composition lists them with: an old release names its delegates only there (probe 298;
    they had been taken for Committee members)."""
    untitled = [p for p in collector.persons if not p.titles and not p.parens]
    if not untitled:
        return
    for name, title in _listed_members(collector.text):
        for person in untitled:
            if _same_person(person, name):
                person.titles.append(title)
                person.names.append(name)  # the full name: "Ricardo Villafañe"


#: A composition item that is a person's name alone: the list was split at the comma after
#: it ("... included Moussa Traoré, Director of Human Rights, and Awa Keïta, Counsellor
#: ...": no semicolons), and the next item is their office.
_NAME_ITEM = re.compile(rf"(?:(?:{P.HONORIFIC})\.?\s+)?{P.NAME_WORD}(?:\s+{P.NAME_WORD}){{1,4}}")


def _listed_members(text: str) -> list[tuple[str, str]]:
    """(name, office) of each delegate the delegation's composition lists with an office,
    in one item ("Name, Office") or in two."""
    items = [item.slice(text) for item in find_delegation_composition(text)]
    out = []
    for k, item in enumerate(items):
        if (m := _LISTED_MEMBER.match(item)) is not None:
            out.append((m.group("name"), m.group("title")))
        elif (k + 1 < len(items) and _NAME_ITEM.fullmatch(item)
              and not _NAME_ITEM.fullmatch(items[k + 1])):
            out.append((item, items[k + 1]))
    return out


#: Outside offices that speak by their short form only after the full form is named.
_SHORT_ONLY = frozenset({"vice-president"})


def _unheld_offices(collector: _Collector, titles: list[str]) -> list[tuple[str, list[Span]]]:
    """The outside offices that speak or present and that no named participant holds
    ("The High Commissioner said" where no "High Commissioner Michelle Bachelet" is named),
    one participant each; the shorter of two forms of one office ("the High Commissioner",
    "the High Commissioner for Human Rights") joins the longer."""
    offices: dict[str, list[Span]] = {}
    for office in sorted(collector.outside, key=len, reverse=True):
        low = office.lower()
        if any(low in t for t in titles):
            continue
        longer = next((o for o in offices if o.lower().startswith(low)), None)
        if longer is None and _OFFICE_ARTICLE.sub("", low) in _SHORT_ONLY:
            continue  # a bare "Vice-President" is the Council's only after its full name
        offices.setdefault(longer or office, []).extend(collector.outside[office])
    return sorted(((o, sorted(spans)) for o, spans in offices.items()), key=lambda x: x[1][0])


@stage(
    "participants", requires=("sentences", "sections", "source.format"), assigns=("participants",)
)
def participants(review: Review, options: AnalyzeOptions) -> Review:
    """Find the participants and their mentions (``review.participants``)."""
    cut = cut_sentence(review.text, review.sentences)
    collector = collect(review, cut)
    if cut is not None:  # named only in the header, as its chair, and in a sentence the text
        # cuts off: nothing they said is there
        collector.persons = [p for p in collector.persons
                             if not all(cut.contains(m) or m == collector.chair_mention
                                        for m in p.mentions)]
    _titles_from_composition(collector)
    has_responses = any(s.kind == "responses" for s in review.sections)
    found = build_participants(collector, has_responses)
    notices = review.notices
    if len(found) == 1:  # the narrator alone
        notices += (Notice("W201", "no speaker found: nobody is reported as saying or asking "
                           "anything, so every sentence is attributed to the narrator"),)
    return replace(review, participants=tuple(found), notices=notices)
