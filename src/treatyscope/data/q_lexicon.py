"""Word lists for matching questions to answers: function words and request words (EN, FR).

Data only; used by :mod:`treatyscope.pipeline.q_lexical`.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Function words of English and French, ignored when comparing a question and a sentence.
STOPWORDS = _words(
    """
    a about above after again against all almost also although always am among an and another
    any anyone are around as at be became because been before being below between both but by
    can could did do does doing done down during each either else enough even ever every few
    for from further had has have having he her here hers herself him himself his how however
    i if in into is it its itself just last least less let like made make many may me might
    more most much must my neither no nor not now of off often on once one only or other
    others otherwise our ours out over own per perhaps quite rather really same several shall
    she should since so some such than that the their theirs them themselves then there
    therefore these they this those though through thus to too toward towards under until
    up upon us very via was we well were what whatever when where whereas whether which while
    who whom whose why will with within without would yet you your
    said says say saying stated noted added asked wondered wished wanted know like
    le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi dont où
    ce cet cette ces son sa ses leur leurs lui elle elles il ils on nous vous se sur sous
    dans par pour avec sans entre est sont était étaient été être avoir a ont avait avaient
    fait faire plus moins très aussi ainsi comme si ne pas notamment également
    y en même tout tous toute toutes autre autres sera seront serait seraient peut peuvent
    pourrait pourraient doit doivent déjà encore toujours alors depuis avant après lors
    selon chez vers cela ceci celle celles celui ceux quel quelle quels quelles comment
    pourquoi combien quand lequel laquelle lesquels dit demande demandé demandée souhaite
    souhaité voudrait aimerait indiqué indique déclaré précisé ajouté
    mr ms mrs dr m mme mmes mlle mm
    approximately nearly roughly some environ quelque quelques
    contre pendant dès eux soient soit chaque plusieurs certain certains certaine certaines
    afin lorsque parmi durant malgré auprès envers sauf outre
    """
)

#: Words that every request uses and no answer needs to repeat ("Could information be
#: provided on ...", "What measures were being taken ...").  They count for nothing.
REQUEST_WORDS = _words(
    """
    information informations info details detail data clarification explanation explain
    provide provided providing give given update updated elaborate describe comment indicate
    specify clarify share shared question questions answer respond response measure measures
    step steps taken take taking place done doing being way ways kind kinds type types
    regard regarding respect concerning concerned issue issues matter matters thing things
    delegation committee expert experts state party government country currently current
    new any further additional also more much many number please learn hear useful date
    interesting enlightening welcome appreciate appreciated extent degree exist existed
    existing figure figures statistics statistical number numbers percentage proportion
    précisions renseignements données mesures prises délégation comité état partie
    gouvernement savoir question questions
    informations information explications éclaircissements détails mesure prendre pris
    prise fournir fourni fournie préciser indiquer expliquer donner donné connaître
    obtenir recevoir disposer dispose existe existent existait nombre chiffres
    statistiques pays actuellement nouvelles nouveau nouvelle utile intéressant
    ask asked asking request requested requesting inquire inquired enquire enquired wish
    wished wanted know demandé demande souhaité voulu
    """
)

#: A sentence that opens like this continues the topic of the sentence before it ("These
#: services were free of charge", "Once this was prepared, ...").
CONTINUATION = (
    r"^(?:This|These|Those|Such|It|They|Their|Its|Once this|Once these|In this context|"
    r"In this regard|In that regard|To this end|As a result|Currently,? this|Moreover|"
    r"In addition|Furthermore|Also|Ce|Cet|Cette|Ces|Cela|"
    # a part of what was just counted: "All of them had been placed ...", "La plupart
    # d'entre eux ..."
    r"(?:All|Most|None|Each|Some|Many|Several|Half|Both|One|Two|Three) of (?:them|these|those)|"
    r"(?:La plupart|Aucun|Aucune|Chacun|Chacune|Certains|Certaines|Tous|Toutes)"
    r" (?:d['’]entre (?:eux|elles))|"
    # ... or among them: "Among them, 1,870 cases had led to a conviction", "Parmi
    # celles-ci, ..." (probe G)
    r"(?:Among|Of) (?:them|these|those|which|whom)|Parmi (?:eux|elles|ceux-ci|celles-ci|"
    r"celles-là|ceux-là)|Sur ce (?:total|nombre|chiffre)|"
    # (a pronoun that names the speaker of a new statement continues nothing: "Elle précise
    # par ailleurs que ...", "Il a indiqué que ...")
    r"(?:Il|Elle|Ils|Elles)(?!\s+(?:a\s+|ont\s+)?(?:\w+\s+){0,2}?(?:précis|indiqu|dit|ajout|"
    r"soulign|expliqu|déclar|rappel|répond|affirm|not)\w*\b)|En outre|De plus|"
    r"À cet égard|Dans ce contexte)\b"
    # or a pronoun subject after a short opening phrase ("For 2024, it would be 25,000.")
    r"|^[^,]{1,40},\s+(?:it|they|this|these|il|elle|ils|elles|cela)\s+(?!is\s+important)"
    # ... or after a short time adverbial without a comma ("Since 1998 it had handled ...")
    r"|^(?:Since|In|By|From|Until|As of|Last|Over|During|Depuis|En|Au cours de|Entre)\s+"
    r"(?:[^\s,.;]+\s+){1,3}?(?:it|they|il|elle|ils|elles)\s+(?!is\s+important)"
)

#: A question that asks for a quantity: its answer holds a number or a word for data.
ASKS_NUMBER = (
    r"(?i)\b(?:how many|how much|how long|how often|combien de temps|"
    # "to increase the number of women in Parliament" asks for a change, not a figure
    r"(?<!increase the )(?<!increasing the )(?<!raise the )(?<!reduce the )"
    r"(?<!reducing the )(?<!augmenter le )(?<!réduire le )(?<!accroître le )numbers? of|"
    r"(?:percentage|proportion|pourcentage) (?:of|de|des|du|d['’])|combien|"
    r"nombre d(?:e|u|es|['’]))"
)
#: A question that asks for data ("statistics on ...", "Could data be provided ...?"),
#: unless it asks only whether there are or will be some ("Whether data disaggregated by
#: ethnic origin would be collected"): :data:`YES_NO` then.  Searched in lower-case text.
ASKS_DATA = (r"\b(?:figures?|statistics|statistical|data|chiffres?|statistiques|"
             # (not the participle: "Quelles suites le Gouvernement a-t-il données à ...")
             r"(?<!il )(?<!elle )(?<!ils )(?<!elles )(?<!ont )(?<!été )(?<!avait )"
             # ... nor after a noun it qualifies: "des suites données aux allégations",
             # "les réponses données par la délégation" (probe 342)
             r"(?<!suites )(?<!suite )(?<!réponses )(?<!explications )(?<!assurances )"
             r"(?<!garanties )(?<!instructions )(?<!formations )(?<!orientations )"
             r"données(?!\s+par\b))\b")
#: The opening of a question answered by yes or no (not a request: "Could data be
#: provided?" asks for them).  Searched in lower-case text.
YES_NO = (
    r"^(?:whether|if|si\b|s['’]|was|were|is|are|did|does|do|had|has|have|est-ce|existe-t-il|"
    r"y a-t-il|y avait-il)"
)
#: A question whose head asks for an amount or a rate ("What was the budget of ...?",
#: "What share of the budget ...", "Quel était le taux de ...?").  Not those nouns elsewhere:
#: "Why had the rate fallen?" asks for a reason.  Searched in lower-case text.
ASKS_AMOUNT = (
    r"^(?:what|which|quel(?:le)?s?)\s+(?:(?:was|were|is|are|had been|would be|étai(?:en)?t|est|"
    r"sont|serait)\s+)?(?:(?:the|its|their|le|la|les|l['’]|son|sa|leur)\s*)?(?:[a-zé-]+\s+)?"
    r"(?:budgets?|costs?|amounts?|expenditures?|rates?|share|montants?|coûts?|taux|dépenses|"
    r"part|length|duration|durée)\b"
)
#: A sentence that gives a quantity or reports on data.  A year is a date, not a quantity
#: ("the 2007 law", "in 2016"): "How many ...?" is not answered by it.  "No person had
#: been sentenced" gives one: none.
GIVES_NUMBER = (
    r"(?i)\b(?:(?!(?:19|20)\d\d(?![\d,.]\d))\d[\d,.]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|"
    r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"dozens?|hundreds?|thousands?|millions?|half|data|statistics|figures?|"
    r"per cent|percent|none|zero|not a single|(?:a|one|two) (?:third|quarter|fifth)s?|"
    r"no\s+(?:[a-z-]+\s+){0,2}?(?:had|has|have|was|were)\s+(?:yet\s+|ever\s+|so far\s+|"
    r"thus far\s+|as yet\s+|to date\s+)?(?:been\s+)?"
    r"(?:[a-z]+ed|found|seen|given|taken|held|kept|brought|caught|sent|left|lost|made|paid|"
    r"sold|told|heard|done|known|shown|born|hit|hurt|put|shot|struck|sentenced)|"
    # a count of none as the object: "had not received any request", "there were no cases"
    r"(?:had|has|have|did|does|do)\s+not\s+(?:\S+\s+){0,2}?any\b|"
    # (a plural: "there was no specific definition" counts nothing)
    r"there\s+(?:were|are|had been|have been)\s+no\b|"
    # French
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"vingt|trente|quarante|cinquante|soixante|cents?|mille|"
    r"douzaines?|dizaines?|centaines?|(?:quin|vingt|tren|cinquant|soixant)aines?|"
    r"milliers?|millions?|moitié|données|statistiques|chiffres?|pour cent|zéro|tiers|quarts?|"
    # "aucun enfant n'a été détenu", "Aucun enfant n'est détenu au Mali"
    r"aucune?\s+(?:\S+\s+){0,3}?n['’](?:a|ont|avait|avaient|est|sont|était|étaient)\b|"
    # ... and as the object: "n'a reçu ni adressé aucune demande", "il n'y a eu aucun cas"
    r"n['’](?:a|ont|avait|avaient|y\s+a|y\s+avait)\s+(?:\S+\s+){0,4}?aucune?)\b"
)

#: Common English verbs, adjectives and abstract nouns: rare in one review's sentences (so
#: their IDF is high) but they say little about a question's topic ("What challenges were
#: encountered", "to enable these young people").  Their weight is reduced.
GENERIC_WORDS = _words(
    """
    able accept achieve act add address affect affairs agree allow appear apply area aspect
    assess available aware become begin believe best better bring build call carry cause
    certain challenge challenges change clear come concern connection consider continue
    correct create current deal dealt decide degree develop different difficult do driven
    drive effect effective effort efforts enable encounter encountered encourage end ensure
    ensured entire establish exact example expect experience explain extent face fact fail
    far feel field find follow general get give go going good great grow happen help high
    hold idea impact imposed impose important improve include increase indicate intend
    involve involved keep kind know large late lead leave level like likely little long look
    lose low main maintain major make manage matter mean meet mention mentioned method move
    near necessary need needed new next normal obtain occur offer open order outcome own part
    particular pass pay people place places plan play point possible practice present
    prevent problem problems progress proper properly put question raise rather reach
    real reason receive recent reduce regard relate relevant remain report require resolve result
    return right run same see seek seem serve set several show significant similar simple
    situation situations size small so specific stand start still stop strengthen strong
    such suggest sure system take tell term terms thing think time today true try turn type
    understand upheld use used various view want way whole wide work world wrong year years
    """
) | _words(
    # inflected forms of the words above, evaluative words and frequent adverbs
    """
    authorities
    addressed addressing affected allowed applied assessed carried caused changes changed
    concerns concerned created creating dealing developed encouraged ensuring established
    faced facing followed happened helped impacts implement implemented implementing
    improved included includes including increased intended involves kept led made managed
    needs obtained occurred offered planned prevented provided raised raising reached
    received reduced remained required resolved resolving resulted sought solve solved solving
    taken went came
    key striking struck worrying worried serious significant significantly largest larger
    greater major important importance considerable particularly especially mainly mostly
    sometimes often usually normally really actually practically practical generally
    already recently currently still actual overall adequate appropriate sufficient
    various numerous able unable possible possibly availability existence
    """
) | _words(
    # the French counterparts: time words, frame nouns and common verbs
    """
    année années an ans fin début mois jour jours semaine temps période cours fois
    aujourd'hui cadre niveau manière façon moyen moyens mise œuvre oeuvre place part
    situation problème problèmes question effet effets résultat résultats objectif
    objectifs progrès efforts effort domaine ensemble certains certaines plusieurs
    nombreux nombreuses grand grande grands grandes important importante importants
    particulier particulière général générale actuel actuelle prévu prévue prévoit
    assurer garantir permettre permet renforcer améliorer mettre mis visant vise
    envisage envisageait envisager envisagé compte comptait compter entend entendait
    envisagent envisageaient comptent comptaient entendent entendaient prévoient prévoyaient
    prévoyait pourrait pourraient pu peut peuvent pouvait pouvaient grâce autorités
    prévoir adopter prendre pris prise prises résoudre régler
    effectivement réellement véritablement concrètement actuellement généralement
    particulièrement notamment souvent toujours
    """
)

#: A demonstrative that points back to the sentence before ("these channels", "such cases",
#: "this list"); time expressions ("this year") do not.
DEMONSTRATIVE = (
    r"(?i)\b(?:this|these|those|such|ce|cet|cette|ces)\s+(?!(?:year|years|month|week|"
    r"morning|afternoon|session|time|année|mois|semaine|session)\b)[^\W\d_]{3,}"
)
#: A sentence that opens a new topic ("Regarding the labour market, ...").
TOPIC_OPENER = (
    r"(?i)^(?:(?:Regarding|Concerning|As for|As to|As regards|With regard to|With respect to|"
    r"In relation to|In regard to|Turning to|On the (?:issue|question|subject|matter) of|"
    r"In terms of|En ce qui concerne|Concernant|S['’]agissant|Quant à|Pour ce qui est|"
    # a reply announced: "In response to the question on X", "Responding to an earlier
    # question", "Replying to questions about X"
    r"(?:In response to|Responding to|Replying to|In reply to|Answering|En réponse à|"
    r"Répondant à)\s+(?:(?:an?|the|une?|la|les|aux?|des)\s+)?(?:(?:earlier|further|previous|"
    r"other|several)\s+)?(?:questions?|queries|query|concerns?))\b|"
    # "On hate speech, ...": a topic, not a date ("On 3 May") nor "On the other hand"
    r"On (?!the (?:one|other) hand)(?!\d)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b)[^,.;]{2,80},)"
)

#: Parts of a question that are not what it asks about: a justification ("Given the
#: youthful demographic ..., to what degree ...", "..., given the number of migrant workers")
#: an exclusion ("other countries beyond the Republic of Korea") and a local name given to
#: what is asked about ("short-term contracts, known as 'endo'": the answer need not repeat
#: it).  They run to the next comma, semicolon or question mark.
ASIDE = (
    r"(?i)(?:(?:^|,\s*)(?:given|in view of|considering|bearing in mind|compte tenu|"
    r"known as|also known as|referred to as|locally called|dite?s?|appelée?s?)\b"
    # where an idea comes from: "..., as proposed in a bill before Congress", "..., comme
    # le recommandait le Comité" (its names are no topic the answer must repeat)
    r"|,\s*(?:as|comme)\s+(?:(?:le|la|l['’]|les)\s+)?(?:proposed|recommended|announced|"
    r"envisaged|foreseen|requested|called for|recommandée?s?|recommandait|proposée?s?|"
    r"prévue?s?|annoncée?s?)\b"
    # ... or whom a figure or a promise comes from: "..., which according to United Nations
    # estimates stood at 213", "..., comme l'avait promis la Présidente de la République"
    r"|(?:,\s*|\bwhich\s+)(?:according to|selon|d['’]après)\b"
    r"|,\s*comme (?:l['’])?(?:l['’]avait|avait|l['’]a|a)\s+(?:promis|annoncé|indiqué|affirmé|"
    r"recommandé|demandé)\b|,\s*as (?:promised|pledged|announced|stated)\b"
    r"|\b(?:beyond|other than|apart from|besides|except(?:\s+for)?|excluding|"
    r"independently of|irrespective of|regardless of|indépendamment d[eu'’]s?|"
    r"en dehors de|hormis|(?<!\ben )outre)\b)[^,;?]*"
    # a background clause put after the question: "..., recalling that according to some
    # sources 43,000 persons were held", "..., rappelant que selon certaines sources ..."
    r"|,\s*(?:noting|recalling|recalled|rappelant|notant|relevant)\s+(?:that|que|qu['’])[^?;]*"
)

#: The period a question is about ("in the past four years", "since 2015", "au cours des
#: cinq dernières années"): it frames what is asked and an answer need not repeat it
#: ("between 2020 and 2023, 276 persons had died" answers "How many deaths had occurred in
#: the past four years?"), so its words are no aspect the answer must cover.
TIME_FRAME = (
    r"(?i)\b(?:(?:in|over|during|within|for|throughout) the (?:past|last|previous|preceding)"
    r"(?: (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|few|"
    r"several|couple of))? (?:years?|months?|decades?|weeks?)"
    r"|in recent years|(?:in|during) the (?:reporting period|period under review)"
    r"|since (?:the (?:end|beginning|start) of )?(?:19|20)\d\d"
    r"|(?:au cours|pendant|durant|lors) des (?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|quelques) )?(?:dernières|derniers) (?:années|ans|mois|décennies)"
    r"|ces (?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) )?(?:dernières|derniers) "
    r"(?:années|ans|mois)|au cours de la période (?:considérée|à l'examen|couverte)"
    r"|depuis (?:l'année |la fin de |le début de )?(?:19|20)\d\d)\b"
)

#: A clause that says what a statement leaves out ("..., without specifying how many children
#: remained out of school", "sans toutefois préciser combien ..."): its words are what was
#: not answered, so they are no terms of the sentence.
UNSAID = (
    r"(?i),\s*\b(?:without (?:specifying|saying|indicating|giving|providing|stating|"
    r"explaining)|sans (?:toutefois |pour autant |cependant )?(?:préciser|indiquer|dire|"
    r"donner|fournir|expliquer))\b[^.;]*"
)
#: A delegation sentence that only promises an answer later ("Detailed figures would be
#: provided to the Committee in writing", "seront communiquées ultérieurement par écrit"): it
#: restates the topic and answers nothing (gold README: restating the topic is no answer).
#: (The gaps of a promise pass the dot of "No. 3441" and of "1.5": "would provide
#: information on communication No. 3441/2019 in writing", probe 354.)
DEFERRAL = (
    # not a bill's schedule: "the draft would be submitted to Parliament later this year"
    # an adverb may stand after the modal: "would also be provided in writing"
    r"(?i)\b(?:(?:would|will|could|shall) (?:(?:also|then|further|later|soon)\s+)?be "
    r"(?:provided|sent|submitted|transmitted|given|shared|detailed|set out|explained|"
    r"communicated|forwarded)\b(?! to (?:the )?(?:Parliament|National Assembly|Congress|Senate|"
    r"Cabinet|Council of Ministers))(?:[^.;]|(?<=\bNo)\.|\.(?=\d)){0,60}?\b(?:in writing|"
    r"later(?! (?:this|that|next) year| in (?:19|20)\d\d)|at a later (?:stage|date)|"
    # "would be detailed in the additional written replies"
    r"subsequently|in due course|in (?:the|its|a) (?:\w+ )?written (?:repl(?:y|ies)|answers?|"
    r"responses?))|(?:would|will) (?:(?:also|then|further|later|soon)\s+)?"
    # (the questions it will answer may be listed between: "would respond to the remaining
    # questions, including those on ..., at the next meeting")
    r"(?:provide|send|submit|transmit|share|forward|reply|respond|answer)\b"
    r"(?:[^.;]|(?<=\bNo)\.|\.(?=\d)){0,140}?\b(?:in writing|later(?! (?:this|that|next) year| in (?:19|20)\d\d)|"
    r"at a later (?:stage|date)|subsequently|in due course|as soon as possible|shortly|"
    # "would respond to the remaining questions ... at the next meeting" (probe 340)
    r"(?:at|during) the (?:next|following|afternoon|morning) (?:meeting|session)|"
    r"(?:on )?the (?:next|following) day|tomorrow)|"
    # "would provide written data", "would send the figures in a written reply"
    r"(?:would|will) (?:(?:also|then|further|later)\s+)?(?:provide|send|submit|share)\b"
    r"(?:[^.;]|(?<=\bNo)\.|\.(?=\d)){0,20}?\bwritten (?:data|information|answers?|repl(?:y|ies)|responses?|details)|"
    r"(?:would|will) (?:get|come) back to the Committee|"
    # figures not at hand answer nothing yet: "said it did not have those figures at hand"
    # (probe 349; a clear negative, "did not collect such data", answers)
    r"(?:did|does|do) not have (?:the |those |these |such |that |this |any )?(?:exact |precise |"
    r"specific |detailed |relevant )?(?:data|figures|information|statistics|numbers)\b"
    r"(?:[^.;]|(?<=\bNo)\.|\.(?=\d)){0,40}?\b(?:at|to|on) hand|"
    # French, whatever the participle: "sera précisé par écrit", "seront communiquées
    # ultérieurement", "répondra par écrit"
    r"(?:sera|seront|serait|seraient) (?:\w+ )?(?:précisée?s?|communiquée?s?|transmise?s?|"
    r"fournie?s?|adressée?s?|donnée?s?|envoyée?s?|apportée?s?|détaillée?s?|complétée?s?)\b"
    r"(?! (?:au|à l['’]) ?(?:Parlement|Assemblée|Sénat|Conseil des ministres))(?:[^.;]|(?<=\bNo)\.|\.(?=\d)){0,60}?\b"
    r"(?:ultérieurement|par écrit|plus tard(?! (?:dans l['’]année|cette année|en (?:19|20)\d\d))|"
    # "seront détaillées dans les réponses écrites complémentaires"
    r"(?:les |des |une |la )?réponses? écrites?)|"
    r"(?:répondra|répondrait|reviendra|reviendrait|fournira|fournirait|communiquera|"
    r"communiquerait|transmettra|transmettrait|enverra|enverrait|adressera|précisera|"
    r"apportera|fera parvenir|ferait parvenir|fera connaître|ferait connaître|"
    # a promise in the infinitive: "s'est engagée à transmettre par écrit"
    r"(?:s['’](?:est )?engagée?|s['’]engage|a promis) (?:à|de) (?:transmettre|fournir|"
    r"communiquer|envoyer|répondre|faire parvenir))\b(?:[^.;]|(?<=\bNo)\.|\.(?=\d)){0,60}?\b"
    r"(?:ultérieurement|par écrit|(?:une |des |les )?(?:réponses?|informations?|données) "
    r"écrites?|plus tard(?! (?:dans l['’]année|"
    r"cette année|en (?:19|20)\d\d))|"
    # "fera parvenir ces informations au Comité dans les meilleurs délais" (probe 359)
    r"dans les meilleurs délais|dès que possible|prochainement|sous peu)|"
    r"reviendra (?:vers|auprès du) Comité)"
)
