"""Turns: every sentence of running text belongs to exactly one speaker's turn.

A turn starts at an explicit attribution (a participant who is the subject of a reporting
verb, a collective "Committee Experts asked", or a narrator opener such as "The Committee
will next meet ..."), and runs to the last sentence before the next attribution, heading
or boilerplate.  Text before any attribution in a section goes to the section's default
speaker: the narrator in the lede, the delegation in responses, and so on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace

from treatyscope.data import speakers as P
from treatyscope.model import Participant, Review, Span, Turn
from treatyscope.options import AnalyzeOptions
from treatyscope.pipeline.participants import ORGANISATIONS_LABEL
from treatyscope.pipeline.registry import stage
from treatyscope.pipeline.sections import SUBDIVIDED
from treatyscope.pipeline.sentences import content_regions
from treatyscope.pipeline.speakers import (
    Cue,
    CueTable,
    chair_takers,
    collective_cue,
    committee_office,
    narrator_opener,
    organisation_representative,
    organisations_speak,
    rapporteur_key,
    sentence_cues,
)

_ROLE_SIDE = {"anon_committee": "committee", "delegation": "state", "anon_state": "state"}
#: A leading article, and the complement of an office ("minister of justice" -> "minister").
_ARTICLE = re.compile(r"^(?:the|its|her|his|their|le|la)\s+")
_SAME = re.compile(P.SAME_MEMBER)
_COMPLEMENT = re.compile(r"\s+(?:of|for|de|du|des|d['’]|chargée? de)\b.*$")


@dataclass(frozen=True, slots=True)
class Speakers:
    """Participant ids by kind, resolved once per review."""

    by_mention: dict[Span, str]
    anon_committee: str | None
    delegation: str | None
    narrator: str
    head: str | None
    chair: str | None
    #: (id, lower-case title and roles) of the named participants.
    titles: tuple[tuple[str, str], ...] = ()
    #: The organisations that spoke unnamed as persons, if any.
    organisations: str | None = None
    #: Who leads the delegation: its head, else the first named State speaker (an older
    #: release names only the presenter, and "a poursuivi le chef de la délégation" is his).
    leader: str | None = None

    @classmethod
    def of(cls, participants: tuple[Participant, ...]) -> Speakers:
        # named people, and office-holders of neither side referred to by office alone
        by_mention = {m: p.id for p in participants
                      if p.name or (p.side == "other" and p.title) for m in p.mentions}
        anon = {p.side: p.id for p in participants if p.name is None}
        head = next((p.id for p in participants if p.head_of_delegation), None)
        chair = next((p.id for p in participants if "Chairperson" in p.roles and p.name), None)
        # (a Committee member's office is among their roles: "the Country Rapporteur")
        titles = tuple((p.id, " / ".join(filter(None, (p.title, *p.roles))).lower())
                       for p in participants if p.name and (p.title or p.roles))
        organisations = next((p.id for p in participants if p.name is None and p.side == "other"
                              and p.label == ORGANISATIONS_LABEL), None)
        narrator = next((p.id for p in participants if p.name is None and p.side == "other"
                         and p.label != ORGANISATIONS_LABEL and not p.title), "")
        leader = head or next((p.id for p in participants if p.name and p.side == "state"),
                              None)
        return cls(by_mention, anon.get("committee"), anon.get("state"), narrator,
                   head, chair, titles, organisations, leader)

    def holder(self, office: str, recent: str | None = None) -> str | None:
        """The participant who holds ``office`` ("the Minister of Justice", "the Minister",
        "the expert from Brazil"): the one whose title names it; among several, the one who
        spoke last (``recent``: "the Minister said" after the Minister of Health's paragraph
        is hers), else the head of delegation; None when no title or several name it."""
        core = _ARTICLE.sub("", " ".join(rapporteur_key(office).split()))
        if core.startswith(("head of", "chef de", "cheffe de")):
            return self.leader
        complement = _COMPLEMENT.search(core)
        for wanted in (core, _COMPLEMENT.sub("", core)):
            rx = re.compile(rf"(?<![\w-])(?<!deputy )(?<!vice )(?<!vice-)(?<!assistant )"
                            rf"{re.escape(wanted)}\b")
            found = [pid for pid, title in self.titles if rx.search(title)
                     and not (wanted != core and complement
                              and _other_office(title, wanted, complement.group(0)))]
            if len(found) == 1:
                return found[0]
            if found:
                return recent if recent in found else self.head if self.head in found else None
        return None

    def default_for(self, kind: str) -> str:
        """The speaker of text before any attribution in a section of this kind."""
        if kind == "responses":
            return self.delegation or self.narrator
        if kind == "presentation":
            return self.head or self.delegation or self.narrator
        if kind in ("questions", "statements"):
            return self.anon_committee or self.narrator
        return self.narrator


def _other_office(title: str, office: str, complement: str) -> bool:
    """True when ``title`` holds ``office`` with a complement of its own that is not the one
    named ("Minister of Local Government" for "the Minister of Finance"): another office."""
    m = re.search(rf"{re.escape(office)}(\s+(?:of|for|de|du|des|d['’])\s*(?:(?:the|la|le|les)\s+|"
                  rf"l['’]\s*)?[\w'’-]+)", title)
    if m is None:
        return False
    return _head_word(m.group(1)) != _head_word(complement)


#: Links between an office and its complement, and the articles after them ("Ministre de
#: la santé": the complement's head word is "santé", not "la").
_LINKS = frozenset({"of", "for", "de", "du", "des", "the", "la", "le", "les"})
_ELIDED = re.compile(r"^[ld]['’]")


def _head_word(complement: str) -> str:
    """The first word of an office's complement after its links and articles."""
    for word in complement.split():
        word = _ELIDED.sub("", word)
        if word and word not in _LINKS:
            return word
    return ""


def attributed_speaker(text: str, sentence: Span, speakers: Speakers, cues: CueTable,
                       index: int, recent: str | None = None,
                       member: str | None = None) -> str | None:
    """The participant a sentence explicitly attributes itself to, or None (``index``: the
    sentence's index in the sentences of ``cues``; ``recent``: who spoke last, for an office
    several hold; ``member``: the Committee member who spoke last, for "The same Expert")."""
    roles = cues.roles[index]
    for cue in cues.names[index]:
        if cue.kind == "listed":
            continue  # "Speaking in the discussion were A, B and C": the narrator lists them
        if (cue.span in speakers.by_mention and not _spoken_over(cue, roles)
                and not _embedded(text, sentence, cue)):  # "heard a statement by Ms. X"
            return speakers.by_mention[cue.span]
    for cue in roles:
        if not cue.attribution:
            continue
        if cue.kind == "outside":
            if cue.span in speakers.by_mention:
                return speakers.by_mention[cue.span]
            # a named holder of the office ("The Vice-President of the Council, ANDRIS
            # KALNIŅŠ, informed ..." earlier, "The Vice-President of the Council informed ...")
            holder = speakers.holder(cue.span.slice(text), recent)
            if holder:
                return holder
            continue
        if cue.kind == "chair":
            # (the Council's unnamed President is an office of neither side, by mention)
            return (speakers.chair or speakers.by_mention.get(cue.span)
                    or speakers.anon_committee)
        if cue.kind == "office":
            office = cue.span.slice(text)
            if member and _THE_EXPERT.match(office):
                return member  # "..., a indiqué l'experte": the member who spoke last

            # an expert named by country, else a member of the delegation named by office
            side = speakers.anon_committee if committee_office(office) else speakers.delegation
            holder = speakers.holder(office, recent) or side
            if holder:
                return holder
            continue
        side = _ROLE_SIDE.get(cue.kind)
        if side == "committee" and member and _SAME.match(text, cue.span.start):
            return member  # "The same Expert noted ..." after a named one (probe 355)
        pid = speakers.anon_committee if side == "committee" else speakers.delegation
        if pid:
            return pid
    # the pure tests after the cheap ones (speed only)
    if speakers.organisations and (
            (_ORGANISATION_SAYS.search(text, sentence.start, sentence.end)
             and organisations_speak(text, sentence))
            or organisation_representative(text, sentence)):
        # "UNICEF also took the floor, saying that ...", "A representative of Amnesty
        # International said ..."
        return speakers.organisations
    if speakers.anon_committee and collective_cue(text, sentence):
        return speakers.anon_committee
    if speakers.delegation and cues.states_speak(index):
        return speakers.delegation
    if narrator_opener(text, sentence):
        return speakers.narrator
    return None


#: What stands before a name that does not speak the sentence it is in: the agent of
#: a passive ("the annual report, orally presented by Nora Sveaass, ...", "hearing a
#: statement by ...", "présenté par l'experte grecque, Mme X") and a French attribution
#: put after what was said ("..., comme l'a rappelé le Président de cet organe, M. X.").
#: "The Expert" alone, back to a member already speaking (any office: "la rapporteuse ...
#: Il regrette Y, a indiqué l'experte").
_THE_EXPERT = re.compile(r"(?:[Tt]he (?:Committee )?Expert|[Ll]['’]experte?|[Cc]et expert|"
                         r"[Cc]ette experte|[Cc]e membre du [Cc]omité)$")
#: An honorific, if any, right before a name.
_HONORIFIC_ONLY = r"(?:(?:Mr|Ms|Mrs|Dr|M|Mme|Mlle)\.?\s+)?"
_EMBEDDED = re.compile(
    # (and the head of a delegation named in passing: "The delegation of Chad is headed by
    # the Permanent Representative of Chad to ..., NAME.")
    # (not "par intérim": "le Président par intérim du Comité, M. X, a indiqué")
    r"(?:\b(?:by|par(?! intérim))\s+(?:[\w'’-]+\.?,?\s+){0,4}|\b(?:is|was) (?:headed|led) by\b[^.;?!]*|"
    # the Committee hearing someone, reported ("had heard the testimony of Mr. X, ...")
    # (the name right after, its honorific only between: "Dans sa présentation du rapport,
    # M. X, ..., a indiqué" is his own turn)
    r"\b(?:testimony|statement|address|briefing|presentation|views|remarks) (?:of|from|by)\s+"
    rf"{_HONORIFIC_ONLY}|\bheard from\s+{_HONORIFIC_ONLY}|"

    # ... and a speech reported as a noun: "Après l'allocution d'ouverture de Mme X, ..."
    r"\b(?:allocution|discours|déclaration|intervention|présentation|bienvenue)"
    rf"(?: d['’]ouverture| liminaire| introductive)? (?:de|du)\s+{_HONORIFIC_ONLY}|"
    r"\bcomme (?:l['’])?a (?:rappelé|souligné|dit|indiqué|expliqué|relevé|précisé|déclaré|"
    r"fait observer|fait valoir|affirmé|ajouté)\b[^.;?!]*)$")
#: The second of two people heard, right before the name (see :func:`_embedded`).
_SECOND_HEARD = re.compile(r"\b(?:statements|addresses) (?:of|from|by)\s+[^.;?!]{2,260}?,?\s+"
                           rf"and\s+{_HONORIFIC_ONLY}$")
#: ... unless the name then speaks in a clause of its own ("presented by Ms. X, Minister
#: of Y, who said that ...", "présenté par Mme X, qui a fait valoir ...").
_SPEAKS_AFTER = re.compile(r"[^.;?!]{0,160}?,\s*(?:who|qui)\b")  # matched at the name


#: A whole introductory phrase before a name makes the name the subject of the sentence,
#: whatever "by" the phrase holds ("Responding to the questions raised by Experts, Mr. X
#: said ...").
_INTRODUCED = re.compile(rf"{P.INTRO_PHRASE}(?:{P.TIME_ADVERB},\s+)?")


def _embedded(text: str, sentence: Span, cue: Cue) -> bool:
    """True when ``cue`` names a person inside someone else's sentence: what the Committee
    heard, or what was presented by them, as the narrator or a chair reports it.  The
    person is a participant, but the sentence stays in the turn it is part of."""
    lead = text[max(sentence.start, cue.span.start - 160):cue.span.start]
    if not lead or _EMBEDDED.search(lead) is None:
        # (the second of those heard: "hearing statements by A, Director of X, and B, ...",
        # a longer reach, tried only where such a list may stand: speed only)
        wide = text[max(sentence.start, cue.span.start - 300):cue.span.start]
        listed = "statements" in wide or "addresses" in wide
        if not listed or _SECOND_HEARD.search(wide) is None:
            return False
    if _INTRODUCED.fullmatch(text, sentence.start, cue.span.start):
        return False
    return _SPEAKS_AFTER.match(text, cue.span.end, sentence.end) is None


def _spoken_over(name: Cue, roles: tuple[Cue, ...]) -> bool:
    """True when a person named without speaking follows an office that speaks: in "The
    CHAIRPERSON welcomed the delegation, headed by Ms. X, Minister ..." the Chair speaks."""
    return not name.attribution and any(
        r.attribution and r.span.start < name.span.start for r in roles)


def _sentences_in(region: Span, sentences: tuple[Span, ...]) -> Iterator[tuple[int, Span]]:
    """The sentences inside ``region`` with their index (sentences are sorted and never
    overlap)."""
    first = bisect_left(sentences, Span(region.start, region.start))
    for index in range(first, len(sentences)):
        sentence = sentences[index]
        if sentence.start >= region.end:
            return
        if sentence.end <= region.end:
            yield index, sentence


def build_turns(review: Review) -> list[Turn]:
    """Turns covering every sentence, in document order."""
    text, speakers = review.text, Speakers.of(review.participants)
    sides = {p.id: p.side for p in review.participants}
    record = review.source.format == "summary-record"
    # offices of neither side that speak unnamed ("The High Commissioner said")
    offices = {p.id for p in review.participants if p.name is None and p.side == "other"
               and p.title}
    cues = sentence_cues(text, review.sentences)  # as the participants stage found them
    turns: list[_OpenTurn] = []
    current: str | None = None
    member: str | None = None  # the Committee member who spoke last
    # members who take the chair for a while: "The Chair" after it is theirs (probe 369)
    takers = [(t.at, speakers.by_mention.get(t.span)) for t in chair_takers(text)]
    takers = [(at, pid) for at, pid in takers if pid is not None]
    for index, section in enumerate(review.sections):
        if (index == 0 or section.kind not in SUBDIVIDED
                or section.kind != review.sections[index - 1].kind):
            # text under a topic heading ("Right to life") before any attribution is the
            # last speaker's: a questions or responses section goes on under it
            current = None
        for region in content_regions(text, (section,), review.boilerplate):
            opened = False
            for at, sentence in _sentences_in(region, review.sentences):
                narrated = False
                while takers and takers[0][0] < sentence.end:
                    speakers = replace(speakers, chair=takers.pop(0)[1])
                    narrated = True
                who = attributed_speaker(text, sentence, speakers, cues, at,
                                         turns[-1].participant if turns else None, member)
                if narrated and speakers.narrator:
                    who = speakers.narrator  # "Mr. Kouassi, Vice-Chair, took the Chair."
                elif (opened and who is not None and who == speakers.narrator
                        and sides.get(turns[-1].participant) == "committee"
                        and not _opens_paragraph(text, sentence)
                        and _COMMITTEE_DID.match(text, sentence.start, sentence.end)):
                    # "X, Committee Chairperson, said that the session had been demanding. The
                    # Committee adopted concluding observations on two reports": her summary
                    # goes on in her paragraph
                    who = None
                if (opened and who is not None and sides.get(who) == "state"
                        and sides.get(turns[-1].participant) == "committee"
                        and _quotes_the_state(text, sentence)):
                    who = None  # "The Minister had said that ...; was that enough?"
                if (record and opened and who is not None and sides.get(who) == "committee"
                        and sides.get(turns[-1].participant) == "state"
                        and _recalls_a_question(text, sentence)):
                    # "... Mr. Thornberry had asked about the budget; it had risen": a record
                    # follows the meeting, so its past perfect recalls; a release's may recap
                    # an earlier day ("Committee Experts had asked ...")
                    who = None
                if (record and opened and who is not None and who in offices
                        and who != turns[-1].participant and not _opens_paragraph(text, sentence)):
                    # "... conveyed the greetings of the High Commissioner. The High
                    # Commissioner regretted that she could not attend": a record's paragraph
                    # is one speaker's, who reports the absent office-holder's words
                    who = None
                if (who is None and turns and member is not None
                        and sides.get(turns[-1].participant) == "state"
                        and _MEMBER_ASKS_AGAIN.match(text, sentence.start, sentence.end)
                        and _opens_paragraph(text, sentence)):
                    who = member  # "¶ She further asked whether ..." after the State's words
                if (who is None and opened and speakers.narrator
                        and turns[-1].participant != speakers.narrator
                        and sides.get(turns[-1].participant) != "committee"
                        and _COMMITTEE_SPEAKS.match(text, sentence.start, sentence.end)):
                    who = speakers.narrator  # "The Committee said ..." after the State's words
                if opened and (who is None or (who == speakers.narrator
                                               and turns[-1].participant == who)):
                    # (narration goes on: the narrator is never named, so a narrative
                    # opener after narration is no new attribution)
                    turns[-1].section, turns[-1].end = index, sentence.end
                    continue
                current = who or current or speakers.default_for(section.kind)
                if sides.get(current) == "committee":
                    member = current
                turns.append(_OpenTurn(current, index, sentence.start, sentence.end))
                opened = True
    return [Turn(f"t{i}", t.participant, t.section, Span(t.start, t.end))
            for i, t in enumerate(turns, 1)]


#: A paragraph that opens with a pronoun asking again: the last member who spoke, back
#: after the State's words ("She further asked whether the bill covered domestic workers.");
#: a delegate's "she" does not ask so.
_MEMBER_ASKS_AGAIN = re.compile(
    r"(?:She|He|Elle|Il) (?:also |further |then |again |finally |également |aussi |en outre |"
    r"par ailleurs |enfin )?(?:asked|wanted to know|wished to know|inquired|enquired|wondered|"
    r"a (?:également |aussi |en outre |par ailleurs |enfin )?(?:demandé|voulu savoir|souhaité "
    r"savoir))\b(?=\s+(?:whether|if|how|what|why|when|where|which|who|about|si|s['’]|comment|"
    r"pourquoi|combien|quel))")


def _opens_paragraph(text: str, sentence: Span) -> bool:
    """True when ``sentence`` starts a line."""
    before = text[max(0, sentence.start - 40):sentence.start].rstrip(" \t")
    return not before or before.endswith("\n")


#: A member recalls what the delegation said, to ask about it: in the past perfect ("Ms. X
#: had said that ...", "le Ministre avait indiqué que ..."), or with their own question
#: after it ("The head of delegation said that 468 convictions had been secured; was the
#: Government satisfied?", "le Ministre a indiqué que ... ; combien ... ?").
_RECALLED = re.compile(
    r"^[^;:?!]{0,120}?\b(?:had|avait)\s+(?:(?:also|earlier|previously|already|aussi|déjà)\s+)?"
    r"(?:said|stated|indicated|mentioned|noted|told|explained|reported|claimed|affirmed|"
    r"asserted|dit|indiqué|déclaré|affirmé|précisé|mentionné|expliqué)\b")
_OWN_QUESTION_AFTER = re.compile(r"[;:][^;:]*\?\s*$")


#: A delegate recalls a member's question inside the reply, in the past perfect ("Mr.
#: Thornberry had asked about the budget; it had risen by 12 per cent", probe u).
_RECALLED_QUESTION = re.compile(  # (matched at the sentence's start)
    r"[^;:?!]{0,120}?\b(?:had|avait)\s+(?:(?:also|earlier|previously|already|aussi|déjà)\s+)?"
    r"(?:asked|raised|enquired|inquired|wondered|wanted to know|wished to know|requested|"
    r"referred to|demandé|soulevé|posé|voulu savoir|souhaité savoir)\b")


def _recalls_a_question(text: str, sentence: Span) -> bool:
    """True for a sentence inside a paragraph (not opening a line) that recalls, in the past
    perfect, what a member asked: the delegate goes on answering it."""
    return (not _opens_paragraph(text, sentence)
            and _RECALLED_QUESTION.match(text, sentence.start, sentence.end) is not None)


def _quotes_the_state(text: str, sentence: Span) -> bool:
    """True when a member's sentence attributed to the delegation recalls its words to ask
    about them (:data:`_RECALLED`): the member still speaks."""
    chunk = text[sentence.start : sentence.end]
    return (_RECALLED.search(chunk) is not None
            or _OWN_QUESTION_AFTER.search(chunk) is not None)


#: The Committee as a whole speaking, no member named: narration (gold README), unless a
#: member is speaking, whose words often run on so ("The Committee was concerned that ...").
#: What the Committee did in the session, which a member summing it up reports.
_COMMITTEE_DID = re.compile(
    r"(?:(?:During|In the course of|At) [^,.;]{2,60},?\s+)?[Tt]he Committee (?:also )?(?:adopted|"
    r"held|heard|met|considered|examined|reviewed|registered|received|discussed|decided)\b")
_COMMITTEE_SPEAKS = re.compile(
    # (after a time or an occasion: "During the discussion, the Committee commended ...")
    r"(?:(?:During|In|At|Throughout|Over)\s[^,.;:]{2,80},\s+)?"
    r"[Tt]he Committee (?:also )?(?:said|stated|noted|observed|welcomed|commended|regretted|"
    r"urged|recommended|expressed|raised|was (?:also )?concerned)\b")


#: An organisation's words after its taking the floor ("..., saying that ...").
_ORGANISATION_SAYS = re.compile(r"\b(?:took the floor|spoke)\b[^.;]{0,40}?,\s*(?:saying|"
                                r"stressing|noting|warning|adding|and said)\b")


@dataclass(slots=True)
class _OpenTurn:
    """A turn while sentences are added to it; its span is made once (speed only: a Span
    per added sentence cost more)."""

    participant: str
    section: int
    start: int
    end: int


@stage("turns", requires=("participants", "sentences", "sections"), assigns=("turns",))
def turns(review: Review, options: AnalyzeOptions) -> Review:
    """Attribute every sentence to a turn (``review.turns``)."""
    return replace(review, turns=tuple(build_turns(review)))
