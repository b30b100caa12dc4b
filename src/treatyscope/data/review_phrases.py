"""Phrases that say what a meeting text is about (English and French).

Regular-expression fragments used by :mod:`treatyscope.pipeline.meta_review`: how a
State's report is named ("the second periodic report of Kyrgyzstan", "le premier rapport
du Qatar", "Troisième et quatrième rapports périodiques de Sri Lanka"), what marks a
session opening or closing, a meeting that reviews no State, the next meeting, and the
sentence that lists the delegation's composition.  All are matched case-insensitively
unless noted.
"""

from __future__ import annotations

#: A report, with the adjectives that may follow the noun in French.
REPORT_NOUN = (r"\b(?:reports?|rapports?)(?:\s+(?:initial|initiaux|p[ée]riodiques?|unique|combin[ée]s?|"
               # a special report the Committee asked for ("Rapport spécial du Burundi")
               r"sp[ée]cial|sp[ée]ciaux))*")
#: Nouns of a review of a State without the word "report" ("Premier examen du Qatar",
#: "The review of the United States of America was held ...", "the Universal Periodic
#: Review outcomes of Lesotho, Kenya and Armenia").
REVIEW_NOUN = (
    # (the Council's "Examen périodique universel (EPU) de Madagascar" has its adjectives
    # between the noun and the State)
    r"\b(?:examen\s+p[ée]riodique\s+universel(?:\s+\(EPU\))?|review|examen|outcomes?|r[ée]sultats?|"
    # the Working Group reviews a State's "human rights record"
    r"human\s+rights\s+record|"
    # ... or a treaty body the State's record ("examined the record of Kenya"; not a summary
    # record "of the 2301st meeting": a State must follow)
    r"(?<!summary\s)record(?=\s+of\s)|"
    # what a State submits under article 29 (4) of the Convention on Enforced Disappearances
    r"additional\s+information|informations\s+compl[ée]mentaires|"
    # ... and what it sends on follow-up: "Information received from Mexico on follow-up to
    # the concluding observations"
    r"information\s+received(?=\s+from\s)|"
    # the dialogue held with the State: "concluded its dialogue with Peru" (probe k)
    r"dialogue(?=\s+(?:with|avec)\b)|"
    # the answers the State gave, in the releases of the 2000s that covered a dialogue's
    # second meeting: "heard the responses of the delegation of Chile to questions raised
    # by Experts", "heard replies from Chile" (probe y)
    r"(?:responses?|replies|reply|answers?|réponses?)(?=\s+(?:of|from|de|du|des)\b))"
)
#: The Working Group of the Universal Periodic Review reviews a State's "human rights
#: situation": "reviewed the human rights situation in Bhutan", "a examiné ce matin la
#: situation des droits de l'homme au Bhoutan".  Only after such a verb: the Council's
#: debates on "the situation of human rights in Myanmar" review no State.
SITUATION_REVIEWED = (
    r"\b(?:reviewed|examined|considered|examiné|examine)\s+(?:(?:this|ce)\s+(?:morning|"
    r"afternoon|matin)\s+|cet\s+après-midi\s+)?(?:the\s+|la\s+)?(?:human\s+rights\s+situation"
    r"\s+in|situation\s+of\s+human\s+rights\s+in|situation\s+des\s+droits\s+de\s+l['’]homme\s+"
    r"(?:au|en|aux|à))\s+"
)
#: Between the noun and the State: "of", "submitted by", "présenté par", "du", "de la" ...
STATE_LINK = (
    r"\s+(?:(?:submitted|presented)\s+by|(?:received|submitted)\s+from|by|of|from|"
    r"(?<=dialogue\s)with|(?<=dialogue\s)avec|"
    r"(?:pr[ée]sent[ée]e?s?|soumise?s?)\s+par|par|du|des|de|d['’])"
    # (or its delegation: "its dialogue with the delegation of Chile")
    r"(?:\s+(?:the\s+|la\s+)?(?:Government|Gouvernement|delegation|délégation)\s+"
    r"(?:of|de|du|d['’]))?"
)
#: A definite article before a State name ("the Sudan", "la Suède", "l'Ouzbékistan").
ARTICLE = r"(?:(?:the|la|le|les)\s+|l['’]\s*)"

#: Words between an ordinal and "report" that do not change it.
REPORT_ADJECTIVES = frozenset(
    {"periodic", "periodical", "combined", "consolidated", "state", "party", "national",
     "periodique", "periodiques", "combines", "single", "unique"}
)
#: Words that lead a French combined report's name on a summary record's agenda line:
#: "Rapport valant troisième à cinquième rapports périodiques du Bénin".
COMBINED_LEAD = frozenset({"rapport", "valant"})
#: Words that mark an initial report.
INITIAL_WORDS = frozenset({"initial", "initiaux"})
#: Joiners of a list of ordinals ("second and third") and of a range ("fifth to seventh").
LIST_JOINERS = frozenset({"and", "et", ","})
RANGE_JOINERS = frozenset({"to", "through", "a", "-"})

#: A session opens or closes (the text reviews no single State).
_EN_OPEN_CLOSE = (
    r"(?:conclud(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|open(?:s|ed|ing)?|begin(?:s|ning)?|began|"
    r"start(?:s|ed|ing)?|end(?:s|ed|ing)?|wrap(?:s|ped)?\s+up|"
    # (a session held online and broken off: "suspended its online thirty-second session")
    r"suspend(?:s|ed|ing)?|adjourn(?:s|ed|ing)?|complet(?:e|es|ed|ing))"
)
SESSION_EVENT = (
    rf"\b{_EN_OPEN_CLOSE}\s+(?:its|the|their|a)\s+(?:[\w’'-]+\s+){{0,4}}?session\b",
    rf"\b{_EN_OPEN_CLOSE}\s+(?:its\s+)?work\b[^.\n]{{0,60}}?\bsession\b",
    # headlines: "Concludes Eighty-Fourth Session", "Ends Session by Adopting ..."
    r"\b(?:concludes|closes|opens|begins|ends|starts)\s+(?:[\w-]+\s+){0,3}?session\b",
    # (not the review of a report concluded at the session: "a achevé l'examen du rapport
    # initial du Bénin, à sa soixante-dix-neuvième session")
    r"\b(?:conclu|clos|cl[ôo]t|cl[ôo]tur[ée]|achev[ée]|ach[èe]ve|ouvert|ouvre|entam[ée])\b"
    r"(?:(?!examen|rapport)[^.\n]){0,80}?"
    r"(?:les\s+travaux\s+de\s+)?\b(?:sa|cette)\s+(?:[\w’'-]+\s+){0,3}?session\b",
    # agenda items of a summary record, on lines of their own
    r"(?m:^)[ \t]*(?:opening|closure|closing)\s+of\s+the\s+session[ \t]*(?m:$)",
    r"(?m:^)[ \t]*(?:ouverture|cl[ôo]ture)\s+de\s+la\s+session[ \t]*(?m:$)",
)
#: A meeting that is not the review of a State's report.
OTHER_EVENT = (
    r"\b(?:held|holds|hold|began|begins|opened|concluded|continued|started|heard)\s+"
    r"(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:informal\s+meeting|general\s+debate|"
    r"interactive\s+dialogue|day\s+of\s+general\s+discussion|general\s+discussion|"
    r"meeting\s+with)\b",
    r"\b(?:tenu|a\s+tenu|tient)\s+(?:[\w'’-]+\s+){0,4}?(?:r[ée]union\s+(?:informelle|avec)|"
    r"d[ée]bat\s+g[ée]n[ée]ral|dialogue\s+interactif|journ[ée]e\s+de\s+d[ée]bat\s+g[ée]n[ée]ral)",
)
#: The sentence that announces the next meeting (case-insensitive; written in lower case,
#: each alternative opening with \b, for the faster search of ``meta_review``).
NEXT_MEETING = (
    r"\b(?:committee|council|comité|conseil)(?:['’]s)?\s+(?:will|would|is\s+scheduled\s+to|is\s+due\s+to)\s+"
    r"(?:next\s+)?(?:meet|reconvene|resume|convene)\b",
    r"\bnext\s+(?:public\s+)?(?:meeting|session)\s+(?:of\s+the\s+(?:committee|council)\s+)?"
    r"(?:will|would|is)\b",
    r"\bat\s+its\s+next\s+(?:public\s+)?meeting\b",
    # the present of older releases: "The Committee reconvenes at 3 p.m. to discuss ..."
    r"\b(?:committee|council)\s+(?:next\s+)?(?:reconvenes|meets\s+again)\b",
    # "On Thursday, it will begin its review of Hungary", "The Committee will next consider
    # the report of Malta"
    r"\b(?:committee|council|it)\s+will\s+(?:next\s+)?(?:begin|start|commence|open|continue|"
    r"take\s+up)\s+(?:its\s+|the\s+)?(?:review|consideration|examination)\s+of\b",
    # (in a summary record's reported speech, "would": "the Committee would next consider")
    r"\b(?:committee|council)\s+(?:will|would)\s+next\s+(?:review|consider|examine)\b",
    # releases of the 2000s: "When the Committee reconvenes at 3 p.m. this afternoon, it will
    # begin its consideration of the twelfth periodic report of Namibia"
    r"\bwhen\s+(?:the\s+)?(?:committee|council)\s+(?:(?:next|again)\s+)?(?:reconvenes|resumes|"
    r"meets|convenes)(?:\s+(?:again|next))?\b",
    # ... with "it" ("When it reconvenes at 10 a.m. on Monday, the Committee will take up")
    r"\bwhen\s+it\s+(?:next\s+)?(?:reconvenes|resumes|meets\s+again)\b",
    r"\b(?:comité|conseil)\s+(?:se\s+réunira|reprendra|entamera|poursuivra|examinera|tiendra)\b",
    # what it will hear: "Le Comité entendra cet après-midi, à 15 heures, les réponses de la
    # délégation malienne", "The Committee will hear the replies of Mali tomorrow"
    r"\b(?:comité|conseil)\s+entendra\b[^.;]{0,60}?\b(?:réponses|répliques)\b",
    r"\b(?:committee|council)\s+will\s+(?:next\s+)?hear\b[^.;]{0,60}?\b(?:replies|responses|answers)\b",
    # the present with "demain": "Le Comité entame demain matin l'examen du rapport de X"
    r"\b(?:comité|conseil)\s+(?:entame|examine|reprend|poursuit)\s+demain\b",
    # what it is due to do: "Il doit entamer cet après-midi l'examen du rapport de l'Équateur"
    # (probe t)
    r"\b(?:comité|conseil|il)\s+doit\s+(?:entamer|examiner|poursuivre|reprendre|achever)\b",
    r"\bprochaine\s+séance\s+(?:publique\s+)?(?:aura\s+lieu|se\s+tiendra)\b",
    # "... et qu'il poursuivra l'examen de ces rapports à sa prochaine séance", as "at its
    # next meeting"
    r"\bà\s+sa\s+prochaine\s+séance(?:\s+publique)?\b",
)
#: Rarer wordings of a next meeting, looked for only in a text without one of the above (only
#: for speed: each alternative a scan of the text tries at its every first letter).
NEXT_MEETING_RARE = (
    # the session to come, by its ordinal: "The eighty-first session of the Committee will
    # be held from 6 to 31 August 2012, during which it will consider the report of Senegal"
    r"\bsession\s+of\s+the\s+(?:committee|council)\s+will\s+(?:be\s+held|take\s+place|"
    r"open|convene)\b",
    # ... and "The Committee's sixty-eighth session will be held from 11 November ..."
    r"\b(?:committee|council)['’]s\s+(?:next\s+|[a-z]+(?:-[a-z]+)?\s+)?session\s+will\s+(?:be\s+"
    r"held|take\s+place|open|convene)\b",
    # ... in French: "La prochaine session du Comité se tiendra du 31 mars au 11 avril"
    r"\b(?:prochaine|[a-zé]+-?[a-zé]*ième)\s+session\s+(?:du\s+(?:comité|conseil)\b[^.;]{0,100}?\s+)?"
    r"(?:se\s+tiendra|aura\s+lieu|s['’]ouvrira)\b",
    # the session's closing meeting: "The closing meeting of the session will be held on
    # Friday, 29 March at 4 p.m.", "La séance de clôture de la cent-vingt-cinquième session
    # du Comité doit se tenir le vendredi 29 mars à 16 heures"
    r"\b(?:closing|final)\s+(?:public\s+)?meeting\s+(?:of\s+[^.;]{1,100}?\s+)?(?:will|is\s+"
    r"scheduled\s+to)\s+(?:be\s+held|take\s+place)\b",
    r"\bséance\s+(?:publique\s+)?(?:de\s+clôture|finale)\b[^.;]{0,120}?\s+(?:doit\s+se\s+"
    r"tenir|se\s+tiendra|aura\s+lieu)\b",
    # the committee by its acronym: "The CMW will next meet from 4 to 13 September 2017"
    r"\b(?:ccpr|cescr|cerd|cedaw|cat|crc|cmw|crpd|ced|spt)\s+will\s+(?:next\s+)?(?:meet|"
    r"reconvene|resume|convene)\b",
    # the Working Group of the Universal Periodic Review
    # (not a treaty body's pre-sessional working group, which prepares its next session)
    r"\b(?<!pre-sessional )working\s+group\s+will\s+(?:next\s+)?(?:meet|reconvene|resume|"
    r"convene)\b",
)
#: A sentence that announces the whole session's programme, not the next meeting ("Au
#: cours de cette session, le Comité examinera les rapports de huit États parties").
SESSION_PROGRAMME = (
    r"\b(?:au\s+cours\s+de\s+(?:cette|la)\s+session|pendant\s+(?:cette|la)\s+session|"
    r"durant\s+(?:cette|la)\s+session|during\s+(?:this|the)\s+session|"
    # "Also at this session, the Committee will continue its consideration of ..."
    r"at\s+(?:this|the\s+present)\s+session|(?:à|lors\s+de)\s+(?:cette|la\s+présente)\s+session|"
    r"over\s+the\s+(?:coming|next)\s+(?:weeks|days))\b"
)
#: The verb of a next-meeting sentence, after which its time is given ("at 3 p.m. on ...").
NEXT_MEETING_VERB = (
    r"(?:\b(?:meets?(?:\s+(?:again|next))?|reconvenes?|resumes?|convenes?|will\s+be\s+held|will\s+take\s+place|"
    r"will\s+be|is\s+scheduled\s+for|se\s+réunira(?:\s+(?:de|à)\s+nouveau)?|"
    r"reprendra(?:\s+ses\s+travaux)?|aura\s+lieu|se\s+tiendra|doit\s+se\s+tenir|"
    # "entamera demain matin, à 10 heures, l'examen": a time right after the verb
    r"(?:entamera|examinera|entendra|entame(?=\s+demain)|examine(?=\s+demain)|doit\s+(?:entamer|examiner|"
    r"poursuivre|reprendre|achever))(?=\s+(?:demain|ce|cet|cette|aujourd|lundi|mardi|mercredi|jeudi|"
    r"vendredi|le\s+\d|à\s+\d)))\b|"
    r"next\s+(?:public\s+)?meeting\s*,|"
    # "à sa prochaine séance, le 17 août 2011 à 10 heures": a time right after it
    r"prochaine\s+séance(?:\s+publique)?\s*,(?=\s+(?:le\s+)?(?:\d|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|demain|cet\s+après-midi|ce\s+matin|à\s+\d)))"
    r"(?:\s+in\s+(?:a\s+)?(?:public|private|closed)(?:\s+meeting)?)?"
)
#: Where the time of the next meeting ends and its purpose begins.
#: What a body resumes, before when: "will resume its public meetings at 10 a.m. on
#: Monday", "will resume its consideration of the report of Honduras at 3 p.m. today".
RESUMED_WORK = (
    r"(?<=resume)\s+its\s+(?:public\s+)?(?:meetings|work|deliberations)|"
    r"(?<=resume)\s+its\s+(?:consideration|review|examination)\s+of\s+[^,.;]{1,160}?"
    r"(?=\s+(?:at|on|this|tomorrow|today|in\s+the)\b)"
)
#: Where the next meeting is held, before when: "qui se tiendra à Genève du 20 novembre au
#: 8 décembre", "will be held in Geneva from 6 to 31 August" (the place is no part of when).
NEXT_MEETING_PLACE = (r"(?:in|at|à)\s+(?:Geneva|Genève|New\s+York|Vienna|Vienne|Nairobi|"
                      r"Bangkok)\s*,?\s+")
NEXT_MEETING_PURPOSE = (
    # ("to" before a number ends a span of days, not the time: "from 6 to 31 August")
    r"(?:,?\s+(?:to(?!\s+\d)|when|in\s+order\s+to|for|during\s+which|where|pour|afin|en\s+vue|"
    r"lorsqu)\b|"
    r",\s+(?:the|le|la)\s+(?:Committee|Council|Comité|Conseil)\b|,\s+it\s+will\b|"
    r",\s+(?:l['’]examen|the\s+consideration|(?:le|les)\s+(?:[\w-]+\s+){0,3}rapports?|"
    # what it will hear: "..., à 15 heures, les réponses de la délégation"
    r"les\s+réponses|the\s+(?:replies|responses|answers))\b|"
    r"\s+l['’]examen\b|"
    r"(?<![ap]\.m)[.;](?:\s|$)|$|"
    # the place after when: "du 31 mars au 11 avril 2014 à Genève", "... at the Palais
    # Wilson in Geneva"
    r"\s+(?:in|à|at|au)\s+(?:the\s+)?(?:Geneva|Genève|New\s+York|Vienna|Vienne|Palais|"
    r"United\s+Nations|Headquarters)\b)"
)

#: No composition after a preposition: "the deaths mentioned by the delegation included
#: persons ...", "le chiffre cité par la délégation comprenait ..." say what was said (read
#: before a cue's match, see ``pipeline.meta_delegation``).
NOT_AN_OBJECT = r"\b(?:by|to|from|with|par)\s+$"
#: The sentence that lists the bodies a delegation came from: the delegation ...
_DELEGATION_NAME = (
    # a summary record reports the head in the third person: "her delegation included"
    r"\b(?:The|the|Her|her|His|his|Its|its|Their|their|Our|our|My|my)\s+(?:[\w-]+\s+)?"
    r"delegation(?:\s+(?:of|from)\s+[^,.;]{1,80}?)?"
    # who leads it, as a restrictive clause: "the delegation (that) he headed comprised"
    r"(?:\s+(?:that\s+|which\s+|whom\s+)?(?:he|she|they|I|we)\s+(?:led|headed|leads|heads|"
    r"had\s+the\s+honour\s+to\s+lead))?"
)
_DELEGATION = _DELEGATION_NAME + r"(?:\s*,[^,.;]{1,160}?,)?\s+"
#: Who leads a delegation, with their offices: no sentence end, a title's stop allowed
#: ("M. Sèwanou, Garde des sceaux, Ministre de la justice").
_LEADER = r"(?:[^.;]|(?<=\bM)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMme)\.|(?<=\bDr)\.){1,240}?"
#: What follows "délégation" before its verb: a few words, or who leads it with an office
#: that may hold commas ("la délégation qu'elle dirige en sa qualité de Ministre de la
#: population, de la protection sociale et de la promotion de la femme se compose de").
_LED_FR = (r"(?:\s+qu['’](?:il|elle)\s+(?:dirige|conduit|préside)(?:\s+en\s+sa\s+qualité\s+de\s+"
           r"[^.;]{1,200}?)?(?=\s+(?:se\s+compos|compren|est\s+|était\s+))|(?:\s+[^,.;]{1,80}?)?)")
#: An aside set off by commas between the composition verb and its list ("composée, entre
#: autres, de représentants ...", "composed, among others, of ...").
_INCISE = (r"(?:\s*,\s*(?:entre\s+autres|notamment|en\s+outre|également|aussi|among\s+others|"
           r"amongst\s+others|inter\s+alia|in\s+particular|also)\s*,)?\s+")
DELEGATION_COMPOSITION = (
    _DELEGATION + r"(?:was|were|is)\s+(?:also\s+)?(?:comprised|composed|made\s+up)" + _INCISE + r"of\s+",
    _DELEGATION + r"(?:also\s+)?(?:consisted\s+of|comprised|included|includes)\s+",
    # a participle in apposition: "The delegation of Chile, consisting of representatives
    # of ..., answered questions" (probe j)
    _DELEGATION_NAME + r",\s+(?:consisting\s+of|composed\s+of|comprising)\s+",
    r"\b(?:La|la|Sa|sa|Notre|notre|Leur|leur)\s+délégation" + _LED_FR +
    r"(?:\s*,[^,.;]{1,160}?,)?\s+(?:était|est)\s+"
    r"(?:également\s+|aussi\s+|notamment\s+)?(?:composée|constituée)" + _INCISE,
    # "sa délégation se compose de représentants ...", "la délégation comprenait ..."
    r"\b(?:La|la|Sa|sa|Notre|notre|Leur|leur)\s+délégation" + _LED_FR +
    r"(?:\s*,[^,.;]{1,160}?,)?\s+(?:se\s+compos(?:e|ait)|compren(?:d|ait))"
    r"(?:\s+(?:également|aussi|notamment))?\s+",
    # a participle in apposition, after who leads it: "la délégation béninoise, conduite par
    # M. X, Garde des sceaux, et composée de représentants du ...", "the delegation, led by
    # X, Minister of Y, and composed of representatives of ..."
    r"\b(?:La|la)\s+délégation(?:\s+[^,.;]{1,80}?)?,\s+(?:conduite|dirigée)\s+par\s+"
    + _LEADER + r",?\s+(?:et\s+)?(?:composée|constituée)" + _INCISE,
    # the participle alone: "la délégation, composée de représentants du ..., est prête"
    r"\b(?:La|la)\s+délégation(?:\s+[^,.;]{1,80}?)?,\s+(?:composée|constituée)" + _INCISE,
    # (or "was led by X, ..., and included ...", "which was led by X, ..., included ...",
    # probe A)
    r"\b(?:The|the)\s+(?:[\w-]+\s+)?delegation(?:\s+(?:of|from)\s+[^,.;]{1,80}?)?(?:,\s+(?:which\s+"
    r"was\s+)?|\s+(?:was|is)\s+)(?:led|headed)\s+by\s+" + _LEADER + r",?\s+(?:and\s+)?"
    r"(?:(?:(?:was|is)\s+)?(?:composed|comprised|made\s+up)" + _INCISE + r"of|included|includes|"
    r"comprised|consisted\s+of)\s+",
    r"\b(?:La|la)\s+délégation(?:\s+[^,.;]{1,80}?)?,\s+(?:conduite|dirigée)\s+par\s+"
    + _LEADER + r",\s+(?:comprenait|comprend|se\s+composait\s+de|se\s+compose\s+de)\s+",
    # ... with the leader as the verb's complement: "La délégation tunisienne était dirigée
    # par M. X, Secrétaire d'État ..., et comprenait des représentants du ..." (probe f)
    r"\b(?:La|la)\s+délégation(?:\s+[^,.;]{1,80}?)?\s+(?:était|est|a\s+été)\s+(?:conduite|"
    r"dirigée)\s+par\s+" + _LEADER + r",?\s+et\s+(?:(?:comprenait|comprend|se\s+composait\s+de|"
    r"se\s+compose\s+de)\s+|(?:était\s+)?(?:composée|constituée)" + _INCISE + r")",
    # the head accompanied by the rest: "Ms. Karki was accompanied by a delegation composed
    # of officials of ...", "Elle était accompagnée d'une délégation composée de ..."
    r"\b(?:was|were)\s+accompanied\s+by\s+an?\s+(?:[\w-]+\s+)?delegation\s+(?:(?:that|which)\s+"
    r"(?:included|comprised)|composed\s+of|comprising|consisting\s+of|made\s+up\s+of|of)\s+",
    # (from the article on: the cue search starts after the apostrophe; also "à la tête
    # d'une délégation composée de ...")
    r"\bune(?<=d['’]une)\s+(?:[\w-]+\s+)?délégation\s+(?:(?:composée|constituée)" + _INCISE
    + r"|comprenant\s+)",
)
#: Words that open a composition list and are not part of the first body's name.
COMPOSITION_LEADS = (
    r"(?:senior\s+)?(?:representatives|officials|members|experts)\s+(?:from|of)\s+|"
    r"(?:de\s+)?(?:représentants|responsables|membres)\s+(?:de\s+|du\s+|des\s+|d['’])|"
    r"and\s+|as\s+well\s+as\s+|et\s+|ainsi\s+que\s+|the\s+|d['’]une?\s+|une?\s+|de\s+la\s+|de\s+l['’]|"
    r"du\s+|des\s+|de\s+|d['’]|la\s+|le\s+|les\s+|l['’]"
)

#: A report is named ("second periodic report", "rapport initial"): the text reviews a
#: State's report even if the State's name was not recognised.
REPORT_HINT = (
    r"\b(?:periodic|initial)\s+reports?\b|\brapports?\s+(?:p[ée]riodiques?|initial)\b|"
    r"\bpremier\s+rapport\b"
)

#: Words just before a session ordinal that make it another session than the current one.
NOT_CURRENT_SESSION = (
    r"\b(?:next|upcoming|forthcoming|following|future|prochaine|suivante|"
    r"will\s+(?:hold|open|begin|start)\s+its)\b|"
    # a deadline right before the ordinal: "would respond no later than the fifty-ninth
    # session" (probe 370)
    r"\b(?:(?:no|not)\s+later\s+than|by|before|until)\s+the\s*$|"
    r"\b(?:au\s+plus\s+tard\s+(?:à|lors\s+de)|d['’]ici|avant)\s+la\s*$|"
    # a session in general, not the one reported: "would be granted a second session", "since
    # its first session 15 years ago", "depuis sa première session"
    r"\b(?:an?|une)\s+$|\b(?:since|depuis)\s+(?:its|the|sa|la)\s+$"
)
#: The time of something planned, right before a session ordinal: "at its", "lors de sa"
#: ("would consider nine reports at its twentieth session").
SESSION_AS_TIME = (
    r"\b(?:at|during|in|for|à|lors\s+de|pendant|durant|au\s+cours\s+de)\s+"
    r"(?:its|the|their|sa|la|leur)\s+$"
)
#: A verb in the future, earlier in the sentence of a session named as a time: the session
#: is one to come, not the one the text reports ("decided that it would consider nine
#: reports at its twentieth session", "le Comité examinera à sa vingtième session").
FUTURE_VERB = (
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|scheduled|expected|set)\s+to|"
    r"(?:plans?|planned|intends?|intended)\s+to|"
    # a decision on what to do then: "decided today to hear 10 reports at its eighteenth"
    r"(?:decided|agreed|resolved)\s+(?:(?:today|this\s+morning|this\s+afternoon)\s+)?to|"
    r"(?:a|ont)\s+décidé\s+(?:aujourd['’]hui\s+)?d['’]?|"
    r"sera|seront|serait|seraient|aura|auront|aurait|tiendra|devra|devrait|pourra|pourrait|"
    # the French future and conditional of "-er" verbs: "examinera", "adopterait"
    r"[a-zé]{3,}er(?:a|ont|ait|aient))\b"
)
#: Words between a session ordinal and "session" that do not change it.
SESSION_QUALIFIERS = frozenset({"regular", "ordinary", "extraordinary", "special", "online",
                                "virtual", "hybrid", "remote", "resumed"})
#: "the Nth session of ..." counts only for these bodies (not "of the Forum on Minority Issues").
SESSION_OWNERS = (
    r"\b(?:Committee|Council|Comité|Conseil|Sub-?committee|Sous-comité|General\s+Assembly|"
    r"Assemblée|Working\s+Group\s+on\s+the\s+Universal|CAT|CERD|CEDAW|CRC|CMW|CCPR|CESCR|CRPD|"
    r"CED|SPT|HRC)\b"
)

#: The title line of a summary record, up to its meeting word (extraction may space it out:
#: "Summary record ( p artial )* of th e 590th meeting**", "16 8 6 t h meetin g").
RECORD_TITLE = (
    # (the copy may split a word, "Co mpte rendu analytique"; an older title has no
    # "analytique": "COMPTE RENDU DE LA 1347e SÉANCE")
    # (not a release's label "Compte rendu de séance": the number is the record's)
    r"\b(?:summary\s+record|c ?o ?m ?p ?t ?e[\s-]+rendu\s+analytique|"
    # (the title may go on over a line break: "SUMMARY RECORD OF THE FIRST PART (PUBLIC)*"
    # then "OF THE 854th MEETING")
    r"(?i:compte)\s+(?i:rendu)(?=\s+(?i:de\s+la)\s+\d))\b(?P<rest>(?:[^\n]|\n\s*(?=(?i:of|de)\s))"
    r"{0,124}?)"
    r"(?:m\s*e\s*e\s*t\s*i\s*n\s*g|s[ée]ance)"
)
#: Words of a record title, folded, around the meeting number ("first part (public)").
RECORD_PART_WORDS = (
    r"(?:first|second|premiere|deuxieme)?(?:part|partie)?(?:public|publique|partial|partiel|closed)"
)

#: A report of an earlier cycle: "its previous report", "since its initial report in 2015".
#: Looked for in the few words before the report noun, and right after it.
EARLIER_REPORT_BEFORE = r"\b(?:previous|last|preceding|earlier|prior|since|depuis|pr[ée]c[ée]dent|dernier)\b"
EARLIER_REPORT_AFTER = r"\s+(?:of|in|de|en)\s+(?:19|20)\d{2}\b"
