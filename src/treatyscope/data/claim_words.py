"""Phrase tables that decide whether a numeral states a quantity (EN/FR).

Read by :mod:`treatyscope.pipeline.claim_rules` (what is not a claim) and
:mod:`treatyscope.pipeline.claim_find` (where a counted noun phrase stops).  All entries are
lower case.  None of them names a country, a person or a figure of any one document.
"""

from __future__ import annotations

import re

from treatyscope.data.numbers import EN_UNITS, FR_UNITS

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
})

#: Words after a number that make it a clock time ("3 p.m.", "15 h 15", "à 16 heures").
CLOCK_WORDS = frozenset({"a.m", "p.m", "am", "pm", "h", "hrs", "o'clock", "o’clock", "heures",
                         "gmt", "cet", "cest"})

#: Verbs of the meeting's own clock: "called to order at 10.05", "rose at 1 p.m.",
#: "La séance est ouverte à 15 h 5".
MEETING_TIME_VERBS = frozenset({"order", "rose", "suspended", "resumed", "adjourned", "closed",
                                "began", "ouverte", "levée", "reprise", "suspendue", "close"})

#: Words before a number that make it an identifier: article, paragraph, rule, agenda item,
#: convention, resolution, general comment and recommendation numbers, and the like.
IDENTIFIER_WORDS = frozenset({
    "article", "articles", "art", "arts", "paragraph", "paragraphs", "para", "paras", "rule",
    "rules", "item", "items", "point", "points", "convention", "conventions", "protocol",
    "resolution", "resolutions", "decision", "decisions", "recommendation", "recommendations",
    "comment", "comments", "chapter", "chapters", "section", "sections", "annex", "annexes",
    "page", "pages", "room", "goal", "goals", "target", "targets", "sdg", "sdgs", "grade",
    "level", "phase", "category", "tier", "line", "footnote", "note", "volume", "vol", "no",
    "grades", "levels", "phases", "categories", "tiers", "stages", "steps", "classes",
    "nos", "n°", "nº", "number", "numbers", "case", "communication", "law", "decree", "order",
    "act", "bill", "code", "file", "agenda", "meeting", "session", "chamber", "step", "stage",
    "covid", "year", "question", "questions", "paragraphe", "paragraphes", "type", "types",
    "class", "stade", "classe", "catégorie", "niveau",
    "alinéa", "alinéas", "règle", "règles", "résolution", "résolutions", "décision",
    "recommandation", "observation", "chapitre", "annexe", "objectif", "objectifs", "cible",
    "protocole", "loi", "décret", "séance", "numéro", "affaire", "ordonnance", "ordinance",
    "arrêté",
})
#: Texts whose number may follow their noun with no sign: "la loi 2015-36", "Decree 2019-12"
#: (the year that opens such a number is the text's, and the part after it no figure).
NUMBERED_TEXTS = frozenset({"loi", "law", "décret", "decree", "ordonnance", "ordinance",
                            "arrêté", "order", "décision", "decision", "act"})
#: Connectors inside a list or range of identifiers or dates ("articles 19 et 22",
#: "conventions 183, 181 and 189", "15 and 16 January", "5 to 16 November").
LIST_CONNECTORS = frozenset({",", "and", "et", "&", "to", "-", "‑", "–", "—", "à", "au", "or",
                             "ou", "through"})

#: Capitalised words that may stand right before a quantity without making it a name.
CAPITALISED_OK = frozenset({
    "in", "at", "of", "over", "more", "about", "around", "some", "only", "nearly", "almost",
    "approximately", "roughly", "another", "all", "the", "by", "with", "for", "from", "on",
    "since", "between", "among", "up", "less", "fewer", "just", "well", "under", "below",
    "above", "and", "but", "while", "whereas", "there", "there were", "within", "during",
    "environ", "plus", "moins", "près", "quelque", "les", "des", "de", "sur", "parmi", "en",
    "au", "aux", "dont", "et", "mais", "selon", "avec", "pour", "par", "entre", "total",
    "us", "usd", "eur", "chf", "gbp",
})

#: Words before a number that make it an age delimiting a group ("aged one to three",
#: "up to the age of 17", "âgés de 15 ans").
AGE_WORDS = frozenset({"age", "aged", "ages", "âge", "âgé", "âgée", "âgés", "âgées", "l'âge"})
#: Words after a number that make it an age ("17 years of age", "15-year-old", "18 ans et plus").
AGE_AFTER = (("years", "of", "age"), ("years", "old"), ("year", "old"), ("year", "olds"), ("-year-old",),
             ("ans", "et", "plus"), ("year-olds",), ("years", "and", "older"),
             ("years", "and", "over"), ("years", "and", "above"))
#: French forms of "avoir" before "N ans": an age ("qui aura vingt ans en 2032").
AGE_VERBS = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "ayant",
                       "avoir"})
#: Comparators between a group noun and an age limit ("children under 18").
AGE_COMPARATORS = frozenset({"under", "below", "over", "above", "younger", "older",
                             "moins", "plus"})

#: Words before a duration that make it a time frame for another fact, not a claim
#: ("over the past two years", "in the last five years", "au cours des trois dernières années").
TIME_FRAME_BEFORE = frozenset({"past", "last", "next", "coming", "previous", "preceding",
                               "following", "first", "derniers", "dernières", "prochaines",
                               "prochains", "précédentes", "précédents"})
#: Words after a duration that make it a time reference ("three years later", "60 years since").
TIME_REFERENCE_AFTER = frozenset({"ago", "later", "earlier", "since", "after", "before",
                                  "previously", "hence", "auparavant", "plus", "après",
                                  "avant", "depuis"})
#: Units after which "a day" / "per day" make a threshold ("less than one dollar a day").
RATE_PERIODS = frozenset({"day", "week", "month", "year", "jour", "mois", "an"})

#: Verbs before "from X to Y" that make it a change of value, not a range.
CHANGE_VERBS = frozenset({
    "increased", "decreased", "reduced", "rose", "risen", "fell", "fallen", "grew", "grown",
    "dropped", "declined", "cut", "raised", "went", "gone", "climbed", "doubled", "jumped", "shortened",
    "extended", "lowered", "increase", "decrease", "reduction", "passé", "passée", "passant",
    "réduit",
    "réduite", "augmenté", "diminué", "ramené", "ramenée", "porté", "portée", "baissé",
    # the other forms of the French participles, and more verbs of change
    "passés", "passées", "réduits", "réduites", "augmentée", "augmentés", "augmentées",
    "diminuée", "diminués", "diminuées", "ramenés", "ramenées", "portés", "portées",
    "baissée", "relevé", "relevée", "relevés", "relevées", "revalorisé", "revalorisée",
    "revalorisés", "revalorisées", "abaissé", "abaissée", "chuté",
    "progressé", "reculé", "évolué", "grimpé", "doublé", "triplé",
    "revised", "adjusted", "upgraded", "expanded",
    # the base forms of a planned change ("would extend the deadline from two months to six")
    "extend", "raise", "reduce", "lower", "shorten", "lengthen", "lengthened", "prolonged",
    "prolong", "expand",
    # ... its gerunds and French infinitives ("approved raising the minimum age of criminal
    # responsibility from 10 to 14 years", "propose de relever l'âge de 16 à 18 ans")
    "raising", "lowering", "increasing", "reducing", "decreasing", "extending", "shortening",
    "lengthening", "expanding", "prolonging", "relever", "abaisser", "ramener", "réduire",
    "augmenter", "porter", "prolonger", "relevant", "abaissant", "ramenant", "portant",
})

#: Words that cannot be part of a counted noun phrase: it stops before them.
NP_STOP = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
    "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "were", "was", "is",
    "are", "be", "been", "being", "had", "has", "have", "would", "will", "could", "should",
    "may", "might", "must", "can", "did", "do", "does", "not", "per", "as", "than", "into",
    "onto", "over", "under", "among", "between", "during", "since", "until", "within",
    "through", "across", "against", "about", "around", "their", "its", "his", "her", "our",
    "these", "those", "this", "there", "it", "they", "them", "he", "she", "we", "you", "each",
    "every", "all", "both", "more", "most", "less", "only", "also", "still", "already", "now",
    "then", "so", "if", "when", "where", "while", "whereas", "because", "including", "out",
    "up", "down", "off", "via", "whether", "what", "how", "why", "yet", "just", "very",
    "de", "des", "du", "d'", "la", "le", "les", "l'", "à", "au", "aux", "en", "dans", "sur",
    "par", "pour", "et", "ou", "qui", "que", "dont", "ont", "sont", "été", "est", "était",
    "étaient", "avaient", "avait", "ces", "ses", "leurs", "leur", "son", "sa", "entre", "avec",
    "sans", "selon", "parmi", "chez", "vers", "ne", "pas", "se", "il", "elle", "ils", "elles",
    "y", "auraient", "aurait", "seraient", "serait",
    # French prepositions no counted noun is ("dont 23 000 lors de la première opération",
    # probe 339)
    "lors", "durant", "pendant", "depuis", "contre", "malgré", "soit",
})
#: Nouns ending in "-ing" that a subject phrase keeps ("prosecutions for human trafficking
#: offences", "home schooling"); other "-ing" words end it ("cases being brought").
ING_NOUNS = frozenset({
    "trafficking", "smuggling", "housing", "funding", "financing", "training", "schooling",
    "building", "meeting", "hearing", "spending", "counselling", "counseling", "sentencing",
    "policing", "reporting", "screening", "monitoring", "planning", "wellbeing", "well-being",
    "begging", "mining", "farming", "fishing", "nursing", "clothing", "lodging", "bullying",
    "ageing", "aging",
})
#: Nouns that measure something of their own: a bare number after "<noun> of" ("an official
#: capacity of 26,837", "un budget de 3 200") borrows no count's unit from before it.
OWN_MEASURE_NOUNS = frozenset({
    "capacity", "budget", "amount", "sum", "cost", "value", "length", "area", "duration",
    "salary", "wage", "income", "price", "capacité", "montant", "somme", "coût", "valeur",
    "durée", "salaire", "revenu", "prix", "superficie", "longueur",
})
#: Modifiers skipped inside a counted noun phrase ("230 such cases", "5 other countries").
NP_SKIP = frozenset({"such", "other", "further", "additional", "new", "more", "autres",
                     "nouveaux", "nouvelles", "supplémentaires",
                     # French puts these after the number: "ces quatre dernières semaines"
                     "derniers", "dernières", "premiers", "premières", "prochains",
                     "prochaines"})
#: Nouns ending in -s that are singular or not nouns at all: never a plural head.
NOT_PLURAL = frozenset({
    "its", "was", "has", "is", "this", "thus", "always", "perhaps", "as", "us", "yes",
    "across", "various", "numerous", "previous", "serious", "famous", "dangerous",
    "religious", "indigenous", "less", "unless", "whereas", "besides", "includes", "remains",
    "represents", "means", "series", "species", "news", "basis", "crisis", "analysis",
    "status", "process", "access", "progress", "address", "business", "congress", "bus",
    "census", "consensus", "focus", "virus", "hiv/aids", "aids", "mass", "class", "gas",
    # adverbs and adjectives in -s before a counted noun ("1.1 million overseas workers")
    "overseas", "abroad", "nationwide", "afterwards", "towards", "upwards", "downwards",
    "regardless", "homeless", "jobless", "stateless", "landless", "countless",
    "plus", "sous", "dans", "sans", "vers", "chez", "tous", "nous", "vous", "puis", "mais",
    "très", "alors", "ans", "fois", "mois", "jours",
})
#: Plural nouns that do not end in -s.
IRREGULAR_PLURALS = frozenset({"people", "children", "men", "women", "police", "staff",
                               "personnel", "feet", "teeth", "mice", "travaux", "journaux",
                               "animaux", "hôpitaux", "tribunaux", "locaux", "régionaux",
                               # peoples named in the singular form ("1,200 Roma")
                               "roma", "sinti", "sami", "saami", "inuit", "san", "batwa"})
#: Nouns of French count phrases that stay invariable in the plural ("six pays").
FR_INVARIABLE = frozenset({"pays", "fois", "cas", "mois", "voix", "prix", "avis", "choix",
                           "procès", "recours"})
#: Words after a bare number that continue it elliptically ("1 million of them",
#: "four of these children", "huit de ces textes", "the eight others").
ELLIPSIS_OF = frozenset({"them", "these", "those", "whom", "which", "the", "its", "their",
                         "ces", "ceux", "celles", "eux", "elles", "entre", "d'entre"})
ELLIPSIS_OTHERS = frozenset({"others", "autres", "more", "remaining", "restants"})
#: Words before a bare number that add to an earlier count ("a further eight", "another
#: eight", "an additional 3"): elliptic, of the earlier count's kind.
ADDITIONS_BEFORE = frozenset({"further", "additional", "another"})
#: Words before a bare number that make it elliptic ("For the remaining nine, ...").
ELLIPSIS_BEFORE = frozenset({"remaining", "other", "restants", "restantes", "autres"}) | ADDITIONS_BEFORE
#: Words after a bare number that add to an earlier count ("eight more").
ADDITIONS_AFTER = frozenset({"more"})
#: Verbs after a bare spelled-out number that make it the subject of a clause: a count
#: whose noun is in an earlier sentence ("Twelve had been declared inadmissible").
AUXILIARIES = frozenset({"had", "have", "has", "were", "was", "are", "is", "would", "could",
                         "will", "remained", "ont", "sont", "avaient", "étaient", "seront",
                         "auraient", "seraient"})
COPULAS = frozenset({"were", "was", "are", "is", "ont", "sont", "étaient", "avaient"})

#: Multi-word phrases whose number is idiomatic ("two sides of the same coin").
IDIOMS: tuple[tuple[str, ...], ...] = (
    ("two", "sides"), ("one", "hand"), ("one", "another"), ("one", "by", "one"),
    ("one", "or", "two"), ("one", "way", "or"), ("two", "minds"), ("one", "and", "the"),
    ("number", "one"), ("one", "day"),
    # "les deux sexes", "24 heures sur 24", "7 jours sur 7": no count
    ("two", "sexes"), ("deux", "sexes"), ("24", "heures", "sur"), ("sur", "24"),
    ("7", "jours", "sur"), ("sur", "7"), ("vingt-quatre", "heures", "sur"), ("sur", "vingt-quatre"),
    ("sept", "jours", "sur"),
    # "open 24 hours a day, seven days a week": always, no duration
    ("24", "hours", "a", "day"), ("twenty-four", "hours", "a"), ("seven", "days", "a", "week"),
    ("7", "days", "a", "week"),
)

#: Words ignored when comparing the context of two claims (duplicates, conflicts): function
#: words, reporting verbs and the words of units and scales.
CONTEXT_STOP = NP_STOP | frozenset({
    # forms of address of three letters or more, which a summary record's every turn opens
    # with ("Mme Otani dit que ..."): no subject of a figure (probe F)
    "mme", "mlle", "mrs", "madame", "monsieur",
    "said", "says", "say", "stated", "noted", "added", "asked", "explained", "indicated",
    "there", "here", "some", "any", "other", "such", "which", "than", "per", "cent",
    "percent", "million", "billion", "thousand", "dollars", "euros", "around", "approximately",
    "over", "more", "less", "nearly", "almost", "year", "years", "also", "however", "well",
    "had", "been", "being", "could", "would", "should", "made", "make", "number", "total",
    "figure", "figures", "delegation", "expert", "experts", "committee", "state", "country",
    "dit", "indiqué", "précisé", "selon", "plus", "moins", "environ", "pour", "millions",
    "milliards", "aussi", "également", "était", "étaient", "avait", "été",
    # "non-governmental" names the source, "non" is no subject
    "non",
})

#: Context words also ignored when comparing the subjects of two claims of one unit: the
#: unit nouns themselves say nothing about what is counted ("people", "persons").
SUBJECT_STOP = CONTEXT_STOP | frozenset({
    "people", "persons", "person", "individuals", "personnes",
    # how a figure stands or moved, and where it comes from, not what it counts: "the gender
    # pay gap had narrowed to 15.6 per cent" / "unemployment had narrowed to 5.4 per cent";
    # "Surveys suggested that one in three pupils ..." / "the 2023 survey found 26 per cent"
    "stood", "stands", "reached", "amounted", "totalled", "totaled", "rose", "risen", "fell",
    "fallen", "narrowed", "widened", "increased", "decreased", "declined", "dropped", "grew",
    "grown", "according", "survey", "surveys", "data", "study", "studies", "statistics",
    "suggested", "showed", "shown", "found", "estimated",
}) | frozenset(EN_UNITS) | frozenset(FR_UNITS)  # "one in three": the number, not the subject
#: Words that name a statistic: an average and a limit (or a single count) are different
#: measures of one thing ("prohibited for more than 15 consecutive days" / "an average
#: duration of nine days").
STATISTIC_WORDS = frozenset({"average", "mean", "median", "maximum", "minimum", "limit",
                             "moyenne", "moyen", "médiane", "maximale", "minimale"})

#: A named rate: "the unemployment rate", "the rate of birth registration", "le taux de
#: chômage", "the gender pay gap".  What it measures is said by the word before it and the
#: words after its "of"/"de" (:data:`INDICATOR_OF`); two figures whose clauses name rates of
#: different things (poverty and unemployment, "chômage" and "pauvreté") are not rivals.
INDICATOR = r"\b(?:rates?|ratios?|gaps?|taux|écarts?)\b"
INDICATOR_OF = (r"\s+(?:[^\W\d_]+\s+)?(?:of|de|d['’]|du|des)\s*(?:the\s+|la\s+|le\s+|les\s+|"
                r"l['’])?([^\W\d_][\w-]+)(?:\s+([^\W\d_][\w-]+))?")
#: Words before "rate" that say nothing of what it measures ("the national rate").
INDICATOR_BLANK = frozenset({
    "the", "this", "that", "its", "their", "a", "an", "overall", "national", "current",
    "average", "general", "global", "total", "official", "actual", "real", "same", "new",
    "annual", "high", "low", "higher", "lower", "such", "growth", "net", "gross",
    "change", "interest", "exchange", "le", "la", "les", "ce", "cet", "cette", "son", "leur",
    # words that end the phrase after "of" ("the rate of unemployment in rural areas")
    "in", "of", "among", "for", "at", "was", "were", "had", "has", "is", "which", "and", "or",
    "dans", "des", "du", "de", "chez", "parmi", "pour", "en", "était", "et", "ou", "qui",
})

#: Words that make the figure after them a part of the one before ("4 830 personnes, dont
#: 3 112 en vie", "6,393 people, of whom some 15 per cent were children"): what part, the
#: words after it say, which pairing cannot compare.
SUBSET_BEFORE = re.compile(
    r"(?:\bdont|\bof (?:whom|which|them|those)|\bamong (?:them|whom|those)|\bparmi "
    r"(?:eux|elles|lesquel(?:le)?s)|\bd['’]entre (?:eux|elles)|"
    # a whole named first: "Of the 4,353 complaints, 329 had been examined" (probe g)
    r"\b[Oo]f (?:the|these|those) (?:[\d.,]+|[\w-]+) [\w-]+(?: [\w-]+)?,|"
    r"\b[Ss]ur (?:les|ces) [\d  ,]+ [\w-]+(?: [\w-]+)?,)\s+(?:(?:some|about|around|"
    r"nearly|almost|over|more than|près de|environ|quelque|plus de|moins de)\s+)?$")

#: A sentence that counts a part of a total given just before: not a contradiction.
PART_OF = re.compile(r"\b(?:of\s+(?:those|these|them|whom|which)|among\s+(?:them|those|these)|"
                     r"out\s+of\s+which|including|parmi\s+(?:eux|elles|lesquels|lesquelles)|"
                     r"dont)\b", re.I)

#: Words before a figure that make it the size of a change, not a level ("a rise of 62 per
#: cent", "une hausse de 62 %", "had fallen by a third"); searched case-insensitively in
#: the 40 characters before the figure.
CHANGE_BEFORE = (
    r"(?:increase|increased|rise|rose|risen|fall|fell|fallen|decrease|decreased|decline|"
    r"declined|drop|dropped|growth|grew|grown|reduction|reduced|cut|hausse|baisse|"
    r"augmentation|diminution|réduction|recul|progression|augmenté|diminué|reculé)"
    r"\s+(?:of|by|de|d['’])\s*(?:(?:some|about|almost|nearly|around|over|more than|"
    r"plus de|près de|environ|quelque)\s+)?$"
)
