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
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import repeat

from treatyscope.caching import text_cache
from treatyscope.data import speakers as P
from treatyscope.data.countries import lookup_country
from treatyscope.data.dates import MONTH_RX
from treatyscope.model import Span
from treatyscope.pipeline.meta_review import find_review_mentions
from treatyscope.pipeline.spans import all_starts, finditer_near, lowered, merged_windows
from treatyscope.textutil import strip_accents

CueKind = str  # person | anon_committee | collective_committee | delegation | anon_state | chair
#              | office (a delegation member by office: "the Minister")
#              | outside (an office-holder of neither side by office: "The High Commissioner")

# (a later word may carry a glued "d'": "Gaspard d'Aubigny-Morel")
_NAME_MORE = rf"\s+(?:{P.NAME_PARTICLE}\s+)*(?:d['’])?{P.NAME_WORD}"
# (or one word that is two run together: "Laura-MariaCraciunean-Tatu")
_NAME = (rf"(?!(?:{P.HONORIFIC})\.?\s)(?!(?:{P.TITLE_WORDS})\s)(?!(?:But|And|Yet)\s)"
         rf"(?:{P.NAME_WORD}(?:{_NAME_MORE}){{1,5}}|{P.NAME_RUN_TOGETHER}(?:{_NAME_MORE}){{0,5}})")
_SURNAME = rf"(?:{P.NAME_PARTICLE}[ \t]+){{0,2}}{P.NAME_WORD}(?:[ \t]+(?:{P.NAME_PARTICLE}[ \t]+)*{P.NAME_WORD}){{0,3}}"
#: The auxiliary of a pluperfect or perfect before an English reporting verb ("had told the
#: Committee", "Committee Experts had asked": how a second day's release recalls the
#: first); not a passive ("had been asked": the subject was spoken to), and only before a
#: verb of speech alone ("Cabo Verde had concluded agreements" names no speaker).
_PERFECT = (r"(?:had|has|have)\s+(?:(?:also|earlier|previously|already)\s+)?"
            rf"(?:{P.PERFECT_SPEECH_VERBS_EN})")
#: A word between the subject and its reporting verb ("Several Experts nonetheless
#: contended that ...").
_BEFORE_VERB = (r"(?:(?:also|further|then|however|briefly|finally|again|nonetheless|"
                r"nevertheless|meanwhile|likewise|moreover|therefore)\s+)?")
_VERB = (
    rf"{_BEFORE_VERB}{P.ADVERB}?"
    rf"(?:{_PERFECT}|{P.SPEECH_VERBS_EN}|{P.SPEECH_VERBS_FR}|{P.FRENCH_PERFECT})\b"
)
#: A reporting verb without the perfect, after an office or the delegation: there "had
#: mentioned" is a member recalling what was said ("The head of delegation had mentioned 58
#: facilities, while ... Which was the correct figure?"), no new turn.
_VERB_SIMPLE = (
    rf"{_BEFORE_VERB}{P.ADVERB}?"
    rf"(?:{P.SPEECH_VERBS_EN}|{P.SPEECH_VERBS_FR}|{P.FRENCH_PERFECT})\b"
)
#: A reporting verb, or any past tense where the subject is surely a person (after an
#: honorific or a title in apposition): see ``data.speakers.PAST_TENSE_EN``.
_VERB_WIDE = (
    rf"{_BEFORE_VERB}{P.ADVERB}?"
    rf"(?:{_PERFECT}|{P.SPEECH_VERBS_EN}|{P.SPEECH_VERBS_FR}|{P.FRENCH_PERFECT}|"
    rf"{P.PAST_TENSE_EN})\b"
)
#: A date after a place is a dateline ("NEW YORK, 9 July -- The amendment ..."), no title.
_DATE = rf"\d{{1,2}}\s+{MONTH_RX}\b"
#: A name and its comma after "and": the next person of a list ("heard statements by Ms.
#: Ruiz, Director of X and Ana Lopez, Chief of Y"); not the rest of an office ("Director of
#: the Human Rights Council and Treaty Mechanisms Division, who said").
_NEXT_PERSON = (r"(?!(?:[A-ZÀ-Ý][\w'’-]+\s+){0,3}(?:Division|Branch|Section|Unit|Service|"
                r"Department|Office|Mechanisms?|Procedures|Affairs|Bureau|Secretariat)\b)"
                r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3},")
#: A title before any past tense: a noun phrase, without a clause of its own ("..., who",
#: "introduced his report, which ..."), which would make a later "received" its verb.
_PLAIN_TITLE = (rf"(?P<wtitle>(?!\s*(?:{P.REPLYING}|{P.PRIOR_ACTION}|{P.ENACTED})\b)(?!\s*{P.ASIDE}\s*,)(?!\s*{_DATE})(?!\s*{_VERB})"
                r"(?:(?!\b(?:which|who|whose|that|his|her|their)\b)[^.;?!()]){2,160}?)")
#: An office written before a name without a comma ("Committee Rapporteur Ivan Shearer",
#: "head of the delegation Igor Rogov").
_OFFICE_WORDS = (
    r"(?:(?:Committee|Country|Special) )?(?:Rapporteur|Expert|Chairperson|Chair|"
    r"Vice[- ]Chairperson|Member)|[Hh]ead of (?:the )?delegation"
)
#: A preposition before a possessive opens a verb's complement, not an office.
_COMPLEMENT = (r"(?:de|pour|à|for|of|to|with|on)\s+(?:sa|son|ses|leur|leurs|his|her|its|their)"
               r"\b")
#: "(Peru)", "(Country Rapporteur)", and a State whose UN name holds its own brackets:
#: "(Venezuela (Bolivarian Republic of))", "(Iran (Islamic Republic of))".
_PAREN = r"(?:\s*\(\s*(?P<paren>(?:[^()]|\([^()]{1,60}\)){2,160}?)\s*\))?"
#: Right after an honorific: there a surname alone names the person ("headed by Mr. Rusu,
#: Deputy Minister of Justice", "conduite par Mme Adjovi, Ministre de la justice").
_AFTER_HONORIFIC = r"(?:(?<=\.\s)|(?<=Mme\s)|(?<=Mr\s)|(?<=Ms\s)|(?<=Mrs\s)|(?<=M\s)|(?<=Dr\s))"
#: A title in apposition; never a clause of replying or speaking ("Mr. Rusu (Republic of
#: Moldova), replying to questions raised by members of the Committee, said": not his office;
#: "introducing the report" is kept, it marks the presenter), nor a verb's complement after
#: the name ("remercie la délégation, conduite par M. Hudák, de sa participation").
#: The dots of an initialism inside a title ("U.S. Ambassador", "U.K. Mission").
_INITIALS = r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\."
#: ... and the honorific of a second speaker with an office of their own ("Ms. Corti,
#: expert from Italy, and Ms. Goonesekere, expert from Sri Lanka, asked": see _PARTNER).
_PARTNER_HONORIFIC = r"(?<=, and Ms)\.|(?<=, and Mr)\.|(?<=, and Mrs)\.|(?<=, and Dr)\."
_TITLE = (rf"(?P<title>(?!\s*(?:{P.REPLYING}|{P.PRIOR_ACTION}|{P.ENACTED}|qui|who|which)\b)(?!\s*{P.ASIDE}\s*,)(?!\s*{_COMPLEMENT})(?!\s*{_DATE})(?!\s*{_VERB})"
          # (an interim office's dots: "Chargé d'affaires a.i. of the Permanent Mission")
          rf"(?:[^.;?!()]|{_INITIALS}|{_PARTNER_HONORIFIC}|\ba\.\s?i\.){{2,260}}?"
          rf"(?:\([^()]{{1,80}}\)[^.;?!()]{{0,120}}?){{0,3}})")
#: A participial clause after a name, with an apposition to its last noun phrase ("speaking
#: on behalf of the National Council ..., the independent mechanism for monitoring ...,").
_PARTICIPIAL_CLAUSE = (rf"(?:{P.PARTICIPIAL},\s*(?:(?:the|an?|la|le|l['’]|une?)\s"
                       r"[^,.;]{2,160},\s*)?)")
#: The speech a verb is said in, after the title's comma and before the verb without one:
#: "Tomasz Wilk, Deputy Minister of Labour, in concluding remarks said that ...".
_IN_REMARKS = (r"(?:in (?:his |her |their |the )?(?:opening|concluding|closing|introductory|"
               r"final) (?:remarks|statement|comments)\s+)?")
#: Others who speak with the named member: "X, Committee Expert and Country Rapporteur, and
#: other Committee Experts welcomed ...".
_AND_OTHERS = (r"(?:and (?:the )?other (?:Committee )?(?:Experts|experts|members|Members)"
               r"(?: of the Committee)?\s+)?")
_TAIL = rf",\s*{_PARTICIPIAL_CLAUSE}?(?:who\s+|qui\s+)?{_AND_OTHERS}{_IN_REMARKS}{_VERB}"
_TAIL_WIDE = (rf",\s*{_PARTICIPIAL_CLAUSE}?(?:who\s+|qui\s+)?{_AND_OTHERS}{_IN_REMARKS}"
              rf"{_VERB_WIDE}")
#: An office of the Committee or of a State closed by the verb with no comma: "Nadia
#: Kerimova, Committee Rapporteur said ...".
_UNCLOSED_OFFICE = (
    r",\s*(?P<ntitle>(?:Committee |Country )?(?:Rapporteur|Expert|Chairperson|Vice-Chairperson|"
    # (or a State's office of a body or place: "Jonas Brecht, Director-General for Family
    # Affairs of Palura said that ...")
    r"Member)|(?:Deputy |Vice[- ]|First |Acting )?(?:Minister|Director(?:[- ]General)?|"
    r"Secretary(?:[- ]General)?|Permanent Representative|Ambassador|Commissioner|"
    # ("Permanent Representative of the Republic of Estonia to the United Nations Office at
    # Geneva introduced the report and said ...")
    r"Chief Executive Officer|Head) (?:of|for|to) (?:the )?[A-Z][^,.;?!()]{2,100}?)\s+"
    r"(?=(?:also\s+)?(?:said|asked|noted|stressed|added|explained|stated|welcomed|thanked|"
    r"introduced|presented)\b)")
# a summary record's paragraph number ("2.Mr. Candler") or a list's bullet ("· Speaking
# at the close of the session, X said")
_NUMBER = r"(?:\d{1,3}\.\s*|[•·▪◦]\s*)?"
_START = (rf"^{_NUMBER}(?:(?:But|And|Yet)\s+(?=[A-Z]))?(?:{P.INTRO_PHRASE}(?:{P.TIME_ADVERB},\s+)?"
          # a second adverbial in lower case: "In the afternoon, later in the meeting, X said"
          r"(?:(?:later|earlier|then|also|however|moreover|furthermore|meanwhile|in addition|"
          r"in particular|at the same time|for (?:his|her|their) part)\b[^,.;?!]{0,60},\s+)?)?")
_HON = (rf"(?:(?:{P.HONORIFIC})\.?\s+|The Honou?rable\s+|(?:His|Her) Excellency\s+(?:(?:{P.HONORIFIC})\.?\s+)?|"
        # "H.E. Maryam Al-Thani, Minister of ...", "Ambassador Maryam Al-Thani, ...",
        # "Professor Ana Lopez, ..." before a full name (probe a)
        rf"H\.\s?E\.\s+(?:(?:{P.HONORIFIC})\.?\s+)?|(?:{P.OFFICE_HONORIFIC}|Professor|Prof\.)\s+"
        rf"(?=[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])|"
        # a rank before a name in capitals, the rank in capitals too ("COLONEL OMAR ZU'BI")
        rf"(?:{P.RANKS}|{P.RANKS.upper()})\s+(?=[A-ZÀ-Ý]{{2}}))")
_PRESENTER = (
    # (a dot inside a document symbol is no sentence end: "(E/1994/104/Add.29) a été
    # présenté par M. X")
    r"(?:Introducing|Presenting) the reports? (?:was|were)|"
    # the head named in the present: "The delegation of Chad is headed by the Permanent
    # Representative ..., NAME."
    r"(?:The|the) delegation(?: of [A-Z][^,.;]{1,60}?)? (?:is|was) (?:headed|led) by|"
    # the rapporteur for a report, named after the verb: "Serving as Rapporteur for the
    # report of Mexico was Committee Expert Claudio Grossman, who ..."
    r"(?:Serving|Acting) as (?:Country )?(?:Co-)?Rapporteur[^,.;?!]{0,80}? (?:was|were)|"
    r"(?:[^.;?!]|\.(?=\d)){0,160}?\b(?:(?:presented|"
    # (and when: "was presented to the Committee yesterday morning by Mr. X, who said")
    rf"introduced|briefed|delivered|read out)(?: (?:to|before) the Committee)?(?: {P.TIME_ADVERB}|"
    r" (?:yesterday|this|on \w+) (?:morning|afternoon))? by|"
    # (an active "heard": "cases were heard by the courts of Hong Kong" names no speaker)
    r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )(?<!\bare )(?<!\bis )"
    r"heard (?:an address |a statement |a briefing |a presentation |the "
    r"testimony |an opening statement |(?:opening )?statements |addresses |briefings |"
    r"presentations |(?:an? )?(?:short |brief )?(?:update|overview) )?(?:from|by|of)|présentée? par|(?:was|were) (?:headed|led) "
    r"by|(?:dirigée?|conduite?) par)"
)
#: Words that show a capitalised "name" is an institution or a place, not a person.
NOT_NAME_WORDS = frozenset(
    ["committee", "council", "government", "state", "states", "republic", "kingdom", "union", "nations", "united", "ministry", "office", "group", "delegation", "commission", "court", "parliament", "assembly", "convention", "federation", "secretariat", "chair", "chairperson", "chairman", "chairwoman", "president", "expert", "experts", "member", "members", "rapporteur", "country", "countries", "mission", "agency", "organization", "organisation", "bureau", "presidency", "meeting", "session", "today", "report", "reports", "women", "children", "human", "rights", "the", "comité", "délégation", "conseil", "gouvernement", "république", "royaume", "le", "la", "les", "président", "présidente", "international", "info", "centre", "center", "institute", "association", "foundation", "network", "watch", "alliance", "society", "league", "coalition", "movement", "action", "participation", "service", "forum",
     # ("Also speaking were Baltic Youth Congress, African Centre for Law and Justice, ...")
     "congress", "youth", "church", "fund", "trust",
     # laws and plans ("The new Criminal Procedure Code, adopted in 2011, defined ...")
     "code", "act", "strategy", "programme", "program", "plan", "policy", "decree", "constitution", "charter", "ordinance", "regulations",
     # ("The Child and Adolescent Statute, adopted in 1990, remained ...": probe 337)
     # (not "law" nor "bill": surnames and first names)
     "statute", "statutes", "framework", "roadmap", "loi", "statut",
     # treaties ("Under the Optional Protocol, the Committee had adopted ...")
     "protocol", "protocols", "covenant", "treaty", "optional", "protocole", "pacte", "traité",
     # the portfolios of a ministry ("the Ministry of Health, Consumer Affairs and Social
     # Welfare said": no two people)
     "affairs", "welfare", "security", "development", "protection", "services", "training",
     "equality", "planning", "finance", "interior", "education", "labour", "labor",
     "employment", "housing", "migration", "integration", "solidarity", "inclusion", "health",
     "cooperation", "trade", "industry", "agriculture", "environment", "transport",
     # offices ("Le Secrétaire d'État a par ailleurs indiqué": "Le" is no surname there)
     "minister", "ministre", "secretary", "secrétaire", "directeur", "directrice",
     "procureur", "procureure"]
)
#: Determiners that open a noun phrase, never a name ("Une ONG a affirmé", "Des ONG ont
#: dénoncé": "Ngo" is a surname, so the noun itself is no sign).
_DETERMINERS = frozenset({"Un", "Une", "Des", "Plusieurs", "Certaines", "Certains", "Several",
                          "UNE", "DES"})


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
    # (no comma after an office of the Committee before an honorific: "le Président du
    # Comité M. Paul Ndiaye, a souligné", "La Présidente du Comité Mme Ana Ruiz a indiqué")
    office = (rf"(?:(?P<office>{P.OFFICE_BEFORE})(?:,\s+|(?:(?<=Comité)|(?<=Committee)|"
              rf"(?<=Conseil)|(?<=Council))\s+(?=(?:M|Mme|Mlle|Mr|Ms|Mrs|Dr)\.?\s+[A-ZÀ-Ý])))")
    return (
        # Jasminka Dzumhur, Committee Expert and Country Rapporteur, said ...
        # the Chairperson of the Committee, Jose Francisco Cali Tzay, thanked ...
        re.compile(
            rf"{_START}{P.LEAD_WORDS}?{office}?{_HON}?(?P<name>{_NAME}){_PAREN}"
            # the member's country after a name in capitals, New York style, before a comma:
            # "The Committee Chairperson, ADWOA MENSAH of Ghana, said" (her nationality: no
            # State's side; not "..., Permanent Representative of Peru, who said")
            rf"(?:(?<=[A-ZÀ-Ý]{{2}})\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}(?=,)"
            # ... or in mixed case, a State's name checked below: "Ida Ruiz of Mexico, the
            # Committee's new Chairperson, told the meeting"
            rf"{_NATION_BRANCH})?"
            rf"(?:,\s*{_TITLE}{_TAIL}|,\s*{_PLAIN_TITLE}{_TAIL_WIDE}|{_TAIL}|{_UNCLOSED_OFFICE}"
            # two offices, the second not closed by a comma: "X, expert from Colombia, and
            # the Committee's Special Rapporteur on Follow-up introduced his report"
            # (or the second the headship: "X, Deputy Minister of Justice, and head of the
            # delegation said")
            rf"|,\s*(?P<ptitle>[^.;?!(),]{{2,80}},\s+and\s+(?:the\s+|(?=[Hh]ead of\b))"
            rf"[^.;?!(),]{{2,160}}?)\s+{_VERB}"
            # an office set off by dashes: "M. X - Président du Comité élu en 2023 - a remercié"
            rf"|\s+[-–—]\s+(?P<dtitle>[^.;?!–—]{{2,160}}?)\s+[-–—]\s+{_VERB})"
        ),
        # Introducing the report was NAME, TITLE, who said / heard an address by NAME, TITLE
        re.compile(
            # (a French office listing its portfolios: "le Garde des sceaux et Ministre de la
            # justice, des droits de l'homme et des libertés publiques de la Côte d'Ivoire")
            rf"^{_NUMBER}(?:{_PRESENTER})\s+(?:(?:(?:le|la|the) |l['’])(?P<title2>[^,.;]{{2,120}}?"
            # (an office does not end with a preposition or an article: "... de la Côte
            # d'Ivoire, M. X" is no office "... de la" and a person "Côte d'Ivoire")
            # (or its charge: "la Ministre de la famille, chargée de la promotion de la
            # femme, Mme X")
            rf"(?:,\s+(?:des?|du|de la|de l['’]|d['’]|chargée?\s+(?:des?|du|de la|de l['’]|d['’]))"
            rf"\s?[^,.;]{{2,100}}?)*)"
            rf"(?<!\bde la)(?<!\bdu)(?<!\bde)(?<!\bdes)(?<!\bof)(?<!\bthe),?\s+|"
            rf"(?P<title3>{_OFFICE_WORDS})\s+)?"
            rf"{_HON}?(?P<name>{_NAME}|{_AFTER_HONORIFIC}{_SURNAME}){_PAREN}(?:,\s*{_TITLE})?"
            # (an "and" ends the title before another person, not inside an office: "Chief
            # of the Rule of Law and Democracy Section of ...")
            # (the French auxiliary "a" before its participle, not the English article: "...
            # the brother of a disappeared journalist")
            rf"(?=\s*(?:[,;]|(?<!\b[A-Z])\.|$|\band\b(?=\s+(?:{_HON}|{_NEXT_PERSON}))|\bet\b|"
            rf"\ba\b(?=\s+[a-zà-ÿ]*(?:é|ée|és|ées|is|it|u)\b)))"
        ),
        # Ms. Ople (Philippines) said ... / Mr. Bazarbaev thanked ... / 2.Mr. KUSDAVLETOV (...)
        # / Minister Tarpeh said ...
        re.compile(
            rf"{_START}{office}?(?P<hon>{P.HONORIFIC}|{P.OFFICE_HONORIFIC})\.?\s+"
            rf"(?P<name>{_SURNAME}){_PAREN}"
            # an expert's country, older style: "Ms. Gaspard of France said" (probe j)
            rf"(?:\s+(?:of|from)\s+(?P<nation>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})"
            rf"(?=,?\s+[a-z]))?"
            # (a comma closes the name after an office before it: "The Rapporteur for the
            # report of Namibia, Ms. OKAFOR-LIND, welcomed ...")
            rf"(?:,\s*{_TITLE},)?\s*(?:,?\s*{P.PARTICIPIAL},\s*)?(?:(?<=\w),\s*)?{_VERB_WIDE}"
        ),
        # Committee Expert Lucy Smith, who ... said / Committee Expert and Rapporteur, NAME, said
        re.compile(
            # ("Committee Chairman Abdelfattah Amor said": older releases, probe K)
            rf"{_START}(?P<title>(?:(?:Committee |CEDAW |CRC )?(?:Expert|Member|Chairperson|"
            rf"Chairman|Chairwoman|Vice[- ]Chairman|Vice[- ]Chairwoman|Chair|"
            # news style, in lower case: "Committee member Hina Tanaka raised ..."
            rf"(?<=Committee )(?:member|expert)|"
            # ... or by the member's nationality: "Norwegian expert Lars Berg criticized"
            rf"(?<![\w-])[A-Z][a-z]+(?:an|ese|ish|ch|i) (?:expert|Expert)|"
            rf"Vice[- ]Chairperson|Vice[- ]Chair|Country Rapporteur|Rapporteur|Co-Rapporteur)"
            rf"|[Hh]ead of (?:the )?delegation|(?:Deputy |Assistant )?High Commissioner"
            rf"(?: for Human Rights)?|Special Rapporteur|Independent Expert|Secretary-General)"
            # (an honorific may stand between the office and the name: "Committee Expert
            # Sir Nigel Rodley asked", probe p)
            # (the rapporteur's country in lower-case words only: "and Rapporteur for the
            # report of Peru"; a capitalised word after the office is the name's)
            rf"(?: and (?:Country )?Rapporteur(?:\s+(?:for|on|of|the|report|reports|[A-Z][a-z]+(?=\s+(?:and|of)\b)|"
            rf"(?:(?<=of\s)|(?<=on\s)|(?<=for\s)|(?<=the\s))[A-Z][\w'’-]+)){{0,8}})?),?\s+"
            rf"(?:(?:{P.HONORIFIC})\.?\s+)?"
            rf"(?P<name>{_NAME})"
            # the expert's country, New York style: "Committee Expert ANA LOPEZ of Sweden said"
            rf"(?:\s+(?:of|from)\s+(?P<country>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}))?"
            # (an office, then a clause of its own: "HEISOO SHIN, expert from the Republic of
            # Korea, who was presiding, said")
            rf",?\s+(?:(?:(?P<apposition>(?:who\s)?[^,.;]{{2,160}})(?:,\s*who\s[^,.;]{{2,80}})?,\s*)?"
            rf"{_VERB}|{_VERB_WIDE})"
        ),
        # a State office before a name in capitals: "Deputy Minister of Internal Affairs
        # RUSTAM KHOLOV said ..." (the capitals set the name apart from the office's words)
        re.compile(
            rf"{_START}(?P<title>(?:(?:First|Deputy|Vice|Assistant)[- ])*(?:{_STATE_OFFICES})"
            rf"(?:\s+(?:of|for|and|the|on|to|[A-Z][a-zà-ÿ'’-]+)){{0,8}}?)\s+"
            rf"(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){{1,3}})"
            rf",?\s+{_VERB}"
        ),
        # ... or, news style, before a name in mixed case, the office's words capitalised:
        # "Interior Minister Carla Ruiz said", "Social Affairs Commissioner Peter Mwale told"
        re.compile(
            rf"{_START}(?P<title>(?:[A-Z][a-z]+\s+){{1,3}}?(?:{_STATE_OFFICES}))\s+"
            rf"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+){{1,2}}),?\s+{_VERB_WIDE}"
        ),
        # Kirsten Sandberg said ... (the verb is checked separately, below); New York style,
        # with the expert's country: "FATIMA BENALI of Algeria said ..."
        # ... or with an organisation, its name holding small words: "Jane Mwangi of the
        # Kenya Alliance for Advancement of Children said" (probe z: the organisation is
        # her office, she is no Committee member)
        re.compile(rf"{_START}(?P<name>{_NAME}){_PAREN}(?:\s+(?P<org>(?:of|from)\s+(?:the\s+)?"
                   rf"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|the|for|on|in|against)\s+)*){{0,6}}"
                   rf"{P.ORGANISATION_END}(?:\s+(?:(?:of|and|the|for|on|in|against)\s+)*"
                   rf"[A-Z][\w'’-]+){{0,4}})|\s+(?:of|from)\s+(?:the\s+)?"
                   rf"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}})?\s+(?=[a-zé])(?P<next>[^,.;]{{0,40}})"),
    )


#: State offices that may stand before their holder's name (see _named_patterns).
_STATE_OFFICES = ("Minister|Ambassador|Permanent Representative|Prosecutor[- ]General|"
                  "Attorney[- ]General|Director[- ]General|Director|Ombudsman|Ombudsperson|"
                  "Secretary of State|State Secretary|Commissioner")
_STATE_OFFICE_STARTS = ("Minister", "Ambassador", "Permanent Representative", "Prosecutor",
                        "Attorney", "Director", "Ombuds", "Secretary of State",
                        "State Secretary", "Commissioner", "First ", "Deputy ", "Vice",
                        "Assistant ")


#: A member's country in mixed case after the name, checked once matched ("Ida Ruiz of
#: Mexico, the Committee's new Chairperson, told the meeting").
_NATION_BRANCH = (r"|\s+(?:of|from)\s+(?P<cnation>(?:the\s+)?[A-Z][\w'’-]+"
                  r"(?:\s+[A-Z][\w'’-]+){0,3})(?=,)")


@cache
def _without_nation(pattern: str) -> re.Pattern[str]:
    """A named pattern without :data:`_NATION_BRANCH`, for a sentence whose "of X" is no
    State's name."""
    return re.compile(pattern.replace(_NATION_BRANCH, ""))


#: An office's word, which no name holds ("Permanent Representative of Peru").
_OFFICE_NAME = re.compile(rf"\b(?:{_STATE_OFFICES}|Representative|Chair\w*|Rapporteur|Expert|"
                          r"Member|President|Secretary|Head|Chief|Minister)\b")


#: Words every one of _STATE_OFFICES holds (only for speed).
_STATE_OFFICE_WORDS = ("Minister", "Ambassador", "Representative", "Prosecutor", "Attorney",
                       "Director", "Ombuds", "Secretary", "Commissioner")


@cache
def _speaker_list() -> re.Pattern[str]:
    """"Also speaking were the following Committee Experts: A, B and C."""
    return re.compile(
        r"^(?:Also )?(?:(?:providing|making|delivering) [^,.;:]{0,40}?statements|speaking|"
        # (or in what the meeting held: "Speaking in the Universal Periodic Review of Lesotho
        # were ...", "Also participating in the debate were Committee Experts A, B and C")
        r"taking the floor|participating|taking part)(?: in the (?:discussion|dialogue|debate|[A-Z][^,.;:]{2,80}?))? "
        r"(?:were|was)"
        # "the following Committee Experts:", or the role without a colon ("were Committee
        # Experts A, B and C")
        r"(?P<lead>[^:.;]{0,60}:|\s+(?:the\s+)?(?:Committee\s+|CRC\s+|CEDAW\s+)?"
        r"(?:Experts|Members)\s)?\s*(?P<names>[^.;]+)",
        re.IGNORECASE,
    )


def list_cues(text: str, sentence: Span) -> list[Cue]:
    """People listed as speakers: "Speaking in the discussion were A, B and C."."""
    chunk = text[sentence.start : sentence.end]
    m = _speaker_list().match(chunk)
    if not m:
        return []
    title = "Committee Expert" if re.search(r"expert|member", m.group("lead") or "", re.I) else None
    found: list[Cue] = []
    names = m.group("names")
    titled = False  # the last person listed has an office of their own
    for part in _LIST_ITEM.finditer(names):
        item = part.group("item")
        start = sentence.start + m.start("names") + part.start("item")
        if _NAME_RX.fullmatch(item) and _plausible_name(item):
            found.append(Cue("listed", Span(start, start + len(item)), item, title, None,
                             attribution=False))
            titled = False
        elif found and found[-1].title is None and _LISTED_OFFICE.match(item):
            # "A, Committee Vice-Chair, B, Committee Rapporteur, and C, Secretary of the
            # Committee": the office after each name is that person's
            found[-1] = replace(found[-1], title=item)
            titled = True
        elif titled and found[-1].title:
            # ... and its unit after a comma: "D, Chief, Groups in Focus Section"
            found[-1] = replace(found[-1], title=f"{found[-1].title}, {item}")
    return found


#: One item of a list of speakers: what lies between its commas and "and".
_LIST_ITEM = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?P<item>[^,]+?)(?=\s*(?:,|\band\b|$))")
_NAME_RX = re.compile(_NAME)
#: An office after a listed name ("Committee Vice-Chair", "Secretary of the Committee",
#: "Chief of the Groups in Focus Section").
_LISTED_OFFICE = re.compile(
    rf"(?:(?:the|a|an)\s+)?(?:Committee\s+|Deputy\s+|Vice[- ]|Acting\s+)?(?:{P.TITLE_WORDS}|"
    r"Chief|Secretary|Director|Rapporteur|Vice-Chair(?:person)?|Chair(?:person)?|Expert|Member|"
    r"Minister|Ambassador|Representative|Officer|Head)\b")


#: The rest of a unit's name after a comma inside it, up to its head word ("Chief of the
#: Civil, Political, Economic, Social and Cultural Rights Section at the Office ...",
#: "Director of the Thematic Engagement, Special Procedures and Right to Development
#: Division of the Office ...").
_UNIT_GOES_ON = (r"(?:,\s*(?:[A-Z][\w'’-]*,?\s+|(?:and|of|the|for|to|on|at)\s+){1,12}?"
                 r"(?:Division|Section|Branch|Unit|Service)\b[^.;,]{0,120})")


#: The second of two people heard, each with an office: ", and B, Chairperson of X".
_HEARD_NEXT = re.compile(rf",?\s+and\s+{_HON}?(?P<name>{_NAME}),\s*(?P<title>[^.;,]{{2,160}})")


@cache
def _heard() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:heard|hearing|(?<=\bto )hear) (?:(?:an?|the) (?:(?:introductory|opening|keynote|"
        rf"brief|short|welcoming|closing) )?(?:address|statement|briefing|presentation)|"
        rf"(?:introductory |opening )?(?:statements|addresses)|"
        rf"the testimony|testimony) (?:from|by|of) {_HON}?"
        # (the unit's office after a comma is the title's: "Chief of the Treaty Branch,
        # Office of the High Commissioner for Human Rights")
        rf"(?P<name>{_NAME})(?:,\s*(?P<title>[^.;,]{{2,160}}{_UNIT_GOES_ON}?"
        rf"(?:,\s*(?:the )?Office of [^.;,]{{2,100}})?))?"
    )


@cache
def _led_by() -> re.Pattern[str]:
    """The head in an apposition to the delegation: "The delegation, led by Ion Cretu,
    Ambassador and Permanent Representative of Moldova ..., said", "The delegation of Togo,
    headed by Christian Trimua, Minister of Human Rights, included ...", "the delegation of
    Palura, headed by the Minister of Justice of Palura Jon Brek, presented ..."."""
    return re.compile(
        # (with its size or rank: "the large and high-level delegation from Azerbaijan")
        rf"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er)(?: [a-z][\w-]*(?: and [a-z][\w-]*)?)? delegation"
        rf"(?: (?:of|from) (?:the )?[A-Z][^,.;()]{{1,60}}?)?"
        rf",\s+(?:led|headed) by\s+"
        # an office before the name, without a comma: the name is its last two words, as an
        # office often ends with capitalised words too ("... of Foreign Affairs Jon Brek"),
        # or with one ("led by the Deputy Minister of Labour, Mr. Natiq Mammadov.")
        rf"(?:(?:the|its|his|her) (?P<office>[A-Z][^,.;()]{{2,120}}?)(?:\s+(?=\S+\s+\S+,(?!\s*{_HON}))"
        rf"|,\s+(?={_HON}))|{_HON})?{_HON}?"
        rf"(?P<name>{_NAME})"
        # (no title when a verb follows the name: "..., Jon Brek, presented the report, ...")
        rf"(?:,(?!\s*[a-z]+ed\b)\s*(?P<title>[^.;,]{{2,160}}))?(?:,\s|\s*[.;]|$)")


@cache
def _speech_of() -> re.Pattern[str]:
    """A speech reported as a noun, with whose it is: "Après l'allocution d'ouverture de Mme
    X, Vice-Ministre ..., les experts ont ...", "Following the opening statement by Mr. Y,
    Minister of ...,"."""
    return re.compile(
        r"\b(?:(?:l['’]|la |le )(?:allocution|discours|déclaration|intervention|présentation|"
        r"mot de bienvenue)(?: d['’]ouverture| liminaire| introductive| de bienvenue)? (?:de|du)|"
        r"(?:the|an|his|her) (?:opening |introductory |keynote )?(?:statement|address|"
        r"presentation|remarks) (?:by|of))\s+"
        rf"{_HON}(?P<name>{_NAME})(?:,\s*(?P<title>[^.;,]{{2,160}}))?")


#: What every match of :func:`_speech_of` holds: the pattern is tried only on sentences
#: with one of these, found once in the whole text (speed only: looking for them in each
#: sentence cost 0.5 ms on the sample, one regex over the text 0.5 ms, these 0.17 ms).
_SPEECH_NOUNS = ("llocution", "iscours", "éclaration", "ntervention", "résentation",
                 "ienvenue", "tatement", "ddress", "emarks")


@text_cache(maxsize=16)
def _speech_noun_starts(text: str) -> tuple[int, ...]:
    """Where the text holds a noun of speech (see ``_SPEECH_NOUNS``), in order."""
    starts = [at for word in _SPEECH_NOUNS for at in all_starts(text, word)]
    return tuple(sorted(starts))


def _holds_speech_noun(text: str, sentence: Span) -> bool:
    starts = _speech_noun_starts(text)
    at = bisect_left(starts, sentence.start)
    return at < len(starts) and starts[at] < sentence.end


def heard_cues(text: str, sentence: Span) -> list[Cue]:
    """People whose address, statement or testimony the sentence says was heard or reports
    as a noun (:func:`_speech_of`), and the head of a delegation named in passing (see
    :func:`_led_by`)."""
    chunk = text[sentence.start : sentence.end]
    found: list[Cue] = []
    if "hear" in chunk:  # speed only: the pattern starts with "heard " or "hearing "
        for m in _heard().finditer(chunk):
            if _plausible_name(m.group("name")):
                span = Span(sentence.start + m.start("name"), sentence.start + m.end("name"))
                found.append(Cue("person", span, m.group("name"), _clean_title(m.group("title"))))
                # ... and the next speaker heard ("hearing statements by A, Director of X, and
                # B, Chairperson of the Committee")
                after = _HEARD_NEXT.match(chunk, m.end()) if m.group("title") else None
                if after and _plausible_name(after.group("name")):
                    span = Span(sentence.start + after.start("name"),
                                sentence.start + after.end("name"))
                    found.append(Cue("person", span, after.group("name"),
                                     _clean_title(after.group("title"))))
    if _holds_speech_noun(text, sentence):  # speed only: a noun of speech
        for m in _speech_of().finditer(chunk):
            if _plausible_name(m.group("name")):
                span = Span(sentence.start + m.start("name"), sentence.start + m.end("name"))
                found.append(Cue("person", span, m.group("name"), _clean_title(m.group("title"))))
    if "delegation" in chunk and "ed by" in chunk:  # speed only: ", led by", "headed by"
        for m in _led_by().finditer(chunk):
            if _plausible_name(m.group("name")):
                span = Span(sentence.start + m.start("name"), sentence.start + m.end("name"))
                title = m.group("title") or m.group("office")
                found.append(Cue("person", span, m.group("name"),
                                 f"head of delegation, {title}" if title else "head of delegation"))
    return found


#: The office a chair speaks in, read like a bracket ("The CHAIRPERSON, speaking as Country
#: Rapporteur, asked": the Chair is the Country Rapporteur too); a look-ahead, so the
#: mention stays the chair's words.
_SPEAKING_AS = (r"(?=,\s*(?:speaking as|en sa qualité de) (?:the |an? )?(?P<speaking_as>(?:[Cc]ountry |"
                r"[Cc]o-?)?[Rr]apporteu(?:r|se)(?: (?:for|pour) [^,.;]{2,80})?),)")


@cache
def _anon_patterns() -> tuple[tuple[CueKind, re.Pattern[str]], ...]:
    return (
        ("anon_committee", re.compile(rf"\b(?:{P.ANON_EXPERT_EN}|{P.ANON_ONE_OF}|{P.ANON_EXPERT_FR})\b")),
        ("anon_state", re.compile(rf"\b(?:{P.ANON_STATE})\b")),
        ("chair", re.compile(rf"\b(?:{P.CHAIR})\b(?:{_SPEAKING_AS}|{_PAREN})")),
        ("delegation", re.compile(rf"\b(?:{P.DELEGATION_EN}|{P.DELEGATION_FR})\b")),
        ("office", re.compile(rf"\b(?:{P.OFFICE})\b")),
        ("outside", re.compile(rf"\b(?:{P.OUTSIDE_OFFICE})\b")),
    )


@cache
def _subject_tail() -> re.Pattern[str]:
    """What follows a sentence subject that reports speech: (title,) (participle,) verb."""
    return re.compile(
        # (a quoted title inside may hold a stop: "citing a report entitled “Who Judges the
        # Judges?”, said")
        rf"{_PAREN}(?:,\s*(?:[^.;?!“\"]|“[^”]{{0,120}}”|\"[^\"]{{0,120}}\"){{2,200}}?,)?\s*"
        # (a participle after a comma may hold a symbol's dots: ", introducing his country's
        # fifth periodic report (E/C.12/PER/5), said")
        rf"(?:,?\s*{P.PARTICIPIAL},\s*)?{_VERB_SIMPLE}",
        re.UNICODE
    )


@cache
def _verb() -> re.Pattern[str]:
    return re.compile(_VERB)


@cache
def _intro() -> re.Pattern[str]:
    return re.compile(P.INTRO_PHRASE)


#: A participial clause after the opening phrase ("In general, emphasizing the openness of
#: the State to dialogue, the members of the Committee welcomed ...").
_SECOND_CLAUSE = r"(?:[a-z]+ing\b[^,.;?!]{0,160},\s+)?"


@cache
def _collective() -> re.Pattern[str]:
    # (an aside after the subject: "The Committee Experts, among other things, said ...")
    return re.compile(rf"{_START}(?:{_SECOND_CLAUSE}(?:{P.COLLECTIVE_EXPERTS})(?:,\s*[^,.;]{{2,40}},)?"
                      rf"\s+(?:{_VERB})|"
                      rf"{P.EXPERTS_QUESTIONS})")


@cache
def _narrator(openers: tuple[str, ...] = P.NARRATOR_OPENERS) -> re.Pattern[str]:
    # a time set off by commas may come first: "Cet après-midi, à 15 heures, le Comité
    # entamera ...", "This afternoon, at 3 p.m., the Committee will ..."
    # and in a summary record, the paragraph's number: "18. La délégation béninoise se retire."
    # (or the part of the day of a release that covers two meetings: "In the afternoon,
    # the Committee began its consideration of ...", "Plus tard, le Comité ...")
    lead = (r"(?:\d{1,3}\.\s*)?(?:(?:Cet après-midi|Ce matin|Demain|Aujourd['’]hui|This afternoon|"
            r"This morning|Tomorrow|Today|[Àà] \d|[Aa]t \d|In the (?:morning|afternoon|evening)|"
            r"Earlier|Later|Dans l['’]après-midi|Dans la matinée|Plus tôt|Plus tard)"
            r"(?:[^,.;]|[ap]\.m\.){0,40},\s*){0,2}"
            # the next meeting's time in a clause: "When it reconvenes at 10 a.m. on Monday,
            # 12 May, the Committee will take up ..."
            r"(?:When it (?:reconvenes|resumes|meets again|next meets)\b[^;:]{0,100}?,\s*"
            r"(?=the Committee\b))?"
            # a fronted time or occasion before the Committee ("During its two-week session,
            # the Committee ...", "On Wednesday 17 April the Committee met ...")
            r"(?:(?:During|In the course of|At its|On|Au cours de|Lors de|Pendant|Durant)\s"
            r"[^,.;:]{0,100}?(?:,\s*|\s+)(?=(?:the|le) (?:Committee|Comité)\b))?"
            # the head set apart from the rest of the delegation: "Outre M. Sarr Ndoye, la
            # délégation sénégalaise était composée de ...", "Besides Ms. X, the delegation ..."
            r"(?:(?:Outre|Besides|In addition to|Apart from|Aside from)\s+(?:[^,.;]|"
            r"(?<=\bM)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMme)\.|(?<=\bDr)\.){2,120}?,\s*)?")
    return re.compile(lead + "(?:" + "|".join(f"(?:{p})" for p in openers) + ")")


@cache
def _postposed() -> re.Pattern[str]:
    """French postposed attribution: ", a dit un expert," / "a-t-il été noté"."""
    return re.compile(rf"(?:{P.POSTPOSED_FR})(?:\s+{P.POSTPOSED_MANNER_FR})?\s+"
                      rf"(?P<who>{P.ANON_EXPERT_FR})")


# Speed only.  The named patterns cost 5-15 µs a sentence and most sentences name nobody,
# so each pattern is tried only if the sentence holds what that pattern cannot match
# without.  Exact: every finder of :func:`name_cues` needs a ``_NAME`` (two NAME_WORDs: a
# capital, word characters, an optional dot, space, particles, a capital) or an honorific
# and a surname, which ``_name_gate`` and ``_honorific_gate`` look for with superset
# patterns (as one alternation they scanned three times slower).  Then, per pattern: the
# first ends with ``_TAIL`` (or an unclosed office); the second needs one of P.PRESENTER_WORDS (the words of
# ``_PRESENTER``); the third an honorific; the fourth one of P.TITLE_STARTS, and the fifth
# a name, where ``_START`` ends (see :func:`_body_starts`).


@cache
def _name_gate() -> re.Pattern[str]:
    # possessive: giving back word characters cannot help a dot or space to follow
    return re.compile(rf"{P.NAME_CAPITAL}[\w'’\-]*+\.?\s+(?:{P.NAME_PARTICLE}\s+)*{P.NAME_CAPITAL}"
                      rf"|{P.NAME_RUN_TOGETHER}")


@cache
def _tail() -> re.Pattern[str]:
    return re.compile(_TAIL_WIDE)  # the gate of the first pattern: its wider tail


@cache
def _honorific_gate() -> re.Pattern[str]:
    return re.compile(rf"(?:{P.HONORIFIC})\.?\s+\S")


@cache
def _office_gate() -> re.Pattern[str]:
    # an office before a capitalised surname and a lower-case word ("Minister Tarpeh
    # said"), not "Minister of Justice"
    # (a surname of several words too: "Colonel Delos Santos said")
    return re.compile(rf"{P.OFFICE_HONORIFIC}\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){{0,2}}\s+[a-z]")


#: Words every office honorific holds (only for speed: most sentences hold none).
_OFFICE_LITERALS = ("Minist", "Ambassad", "Judge", "Justice", "Senator", "Commissioner",
                    "Juge", "Colonel", "General", "Général", "Captain", "Capitaine",
                    "Command", "Superintendent", "Commissaire", "Police")


def _may_hold_honorific(chunk: str, at: int = 0) -> bool:
    """False only if the honorific pattern cannot match ``chunk[at:]`` (speed only)."""
    if _honorific_gate().search(chunk, at) is not None:
        return True
    return (any(map(chunk.__contains__, _OFFICE_LITERALS))
            and _office_gate().search(chunk, at) is not None)


_NUMBER_RX = re.compile(_NUMBER)
#: Beyond this offset no comma closes an introductory phrase (P.INTRO_PHRASE holds at most
#: 180 characters after its first word, plus a paragraph number and a time adverb).
_INTRO_REACH = 260
_INTRO_NO_COMMA_RX = re.compile(P.INTRO_NO_COMMA)


def _body_starts(chunk: str) -> tuple[int, ...]:
    """Every offset where what follows ``_START`` (a paragraph number, then an optional
    INTRO_PHRASE and time adverb) can begin: the start, after the number, after an
    introductory phrase with no comma (P.INTRO_NO_COMMA), and after each comma within
    :data:`_INTRO_REACH` characters and the white space after it."""
    number = _NUMBER_RX.match(chunk)
    starts = [0, number.end() if number else 0]
    if chunk[starts[1]:starts[1] + 2] in ("In", "Du"):
        # an introductory phrase with no comma (P.INTRO_NO_COMMA)
        intro = _INTRO_NO_COMMA_RX.match(chunk, starts[1])
        if intro is not None:
            starts.append(intro.end())
    comma = chunk.find(",")
    # (an introductory phrase holds commas in a list: "Introducing its third, fourth and
    # fifth reports,", "in which Mr. A, Ms. B and Mr. C took part,"; it is at most
    # _INTRO_REACH characters long)
    while 0 <= comma < _INTRO_REACH:
        after = comma + 1
        while after < len(chunk) and chunk[after].isspace():
            after += 1
        if after > comma + 1:
            starts.append(after)
        comma = chunk.find(",", comma + 1)
    return tuple(starts)


def _may_match(index: int, chunk: str, starts: tuple[int, ...]) -> bool:
    """False only if the named pattern of this index cannot match ``chunk`` (speed only)."""
    if index == 0:  # its tails: ", verb", two offices ", A, and the B verb", an unclosed office
        return (_tail().search(chunk) is not None or ", and the " in chunk
                or ", and head of" in chunk or ", and Head of" in chunk
                or _UNCLOSED_OFFICE_RX.search(chunk) is not None
                or " - " in chunk or " – " in chunk or " — " in chunk)  # an office in dashes
    if index == 1:
        return any(map(chunk.__contains__, P.PRESENTER_WORDS))
    if index == 2:
        return _may_hold_honorific(chunk)
    # map() rather than a generator (speed only: a third faster on the few starts):
    # chunk.startswith(P.TITLE_STARTS, at) and _name_gate().match(chunk, at) for each start
    if index == 3:  # (or a member by nationality: "Norwegian expert Lars Berg")
        return (any(map(chunk.startswith, repeat(P.TITLE_STARTS), starts))
                or " expert " in chunk or " Expert " in chunk)
    if index == 4:
        return any(map(chunk.startswith, repeat(_STATE_OFFICE_STARTS), starts))
    if index == 5:  # a State office after capitalised words ("Interior Minister")
        return any(map(chunk.__contains__, _STATE_OFFICE_WORDS))
    return any(map(_name_gate().match, repeat(chunk), starts))


def _find_name_cues(text: str, sentence: Span) -> tuple[Cue, ...]:
    """Named speakers the sentence reports: the subject of its reporting verb, a presenter
    ("Introducing the report was NAME"), or a person heard or heading the delegation; or
    the speaker a transcript's label names (:func:`label_cue`).  A person named right after
    a verb of saying is what is said ("Another Expert said Colonel X, who had been
    acquitted, had been promoted"), no speaker."""
    found = _name_cues_in(text, sentence)
    if not found or "said" not in text[sentence.start:sentence.end]:
        return found  # speed only: every such verb is "said" in the reports read
    return tuple(c for c in found if c.kind != "person"
                 or not _SAYING_BEFORE_NAME.search(
                     text, max(sentence.start, c.span.start - 30), c.span.start))


#: A speaker and a verb of saying right before a name: the name opens what was said (not a
#: speaker named after the verb: "..., said Mr. Heller.", "This was a concern said Ms. X").
_SAYING_BEFORE_NAME = re.compile(
    r"\b(?:[Ee]xperts?|[Rr]apporteurs?|Chair(?:person)?|[Mm]embers?|delegation|delegate|he|she|"
    r"they|(?<![,;] )[A-Z][\w'’-]+)\s+said(?:\s+that)?\s+(?:(?:the|a|an)\s+)?$")


def _name_cues_in(text: str, sentence: Span) -> tuple[Cue, ...]:
    """:func:`_find_name_cues` before the names after a verb of saying are dropped."""
    if (label := label_cue(text, sentence)) is not None:
        return (label,) if label.kind == "person" else ()
    if not (
        _name_gate().search(text, sentence.start, sentence.end)
        or _honorific_gate().search(text, sentence.start, sentence.end)
    ):
        return ()  # no name and no honorific: nothing below can match (see _may_match)
    chunk = text[sentence.start : sentence.end]
    if (last := _named_last(chunk, sentence)) is not None:
        return (last,)
    starts = _body_starts(chunk)
    may: list[bool] = []  # the gate of each pattern tried, kept for _clause_cue
    for index, rx in enumerate(_named_patterns()):
        may.append(_may_match(index, chunk, starts))
        if not may[index]:
            continue
        m = rx.match(chunk)
        if not m or not (_plausible_name(m.group("name")) or _article_surname(m)):
            continue
        if "cnation" in rx.groupindex and m.group("cnation") and (
                not lookup_country(_ARTICLE_ELIDED.sub("", m.group("cnation")))
                or _OFFICE_NAME.search(m.group("name"))):
            # "Ana Ruiz of the Ministry of Justice, ...": no State after "of"; "...,
            # Permanent Representative of Peru, who ...": an office, no name.  The sentence
            # is read again without that branch, which had taken the place of another
            # reading ("Presenting the report Nelson Cruz, Director General of Justice,
            # said": no name "Director General" of a nation "Justice")
            m = _without_nation(rx.pattern).match(chunk)
            if not m or not (_plausible_name(m.group("name")) or _article_surname(m)):
                continue
        if "next" in rx.groupindex and not _verb().match(m.group("next")):
            continue
        groups = m.groupdict()
        # an office before the name ("introduced by Committee Rapporteur X") outranks what
        # follows the name, which may be the rest of the sentence (", notes that")
        title = (groups.get("title3") or groups.get("title") or groups.get("wtitle")
                 or groups.get("ptitle") or groups.get("ntitle") or groups.get("title2")
                 or groups.get("dtitle")
                 or groups.get("org"))
        office = _office(groups.get("office"))
        if office and title and _CHAIR_OFFICE_WORD.search(office):
            # the chair's office before the name outranks the country after it: "la
            # Présidente du Comité, Feride Acar, experte de la Turquie, a invité"
            title = f"{office}, {title}"
        head = (_HEAD_BEFORE.search(chunk, 0, m.start("name")) if title
                else _HEAD_OPENING.match(chunk, 0, m.start("name")))
        if head:  # "Le chef de la délégation du Portugal, M. X, Représentant permanent ..."
            # (an opening participle is no office: "Présidant la délégation, M. X, ...")
            office_of_head = "head of delegation" if _HEAD_OPENING.match(
                head.group(0)) else head.group(0)
            title = f"{office_of_head}, {title}" if title else office_of_head
        title = title or office
        if groups.get("apposition"):  # "Committee Vice-Chair X, one of the Country Rapporteurs,"
            title = f"{title}, {groups['apposition']}"
        if index == 1:
            more = _COORDINATED_OFFICE.match(chunk, m.end())
            if more and title:  # "..., rapporteuse spéciale ... et Vice-Présidente du Comité"
                title = f"{title} {more.group(0).strip()}"
            title = _presenter_title(m.group(0), title)
        else:
            title = _title_from_prefix(chunk[: m.start("name")], title)
            if title and _presents_report(chunk, m):
                title = f"{title}, presenting the report"  # "X, Présidente de ..., a présenté le rapport"
            elif (_PRESENTING.search(chunk, m.end("name"), m.end())
                  and "presenting the report" not in (title or "")):
                # a participial clause after the name: "Mr. Boolell, introducing his
                # country's initial report, stressed ..."
                title = f"{title}, presenting the report" if title else "presenting the report"
            elif not title and (office_as := _SPEAKING_AS_OFFICE.search(chunk, m.end("name"),
                                                                         m.end())):
                # "Ms. Halvorsen, speaking as Country Rapporteur, wished to know ..."
                title = office_as.group("office")
        if _HEAD_ASIDE.search(chunk, m.end("name"), m.end()) or _HEAD_ASIDE.match(
                # (a relative clause right after the title: "... présenté par M. X,
                # Vice-Ministre ..., qui dirigeait une délégation ...", probe d)
                chunk, _title_end(m)):
            # "Mr. Benjelloun (Morocco), speaking as head of the delegation, said" (the
            # clause itself is no title: "prenant la parole en sa qualité de ...")
            # (the office before the name when the clause after it is all: "Le Secrétaire
            # d'État à la justice, M. X, qui dirigeait la délégation, a indiqué")
            office = _clean_title(title) or _clean_title(office)
            title = f"{office}, head of delegation" if office else "head of delegation"
        first = m.start("hon") if groups.get("hon") else m.start("name")
        span = Span(sentence.start + first, sentence.start + m.end("name"))
        paren = groups.get("paren") or _own_state(text, groups.get("nation"))
        found = _partner(sentence, m) if index in (0, 2) and groups.get("title") else None
        partner = found[0] if found else None
        if found is not None:
            title = groups["title"][: found[1]]  # "expert from Italy"
        cue = Cue("person", span, m.group("name"), _clean_title(title), paren,
                  attribution=index != 1 or "who" in chunk[m.end():m.end() + 6])
        extra = _co_heads(chunk, sentence, m) if index == 1 else [partner] if partner else []
        heard = [c for c in heard_cues(text, sentence) if c.span != span]
        later = _pair_cues(chunk, sentence, clauses_only=True)  # "..., while X and Y spoke"
        return (cue, *extra, *heard, *later)
    pair = _pair_cues(chunk, sentence)
    if pair:
        return pair
    inner = (_clause_cue(chunk, sentence, may[0] or may[2]) or _inverted_french_cue(chunk, sentence)
             or _quoted_cue(chunk, sentence) or _according_cue(chunk, sentence))
    if inner is not None:
        return (inner, *(c for c in heard_cues(text, sentence) if c.span != inner.span))
    return tuple(list_cues(text, sentence) or heard_cues(text, sentence))


#: A transcript's speaker label opening a turn: an optional timecode, a role in capitals,
#: an optional name and office in brackets, a colon ("[00:24:52] COUNTRY TASK FORCE MEMBER
#: (Mr. Lars Berg): ...", "CHAIRPERSON: ...", "DELEGATION (Ministry of Justice): ...").
_LABEL = re.compile(
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?P<label>[A-Z][A-Z'’ -]{2,60}?)\s*"
    r"(?:\((?P<inside>[^()]{2,200})\))?\s*:\s+\S")
#: The farthest a label's colon stands from the start of its sentence.
_LABEL_REACH = 300
#: The name in a label's brackets, with the office after it ("Ms. Amina Diallo, Minister
#: of Women, Children and Family").
_LABEL_PERSON = re.compile(
    rf"(?P<hon>{P.HONORIFIC})\.?\s+(?P<name>[^,()]{{2,80}}?)\s*(?:,\s*(?P<title>.+?))?\s*$")
#: What a label's role says of its speaker, in order: (words, cue kind, title given).
_LABEL_ROLES: tuple[tuple[tuple[str, ...], CueKind, str], ...] = (
    (("HEAD OF DELEGATION", "HEAD OF THE DELEGATION"), "delegation", "head of delegation"),
    (("VICE-CHAIR", "VICE CHAIR"), "anon_committee", "Committee Vice-Chairperson"),
    (("CHAIR", "PRESIDENT"), "chair", "Chairperson"),
    (("RAPPORTEUR", "TASK FORCE", "EXPERT", "COMMITTEE MEMBER", "MEMBER OF THE COMMITTEE"),
     "anon_committee", ""),
    (("DELEGATION", "DELEGATE", "REPRESENTATIVE", "MINISTER"), "delegation", "delegation"),
)


def label_cue(text: str, sentence: Span) -> Cue | None:
    """The speaker of a transcript's label at the start of ``sentence`` (see ``_LABEL``):
    the person in brackets, with the role as title, or the role's anonymous speaker."""
    first = text[sentence.start:sentence.start + 1]
    if (first != "[" and not first.isupper()) or text.find(
            ":", sentence.start, min(sentence.end, sentence.start + _LABEL_REACH)) < 0:
        return None  # (only for speed: a label is a capital or "[" and a colon near it)
    m = _LABEL.match(text, sentence.start, sentence.end)
    if m is None:
        return None
    label = m.group("label").strip()
    role = next(((kind, title) for words, kind, title in _LABEL_ROLES
                 if any(w in label for w in words)), None)
    person = _LABEL_PERSON.match(m.group("inside") or "")
    if role is None:
        return None  # "NOTE: ...", "GENEVA: ...": no speaker's role
    kind, given = role
    if person is not None and _plausible_name(person.group("name")):
        title = ", ".join(t for t in (person.group("title"), given or label.title()) if t)
        start = m.start("inside") + person.start("hon")
        return Cue("person", Span(start, m.start("inside") + person.end("name")),
                   person.group("name"), _clean_title(title), attribution=True)
    return Cue(kind, Span(m.start("label"), m.start("label") + len(label)), attribution=True)


#: Where a coordinated clause may open with a new speaker ("..., and its President, Malcolm
#: Evans, presented ...", "..., while Ms. X said ...").
_CLAUSE_OPENER = re.compile(
    r"(?:,\s+|;\s+|\s)(?:and|while|whereas|et|tandis que)\s+(?=(?:its|his|her|the|[A-Z]))")


#: A French attribution after what was said, the speaker last with their office ("...,
#: comme l'a rappelé à l'issue de la session le Président de cet organe, M. Jens Modvig.").
_INVERTED_FR = re.compile(
    rf"(?P<comma>,\s*)?\b(?:l['’])?a (?:(?:ensuite|également|aussi|encore|en outre|par ailleurs|"
    rf"enfin|pour sa part|quant à lui|quant à elle) )?(?:rappelé|souligné|dit|indiqué|expliqué|relevé|précisé|"
    rf"déclaré|fait observer|fait valoir|fait savoir|affirmé|ajouté|assuré|reconnu|confirmé|"
    rf"poursuivi|répondu|insisté|signalé|annoncé|estimé|conclu|observé|déploré|regretté|noté|"
    rf"constaté|remarqué|fait remarquer|salué|jugé|considéré|averti|mis en garde)\b[^.;?!]{{0,120}}?\s"
    # (an article inside the office after "de": "le Ministre de la justice, M. X")
    rf"(?:(?:le|la|un|une) (?P<title>(?:(?!(?<!\bde )\b(?:le|la)\s)[^,.;]){{2,80}}?),\s+)?"
    rf"(?P<hon>M|Mme|Mlle)\.?\s+(?P<name>{_SURNAME})"
    # closing the sentence (with their office after it: "..., a précisé M. Mamadou Diop,
    # Directeur des affaires criminelles."), or set off by commas inside it ("..., a assuré
    # Mme X, sous réserve de ...")
    # (the office after the name in lower case too: "..., chef de la délégation burundaise.")
    rf"(?:(?:,\s+(?P<after>[A-ZÀ-Ýa-zà-ÿ][^.;?!]{{2,120}}))?\s*[.;]?\s*$|(?(comma),\s+(?=[a-zà-ÿ])|(?!))|"
    # ... or closing a clause the sentence goes on after: "..., a déclaré M. Tahir; le Tchad
    # n'envisage toutefois pas ..."
    rf"(?(comma)\s*;\s+(?=[a-zà-ÿ])|(?!)))"
)


def _inverted_french_cue(chunk: str, sentence: Span) -> Cue | None:
    """The speaker named last in a French inverted attribution (see ``_INVERTED_FR``)."""
    if " a " not in chunk and "’a " not in chunk and "'a " not in chunk:
        return None  # speed only: no "a <participle>"
    m = _INVERTED_FR.search(chunk)
    if m is None or not _plausible_name(m.group("name")):
        return None
    return Cue("person", Span(sentence.start + m.start("hon"), sentence.start + m.end("name")),
               m.group("name"), _clean_title(m.group("title") or m.group("after")),
               attribution=True)


#: An English attribution after a quotation, news style: "“...,” said Committee member Ana
#: Diaz, who led the review.", "“...?” asked Mr. Lund.", "“...,” Mr. Castillo said.", and
#: one before what is said: "According to Ana Diaz, head of the delegation, the law ...".
_QUOTED_SAID = re.compile(
    # (and in French: "« ... », a lancé Mme Ines Kowal, membre du Comité.")
    # (news style in the present too: '"We must do more," says Maria Lopez, the Minister')
    rf"[”\"»],?\s+(?:(?:said|asked|added|noted|stressed|explained|continued|replied|says|"
    rf"asks|adds|notes|stresses|explains|"
    rf"observed|remarked|told\s+[^,.;”\"]{{2,40}}?|a\s+(?:(?:encore|aussi|également|ensuite|"
    rf"enfin)\s+)?(?:dit|demandé|déclaré|lancé|souligné|ajouté|expliqué|insisté|relevé|"
    rf"observé|rappelé|estimé|regretté|affirmé|averti))\s+(?:(?P<title>(?:[Tt]he\s+|l['’]|[Ll][ea]\s+)?[A-Za-z][\w-]*"
    rf"(?:\s+[a-z][\w-]*){{0,3}})\s+)??(?:(?P<hon>{P.HONORIFIC})\.?\s+)?(?P<name>{_NAME}|"
    rf"(?<=\.\s){_SURNAME})(?:,\s+(?P<apposition>[^.;?!”\"]{{2,160}}?))?"
    rf"|(?P<hon2>{P.HONORIFIC})\.?\s+(?P<name2>{_SURNAME})\s+(?:said|asked|added|noted|"
    rf"stressed|explained|continued|replied)"
    # an office before the name, news style: '"...," UN Deputy High Commissioner for Human
    # Rights Marta Oliveira said in her address.'
    rf"|(?P<title3>(?:UN |United Nations )?(?:(?:Deputy|Assistant|Acting) )?(?:High Commissioner|"
    rf"Secretary-General|Special Rapporteur|Independent Expert|[Cc]ommittee (?:[Cc]hair(?:person|man|"
    rf"woman)?|[Ee]xpert|[Mm]ember)|[Pp]anel member|Chair(?:person)? of the Committee)(?: (?:for|on|of) (?:the )?[A-Z][\w'’-]*"
    rf"(?: (?:and |of |the |for |on )*[A-Z][\w'’-]*){{0,5}})?)\s+(?P<name3>{_NAME})\s+"
    rf"(?:said|added|noted|stressed|explained|told)\b[^.;?!”\"]{{0,60}})\s*[.;]?\s*$")
_ACCORDING = re.compile(
    rf"^(?:According|Selon)\s+(?:to\s+)?(?:(?P<hon>{P.HONORIFIC})\.?\s+)?(?P<name>{_NAME}),\s+"
    # (an office holds no verb: "Selon X, le gouvernement est conscient de ..., d'où" is
    # what X said)
    r"(?:(?P<title>(?:(?!\b(?:est|sont|était|étaient|a|ont|avait|avaient|is|are|was|were|has|"
    r"have|had)\b)[^,.;]){2,160}?),\s)?")


def _quoted_cue(chunk: str, sentence: Span) -> Cue | None:
    """The speaker of a quotation named after it, or before what they say with "According
    to" (see ``_QUOTED_SAID``, ``_ACCORDING``)."""
    m = None
    if "”" in chunk or '"' in chunk or "»" in chunk:
        m = _QUOTED_SAID.search(chunk)
    if m is None and chunk.startswith(("According", "Selon")):
        m = _ACCORDING.match(chunk)
        if m is not None and not m.group("title") and chunk.startswith("According"):
            m = None  # "According to Statistics Norway, ...": may be no person
    if m is None:
        return None
    name_group = next(g for g in ("name", "name2", "name3") if m.group(g))
    name = m.group(name_group)
    if not _plausible_name(name):
        return None
    groups = m.groupdict()
    title = groups.get("title") or groups.get("title3")
    if title:  # "l'ambassadeur X": the office without its article
        title = re.sub(r"^(?:l['’]|(?:le|la)\s+)", "", title, flags=re.I)
    if groups.get("apposition"):
        title = f"{title}, {groups['apposition']}" if title else groups["apposition"]
    hon = "hon" if m.group("hon") else "hon2" if groups.get("hon2") else name_group
    return Cue("person", Span(sentence.start + m.start(hon), sentence.start + m.end(name_group)),
               name, _clean_title(title), attribution=True)


#: An attribution that opens the sentence, the person named with an honorific, an office
#: before or a title after: "Selon le corapporteur, M. Didier Lantos, la population ...",
#: "According to Ms. Lund, the prisons ...", "Comme l'a souligné la Présidente du Comité,
#: Mme Ilse Varga, à l'ouverture de la séance, le Comité ...".
_ACCORDING_NAMED = re.compile(
    r"(?:According\s+to|Selon|D['’]après|Comme\s+l['’]a\s+(?:\w+\s+)?(?:rappelé|souligné|dit|"
    r"indiqué|expliqué|relevé|précisé|déclaré|fait observer|fait valoir|affirmé|ajouté|noté|"
    r"observé))\s+(?:(?:the|le|la|l['’])\s*(?P<office>[^,.;()]{2,80}?),\s+)?"
    rf"(?:(?P<hon>{P.HONORIFIC})\.?\s+(?P<surname>{_SURNAME})|(?P<name>{_NAME})){_PAREN}"
    r"(?:,\s+(?P<title>(?:(?:the|an?|le|la|l['’])\s*)?[A-ZÀ-Ý][^,.;]{2,160}?))?,\s")
#: How :data:`_ACCORDING_NAMED` may begin (speed only).
_ACCORDING_STARTS = ("According", "Selon", "D'après", "D’après", "Comme l")


def _according_cue(chunk: str, sentence: Span) -> Cue | None:
    """The person an opening attribution names (see :data:`_ACCORDING_NAMED`): what
    follows is theirs.  A name without an honorific, an office or a title is left out
    ("According to Human Rights Watch, ...")."""
    if not chunk.startswith(_ACCORDING_STARTS):
        return None
    m = _ACCORDING_NAMED.match(chunk)
    if m is None or not (m.group("hon") or m.group("office") or m.group("title")):
        return None
    group = "surname" if m.group("surname") else "name"
    name = m.group(group)
    if not _plausible_name(name):
        return None
    first = m.start("hon") if m.group("hon") else m.start(group)
    office = m.group("office")
    return Cue("person", Span(sentence.start + first, sentence.start + m.end(group)), name,
               _clean_title(m.group("title") or office), m.group("paren"), attribution=True)


#: A committee office before a name in a pair of speakers.
_PAIR_OFFICE = r"(?:Committee\s+)?(?:Country\s+Rapporteur|Rapporteur|Expert|Member|Chairperson|Chair|Vice-Chair(?:person)?)"


@cache
def _pair() -> re.Pattern[str]:
    """Two speakers with one verb: "Committee Rapporteur X and Expert Y took the floor",
    "X and Y, Committee Experts, also spoke"."""
    # (either name may be a surname after an honorific: "Ms. Hayashi and Ms. Patten asked",
    # "Mr. Kessing and Bakhtiyar Tuzmukhamedov asked", probes e and h)
    return re.compile(
        rf"(?:(?P<t1>{_PAIR_OFFICE})\s+)?(?:(?P<h1>{P.HONORIFIC})\.?\s+)?"
        rf"(?P<n1>(?(h1)(?:{_NAME}|{_SURNAME})|{_NAME}))\s+and\s+(?:(?P<t2>{_PAIR_OFFICE})\s+)?"
        rf"(?:(?P<h2>{P.HONORIFIC})\.?\s+)?(?P<n2>(?(h2)(?:{_NAME}|{_SURNAME})|{_NAME}))"
        rf"(?:,\s*(?P<both>(?:Committee\s+)?(?:Experts|Members|Rapporteurs)),)?"
        rf"\s+{_VERB_WIDE}")


#: A word of a name as the pair gates read it: a capital, word characters, a dot (each
#: NAME_WORD is one).  Possessive: a NAME_WORD before white space or a dot is the whole
#: run of word characters, so giving some back cannot help (and cost time).
_GATE_WORD = rf"{P.NAME_CAPITAL}[\w'’\-]*+\.?"


@cache
def _pair_gate() -> re.Pattern[str]:
    """Speed only: what every match of ``_pair`` holds, the last two words of the first
    name, "and", the office, and the first two words of the second name."""
    two_words = rf"{_GATE_WORD}\s+(?:{P.NAME_PARTICLE}\s+)*{_GATE_WORD}"
    return re.compile(rf"{two_words}\s+and\s+(?:{_PAIR_OFFICE}\s+)?{two_words}")


@cache
def _pair_start() -> re.Pattern[str]:
    """Speed only: what every match of ``_pair`` opens with, its words read without
    backtracking into them (possessive): the first name and its office, "and", and the
    start of the second name.  ``_pair`` fails slowly where a name is not followed by
    "and" ("Country Rapporteur, said ..."), trying each shorter end of each word."""
    word, joiner = _GATE_WORD, rf"\s+(?:{P.NAME_PARTICLE}\s+)*"
    office = rf"(?:{_PAIR_OFFICE}\s+)?"
    return re.compile(
        rf"{office}{word}(?:{joiner}{word}){{1,5}}\s+and\s+{office}{word}{joiner}{P.NAME_CAPITAL}")


def _pair_cues(chunk: str, sentence: Span, clauses_only: bool = False) -> tuple[Cue, ...]:
    """Two speakers sharing one verb, at the start of the sentence (after its opening
    phrase) or of a coordinated clause ("..., while Committee Rapporteur X and Expert Y
    took the floor ..."); only the latter with ``clauses_only``."""
    if " and " not in chunk or not _pair_gate().search(chunk):
        return ()  # speed only (see _pair_gate)
    openers = [m.end() for m in _CLAUSE_OPENER.finditer(chunk)]
    starts = openers if clauses_only else [*_body_starts(chunk), *openers]
    for at in starts:
        if not _pair_start().match(chunk, at):
            continue  # speed only: _pair costs 5-25 us where it fails (see _pair_start)
        m = _pair().match(chunk, at)
        if m is None or not (_plausible_name(m["n1"]) and _plausible_name(m["n2"])):
            continue
        both = m["both"]
        return tuple(
            Cue("person", Span(sentence.start + m.start(n), sentence.start + m.end(n)), m[n],
                _clean_title(m[t] or (both and "Committee Expert")), attribution=True)
            for n, t in (("n1", "t1"), ("n2", "t2")))
    return ()


def _clause_cue(chunk: str, sentence: Span, gates: bool = True) -> Cue | None:
    """A speaker named at the start of a coordinated clause, when the sentence opens with
    none: the name-and-title and honorific patterns, tried where the clause starts.

    ``gates`` is False when the sentence holds no ``_tail`` and no honorific (the gates of
    :func:`_may_match` for the first and third patterns): then only ", and the" can let
    the first pattern match after an opener (speed only)."""
    if "and " not in chunk and "while " not in chunk and " et " not in chunk:
        return None  # speed only: no clause opener
    if not gates and _AND_THE.search(chunk) is None:
        return None  # speed only: _may_match_after fails after every opener
    patterns = _named_patterns()
    for opener in _CLAUSE_OPENER.finditer(chunk):
        sub = chunk[opener.end():]
        for index in (0, 2):
            if not _may_match_after(index, chunk, opener.end()):
                continue  # speed only: 5-10 µs a clause for the first pattern
            m = patterns[index].match(sub)
            if m is None or not _plausible_name(m.group("name")):
                continue
            groups = m.groupdict()
            title = groups.get("title") or groups.get("wtitle") or _office(groups.get("office"))
            first = m.start("hon") if groups.get("hon") else m.start("name")
            base = sentence.start + opener.end()
            return Cue("person", Span(base + first, base + m.end("name")), m.group("name"),
                       _clean_title(title), groups.get("paren"), attribution=True)
    return None


#: The two offices of the first named pattern joined by ", and the" (see _may_match_after).
_AND_THE = re.compile(r",\s+and\s+the\s+")
_UNCLOSED_OFFICE_RX = re.compile(_UNCLOSED_OFFICE)


def _may_match_after(index: int, chunk: str, at: int) -> bool:
    """False only if the named pattern of this index (0 or 2) cannot match ``chunk[at:]``
    (speed only).  Exact: the first pattern ends with ``_TAIL``, which ``_TAIL_WIDE``
    matches, or with ``_UNCLOSED_OFFICE``, or holds ", and the" in any white space; the third holds an honorific and a
    surname.  Neither gate looks behind its match, so searching ``chunk`` from ``at``
    finds what searching the slice finds."""
    if index == 0:
        return (_tail().search(chunk, at) is not None or _AND_THE.search(chunk, at) is not None
                or _UNCLOSED_OFFICE_RX.search(chunk, at) is not None)
    return _may_hold_honorific(chunk, at)


def _title_end(m: re.Match[str]) -> int:
    """Where the title a named-speaker pattern read ends (else the name, else the match)."""
    for group in ("title3", "title", "wtitle", "ptitle", "ntitle", "title2"):
        if group in m.re.groupindex and m.group(group):
            return m.end(group)
    return m.end("name") if m.group("name") else m.end()


_HEAD_BEFORE = re.compile(P.HEAD_OF_DELEGATION, re.I)
#: The office in which a speaker spoke, in a clause between the name and the verb: "speaking
#: as head of the delegation", "leading the delegation", "prenant la parole en sa qualité
#: de chef de la délégation" (probe D: no title, so she had not been marked head).
_HEAD_ASIDE = re.compile(
    rf",\s*(?:speaking |prenant la parole )?(?:as |en (?:sa )?qualité de )(?:the )?"
    rf"(?:{P.HEAD_OF_DELEGATION})|,\s*leading (?:the|her|his|their) (?:country['’]s )?delegation|"
    # a relative clause after the title: "..., qui dirigeait une délégation composée de ...",
    # "..., who headed the delegation" (probe d)
    rf",\s*(?:who|qui)\s+(?:(?:also|aussi|également)\s+)?(?:{P.HEAD_OF_DELEGATION})",
    re.I)
#: The word of a chair's office.
_CHAIR_OFFICE_WORD = re.compile(r"\b(?:[Pp]résidente?|PRÉSIDENTE?|Chair(?:person|man|woman)?)\b")
#: An opening participle that makes the speaker the head ("Heading the delegation, X said",
#: "Présidant la délégation, M. X a déclaré"): no office itself.
_HEAD_OPENING = re.compile(r"(?:heading|présidant|dirigeant|conduisant) (?:the|her|his|its|la|"
                           r"sa) (?:country['’]s )?d[ée]l[ée]gation\b", re.I)
#: A second office joined to a title by "and"/"et" ("... et Vice-Présidente du Comité").
_COORDINATED_OFFICE = re.compile(
    r"\s+(?:and|et)\s+(?:(?:Vice|Co)[- ])?(?:Committee |Country )?(?:Chair\w*|Président\w*|"
    r"Rapporteu\w*|Expert\w*|Member|Membre)\b[^,.;]{0,60}")


_OFFICE_AT_END = re.compile(
    r"(?:the|its|le|la) ((?:Committee )?(?:Chair\w*|Vice[- ]Chair\w*|Rapporteur|Expert|Member|"
    r"President|Président\w*)\b[^,]*),\s*(?:(?:Mr|Ms|Mrs|M|Mme)\.?\s*)?$"
)
_PRESENTING = re.compile(
    # (not "presenting his report": a Special Rapporteur's own)
    r"(?:presenting|introducing) (?:(?:his|her|their|the) country['’]s|the|this) (?:\w+ )?"
    r"reports?(?!\s+of the (?:[\w-]+ ){0,4}?(?:session|forum|working group|committee|meeting|"
    r"council|mission|commission|special))|présentant (?:le|ce) (?:\w+ )?rapport",
    re.I,
)


#: The office a member speaks in, set off after the name ("Ms. X, speaking as Country
#: Rapporteur, asked", "M. Y, en sa qualité de rapporteur pour le pays, a demandé").
_SPEAKING_AS_OFFICE = re.compile(
    r",\s*(?:speaking as|en sa qualité de) (?:the |an? |le |la )?(?P<office>(?:[Cc]ountry |"
    r"[Cc]o-?)?[Rr]apporteu(?:r|se)(?: (?:for|pour) [^,.;]{2,60})?|(?:[Cc]o-?)?corapporteu(?:r|se)),")


#: A verb that presents the State's report ("Mme X, Présidente de la Commission des droits
#: de l'homme, a présenté le rapport"); not a mandate holder's own ("presented her annual
#: report").
_PRESENTED = re.compile(
    r"\b(?:presented|introduced|présenté)\s+(?:the|le)\s+"
    r"(?:(?!annual|annuel|thematic|thématique|final)[\w-]+\s+){0,3}?(?:report|rapport)\b")


def _own_state(text: str, nation: str | None) -> str | None:
    """``nation`` when it is the State under review: "Mr. Valdés of Chile" in a review of
    Chile is its delegate (read as "Mr. Valdés (Chile)"); an expert of another country
    ("Ms. Gaspard of France") is not."""
    code = lookup_country(nation) if nation else None
    return nation if code and code in _reviewed_states(text) else None


@text_cache(maxsize=16)
def _reviewed_states(text: str) -> frozenset[str]:
    """The codes of the States the text names as reviewed (read once per text: an older
    release names every expert so)."""
    return frozenset(m.state.code for m in find_review_mentions(text) if not m.is_list)


def _presents_report(chunk: str, m: re.Match[str]) -> bool:
    """True when the reporting verb that ends the match ``m`` presents the report."""
    found = _PRESENTED.search(chunk, max(m.end("name"), m.end() - 12), m.end() + 60)
    return found is not None and found.start() <= m.end()


def _title_from_prefix(prefix: str, title: str | None) -> str | None:
    """Use what stands before the name: an office ("the Chairperson of the Committee,")
    when there is no title, and the fact that the person presents the State's report."""
    if title is None:
        office = _OFFICE_AT_END.search(prefix)
        title = office.group(1) if office else None
    if _PRESENTING.search(prefix):
        title = f"{title}, presenting the report" if title else "presenting the report"
    if _SERVING_AS_RAPPORTEUR.match(prefix):
        # "Serving as Rapporteur for the report of Cambodia, Committee member X raised ..."
        title = f"{title}, Country Rapporteur" if title else "Country Rapporteur"
    return title


#: An opening that makes the speaker after it the Rapporteur for the State's report.
_SERVING_AS_RAPPORTEUR = re.compile(
    r"(?:\d{1,3}\.\s*)?(?:Serving|Acting) as (?:the )?(?:Country )?(?:Co-)?Rapporteur (?:for|on) "
    r"(?:the )?(?:report|review)\b")


def _presenter_title(matched: str, title: str | None) -> str | None:
    """Presenters present the State's report; heads of delegation are marked as such."""
    if re.search(r"(?:headed|led|dirigée?|conduite?) (?:by|par)", matched):
        return f"{title}, head of delegation" if title else "head of delegation"
    if re.search(r"(?:Introducing|Presenting) the reports?|rapport a été présenté", matched):
        return f"{title}, presenting the report" if title else "presenting the report"
    if matched.startswith(("Serving as", "Acting as")):
        # a rapporteur for the report of a State is its Country Rapporteur
        co = "Co-" if "Co-" in matched[:30] else ""
        country = "Country " if "Country" in matched[:30] or "for the report" in matched else ""
        office = f"{country}{co}Rapporteur"
        return f"{title}, {office}" if title else office
    return title


#: A second speaker with an office of their own inside the first one's title: "IVANKA
#: CORTI, expert from Italy, and SAVITRI GOONESEKERE, expert from Sri Lanka, asked".
_PARTNER = re.compile(rf",\s+and\s+{_HON}?(?P<name>{_NAME}|{_AFTER_HONORIFIC}{_SURNAME}),\s*"
                      rf"(?P<title>[^,]{{2,160}})$")


def _partner(sentence: Span, first: re.Match[str]) -> tuple[Cue, int] | None:
    """The second speaker of a pair whose two members each have an office, read from the
    title the first pattern gave the first one, and where the first one's title ends in
    it; or None."""
    title = first.group("title")
    m = _PARTNER.search(title)
    if m is None or not _plausible_name(m.group("name")):
        return None
    start = sentence.start + first.start("title") + m.start("name")
    cue = Cue("person", Span(start, start + len(m.group("name"))), m.group("name"),
              _clean_title(m.group("title")), attribution=True)
    return cue, m.start()


def _co_heads(chunk: str, sentence: Span, first: re.Match[str]) -> list[Cue]:
    """A second person after "and" in "was headed by A, TITLE and B, TITLE" or "was
    presented by A, TITLE, and B, TITLE" (French "et"): a co-head or a co-presenter."""
    matched = first.group(0)
    heads = re.search(r"(?:headed|led|dirigée?|conduite?) (?:by|par)", matched)
    if not heads and not re.search(r"(?:presented|introduced) by|présentée? par", matched):
        return []
    m = _CO_PERSON.match(chunk, first.end())
    if not m or not _plausible_name(m.group("name")):
        return []
    start = sentence.start + m.start("name")
    office = m.group("title").strip()
    if heads:
        title = f"{office}, head of delegation"
    elif re.search(r"\b(?:reports?|rapports?)\b", matched, re.I):
        title = f"{office}, presenting the report"
    else:  # "the item was introduced by A, Director of ..., and B, ...": no report
        title = office
    return [Cue("person", Span(start, start + len(m.group("name"))), m.group("name"), title)]


#: The second person of a pair of heads or presenters, with an office of their own ("...,
#: and Ms. B, State Secretary for Education", "et Mme B, Secrétaire d'État"); the office
#: ends at the sentence's end or at a clause of its own (", who said that ...").
_CO_PERSON = re.compile(
    rf",?\s*(?:and|et)\s+{_HON}?(?P<name>{_NAME}),\s*"
    r"(?P<title>(?:(?!,\s*(?:who|qui|which|lequel|laquelle)\b)[^.;]){2,160})")


@text_cache(maxsize=16)
def _role_matches(text: str) -> tuple[list[int], list[tuple[str, int, int, str | None]]]:
    """Every role phrase in the text, found in one pass per pattern: (starts, matches).

    Cached per text (a str caches its own hash), so the participants and turns stages
    share one search instead of one per sentence each.
    """
    anchors = _AnchorFinder(text)
    found = sorted(
        (m.start(), m.end(), kind, m.groupdict().get("paren") or m.groupdict().get("speaking_as"))
        for kind, rx in _anon_patterns()
        for m in _finditer_near(rx, text, anchors, *_ANCHORS[kind])
    )
    return [f[0] for f in found], [(k, s, e, p) for s, e, k, p in found]


#: Each role pattern contains one of these words; it is only run around them, which is
#: 5-10x faster than scanning the whole text with the pattern (4.7 ms for the chair alone
#: on the sample).  (anchor words, characters before, characters after).
_ANCHORS: dict[str, tuple[tuple[str, ...], int, int]] = {
    # (60 after: "L'un des quatre corapporteurs du Comité chargés de l'examen de ce rapport")
    "anon_committee": (("xpert", "ember", "embre", "apporteu", "orapporteu", "VICE-CHAIR",
                        "Vice-Chair"), 40, 60),
    "anon_state": (("epresentative", "elegate", "peaker", "eprésentant", "fficial", "fficer",
                    "dviser", "dvisor", "ember", "embre"), 30, 90),
    # few anchors, each one search of the text ("inist": Minister, ministre; "xpert" is
    # searched for anon_committee anyway)
    "office": (("inist", "mbassad", "ermanent", "ecretar", "ecrétaire", "eneral", "ead of",
                "hef", "xpert", "apporteu", "epresentative", "irector", "irecteur",
                "irectrice", "hief of"), 25, 170),
    "chair": (("Chair", "CHAIR", "President", "PRESIDENT", "Présiden", "PRÉSIDEN", "présiden"),
              20, 130),
    "delegation": (("elegation", "élégation"), 40, 90),
    "outside": (("igh Commissioner", "pecial Rapporteur", "ndependent Expert",
                 "resident of the", "f the Subcommittee", "ecretary of the", "Vice-President",
                 "ecretary-General", "ecrétaire général", "du Conseil"),
                60, 60),
}
#: Where an anchor word is looked for in the lower-cased text: (string, offset of that
#: string in the lower-cased word).  Words written in two cases, holding one another or
#: sharing a start are found by one search (a search of the whole text is ~25 µs).
_ANCHOR_KEYS: dict[str, tuple[str, int]] = {
    "orapporteu": ("apporteu", 2),
    "epresentative": ("epr", 0), "eprésentant": ("epr", 0),
    "elegate": ("elega", 0), "elegation": ("elega", 0),
    "ember": ("emb", 0), "embre": ("emb", 0),
    "President": ("siden", 3), "PRESIDENT": ("siden", 3),
    "Présiden": ("siden", 3), "PRÉSIDEN": ("siden", 3), "présiden": ("siden", 3),
    "irector": ("irect", 0), "irecteur": ("irect", 0), "irectrice": ("irect", 0),
}  # any other word: the word in lower case ("Chair" and "CHAIR": "chair")


class _AnchorFinder:
    """The offsets where anchor words start in one text, as ``str.find`` from each offset
    on finds them, with fewer searches (speed only, see :data:`_ANCHOR_KEYS`).

    Exact: the lower-cased copy keeps every offset, so each place an anchor word is written
    holds the word's lower-cased search string at the same offset; every such place is a
    candidate, and a candidate counts where the text holds the word itself.
    """

    __slots__ = ("hits", "low", "text")

    def __init__(self, text: str) -> None:
        self.text, self.low = text, lowered(text)
        self.hits: dict[str, list[int]] = {}  # search string -> every offset, overlaps too

    def starts(self, word: str) -> list[int]:
        """Every offset where ``word`` starts in the text (overlapping ones too), in order."""
        if self.low is None:
            return all_starts(self.text, word)
        key, offset = _ANCHOR_KEYS.get(word, (word.lower(), 0))
        hits = self.hits.get(key)
        if hits is None:
            hits = self.hits[key] = all_starts(self.low, key)
        text = self.text
        return [at - offset for at in hits if at >= offset and text.startswith(word, at - offset)]


def _finditer_near(rx: re.Pattern[str], text: str, anchors: _AnchorFinder,
                   words: tuple[str, ...], before: int, after: int) -> list[re.Match[str]]:
    """:func:`~treatyscope.pipeline.spans.finditer_near` with the anchor words found by
    ``anchors`` (same windows, so the same matches)."""
    windows = [(max(0, at - before), min(len(text), at + len(word) + after))
               for word in words for at in anchors.starts(word)]
    return [m for start, end in merged_windows(windows) for m in rx.finditer(text, start, end)]


def _find_role_cues(text: str, sentence: Span) -> tuple[Cue, ...]:
    """Anonymous members, the delegation and the chair referred to in the sentence (or
    named by a transcript's label: :func:`label_cue`)."""
    if (label := label_cue(text, sentence)) is not None:
        return () if label.kind == "person" else (label,)
    starts, matches = _role_matches(text)
    first = bisect_left(starts, sentence.start)
    if (first == len(starts) or starts[first] >= sentence.end) and not _has_postposed(text):
        return ()  # speed only: no role phrase in the sentence and no postposed one anywhere
    chunk = text[sentence.start : sentence.end]
    found: list[Cue] = []
    for kind, start, end, paren in matches[first:]:
        if start >= sentence.end:
            break
        if end > sentence.end:
            continue
        s, e = start - sentence.start, end - sentence.start
        if _inside_title_phrase(chunk, s, e) or (
                kind == "anon_committee" and (_apposition_after_name(chunk, s, e)
                                              or _OFFICE_BEFORE_NAME.match(chunk, e))):
            continue
        said = (_is_subject(chunk, s, e) or _said_last(chunk, s, e)
                or (kind in ("delegation", "anon_state") and (_said_after(chunk, s, e)
                                                              or _according_first(chunk, s, e)))
                # "Selon un expert, 250 détenus sont morts", "According to one Expert, ..."
                or (kind == "anon_committee" and _according_first(chunk, s, e))
                # a French office named after its verb: "..., a précisé la Ministre de la
                # Justice."
                or (kind == "office" and _said_after(chunk, s, e, incise_en=False))
                or (kind == "office" and _TOLD.match(chunk, e) is not None)
                or (kind == "outside" and _informed(chunk, s, e))
                or _said_inverted(chunk, s, e) or _said_aside(chunk, s, e))
        found.append(Cue(kind, Span(start, end), None, None, paren, said))
    post = _postposed().search(chunk)
    if post:
        found = [c for c in found if c.span.start != sentence.start + post.start("who")]
        span = Span(sentence.start + post.start("who"), sentence.start + post.end("who"))
        found.append(Cue("anon_committee", span, attribution=True))
    return tuple(sorted(found, key=lambda c: c.span.start))


#: The named speakers of :func:`_find_name_cues`, memoised per sentence.
name_cues = text_cache(maxsize=4096)(_find_name_cues)
#: The role phrases of :func:`_find_role_cues`, memoised per sentence.
role_cues = text_cache(maxsize=4096)(_find_role_cues)


class CueTable:
    """The speaker cues of every sentence of one text, read by the sentence's index.

    Only for speed: the participants and the turns stages both read the cues of every
    sentence; a table read by index replaces a memo lookup per sentence, stage and finder
    (each hashed a :class:`Span`: ~0.6 ms on the sample).  Whether States speak in a
    sentence is found on first demand, as each stage asks it of some sentences only."""

    __slots__ = ("_sentences", "_states", "_text", "names", "roles")

    def __init__(self, text: str, sentences: tuple[Span, ...]) -> None:
        self._text, self._sentences = text, sentences
        #: :func:`name_cues` and :func:`role_cues` of each sentence.
        self.names = [_find_name_cues(text, s) for s in sentences]
        self.roles = _role_cues_of(text, sentences)
        self._states: list[bool | None] = [None] * len(sentences)

    def states_speak(self, index: int) -> bool:
        """:func:`collective_state_cue` of the sentence at ``index``."""
        known = self._states[index]
        if known is None:
            known = self._states[index] = collective_state_cue(
                self._text, self._sentences[index])
        return known

    def states_speak_anywhere(self) -> bool:
        """True if States speak in any sentence (:meth:`states_speak`, asked in order up to
        the first that says so)."""
        return any(map(self.states_speak, range(len(self._sentences))))


def _role_cues_of(text: str, sentences: tuple[Span, ...]) -> list[tuple[Cue, ...]]:
    """:func:`role_cues` of each sentence.  Only for speed: a sentence that holds no role
    phrase has none, unless the text holds a postposed attribution; the phrases are looked
    up once for all sentences instead of once per sentence."""
    if _has_postposed(text):
        return [_find_role_cues(text, s) for s in sentences]
    starts = _role_matches(text)[0]
    return [_find_role_cues(text, s)
            if ((at := bisect_left(starts, s.start)) < len(starts) and starts[at] < s.end)
            or _may_be_label(text, s) else ()
            for s in sentences]


def _may_be_label(text: str, sentence: Span) -> bool:
    """False when ``sentence`` cannot open with a transcript's label (speed only)."""
    head = text[sentence.start:sentence.start + 2]
    return head[:1] == "[" or head.isupper()


@text_cache(maxsize=16)
def sentence_cues(text: str, sentences: tuple[Span, ...]) -> CueTable:
    """The :class:`CueTable` of these sentences of ``text`` (made once, for both stages)."""
    return CueTable(text, sentences)


#: A French verb of saying placed before its subject at the end of the sentence ("...,
#: a indiqué la délégation.", "..., a-t-elle ajouté").
_SAID_BEFORE = re.compile(
    # (an adverb of one word or two between: "a par ailleurs indiqué la délégation", probe 348)
    r",\s*(?:a|ont)(?:-t-(?:il|elle))?\s+(?:(?:[a-zé]+|par ailleurs|en outre|de plus|"
    r"pour sa part|pour leur part|de son côté|à son tour|en revanche)\s+)?(?:indiqué|précisé|ajouté|expliqué|"
    r"souligné|dit|déclaré|affirmé|assuré|répondu|relevé|rappelé|fait valoir|fait observer|"
    r"fait savoir|poursuivi|noté|reconnu|fait remarquer|signalé|annoncé|insisté|confirmé|"
    r"estimé|conclu|observé)\s+$")
#: The delegation named as the source of what the sentence says, closing it: "..., selon la
#: délégation." (inside the sentence it may be what a member quotes: "..., selon la
#: délégation, alors que ...").
_ACCORDING_LAST = re.compile(r",\s*(?:selon|d['’]après)\s+$")


#: ... or opening it: "Selon la délégation, il n'existe aucun lieu de détention non
#: officiel", "According to the delegation, 40 judges ...".
_ACCORDING_FIRST = re.compile(r"(?:Selon|D['’]après|According to)\s+")


def _according_first(chunk: str, start: int, end: int) -> bool:
    """True for the delegation named as the source at the start of the sentence."""
    return _ACCORDING_FIRST.fullmatch(chunk, 0, start) is not None and chunk.startswith(",", end)


#: The lede of a release names the speaker after what was said: "Guyana had put in place
#: ..., its Minister of Human Services told the Committee today, noting that ...".
_TOLD = re.compile(r"\s+(?:told|informed|assured|briefed) the (?:Committee|experts|Experts)\b")


def _said_after(chunk: str, start: int, end: int, incise_en: bool = True) -> bool:
    """True for the delegation named last as the one who said the sentence (``incise_en``:
    also set off by commas inside an English sentence)."""
    if incise_en and _INCISE_SAID_EN.match(chunk, end) and chunk[:start].rstrip().endswith(","):
        return True  # "... had been registered, the delegation said, and the process ..."
    rest = chunk[end:].strip(" .;»”\"")
    if not rest and _ACCORDING_LAST.search(chunk[:start]):
        return True
    # closing the sentence, or set off by commas inside it ("..., a indiqué la délégation,
    # dont ...")
    return ((not rest or _INCISE_END.match(rest) is not None)
            and _SAID_BEFORE.search(chunk[:start]) is not None)


_INCISE_END = re.compile(r",\s+[a-zà-ÿ]")
#: An English attribution set off by commas inside the sentence: "..., the delegation said,
#: and ..." (the speaker just before it).
_INCISE_SAID_EN = re.compile(r"\s+(?:also\s+)?(?:said|added|noted|explained|stated|stressed|"
                             r"continued|pointed out|recalled|replied|indicated),\s+[a-z]")


#: An English attribution after the words it reports: "..., another Expert said.", "...,
#: the delegation added." (the speaker, then the verb, closing the sentence).
#: Verbs of saying that close a sentence after its speaker ("..., another Expert said.",
#: "..., one speaker warned."): one list for named and unnamed speakers.
_CLOSING_SAID = (r"(?:also\s+)?(?:said|says|added|noted|stressed|observed|remarked|explained|"
                 r"stated|underlined|pointed out|emphasized|emphasised|recalled|replied|asked|"
                 r"wondered|urged|suggested|warned|"
                 r"told the (?:Council|Committee|meeting|experts|Experts))"
                 # (and when: "... told the Committee this morning.", "..., Chad's delegation
                 # said today.")
                 r"(?:\s+(?:this (?:morning|afternoon)|today|yesterday))?\W*$")
_SAID_LAST = re.compile(rf"\s+{_CLOSING_SAID}")


@cache
def _named_last_pattern() -> re.Pattern[str]:
    # (the office may come first: "..., the Minister of Women of Chile, Ana Lopez, told the
    # Committee.")
    return re.compile(rf",\s+(?:the\s+(?P<title>[A-Z][^,.;?!]{{2,80}}),\s+)?"
                      rf"(?:(?P<hon>{P.HONORIFIC})\.?\s+(?P<surname>{_SURNAME})|"
                      # (or after the name: "..., would help women, Sokha Chea, Minister of
                      # Women's Affairs, said.")
                      rf"(?P<name>{_NAME}))(?(title),|(?:,\s+(?P<atitle>[A-Z][^,.;?!]{{2,80}}),)?)"
                      rf"\s+(?:{_CLOSING_SAID}|"
                      # (what follows "told the Committee" is no longer the speech: "...,
                      # NAME, told the Committee this morning as it concluded ...")
                      rf"(?(title)told the (?:Committee|Council)\b|(?!)))")


#: English verbs of saying put before their speaker at the end of the sentence: "How many
#: complaints had been filed, asked Kenji Morimoto." (probe 371), "Reports of overcrowding
#: had reached the Committee, said Mr. Heller.", "..., said the Chairperson, noting that
#: ..." (probe D).
_SAID_INVERTED_EN = (rf"(?:{P.ASKED_BEFORE_ASKER}|(?:also\s+)?(?:said|added|noted|stressed|"
                     r"observed|remarked|explained|stated|pointed out|recalled|replied|"
                     r"continued|concluded))")
#: What may follow such a speaker: the end of the sentence, or a participial clause.
_INVERTED_END = rf"(?:\s+{P.TIME_ADVERB})?(?:\W*$|,\s+(?:[a-z]+ing|who)\b)"  # ("... today.")
_SAID_INVERTED_BEFORE = re.compile(rf",\s+{_SAID_INVERTED_EN}\s+$")
_INVERTED_END_RX = re.compile(_INVERTED_END)


#: A role and its verb set off by commas inside what it said: "If the Government were not
#: careful, another expert cautioned, it could lose the gains made."
_ASIDE_SAID = re.compile(r"\s+(?:also\s+)?(?:said|added|noted|stressed|cautioned|warned|"
                         # (a question split by its asker: "Why, another Expert asked, had
                         # the commission been dissolved?")
                         r"asked|wondered|inquired|enquired|queried|"
                         r"observed|remarked|explained|argued|pointed out|insisted)\s*,\s+\S")


def _said_aside(chunk: str, start: int, end: int) -> bool:
    """True for a role that says the sentence in an aside (see ``_ASIDE_SAID``)."""
    return chunk.endswith(", ", 0, start) and _ASIDE_SAID.match(chunk, end) is not None


def _said_inverted(chunk: str, start: int, end: int) -> bool:
    """True for a role named after its verb of saying, closing the sentence: "..., said
    the Chairperson." (the sentence is the role's)."""
    # (the verb and its comma stand within a few words before the role: searching the
    # whole sentence before it made a sentence of many roles quadratic)
    return (_SAID_INVERTED_BEFORE.search(chunk, max(0, start - 48), start) is not None
            and _INVERTED_END_RX.match(chunk, end) is not None)


@cache
def _inverted_last_pattern() -> re.Pattern[str]:
    """An English speaker named after the verb, closing the sentence: "How many complaints
    had been filed, asked Kenji Morimoto, an Expert from Japan." (probe 371), "..., said
    Mr. Heller."."""
    return re.compile(
        # (the comma before the verb may be missing: "This was a key concern said Mr. Diallo,
        # noting that ...")
        rf"(?:,\s+|\s+(?=said\s)){_SAID_INVERTED_EN}\s+(?:(?P<hon>{P.HONORIFIC})\.?\s+"
        rf"(?P<surname>{_SURNAME})|(?P<name>{_NAME}))(?:,\s+(?P<title>(?:an?|the)\s+[^,.;?!]{{2,60}}|"
        # (an office without article: "..., explained Mr. Pedro Ruiz, Vice-Minister of Justice.")
        # (closing the sentence, or an aside inside it: "Some of the gains, noted Maria Diaz,
        # Director of the Women's Office, had included ...")
        rf"[A-Z][^,.;?!]{{2,80}}))?(?:{_INVERTED_END}|,\s+(?=[a-z]))")


@cache
def _asked_after_pattern() -> re.Pattern[str]:
    """A French asker named after the question: "« Combien de plaintes ... ? », a demandé
    Mme Halvorsen, qui a regretté ...", "...? a ensuite demandé Mme Rosales.", or after a
    question closed by a comma: "Combien de plaintes ont été déposées, a demandé M. Salem,
    rapporteur pour le pays."."""
    return re.compile(
        rf"(?:\?[\s»”\"]*,?|[»”\"]?\s*,)\s*(?:(?:a|ont)\s+(?:\w+\s+)?(?:demandé|voulu savoir|"
        rf"souhaité savoir|lancé|poursuivi|insisté)|s['’]est\s+(?:\w+\s+)?(?:enquise?|interrogée?|"
        rf"inquiétée?|demandée?))\s+(?P<hon>{P.HONORIFIC})\.?\s+(?P<surname>{_SURNAME})"
        # (with the office closing the sentence: "..., a demandé Mme X, membre du Comité.")
        rf"(?:,\s+(?P<title>(?!(?:qui|avant|en|ajoutant)\b)[^.;?!,]{{2,120}}?)(?=\s*[.»”]*\s*$))?"
        rf"(?=\s*[.»”]*\s*$|,\s+(?:qui|avant|en|ajoutant)\b)")


def _named_last(chunk: str, sentence: Span) -> Cue | None:
    """A person named after the words, closing the sentence: "..., who would choose 21
    members, Mr. Wirjopranoto said." (what comes before the name is no title); or after a
    French question (:func:`_asked_after_pattern`)."""
    m = (_asked_after_pattern().search(chunk)
         if "?" in chunk or "demandé" in chunk or "savoir" in chunk or "s'est" in chunk
         or "s’est" in chunk else None)
    if m is None and chunk.count(",") == 0 and " said " not in chunk:
        return None  # speed only: the patterns open with a comma, or a bare "said"
    m = m or _named_last_pattern().search(chunk) or _inverted_last_pattern().search(chunk)
    if m is None:
        return None
    name = m.group("surname") or m.group("name")
    if not _plausible_name(name):
        return None
    first = m.start("hon") if m.group("hon") else m.start("name")
    end = m.end("surname") if m.group("surname") else m.end("name")
    groups = m.groupdict()
    return Cue("person", Span(sentence.start + first, sentence.start + end), name,
               _clean_title(groups.get("title") or groups.get("atitle")), attribution=True)


_RAPPORTEUR_FORMS = re.compile(r"\b(?:co-?)?rapporteu(?:r|se)(?: pour (?:le pays|l['’]\w+|la \w+))?")


#: A member who takes the chair for part of a meeting, or takes it back ("In the absence of
#: Ms. Haddadi, Mr. Kouassi, Vice-Chair, took the Chair.", "Mme X, Vice-Présidente, prend
#: la présidence"): "The Chair" after it is that member (probe 369).
_TOOK_CHAIR = re.compile(
    rf"\b(?:{P.HONORIFIC})\.?\s+(?P<name>{_SURNAME})(?:\s*\((?P<paren>[^()]{{1,60}})\))?"
    r"(?:,\s*(?P<office>[^,.;]{2,60}),)?\s+(?:(?:took|assumed|resumed|returned to) the "
    r"[Cc]hair|(?:prend|reprend|assume|a pris|a repris|assure) la présidence)\b"
    r"(?!\s+(?:of|du|de|des|d['’])\b)")  # (not another body's: "took the chair of the ...")


@dataclass(frozen=True, slots=True)
class ChairTaker:
    """A member taking the chair at ``at``: their name as written, where, and their office."""

    at: int
    name: str
    span: Span
    office: str | None


@text_cache(maxsize=16)
def chair_takers(text: str) -> tuple[ChairTaker, ...]:
    """Every member taking the chair in the text, in order (:data:`_TOOK_CHAIR`)."""
    # (only near "the Chair" and "la présidence", where every match ends: speed)
    found = finditer_near(_TOOK_CHAIR, text, ("the Chair", "the chair", "la présidence"),
                          _TAKER_REACH, 12)
    return tuple(ChairTaker(m.start(), m.group("name"), Span(m.start("name"), m.end("name")),
                            m.group("office") or m.group("paren"))
                 for m in found)


#: Characters a taker's name, brackets and office may span before "the Chair".
_TAKER_REACH = 240


def rapporteur_key(office: str) -> str:
    """A Committee office in lower case with its French and co- forms as "rapporteur"
    ("La Rapporteuse pour le pays", "la corapporteuse"): the word the roles name it by."""
    return _RAPPORTEUR_FORMS.sub("rapporteur", office.lower())


def committee_office(office: str) -> bool:
    """True for an office of the Committee ("the expert from Brazil", "the Country
    Rapporteur", "la rapporteuse"), not of the delegation."""
    low = office.lower()
    return "expert" in low or "rapporteu" in low or "membre du comité" in low


def _said_last(chunk: str, start: int, end: int) -> bool:
    """True for a speaker named after a comma and followed by a verb of saying that ends the
    sentence: "Such practices were worrying, another Expert said."."""
    return chunk[:start].rstrip().endswith(",") and _SAID_LAST.match(chunk, end) is not None


@text_cache(maxsize=16)
def _has_postposed(text: str) -> bool:
    """True if the text holds a postposed attribution anywhere (a sentence can hold one
    only then: the pattern has no anchor and no lookaround)."""
    return _postposed().search(text) is not None


#: Every match of the collective pattern holds one of these (its COLLECTIVE_EXPERTS nouns):
#: a sentence without them is not tried (speed only).
_COLLECTIVE_WORDS = ("xpert", "embers", "membres", "apporteurs")  # ("experts", "expertes")


def collective_cue(text: str, sentence: Span) -> bool:
    """True if the sentence is spoken by the committee members collectively."""
    # on the slice: the pattern is anchored with "^", which Pattern.match(text, pos) does not
    # honour at pos > 0, so sentences that do not open a line were never recognised
    chunk = text[sentence.start : sentence.end]
    return any(map(chunk.__contains__, _COLLECTIVE_WORDS)) and bool(_collective().match(chunk))


@cache
def _collective_states() -> re.Pattern[str]:
    return re.compile(rf"{_START}(?:(?:(?:{P.COLLECTIVE_STATES})|{P.COUNTRY_CONCERNED})\s+"
                      rf"(?:{_VERB_WIDE}|{P.FRENCH_PERFECT_PLURAL})|{P.COUNTRY_SPOKE})")


#: States speaking unnamed, said after their words ("More countries needed to ratify the
#: Convention, one speaker said.", "..., several delegations stressed.").
_TRAILING_STATES = re.compile(
    r",\s+(?:one|a|another|some|several|many|other|most|a number of)\s+(?:speakers?|delegations?|"
    rf"delegates?)\s+{_CLOSING_SAID}")


@cache
def _states_list() -> re.Pattern[str]:
    return re.compile(rf"^(?:[Tt]he\s+)?(?P<list>[A-Z][^.;:]{{2,300}}?)\s+(?:also\s+)?"
                      rf"(?:{P.STATES_LIST_VERBS})\b")


def states_listed(text: str, sentence: Span) -> bool:
    """True for the narrator's list of the States that spoke ("Speaking in the Universal
    Periodic Review of Lesotho were Gabon, India and Senegal."): they are a participant,
    though the list is not their words."""
    chunk = text[sentence.start : sentence.end]
    if "peak" not in chunk and "floor" not in chunk:
        return False  # speed only: every list names its speaking
    listed = _speaker_list().match(chunk)
    return listed is not None and _mostly_states(listed.group("names"))


#: Organisations the narrator says took the floor ("The United Nations Children's Fund also
#: took the floor.", "The following civil society organizations also took the floor: ...").
_ORGANISATIONS_SPOKE = re.compile(
    # (no comma: "Milica Kolakovic-Bojovic, Committee Vice-Chair, also took the floor" is a
    # person with her office)
    r"^(?:The\s+)?(?P<who>[A-Z][^.;:,]{2,160}?)\s+(?:also\s+)?(?:took the floor|spoke|"
    r"made (?:a )?statements?|delivered (?:a )?statements?)\b")
_ORGANISATION_WORD = re.compile(rf"\b(?:{P.ORGANISATION}|[Oo]rgani[sz]ations|NGOs)\b")
#: "X on behalf of the European Union" is a State speaking for a group.
_ON_BEHALF = re.compile(r"\s+(?:on behalf of|speaking for|au nom d[eu'’]).*$", re.IGNORECASE)


#: Those the narrator says the Committee heard ("The Committee also heard brief statements
#: from its Chairperson and members of civil society organizations", "heard statements by
#: X, as well as from States parties, the International Committee of the Red Cross and
#: non-governmental organizations").
_HEARD = re.compile(r"\bheard (?:brief |short |opening |oral )?(?:statements?|presentations?|"
                    r"briefings?) (?:by|from) (?P<names>[^.;]+)")
#: Organisations heard, in the plural or by the name of the one always heard (not an
#: office's body: "Chief of ... Division of the Office of the High Commissioner").
_HEARD_ORGANISATIONS = re.compile(
    r"\b(?:(?:civil society|non-governmental|intergovernmental) organi[sz]ations|NGOs|"
    r"International Committee of the Red Cross|national human rights institutions|"
    r"(?:United Nations|specialized) agencies)\b")
_HEARD_STATES = re.compile(r"\b(?:States parties|Member States|States)\b")


def heard_from(text: str, sentence: Span) -> tuple[bool, bool]:
    """Whether the narrator says the Committee heard (States, organisations), unnamed."""
    if "heard" not in text[sentence.start : sentence.end]:
        return False, False  # speed only
    m = _HEARD.search(text, sentence.start, sentence.end)
    if m is None:
        return False, False
    names = m.group("names")
    return (_HEARD_STATES.search(names) is not None,
            _HEARD_ORGANISATIONS.search(names) is not None)


@cache
def _organisation_representative() -> re.Pattern[str]:
    # (or the organisation itself, its verb right after its name: "Amnesty International
    # deplored ...", "Human Rights Watch said ...", "Amnesty International a déploré ...")
    named = (rf"(?:the\s+|The\s+|la\s+|La\s+|l['’]|L['’])?(?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:of|and|for|on|in|"
             rf"against|de|des|du|pour|et|contre)\s+)*){{0,6}}{P.NGO_END}"
             rf"(?:\s+\([A-Z]{{2,10}}\))?")
    # (or a national human rights institution by its name: "Kenya National Commission on
    # Human Rights said ...", "The National Human Rights Commission of Zambia said ...")
    nhri = (r"(?:the\s+|The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:Human\s+Rights\s+(?:Commission|"
            r"Institution)|Commission\s+(?:on|for)\s+Human\s+Rights|Ombudsman|Ombudsperson|"
            r"Public\s+Defender)(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?|"
            r"(?:La|la)\s+Commission\s+nationale\s+(?:indépendante\s+)?des\s+droits\s+de\s+"
            r"l['’]homme(?:\s+(?:du|de\s+la|de\s+l['’]|des|d['’])\s*[A-ZÀ-Ý][\w'’-]*)?")
    # (a name may go on past its commas: "a representative of the United Nations
    # Educational, Scientific and Cultural Organization (UNESCO) stressed")
    return re.compile(rf"{_START}(?:(?:{P.ANON_ORGANISATION})(?:[^,.;]|,(?=\s[A-Z][a-z]+ "
                      rf"(?:and|of|for) [A-Z])){{0,100}}?|{named}|{nhri})"
                      rf"(?:,[^.;]{{2,160}}?,)?\s*{_VERB_SIMPLE}")


def organisation_representative(text: str, sentence: Span) -> bool:
    """True when an organisation's unnamed representative opens the sentence as its
    speaker ("A representative of Amnesty International said ...")."""
    hits = _organisation_words(text)
    k = bisect_left(hits, sentence.start)
    if k == len(hits) or hits[k] >= sentence.end:
        return False  # speed only: every match holds one of _ORGANISATION_LITERALS
    chunk = text[sentence.start : sentence.end]
    return _organisation_representative().match(chunk) is not None


#: A representative, member or speaker, or the last word of an organisation's name.
_ORGANISATION_LITERALS = re.compile(
    r"epr|ember|embre|peaker|International|Amnesty|Watch|Alliance|Association|Network|"
    r"Coalition|Foundation|Federation|League|Society|Movement|Fédération|Ligue|"
    r"Rights Commission|Rights Institution|Commission on Human|Commission for Human|Ombuds|"
    r"Public Defender|Commission nationale|"
    # the organisations together ("Non-governmental organizations addressed ...", "Des ONG")
    r"rganizations|rganisations|NGOs|ONG")


@text_cache(maxsize=16)
def _organisation_words(text: str) -> list[int]:
    """Where the words of :data:`_ORGANISATION_LITERALS` stand in the text (one pass per
    text instead of one search per sentence: speed only)."""
    return [m.start() for m in _ORGANISATION_LITERALS.finditer(text)]


def organisations_speak(text: str, sentence: Span) -> bool:
    """True for the narrator's words that organisations spoke, unnamed as persons: alone
    ("The United Nations Children's Fund also took the floor.") or among the States of a
    list of speakers ("Speaking ... were Denmark on behalf of the European Union, ..., as
    well as the Council of Europe"); one anonymous participant of side other (gold README)."""
    if organisation_representative(text, sentence):
        return True  # "A representative of Amnesty International said", "Amnesty ... deplored"
    chunk = text[sentence.start : sentence.end]
    if "floor" not in chunk and "poke" not in chunk and "peak" not in chunk and (
            "tatement" not in chunk):
        return False  # speed only: every other match names its speaking
    if heard_from(text, sentence)[1]:
        return True
    spoke = _ORGANISATIONS_SPOKE.match(chunk)
    if spoke is not None and not _mostly_states(spoke.group("who")):
        who = _ON_BEHALF.sub("", spoke.group("who"))
        return bool(_ORGANISATION_WORD.search(who)) and not lookup_country(who)
    listed = _speaker_list().match(chunk)
    if listed is None:
        return False
    items = [_ON_BEHALF.sub("", n) for n in _LIST_SPLIT.split(listed.group("names")) if n]
    # (not a listed person's office: "A, Secretary of the Committee")
    return any(_ORGANISATION_WORD.search(n) and not lookup_country(n)
               and not _LISTED_OFFICE.match(n.strip()) for n in items)


#: A sentence closed by one person's attribution, a pronoun ("..., she said."): whatever
#: its subject, the words are that speaker's.
_ONE_PERSON_SAID = re.compile(rf",\s+(?:she|he)\s+{_CLOSING_SAID}")


def collective_state_cue(text: str, sentence: Span) -> bool:
    """True if States speak in the sentence, together or unnamed ("Some speakers welcomed",
    "delegations asked", "Syria, speaking as a country concerned, said", "Chile, Norway and
    Japan addressed the Committee")."""
    chunk = text[sentence.start : sentence.end]
    if (", she " in chunk or ", he " in chunk) and _ONE_PERSON_SAID.search(chunk):
        return False  # "States needed to do all they could ..., she said.": one person's words
    if (("peak" in chunk or "elegat" in chunk or "poke" in chunk or "légat" in chunk
            or "ateur" in chunk or "venant" in chunk or "State" in chunk[:60]
            or "États" in chunk[:60] or "ratrice" in chunk) and (
                _collective_states().match(chunk) or _TRAILING_STATES.search(chunk))):
        return True
    if (sentence.start == 0 or text[sentence.start - 1] == "\n") and _one_state_speaks(chunk):
        return True
    if not ((" and " in chunk or " et " in chunk)
            and any(map(chunk.__contains__, _STATES_LIST_LITERALS))):
        return False  # speed only: every match holds a conjunction and one of these
    m = _states_list().match(chunk)
    return m is not None and _mostly_states(m.group("list"))


#: What a State does when it speaks in a dialogue (its own words, in the simple past: not
#: "Kyrgyzstan had stated", a report of what it once said, nor "Jordan continued to bear").
_STATE_SAID = (r"said|asked|stressed|noted|welcomed|urged|expressed|called|commended|"
               r"recommended|encouraged|highlighted|underlined|emphasized|emphasised|thanked|"
               r"wondered|inquired|enquired|regretted|deplored|condemned|reiterated|"
               r"congratulated|requested|stated|"
               # a right of reply ("Colombia exercised its right of reply", "La Colombie a
               # exercé son droit de réponse")
               r"exercised (?:its|the|a) right of reply|spoke in (?:exercise of (?:its|the) )?"
               r"right of reply|(?:a\s+)?exercé son droit de réponse|"
               r"(?:a\s+)?(?:déclaré|dit|demandé|salué|souligné|encouragé|recommandé|remercié|"
               r"félicité|regretté|déploré|condamné|exprimé|insisté|indiqué|affirmé|estimé|"
               r"expliqué|précisé|rappelé|relevé|assuré)")
#: A State named as the speaker of what follows ("China said", "Belgium, speaking on behalf
#: of the European Union, said", "Le Brésil a déclaré", "Speaking as the concerned
#: country, Madagascar said").
_ONE_STATE = re.compile(
    r"^(?:In the (?:ensuing |following )?(?:discussion|dialogue|debate|exchange)[^,.;]{0,40},\s+|"
    # "Speaking as the concerned country, Madagascar said ..."
    r"(?:Speaking|Taking the floor|Intervening) as (?:the |a )?(?:concerned country|country "
    r"concerned|State concerned|concerned State)[^,.;]{0,40},\s+|"
    # "Speaking on behalf of the European Union, Sweden said" (probe E)
    r"(?:Speaking )?[Oo]n behalf of [^,.;]{3,160},\s+)?"
    # (a State's name of several words: "Democratic Republic of the Congo", "Côte d'Ivoire")
    # ("The State of Haiti said": the State by its name after "State of")
    r"(?:[Tt]he\s+(?:State\s+of\s+)?)?(?P<state>[A-Z][\w'’.-]*(?:\s+(?:(?:of\s+the|of|and|the|du|de|des)\s+)?"
    r"[A-Z][\w'’.-]*|\s+d['’][A-Z][\w'’.-]*){0,5}),?\s+(?:(?:speaking\s+|in\s+a\s+joint\s+"
    r"statement\s+)?on\s+behalf\s+of\s+[^,.;]{3,160},"
    r"\s+|au\s+nom\s+d[e'’][^,.;]{3,160},\s+)?(?:also\s+|a\s+(?:également|aussi)\s+)?"
    rf"(?:{_STATE_SAID})\b"
    # ("Senegal also welcomed migrant workers from ...": a State that hosts, not one that
    # speaks)
    r"(?!(?<=welcomed)\s+(?:(?!the\b)[\w,.-]+\s+){0,3}?(?:migrants|workers|refugees|"
    r"asylum[- ]seekers|persons|people|children|nationals|families|students|tourists|"
    r"visitors)\b)")


def _one_state_speaks(chunk: str) -> bool:
    """True for a State (or a group of States) named as the speaker of its own words, as
    in a Council dialogue: "China said it had fed ...", "Belgium, speaking on behalf of the
    European Union, said ...", "Le Brésil a déclaré ..."."""
    m = _ONE_STATE.match(chunk)
    if m is None:
        return False
    state = m.group("state")
    return bool(lookup_country(_ARTICLE_ELIDED.sub("", state)) or _STATE_GROUP.match(state))


#: A word every match of ``P.STATES_LIST_VERBS`` holds.
_STATES_LIST_LITERALS = ("took", "addressed", "participated", "statements", "spoke",
                         "intervened", "prirent", "pris la")


_LIST_SPLIT = re.compile(r",\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+")


#: The share of a list's items that must be States (or organisations of States) for the
#: list to be States speaking: one name the country table does not know (a misspelling,
#: "Türkyie") does not hide the others.
STATES_SHARE = 2 / 3
_STATE_GROUP = re.compile(rf"{P.STATE_GROUPS}$")


def _mostly_states(names: str) -> bool:
    """True for a list of two or more State names ("The Russian Federation, Finland and
    Chile"), :data:`STATES_SHARE` of its items at least, and two countries among them."""
    # (a State speaking for a group is a State: "Denmark on behalf of the European Union")
    items = [_ON_BEHALF.sub("", n) for n in _LIST_SPLIT.split(names) if n]
    countries = sum(1 for n in items if lookup_country(n))
    groups = sum(1 for n in items if _STATE_GROUP.match(n))
    return countries >= 2 and countries + groups >= STATES_SHARE * len(items)


def narrator_opener(text: str, sentence: Span) -> bool:
    """True if the sentence is in the narrator's voice and opens a narrator turn."""
    if _narrator().match(text, sentence.start, sentence.end) is not None:
        return True
    cues = _scan_cues(text)
    i = bisect_left(cues, sentence.start)
    return (i < len(cues) and cues[i] < sentence.end
            and _narrator(P.NARRATOR_SCAN_OPENERS).match(text, sentence.start, sentence.end)
            is not None)


@text_cache(maxsize=16)
def _scan_cues(text: str) -> list[int]:
    """Where the text holds a word of NARRATOR_SCAN_LITERALS, in order (found once per
    text: a test per sentence cost more than the rest of the narrator test)."""
    out = []
    for word in P.NARRATOR_SCAN_LITERALS:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    return sorted(out)


#: "informed that" as a verb of speech after an office ("The Vice-President of the Council
#: informed that ...").
_INFORMED = re.compile(r"\s+(?:also\s+)?informed\s+(?:that|the\s+Council)\b")


def _informed(chunk: str, start: int, end: int) -> bool:
    """True for an office that opens its sentence and "informed that ..." after it."""
    return not _head(chunk, start).strip() and _INFORMED.match(chunk, end) is not None


def _head(chunk: str, start: int) -> str:
    """What comes before ``chunk[start:]`` in its sentence, without a paragraph number."""
    return re.sub(r"^\d{1,3}\.\s*", "", chunk[:start])


#: "heard the High Commissioner present ...": an address reported, no words of it.
_HEARD_BEFORE = re.compile(r"\bheard\s+$")
_PRESENT_AFTER = re.compile(r"\s+(?:present|brief|deliver|introduce|give|make)\b")


def presented_by(text: str, span: Span) -> bool:
    """True when the office at ``span`` is heard presenting something ("It heard the High
    Commissioner for Human Rights present oral updates"): a participant, not a turn."""
    return (_HEARD_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
            and _PRESENT_AFTER.match(text, span.end) is not None)


def _is_subject(chunk: str, start: int, end: int) -> bool:
    """True if the phrase at ``chunk[start:end]`` is the subject of a reporting verb."""
    head = _head(chunk, start)
    if head.strip() and not _intro().fullmatch(head):
        return False
    return _subject_tail().match(chunk, end) is not None


def _inside_title_phrase(chunk: str, start: int, end: int) -> bool:
    """True for "head of delegation", "member of the delegation" and the like."""
    before = chunk[max(0, start - 30) : start].lower()
    return before.rstrip().endswith(("head of", "member of", "members of", "chef de", "of", "de"))


#: A name (or a name and its State in brackets) and the comma before an apposition.
_NAME_COMMA_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:\s*\([^()]{1,60}\))?,\s*$")


#: ... and before one ("An expert from Spain, SOLEDAD MURILLO, said"): a name and a comma
#: after the role phrase (and its country).
_OFFICE_BEFORE_NAME = re.compile(
    rf"(?:\s+(?:from|of)\s+[^,.;]{{2,60}})?,\s*(?:(?:{P.HONORIFIC})\.?\s+)?"
    rf"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:{P.NAME_PARTICLE}\s+)*[A-ZÀ-Ý][\w'’-]+){{0,4}}\s*,")


def _apposition_after_name(chunk: str, start: int, end: int) -> bool:
    """True for a member's role phrase set between commas after a name ("Mr. HALLORAN, an
    Expert, said", "M. Dupont, un expert, a demandé"): the named person's title, no
    anonymous speaker of its own.  (Not for the delegation: "Outre Mme X, la délégation
    nigérienne, dont ..." is the delegation speaking.)"""
    closes = (_ROLE_COUNTRY_COMMA.match(chunk, end) is not None
              or _ROLE_COUNTRY_END.match(chunk, end) is not None)
    return (start > 0 and closes
            and _NAME_COMMA_BEFORE.search(chunk, max(0, start - 80), start) is not None)


#: The end of a role phrase in apposition: a comma, after the member's country if any ("...,
#: an expert from Egypt, asked").
_ROLE_COUNTRY_COMMA = re.compile(r"(?:\s+(?:from|of|de|du|des)\s+[^,.;]{2,60})?,")
#: ... or the end of the sentence, after a name: "..., asked Kenji Morimoto, an Expert from
#: Japan." (probe 371)
_ROLE_COUNTRY_END = re.compile(r"(?:\s+(?:from|of)\s+[^,.;?!]{2,60})?[.?!]?\s*$")


_PARTICLE_WORD = re.compile(rf"(?i:{P.NAME_PARTICLE})")


def _plausible_name(name: str) -> bool:
    """False when a word of ``name`` shows an institution or a place ("Committee", "Le
    Comité").  A particle inside the name ("Rosa María de la Torre", "DE LA TORRE") is
    no article: only the first word is read as one."""
    words = name.split()
    if words and (words[0] in _PREPOSITIONS or words[0] in _DETERMINERS
                  or words[0] in _QUESTION_WORDS or words[0] in _CONJUNCTIONS):
        # "À Mayotte, 3 000 places ont été créées, a poursuivi la délégation"; "Comment la
        # Belgique explique-t-elle ce taux ?" (a question, its verb inverted)
        return False
    if words and _ELIDED_ARTICLE_NOUN.match(words[0]):
        return False  # "L'experte du Chili a fait remarquer": an article and a noun
    if lookup_country(_ARTICLE_ELIDED.sub("", name)):
        return False  # "Sri Lanka asked ...", "L'Afrique du Sud a souhaité savoir ...": a State
    if len(words) > 1 and words[0] in _AUXILIARIES and lookup_country(" ".join(words[1:])):
        return False  # "Had Niger concluded ...?": a question about a State ("Can Ünver" is a name)
    if words and words[-1].casefold() in _REGION_WORDS:
        return False  # "... between West Africa and North Africa, made it a transit route"
    return not any(
        w.strip(".").casefold() in NOT_NAME_WORDS
        and not (k > 0 and _PARTICLE_WORD.fullmatch(w) and k < len(words) - 1)
        and not (k == 0 and w in _SURNAME_ARTICLES and len(words) > 2)
        for k, w in enumerate(words))


#: An elided article before a noun in lower case ("L'experte", "l'expert"); a name's
#: elision has a capital after it ("D'Souza", "N'Diaye").
_ELIDED_ARTICLE_NOUN = re.compile(r"[LlDd]['’][a-zà-ÿ]")
#: A surname that is a French article after an English honorific: "Ms. Le said" (Lê, a
#: Vietnamese surname), "Mr. La Rosa said" (probe m); never an office ("M. le Président").
_ARTICLE_SURNAME = re.compile(r"(?:Le|La)(?: [A-Z][\w'’-]+)?")
_ENGLISH_HONORIFICS = frozenset({"Mr", "Ms", "Mrs", "Dr"})


def _article_surname(m: re.Match[str]) -> bool:
    """True for a name read after an English honorific that is a surname like "Le"; or
    after a French one, a surname of two words whose first is "Le"/"La" and whose second is
    no office ("M. Le Goff (Congo) dit", not "M. le Président")."""
    hon, name = m.groupdict().get("hon"), m.group("name")
    if hon in _ENGLISH_HONORIFICS:
        return _ARTICLE_SURNAME.fullmatch(name) is not None
    words = name.split()
    return (hon in ("M", "Mme", "Mlle") and len(words) == 2 and words[0] in ("Le", "La", "LE", "LA")
            and words[1].casefold() not in NOT_NAME_WORDS and not _OFFICE_NAME.search(words[1])
            and words[1].casefold() not in ("président", "présidente", "rapporteur",
                                            "rapporteuse", "ministre"))


#: French articles that are also surnames ("LE HOANG MINH", "Le Thi Thu"): a name when two
#: more name words follow ("LE PRÉSIDENT" is an article and an office).
_SURNAME_ARTICLES = frozenset({"LE", "Le"})


#: Prepositions that open a sentence's place or time adverbial, never a name.
_PREPOSITIONS = frozenset({"À", "Au", "Aux", "En", "Dans", "Pour", "Sur", "Selon", "Avec", "Chez",
                           "In", "At", "On", "For", "By", "From", "Under", "Across", "Within"})
#: Conjunctions that open a clause, never a name: "While Peru acknowledged that ..."
_CONJUNCTIONS = frozenset({"While", "Whilst", "Whereas", "Although", "Though", "Because",
                           "Since", "If", "Unless", "Once", "As", "After", "Before", "Until",
                           "Alors", "Bien", "Lorsque", "Puisque", "Tandis"})
#: Words that open a question, never a name.
_QUESTION_WORDS = frozenset({"Comment", "Pourquoi", "Combien", "Quand", "Quel", "Quelle",
                             "Quels", "Quelles", "Où", "How", "Why", "What", "When", "Where",
                             "Which", "Who"})
#: Auxiliaries that open a direct question: a capitalised word after one is its subject.
_AUXILIARIES = frozenset({"Had", "Has", "Have", "Was", "Were", "Is", "Are", "Did", "Does", "Do",
                          "Could", "Would", "Can", "Will", "Should", "Might", "May", "Must"})
#: Last words of the names of regions and continents, never of a person.
_REGION_WORDS = frozenset({"africa", "america", "americas", "asia", "europe", "oceania",
                           "caribbean", "pacific", "east", "afrique", "amérique", "asie"})


_ARTICLE = re.compile(r"^(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Ll]e|[Ll]a|[Ss]on|[Ss]a)\s+")
#: An article before a State's name, elided or not ("L'Afrique du Sud", "Le Burkina Faso").
_ARTICLE_ELIDED = re.compile(r"^(?:[Ll]['’]|[Ll]es?\s+|[Ll]a\s+|[Tt]he\s+)")


def _office(office: str | None) -> str | None:
    """An office named before the person, without its article ("The Chairman" ->
    "Chairman"), so that a bare office reads like one written after the name."""
    if not office:
        return None
    passive = _PRESENTED_BY.search(office)
    if passive:  # "Le rapport a été présenté par la Secrétaire d'État ..., Mme X"
        office = office[passive.end() :]
    return _ARTICLE.sub("", office)


#: The agent of a presentation before the office that presented ("Le rapport a été
#: présenté par la", "The report was introduced by the").
_PRESENTED_BY = re.compile(
    r"\b(?:a été|ont été|était|was|were|had been|has been) (?:présentée?s?|presented|"
    r"introduced|submitted) (?:par|by) (?:(?:le|la|les|the) |l['’])?")


#: An aside after a name that is no office: what the speaker is doing ("revenant sur la
#: réponse de la délégation", "returning to the delegation's reply", "in his concluding
#: remarks").  Read as a title, its "délégation" had made a Country Rapporteur a delegate
#: (probe 352).
_NO_TITLE = re.compile(
    r"^(?:(?:se |s['’])?(?!représentante?\b|assistante?\b|consultante?\b|lieutenant\b|suppléante?\b|"
    r"commandante?\b|intendante?\b)[a-zà-ÿ]+ant\s+(?:sur|à|au|aux|de|du|des|d['’]|en|le|la|les|"
    r"l['’])\b|(?:returning|referring|responding|replying|reverting|turning|coming back|"
    r"following up)\s+(?:to|on)\b|in (?:his|her|their|its) (?:concluding|closing|opening|"
    r"introductory|final) (?:remarks|statement|comments)|in (?:reply|response)\b|"
    r"dans (?:ses|son|sa|leurs?) (?:observations|remarques|déclaration)|en réponse\b|"
    # a relative clause or a feeling after the name, no office: "Mme X, qui a salué la loi,
    # a demandé", "M. Y, inquiet de la situation des enfants, a demandé"
    r"(?:qui|who|which)\b|(?:inquiets?|inquiètes?|préoccupée?s?|soucieu(?:x|se)|consciente?s?|concerned|"
    r"worried|pleased|satisfied|troubled)\b)",
    re.IGNORECASE)


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip(" ,")
    return None if _NO_TITLE.match(title) else title


@lru_cache(maxsize=4096)  # a vocabulary (name -> folded form), kept across texts: speed only
def fold(name: str) -> str:
    """Case- and accent-insensitive form of a name, for matching variants."""
    return re.sub(r"[\s\-‐'’]+", " ", strip_accents(parted(name))).casefold().strip()


#: Where two words of a name were run together (see P.NAME_RUN_TOGETHER).
_RUN_TOGETHER = re.compile(r"(?<=[a-zß-ÿ]{3})(?=[A-ZÀ-ÖØ-Þ])")
#: A space extraction put after a name's first letter ("Ms. Q uispe (Peru)"), removed.
_SPLIT_CAPITAL = re.compile(r"(?<=\b[A-ZÀ-ÖØ-Þ]) (?=[a-zß-ÿ]{2})")
#: ... or before its last letters ("Ms. Cob o (Ecuador)"): a name word ends in no lone
#: lower-case letter or two.
_SPLIT_END = re.compile(r"(?<=[a-zß-ÿ]{2}) (?=[a-zß-ÿ]{1,2}$)")


#: An honorific run into the name by text extraction: "MmeMaurás Pérez", "MrSmith".
_GLUED_HONORIFIC = re.compile(r"^(?:Mme|Mlle|Mrs|Mr|Ms|Dr)(?=[A-ZÀ-Ý][a-zà-ÿ])")


def parted(name: str) -> str:
    """``name`` with the space put back between two words run together, and without an
    honorific run into it ("MmeMaurás Pérez" -> "Maurás Pérez")."""
    name = _SPLIT_CAPITAL.sub("", _RUN_TOGETHER.sub(" ", _GLUED_HONORIFIC.sub("", name)))
    return _SPLIT_END.sub("", name)


def display_name(name: str) -> str:
    """A readable form of a name: ALL-CAPS words become Title Case (JASMINKA -> Jasminka),
    words run together are parted (Laura-MariaCraciunean-Tatu -> Laura-Maria Craciunean-Tatu)
    and a prefix broken off is joined again (Al- Sulhaiti -> Al-Sulhaiti)."""
    words = []
    for k, word in enumerate(_BROKEN_PREFIX.sub("-", parted(name)).split()):
        if word.isupper() and len(word) > 1 and not _INITIALS_WORD.fullmatch(word):
            if k > 0 and _PARTICLE_WORD.fullmatch(word):
                word = word.lower()  # DE LA TORRE -> de la Torre
            else:
                word = "-".join(map(_capitalised, word.split("-")))
        words.append(word)
    return " ".join(words)


#: A hyphen and the space extraction put after it, inside a name ("Al- Sulhaiti").
_BROKEN_PREFIX = re.compile(r"(?<=\w)- (?=[A-ZÀ-Ý])")
_ELIDED = re.compile(r"^([A-Z]['’]|MC)(\w)")
#: Initials stay capitals: "J.P. Soto".
_INITIALS_WORD = re.compile(r"(?:[A-Z]\.)+")


def _capitalised(part: str) -> str:
    """An ALL-CAPS part of a name in Title Case: N'GUESSAN -> N'Guessan, MCDONALD -> McDonald."""
    m = _ELIDED.match(part)
    if m is None:
        return part.capitalize()
    head = m.group(1).capitalize()
    return head + part[len(m.group(1)):].capitalize()
