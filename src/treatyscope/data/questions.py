"""Cue phrases for questions put by committee members (English, French).

Regular-expression fragments, combined by :mod:`treatyscope.pipeline.q_find`.  They describe
how the UN Information Service and the summary records report a question: a direct
interrogative ("Was there a law in place?"), an embedded request ("asked whether ...",
"It would be useful if information ... could be provided", "a demandé si ...") and the
phrases that look like questions but are not (topic summaries, recommendations,
procedural questions of the chair).  Data only: no logic here.
"""

from __future__ import annotations

# ----------------------------------------------------------------- interrogatives
#: Auxiliaries that open an English yes/no question by inversion ("Was there ...?").
AUX_EN = (
    r"(?:Was|Were|Is|Are|Had|Has|Have|Did|Does|Do|Could|Would|Can|Will|Should|Might|May|Must|"
    r"Shall|Wasn['’]t|Weren['’]t|Isn['’]t|Aren['’]t|Hadn['’]t|Hasn['’]t|Haven['’]t|Didn['’]t|"
    r"Doesn['’]t|Don['’]t|Couldn['’]t|Wouldn['’]t|Can['’]t|Won['’]t|Shouldn['’]t)"
)
#: Words after an auxiliary that are no subject: "and had been adopted", "and could not be".
_NO_SUBJECT = (r"(?!(?:been|being|be|not|also|still|then|now|only|never|always|already|soon|"
               r"thus|therefore|further|indeed|often|sometimes|seldom|even|again|once|just|"
               r"ever|yet)\b)")
#: Predicative adjectives of no telling ending: "..., and were registration procedures free
#: of charge?" (probe 347).
_PREDICATIVE = (r"free|open|aware|subject|eligible|entitled|present|compulsory|mandatory|"
                r"sufficient|adequate|independent|operational|functional|lawful|unlawful|"
                r"legal|illegal|equal|safe|valid")
#: What may follow an inverted auxiliary as the subject of a question.
QUESTION_SUBJECT_EN = (
    r"(?:there|it|they|he|she|we|you|this|that|these|those|such|any|anyone|anything|all|"
    r"the|a|an|its|their|his|her|other|some|each|every|many|much|more|most|women|men|"
    r"children|girls|boys|people|persons|migrants|victims|courts|judges|police|"
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]*|"
    # any plural noun before a participle, an adjective or a preposition: "..., and were
    # teachers recruited from ...?", "..., and were shelters for survivors accessible?"
    # (up to two modifiers first: "..., and were military officers among those convicted?";
    # a collective noun as the head: "personnel", "staff")
    r"(?:[a-z-]+\s+){0,2}?(?:[a-z]{3,}s|personnel|staff|police|youth|people)(?=\s+(?:"
    # (or an adverb first: "..., and were health teams now permanently present?")
    rf"[a-z]+(?:ed|en|ble|ive|ful)|{_PREDICATIVE}|for|of|in|with|from|on|at|under|by|among|to|"
    r"[a-z]{3,}ly|now|"
    r"still|already|being|also|ever|always|"
    # ... or a bare verb after "did"/"does": "..., and did non-governmental organizations have
    # access to penal colonies?"
    r"have|receive|enjoy|get|need|know|take|plan|intend|exist|benefit|participate|apply|"
    # ... or after a modal: "..., and could independent monitors access it?" (probe 335)
    r"access|visit|use|obtain|seek|file|lodge|report|appeal|vote|attend|register|return|"
    r"leave|enter|work|complain|contact|consult|monitor|inspect|challenge|refuse|"
    # ("..., and could migrant workers change employers without consent?", probe 354)
    r"change|move|join|form|travel|marry|own|choose|transfer|renew|switch|organize|organise|"
    r"strike|express|practise|practice|study|live|stay|remain|bring)\b)|"
    # a noun phrase before "been": "..., and had corporal punishment been prohibited?"
    # (or "be": "..., and would civil society be consulted?")
    # (hyphenated words too: "..., and had cost-of-living data been taken into account?")
    rf"{_NO_SUBJECT}[a-z][a-z-]*(?:\s+[a-z][a-z-]*){{0,2}}(?=\s+(?:been|be)\b)|"
    # a singular noun (and its modifier) before a participle or an adjective: "..., and was
    # torture criminalised?", "..., and was livestock insurance accessible to herders?" (no
    # adverb: "and was widely criticised", "and had been adopted" have no subject)
    # (a hyphenated word too: "..., and was post-abortion care provided ...?", probe 337)
    rf"{_NO_SUBJECT}(?![a-z]+ly\b)(?:[a-z][a-z-]{{2,}}\s+(?![a-z]+ly\b))?[a-z][a-z-]{{2,}}"
    rf"(?=\s+(?:[a-z]{{3,}}(?:ed|en)|[a-z]{{3,}}(?:ble|ive|ful)|{_PREDICATIVE})\b))"
)
#: English question words that open a direct or an embedded question.
WH_EN = (
    r"(?:what|which|who|whom|whose|why|how|when|where|to what extent|to what degree|"
    r"in what way|in which way|by what means|for what reason|how many|how much|how far|"
    r"how often|how long)"
)
#: Question words that, after "and" or a semicolon, open a separable question clause.
#: "whether" splits too ("asked whether X and whether Y").  "which" and "who" are left out: after "and" they are mostly relative pronouns
#: ("decided which complaints ... and which were sent to police").
#: Question words that open the next question of a list after a bare comma ("She asked
#: whether X, what Y, and how Z"); no relative pronoun or adverb ("which", "where", "when").
LIST_WH_EN = r"(?:what|how|whether|why|to what extent|to what degree|in what way)"
SPLIT_WH_EN = (
    r"(?:what|why|how|when|where|whether|to what extent|to what degree|in what way|"
    # "which" before a noun asks ("..., and which body monitored this?"); before a verb it
    # opens a relative clause ("..., and which had been adopted in 2019")
    r"which(?= (?!(?:was|were|had|has|have|is|are|would|could|should|will|can|may|might|did|"
    r"does|do|not|also|then|in|of|to)\b)[a-z]+ [a-z]+)|"
    # a preposition before the question word: ", and by whom were they carried out?"
    r"(?:by|for|to|from|with|on|under|at|until|since|in|during) (?:whom|what|which|when|how long|how many|"
    r"how much))"
)
#: A condition between "and" and the next question of a list: "..., and if so, from what
#: grade?"
CONDITION_EN = r"(?:if so|if not|in that case|where applicable|if applicable)"
#: The same in French ("et, dans l'affirmative, dans quelles affaires").
CONDITION_FR = (r"(?:dans l['’]affirmative|dans la négative|le cas échéant|si tel est le cas|"
                r"si oui|si non|dans ce cas)")
#: Infinitive verbs of a request for information ("Could the delegation clarify ...").
INFO_VERBS_EN = (
    r"(?:provide|give|share|supply|clarify|explain|describe|comment(?: on)?|elaborate(?: on)?|"
    r"indicate|specify|outline|update|confirm|say|tell|detail|expand(?: on)?|inform|"
    r"illustrate|cite|list|respond to|react to|shed (?:some |more |further )?light on|"
    r"account for|justify)"
)
#: Nouns of requested information ("more information", "statistical data", "an explanation").
INFO_NOUNS_EN = (
    r"(?:information|data|details|detail|statistics|figures|numbers|clarification|"
    r"clarifications|explanation|explanations|an explanation|an update|update|updates|"
    r"breakdown|a breakdown|examples|an example|indication|an indication|insight|insights|"
    r"elaboration|comments|views|response|responses|answers|an answer|explanations|"
    r"precision|specifics|particulars|evidence|figures|confirmation|a confirmation|"
    # ("asked for estimates of the number of children ...")
    r"estimates|an estimate)"
)

# --------------------------------------------------------------- request cues (EN)
#: Embedded (indirect) requests.  Each fragment must match at the cue; what the request is
#: about follows it.  Pluperfect uses ("had asked", "been requested") are excluded by
#: :data:`PAST_REFERENCE`.
#: One member's questions on a list of topics: "posed questions about A, B and C".
#: Also a question asked again or further: "asked a follow-up question on whether", "raised
#: the question of whether", "returned to the question of whether" (probe B).
POSED_QUESTIONS_EN = (r"(?:(?:posed|raised|put|asked)\s+(?:a\s+|an\s+|the\s+|several\s+|some\s+|"
                      r"another\s+)?(?:(?:further|additional|follow-up|supplementary|second|"
                      r"related)\s+)?questions?|(?:returned|came back|reverted|went back)\s+to\s+"
                      r"(?:the|her|his|their)\s+(?:earlier\s+|previous\s+)?questions?)\s+"
                      r"(?:about|on|of|regarding|concerning|relating to|as to)\s")
#: ... in French: "a posé des questions sur A, B et C", "a soulevé la question de X".
POSED_QUESTIONS_FR = (r"(?:posé|soulevé|formulé|pose|soulève)\s+(?:une|des|plusieurs|quelques|"
                      r"la)\s+questions?\s+(?:sur|concernant|relatives?\s+à|au\s+sujet\s+"
                      r"d[eu'’]s?|de|du|des|d['’])\s*")
#: A short aside set off by commas between a request verb and what it asks: "asked, in
#: particular, whether", "wished, first of all, to know".
INSERT_EN = r",\s*[^,.;:?!]{1,40}?,\s+"
#: An incise after the adjective of a polite request: "It would be useful, he added, to
#: learn ...".
INCISE_EN = r",\s*(?:he|she|they|the Expert|the Rapporteur)\s+(?:added|said|continued|noted|stressed)\s*,\s+"
#: Where a request was put, between the verb and what it asks: "asked in a follow-up
#: question whether", "asked in her second intervention how many" (probe 364).
ASKED_IN_EN = (r"in (?:a|an|the|her|his|their|that|this) (?:[\w-]+ ){0,2}?(?:question|"
               r"questions|intervention|regard|connection|context|vein|respect|follow-up|"
               r"comments?|remarks)")
#: A request repeated: "asked again whether", "asked once more what".
AGAIN_EN = r"(?:again|once more|once again|anew)"
#: Adverbs between "would" and the verb of a polite request: "would also like", "would
#: therefore appreciate", "would, in addition, like to know" (probe u).
WOULD_ADV = (r"(?:\s+(?:also|further|therefore|moreover|furthermore|in addition|additionally|"
             r"in particular|particularly|especially|thus|then|again|accordingly|likewise|"
             r"similarly|equally|greatly|very much|really|however|nevertheless|nonetheless|"
             r"still|first|finally)\s+"
             r"|,\s*[^,.;:?!]{1,30}?,\s+|\s+)")
#: Adverbs between "was" and "interested" / "keen" ("was also interested in learning", "was
#: particularly keen to know"), with the spaces around them.
BEING_ADV = (r"\s+(?:(?:also|further|particularly|especially|equally|likewise|most|very|"
              r"therefore|in particular)\s+)?")
#: The place of a request in a list: "asked firstly whether", "asked finally what".
ASKED_ORDER = r"(?:first|second|third|fourth)(?:ly)?|finally|lastly|next|additionally|moreover"
#: Who a polite request is put to: "would like the delegation to explain ...".
REQUEST_ADDRESSEE = r"(?:the|its)\s+(?:delegation|State(?: party)?|Government)"
#: Offices a question may be put to ("asked the Special Rapporteur how ...").
ADDRESSEE_OFFICES = (r"Special Rapporteur|Independent Expert|High Commissioner|Commission of Inquiry|"
                     r"Commission|Ombuds(?:man|person)|Working Group|Chair(?:person)?|Rapporteur|"
                     r"Minister|Ambassador|"
                     # the others an Expert questions in a meeting with them ("asked the NGOs
                     # whether ...", "asked the civil society representatives what ...", probe z)
                     r"NGOs|non-governmental organi[sz]ations|civil society(?: representatives|"
                     r" organi[sz]ations)?|speakers|panell?ists|national human rights "
                     r"(?:institutions?|commissions?)|representatives|"
                     # a speaker named with an honorific ("asked Ms. Lopez whether")
                     r"(?<=\s)(?:Mr|Ms|Mrs|Dr)\.?\s+(?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]+")
#: "requests" as a verb: not the noun after a number, an article or a possessive ("any of
#: her 14 requests for information", "300 requests for clarification").
_VERB_REQUESTS = (r"(?<!\d )(?<!\bthe )(?<!\bher )(?<!\bhis )(?<!\bits )(?<!\btheir )(?<!\bany )"
                  r"(?<!\ball )(?<!\bof )(?<!\bthese )(?<!\bthose )(?<!\bsuch )(?<!\bmany )"
                  # a count in words makes it a noun too ("received four requests for
                  # information")
                  r"(?<!\btwo )(?<!\bthree )(?<!\bfour )(?<!\bfive )(?<!\bsix )(?<!\bseven )"
                  r"(?<!\beight )(?<!\bnine )(?<!\bten )(?<!\bseveral )(?<!\bsome )(?<!\bnew )"
                  r"(?<!\bfurther )(?<!\badditional )requests")
#: The number or letter of an item in a list inside a sentence: "(1) ", "(b) ", "2) ".
LIST_ITEM = r"(?:\(?(?:\d{1,2}|[a-h])\)\s*)?"
REQUEST_CUES_EN = (
    # asked whether / asked the delegation what / asked about / asked for more information
    rf"\b(?:asked|asking|asks|also asked|further asked|enquired|inquired|enquiring|inquiring|"
    # ... "queried whether", "questioned why" (probe b: the older releases' verbs)
    rf"queried|querying|queries|questioned(?=\s+(?:whether|why|how|if)\b)|"
    # ... and the infinitive after a verb: "interjected to ask whether", "would like to ask"
    rf"enquires|inquires|(?<=\bto )(?:ask|enquire|inquire))\b(?:\s+(?:(?:the|its|that)\s+(?:delegation|State(?: party)?|Government|"
    rf"representatives?|[A-Z][\w'’\-]+ delegation)(?:\s+of\s+[A-Z][\w'’\-]+)?|"
    # another addressee: "asked the authorities what", "asked the Special Rapporteur how",
    # "asked Kyrgyzstan whether" (a name, then the question word: checked below)
    rf"(?:the\s+)?(?:authorities|{ADDRESSEE_OFFICES})|(?:[A-Z][\w'’\-]+\s+){{0,2}}[A-Z][\w'’\-]+|"
    # States in the plural ("asked States that had not yet accepted the procedure what ...")
    rf"(?:the\s+)?(?:States(?: parties)?|Member States|delegations|countries)"
    rf"(?:\s+(?:that|which|who)\s+[^,;?]{{2,100}}?(?=\s+(?:if|whether|{WH_EN})\b))?))?(?:\s+(?:also|"
    rf"further|{AGAIN_EN}|specifically|in particular|particularly|{ASKED_IN_EN}|"
    # the order of a list of requests ("asked firstly whether", "asked finally what", probe af)
    rf"{ASKED_ORDER}))?"
    rf"(?:,?\s+|{INSERT_EN}|"
    # a reported list after a colon: "asked: (1) how many ...; (2) whether ...." (probe
    # 339; with a question mark, the list is of direct questions)
    rf"\s*:(?![^?]*\?)\s*{LIST_ITEM})(?:if|whether|{WH_EN}|"
    # a question word after its preposition: "asked on what legal basis", "under which law"
    rf"(?:on|under|by|from|in|to|with|at|against) (?:what|which|whom|whose)|"
    rf"about|as to|regarding|concerning|why|that (?:the delegation|"
    rf"information|data|details|statistics|clarification))\b",
    rf"\b(?:asked|asking|asks|requested|requesting|requests|invited|inviting|invites|pressed|"
    rf"challenged)\s+(?:the|its)\s+(?:delegation|State(?: party)?|Government|"
    rf"representatives?)(?:\s+of\s+[A-Z][\w'’\-]+)?\s+to\s+(?:(?:also|further|kindly|please)\s+)?"
    rf"(?:{INFO_VERBS_EN}|state|report)\b",
    # "would also appreciate knowing whether", "reiterated his request for information on"
    rf"\bwould{WOULD_ADV}(?:appreciate|welcome) (?:knowing|"
    rf"learning|hearing)\s+(?:if|whether|{WH_EN}|about)\b",
    r"\b(?:reiterated|repeated|renewed) (?:his|her|their|its|the) (?:(?:earlier|previous|"
    r"former|same) )?(?:requests? for (?:more |further |"
    r"an? |the )?(?:information|data|details|statistics|clarification|explanation|update|"
    r"figures|breakdown|number|numbers|list|time ?frame|timetable|timeline|date)\b|"
    r"questions? (?:on|about|regarding|concerning|as to)\b)",
    rf"\b(?:wondered|wondering|wonders)\b(?:\s+(?:also|further|in particular|moreover|"
    r"furthermore|again|in (?:that|this) (?:context|regard|connection|respect|case)|"
    rf"in that light|in addition))?(?:\s+|{INSERT_EN})(?:if|whether|"
    r"what|which|who|why|how|when|where|to what extent|about|as to)\b",
    rf"\b(?:wished|wanted|would{WOULD_ADV}like|"
    r"would (?:also )?have liked|wishes|wants|"
    # (an adverb inside: "was also keen", "was particularly interested", probe af)
    rf"(?:was|were){BEING_ADV}(?:keen|eager|curious|interested)|"
    rf"would{WOULD_ADV}be (?:interested|glad|grateful|happy|pleased))(?:\s+|{INSERT_EN})"
    r"(?:also\s+|further\s+|in particular\s+)?to\s+"
    r"(?:know|learn|hear|find out|receive|understand|get|obtain|be informed|"
    # "to see" / "to have" information, not a wish ("would like to see the law amended",
    # probe ad)
    rf"(?:have|see)(?=\s+(?:[\w'’\-]+\s+){{0,3}}?{INFO_NOUNS_EN}\b|\s+(?:if|whether|how|what)\b))\b",
    rf"\b(?:requested|requesting|{_VERB_REQUESTS}|sought|seeking|seeks|would{WOULD_ADV}"
    # ("would like more information on", "would like an explanation of", probe: summary
    # records)
    rf"(?:appreciate|welcome|like)|"
    rf"would{WOULD_ADV}be (?:grateful for|interested in)|"
    rf"asked for|wanted)\s+"
    rf"(?:(?!(?:to|that|if|whether)\b)[\w'’\-]+\s+){{0,3}}{INFO_NOUNS_EN}\b",
    # a request for a figure or a state of things: "asked for the number of persons ...",
    # "asked for the status of the bill" (not "asked for the floor", nor "asked for the
    # number of shelters to be increased", which recommends)
    r"\b(?:(?:asked|asking|asks) (?:also |further |again )?for |(?:requested|requesting|sought|"
    r"seeking) (?:also |further |again )?)(?:the|a|the (?:Government|State party|delegation|"
    r"authorities)['’]s?)\s+(?:(?:total|exact|"
    r"current|latest|average|mean|maximum|minimum|annual)\s+)?(?:number|numbers|percentage|"
    r"proportion|share|rate|amount|list|reasons?|status|outcome|results?|timeline|timetable|"
    r"duration|length|cost|breakdown|causes?|"
    # a stance asked for: "asked for the position of the Government on the amendment", "for
    # the Government's assessment of the reform"
    r"position|opinion|views?|assessment|reaction|evaluation)\s+(?:of|for|behind|on|to|"
    r"regarding|concerning)\b"
    r"(?![^.;?!]{0,120}\bto be\b)",
    rf"\b(?:(?:was|were){BEING_ADV}(?:curious|interested)|would{WOULD_ADV}be interested) "
    r"(?:about|as to|whether|if|in knowing|in learning|in hearing)\b",
    rf"\bwould{WOULD_ADV}(?:be grateful|appreciate it) if\b(?=[^.;?!]{{0,200}}\b"
    rf"(?:{INFO_VERBS_EN}|{INFO_NOUNS_EN})\b)",
    # It would be useful to learn ... / It would be useful if information could be provided
    r"\b(?:[Ii]t|[Tt]his) would (?:also |further )?be (?:very |most |particularly |also |especially |extremely )?"
    r"(?:useful|helpful|interesting|enlightening|good|valuable|instructive|appreciated|"
    rf"welcome|informative|illuminating|beneficial)(?:\s+|{INCISE_EN})(?:(?:for the Committee|to the Committee)"
    r"\s+)?(?:to (?:learn|know|hear|understand|find out|be informed|(?:have|receive|obtain|"
    # "to have (more detailed | disaggregated) data", "to receive, in writing, the data"
    r"get|see),? (?:in writing,?\s+)?(?:[\w'’\-]+\s+){0,2}?"
    r"(?:information|data|details|statistics|figures|clarification|an explanation|an update|"
    r"a breakdown|examples|an indication))|whether|for the delegation to|if(?=[^.;?!]{0,240}"
    r"\b(?:information|data|details|statistics|figures|clarification|explanation|provided|"
    r"explain|clarify|elaborate|describe|comment|indicate|share|update|given)\b"
    # "if the State could provide, in writing, the number of ..." (not "provide shelters")
    r"|[^.;?!]{0,240}\bprovide\b[^.;?!]{0,40}\b(?:number|numbers|proportion|percentage|"
    r"breakdown|list)\b))|"
    # "It was also important to know whether ...": what matters to know, before a question
    # word (not "It was important to know that the law ...")
    r"\b[Ii]t (?:was|would be) (?:also |further |therefore )?(?:important|essential|crucial|"
    r"necessary|vital) to (?:know|learn|understand|find out) (?=whether|if|how|what|why|which|"
    r"when|who|where)",
    # (Further) information on X would be welcome / useful / appreciated
    rf"\b(?i:{INFO_NOUNS_EN})\b[^.;?!]{{0,320}}?\b(?:would|will) (?:also |further )?be (?:most |very |particularly |"
    rf"also |greatly |much |especially )?(?:welcome|welcomed|appreciated|useful|helpful|"
    rf"interesting|valuable|illuminating|enlightening|instructive|informative|beneficial)\b",
    rf"\b(?i:{INFO_NOUNS_EN})\b[^.;?!]{{0,200}}?\b(?:should|must|could|might) (?:also )?be "
    rf"(?:provided|given|supplied|shared|submitted|presented|furnished)\b(?!\s+to\b)",
    # ... or was asked for, in the passive: "More information on the education of girls
    # with disabilities was also requested." (not a request of the past: "had been")
    rf"^(?:(?:More|Further|Additional|Updated|Detailed|Disaggregated)\s+)?(?i:{INFO_NOUNS_EN})\b"
    # (not one asked of others: "Information was requested from the ministries.")
    rf"[^.;?!]{{0,200}}?\b(?:was|were) (?:also |further )?(?:requested|sought|asked for)\b"
    rf"(?!\s+(?:from|of|by)\b)",
    rf"\b(?:[Tt]he delegation|[Tt]he State party|[Tt]he Government)\s+(?:should|could|might|would|"
    rf"may|(?:was|were) (?:(?:also|further|then) )?(?:invited|requested|asked))\s+(?:(?:also|further|"
    rf"perhaps|kindly|please)\s+)?(?:(?:wish|want|care|like) to\s+)?(?:to\s+)?(?:comment on|explain|clarify|elaborate on|"
    rf"describe|indicate|specify|confirm|detail|outline|provide (?:more |further |additional )?{INFO_NOUNS_EN}|"
    rf"give (?:more |further |additional )?{INFO_NOUNS_EN})\b",
    rf"\b(?:[Pp]lease|[Kk]indly)\s+{INFO_VERBS_EN}\b",
    r"\bsought clarification\b|\bsought to know\b|\bsought to learn\b",
    # a member's questions reported by what they were: "Her questions included whether ...",
    # "Other questions posed by the Rapporteur included when ...; what ...; and whether ..."
    r"\bquestions\b[^.;?!]{0,60}?\b(?:included|were|concerned)\s+(?=(?:whether|if|how|what|"
    r"why|when|where|which|who)\b)",
    # one member's questions on a list of topics ("She posed questions about A, B and C");
    # the plural subject's ("Experts raised questions about") is a TOPIC_SUMMARY
    rf"\b{POSED_QUESTIONS_EN}",
    # urged or encouraged to give the Committee information: "called on the delegation to
    # provide figures on inspections" (probes af, ad; put to the State party, the same words
    # may recommend sharing data with others)
    r"\b(?:urged|encouraged|called on|called upon)\s+the\s+delegation\s+to\s+(?:also\s+)?"
    r"(?:provide|share|supply|give|submit|send)\s+(?:(?:more|further|additional|updated|detailed|"
    r"disaggregated|statistical|the|any|written|comprehensive)\s+)*(?:information|data|details|"
    r"statistics|figures|clarifications?|an explanation|an update)\b",
    # ... or to explain it: "called on the delegation to explain why the census ..."
    r"\b(?:urged|called on|called upon)\s+the\s+delegation\s+to\s+(?:also\s+)?(?:explain|"
    r"clarify|comment on|indicate|specify|confirm|respond to|react to)\b",
    # a request that the State answer: "requested that the State party provide figures on"
    r"\b(?:requested|asked)\s+that\s+(?:the\s+)?(?:delegation|State party|Government)\s+"
    r"(?:should\s+)?(?:provide|give|share|supply|clarify|explain|indicate|confirm|comment on|"
    r"specify)\b",
    # "expressed interest in hearing about the new curriculum"
    r"\bexpressed (?:an |particular |special )?interest in (?:hearing|learning|knowing|"
    r"receiving)\b",
    # "The Committee should be informed of the outcome of the census"
    r"\b(?:[Tt]he Committee|[Ii]t|[Ss]he|[Hh]e) (?:should|would like to|wished to|wanted to) be "
    r"(?:kept )?informed (?:of|about|on|whether|how|what)\b",
    # "asked the delegation to send, within 48 hours, written information on ...", "to submit
    # data on ...": a request for information, not for a report or an act
    r"\b(?:asked|asking|requested|invited)\s+(?:the|its)\s+(?:delegation|State(?: party)?|"
    r"Government)\s+to\s+(?:also\s+)?(?:send|submit|transmit|forward|communicate)"
    r"(?:,[^,.;]{1,40},)?\s+(?:(?:the|any|more|further|additional|written|detailed|in writing)\s+)*"
    r"(?:information|data|details|statistics|figures|replies|answers|clarifications?)\b",
    # the passive of older releases: "Clarification was also sought on the status of the
    # bill", "Further information was requested about ..." (no agent: the members ask)
    r"\b(?:[Cc]larifications?|(?:(?:[Ff]urther|[Mm]ore|[Aa]dditional|[Uu]pdated|[Dd]etailed)\s+)?"
    r"[Ii]nformation|[Dd]etails|[Dd]ata|[Ss]tatistics|[Ff]igures|(?:[Aa]n )?[Ee]xplanations?)"
    r"\s+(?:was|were)\s+(?:also\s+|further\s+|again\s+)?(?:sought|requested)\s+"
    r"(?:on|about|regarding|concerning|as to|for)\b",
    # the delegation asked to say something: "He would like the delegation to explain the
    # delay", "She wished the delegation to clarify ..." (probe u)
    rf"\b(?:would{WOULD_ADV}like|wished|wanted|wishes|wants)\s+{REQUEST_ADDRESSEE}\s+to\s+"
    rf"(?:(?:also|further|kindly)\s+)?{INFO_VERBS_EN}\b",
    # a hope that it can say it: "He hoped that the delegation could shed light on ..."
    rf"\b(?:hoped|hopes|trusted|trusts)\s+(?:that\s+)?{REQUEST_ADDRESSEE}\s+(?:could|would|"
    rf"might|will|can)\s+(?:(?:also|further)\s+)?(?:shed (?:some |more |further )?light on|"
    rf"{INFO_VERBS_EN})\b",
)

# --------------------------------------------------------------- request cues (FR)
#: Adverbs of contrast, consequence or addition between the auxiliary and the verb ("Elle a
#: toutefois demandé si ...", "s'est cependant enquise de ...", "a alors demandé").
FR_CONCESSIVE = (r"toutefois|cependant|néanmoins|pourtant|donc|en revanche|d['’]ailleurs|"
                 r"alors|dès lors|de surcroît")
#: French asides that set one member apart from the others ("M. X a pour sa part demandé").
FR_OWN_PART = (r"pour sa part|quant à lui|quant à elle|de son côté|pour leur part|de leur côté|"
               r"à son tour")
#: "de" and a French infinitive of informing ("de dire", "d'indiquer", "à préciser").
FR_INFO_INFINITIVE = (
    r"(?:de\s+|d['’]\s?|à\s+)(?:fournir|préciser|expliquer|indiquer|donner|commenter|décrire|"
    r"clarifier|communiquer|dire|confirmer|exposer|apporter|présenter|éclairer|citer|énumérer)"
)
#: What puts a French infinitive of asking after the speaker's other act ("Elle a salué la
#: loi, avant de demander si ...", "... et de s'enquérir de ...").
FR_THEN_ASK = r"(?:avant de|avant d['’]|afin de|pour|et de|puis)\s+(?:lui\s+|leur\s+)?"
#: Who a French request is addressed to.
FR_ADDRESSEE = r"(?:la délégation|l['’]État partie|le Gouvernement|les autorités)"
#: What a French "demander" asks for: a clause or a noun of information, not "que" (a demand).
FR_REQUEST_OBJECT = (
    # whom it is asked of, in a few words: "à la délégation", "au Comité", "aux États présents"
    r"(?:\s+(?:à (?:la |l['’])[\w'’-]+(?:\s+[\w'’-]+){0,2}?|aux? [\w'’-]+(?:\s+[\w'’-]+){0,2}?|ensuite|"
    r"également|aussi|en outre|par ailleurs|encore|enfin|notamment|donc|toutefois|cependant|"
    r"néanmoins|de plus|de même|pour sa part|à nouveau|de nouveau|une nouvelle fois))*\s*"
    r"(?::\s*)?"
    r"(?:si\b|s['’]|quel|quelle|quels|quelles|comment|pourquoi|combien|où|quand|qui\b|"
    # every indirect-interrogative opener: "ce qui était fait", "à quel stade", "en quoi
    # consistait", "par qui", "lequel"
    r"ce que|ce qu['’]|ce qui\b|ce dont\b|en quoi\b|(?:à|de|par|pour|sur|selon|dans|"
    r"à partir de|jusqu['’]à) (?:quel|quelle|quels|quelles|qui|quoi)\b|auprès de qui\b|"
    r"lequel\b|laquelle\b|"
    r"lesquels\b|lesquelles\b|dans quelle mesure|des précisions|des informations|"
    r"des renseignements|des explications|des éclaircissements|des données|des statistiques|"
    r"des chiffres|des détails|plus de détails|une clarification|des clarifications|un complément|davantage|plus d['’]|"
    # "demande confirmation de l'âge minimum du mariage"
    r"(?:une )?confirmation\b|"
    rf"de plus amples|{FR_INFO_INFINITIVE})"
)
#: Adverbs inside "Il serait (également) utile (aussi) de savoir": a space, or adverbs set
#: between spaces.
_FR_ADVERBS = (r"(?:\s+(?:(?:également|aussi|donc|en outre|par ailleurs|notamment|particulièrement|"
               r"très|fort|enfin|encore|de plus)\s+)*|"
               # or one set between commas: "Il serait utile, par ailleurs, de savoir si ..."
               r",\s*(?:également|aussi|en outre|par ailleurs|de plus|enfin|notamment|en "
               r"particulier|toutefois|cependant|néanmoins)\s*,\s*)")
#: An incise after the adjective: "Il serait utile, a-t-il ajouté, que la délégation ...".
FR_INCISE = r",\s*(?:a|ont)-t-(?:il|elle|ils|elles)\s+[\w’']+\s*,\s+"
#: Adverbs between a French auxiliary and its verb of asking ("a par ailleurs demandé", "s'est
#: pour sa part enquise").
_FR_REQUEST_ADVERBS = (r"notamment|également|aussi|ensuite|en outre|par ailleurs|enfin|encore|"
                       r"de plus|plus particulièrement|"
                       r"à nouveau|une nouvelle fois|"
                       rf"d['’]autre part|de nouveau|{FR_CONCESSIVE}|{FR_OWN_PART}")
#: Questions put as a list after a colon: "a posé plusieurs questions : combien ... ;
#: quelles ... ; et si ..." (probe 339).
FR_POSED_LIST = (r"posé (?:plusieurs|quelques|les|des|deux|trois|quatre|cinq) questions"
                 r"(?: suivantes)?(?=\s*:)")
#: French indirect requests (press releases and summary records).
REQUEST_CUES_FR = (
    # (an adverb may be set between commas: "a, pour sa part, demandé")
    rf"\b(?:a|ont|avait|aurait)(?:\s*,\s*(?:{_FR_REQUEST_ADVERBS})\s*,)?\s+"
    rf"(?:(?:{_FR_REQUEST_ADVERBS})\s+)*(?:(?:demandé|{FR_POSED_LIST}){FR_REQUEST_OBJECT}|"
    rf"voulu savoir|"
    rf"souhaité savoir|désiré savoir|cherché à savoir|tenu à savoir|"
    rf"(?:voulu|souhaité|désiré) (?:connaître|connaitre|obtenir des|recevoir des|"
    # "a souhaité en savoir davantage sur", "a voulu obtenir davantage d'informations sur"
    rf"en savoir (?:plus|davantage)|(?:obtenir|recevoir|avoir) (?:davantage|plus) d['’])|"
    rf"repris la parole pour (?:demander|savoir)|insisté pour (?:connaître|connaitre|savoir)|"
    rf"(?:prié|invité) {FR_ADDRESSEE}\s+{FR_INFO_INFINITIVE}|"
    # "a souhaité que la délégation précise si ...", "... que le Burundi fasse parvenir au
    # Comité les informations manquantes"
    rf"(?:souhaité|voulu|demandé) que (?:{FR_ADDRESSEE}|(?:le |la |l['’]\s?)[A-ZÉ][\w'’-]+)\s+"
    rf"(?:précise|indique|explique|fournisse|donne|dise|confirme|communique|clarifie|"
    rf"transmette|fasse parvenir))",
    # (the gerund, "en demandant si", and the infinitive after the speaker's other act:
    # "Elle a salué la loi, avant de demander si ...")
    rf"\b(?:(?:demande|demandent|demandait|demanderait|demandant)\b|{FR_THEN_ASK}demander\b)"
    rf"{FR_REQUEST_OBJECT}",
    r"\b(?:souhaite|souhaiterait|souhaitent|souhaitait|voudrait|voudraient|aimerait|"
    r"aimeraient|désire|désirerait|veut|voulait)\s+(?:(?:également|aussi|en outre|par ailleurs|"
    rf"donc|enfin|encore|notamment|de plus|{FR_CONCESSIVE})\s+)*(?:savoir|connaître|obtenir des|recevoir des|"
    # ("voudrait en savoir plus sur le fonds", "aimerait en savoir davantage")
    r"en savoir (?:plus|davantage)|"
    # "Elle aimerait également comprendre pourquoi ...": a question word after it
    r"comprendre (?=pourquoi|comment|si\b|s['’]|ce qui|en quoi|quel)|"
    r"avoir (?:des |davantage d['’]|plus d['’]|de plus amples )(?:précisions|informations|"
    r"renseignements|explications|données)|"
    # "Le Comité souhaiterait disposer de données sur ce phénomène"
    r"disposer (?:de |d['’])(?:plus |davantage )?(?:de |d['’])?(?:données|informations|"
    r"statistiques|précisions|renseignements|chiffres)|"
    # "Il souhaite aussi des précisions sur ...": the noun of information right after the verb
    r"(?:des|de plus amples|davantage de|d['’]autres) (?:précisions|informations|"
    r"renseignements|explications|éclaircissements|données|statistiques|chiffres))\b",
    rf"\b(?:prie|invite|prient|invitent)\s+{FR_ADDRESSEE}\s+{FR_INFO_INFINITIVE}\b",
    rf"\b(?:s['’](?:est|était)|se\s+sont)\s+(?:(?:{_FR_REQUEST_ADVERBS})\s+)*"
    rf"(?:enquise?s?|interrogée?s?|demandée?s?|renseignée?s?)\b",
    # (the gerund and the infinitive: "en s'enquérant", "…, avant de s'enquérir des mesures")
    rf"\bs['’](?:enquiert|enquièrent|enquérant|interroge|interrogent|interrogeant|demande|"
    rf"demandent)\b|\b{FR_THEN_ASK}s['’](?:enquérir|interroger)\b",
    r"\bse (?:demande|demandent|demandait)\s+(?:si\b|s['’]|comment|pourquoi|quel|quelle|quels|"
    r"quelles|dans quelle mesure)",
    r"\b(?:Qu['’]en est-il|qu['’]en est-il|Qu['’]en était-il|Où en est|où en est)\b",
    rf"\b{POSED_QUESTIONS_FR}",
    r"\b(?:des |de plus amples |d['’]autres |davantage d['’]|plus d['’])?(?:informations|"
    r"précisions|renseignements|explications|éclaircissements|données|statistiques|"
    r"clarifications?)\b[^.;?!]{0,240}?\b(?:seraient|serait|seront|sont) (?:les )?"
    # (an adverb between: "seraient en outre bienvenues", probe 358)
    rf"(?:(?:{_FR_REQUEST_ADVERBS}|très|fort|particulièrement)\s+)*"
    r"(?:bienvenue?s?|utiles?|appréciée?s?|intéressante?s?)\b",
    rf"\b[Ii]l (?:serait|sera){_FR_ADVERBS}(?:utile|intéressant|souhaitable|bon|éclairant|"
    rf"précieux)(?:{_FR_ADVERBS}|{FR_INCISE})(?:de|d['’])\s?(?:savoir|connaître|recevoir|disposer|avoir|obtenir|"
    r"comprendre|préciser|apprendre)\b",
    # "Il serait utile que la délégation fournisse des informations sur ..."
    rf"\b[Ii]l (?:serait|sera){_FR_ADVERBS}(?:utile|intéressant|souhaitable|bon|éclairant|"
    rf"précieux)(?:{_FR_ADVERBS}|{FR_INCISE})que "
    r"(?:[^.;?!]{2,60}?\b(?:fournisse|fournissent|donne|donnent|communique|communiquent|précise|"
    r"précisent|explique|expliquent|indique|indiquent|apporte|apportent)\b|"
    # ... or that the Committee receive it ("Il serait utile que le Comité reçoive des
    # données ventilées"; not that the State have it, which recommends)
    r"le Comité (?:reçoive|obtienne|dispose|ait|puisse (?:obtenir|recevoir|disposer))\b)",
    # "La délégation est invitée à préciser si ...", "devrait indiquer ..."
    rf"\b(?:[Ll]a délégation|[Ll]['’]État partie|[Ll]e Gouvernement)\s+(?:(?:est|serait)\s+"
    rf"(?:invitée?|priée?)\s+{FR_INFO_INFINITIVE}|(?:devrait|pourrait)\s+(?:préciser|indiquer|"
    rf"expliquer|fournir|donner|dire|clarifier|commenter|confirmer))\b",
    # the impersonal passive of older releases: "Il a en outre été demandé si ...", "Des
    # précisions ont été demandées sur ..."
    rf"\b[Ii]l a (?:(?:{FR_CONCESSIVE}|également|aussi|en outre|par ailleurs|enfin|encore|de "
    rf"plus|notamment)\s+)*été (?:(?:également|aussi|en outre|par ailleurs)\s+)?demandé"
    rf"{FR_REQUEST_OBJECT}",
    r"\b(?:[Dd]es|[Dd]e plus amples|[Dd]avantage d['’])\s*(?:informations|précisions|"
    r"renseignements|explications|éclaircissements|données|statistiques)\s+ont (?:(?:également|"
    r"aussi|en outre|par ailleurs)\s+)?été (?:(?:également|aussi|en outre|par ailleurs)\s+)?"
    r"demandées\s+(?:sur|au sujet|concernant|quant)\b",
    # a question asked again on a named topic: "a réitéré sa question concernant le nombre
    # de logements", "réitère sa question sur ..." (probe 338)
    r"\b(?:(?:a|ont)\s+(?:réitéré|renouvelé|reposé)|réitère|renouvelle|repose)\s+(?:sa|leur|la)"
    r"\s+(?:question|demande)s?\s+(?:concernant|sur|relatives?\s+à|au sujet d(?:u|e|es|['’]))",
    # the imperative put to the delegation, in a quotation: "« Expliquez-nous pourquoi le
    # centre reste fermé »", "veuillez indiquer les circonstances ..."
    # (capitalised, or with its pronoun: "les régions dites anglophones" asks nothing)
    r"\b(?:(?:Expliquez|Indiquez|Précisez|Donnez|Dites)(?:-(?:nous|moi))?|"
    r"(?:expliquez|indiquez|précisez|donnez|dites)-(?:nous|moi)|"
    r"[Vv]euillez (?:nous )?(?:indiquer|préciser|expliquer|donner|fournir|dire))\b",
    # the present and conditional of a wish that the delegation answer: "Mme X souhaiterait
    # que la délégation fournisse des données", "Elle aimerait que la délégation indique ..."
    rf"\b(?:souhaiterait|souhaite|aimerait|voudrait|désirerait)\s+que\s+(?:{FR_ADDRESSEE})\s+"
    r"(?:précise|indique|explique|fournisse|donne|dise|confirme|communique|clarifie|"
    r"transmette|fasse parvenir)\b",
)

#: A French direct question: a question word or an inverted pronoun ("L'État a-t-il ...?").
#: A French attribution after what was said, its verb inverted: "..., dit-il",
#: "..., ajoute-t-elle", "..., a-t-il souligné : combien ...?".  Not a question.
FR_POSTPOSED_ATTRIBUTION = (
    r",\s*(?:(?:a|ont)-t-(?:il|elle|ils|elles)\s+(?:\w+\s+)?(?:dit|ajouté|souligné|précisé|"
    r"noté|relevé|estimé|observé|expliqué|rappelé|indiqué|poursuivi|affirmé|insisté|conclu|"
    r"déclaré|remarqué|fait observer|fait remarquer|fait valoir|regretté|déploré|reconnu)|"
    r"(?:dit|ajoute|souligne|précise|note|relève|estime|observe|explique|rappelle|indique|"
    r"poursuit|affirme|insiste|conclut|déclare|remarque|reconnaît|regrette)"
    r"(?:-t)?-(?:il|elle|ils|elles))\b"
)
FRENCH_INTERROGATIVE = (
    r"(?:^|[,;:]\s+|\bet\s+)(?:Quel|Quelle|Quels|Quelles|quel|quelle|quels|quelles|Comment|"
    r"comment|Pourquoi|pourquoi|Combien|combien|Où|Quand|quand|Qui|Que|Qu['’]|Est-ce|est-ce|"
    r"Y a-t-il|y a-t-il|Existe-t-il|existe-t-il|Dans quelle mesure|dans quelle mesure|"
    r"Lesquel(?:le)?s?)\b|\b\w+-t-(?:il|elle|ils|elles|on)\b|\b\w+-(?:il|elle|ils|elles|on|"
    r"vous|nous)\b"
)

# ----------------------------------------------------------------- not questions
#: A reporting verb in the pluperfect or passive refers to an earlier request, not to one
#: made now ("the Committee had asked the State party to ...").
PAST_REFERENCE = (
    # ("It was also asked whether ..." is the passive of older releases: a request now)
    r"\b(?:had|have|has|been|being|(?<![Ii]t )was|were)\s+(?:also\s+|previously\s+|already\s+)?$")
#: Adverbs between a French auxiliary and its participle ("ont également soulevé").
_FR_ADVERB = r"(?:notamment|également|aussi|en outre|par ailleurs|enfin|ensuite|encore)"
#: Topic summaries: several members "raised issues relating to", "asked about" a list.
TOPIC_SUMMARY = (
    # (not a member's office: "X, Vice-Chairperson of the Committee, asked about ...")
    r"\b(?:Committee )?(?:Experts|experts|Members|members|Committee members|(?<!\bof )the Committee|"
    r"Speakers|speakers|delegations|Delegations|States|Les membres du Comité|"
    # the same members again ("They also inquired about X" after "Committee Experts
    # inquired about Y")
    r"They|Ils|Elles|"
    r"les membres du Comité|"
    # with a quantifier: "Les autres membres du Comité ont notamment posé des questions sur"
    # (and the feminine of a committee of women: "Les expertes ont soulevé", probe 334)
    r"(?:Les|les|Des|des|D['’]|d['’]|Certains|certains|Certaines|certaines|Plusieurs|"
    r"plusieurs)\s*(?:autres\s+)?"
    r"(?:membres\s+du\s+Comité|experts|expertes)|(?:Other|other|Several|several|Some|some)\s+"
    r"(?:Committee\s+)?(?:members|experts|Experts|Members))"
    # (or after a clause of praise of its own: "Committee Experts commended the State on
    # its measures to ..., and asked questions on efforts to ...")
    r"\b(?:[^.;?!]{0,80}?|[^.;?!]{0,240}?,\s+and\s+(?:also\s+)?)\b(?:raised|raising|asked about|asking about|"
    # (a list of topics, the State addressed between: "Committee Experts asked the
    # delegation about X, about Y, ...")
    r"asked (?:the delegation |the State party )about [^.;?!]{3,200}?, (?:and )?about|"
    r"asked questions|asking "
    r"questions|enquired about|inquired about|enquiring about|inquiring about|posed questions|"
    r"putting questions|put questions|focused on|touched upon|touched on|addressed|posed|"
    rf"ont (?:{_FR_ADVERB} )?(?:posé|soulevé|abordé)|posant des questions|s['’]intéressant|"
    # (and the feminine of a committee of women: "D'autres expertes se sont enquises", probe 342)
    rf"se sont (?:{_FR_ADVERB} )?(?:intéressée?s|enquis(?:es)?|interrogée?s)|"
    # a list of issues the request names ("They sought clarifications on the issues such as
    # the legal framework, ..., polygamy, early and forced marriages")
    r"sought [^.;?!]{0,30}?\bon (?:the |a range of |a number of )?(?:issues|matters|topics) "
    r"(?:such as|including|like))\b"
)
#: Procedural questions of the chair to the committee, not to the State.
PROCEDURAL = (
    r"\b(?:whether|if)\s+(?:the )?(?:Committee|members|it|there were any)\s+(?:wished|wish|"
    r"agreed|agree|would agree|could agree|objected|had any (?:further )?(?:comments|"
    r"questions|objections))\b|\btook it that\b|\bsi le Comité (?:souhaite|accepte)\b"
    # a meeting held online: the Chair checks the line ("asked the delegation whether it
    # could hear the Committee")
    r"|\b(?:whether|if|si)\s+(?:it|they|the delegation|la délégation|elle)\s+(?:could|can|"
    r"was able to|were able to|pouvait)\s+(?:hear|entendre)\b"
    # ... or asks for the answers left over in writing ("asked the delegation whether it
    # could provide the outstanding answers in writing within 48 hours")
    r"|\b(?:whether|if|si)\s+(?:it|they|the delegation|la délégation|elle)\s+(?:could|would|"
    r"pourrait)\s+(?:provide|submit|send|fournir|transmettre|communiquer)\s+(?:the\s+|les\s+)?"
    r"(?:outstanding|remaining|other|autres|restantes)\s+(?:answers|replies|responses|"
    r"réponses)\b"
    # ... or to answer the questions asked ("asked the delegation to respond to the
    # questions on health", "invited it to reply to the questions raised")
    r"|\b(?:asked|invited|requested|urged)\s+(?:the\s+)?(?:delegation|State party|it)\s+to\s+"
    r"(?:(?:now|then|also|kindly)\s+)?(?:respond|reply|answer)(?:\s+to)?\s+(?:(?:the|those|these|"
    r"its|all)\s+(?:(?:\w+\s+){0,2})?questions\b|questions\s+\d)"
)
#: Statements that end in "?" in a careless summary but only state or recommend.
STATEMENT_FRAMES = (
    r"^(?:[^,;]{0,80},\s*)?(?:[Ii]t|[Tt]his|[Tt]hat|[Tt]here) (?:was|were|is|are|had been|"
    r"would be|seemed|appeared) (?:important|necessary|essential|crucial|vital|recommended|"
    r"regrettable|worth|concerning|worrying|striking|unfortunate|clear|noteworthy|"
    r"commendable|welcome|good|positive)\b|\b(?:should|must|ought to|urged|encouraged|"
    r"recommended|called on|called upon)\b"
)

# ----------------------------------------------------------------- anaphora
#: Anaphoric phrases that make a question depend on the statement before it.
#: Words after which "that" introduces a clause ("to ensure that migrants had access"),
#: not a thing said before (an ANAPHORA match "that" after one of these refers to nothing).
CLAUSE_THAT_AFTER = frozenset((
    "ensure", "ensured", "ensuring", "guarantee", "guaranteed", "true", "fact", "noted",
    "stated", "so", "said", "asked", "known", "clear", "sure", "believe", "believed",
    "considered", "indicated", "reported", "aware", "show", "showed", "shown", "mean",
    "meant", "means", "given", "evidence", "possible", "likely", "note", "concern", "such",
    "requirement", "provided", "stipulated", "recommended", "recommendation", "view",
))
ANAPHORA = (
    # ("that" as a conjunction after a noun of saying or "true", "ensure", "so": "reports
    # that journalists had been detained" refers back to nothing; the look-behinds are read
    # only where "that" stands, for speed)
    r"\b(?:this|(?=that)(?<!reports )(?<!allegations )(?<!claims )(?<!information )(?<!fact )"
    r"(?<!evidence )(?<!indications )(?<!true )(?<!ensure )(?<!ensured )(?<!ensuring )(?<!so )"
    r"that|these|those|such|the latter|the former|in this regard|in that regard|"
    r"in this respect|the people concerned|the persons concerned|this group|cet|cette|ces|"
    r"cela|ceci|à cet égard|en la matière|"
    # the clitic of a verb's object: "envisageait d'y renoncer", "l'y contraindre"
    r"[dl]['’]y)\b(?!\s+(?:the|a|an|it|they|there|as)\b)"
    # "than that of men", "those of women": a pronoun for a noun of the question itself
    r"(?!(?<=\bthat)\s+of\b)(?!(?<=\bthose)\s+of\b)"
)
#: A pronoun within the first words of a question ("How did they obtain their rights?"),
#: or a count with no noun ("How many had been investigated?"), refers to the sentence
#: just before it.
WEAK_ANAPHORA = (
    r"^(?:(?:\S+\s+){0,4}?(?:they|them|their|its|he|she|his|her|ils|elles|leur|leurs|"
    # (not the "it" of "Was it true that ...", "Is it the case that ...": it stands for the
    # clause after it)
    r"it(?!\s+(?:would|was|is|will|seemed|appeared|might|could|true|the case|possible|"
    r"necessary|correct|accurate)\b))"
    r"|how (?:many|much)\s+(?:had|have|has|were|was|are|is|did|do|does|would|could|will)"
    r")\b"
)

# ----------------------------------------------------------------- clause structure
#: Question words that open a direct question at the start of a sentence.
HEAD_WH_EN = (
    r"(?:What|Which|Who|Whom|Whose|Why|How|When|Where|To what|In what|In which|By what|"
    r"For what|"
    # any preposition before a question word: "For how long ...", "Until when ...", "With
    # whom ..."
    r"(?:For|Until|Since|With|From|Under|On|At|By|To|In) (?:how|when|whom|which|what)\b)"
)
#: A question word and an inverted auxiliary before the subject: a direct question even when
#: it ends in "." ("What was the status of the Treaty.", "Why had the law not been
#: adopted."), unlike a clause used as a subject ("What was needed was ...").  "How many"
#: and "How much" open a question in any order ("How many girls had given birth.").
WH_INVERTED_EN = (
    r"(?:(?:What|Which|Why|How|When|Where|To what extent|To what degree|In what way)\s+"
    r"(?:(?i:was|were|is|are|had|has|have|did|does|do|could|would|can|will|should))\s+"
    r"(?:the|a|an|there|it|this|that|these|those|they|their|its|his|her|such|any|[A-Z])\b"
    r"|How (?:many|much)\s)"
)
#: Question words that open a direct question after a lead-in, a semicolon or a colon
#: ("Given X, to what degree ...", "...; why was this the case?").
INNER_WH_EN = r"(?:what|how|why|to what extent|to what degree|in what way)"
#: Question words that ask after a semicolon, colon or dash only before an auxiliary
#: ("...; when would it be adopted?", "...: who had been prosecuted?").
INNER_WH_AUX_EN = r"(?:when|where|who|which|whom)"
#: Verbs after a capitalised word that show it is a name, not an inverted subject:
#: "Can Ünver, Committee Expert, said ..." is no question.
NAME_VERBS = r"(?:said|asked|noted|stated|thanked|added|welcomed|commended)"
#: The addressee of a polite request ("Could the delegation explain ...").
REQUEST_SUBJECT_EN = r"(?:the delegation|the State party|the Government|it|they|you)"
#: A second request joined to a polite request by "and" ("..., and provide information on").
SPLIT_REQUEST_EN = (
    rf"(?:provide|give|share|supply)\s+(?:(?:more|further|additional|some|any|updated|"
    rf"detailed|an|the)\s+)*{INFO_NOUNS_EN}|(?:explain|clarify|describe|comment on|"
    rf"elaborate on|indicate|specify|outline|confirm|update)\b"
)
#: A second reporting verb of the asker after "and": "asked whether X, and requested
#: examples of such cases" asks twice.
SPLIT_REPORTING_EN = (
    r"(?:also\s+)?(?:requested|asked|sought|wished to know|wanted to know|enquired|inquired|"
    r"wondered|would like to know|would also like to know|"
    # "..., and would welcome data on the number of such devices"
    r"would (?:also |further )?(?:welcome|appreciate) (?:(?:more|further|additional|updated|"
    r"detailed|disaggregated|statistical|any)\s+)*(?:data|information|details|statistics|"
    r"figures|clarification|an explanation))"
)
#: A second request of the State after "and": "The delegation should comment on whether X,
#: and it should clarify whether Y".
SPLIT_REQUEST_OF_STATE_EN = (
    r"(?:it|the delegation|the State party|the Government) (?:should|could|might|would) "
    r"(?:also |further )?(?:clarify|explain|indicate|comment on|specify|confirm|provide)"
)
#: ... in French: "a demandé des informations sur X, et a voulu savoir si Y".
SPLIT_REPORTING_FR = (
    r"a (?:(?:aussi|également|en outre|par ailleurs) )?(?:demandé|voulu savoir|souhaité savoir|"
    r"désiré savoir|voulu connaître|souhaité connaître)|s['’]est (?:aussi |également )?"
    r"(?:enquise?|interrogée?|demandée?)"
)
#: French words that open a separable question after "et" or a semicolon.
SPLIT_WH_FR = (
    # "demande pourquoi X et ce que le Gouvernement compte faire": a second indirect question
    r"(?<=\bet )ce\s+(?:que|qu['’]|qui)\b|"
    # "Quelles sanctions sont prévues et qui les prononce ?": "qui" with an object pronoun
    # and its verb, in a direct question
    r"(?<=\bet )qui\s+(?:le|la|les|l['’]|en|y|lui|leur)\s*\w+(?=[^.;?!]*\?)|"
    # "..., et qui pouvait le consulter": after a comma, "qui" before a verb asks who (with
    # no comma, "et qui" opens a relative clause: "les centres créés en 2019 et qui ...")
    r"(?<=, et )qui\s+(?:(?:le|la|les|l['’]|en|y|se|s['’]|ne|n['’])\s*)?"
    r"(?:pouv|peu[tv]|était|étaient|est|sont|a|ont|avait|avaient|serait|seraient|devait|doit|"
    r"dev|décid|fin|contrôl|assur|gér|men)\w*\b|"
    # a question word after its preposition, with a verb of its own: "..., et dans quel
    # délai l'État partie compte-t-il ...?" (not the verbless "et dans quel délai")
    # (or "combien": "et dans combien de provinces existaient des tribunaux", probe 361)
    r"(?:(?:dans|par|pour|sur|selon|avec|à|de|en|sous|auprès de)\s+(?:quel|quelle|quels|"
    r"quelles|qui|quoi|combien)\b(?=(?:\s+[^\s,.;?!]+){3}|"
    # ... or an inverted verb: "et de quel budget dispose-t-elle ?" (probe 342)
    r"(?:\s+[^\s,.;?!]+){0,2}?\s+[^\s,.;?!]+-(?:t-)?(?:il|elle|ils|elles)\b)|"
    r"quel|quelle|quels|quelles|comment|"
    r"pourquoi|combien|quand|"
    r"dans quelle mesure|"
    r"qu['’]en est-il|si|s['’]ils?|a (?:souhaité|voulu) savoir|a demandé|"
    # the present of the summary records: "..., et souhaite savoir si ..."
    r"(?:souhaite|souhaiterait|voudrait|aimerait|désire) (?:savoir|connaître)|demande)\b|"
    # an inverted pronoun, with or without a subject before it: "et sont-ils séparés",
    # "et les tribunaux l'ont-ils appliquée" (not a complement the "et" coordinates:
    # "Combien de membres des forces de défense et de sécurité ont-ils été suspendus ?")
    r"\w+-t-(?:il|elle|ils|elles)\b|(?:(?!(?:de|à|aux)\s|d['’])[\w'’ ]{2,60}?\s)?"
    r"(?:\w+['’])?\w+-(?:ils|elles|il|elle)\b|"
    # ... a singular subject before "-t-": "et le programme sera-t-il pérennisé" (not a
    # plural complement: "des Inuits et des Métis offre-t-elle")
    r"(?:(?!(?:de|des|du|à|au|aux)\s|d['’])[\w'’ ]{2,60}?\s)(?:\w+['’])?\w+-t-(?:il|elle)\b|"
    # "que" with the subject after its verb: "..., et que fait l'État partie pour ...?"
    r"que\s+(?:fait|font|faisait|compte|comptait|entend|entendait|envisage|envisageait|"
    r"prévoit|prévoyait|pense|pensait)\s+(?:l['’]|le\b|la\b|les\b)"
)
#: A request about a noun phrase: its "and how ..." lists aspects of one request.
NOMINAL_REQUEST = r"(?:about|for|as to|regarding|concerning)$|information|data"
#: A conditional clause after an inverted auxiliary ("Had it rained, it would ...").
CONDITIONAL_CLAUSE = (
    r",\s*(?:it|this|that|they|he|she|we|there|the \w+)\s+(?:would|could|might|will)\b"
)
#: Words before a cue noun that belong to the request ("An explanation ... would be welcome").
CUE_DETERMINERS = (
    # each a word of its own: not the "an" of "Halloran" ("Mme Halloran demande si ...")
    r"(?:(?<![\w'’])(?:[Aa]n?|[Tt]he|[Aa]ny|[Mm]ore|[Ff]urther|[Aa]dditional|[Ss]ome|[Uu]pdated|"
    r"[Dd]etailed|[Ss]tatistical|[Dd]isaggregated|[Dd]es|[Dd]e plus amples|[Dd]['’]autres)\s+)+$"
)
#: Verbs that report a statement: a "?" sentence opening with one is a reported statement.
REPORTING_VERBS_EN = (
    r"(?:said|says|noted|stated|stressed|observed|pointed out|remarked|added|explained|"
    r"emphasi[sz]ed|underlined|recalled|highlighted|commended|welcomed|expressed|regretted|"
    r"congratulated|thanked|indicated|considered|believed)"
)
#: The speaker attribution at the start of a sentence, up to the reported content.
ATTRIBUTION = (
    r"^(?P<speaker>[^;?]{0,220}?)\b(?:said|says|noted|stated|stressed|observed|pointed out|remarked|"
    r"added|explained|emphasi[sz]ed|underlined|recalled|highlighted|was struck by|"
    # a member opening a topic ("X, Country Rapporteur, turned to online hate speech"): her
    # name and office are no words of the topic a later question refers back to (after
    # the office's comma only: "a programme for women focused on rural areas" is said)
    r"(?<=, )(?:turned to|focused on|drew attention to|touched (?:up)?on|spoke (?:about|of|"
    r"on))|"
    r"expressed concern (?:about|that)|regretted|indicated|asked(?:\s+(?:if|whether))?|"
    r"wished to know(?:\s+(?:if|whether))?|wanted to know(?:\s+(?:if|whether))?|"
    r"a (?:dit|déclaré|indiqué|souligné|relevé|rappelé|noté|fait observer|salué|regretté|"
    r"déploré|constaté|observé)|dit|déclare|"
    # a reflexive report: "s'est inquiétée de", "s'est félicitée de"
    rf"s['’]est\s+(?:(?:également|aussi|par ailleurs|en outre|notamment|{FR_OWN_PART}|"
    rf"{FR_CONCESSIVE})\s+)?(?:inquiétée?|félicitée?|étonnée?|interrogée?|dite?|"
    # (probe 332: "MME X, corapporteuse, s'est pour sa part intéressée aux discours de haine"
    # had left her name among the words a question asks about)
    r"intéressée?|penchée?|attardée?|préoccupée?|réjouie?)|"
    # ... and a reflexive request: "s'est demandé si", "s'est également demandé pourquoi"
    r"(?:s['’]est|se\s+sont)\s+(?:(?:également|aussi|par ailleurs|en outre|notamment)\s+)?"
    r"demandée?s?(?:\s+(?:si|s['’]))?|"
    r"indique|souligne|relève|"
    # the present of the summary records before "que" ("Elle note que ...")
    r"(?<![Ll]a )(?<![Uu]ne )(?<![Ss]a )(?:note|constate|observe|rappelle|estime|regrette|"
    r"ajoute|explique|affirme|signale)(?=\s+qu)|"
    # French reported requests and statements in the perfect, an adverb allowed ("a par
    # ailleurs voulu savoir si", "ont ajouté que"), and the present of the summary records
    # where the verb cannot be read as a noun or an adjective ("demande si", "souhaite savoir")
    rf"(?:a|ont)(?:\s*,\s*(?:{FR_OWN_PART}|{FR_CONCESSIVE})\s*,)?\s+(?:(?:également|aussi|"
    rf"ensuite|enfin|en outre|par ailleurs|encore|notamment|de plus|d['’]autre part|"
    rf"{FR_OWN_PART}|{FR_CONCESSIVE})\s+)?(?:demandé(?:\s+(?:à nouveau|de nouveau|une "
    rf"nouvelle fois))?(?:\s+(?:si|s['’]))?|"
    r"(?:voulu|souhaité|désiré|aimé) (?:savoir|connaître)(?:\s+(?:si|s['’]))?|ajouté|précisé|"
    r"expliqué|affirmé|assuré|estimé|fait valoir|fait savoir|répondu|signalé|mentionné|"
    r"reconnu)|"
    # with an adverb between, the verbs of the first list too ("a par ailleurs relevé que");
    # without one, "ont déclaré" may be what was said ("1 200 villages ont déclaré ...")
    r"(?:a|ont)\s+(?:également|aussi|ensuite|enfin|en outre|par ailleurs|encore|notamment|"
    r"de plus|d['’]autre part)\s+(?:relevé|souligné|rappelé|noté|indiqué|déclaré|dit|"
    r"fait observer|constaté|observé)|s['’]est\s+(?:également\s+|aussi\s+)?enquise?(?:\s+(?:de|du|des|si|s['’]))?|"
    r"demande\s+(?:si|s['’])|(?:souhaite|veut|voudrait|aimerait|désire) (?:savoir|connaître)"
    r"(?:\s+(?:si|s['’]))?|s['’]enquiert(?:\s+(?:de|du|des|si|s['’]))?)"
    r"(?:(?:\s+that|\s+que)(?:,(?=\s))?|\s+qu['’])?\s*(?<=[\s'’])"
)
#: Leading words dropped before a lede clause is compared with the body's questions
#: ("asked which policies ..." against "What policies ...").
REPEAT_CUE_WORDS = (
    r"^(?:(?:asked|asking|wondered|enquired|inquired|wished to know|wanted to know|also|"
    r"the delegation|if|whether|about|what|which|how|why|who)\s+)+"
)

# ----------------------------------------------------------------- speed prefilters
# Substrings at least one of which every match of a pattern above contains (case as in
# the pattern).  They exist only for speed: a sentence holding none of them cannot match,
# so the pattern is not run on it.  Keep them in step with the patterns they guard.

#: Every match of :data:`REQUEST_CUES_EN` and :data:`REQUEST_CUES_FR` holds one of these
#: ("ould": would/could/should; "nqui": enquired/inquired/enquis; "nqué": s'enquérir;
#: "quest": requested,
#: "put questions"; "avoir": savoir, "avoir des").
REQUEST_LITERALS = (
    "ask", "ould", "nqui", "quest", "queri", "invit", "wonder", "wish", "want", "keen", "eager",
    "curious", "interest", "sought", "seek", "will", "must", "might", "lease", "indly",
    "demand", "avoir", "connaître", "connaitre", "obtenir", "recevoir", "délégation", "interrog",
    "renseign", "en est", "en était", "l sera", "sont", "serai", "seront", "prié", "prie",
    "souhait", "voulu", "précision", "information", "renseignement", "explication",
    "éclaircissement", "données", "statistiques", "chiffres", "comprendre", "nqué",
    "ssential to", "mportant to", "rucial to", "ecessary to", "ital to",
    "urged", "encouraged", "called on", "called upon", "pressed", "challenged",
    "xpliquez", "ndiquez", "récisez", "onnez", "Dites", "dites", "euillez",
)
#: Every match of :data:`FRENCH_INTERROGATIVE` holds one of these (a hyphen for "-t-il",
#: "Est-ce", "a-t-il", "-vous").
FRENCH_INTERROGATIVE_LITERALS = (
    "-", "Qu", "quel", "omment", "ourquoi", "ombien", "Où", "quand", "Lesquel",
)
#: Every match of :data:`PROCEDURAL` holds "took it that", "si le Comité", one of the
#: questions words ("the questions", "to questions 1 to 12"), or one of the first group
#: with one of the second.
PROCEDURAL_LITERALS = ("took it that", "si le Comité", "the questions", "those questions",
                       "these questions", "its questions", "all questions", "to questions ")
PROCEDURAL_CONJUNCTIONS = ("whether", "if", "si ")
PROCEDURAL_VERBS = ("wish", "agree", "objected", "had any", "hear", "entendre", "answers",
                    "replies", "responses", "réponses")
#: Every match of :data:`TOPIC_SUMMARY` holds one of these (its verbs).
TOPIC_SUMMARY_LITERALS = (
    "rais", "ask", "nqui", "questions", "focused on", "touched", "addressed", "posed",
    "ont ", "posant", "intéressant", "se sont", "sought",
)
#: Every match of :data:`ATTRIBUTION` holds one of these (its verbs).
ATTRIBUTION_LITERALS = (
    "said", "says", "noted", "stated", "stressed", "observed", "pointed out", "remarked",
    "added", "explained", "emphasi", "underlined", "recalled", "highlighted", "struck by",
    "expressed concern", "regretted", "indicated", "asked", "wished to know",
    "wanted to know", "dit", "déclar", "indiqu", "soulign", "relev", "relèv", "rappelé",
    "noté", "fait observer", "demand", "savoir", "connaître", "ajouté", "précisé", "expliqué",
    "affirmé", "assuré", "estimé", "fait valoir", "fait savoir", "répondu", "signalé",
    "mentionné", "reconnu", "enqui", "note qu", "constate qu", "observe qu", "rappelle qu", "estime qu", "regrette qu",
    "ajoute qu", "explique qu", "affirme qu", "signale qu", "salué", "regretté", "déploré",
    "constaté", "observé", "s'est", "s’est", "turned to", "focused on", "drew attention",
    "touched", "spoke ",
)
