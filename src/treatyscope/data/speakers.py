"""Phrases that introduce speakers, name their roles and mark narration (English, French).

Regular-expression fragments, combined by :mod:`treatyscope.pipeline.speakers`.
"""

from __future__ import annotations

#: The first letter of a word of a personal name.
NAME_CAPITAL = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
#: One word of a personal name: capitalised or ALL-CAPS, with hyphens and apostrophes.
NAME_WORD = (rf"(?:[‘ʻ]?{NAME_CAPITAL}[\w'’\-]*[\w]|(?:{NAME_CAPITAL}\.){{2,3}}|{NAME_CAPITAL}\.?|"
             # a short prefix broken off by extraction: "Al- Sulhaiti", "El- Haddad"
             rf"{NAME_CAPITAL}[a-zà-ÿ]{{1,3}}- {NAME_CAPITAL}[\w'’\-]*[\w]|"
             # ... or the first letter, before a State in brackets: "Ms. Q uispe (Peru)",
             # or the last ones: "Ms. Cob o (Ecuador)"
             rf"{NAME_CAPITAL} [a-zà-ÿ]{{2,}}[\w'’\-]*(?=\s*\([A-ZÀ-Ý])|"
             rf"{NAME_CAPITAL}[a-zà-ÿ]{{2,}} [a-zà-ÿ]{{1,2}}(?=\s*\([A-ZÀ-Ý]))")
#: (initials written together are one word: "J.P. Soto", "B.D. Seetulsing"; a glottal stop
#: may open a word: "Mele ‘Otai")
#: Two words of a name copied without the space between them, as a web page that sets each in
#: its own element is copied ("Laura-MariaCraciunean-Tatu"): three lower-case letters before
#: the inner capital, so that "McCallum", "MacDonald" and "DeGette" stay one word.
NAME_RUN_TOGETHER = rf"{NAME_CAPITAL}[\w'’\-]*?[a-zß-ÿ]{{3}}{NAME_CAPITAL}[\w'’\-]*[\w]"
#: Titles that may stand before a name without a comma ("High Commissioner Zeid ...");
#: they are not part of the name.
TITLE_WORDS = (
    r"High Commissioner|Deputy High Commissioner|Assistant Secretary-General|Secretary-General|"
    r"President|Vice-President|Ambassador|Minister|Judge|Professor|Prof\.|Dr\.|Justice|"
    r"Committee Expert|Committee Chairperson|Chairperson|Rapporteur|Commissioner"
)
#: Lower-case particles inside names (Ribeiro Leão, de la Cruz, bin Abdullah ...).
NAME_PARTICLE = r"(?:de|da|das|do|dos|del|della|di|du|van|von|der|den|ter|bint|bin|binti|ibn|ould|al|el|la|le|y|e|ben)"
#: Honorifics before a surname; "M me" is a split "Mme" seen in French records, and the
#: capitals of ALL-CAPS introductions ("MME SOFIA LINDQVIST, membre du Comité").
HONORIFIC = r"(?:Mr|Mrs|Ms|Mme|Mlle|Dr|M me|M|Md|Sir|Dame|Lord|Madam|Madame|Monsieur|MR|MRS|MS|MME|MLLE|DR|MD)"
#: Offices written before a surname as an honorific is ("Minister Tarpeh said", "Judge
#: Okafor noted"): only before a name and a verb of speech.
#: Ranks of the armed forces and the police, written before a name as an honorific is
#: ("Colonel RAMON DELOS SANTOS, of the Armed Forces, said", "Colonel Delos Santos added").
RANKS = (r"(?:(?:Police |Lieutenant[- ])?Colonel|(?:Brigadier|Major|Lieutenant)[- ]General|"
         r"Police (?:General|Major|Captain)|Captain|Commander|Superintendent|Colonel|"
         r"Général|Commandant|Capitaine|Commissaire)")
OFFICE_HONORIFIC = (r"(?:(?:Deputy |Vice-)?Minister|Ambassador|Judge|Justice|Senator|"
                    rf"Commissioner|Ministre|Ambassadeur|Ambassadrice|Juge|{RANKS})")

#: Verbs that report speech (the main verb after a speaker's name and title).
SPEECH_VERBS_EN = (
    r"said|says|asked|asks|added|adds|noted|notes|stated|states|explained|explains|observed|"
    r"remarked|thanked|thanks|congratulated|commended|welcomed|expressed|wondered|inquired|"
    r"enquired|requested|recalled|pointed out|emphasized|emphasised|stressed|underlined|"
    r"highlighted|regretted|urged|encouraged|recommended|replied|responded|answered|"
    r"clarified|indicated|informed|reported|presented|introduced|concluded|agreed|"
    r"considered|believed|felt|appreciated|acknowledged|recogni[sz]ed|praised|raised|mentioned|"
    r"sought|"
    # ("continued", not "continued their work": what they did, no speech)
    r"called|asserted|affirmed|confirmed|assured|described|outlined|"
    r"continued(?!\s+(?:their|its|his|her|to\s+work|working|work)\b)|opened|"
    r"closed|read out|summarized|summarised|shared|spoke|echoed|reiterated|repeated|declared|"
    r"contributed to the (?:debate|discussion|dialogue)|took part in the (?:debate|discussion|"
    r"dialogue)|intervened|provided (?:detailed |further |additional )?information|"
    r"drew attention|turned to|referred to|referenced|pointed to|alluded to|cited|commented|focused on|"
    r"went on|discussed|wished to know|wanted to know|would like to know|"
    # (with the adverbs of a polite request: "would therefore like to know")
    r"would (?:therefore|nonetheless|nevertheless|moreover|further|furthermore|still|however|"
    r"particularly|in particular|thus|accordingly) like to know|"
    r"(?:was|were) (?:struck|concerned|pleased|glad|happy|interested|surprised|worried|grateful|"
    r"encouraged|disappointed|alarmed|curious|keen)|also said|also asked|further asked|"
    # ("made" a statement, remarks, a presentation; not "made the solemn declaration": a
    # new member sworn in speaks no words of the meeting)
    r"then asked|furthermore asked|briefed|delivered|made(?! (?:the|a|their|his|her) (?:standard |customary |required )?solemn "
    r"(?:declaration|undertaking))|gave|took the floor|addressed|"
    r"opened the meeting|closed the session|invited|"
    # reporting verbs a press officer varies with (realprobe 30: "The Chairperson reminded
    # that ..." had stayed with the narrator)
    r"reminded|underscored|specified|queried|questioned|elaborated|argued|insisted|"
    r"announced|warned|cautioned|deplored|lamented|reaffirmed|"
    # a view put forward ("Several Experts contended that ...", "Some members were of the
    # view that ...")
    r"contended|suggested|proposed|(?:was|were) of the (?:view|opinion)|"
    # an election's motions in a record ("Mr. X nominated Ms. Y for the office of
    # Rapporteur", "Ms. Z supported the proposal", "seconded the nomination")
    # ("X, Chief of ..., extended a warm welcome to the new members")
    r"extended (?:a |an |his |her |their )?(?:warm |cordial |special |sincere )?(?:welcome|"
    r"greetings|congratulations|thanks|condolences)|"
    r"nominated(?=\s+(?:Mr|Ms|Mrs|Dr|Sir|M|Mme)\b)|(?:supported|seconded|endorsed) the "
    r"(?:proposal|nomination|candidature|candidacy)|"
    # ("Several Experts voiced concern over ...", "the delegation of Oman told the Committee
    # that ...", "speakers raised alarm over ...")
    r"voiced|told (?:the )?(?:Committee|Council|Experts|experts|members|Members|meeting|"
    r"session|press|journalists|delegates|participants|audience)\b|"
    # a closing's tributes ("In her concluding remarks, X, Committee Chairperson, paid
    # tribute to the members whose terms would end", "bade farewell to")
    r"paid (?:tribute|homage)|bade farewell|bid farewell|"
    # a request in the conditional, a doubt ("Ms. Racu would appreciate information on ...",
    # "had questions about ...", "could not understand why ...": probe m)
    r"would (?:also |further )?(?:appreciate|welcome|like|be grateful|be interested)|"
    r"had (?:some |several |a few |further |other )?(?:questions|concerns)|"
    r"(?:could|did) not understand"
)
#: Any regular past tense ("reminded", "updated", "provided a summary"), accepted as the
#: reporting verb only after strong evidence that a person is the subject: an honorific, or
#: a title in apposition ("NAME, Committee Chairperson, reminded that ...").  The list above
#: cannot name every verb a press officer uses.  Excluded: verbs that make someone the
#: object of a procedure rather than a speaker (people only elected or sworn in are not
#: participants), and participles that describe ("based in Geneva").
#: Reporting verbs after "had"/"has" ("had told the Committee", "Experts had asked"): only
#: verbs of speech, never those that also do ("had concluded agreements", "had made").
PERFECT_SPEECH_VERBS_EN = (
    r"said|told|asked|stated|explained|noted|indicated|informed|reported|stressed|"
    r"emphasized|emphasised|mentioned|pointed out|inquired|enquired|wondered|requested|"
    r"recalled|replied|responded|assured|underlined|highlighted|wished to know|wanted to know|"
    # the perfect of a translation from French ("Mrs. Diallo has thanked the delegation")
    r"thanked|questioned|commended|congratulated|expressed|raised|urged"
)
PAST_TENSE_EN = (
    r"\b(?!(?:elected|re-elected|appointed|nominated|based|born|sworn|succeeded|replaced|"
    r"joined|seated|accompanied|represented|assisted|supported|attended|"
    # presiding is no statement ("Sébastien Touzé, Vice-Chair, presided over the dialogue")
    r"presided|chaired)\b)(?!(?:resumed|returned to) (?:their |his |her )?(?:places|seats)\b)"
    r"[a-z]{3,}ed\b|"
    r"told|held|drew|set out|laid out|put forward|brought|took note"
)
#: Adverbs between a French auxiliary and its participle ("a d'emblée souligné").
FR_SPEECH_ADVERBS = (
    r"notamment|également|aussi|ensuite|en outre|par ailleurs|enfin|de nouveau|pour sa part|"
    r"pour leur part|quant à elle|quant à lui|de son côté|toutefois|cependant|néanmoins|donc|"
    r"en revanche|d['’]emblée|d['’]abord|tout d['’]abord|en premier lieu|par la suite|de plus|"
    r"surtout|encore|alors|de surcroît|dès lors|à son tour|de leur côté|d['’]autre part|"
    r"d['’]une part|en particulier|plus particulièrement|en conclusion|en réponse|"
    # what the words are about ("Plusieurs experts ont à cet égard estimé que ...")
    r"à cet égard|à ce sujet|sur ce point|en la matière|par conséquent"
)
#: The adverb between the auxiliary and the participle, also set off by commas ("Mme X a,
#: quant à elle, demandé si ...", probe G).
_FR_AUX_ADVERB = rf"(?: (?:{FR_SPEECH_ADVERBS}) |, (?:{FR_SPEECH_ADVERBS}), | )"
SPEECH_VERBS_FR = (
    rf"(?:a|ont){_FR_AUX_ADVERB}"
    r"(?:dit|déclaré|indiqué|demandé|souligné|relevé|salué|précisé|expliqué|rappelé|"
    r"fait observer|fait remarquer|fait valoir|affirmé|ajouté|estimé|noté|constaté|"
    r"regretté|recommandé|encouragé|remercié|félicité|présenté|assuré|jugé|insisté|"
    r"voulu savoir|souhaité savoir|désiré savoir|déploré|exprimé|répondu|mentionné|"
    r"évoqué|signalé|observé|attiré l['’]attention|fait état|conclu|invité|prié|"
    r"réitéré|répété|souhaité la bienvenue|repris|pris la parole|"
    # a debate of the members ("Plusieurs membres du Comité ont ensuite débattu du retard")
    r"débattu|discuté|échangé)|"
    # "M. X est revenu sur la question des enfants détenus : combien sont-ils ... ?"
    r"(?:est|sont) (?:(?:également|aussi|ensuite|enfin|par ailleurs) )?revenue?s? sur|"
    # "Mme X est intervenue pour demander si ..." (probe G)
    r"(?:est|sont) (?:(?:également|aussi|ensuite|enfin|de nouveau|à nouveau) )?intervenue?s? "
    r"pour|"
    r"s['’]est (?:(?:également|aussi|en outre|par ailleurs|pour sa part|quant à elle|quant à "
    r"lui|de son côté|toutefois|cependant|néanmoins|enfin|ensuite|notamment) )?"
    r"(?:enquise?|interrogée?|félicitée?|dite?|inquiétée?|déclarée?|réjouie?|intéressée?|"
    r"penchée?|attardée?|étonnée?|préoccupée?|demandée?)|"
    # the plural of collective speakers: "les experts se sont notamment enquis de ..."
    r"se sont (?:(?:également|aussi|en outre|par ailleurs|notamment|enfin|ensuite) )?"
    r"(?:enquis(?:es)?|interrogée?s|inquiétée?s|intéressée?s|félicitée?s|dite?s|déclarée?s|"
    # ("se sont demandé": the reflexive is the indirect object, the participle agrees not)
    r"penchée?s|attardée?s|étonnée?s|préoccupée?s|demandée?s?)|"
    r"se (?:dit|déclare|félicite|réjouit|demande) \w+|s['’]est (?:dite?|déclarée?) \w+|"
    r"dit|déclare|indique|demande|souligne|précise|explique|rappelle|ajoute|note|"
    r"constate|estime|affirme|remercie|félicite|souhaite savoir|voudrait savoir|"
    r"fait observer|répond|invite|se félicite|s['’]enquiert|salue|relève|regrette|"
    r"souhaite la bienvenue|"
    # more present and conditional forms of summary records ("M. X s'associe aux questions
    # de Mme Y", "Mme Z aimerait savoir ...")
    r"s['’]associe|souhaiterait|aimerait|désire|voudrait|s['’]interroge|s['’]inquiète|"
    r"s['’]étonne|partage|appuie|déplore|prend note|revient|fait siennes?|souscrit|"
    r"considère|pense|observe|insiste|propose|recommande|encourage|reconnaît|"
    # ("reprend la parole", not "reprend place à la table du Comité": the procedure)
    r"conclut|poursuit|annonce|informe|réitère|répète|reprend(?! place)|"
    # more verbs of the records' present (probe n: "M. Ould Ahmedou (Mauritanie) assure que
    # ...", "Mme X prie la délégation de ...")
    r"assure|signale|confirme|convient|évoque|juge|approuve|prie|croit comprendre|"
    r"sait gré|serait (?:reconnaissante?|heureuse?|curieuse?)|fait part|est préoccupée?|"
    r"exprime|tient (?:tout |aussi |également )?(?:d['’]abord )?à|donne lecture|présente|"
    r"fait une déclaration|pose la question|fait savoir|"
    r"donne (?:un|une) (?:bref |brève )?(?:aperçu|présentation|vue d['’]ensemble)|"
    r"(?:appelle|attire) l['’]attention|a le sentiment|"
    # more of the records' present, and the future a delegate announces his reply in ("Mme X
    # (Gabon) répondra tout d'abord aux questions ...", "M. Y (Cameroun) transmet au Comité
    # les salutations ...", "M. Z désirerait savoir ...", "M. W énumère les réformes ...")
    r"transmet|remarque|fait remarquer|admet|se joint|désirerait|veut savoir|s['’]intéresse|"
    r"aborde|passe à|formule|pose (?:deux|trois|plusieurs|quelques|une|des) questions?|"
    r"souhaite (?:des|obtenir|avoir|connaître|savoir)|apporte|fournit|communique|décrit|"
    r"cite|renvoie|énumère|rend compte|précisera|répondra|traitera|abordera|commencera|"
    r"évoquera|donnera|présentera|reviendra|parlera|"
    # ... and what a member urges, fears or doubts (helpers' French records: "Mme X engage
    # l'État partie à ...", "M. Y fait valoir que ...", "Le PRÉSIDENT adresse ses
    # félicitations ...", "M. Z n'est pas convaincu que ...")
    r"adresse (?:ses|des|tous ses) (?:félicitations|remerciements|condoléances|voeux|vœux)|"
    r"engage|exhorte|fait valoir|suggère|craint|doute|demeure préoccupée?|reste préoccupée?|"
    r"est d['’]avis|accueille (?:avec satisfaction|favorablement)|met l['’]accent|se réfère|"
    r"attend des (?:précisions|informations|éclaircissements)|trouve (?:préoccupant|regrettable|"
    r"inquiétant)|soulève|souligne|n['’]est pas (?:convaincue?|sûre?|certaine?)|"
    r"ne (?:comprend|voit|sait) pas"
)

#: French reporting verbs placed after what was said (", a dit un expert,", "a-t-il relevé").
POSTPOSED_FR = (
    # (and the verbs of asking after a question: "Quelles sanctions sont prévues ? a demandé
    # un expert, qui ...")
    r"a (?:(?:encore|aussi|également|ensuite|enfin) )?(?:dit|déclaré|indiqué|ajouté|relevé|"
    r"souligné|fait observer|poursuivi|précisé|rappelé|insisté|fait remarquer|demandé|"
    r"fait savoir|fait valoir|tenu à (?:souligner|rappeler|préciser|relever|dire)|"
    r"voulu savoir|souhaité savoir|observé|noté|estimé|regretté|déploré|reconnu)|"
    r"s['’]est (?:(?:encore|aussi|également|ensuite|enfin) )?(?:enquise?|interrogée?|"
    r"demandée?)|"
    r"a-t-(?:il|elle) (?:dit|ajouté|relevé|souligné|poursuivi|précisé|demandé)"
)
#: How a French speaker named after the verb may have spoken, between the two ("..., a
#: relevé avec inquiétude une experte", "a déploré avec force un membre du Comité").
POSTPOSED_MANNER_FR = (
    r"(?:avec (?:inquiétude|préoccupation|force|regret|satisfaction|intérêt|insistance)|"
    r"notamment|également|pour sa part|pour (?:sa|leur) part|de son côté|à son tour)"
)

#: Introductory phrases before a speaker at the start of a sentence, ending in a comma
#: ("In concluding remarks, Ms. Dzumhur thanked ...", "Summarizing the session, NAME, ...").
#: A bracket whose dots are inside words, as a document symbol's ("(A/HRC/WG.6/48/ECU/1)"):
#: no sentence end, so an opening clause or a title may hold it (probe w).
BRACKET_SYMBOL = r"\([^().;]*(?:\.[^().;\s][^().;]*)*\)"
#: An ordinal in a list of a report's numbers, after a comma.
LISTED_ORDINAL = (r"(?:initial|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                  r"eleventh|twelfth|[a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|"
                  r"eighth|ninth)|deuxième|troisième|quatrième|cinquième|sixième|septième|"
                  r"huitième|neuvième|dixième)")
#: Introductory phrases with no comma before the speaker: the speech a speaker is in ("In
#: his opening statement Mr. Salama briefed the Committee ..."), the part of the dialogue
#: before the experts ("In the ensuing discussion Committee Experts asked ...").
INTRO_NO_COMMA = (
    r"(?:In (?:his|her|their) (?:opening |closing |introductory |concluding )?(?:statement|"
    r"remarks|presentation)\s+(?=(?:Mr|Ms|Mrs|Dr)\.?\s))|"
    r"(?:(?:In|During) the (?:(?:ensuing|following|subsequent|interactive) )*(?:discussion|"
    r"dialogue|debate|exchange)\s+(?=(?:Committee )?(?:Experts|Members|experts|members)\b))|"
    # the presenting or concluding clause before a full name and its office ("Presenting the
    # report Nelson Cox, Director General of Justice, said ...", "In concluding remarks X, ...")
    r"(?:(?:Presenting|Introducing) (?:the|his|her|its) (?:(?:country['’]s|State['’]s|national|"
    r"[a-z]+ periodic|initial) )?reports?|In (?:his |her |their )?(?:concluding|closing|"
    r"opening) (?:remarks|statement))\s+(?=[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,4}\s*,)|"
    # a time of the day without its comma ("Also this morning the Secretary of the Committee
    # announced ...", "Earlier today the Chairperson said ...")
    r"(?:(?:Also|Earlier|Later) (?:this|that|in the)|This|That|In the) (?:morning|afternoon|"
    r"evening)\s+|Earlier today\s+"
)
INTRO_PHRASE = (
    rf"{INTRO_NO_COMMA}|"
    # articles or questions listed with commas: "On articles 15, 16 and 17, NAME, Committee
    # Expert, asked ..." (the other openers hold no comma before their last)
    r"(?:(?:On|Regarding|Concerning|Turning to|With regard to|As regards|Sur|S['’]agissant "
    r"des?|Concernant) (?:articles?|questions?|paragraphs?|les articles|l['’]article|les "
    r"questions) \d+(?:(?:,\s*|\s+(?:and|to|et|à)\s+)\d+)+[^,.;?!]{0,80},\s+|"
    # ("Under the Optional Protocol on the sale of children, Committee Experts noted ...",
    # "Within the framework of ...")
    # (an absolute clause: "L'année 2004 marquant le 25e anniversaire de ..., la Présidente")
    r"(?:(?:(?:L['’]|Le |La |Les |The )[a-zà-ÿ]+(?: \d{4})? [a-zà-ÿ]+(?:ant|ing)|"
    r"[A-Z][a-z]+ing|In|During|At|On|After|Before|Over|Under|Within|Amid|Amidst|Also|Moreover|Furthermore|Lastly|"
    r"Finally|Then|Next|Further|Following|Regarding|As for|With regard to|Turning to|"
    # a question put to the speaker first ("Queried on fees, the representatives said")
    r"Asked|Queried|Questioned|Pressed|"
    # ... and in French ("Priée de commenter ..., la délégation a déclaré", "Interrogé sur ce
    # point, M. X a indiqué", "Invitée à ...")
    r"Priée?s?|Interrogée?s?|Invitée?s?|Questionnée?s?|Sollicitée?s?|Pendant|Durant|"
    r"As to|As regards|Concerning|With respect to|In relation to|In terms of|"
    # any French present participle ("Ouvrant la session,", "Prenant la parole,")
    # (not the nouns in "-ant": "Représentant permanent d'Haïti, M. X a déclaré")
    # (a capital without its accent too: "A l'ouverture du dialogue, ...")
    r"En conclusion|Dans|Pour|À|A(?= l['’]| la )|Au|Aux|(?!Représentant\b|Commandant\b|Intendant\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ]+ant|S['’]agissant|Par ailleurs|"
    # "Après avoir salué la loi, M. X a demandé", "Se félicitant de ..., une experte a ..."
    r"Après|Avant|Se|S['’][a-zà-ÿ]+ant|"
    # any French phrase opening with "En" or "Par" ("En réponse,", "En matière de santé,",
    # "Par la suite,")
    r"En|Par|"
    r"En ce qui concerne|Concernant|Quant à|Au sujet|Pour ce qui est|Sur|"
    # (a weekday's comma before its date is inside the phrase: "At the first meeting with
    # the delegation on Tuesday, 25 April, NAME presented ...")
    r"Enfin|Ensuite|Au cours|Lors|En outre|De plus|"
    # "Throughout the dialogue, the delegation said ...", "Tout au long du dialogue, ..."
    r"Throughout|Tout au long|However|Likewise|Similarly|In addition|Meanwhile|Later|"
    # a concession first: "While welcoming the reforms, Committee Experts said ..."
    r"While|Whilst|Although|Though|Despite|Notwithstanding|Tout en|Bien que|Alors que|"
    r"Toutefois|Cependant|Néanmoins|De même|"
    # a time: "Ce matin, M. DELCOURT a remercié la délégation ...", "This morning, ..."
    r"Ce matin|Cet après-midi|Ce soir|Hier|Aujourd['’]hui|This morning|This afternoon|"
    rf"Yesterday|Today|Earlier)\b(?:{BRACKET_SYMBOL}|[^,.;?!]|"
    # the commas of a list of ordinals ("Introducing Laos's third, fourth and fifth
    # periodic reports, NAME, ...")
    rf",(?=\s+{LISTED_ORDINAL}\b)|"
    # ... and of a list brought in by "including" ("Despite severe floods, including the loss
    # of crops, the Deputy Minister, NAME, described ...")
    r",(?=\s+(?:including|notably|particularly|in particular|especially|such as|notamment|"
    r"y compris|en particulier)\b)|"
    # ... and an adverb set off by commas ("Tout en saluant, d'autre part, l'adoption de la
    # loi, un expert a regretté ...")
    r",\s*(?:d['’]autre part|par ailleurs|en outre|toutefois|cependant|however|moreover|"
    r"in addition|furthermore)\s*,|"
    # ... and of a list of nouns ended by "and" ("Under the Optional Protocol on the sale of
    # children, child prostitution and child pornography, Committee Experts noted ...")
    # (not an office set off by commas: ", la Ministre de la femme et de ..., Mme X, a")
    r",(?=\s+(?!(?:the|a|an|his|her|its|their|la|le|les|l['’]|un|une|son|sa|ses)\b)[a-z]"
    r"[^,.;?!]{1,50}\s(?:and|et)\s[^,.;?!]{1,50},)|"
    # ... and of a list of members who took part ("After an exchange of views in which Mr.
    # A, Ms. B and Mr. C took part, the Chair said ...")
    rf",(?=\s+(?:Mr|Ms|Mrs|Dr|M|Mme)\.?\s+[A-Z][^,.;?!]{{0,40}}(?:,|\s(?:and|et)\s))|"
    # ... and of the office of a head it names ("À l'ouverture du dialogue avec une
    # délégation conduite par Mme X, Ministre de la femme, un expert a salué ...")
    r",(?=\s+(?:Ministre|Minister|Vice-Ministre|Deputy Minister|Ambassad\w+|Secrétaire|Secretary|"
    r"Représentante? permanente?|Permanent Representative)\b)|"
    rf",(?=\s+\d{{1,2}}(?:er)?\s+"
    # (nor an honorific's dot: "Responding to Mr. Ferraris, the Minister ...", probe 364)
    r"[A-Za-zéû]+,)|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.|(?<=\bM)\.){0,180},\s+))"
)
#: A time adverb set off by commas after the introductory phrase ("À la séance de clôture,
#: aujourd'hui, la Présidente du Comité, Mme X, a rappelé ...").
TIME_ADVERB = (
    r"(?:aujourd['’]hui|today|yesterday|hier|this (?:morning|afternoon|evening)|"
    r"ce (?:matin|soir|midi)|cet après-midi|"
    # a clock time ("Dans sa déclaration de clôture, à 13 heures, le Président ...")
    r"(?:at|à) \d{1,2}(?:[.:h]\s?\d{2})?\s?(?:heures|h|a\.m\.|p\.m\.))"
)
#: Words before a speaker's name without a comma ("At the closing meeting this afternoon
#: Dilip Lahiri, Rapporteur of the Committee, presented ...").
LEAD_WORDS = (
    r"(?:[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){0,7}\s+"
    # ... but a name after a preposition is no speaker ("the search for Ernesto X, a student
    # who had disappeared")
    # ("The minimum wage in Metro Manila, at 610 pesos a day, covered ...": a place, probe C)
    r"(?!(?:for|of|about|on|to|with|by|against|from|regarding|concerning|into|in|at|among|"
    r"within|across|throughout|near|dans|en|à|au|aux|chez|de|du|des|pour|"
    # ... nor is a particle of the name itself ("Saeed bin Nasser Al-Kindi said")
    # ... nor after an article ("Under the Terrorism Law, a suspect could be detained")
    rf"sur|contre|par|the|a|an|{NAME_PARTICLE})\s)[a-z][\w'’-]*\s+)"
)
#: An office named before the person ("the Chairperson of the Committee, NAME, said").
OFFICE_BEFORE = (
    r"(?:(?:[Tt]he|THE|[Ii]ts|[Hh]is|[Hh]er|[Aa]nother|[Aa]n|[Aa]|[Ll]e|LE|[Ll]a|LA|[Ss]on|[Ss]a|"
    r"[Uu]n|[Uu]ne) [^,.;?!]{3,90}?"
    # ... whose portfolios are a list: "The Minister for the Promotion of Women, Children and
    # Family, Fatimetou Mint Khattri, presented ..." (a list ends with "and")
    r"(?:(?:, [A-Z][a-z]+)+,? and [A-Z][a-z]+(?: [A-Z][a-z]+)?)?"
    # an elided article: "L'experte de la France, Mme X, a salué ...", "L'Ambassadeur ..."
    r"|[Ll]['’][a-zà-ÿA-ZÀ-Ý][^,.;?!]{2,90}?"
    # a French office without article: "Corapporteuse pour l'examen du rapport, Mme X a ..."
    r"|(?:(?:Également|Aussi) )?(?:Co-?rapporteu(?:r|se)|Rapporteu(?:r|se)|Vice-Présidente?|"
    r"Présidente?|"
    # ... or a State's: "Représentant permanent d'Haïti, M. X a déclaré"
    r"Représentante?|Ministre|Vice-[Mm]inistre|Ambassad(?:eur|rice)|Secrétaire|Direct(?:eur|rice)|"
    r"Cheff?e?|Délégué(?:e)?)\b[^,.;?!]{0,90}?)"
)
#: An adverb between the title and the verb ("..., positively highlighted").
ADVERB = (r"(?:[a-z]+ly\s+|"
          # a phrase that says when in the dialogue: "X, Vice-Minister of Justice, at the
          # outset said", "in conclusion stressed", "in closing thanked"
          r"(?:at the outset|in conclusion|in closing|in response|in reply|in turn|first of all|"
          r"for (?:his|her|their) part)\s+)")
#: Generic past participle of French reported speech ("a qualifié", "a rappelé").  The
#: auxiliary is a word of its own: the last letter of a name is not one ("Ms. Medina
#: Quiroga was elected" is no "Quirog" who "a was").
FRENCH_PERFECT = (
    rf"\ba{_FR_AUX_ADVERB}(?!été\b)[a-zéèêîôû]+(?:é|i|u|t|s)e?s?\b"
)

#: Participial phrases between a speaker's title and the verb.
#: Participles after a speaker's name that open a clause, never an office ("replying to
#: questions raised by members of the Committee").
REPLYING = (r"(?:continuing|responding|replying|speaking|answering|summing up|répondant|"
            r"en réponse|poursuivant|reprenant)")
#: What a speaker did before speaking, in a clause after the name ("having thanked the
#: delegation", "après avoir félicité le Gouvernement pour ses efforts"): never an office.
PRIOR_ACTION = (r"(?:having|after (?:having |\w+ing\b)|while|welcoming|thanking|commending|"
                r"noting|après avoir|après s['’]être|ayant|tout en|remerciant|félicitant|"
                r"saluant|notant)")
#: How a law or a plan came to be, in a clause after its name ("The new Land Law, approved
#: in 1997, had raised the quota"): never a person's office ("Law" is also a surname).
ENACTED = (r"(?:approved|adopted|enacted|passed|amended|promulgated|ratified|revised|"
           r"entered into force|adoptée?s?|promulguée?s?|votée?s?|ratifiée?s?|modifiée?s?)")
#: The verbs that open a participial clause after a speaker's name, also one that refers
#: to another member's words ("following up on the question by Ms. Berg, asked").
PARTICIPIAL_HEAD = (
    r"(?:presenting|introducing|continuing|responding|replying|speaking|opening|closing|"
    r"concluding|summing up|answering|following up|following on|further to|referring|"
    # "Ms. MORALES (Secretary of the Committee), in response to a question by Mr. WANG, said"
    r"in response to|in reply to|"
    r"returning|echoing|taking up|building on|répondant|en réponse|présentant|poursuivant|"
    rf"reprenant|revenant|se référant|faisant suite|donnant suite|{PRIOR_ACTION}|"
    # more French participles of a record ("Mme X (Norvège), remerciant le Comité ..., dit",
    # "M. Y, ayant rappelé la ratification, dit")
    r"remerciant|saluant|soulignant|rappelant|notant|relevant|ayant\s+[a-zé]+é)"
)
#: An aside between a speaker's name and the verb that says when or how they spoke, never
#: what they are: "Mr. Delacroix, taking the floor again, said", "Sir Edmund Carrow, in a
#: follow-up question, noted", "Ms. Okafor, for her part, asked", "M. X, à son tour, a
#: demandé".  Read as a title, it had made an expert an outsider whose questions were
#: dropped (probe 374).  Only where a comma closes it: "also Vice-Chair" is an office.
ASIDE = (
    r"(?:(?:after |when )?taking the floor(?: (?:again|once (?:again|more)|a second time))?|"
    r"speaking (?:again|once (?:again|more)|a second time)|(?:once )?again|once more|"
    r"in (?:a|her|his|their|the) (?:brief |further )?follow-up(?: (?:question|remark|comment|"
    r"intervention|statement)s?)?|"
    r"in (?:a|the) (?:second|further|new|final|last|later) round(?: of (?:questions|the dialogue))?|"
    r"for (?:his|her|their|its) part|in (?:turn|addition|conclusion|closing)|also|too|likewise|"
    r"similarly|furthermore|moreover|further|finally|lastly|then|however|meanwhile|"
    r"later(?: (?:in|during) the (?:dialogue|meeting|discussion|day))?|"
    r"pour (?:sa|leur) part|de son côté|à son tour|quant à (?:lui|elle)|de nouveau|à nouveau|"
    r"également|en outre|par ailleurs|enfin|ensuite|reprenant la parole)"
)
PARTICIPIAL = (
    rf"(?:{PARTICIPIAL_HEAD}|{ASIDE}(?=\s*,)|in (?:his|her|their) (?:opening|closing|concluding) "
    # the dot of an honorific does not end the clause ("replying to Ms. Bensalem"), nor
    # one in brackets ("Présentant le rapport national (A/HRC/WG.6/48/ECU/1)", probe w)
    rf"(?:remarks|statement))(?:{BRACKET_SYMBOL}|[^,.;]|(?<=\bM[rs])\.|(?<=\bMrs)\.|"
    r"(?<=\bDr)\.){0,260}"
    # ... and a relative clause of its own ("remerciant le Comité d'examiner le rapport, qui
    # a été soumis avec un an de retard,")
    r"(?:,\s*(?:qui|which|who)\s[^,.;]{2,160})?"
    # ... or a second participle ("introducing his country's third periodic report, also
    # comprising its fourth (CAT/C/34/Add.18),", "replying to questions, referring to
    # article 28,")
    rf"(?:,\s*(?:also\s+)?[a-z]+ing\s(?:{BRACKET_SYMBOL}|[^,.;]){{2,200}})?"
)

#: A single anonymous committee member ("A Committee Expert", "Another Expert").
ANON_EXPERT_EN = (
    # (not the office a named speaker speaks in: "The Chair, speaking as a member of the
    # Committee, asked ...")
    r"(?<!\bas )(?<!\bleast )(?:An?|Another|One|One other|The same|Yet another|A further|an?|another|one|"
    r"[Aa] (?:second|third|fourth|fifth|sixth)|[Tt]he (?:second|third|fourth|last|other))"
    r" (?:(?:Committee|CEDAW|CRC|CERD|CAT|CED|CMW|CRPD|CESCR|(?:Country )?Task ?[Ff]orce|"
    r"Taskforce) )?(?:Expert|Member|member|expert)"
    # not a noun modified by the word: "An expert panel had recommended ..."
    # nor a member of something else: "households with a member with a disability", "a
    # member of the family"
    # ... nor a member doing something ("households had one member working abroad")
    r"(?! of (?!the (?:Committee|(?:Country )?Task ?[Ff]orce|Bureau|Working Group)\b))(?! with\b)"
    r"(?!(?<=member) [a-z]+ing\b)(?!\s+(?i:panel|group|committee|body|mission|review|opinion|report|"
    r"assessment|witness|team|meeting|consultation|evaluation|study|examination)s?\b)"
    r"(?: of the (?:Committee|(?:Country )?Task ?[Ff]orce|Taskforce))?"
    # a second office joined by "and": "A Committee Member and Country Taskforce member"
    r"(?: and (?:[A-Z][\w-]*\s){0,3}(?:member|Member|Rapporteur|rapporteur|Coordinator|"
    r"coordinator))?|"
    # a record's unnamed vice-chair ("The VICE-CHAIRMAN said that ..."), no name after
    r"(?:The|the) (?:VICE-CHAIRMAN|VICE-CHAIRPERSON|VICE-CHAIRWOMAN|VICE-CHAIR|Vice-Chairman|"
    r"Vice-Chairperson|Vice-Chairwoman)(?!,)(?! [A-Z])"
)
#: An anonymous member who is the one who spoke last ("The same Expert noted ...").
SAME_MEMBER = r"(?:[Tt]he|[Tt]his) same\b"
ANON_EXPERT_FR = (
    r"(?:Un|Une|un|une)(?: autre)? (?:(?:experte|expert)(?: membre)?(?: du [Cc]omité)?|"
    r"membre du [Cc]omité|rapporteur|rapporteuse|corapporteur|corapporteuse)|"
    # the Committee's own member after the verb: "Le Comité, a indiqué un de ses membres, ..."
    r"(?:l['’])?(?:un|une) de ses (?:membres|experts|expertes)|"
    # one of several: "L'un des quatre corapporteurs du Comité", "L'une des expertes", "Un
    # des experts"
    r"(?:(?:L['’]|l['’])(?:un|une)|Un|Une|un|une) des (?:(?:deux|trois|quatre|cinq|six) )?"
    r"(?:experts|expertes|corapporteurs|corapporteuses|rapporteurs|rapporteuses|membres du "
    r"[Cc]omité)(?: du [Cc]omité)?"
    # ... and what they were charged with ("chargés de l'examen de ce rapport")
    r"(?: (?:chargée?s? de|pour) l['’]examen (?:de ce|du) rapport)?|"
    # a member by nationality ("L'experte du Chili a fait remarquer", "l'expert de la
    # Pologne a estimé", "l'experte brésilienne a relevé")
    r"(?:L['’]|l['’])(?:experte|expert) (?:(?:du|de la|de l['’]|des|d['’]) ?[A-ZÀ-Ý][\w'’-]+|"
    r"[a-zà-ÿ]+(?:ienne|ien|aise|ais|aine|ain|oise|ois|ande|and|ole|ine|que|ne|se))"
)
#: One of several members in English: "One of the two Country Rapporteurs asked".
ANON_ONE_OF = (
    r"(?:One|one) of the (?:(?:two|three|four|five|six|\d+) )?(?:Committee )?(?:Country )?"
    r"(?:Rapporteurs|Co-Rapporteurs|Experts|experts|Members|members|task force members)"
    r"(?: of the Committee)?"
)
#: Collective committee speakers: an anonymous participant without a mention.
COLLECTIVE_EXPERTS = (
    # (in lower case after an opening phrase: "In general, the members of the Committee")
    # ("other" after a quantifier too: "Several other Experts", "Two other Committee
    # Experts", "Another two Experts")
    r"(?:(?:(?:[Ss]everal|[Mm]any|[Ss]ome|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Aa] number of|[Mm]ost|"
    r"[Vv]arious|[Nn]umerous|[Aa] few)(?: other)?|[Oo]ther|[Aa]nother (?:two|three|four)) )?"
    r"(?:Committee )?(?:Experts|Members|members|experts)(?: of the Committee)?|"
    # the Committee's own by office: "The Committee's Country Rapporteurs commended ..."
    r"(?:The|the) Committee['’]s (?:(?:Country|two|three) )?(?:Rapporteurs|Co-Rapporteurs|"
    r"Experts|members)|(?:The|the) (?:two|three) (?:Country )?(?:Co-)?Rapporteurs|"
    # some of all the members: "Many of the 23 expert members of the Committee noted"
    r"(?:Many|Several|Some|Most|A number|All) of the (?:\d+ |[a-z]+(?:-[a-z]+)? )?(?:expert )?"
    r"(?:members|experts|Experts|Members)(?: of the Committee)?|"
    # (the feminine too, of a committee of women: "Les expertes ont soulevé ...", probe 334)
    r"(?:Des|D['’]autres|Certains|Certaines|Plusieurs|des|d['’]autres|certains|certaines|plusieurs) "
    r"(?:autres )?(?:membres du Comité|(?:experts|expertes)(?: membres du Comité)?)|"
    r"[Ll]es (?:autres )?(?:experts|expertes|membres)(?: du (?:Comité|[A-Z]{3,6}))?|"
    # many of them: "De nombreux experts ont salué ...", "Nombre d'experts se sont demandé"
    r"(?:[Dd]e nombreux|[Nn]ombre d['’]|[Bb]eaucoup d['’]|[Ll]a plupart des) ?(?:experts|"
    r"expertes|membres du Comité)"
)
#: The experts' questions as the subject of a summary ("Questions raised by Committee Experts
#: concerned ...", "Issues raised by the members of the Committee included ..."): the
#: experts speak together.
EXPERTS_QUESTIONS = (
    r"(?:Questions|Issues|Concerns|Comments)(?: and (?:comments|concerns|questions|issues))? "
    r"(?:raised|put|asked|posed) by (?:the )?(?:Committee )?(?:Experts|Members|members)"
    # (and when: "Questions and issues raised by Experts during the discussion included")
    r"(?: of the Committee)?(?:\s+(?:during|in) (?:the )?(?:discussion|dialogue|debate|"
    r"meeting)[^,.;]{0,40}?)?\s+(?:concerned|included|focused|related|covered|dealt|touched|"
    r"ranged|addressed|centred|centered|revolved)\b|"
    # "Among the issues raised by the Committee Experts were questions regarding ..."
    # (or without "the": "Among questions asked by the Experts were how ...")
    r"Among (?:the )?(?:issues|questions|topics|concerns|subjects) (?:raised|put|posed|asked) by (?:the )?"
    r"(?:Committee )?(?:Experts|Members|members)(?: of the Committee)? (?:were|was)\b|"
    # ... and by the possessive: "Experts' comments focused on ..."
    r"(?:Committee )?(?:Experts|Members)['’] (?:questions|comments|concerns|observations|"
    r"remarks)(?: and (?:comments|concerns|questions|observations))? (?:concerned|included|"
    r"focused|related|covered|dealt|touched|ranged|addressed|centred|centered|revolved)\b"
)
#: States speaking together in a Council debate or an informal meeting with States ("Some
#: speakers welcomed ...", "delegations asked ..."): one anonymous State-side participant.
COLLECTIVE_STATES = (
    r"(?:(?:(?:[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Mm]ost|A number of|a number of|[Tt]he)\s+)?"
    r"(?:[Ss]peakers|[Dd]elegations|[Dd]elegates)(?:,\s*thus,)?(?:\s+also)?|"
    # States in an informal meeting: "States, meanwhile, made statements on ..." (not
    # "States parties", which no verb follows)
    r"(?:(?:[Mm]ember|[Ss]everal|[Mm]any|[Ss]ome|[Oo]ther|[Mm]ost|A number of|a number of|"
    r"[Tt]he)\s+)?States(?:\s+parties)?(?:,\s*(?:meanwhile|for their part|in turn|in addition|however),)?"
    r"(?:\s+also)?|"
    # ... or one of them: "One State sought the views of the Committee on ..."
    r"(?:One|Another|one|another)\s+(?:Member\s+)?(?:State|speaker|delegation|delegate)|"
    # ... in French: "De nombreuses délégations ont salué ...", "De nombreux intervenants
    # ont souligné ...", "Un intervenant a estimé ...", "Un groupe d'États a constaté ..."
    r"(?:[Dd]e nombreuses|[Pp]lusieurs|[Cc]ertaines|[Dd]['’]autres|[Ll]es)\s+"
    r"(?:délégations|intervenants|intervenantes|orateurs)|"
    r"(?:[Dd]e nombreux|[Cc]ertains)\s+(?:intervenants|orateurs)|"
    r"(?:Un|Une)(?:\s+autre)?\s+(?:intervenant|intervenante|orateur|oratrice)|"
    r"(?:Un|Le)\s+groupe\s+d['’]États)"
)
#: The perfect of French reported speech in the plural ("ont salué", "ont également
#: demandé"), said by States together.
FRENCH_PERFECT_PLURAL = (
    r"\bont (?:(?:notamment|également|aussi|ensuite|enfin|par ailleurs) )?(?!été\b)"
    r"[a-zéèêîôû]+(?:é|i|u|t|s)e?s?\b"
)
#: A State that takes the floor in a Council dialogue on its own situation ("Syria, speaking
#: as a country concerned, said ...").
COUNTRY_CONCERNED = (
    r"[A-Z][^,.;]{1,60}?,\s+speaking as (?:a|the) (?:(?:country|State) concerned|concerned "
    r"(?:country|State)),"
)
#: ... or says only that it spoke ("Myanmar spoke as a concerned country.").
COUNTRY_SPOKE = (
    r"[A-Z][^,.;]{1,60}?\s+spoke as (?:a|the) (?:(?:country|State) concerned|concerned "
    r"(?:country|State))"
)
#: What a list of States does when they speak in a meeting ("Chile, Norway and Japan
#: addressed the Committee").
STATES_LIST_VERBS = (
    r"took the floor|addressed the|participated in|made statements|delivered statements|"
    r"spoke|intervened|prirent la parole|ont pris la parole"
)
#: The delegation as a collective speaker.
DELEGATION_EN = (
    # (not a State's body of that name: "the Interministerial Delegation for Human Rights")
    # (a State's own, by its name: "Tonga's delegation said"; or one of them: "A Government
    # delegation of Chad said")
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|A|[A-Z][a-z]+['’]s) "
    r"(?:(?!Inter-?[Mm]inisterial )(?:[a-z][\w-]+|[A-Z][a-z]+) )?"
    r"(?:delegation|Delegation(?! for\b))"
    r"(?: (?:of|from) (?:the )?[A-Z][\w'’-]*(?: (?:and |of |the )?[A-Z][\w'’-]*){0,5})?"
)
#: (the State's adjective in any of its forms: "sénégalaise", "belge", "malgache",
#: "allemande", "burkinabè", "française", "haïtienne", "espagnole", "argentine", "turque")
DELEGATION_FR = (r"(?:[Ll]a|[Ss]a) délégation(?: (?:du|de la|de l['’]|des|de) [A-Z][\w'’-]*| "
                 r"[a-zà-ÿ]+(?:ne|se|ien|ienne|ais|aise|ain|aine|que|ge|che|he|ande|bè|oise|ole|"
                 r"ine))?")
#: An unnamed State representative ("A representative of Kazakhstan", "... of the Republic of
#: Moldova").
#: Head words of organisations that are no State ("a representative of the International
#: Disability Alliance").
ORGANISATION = (
    r"(?:Alliance|Association|Network|Coalition|Foundation|Watch|Institute|Centre|Center|"
    r"Organization|Organisation|Movement|Society|League|Forum|Union|Commission|Council|"
    r"Committee|Office|Programme|Fund|Agency|Ombudsman|Ombudsperson|Defender|NGO|UNICEF|"
    r"UNHCR|OHCHR|WHO|ILO|IOM|Secretariat|"
    # more agencies, and any body "of the United Nations ..." ("a representative of the
    # United Nations Educational, Scientific and Cultural Organization (UNESCO)")
    r"UNESCO|UNFPA|UNDP|UNAIDS|UNODC|UNRWA|FAO|WFP|OSCE|OECD|ICRC|United Nations|"
    # the Committee's own country task force ("A member of the Task Force asked", probe a)
    r"Task ?[Ff]orce|Taskforce)"
)
#: The first word of a French organisation's name ("la Fédération internationale des ligues
#: des droits de l'homme", "Amnesty International").
_ORGANISATION_FR = (r"Fédération|Ligue|Association|Organisation|Coalition|Collectif|"
                    r"Observatoire|Réseau|Mouvement|Amnesty|Fondation")
#: The last word of an organisation's name: a head word, or "International" ending the name
#: ("Amnesty International", "Plan International"; not "the Ministry of International
#: Cooperation").
ORGANISATION_END = rf"(?:{ORGANISATION}\b|International\b(?! [A-Z])|Amnesty\b)"
#: First words of a State's own council, commission or agency ("the National Council for
#: Persons with Disabilities", "the Inter-Agency Council Against Trafficking"): its
#: representative is a delegate.
_STATE_BODY = (r"(?:National|Inter-?[Aa]gency|Inter-?[Mm]inisterial|Presidential|Federal|"
               r"Governmental|Government|State|Investigative|Judicial|Parliamentary|"
               r"Constitutional|Statistical|Electoral|Central|Supreme|Anti-?[Cc]orruption)\b|"
               # a State's committee named by its field ("the Committee of the Penal
               # Correction System", "the Committee for National Security"); not one of
               # Experts, of Ministers or for the Prevention of Torture, which are no State's
               r"Committee (?:of|for) (?:the )?(?!Experts\b|Ministers\b|Prevention\b|Red Cross\b)"
               r"[A-Z]")
#: Head words that make a name a non-governmental organisation's, even when it opens like a
#: State's body ("National Network of Women Lawyers", "National Youth Organization").
_NGO_HEAD = r"(?:Alliance|Association|Network|Coalition|Foundation|Watch|Movement|Society|League|Organi[sz]ation)"
#: ... the whole name, up to that head word.
_NGO_NAME = rf"(?:[A-Z][\w'’-]* (?:(?:of|and|the|for|on|in) )*){{0,6}}{_NGO_HEAD}\b"
#: French verbs of speech in the present of the summary records ("Mme X (Tunisie) dit que").
_FR_PRESENT_SPEECH = (r"dit|déclare|indique|précise|explique|ajoute|répond|souligne|rappelle|"
                      r"affirme|signale|fait observer|fait valoir")

#: An organisation's unnamed representative ("A representative of Amnesty International
#: said", "Une représentante de la Fédération internationale des ligues des droits de
#: l'homme a déclaré"): no delegate, one anonymous participant of side other (gold README).
ANON_ORGANISATION = (
    # the Committee's secretariat: "A secretariat representative reported that ..."
    r"(?:An?|The|Another) (?:[Ss]ecretariat|OHCHR) (?:representative|staff member)|"
    # civil society together: "Representatives of non-governmental organizations made
    # statements on ...", "Several NGO representatives said ..."
    r"(?:(?:The|Several|Some|Many|Other) )?(?:[Rr]epresentatives|[Mm]embers) of (?:several |"
    r"various |some |national )?(?:non-governmental organi[sz]ations|NGOs|civil society"
    r"(?: organi[sz]ations)?)|(?:Several|Some|Many|Other) (?:NGO|civil society) "
    r"representatives|"
    # ... or the organisations themselves ("Non-governmental organizations speaking in the
    # meeting addressed ...", "Des organisations non gouvernementales ont pris la parole")
    # (taking the floor themselves, not reported by a member: "Non-governmental
    # organizations reported that ..." in an Expert's question is the Expert's)
    r"(?:(?:Several|Some|Many|Other|The) )?(?:[Nn]on-governmental organi[sz]ations|NGOs|[Cc]ivil "
    r"society organi[sz]ations)(?: (?:speaking|taking the floor|participating|present)\b"
    r"[^,.;]{0,60}?| from [A-Z][^,.;]{0,40}?)?(?=\s+(?:also\s+)?(?:spoke|addressed|raised|took the "
    r"floor|made statements|highlighted|drew attention|expressed|stressed)\b)|(?:Des|Les|Plusieurs|"
    r"Certaines|D['’]autres) (?:organisations non gouvernementales|ONG)(?=\s+(?:ont|se sont|sont)\s+"
    r"(?:(?:également|aussi|ensuite|notamment)\s+)?(?:pris la parole|exprimées|intervenues|soulevé|"
    r"abordé|évoqué|attiré))|"
    # (in lower case after an opening phrase: "During the debate, a representative of ...")
    r"(?:(?:[Aa]n?|[Aa]nother|One|The) (?:representative|member|speaker)|(?:Un|Une|Le|La) "
    r"(?:représentante?|membre|autre représentante?)) (?:of|from|for|de|du|des|d['’]) ?"
    r"(?:the |la |l['’])?"
    rf"(?!(?!{_NGO_NAME})(?:{_STATE_BODY}))(?:[A-ZÀ-Ý][\w'’-]* (?:(?:of|and|the|for|on|in|against|de|des|du|"
    rf"la|pour|et|contre) )*){{0,6}}(?:{ORGANISATION_END}|(?:{_ORGANISATION_FR})\b)"
)
#: The last word of a non-governmental organisation's name, which may open a sentence as
#: its speaker (not "Committee", "Council" or "Office": bodies the narrator speaks of; and
#: "International" only after a name: "International experts noted" are the members).
NGO_END = (r"(?:(?<=[\w'’-] )International\b|Amnesty\b|Watch\b|Alliance\b|Association\b|"
            r"Network\b|Coalition\b|Foundation\b|Federation\b|League\b|Society\b|Movement\b|"
            r"Fédération\b|Ligue\b)")
#: Organisations of States, which speak as States do ("the European Union").
STATE_GROUPS = (r"(?:the )?(?:European Union|African Union|Organi[sz]ation of Islamic Cooperation|"
                r"League of Arab States|Group of [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")
ANON_STATE = (
    # the State's people together, by its adjective or the Government ("Paluran officials
    # said", "Government representatives replied"), or "the representatives" of a review
    r"(?:(?:[Tt]he )?(?:Government|[A-Z][a-z]+(?:an|ese|ish|i))|[Tt]he) "
    r"(?:officials|representatives)(?! of\b)|"
    # "A representative of Kazakhstan", "..., a representative of the Ministry of the Interior"
    # (and several: "Members of the Chadian delegation said ...")
    r"(?:(?:The|the) )?(?:[Mm]embers|[Rr]epresentatives) of (?:the|his|her|its) "
    r"(?:[a-z][\w-]+ |[A-Z][a-z]+ )?delegation|"
    r"(?:(?:An?|an?|Another|another|One|The|the) (?:representative|member|delegate|speaker)|"
    # (a State's representative capitalised: "The Representative of Haiti at the United
    # Nations declared", its post after the State below)
    r"(?:The|the) Representative(?= of [A-Z])|"
    r"(?:The|the) representatives) of "
    # ... with the body they come from: "A member of the delegation from the Ministry of
    # Justice said" (probe j)
    rf"(?:the delegation(?: from (?:the )?[A-Z][\w'’-]*(?: (?:(?:of|and|the|for|on) )*"
    rf"[A-Z][\w'’-]*){{0,5}})?|{STATE_GROUPS}|"
    # the offices of a State's prosecutors ("the Prosecutor General's Office")
    r"(?:the )?(?:(?:Public|State|General) )?(?:Prosecutor|Attorney)[ -]General['’]s Office|"
    r"(?:the )?(?:Public |State )?Prosecutor['’]s Office|"
    r"(?:the )?Office of the (?:Public |State )?(?:Prosecutor|Attorney)(?:[ -]General)?|"
    rf"(?!(?:the )?(?!{_STATE_BODY})(?:[A-Z][\w'’-]* (?:(?:of|and|the|for|on) )*){{0,5}}"
    rf"{ORGANISATION_END})(?!(?:the )?{_NGO_NAME})"
    r"(?:the )?[A-Z][\w'’-]*(?: (?:(?:of|and|the|for|in|on) )*[A-Z][\w'’-]*){0,5}"
    # a ministry listing its portfolios with commas ("the Ministry of Home Affairs, Justice
    # and Law")
    r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})*(?: and (?:the )?[A-Z][\w'’-]*"
    r"(?: (?:(?:of|and|the|for|in|on) )*[A-Z][\w'’-]*){0,3})?"
    # ... and the State's post at the Organization: "of Haiti at the United Nations"
    r"(?: (?:at|to) the United Nations(?: Office)?(?: (?:at|in) (?:Geneva|New York))?)?)|"
    # "Une représentante du Ministère du travail a indiqué": the body, each word after its
    # preposition, up to the verb
    # "A delegate said", "Another delegate added": a member of the delegation; so is "A
    # delegation representative said" (the meeting summaries of 2022-2025)
    # ... and from a ministry: "A delegate from the Ministry of Health said" (probe a)
    # (by the State's adjective: "An Uzbek delegate said", probe z)
    r"(?:An?|an?|Another|another|One) (?:[A-Z][\w'’-]+ )?delegate(?: (?:from|of) (?:the )?"
    r"[A-Z][\w'’-]*(?: (?:(?:of|and|the|for|on) )*[A-Z][\w'’-]*){0,5})?|"
    r"(?:An?|Another|One) (?:speaker|member|representative) from the delegation|"
    # a bare "A representative said" in a review: a member of the delegation (probe a)
    r"(?:An?|Another|One) (?:[Gg]overnment )?representative(?= (?:also |further )?(?:said|"
    r"added|explained|noted|stated|replied|responded|indicated|told|confirmed|stressed|"
    r"clarified|specified|acknowledged|recalled|underlined|emphasi[sz]ed)\b)|"
    # a State's own representative by the possessive: "Cuba's representative wanted to
    # know", "South Africa's delegate asked"
    r"(?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}['’]s (?:representative|delegate|delegation)|"
    r"(?:An?|Another|One) (?:delegation|State party) (?:representative|member|official|"
    r"speaker)|"
    # (lower case after an opening phrase or after the verb: "S'agissant de l'emploi, une
    # représentante du Ministère ... a reconnu", "..., a reconnu une représentante du
    # Ministère de la fonction publique.")
    # (another one, and a body in lower case: "Une autre représentante du parquet a
    # précisé", "Un membre de la délégation a indiqué", probe x)
    # (not of an organisation: "Une représentante de la Fédération internationale des
    # ligues des droits de l'homme", see ANON_ORGANISATION)
    r"(?:Un|Une|un|une) (?:autre )?(?!représentante? (?:du|de la|de l['’]|des|d['’]) ?"
    rf"(?:{_ORGANISATION_FR})\b)(?:(?:représentant|représentante)(?: (?:du|de la|de l['’]|"
    r"des|d['’])\s?(?:[A-ZÀ-Ý]|(?:délégation|parquet|ministère|gouvernement|police|"
    r"gendarmerie|bureau|service|direction|administration)\b)"
    r"[\w'’-]*(?:,? (?:(?:et )?(?:du|de la|de l['’]|des|d['’]|de))?\s?[\w'’-]+){0,12}?"
    # (or the present of the summary records: "Une représentante de la Tunisie dit que",
    # probe 336)
    rf"(?= (?:a|ont|{_FR_PRESENT_SPEECH})\s|\s*[.;](?:\s|$)|\s*$))?|membre de la délégation)|"
    # ... and with the definite article, a ministry named: "Le représentant du Ministère de
    # la sécurité publique a expliqué"
    r"(?:Le|La|le|la) (?:représentant|représentante) (?:du|de la|de l['’]) ?Minist[èe]re\b"
    r"(?: (?:(?:et )?(?:du|de la|de l['’]|des|d['’]|de))?\s?[\w'’-]+){0,9}?(?= (?:a|ont)\s)|"
    # "An official of the Ministry of Health said": an unnamed member of a State body
    r"(?:An?|Another|One) (?:official|officer|adviser|advisor) (?:of|from) (?:the )?"
    r"(?!Committee\b|Secretariat\b|United Nations\b|Office of the High)"
    r"[A-Z][\w'’-]*(?: (?:of |and |the |for )*[A-Z][\w'’-]*){0,5}"
)
#: A member of the delegation referred to by office ("the Minister said", "Responding, the
#: Deputy Minister of Justice said", "La Ministre de la justice a dit"): the participant
#: who holds it (resolved by the turns stage).
OFFICE = (
    # an expert named by country in releases of New York ("The expert from Brazil, ...")
    r"(?:The|the|An|an) [Ee]xpert (?:from|of) (?:the )?[A-Z][\w'’-]*(?: (?:and |of |the )?[A-Z][\w'’-]*){0,4}|"
    r"(?:The|the) [Hh]ead of (?:the )?[Dd]elegation|(?:Le|La|le|la) (?:chef|cheffe) de (?:la )?"
    r"délégation|"
    # a Committee member referred to by the office named with them before ("ANA LOPEZ,
    # Committee Expert and Country Rapporteur, ...", then "The Country Rapporteur asked")
    r"(?:The|the) (?:Country |Committee )?(?:Co-?)?[Rr]apporteur(?! [A-Z])(?! on\b)(?!s\b)|"
    # ... by "the Expert" alone ("The Expert asked whether ...", "L'experte a demandé si"):
    # the member last named an expert, else an unnamed one (not another body: "the expert
    # mechanism", "the Expert Mechanism on ...")
    r"(?:The|the) (?:Committee )?Expert(?!s\b)(?! (?:[A-Z]|from\b|of\b|on\b|group|mechanism|"
    r"body|panel|meeting|witness|member))|[Ll]['’]experte?(?!s\b)(?! (?:indépendante?|de\b|du\b|"
    r"des\b|[A-Z]))|"
    # ... or by a demonstrative ("..., a souligné cette experte, qui a demandé ...", "a ajouté
    # ce membre du Comité")
    r"[Cc]et expert(?!s\b)|[Cc]ette experte(?!s\b)|[Cc]e membre du [Cc]omité|"
    # a member of the delegation by that word alone ("Responding to questions, the
    # representative said"): the one whose title holds it, else the delegation
    r"(?:The|the) [Rr]epresentative(?! of\b)(?!s\b)(?! [A-Z])|"
    # ... and in French: "Le représentant a répondu que ..." (a body after it is ANON_STATE's)
    r"(?:Le|La|le|la) [Rr]eprésentante?(?! (?:du|de|des|d['’]|permanente?)\b)(?! [A-Z])|"
    r"(?:Le|La|le|la) (?:[Cc]o-?)?[Rr]apporteu(?:r|se)(?: pour (?:le pays|l['’]\w+|la \w+))?|"
    r"(?:The|the|[Ii]ts|[Hh]er|[Hh]is|[Tt]heir) (?:(?:Deputy|Vice|Assistant|First|Acting)[ -])?"
    r"(?:Prime Minister|Minister|"
    r"Ambassador|Permanent Representative|Secretary of State|State Secretary|"
    r"Attorney[ -]General|Solicitor[ -]General|Prosecutor[ -]General|"
    # heads of a State body: "The Director-General of the National Police said ..."
    r"Director[ -]General|Director|Permanent Secretary|Chief of Police|Inspector[ -]General|"
    # a ministry's, not the United Nations' ("The Secretary-General of the Ministry of Justice")
    r"Secretary[ -]General(?= of (?:the )?Ministry))"
    r"(?: (?:of|for) (?:the )?[A-Z][\w'’-]*(?: (?:and |of |the |for |on )*[A-Z][\w'’-]*){0,6})?|"
    r"(?:Le|La|le|la) (?:[Vv]ice-[Mm]inistre|[Mm]inistre|Ambassadeur|Ambassadrice|"
    r"Représentante? permanente?|Secrétaire d['’]État|Directeur|Directrice|"
    r"Procureure? général(?:e)?)"
    # the complement, longer links first ("de la promotion de la femme", "de l'emploi et de
    # la formation professionnelle"): a shorter one would stop before a noun
    r"(?: (?:chargée? (?:de la |de l['’]|des |du |de )|de la |de l['’]|des |du |d['’]|de |"
    r"les )[\w'’-]+"
    # (a long one lists its fields with commas: "de l'éducation nationale, de
    # l'alphabétisation et de la promotion des langues nationales")
    r"(?:,? (?:et de la |et de l['’]|et des |et du |et de |et |de la |de l['’]|des |du |de |d['’])"
    # (an adjective after the field, not a summary record's verb: "Le Ministre de la justice
    # dit que 64 plaintes ont été ...", probe D)
    r"[\w'’-]+| (?!(?:" + _FR_PRESENT_SPEECH + r"|demande|que|qu)\b)[a-zà-ÿ][\w'’-]*"
    r"(?=(?: [\w'’-]+){0,3} (?:a|ont|avait)\b| et |,)){0,8})?"
)
#: An office-holder outside the Committee and the State referred to by office alone ("The
#: High Commissioner said ...", "heard the High Commissioner for Human Rights present ...",
#: "The Vice-President of the Council informed ..."); a name after the office names them.
OUTSIDE_OFFICE = (
    r"(?:The|the) (?:(?:United Nations|UN) )?(?:Deputy )?High Commissioner(?: for Human Rights)?"
    r"(?! [A-Z])|"
    r"(?:The|the) (?:Special Rapporteur|Independent Expert)(?! [A-Z])(?! on\b)|"
    r"(?:The|the) (?:Vice-)?President of the (?:Human Rights )?Council(?! [A-Z])|"
    # ... in French: "Le Président du Conseil des droits de l'homme a rappelé ..."
    r"(?:Le|La|le|la) (?:Vice-)?Présidente? du Conseil(?: des droits de l['’]homme)?(?! [A-Z])|"
    # ... by the office alone after it is named in full (the participants stage joins the
    # two forms; with no full form, a bare "Vice-President" may be a delegate's office)
    r"(?:The|the) Vice-President(?! of\b)(?! [A-Z])|"
    r"(?:The|the) Chair(?:person)? of the Subcommittee on (?:the )?Prevention of Torture|"
    # the Committee's secretary, of the United Nations staff
    r"(?:The|the) Secretary of the Committee|"
    # ... and the Secretary-General's envoy to a session ("The Representative of the
    # Secretary-General said the Committee ...", "Le représentant du Secrétaire général")
    r"(?:The|the) Representative of the Secretary-General|(?:Le|La|le|la) représentante? du "
    r"Secrétaire général"
)
#: The chair referred to by office.
CHAIR = (
    # ("The Committee Chairperson asked", "the Committee's Chair": the same office, probe 341)
    # (or one acting for the chair: "The ACTING CHAIRMAN said", "The CO-CHAIRPERSON
    # (Committee against Torture) said", of a joint meeting)
    # (the article in capitals too in older records: "THE CHAIRPERSON declared open ...")
    r"(?:The|the|THE) (?:Committee['’]?s? )?(?:Chair|Chairperson|Chairman|Chairwoman|CHAIRPERSON|"
    r"CHAIRMAN|CHAIR|Acting Chair|Acting Chairperson|Acting Chairman|ACTING CHAIRPERSON|"
    r"ACTING CHAIRMAN|ACTING CHAIR|Co-Chair|Co-Chairperson|Co-Chairman|CO-CHAIRPERSON|"
    r"CO-CHAIRMAN|CO-CHAIR|President|PRESIDENT)(?: of the Committee)?|"
    # (in lower case after an opening phrase: "Dans ses remarques de clôture, le Président")
    # (the capitals of the 1990s records lost their accent: "La PRESIDENTE invite ...")
    # (in lower case where a record's paragraph opens with it: "4.Le président invite ...")
    r"(?:(?<=\d\.)|(?<=\d\. ))(?:Le président|La présidente)(?! de la République)|"
    r"(?:[Ll]e|[Ll]a|LE|LA) (?:Président|Présidente|PRÉSIDENT|PRÉSIDENTE|PRESIDENT|PRESIDENTE)"
    # (not the Council's: "Le Président du Conseil des droits de l'homme", OUTSIDE_OFFICE)
    r"(?! du Conseil)(?: du Comité| DU COMITÉ)?"
)

#: Sentences in the narrator's voice that open a narrator turn.
NARRATOR_OPENERS = (
    # the topics a dialogue covered, in the passive ("In the course of the discussion, which
    # was held over two meetings, issues concerning the Ombudsman ... were raised")
    r"(?:(?:In|During) the (?:course of the )?(?:discussion|dialogue|debate)[^.;]{0,120}?,\s+)?"
    r"(?:[Ii]ssues|[Qq]uestions|[Tt]opics|[Cc]oncerns|[Mm]atters) (?:concerning|regarding|"
    r"relating to|related to|about|on)\b[^.;]{0,250}? (?:were|was) (?:also )?raised\b",
    # what a meeting's discussions covered ("In the meeting with States parties, discussions
    # addressed efforts to ...")
    # (or by the part of the day: "Discussion this morning also focused on ...")
    r"(?:(?:In|During|At) the [^,.;]{0,160},\s+)?(?:[Tt]he\s+)?(?:[Dd]iscussions?|[Ee]xchanges?|"
    r"[Dd]ebates?)(?: (?:this|that) (?:morning|afternoon))? (?:also )?(?:addressed|focused|"
    r"covered|centred|centered|touched|concerned|included|revolved)\b",
    r"(?:The|the) Committee (?:on|for|against) [A-Z][^.]{0,200}? (?:today|this (?:morning|afternoon)|"
    r"yesterday|concluded|began|opened|closed|adopted|considered|heard|will|held|started|"
    r"reviewed|examined)",
    # the list of speakers of a debate: "Speaking in the discussion were ...", "Also
    # speaking were ..."
    r"(?:Speaking|Also speaking|Taking the floor|Also taking the floor|(?:Also )?(?:providing|"
    r"making|delivering) [^,.;:]{0,40}?statements|(?:Also )?(?:participating|taking part))"
    # (and what the debate was on: "Speaking in the discussion on the Universal Periodic
    # Review outcome of Peru were ...", "Speaking on Fiji were ...")
    r"(?: in the (?:discussion|debate|dialogue|interactive dialogue))?(?: on [^,.;:]{2,120}?)?"
    r" were\b",
    # an outcome the Council adopted, in the passive ("The outcome of the Universal Periodic
    # Review of Peru was adopted.")
    r"(?:The|the) (?:final )?outcomes? of the (?:Universal Periodic Review|review) of "
    r"[^.;:]{2,120}? (?:was|were) (?:then )?adopted\b",
    r"(?:The|the) (?:Third |Fifth |Sixth )?Committee (?:will|has before it|had before it|today|this morning|this "
    r"afternoon|concluded|began|opened|closed|adopted|is (?:a body|composed|scheduled|holding|"
    r"meeting)|"
    r"then|next|"
    # what it did in the session a closing release sums up ("The Committee also met with
    # the Subcommittee ...", "The Committee discussed its working methods")
    r"(?:also )?(?:adopted|heard|met with|held|discussed)\b|"
    # what it did at a time set before it ("During its session, the Committee, which ...,
    # examined its first country reports", "... the Committee met with ...")
    r"(?<=, the Committee |[a-z] the Committee )(?:examined|met|heard|held|reviewed|announced|"
    r"discussed|adopted|considered))",
    r"(?<=, )the Committee,\s[^.;]{0,240}?,\s(?:examined|met|heard|held|reviewed|announced)\b",
    # background a release adds: the State's duty as a party ("Chad, as one of the 141
    # States parties to the Convention, must submit ..."), when the findings come out
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}, as (?:one of the|a) (?:\d[\d,]* )?States? "
    r"part(?:y|ies)\b",
    # ... and fronted: "As one of 191 States parties to the Convention, Chad must ..."
    r"As (?:one of|among) (?:the )?\d[\d,]* States? part(?:y|ies)\b",
    r"(?:The|the) Committee['’]s (?:concluding observations|conclusions|final observations|"
    r"recommendations)\b[^.;]{0,120}?\b(?:will|would) be (?:issued|released|published|made "
    r"public|available)\b",
    # ... or with no possessive ("Final, written concluding observations and recommendations
    # on the report of X will be issued by the Committee towards the end of its session",
    # "Formal, official conclusions ... will be issued")
    r"(?:(?:The|Its|Final|Formal|Official|Written|final|formal|official|written),? )*"
    r"(?:concluding observations|conclusions|final observations)\b[^.;]{0,160}?\b(?:will|would) "
    r"be (?:issued|released|published|made public|available)\b",
    # the delegation's head and make-up, in the present or the past ("The delegation of Chad
    # is headed by ..., NAME.")
    r"(?:The|the) delegation(?: of [A-Z][^,.;]{1,60}?)? (?:is|was) (?:also )?(?:headed|led|"
    r"composed|made up) (?:by|of)\b",
    # the membership, in the present ("The members of the Committee are A (Chile), B ...",
    # "Les membres du Comité sont ...")
    r"(?:The (?:current )?(?:members|Experts) of the Committee (?:are|were)|Les (?:membres|"
    r"experts) (?:actuels )?du Comité sont|Le Comité (?:est composé|se compose) de)\b",
    # the next session ("The Committee's sixty-eighth session will be held from ...")
    r"(?:The|the) Committee['’]s (?:next |[a-z]+(?:-[a-z]+)? )?session (?:will|is scheduled)",
    # a summary record's procedure: "The draft annual report of the Committee (CAT/C/60/R.1),
    # as a whole, was adopted", "Le projet de rapport, tel que modifié, est adopté"
    r"(?:The|the) (?:draft |provisional |revised )?(?:agenda|report|annual report|programme of "
    r"work|general comment|decision|statement|chapter|paragraph)s?\b[^;?!]{0,160}? (?:was|were) "
    r"adopted\b",
    r"(?:Le|le|La|la) (?:projet (?:de |d['’])|ordre du jour)[^;?!]{0,160}? (?:est|sont) "
    r"adoptée?s?\b",
    r"(?:The|the) (?:Human Rights )?Council (?:will|has before it|had before it|today|this morning|"
    r"this afternoon|then|"
    r"next|concluded|began|opened|closed|adopted)",
    r"(?:The|the) delegation of (?:the )?(?:former )?[A-Z][^.]{0,80}? (?:was|were) (?:comprised|"
    r"composed|made up|led|headed)|(?:The|the) delegation of (?:the )?(?:former )?[A-Z][^.]{0,80}? "
    r"(?:consisted|included|comprised)",
    r"(?:The|the) (?:large |high-level )?delegation (?:was|were) (?:comprised|composed|made up|"
    r"led|headed)",
    # ... or with its verb of inclusion: "The delegation included representatives of the
    # Ministry of Justice" (probe p)
    r"(?:The|the) (?:large |high-level )?delegation (?:also )?(?:included|consisted of|comprised)\b",
    # ... or with the head it accompanies: "Ms. Karki was accompanied by a delegation composed
    # of ...", "Il était accompagné d'une délégation composée de ..."
    # (one alternative, its words read without backtracking into them: speed only)
    r"[A-ZÀ-Ý][\w'’.-]*+(?:\s+[A-ZÀ-Ý][\w'’.-]*+){0,4}\s+(?:was|were|était|étaient)\s+"
    r"accompa(?:nied by an?|gnée?s? d['’]une)\s+(?:[\w-]+\s+)?d[eé]l[eé]gation\b",
    # the State's adjective before it: "The Ugandan delegation included representatives of"
    r"(?:The|the) [A-Z][\w'’-]+ delegation (?:(?:also )?(?:included|consisted|comprised)|"
    r"(?:is|was|were) (?:also )?(?:comprised|composed|made up|led|headed))\b",
    # the next meeting of the Universal Periodic Review's Working Group (probe i)
    r"(?:The|the) Working Group(?: on the Universal Periodic Review)? will (?:next |again )?"
    r"(?:meet|reconvene|resume|convene|adopt)\b",
    # ... and in French: "Le Groupe de travail se réunira / adoptera vendredi le rapport sur ..."
    r"(?:Le|le) Groupe de travail(?: sur l['’]Examen périodique universel)? (?:se réunira|"
    r"reprendra|adoptera|entamera|examinera)\b",
    # the next meeting of a release of the 2000s: "When the Committee reconvenes at 3 p.m. this
    # afternoon, it will ..."
    r"When (?:the )?(?:Committee|Council) (?:next |again )?(?:reconvenes|resumes|meets|"
    r"convenes)\b",
    # the Committee's procedure ("Le Comité a examiné ..."), not what it was told ("Le
    # Comité a été informé que ...", an Expert's words)
    # (an adverb between: "Le Comité a par ailleurs reçu des informations selon lesquelles")
    rf"(?:Le|le) (?:Comité|Conseil) (?:a (?!(?:(?:{FR_SPEECH_ADVERBS}) )?(?:été )?(?:informée?|"
    r"saisie? d['’]informations|appris|eu connaissance|reçu des informations)\b)|"
    # (not what it had asked before, which an Expert recalls: "Le Comité avait déjà
    # recommandé la révision de ces dispositions en 2015")
    r"avait (?!(?:déjà |précédemment |aussi |également )?(?:recommandé|demandé|reçu|exprimé|"
    r"invité|prié|souligné|noté|relevé|appelé|engagé|exhorté|encouragé)\b)|"
    r"examinera |entendra |reprendra |se réunira |poursuivra |"
    r"tiendra |achèvera |adoptera[ ,]|est |publiera |entamera |commencera |conclura |clôturera |"
    r"rendra |était saisi |(?:entame|examine|reprend|poursuit) demain )",
    # (with any adverb the composition of the metadata allows: "était notamment composée")
    r"(?:La|la) délégation(?: [^.]{0,80}?)? (?:(?:était|est)(?: (?:également|aussi|notamment|"
    r"principalement|essentiellement))? (?:composée|constituée|dirigée|conduite)|"
    r"se compos(?:e|ait)|compren(?:d|ait))\b",
    r"At (?:the|its) (?:next|following) (?:meeting|public meeting)",
    r"(?:The|the) (?:public part of the )?meeting (?:was|rose|closed|opened|resumed)",
    # ... and the same in a transcript's brackets: "[The meeting was suspended at 11.55 a.m.]"
    r"\[(?:The|the) (?:public part of the )?meeting (?:was|rose|closed|opened|resumed)",
    r"\[La séance (?:est|a été)",
    r"(?:The|the) discussion covered in the summary record (?:began|ended)",
    r"La séance (?:est|a été)",
    # a decision the summary record notes: "Chapter I was adopted.", "Les chapitres I, III et
    # IV sont adoptés.", "It was so decided.", "Il en est ainsi décidé."
    r"(?:(?:The )?(?:draft |)(?:[Cc]hapters?|[Pp]aragraphs?|[Ss]ections?|[Aa]nnex(?:es)?|report|"
    # (with what it was adopted subject to, and a stray space before the stop: "Chapter I,
    # as amended, was adopted subject to the necessary verifications.", "... adoptés .")
    r"agenda|decision|programme of work)\b[^.;]{0,160}? (?:was|were) (?:adopted|approved)"
    r"(?:,? as (?:a whole|amended|orally revised))?(?:,? (?:subject to|on the understanding|"
    r"with|without|by)\b[^.;?!]{0,120})?\s?\.|"
    r"(?:Les?|La|L['’]) ?(?:projet d['’]|projet de )?(?:chapitres?|paragraphes?|sections?|annexes?|"
    r"rapport|ordre du jour|décision|programme de travail)\b[^.;]{0,160}? (?:est|sont) "
    r"(?:adoptée?s?|approuvée?s?)(?:,? (?:dans son ensemble|tel qu['’]il a été modifié))?"
    r"(?:,? (?:sous réserve|avec|sans|par)\b[^.;?!]{0,120})?\s?\.|"
    r"It was so decided\.|Il en est ainsi décidé\.)",
    # what the meeting did, not a speaker: "A minute of silence was observed.", "A short
    # video on child labour was screened.", "Une minute de silence est observée."
    r"(?:A|An|The) (?:minute of silence|minute's silence|(?:short |brief )?(?:video|film|"
    r"documentary|video message)\b[^.;?!]{0,120}?) (?:was|were) (?:observed|shown|screened|"
    r"projected|played|broadcast)\b",
    r"(?:Une|La) (?:minute de silence|(?:courte )?(?:vidéo|film|documentaire|projection)\b"
    r"[^.;?!]{0,120}?) (?:est|a été) (?:observée?|projetée?|diffusée?|présentée?)\b",
    # the end of a summary record's public part: "La partie publique de la séance prend fin
    # à 17 h 30", "Le débat résumé dans le compte rendu prend fin à 12 h 10"
    r"La partie (?:publique|privée) de la séance|Le débat résumé dans le compte rendu",
    r"(?:The|the) (?:[a-z]+ )?(?:new|newly elected|newly appointed) (?:members|[Ee]xperts|Members) "
    r"(?:made|took|gave|read out) (?:their|the) solemn (?:declaration|undertaking)",
    r"(?:The|the) next (?:public |formal )?meeting of the (?:Committee|Council)\b",
    # "The 23-member Committee, which monitors ..., commended ...": the body by its size
    r"(?:The|the) \d+-member (?:Committee|Council)\b",
)
#: Narrator openers that scan a clause before their cue word: tried only on a sentence
#: holding one of NARRATOR_SCAN_LITERALS (only for speed: most sentences start with a
#: subject these would read up to 80 characters of).
NARRATOR_SCAN_OPENERS = (
    # the procedure of a summary record: "La délégation béninoise se retire", "Sur
    # l'invitation du Président, la délégation ... prend place à la table du Comité"
    r"(?:(?:Sur l['’]invitation (?:du|de la) Présidente?, )?[Ll]a délégation [^.]{0,80}?"
    r"(?:se retire|prend place|reprend place)|(?:At the invitation of the Chair\w*, )?"
    r"[Tt]he (?:members of the )?delegation [^.]{0,80}?(?:withdrew|took (?:places|seats)))",
    # ... the delegates by name ("At the invitation of the Chairperson, Mr. A, Ms. B and Mr.
    # C (Jordan) resumed places at the Committee table")
    r"At the invitation of the Chair\w*, (?:[^.]|(?<=\bM[rs])\.|(?<=\bMrs)\.|(?<=\bDr)\.){0,300}? "
    r"(?:took|resumed|returned to) (?:their )?(?:places|seats) at the Committee table",
    # the stock closing paragraph of 2000s releases: "Moldova is among the 193 States
    # parties to the Convention ... and as such is obliged to submit periodic reports"
    # (also without "the": "Uganda ratified the Convention in 1990 and is one of 192 States
    # parties to it")
    r"[A-Z][^.]{0,80}? (?:is|was) (?:one of|among) (?:the )?[\d,]+ States? part(?:y|ies)\b",
    r"[A-Z][^.]{0,80}? est (?:l['’]une? |au nombre )des [\d\s\u00a0\u202f]+États parties\b",
    # an election the record notes ("Ms. Lund was elected Rapporteur by acclamation.", "Mr.
    # Ito, Ms. Sy and Mr. Roy were elected Vice-Chairpersons", "Mme X est élue Présidente")
    r"(?:(?:Mr|Ms|Mrs|Dr|Sir|M|Mme|Mlle)\.?\s+)?[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}"
    r"(?:(?:,\s*|\s+(?:and|et)\s+)(?:(?:Mr|Ms|Mrs|Dr|Sir|M|Mme|Mlle)\.?\s+)?[A-ZÀ-Ý][\w'’-]+"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3}){0,5} (?:was|were|est|sont|a été|ont été) (?:(?:duly|"
    r"unanimously|then|also|ensuite|également) )?(?:re-|ré)?(?:elected|élue?s?) (?:as |au poste de )?"
    r"(?:the )?(?:Vice-|Co-)?(?:Chair|Président|Rapporteu)",
    # what the Committee did, after an opening phrase or none ("The Committee elected X as
    # its new Chairperson", "Before starting its work, the Committee observed a minute of
    # silence"), its new members' declaration, and its next meeting
    r"(?:[A-Z][^,.;]{0,80},\s+)?(?:The|the) Committee (?:then |also |further )?(?:elected|"
    r"re-elected|observed|noted its|paid tribute|appointed|designated)\b",
)
NARRATOR_SCAN_LITERALS = ("se retire", "place", "withdrew", "took", "tates part", "tats part",
                          # (the elections and acts of a session's opening, above)
                          "elected", "élu", "observed", "noted its", "paid tribute",
                          "appointed", "designated")

#: Words in a title that place a person on a side, matched case-insensitively.  Checked in
#: the order: HEAD_OF_DELEGATION, STRONG_STATE, COMMITTEE_OFFICE and COMMITTEE,
#: PRESENTING, OTHER, COMMITTEE_GENERIC, a bracketed State, STATE.
STRONG_STATE_TITLE = (
    r"minister|ambassador|permanent representative|permanent mission|"
    r"secretary of state|state secretary|vice-minister|undersecretary|under-secretary of "
    r"state|chargé d['’]affaires|ministre|ambassadeur|ambassadrice|représentant(?:e)? "
    r"permanent|secrétaire d['’]état|vice-ministre|delegation of|délégation|"
    # a deputy of the head ("alternate head of the delegation", "deputy chief of delegation")
    r"(?:deputy|alternate|vice|assistant)[- ](?:head|chief) of (?:the |a )?(?:[\w'’-]+ )?"
    r"delegation|"
    r"président(?:e)? de la république|premier ministre|prime minister|"
    # an office of the Government's, whatever else it names ("Présidente du Comité des
    # affaires féminines et familiales auprès du Gouvernement du Tadjikistan")
    r"under the government|\bof the government\b|auprès du gouvernement|\bdu gouvernement\b|"
    # an office in a ministry, whatever it is called ("Secrétaire général du Ministère de
    # l'agriculture": not the Secretary-General of the United Nations)
    r"\bministry\b|\bministries\b|ministère|"
    # a Government's own human rights commission ("Interministerial Commission on Human
    # Rights", "Commission interministérielle des droits de l'homme")
    r"inter-?ministerial|interministériel|presidential (?:human rights )?commission"
)
#: Presenting the State's report (not "the report of the session").
PRESENTING_TITLE = (r"presenting the report(?! of the (?:session|committee|working group|meeting))|"
                    # ... by its kind ("presenting the national report", "presenting her
                    # country's fifth periodic report")
                    r"presenting (?:the|his|her|its|their) (?:(?:country['’]s|state['’]s|"
                    r"national|initial|combined|[a-z]+(?:-[a-z]+)? periodic|periodic) )+"
                    r"reports?\b")
#: Committee offices whose names look like outside mandates ("Special Rapporteur on
#: Follow-up to Concluding Observations" is a member of the committee).
COMMITTEE_OFFICE = (
    r"rapporteur (?:on|for) (?:the )?follow-up|rapporteur on (?:new )?communications|"
    r"rapporteur on reprisals|rapporteu(?:r|se)(?: spéciale?)? (?:chargée? )?du suivi"
)
#: Offices of the Committee's staff, named "of the Committee" like its members' offices.
STAFF_TITLE = (
    r"secretary of the committee|secrétaire du comité|committee secretary|"
    r"secretariat of the committee|secrétariat du comité|"
    r"on behalf of the (?:office of the )?(?:united nations )?high commissioner|"
    r"au nom du haut-commissariat"
)
OTHER_TITLE = (
    r"special rapporteur|independent expert|experte? indépendante?|high commissioner|"
    r"secretary-general|"
    r"working group|commission of inquiry|commissioner for human rights|"
    # the Council's own expert body ("Chairperson of the Advisory Committee")
    r"advisory committee|comité consultatif|"
    # another body of the same treaty ("Chairperson of the Subcommittee on Prevention of
    # Torture") or of the system ("Chair of the Board of Trustees of the Voluntary Fund")
    r"sub-?committee|sous-comité|board of trustees|voluntary fund|"
    r"national human rights institution|national human rights commission|"
    # ... in French ("l'institution nationale des droits de l'homme d'Haïti", "Office de la
    # protection du citoyen", "Protectrice du citoyen", probe 369)
    r"institution nationale (?:des|de promotion et de protection des) droits|"
    r"protect(?:eur|rice|ion) du citoyen|défenseu?r(?:e)? des droits|"
    r"commission nationale des droits de l['’]homme|ombudsperson|ombudsman|non-governmental|"
    # a national human rights institution by its other names ("Kenya National Commission on
    # Human Rights", "Mongolian Human Rights Commission", "Commission canadienne des droits
    # de la personne"; a Government's own commission is caught by STRONG_STATE_TITLE first)
    r"human rights commission|(?:national )?commission (?:on|for) human rights|"
    r"commission (?:[\w'’-]+ )?des droits (?:de l['’]homme|de la personne|humains)|"
    # the independent mechanism monitoring the disabilities convention (article 33 (2))
    r"independent (?:monitoring )?mechanism|mécanisme (?:national )?indépendant|"
    # the Council's investigations of a country ("Head of the Independent Investigative
    # Mechanism for Myanmar", "Chair of the fact-finding mission on Libya")
    r"investigative mechanism|fact-finding mission|mécanisme d['’]enquête|"
    r"mission d['’]établissement des faits|"
    r"united nations|unicef|unhcr|ilo\b|iom\b|world health|office of the high|chief of|"
    # a non-governmental organisation in a record's bracket ("(Ligue gabonaise des droits
    # de l'homme)", "(Observatoire des prisons)"; not "(Fédération de Russie)")
    r"\bligue\b|\bleague\b|observatoire|observatory|\bassociation\b|\bcoalition\b|"
    r"\bcollectif\b|\bréseau\b|\bnetwork\b|\bfondation\b|\bfoundation\b|amnesty|"
    r"human rights watch|"
    # the United Nations' agencies and the Office by their initials: "Ms. X (OHCHR)"
    r"\bohchr\b|\bhchr\b|\bundp\b|\bunfpa\b|\bunesco\b|\bunaids\b|\bunodc\b|\bun women\b|"
    r"\bwfp\b|\bfao\b|\bunrwa\b|\bunops\b|world bank|"
    # ... and by their French initials ("(Directeur de la Division Afrique ... du HCDH)")
    r"\bhcdh\b|\bpnud\b|\bhcr\b|\bonudc\b|"
    r"moderator|panellist|secretary of the committee|representative of the secretary|"
    # the Office's staff by post and unit, in a record's bracket ("(Director, Human Rights
    # Council and Treaties Division)", "(Chief, Petitions Section)", "Human Rights Officer")
    r"treaties division|treaty bod(?:y|ies) (?:branch|division|section|unit)|"
    # ("Director of the Human Rights Council and Treaty Mechanisms Division", "Chief of the
    # Human Rights Treaties Branch")
    r"treat(?:y|ies)(?: mechanisms?)? (?:branch|division|section|unit)|"
    # ("Director of the Human Rights Procedures Division", "... Special Procedures and Right to
    # Development Division")
    r"procedures division|special procedures|right to development division|"
    r"human rights council (?:branch|division|and treat)|"
    r"human rights officer|officer-in-charge|"
    r"^chief, [^,()]{2,80}\b(?:section|branch|unit|division)$|"
    # who testifies before the Committee: a victim or a relative ("the brother of a
    # disappeared journalist", "a survivor of torture")
    r"\b(?:brother|sister|mother|father|wife|husband|son|daughter|widow|relative)s? of\b|"
    r"\bsurvivors? of\b|\bwitness\b|\bvictims? of\b|"
    # the Office's own staff in French ("Directeur de la Division des mécanismes des traités
    # au Haut-Commissariat aux droits de l'homme", probe t)
    r"haut-commissariat|\bnations unies\b|"
    r"president of the (?:human rights )?council|president of the general assembly|"
    r"vice-president of the council|mediator|défenseur|haut-commissaire|rapporteur spécial|"
    r"rapporteuse spéciale|secrétaire général|people['’]s advocate|public defender|"
    r"human rights defender|defensor(?:a)? del pueblo|protector of citizens|médiateur|"
    # a national preventive mechanism speaks in its own capacity, as an NHRI does
    r"national preventive mechanism|national (?:centre|center|committee|commission|office|"
    r"mechanism) for the prevention of torture|mécanisme national de prévention|"
    r"(?:comité|centre|commission|mécanisme) national(?:e)? (?:pour la |de )?prévention de la "
    r"torture"
)
COMMITTEE_TITLE = (
    r"committee (?:expert|member|chair|chairperson|vice|rapporteur)|country (?:co-)?rapporteur|"
    # the possessive of older releases: "The Committee's Chairman, JAAP DOEK, said"
    # (news style, with the reviewed State's adjective: "the committee's Peruvian rapporteur",
    # "the panel's rapporteur")
    r"(?:committee|panel)['’]s (?:(?:new|newly elected|outgoing|incoming|former) )?"
    r"(?:[a-z]+(?:an|ese|ish|i|ic) )?(?:chair|vice|expert|member|rapporteur|country rapporteur)|"
    r"rapporteur for|co-?rapporteu(?:r|se)|member of the committee|"
    # a member by nationality, news style ("Norwegian expert Lars Berg")
    r"^[a-z]+(?:an|ese|ish|ch|i) expert$|"
    # the Committee's country task force, not a State's own ("the Thailand Internet Crimes
    # Against Children Task Force of the Royal Thai Police", "the National Task Force on ...")
    r"country task ?force|(?:member|coordinator|rapporteur) of the task ?force\b(?! (?:on|of)\b)|"
    r"^task ?force member|"
    # ("Committee Task Force Member for Tonga", "Committee Task Force Coordinator for Tonga")
    r"committee task ?force (?:member|coordinator|leader|rapporteur)|"
    # "of the Committee", not a State's own "Committee for Ethnic Minority Affairs"
    r"expert of the committee|of the committee\b(?! (?:for|of) )|du comité\b|"
    # the Human Rights Committee, whose name ends with the word ("Chair of the Human Rights
    # Committee")
    r"of the (?:un |united nations )?human rights committee|"
    r"membre du comité|"
    # the Committee by a demonstrative ("Omar Sy, membre de ce comité", "a member of this
    # Committee")
    r"(?:membre|experte?) de ce comité|member of this committee|"
    r"rapporteu(?:r|se) pour|expert(?:e)? du comité|président(?:e)? du comité|"
    r"chargée? de l['’]examen du rapport|"
    # the French country task force of a summary record: "Mme Fefoame (Équipe spéciale de pays)"
    r"équipe spéciale|groupe de travail de pays|rapporteu(?:r|se) de pays|"
    # ... and of a French release on a review: "coordinatrice du groupe de travail chargé par
    # le Comité de l'examen du rapport", "membre du groupe de travail"
    r"(?:coordonnat(?:eur|rice)|coordinat(?:eur|rice)|membre) du groupe de travail|"
    r"groupe de travail chargé par le comité"
)
#: Bare offices ("Chairperson", "Vice Chair and Rapporteur"): committee side unless an
#: OTHER_TITLE says otherwise ("Chairperson of the Commission of Inquiry").
COMMITTEE_GENERIC_TITLE = (
    # "the expert from Ghana", "l'experte de la France" (releases of New York), not "an
    # expert of the Ministry of ..."
    # ("Another Expert, RÉGIS DE GOUTTES, said", probe 353)
    r"^(?:the |an? |another |a further |l['’]|une? |une autre |un autre )?experte?"
    r"(?!.*\b(?:ministry|government|ministère|gouvernement)\b)|"
    # (not the chair of another body: "Président de l'Institut paraguayen de l'indigène",
    # "Chair of the National Council for Children", probe 362; the Committee's own are
    # COMMITTEE_TITLE's)
    r"^(?:co-)?chair(?!\w*\s+of\s)|^vice[- ]chair|^rapporteu(?:r|se)|^country rapporteur|"
    # ("Président de cet organe" is the Committee's, realprobe cat-2018-s64)
    r"^présidente?\b(?!\s+(?:du|des|d['’]|de (?!cet?\b|cette\b)))|^vice-présidente?\b"
)
STATE_TITLE = (
    r"minister|ambassador|permanent representative|permanent mission|head of (?:the )?"
    r"delegation|delegation|deputy|secretary of state|state secretary|director|advisor|"
    r"adviser|counsellor|counselor|attorney|prosecutor|vice-minister|commissioner|"
    r"chargé d['’]affaires|ministre|ambassadeur|ambassadrice|représentant(?:e)? permanent|"
    r"chef de (?:la )?délégation|directeur|directrice|conseill|secrétaire d['’]état|"
    r"vice-ministre|procureur|head of|chief|president of|officer|coordinator|"
    # an office in a ministry ("Secretary of the Ministry of Law, Justice and ..."), or in
    # a government department ("Assistant Secretary of the Department of Justice")
    r"ministry|ministère|assistant secretary|department of (?!public information)|"
    # a State's secretary ("Secretary for Social Welfare of Ukraine", "Executive Secretary of
    # the National Commission for Children"; the Committee's is staff, the United Nations'
    # Secretary-General is no delegate: both are read before; probe K)
    r"(?:executive |permanent |principal |general )?secretary (?:for|of)\b"
)
HEAD_OF_DELEGATION = (
    # "head of the delegation", "head of the Peruvian delegation"
    # ("who headed a delegation of officials", probe j)
    # ... with its country and size: "head of the country's 30-member delegation"
    # (not a deputy's office: "alternate head of the delegation", "vice-chef de la délégation")
    r"(?<!deputy )(?<!alternate )(?<!vice )(?<!vice-)(?<!assistant )"
    r"head(?:ed)? (?:of )?(?:the |a |an )?(?:(?:country|State)['’]s )?(?:[a-zà-ÿ\d][\w'’-]+ )?"
    # (and its State after it: "chef de la délégation guinéenne", "... du Niger")
    r"delegation|(?<!vice-)chef(?:fe)? de (?:la )?délégation(?: (?:du|de la|de l['’]|des|de) "
    r"[A-ZÀ-Ý][\w'’-]*| [a-zà-ÿ]+(?:ne|se|ien|ienne|ais|aise|ain|aine|que|ge|che|he|ande|bè|"
    r"oise|ole|ine)\b)?|"
    r"led the delegation|leader of the delegation|leading the delegation|"
    # an opening participle: "Heading the delegation, X said", "Présidant la délégation, M. X"
    r"heading (?:the|her|his|its) (?:country['’]s )?delegation|"
    r"(?:présidant|dirigeant|conduisant) (?:la|sa) délégation|"
    # "Charlotte Caubel, à la tête de la délégation", "at the head of the delegation"
    r"à la tête de (?:la|sa) délégation|at the head of (?:the|her|his|its) delegation|"
    # "Chief of the Delegation", "Ambassador and Chief of Delegation" (probe D)
    r"(?<!deputy )(?<!alternate )(?<!vice )(?<!vice-)chief of (?:the )?delegation|"
    # "who led her country's delegation", "who headed his country's delegation"
    r"(?:led|headed) (?:her|his|its|their) (?:country['’]s |national )?delegation|"
    # "qui dirigeait une délégation composée de ...", "qui conduit la délégation" (probe d)
    r"(?:dirige|dirigeait|conduit|conduisait|menait|mène) (?:une|la|sa) (?:\w+ )?délégation"
)

#: Speed gates of the named-speaker patterns (see ``pipeline.speakers._may_match``): a
#: sentence that holds none of these words cannot match the presenter pattern ...
PRESENTER_WORDS = (
    "Introducing the report", "Presenting the report", "presented by", "introduced by",
    "heard ", "présenté", "headed by", "led by", "dirigé", "conduit", "briefed by",
    "delivered by", "read out by", "Serving as", "Acting as",
    # ... and the end of what may stand between the verb and "by" ("presented to the
    # Committee yesterday morning by")
    "Committee by", "morning by", "afternoon by", "evening by", "today by", "yesterday by",
    "hui by", "hier by", "matin by", "soir by", "midi by",
)
#: ... and the pattern that opens with a committee title must begin with one of these.
TITLE_STARTS = (
    "Committee ", "CEDAW ", "CRC ", "Expert", "Member", "Chair", "Vice", "Country Rapporteur",
    "Rapporteur", "Co-Rapporteur", "head of", "Head of", "Deputy High", "Assistant High",
    "High Commissioner", "Special Rapporteur", "Independent Expert", "Secretary-General",
)

#: The verbs of an asker named after them, closing a question: "..., asked Kenji Morimoto,
#: an Expert from Japan." (read by the speaker cues and by the questions' attribution).
ASKED_BEFORE_ASKER = r"(?:also\s+)?(?:asked|wondered|inquired|enquired)"
